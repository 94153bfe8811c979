# 常见错别字（一）：公开的常见错别字对照表
# 来源：shibing624/pycorrector 仓库 tests/common_error_pairs.txt（提交 de76ea00fe68，Apache-2.0），
# 共 106 行“错—正”对照（清单本身未注明出处和日期，与广为流传的《咬文嚼字》式常见错别字清单相合）；
# @source_date 取所依规范词形的《现代汉语词典》第7版出版时间。
# 本文件收录其全部词条，但：
#   - 去掉“九洲”（九洲港、九洲大道等是真实地名与企业名；“九洲大地”仍收录）；
#   - 去掉“截止年底”（“截止/截至”由编码检查 text.typo.usage 按上下文统一判断）；
#   - “委糜不振”的建议改为“萎靡不振”（《现代汉语词典》以“萎靡”为正条）；
#   - “了望”自 2013-06-05《通用规范汉字表》恢复“瞭”字起才算错。
# 三字以上词条不要求词边界（错误写法本身不成词，分词会把它切碎）；两字词条要求词边界，
# 以免跨词误报（如“按装箱单”中的“按装”）。
@id: text.typo_common
@gate: text
@rule: text.typo
@severity: review
@version: 2024-01
@source: 常见错别字对照表（shibing624/pycorrector tests/common_error_pairs.txt，同《咬文嚼字》常见错别字清单）；规范词形以《现代汉语词典》（第7版）为准
@source_date: 2016-09-01
@boundary: none
@message: 疑似错别字：“{term}”
@flag: 要再接再励，确保各项工作落到实处。
@flag: 新建国家机关办公建筑还应按装用电分项计量装置。
@flag: 既使遇到困难，也要按期完成。
@noflag: 要再接再厉，确保各项工作落到实处。
@noflag: 既使用线上渠道，又使用线下渠道。
@noflag: 请按装箱单逐项清点。
按装 | 安装 | boundary=word
甘败下风 | 甘拜下风
自抱自弃 | 自暴自弃
泊来品 | 舶来品
脉博 | 脉搏 | boundary=word
一愁莫展 | 一筹莫展
穿流不息 | 川流不息
精萃 | 精粹 | boundary=word
渡假村 | 度假村
幅射 | 辐射 | boundary=none
一幅对联 | 一副对联
天翻地复 | 天翻地覆
悬梁刺骨 | 悬梁刺股
粗旷 | 粗犷 | boundary=word
食不裹腹 | 食不果腹
震憾 | 震撼 | boundary=none
凑和 | 凑合 | boundary=word
侯车室 | 候车室
既使 | 即使 | boundary=word
一如继往 | 一如既往
草管人命 | 草菅人命
娇揉造作 | 矫揉造作
挖墙角 | 挖墙脚
一诺千斤 | 一诺千金
不径而走 | 不胫而走
峻工 | 竣工 | boundary=word
不落巢臼 | 不落窠臼
烩炙人口 | 脍炙人口
打腊 | 打蜡 | boundary=word | skip=打腊肉
死皮癞脸 | 死皮赖脸
兰天白云 | 蓝天白云
鼎立相助 | 鼎力相助
再接再励 | 再接再厉
老俩口 | 老两口
黄梁美梦 | 黄粱美梦
了望 | 瞭望 | boundary=word | since=2013-06-05 | note=《通用规范汉字表》（2013）恢复“瞭”用于“瞭望”
水笼头 | 水龙头
杀戳 | 杀戮 | boundary=word
痉孪 | 痉挛 | boundary=word
美仑美奂 | 美轮美奂
罗唆 | 啰唆 | boundary=word
蛛丝蚂迹 | 蛛丝马迹
委糜不振 | 萎靡不振 | note=原表建议“委靡不振”；《现代汉语词典》以“萎靡”为正条
沉缅 | 沉湎 | boundary=word
名信片 | 明信片
默守成规 | 墨守成规
大姆指 | 大拇指
沤心沥血 | 呕心沥血
凭添 | 平添 | boundary=word
出奇不意 | 出其不意
修茸 | 修葺 | boundary=word
亲睐 | 青睐 | boundary=word
磬竹难书 | 罄竹难书
入场卷 | 入场券
声名雀起 | 声名鹊起
发韧 | 发轫 | boundary=word
搔痒病 | 瘙痒病
欣尝 | 欣赏 | boundary=word
谈笑风声 | 谈笑风生
人情事故 | 人情世故
有持无恐 | 有恃无恐
额首称庆 | 额手称庆
鬼鬼崇崇 | 鬼鬼祟祟
追朔 | 追溯 | boundary=word
金榜提名 | 金榜题名
走头无路 | 走投无路
趋之若骛 | 趋之若鹜
迁徒 | 迁徙 | boundary=word
洁白无暇 | 洁白无瑕
九宵 | 九霄 | boundary=word
渲泄 | 宣泄 | boundary=word
寒喧 | 寒暄 | boundary=word
弦律 | 旋律 | boundary=word
膺品 | 赝品 | boundary=word
不能自己 | 不能自已
竭泽而鱼 | 竭泽而渔
滥芋充数 | 滥竽充数
世外桃园 | 世外桃源
脏款 | 赃款 | boundary=word
醮水 | 蘸水 | boundary=word
蜇伏 | 蛰伏 | boundary=word
装祯 | 装帧 | boundary=word
饮鸠止渴 | 饮鸩止渴
坐阵 | 坐镇 | boundary=word
旁证博引 | 旁征博引
灸手可热 | 炙手可热
怨天忧人 | 怨天尤人
始终不逾 | 始终不渝
渊远流长 | 源远流长
震奋人心 | 振奋人心
因地治宜 | 因地制宜
置疑勇气 | 质疑勇气
德高望众 | 德高望重
九洲大地 | 九州大地
乘座火车 | 乘坐火车
针贬 | 针砭 | boundary=word
松驰 | 松弛 | boundary=word
重迭 | 重叠 | boundary=word
防碍 | 妨碍 | boundary=word
言简意骇 | 言简意赅
气慨 | 气概 | boundary=word
一股作气 | 一鼓作气
迫不急待 | 迫不及待
