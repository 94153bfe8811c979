# 常见错别字（二）：公文中常见的错字、别字和误用成语
# 规范词形以《现代汉语词典》（第7版，商务印书馆 2016）和《新华字典》为准；词条取自公文校对中
# 反复出现的差错（部署/布署、贯彻/贯澈、拨付/拔付、辩护/辨护、国籍/国藉、候选人/侯选人、
# 赡养/瞻养、坐落/座落、陷阱/陷井 ……）以及常被写错的成语。错误写法都不是规范词，
# 只有“做为”“好象”等少数在旧文本中常见。“座落、陷井、无精打彩、兴高彩烈”也列在《第二批异形词
# 整理表（草案）》（中国版协校对研究委员会等，2004）的非推荐词形中。
# 两字词条要求词边界；skip= 列出已知的正当组合（按排名、竟争先恐后……）。
@id: text.typo_official
@gate: text
@rule: text.typo
@severity: review
@version: 2024-01
@source: 《现代汉语词典》（第7版，商务印书馆）规范词形；公文常见错别字
@source_date: 2016-09-01
@boundary: none
@message: 疑似错别字：“{term}”
@flag: 请各单位认真贯澈落实。
@flag: 补助资金已拔付到位。
@flag: 具有中国国藉的公民均可申请。
@flag: 要按照统一布署，扎实推进。
@noflag: 请各单位认真贯彻落实。
@noflag: 名单按排名先后列出。
@noflag: 统一惯性导航系统已完成测试。
@noflag: 他已后撤至安全地带。
竟争力 | 竞争力
不成气侯 | 不成气候
乘座 | 乘坐 | boundary=word
部份 | 部分 | boundary=word
布署 | 部署 | boundary=word
部置 | 布置 | boundary=word
贯澈 | 贯彻 | boundary=word
惯彻 | 贯彻 | boundary=word
按排 | 安排 | boundary=word | skip=按排名 | skip=按排序 | skip=按排列
拔付 | 拨付 | boundary=word
拔打 | 拨打 | boundary=word
拔款 | 拨款 | boundary=word
拔冗 | 拨冗 | boundary=word
拔号 | 拨号 | boundary=word
提拨 | 提拔 | boundary=word
选拨 | 选拔 | boundary=word
海拨 | 海拔 | boundary=word
挑拔 | 挑拨 | boundary=word
辨护 | 辩护 | boundary=word
申辨 | 申辩 | boundary=word
答辨 | 答辩 | boundary=word
辨论 | 辩论 | boundary=word
辩认 | 辨认 | boundary=word
辩析 | 辨析 | boundary=word
分辩率 | 分辨率
国藉 | 国籍 | boundary=none
户藉 | 户籍 | boundary=word
书藉 | 书籍 | boundary=word
藉贯 | 籍贯 | boundary=word
气侯 | 气候 | boundary=word
侯选人 | 候选人
侯审 | 候审 | boundary=word
复盖 | 覆盖 | boundary=word
颠复 | 颠覆 | boundary=word
重蹈复辙 | 重蹈覆辙
烦燥 | 烦躁 | boundary=word
急燥 | 急躁 | boundary=word
浮燥 | 浮躁 | boundary=word
干躁 | 干燥 | boundary=word
枯躁 | 枯燥 | boundary=word
严竣 | 严峻 | boundary=word
漫延 | 蔓延 | boundary=word
瞻养 | 赡养 | boundary=word
修膳 | 修缮 | boundary=word
清淅 | 清晰 | boundary=word
挖崛 | 挖掘 | boundary=word
掘起 | 崛起 | boundary=word
延用 | 沿用 | boundary=word
必竟 | 毕竟 | boundary=word
冒然 | 贸然 | boundary=word
座落 | 坐落 | boundary=word
陷井 | 陷阱 | boundary=word
竟争 | 竞争 | boundary=word | skip=竟争先
竟赛 | 竞赛 | boundary=word
一惯 | 一贯 | boundary=word
膨涨 | 膨胀 | boundary=word
即然 | 既然 | boundary=word
既便 | 即便 | boundary=word
即往不咎 | 既往不咎
已后 | 以后 | boundary=word
严历 | 严厉 | boundary=word
历行节约 | 厉行节约
会议记要 | 会议纪要
通迅 | 通讯 | boundary=word
宣染 | 渲染 | boundary=word
流览 | 浏览 | boundary=word
篷勃 | 蓬勃 | boundary=word
振憾 | 震撼 | boundary=word
和霭 | 和蔼 | boundary=word
弛名 | 驰名 | boundary=word
推祟 | 推崇 | boundary=word
赔尝 | 赔偿 | boundary=word
辐员辽阔 | 幅员辽阔
篇辐 | 篇幅 | boundary=word
振灾 | 赈灾 | boundary=word
担误 | 耽误 | boundary=word
好象 | 好像 | boundary=word
做为 | 作为 | boundary=word
按步就班 | 按部就班
莫明其妙 | 莫名其妙
毛骨耸然 | 毛骨悚然
不加思索 | 不假思索
出类拔粹 | 出类拔萃
鬼斧神功 | 鬼斧神工
坚苦卓绝 | 艰苦卓绝
变本加利 | 变本加厉
不容质疑 | 不容置疑
无可质疑 | 无可置疑
毋庸质疑 | 毋庸置疑
坐无虚席 | 座无虚席
大相经庭 | 大相径庭
好高鹜远 | 好高骛远
惮精竭虑 | 殚精竭虑
忧心重重 | 忧心忡忡
汗流夹背 | 汗流浃背
一杆子插到底 | 一竿子插到底
融汇贯通 | 融会贯通
厉精图治 | 励精图治
全力以付 | 全力以赴
鼎立支持 | 鼎力支持
各行其事 | 各行其是
循私舞弊 | 徇私舞弊
循序渐近 | 循序渐进
循情枉法 | 徇情枉法
以身做则 | 以身作则
再所不惜 | 在所不惜
再所难免 | 在所难免
迫在眉捷 | 迫在眉睫
刻苦铭心 | 刻骨铭心
有目共堵 | 有目共睹
名列前矛 | 名列前茅
唇枪舌战 | 唇枪舌剑
风糜一时 | 风靡一时
昨日黄花 | 明日黄花
如火如茶 | 如火如荼
事必恭亲 | 事必躬亲
按耐不住 | 按捺不住
责无旁代 | 责无旁贷
真知卓见 | 真知灼见
灼有成效 | 卓有成效
立杆见影 | 立竿见影
一张一驰 | 一张一弛
人才倍出 | 人才辈出
竞竞业业 | 兢兢业业
战战竞竞 | 战战兢兢
克尽职守 | 恪尽职守
关怀倍至 | 关怀备至
不言而谕 | 不言而喻
纷至踏来 | 纷至沓来
集思广义 | 集思广益
各抒已见 | 各抒己见
脱颍而出 | 脱颖而出
自立更生 | 自力更生
随声附合 | 随声附和
委屈求全 | 委曲求全
原型毕露 | 原形毕露
金壁辉煌 | 金碧辉煌
一泄千里 | 一泻千里
眼花瞭乱 | 眼花缭乱
相辅相承 | 相辅相成
另辟溪径 | 另辟蹊径
陈词烂调 | 陈词滥调
承上起下 | 承上启下
独挡一面 | 独当一面
肆无忌殚 | 肆无忌惮
繁文褥节 | 繁文缛节
分道扬镖 | 分道扬镳
锋芒必露 | 锋芒毕露
扶恤金 | 抚恤金
功亏一匮 | 功亏一篑
固步自封 | 故步自封
焕然冰释 | 涣然冰释
涣然一新 | 焕然一新
记忆尤新 | 记忆犹新
炯然不同 | 迥然不同
两全齐美 | 两全其美
聊聊无几 | 寥寥无几
瞭如指掌 | 了如指掌
目不瑕接 | 目不暇接
破斧沉舟 | 破釜沉舟
契而不舍 | 锲而不舍
全神灌注 | 全神贯注
如雷灌耳 | 如雷贯耳
拾人牙惠 | 拾人牙慧
叹为观之 | 叹为观止
同仇敌慨 | 同仇敌忾
完壁归赵 | 完璧归赵
无精打彩 | 无精打采
相得益章 | 相得益彰
相形见拙 | 相形见绌
兴高彩烈 | 兴高采烈
掩旗息鼓 | 偃旗息鼓
应接不瑕 | 应接不暇
与日具增 | 与日俱增
置若惘闻 | 置若罔闻
珠联壁合 | 珠联璧合
坐收鱼利 | 坐收渔利
蜂涌而至 | 蜂拥而至
凭心而论 | 平心而论
反醒 | 反省 | boundary=word
山青水秀 | 山清水秀
鞠躬尽粹 | 鞠躬尽瘁
编篡 | 编纂 | boundary=word
倍受关注 | 备受关注
倍受青睐 | 备受青睐
倍受欢迎 | 备受欢迎
欢渡春节 | 欢度春节
欢渡国庆 | 欢度国庆
渡假 | 度假 | boundary=word
反朴归真 | 返璞归真
既往开来 | 继往开来
即定目标 | 既定目标
拔乱反正 | 拨乱反正
开诚公布 | 开诚布公
精兵减政 | 精兵简政
