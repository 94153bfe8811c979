# 异形词：非推荐词形
# 《第一批异形词整理表》（GF 1001-2001，教育部、国家语委 2001-12-19 发布，2002-03-31 试行）给出
# 338 组异形词的推荐词形；教育部等六部委 2002 年要求在各自系统执行，公文属于“新闻出版、
# 信息处理”之外同样应当使用规范词形的书面语。非推荐词形在公文中是真实的文字关问题，但
# 不是错字，是否改动由审核人决定，故为 review（需人工判断）而不是 block。
# 收录原则：只收在公文语境中不会是别的词的异形词。未收：标志—标识（“标识”已作独立词使用，
# 如“标识牌”“商品标识”）、干预—干与（“干与不干”）、分子—份子（“凑份子”）、沉思—沈思
# （“沈”是姓）、叮咛—丁宁（人名）、附会—傅会（“傅”是姓）、缘由—原由（“原由市财政局
# 承担的职能”）、鲨鱼—沙鱼（地名“沙鱼涌”）、余晖—余辉（人名）、宏图—鸿图 /
# 洪福—鸿福（企业字号）、胡臭/胡蝶（人名）、花着、狼头、山查、御手、元来、子细、服事。
# 与 aopolin-lv/ECSpell csc_evaluation/data/wordlist/常见错字错词.txt 核对过：该表 75 组中除
# 标志—标识、干预—干与外均已收录。
# 表中注释③：与钱财、货物出入记载有关的词语用“账”不用“帐”，据此收录“帐户、帐号……”。
# 所有词条自 2002-03-31（试行日）起适用，早于此日的文件不报。
@id: text.variant_gf1001
@gate: text
@rule: text.typo.variant
@severity: review
@version: GF 1001-2001
@source: 《第一批异形词整理表》（GF 1001-2001，教育部、国家语言文字工作委员会）
@source_date: 2001-12-19
@boundary: none
@message: 非推荐词形（异形词）：“{term}”，《第一批异形词整理表》推荐用“{suggestion}”
@example_date: 2024-05-01
@flag: 信息必须客观真实，没有任何虚假成份。
@flag: 专家委员（按姓氏笔划为序）
@flag: 请核对单位银行帐户信息。
@noflag: 信息必须客观真实，没有任何虚假成分。
@noflag: [1997-05-01] 有稳定的经费来源和独立的财务帐号。
@noflag: 识别冲突规范中的连结点。
@noflag: 各地要搭建帐篷安置受灾群众。
按纳 | 按捺 | boundary=word | since=2002-03-31
案语 | 按语 | boundary=word | since=2002-03-31
百废具兴 | 百废俱兴 | since=2002-03-31
百页窗 | 百叶窗 | since=2002-03-31
班白 | 斑白 | boundary=word | since=2002-03-31
颁白 | 斑白 | boundary=word | since=2002-03-31
班驳 | 斑驳 | boundary=word | since=2002-03-31
保镳 | 保镖 | boundary=word | since=2002-03-31
褓姆 | 保姆 | boundary=word | since=2002-03-31
辈份 | 辈分 | boundary=word | since=2002-03-31
本份 | 本分 | boundary=word | since=2002-03-31
笔划 | 笔画 | boundary=word | since=2002-03-31
必恭必敬 | 毕恭毕敬 | since=2002-03-31
编者案 | 编者按 | since=2002-03-31
鬓脚 | 鬓角 | boundary=word | since=2002-03-31
禀承 | 秉承 | boundary=word | since=2002-03-31
参预 | 参与 | boundary=word | since=2002-03-31
惨澹 | 惨淡 | boundary=word | since=2002-03-31
差迟 | 差池 | boundary=word | since=2002-03-31
搀和 | 掺和 | boundary=word | since=2002-03-31
搀假 | 掺假 | boundary=word | since=2002-03-31
搀杂 | 掺杂 | boundary=word | since=2002-03-31
刬除 | 铲除 | boundary=word | since=2002-03-31
倘佯 | 徜徉 | boundary=word | since=2002-03-31
车箱 | 车厢 | boundary=word | since=2002-03-31
澈底 | 彻底 | boundary=word | since=2002-03-31
趁心 | 称心 | boundary=word | since=2002-03-31
成份 | 成分 | boundary=word | since=2002-03-31
澄彻 | 澄澈 | boundary=word | since=2002-03-31
侈糜 | 侈靡 | boundary=word | since=2002-03-31
筹画 | 筹划 | boundary=word | since=2002-03-31
筹马 | 筹码 | boundary=word | since=2002-03-31
踌蹰 | 踌躇 | boundary=word | since=2002-03-31
出谋画策 | 出谋划策 | since=2002-03-31
喘嘘嘘 | 喘吁吁 | since=2002-03-31
磁器 | 瓷器 | boundary=word | skip=磁器口 | since=2002-03-31
赐与 | 赐予 | boundary=word | since=2002-03-31
粗卤 | 粗鲁 | boundary=word | since=2002-03-31
搭当 | 搭档 | boundary=word | since=2002-03-31
搭挡 | 搭档 | boundary=word | since=2002-03-31
答讪 | 搭讪 | boundary=word | since=2002-03-31
答覆 | 答复 | boundary=word | since=2002-03-31
带孝 | 戴孝 | boundary=word | since=2002-03-31
耽心 | 担心 | boundary=word | since=2002-03-31
耽忧 | 担忧 | boundary=word | since=2002-03-31
担搁 | 耽搁 | boundary=word | since=2002-03-31
澹泊 | 淡泊 | boundary=word | since=2002-03-31
澹然 | 淡然 | boundary=word | since=2002-03-31
倒楣 | 倒霉 | boundary=word | since=2002-03-31
低徊 | 低回 | boundary=word | since=2002-03-31
雕敝 | 凋敝 | boundary=word | since=2002-03-31
雕弊 | 凋敝 | boundary=word | since=2002-03-31
雕零 | 凋零 | boundary=word | since=2002-03-31
雕落 | 凋落 | boundary=word | since=2002-03-31
雕谢 | 凋谢 | boundary=word | since=2002-03-31
跌荡 | 跌宕 | boundary=word | since=2002-03-31
跌交 | 跌跤 | boundary=word | since=2002-03-31
蹀血 | 喋血 | boundary=word | since=2002-03-31
定单 | 订单 | boundary=word | since=2002-03-31
定婚 | 订婚 | boundary=word | since=2002-03-31
定货 | 订货 | boundary=word | since=2002-03-31
定阅 | 订阅 | boundary=word | since=2002-03-31
独脚戏 | 独角戏 | since=2002-03-31
端五 | 端午 | boundary=word | since=2002-03-31
端五节 | 端午节 | since=2002-03-31
贰心 | 二心 | boundary=word | since=2002-03-31
发人深醒 | 发人深省 | since=2002-03-31
蕃衍 | 繁衍 | boundary=word | since=2002-03-31
份量 | 分量 | boundary=word | since=2002-03-31
份内 | 分内 | boundary=word | since=2002-03-31
份外 | 分外 | boundary=word | since=2002-03-31
忿忿 | 愤愤 | boundary=word | since=2002-03-31
丰富多采 | 丰富多彩 | since=2002-03-31
疯颠 | 疯癫 | boundary=word | since=2002-03-31
锋铓 | 锋芒 | boundary=word | since=2002-03-31
伏输 | 服输 | boundary=word | since=2002-03-31
伏罪 | 服罪 | boundary=word | since=2002-03-31
负嵎顽抗 | 负隅顽抗 | since=2002-03-31
覆信 | 复信 | boundary=word | since=2002-03-31
复辙 | 覆辙 | boundary=word | since=2002-03-31
告戒 | 告诫 | boundary=word | since=2002-03-31
梗直 | 耿直 | boundary=word | since=2002-03-31
鲠直 | 耿直 | boundary=word | since=2002-03-31
恭惟 | 恭维 | boundary=word | since=2002-03-31
勾划 | 勾画 | boundary=word | since=2002-03-31
勾联 | 勾连 | boundary=word | since=2002-03-31
孤苦零丁 | 孤苦伶仃 | since=2002-03-31
孤负 | 辜负 | boundary=word | since=2002-03-31
骨董 | 古董 | boundary=word | since=2002-03-31
股分 | 股份 | boundary=word | since=2002-03-31
关连 | 关联 | boundary=word | since=2002-03-31
光采 | 光彩 | boundary=word | since=2002-03-31
归根结柢 | 归根结底 | since=2002-03-31
规戒 | 规诫 | boundary=word | since=2002-03-31
鬼哭狼嗥 | 鬼哭狼嚎 | since=2002-03-31
过份 | 过分 | boundary=word | since=2002-03-31
含胡 | 含糊 | boundary=word | since=2002-03-31
涵蓄 | 含蓄 | boundary=word | since=2002-03-31
寒伧 | 寒碜 | boundary=word | since=2002-03-31
喝采 | 喝彩 | boundary=word | since=2002-03-31
喝倒采 | 喝倒彩 | since=2002-03-31
哄动 | 轰动 | boundary=word | since=2002-03-31
宏扬 | 弘扬 | boundary=word | since=2002-03-31
红通通 | 红彤彤 | boundary=word | since=2002-03-31
弘图 | 宏图 | boundary=word | since=2002-03-31
弘愿 | 宏愿 | boundary=word | since=2002-03-31
弘旨 | 宏旨 | boundary=word | since=2002-03-31
胡涂 | 糊涂 | boundary=word | since=2002-03-31
虎魄 | 琥珀 | boundary=word | since=2002-03-31
恍忽 | 恍惚 | boundary=word | since=2002-03-31
晖映 | 辉映 | boundary=word | since=2002-03-31
混水摸鱼 | 浑水摸鱼 | since=2002-03-31
火伴 | 伙伴 | boundary=word | since=2002-03-31
机伶 | 机灵 | boundary=word | since=2002-03-31
激忿 | 激愤 | boundary=word | since=2002-03-31
计画 | 计划 | boundary=word | since=2002-03-31
记念 | 纪念 | boundary=word | since=2002-03-31
寄与 | 寄予 | boundary=word | since=2002-03-31
茄克 | 夹克 | boundary=word | since=2002-03-31
佳宾 | 嘉宾 | boundary=word | since=2002-03-31
驾御 | 驾驭 | boundary=word | since=2002-03-31
架式 | 架势 | boundary=word | since=2002-03-31
嫁装 | 嫁妆 | boundary=word | since=2002-03-31
简炼 | 简练 | boundary=word | since=2002-03-31
骄奢淫佚 | 骄奢淫逸 | since=2002-03-31
狡滑 | 狡猾 | boundary=word | since=2002-03-31
脚根 | 脚跟 | boundary=word | since=2002-03-31
叫化子 | 叫花子 | since=2002-03-31
精采 | 精彩 | boundary=word | since=2002-03-31
鸠合 | 纠合 | boundary=word | since=2002-03-31
鸠集 | 纠集 | boundary=word | since=2002-03-31
就坐 | 就座 | boundary=word | skip=就坐落 | since=2002-03-31
脚色 | 角色 | boundary=word | since=2002-03-31
刻划 | 刻画 | boundary=word | since=2002-03-31
阔老 | 阔佬 | boundary=word | since=2002-03-31
蓝缕 | 褴褛 | boundary=word | skip=筚路蓝缕 | since=2002-03-31
烂缦 | 烂漫 | boundary=word | since=2002-03-31
狼籍 | 狼藉 | boundary=word | since=2002-03-31
累坠 | 累赘 | boundary=word | since=2002-03-31
联贯 | 连贯 | boundary=word | since=2002-03-31
联接 | 连接 | boundary=word | since=2002-03-31
相联接 | 相连接 | since=2002-03-31
联绵 | 连绵 | boundary=word | since=2002-03-31
联缀 | 连缀 | boundary=word | since=2002-03-31
连结 | 联结 | boundary=word | skip=连结点 | since=2002-03-31
连袂 | 联袂 | boundary=word | since=2002-03-31
连翩 | 联翩 | boundary=word | since=2002-03-31
踉蹡 | 踉跄 | boundary=word | since=2002-03-31
撩乱 | 缭乱 | boundary=word | since=2002-03-31
零丁 | 伶仃 | boundary=word | since=2002-03-31
留连 | 流连 | boundary=word | since=2002-03-31
喽罗 | 喽啰 | boundary=word | since=2002-03-31
卤莽 | 鲁莽 | boundary=word | since=2002-03-31
录象 | 录像 | boundary=word | since=2002-03-31
录相 | 录像 | boundary=word | since=2002-03-31
落腮胡子 | 络腮胡子 | since=2002-03-31
落漠 | 落寞 | boundary=word | since=2002-03-31
落莫 | 落寞 | boundary=word | since=2002-03-31
痲痹 | 麻痹 | boundary=word | since=2002-03-31
马糊 | 马虎 | boundary=word | since=2002-03-31
门坎 | 门槛 | boundary=word | since=2002-03-31
糜费 | 靡费 | boundary=word | since=2002-03-31
摹仿 | 模仿 | boundary=word | since=2002-03-31
模胡 | 模糊 | boundary=word | since=2002-03-31
摹拟 | 模拟 | boundary=word | since=2002-03-31
磨擦 | 摩擦 | boundary=word | since=2002-03-31
磨拳擦掌 | 摩拳擦掌 | since=2002-03-31
魔难 | 磨难 | boundary=word | since=2002-03-31
谋画 | 谋划 | boundary=word | since=2002-03-31
那末 | 那么 | boundary=word | since=2002-03-31
内哄 | 内讧 | boundary=word | since=2002-03-31
凝炼 | 凝练 | boundary=word | since=2002-03-31
钮扣 | 纽扣 | boundary=word | since=2002-03-31
蟠根错节 | 盘根错节 | since=2002-03-31
盘据 | 盘踞 | boundary=word | since=2002-03-31
蟠踞 | 盘踞 | boundary=word | since=2002-03-31
盘石 | 磐石 | boundary=word | since=2002-03-31
盘跚 | 蹒跚 | boundary=word | since=2002-03-31
旁皇 | 彷徨 | boundary=word | since=2002-03-31
披星带月 | 披星戴月 | since=2002-03-31
疲塌 | 疲沓 | boundary=word | since=2002-03-31
飘泊 | 漂泊 | boundary=word | since=2002-03-31
飘流 | 漂流 | boundary=word | since=2002-03-31
漂零 | 飘零 | boundary=word | since=2002-03-31
平空 | 凭空 | boundary=word | since=2002-03-31
牵联 | 牵连 | boundary=word | since=2002-03-31
蕉萃 | 憔悴 | boundary=word | since=2002-03-31
清彻 | 清澈 | boundary=word | since=2002-03-31
情素 | 情愫 | boundary=word | since=2002-03-31
劝戒 | 劝诫 | boundary=word | since=2002-03-31
热呼呼 | 热乎乎 | since=2002-03-31
热中 | 热衷 | boundary=word | skip=热中子 | since=2002-03-31
人材 | 人才 | boundary=word | since=2002-03-31
日蚀 | 日食 | boundary=word | since=2002-03-31
入坐 | 入座 | boundary=word | since=2002-03-31
色采 | 色彩 | boundary=word | since=2002-03-31
杀一警百 | 杀一儆百 | since=2002-03-31
舢舨 | 舢板 | boundary=word | since=2002-03-31
梢公 | 艄公 | boundary=word | since=2002-03-31
奢糜 | 奢靡 | boundary=word | since=2002-03-31
伸雪 | 申雪 | boundary=word | since=2002-03-31
神彩 | 神采 | boundary=word | since=2002-03-31
湿渌渌 | 湿漉漉 | since=2002-03-31
十锦 | 什锦 | boundary=word | since=2002-03-31
收伏 | 收服 | boundary=word | since=2002-03-31
书柬 | 书简 | boundary=word | since=2002-03-31
思惟 | 思维 | boundary=word | since=2002-03-31
死心踏地 | 死心塌地 | since=2002-03-31
塌实 | 踏实 | boundary=word | since=2002-03-31
挺而走险 | 铤而走险 | since=2002-03-31
透澈 | 透彻 | boundary=word | since=2002-03-31
图象 | 图像 | boundary=word | since=2002-03-31
推委 | 推诿 | boundary=word | since=2002-03-31
玩艺儿 | 玩意儿 | since=2002-03-31
污七八糟 | 乌七八糟 | since=2002-03-31
无动于中 | 无动于衷 | since=2002-03-31
无宁 | 毋宁 | boundary=word | since=2002-03-31
无庸 | 毋庸 | boundary=word | since=2002-03-31
五采缤纷 | 五彩缤纷 | since=2002-03-31
希罕 | 稀罕 | boundary=word | since=2002-03-31
希奇 | 稀奇 | boundary=word | since=2002-03-31
希少 | 稀少 | boundary=word | since=2002-03-31
希世 | 稀世 | boundary=word | since=2002-03-31
希有 | 稀有 | boundary=word | since=2002-03-31
洗炼 | 洗练 | boundary=word | since=2002-03-31
贤慧 | 贤惠 | boundary=word | since=2002-03-31
香菰 | 香菇 | boundary=word | since=2002-03-31
像貌 | 相貌 | boundary=word | since=2002-03-31
萧洒 | 潇洒 | boundary=word | since=2002-03-31
小题大作 | 小题大做 | since=2002-03-31
信口开合 | 信口开河 | since=2002-03-31
惺松 | 惺忪 | boundary=word | since=2002-03-31
秀外惠中 | 秀外慧中 | since=2002-03-31
叙文 | 序文 | boundary=word | since=2002-03-31
叙言 | 序言 | boundary=word | since=2002-03-31
训戒 | 训诫 | boundary=word | since=2002-03-31
压伏 | 压服 | boundary=word | since=2002-03-31
压韵 | 押韵 | boundary=word | since=2002-03-31
雅片 | 鸦片 | boundary=word | since=2002-03-31
洋琴 | 扬琴 | boundary=word | since=2002-03-31
要末 | 要么 | boundary=word | since=2002-03-31
夜消 | 夜宵 | boundary=word | since=2002-03-31
一槌定音 | 一锤定音 | since=2002-03-31
一古脑 | 一股脑 | since=2002-03-31
衣衿 | 衣襟 | boundary=word | since=2002-03-31
衣著 | 衣着 | boundary=word | since=2002-03-31
义无返顾 | 义无反顾 | since=2002-03-31
霪雨 | 淫雨 | boundary=word | since=2002-03-31
赢余 | 盈余 | boundary=word | since=2002-03-31
影象 | 影像 | boundary=word | since=2002-03-31
鱼具 | 渔具 | boundary=word | since=2002-03-31
鱼网 | 渔网 | boundary=word | since=2002-03-31
预会 | 与会 | boundary=word | since=2002-03-31
预闻 | 与闻 | boundary=word | since=2002-03-31
豫备 | 预备 | boundary=word | since=2002-03-31
元煤 | 原煤 | boundary=word | since=2002-03-31
源源本本 | 原原本本 | since=2002-03-31
元元本本 | 原原本本 | since=2002-03-31
原故 | 缘故 | boundary=word | since=2002-03-31
月蚀 | 月食 | boundary=word | since=2002-03-31
月芽 | 月牙 | boundary=word | since=2002-03-31
云豆 | 芸豆 | boundary=word | since=2002-03-31
杂遝 | 杂沓 | boundary=word | since=2002-03-31
再接再砺 | 再接再厉 | since=2002-03-31
斩新 | 崭新 | boundary=word | since=2002-03-31
展转 | 辗转 | boundary=word | since=2002-03-31
颤栗 | 战栗 | boundary=word | since=2002-03-31
帐本 | 账本 | boundary=word | since=2002-03-31
折衷 | 折中 | boundary=word | since=2002-03-31
这末 | 这么 | boundary=word | since=2002-03-31
正经八摆 | 正经八百 | since=2002-03-31
脂麻 | 芝麻 | boundary=word | since=2002-03-31
支解 | 肢解 | boundary=word | since=2002-03-31
枝解 | 肢解 | boundary=word | since=2002-03-31
直捷了当 | 直截了当 | since=2002-03-31
直接了当 | 直截了当 | since=2002-03-31
指手划脚 | 指手画脚 | since=2002-03-31
赒济 | 周济 | boundary=word | since=2002-03-31
转游 | 转悠 | boundary=word | since=2002-03-31
装璜 | 装潢 | boundary=word | since=2002-03-31
孳孳不倦 | 孜孜不倦 | since=2002-03-31
姿式 | 姿势 | boundary=word | since=2002-03-31
自各儿 | 自个儿 | since=2002-03-31
左证 | 佐证 | boundary=word | since=2002-03-31
帐户 | 账户 | since=2002-03-31
帐号 | 账号 | since=2002-03-31
帐目 | 账目 | since=2002-03-31
帐单 | 账单 | boundary=word | since=2002-03-31
帐务 | 账务 | since=2002-03-31
帐款 | 账款 | since=2002-03-31
帐簿 | 账簿 | since=2002-03-31
转帐 | 转账 | boundary=word | since=2002-03-31
结帐 | 结账 | boundary=word | since=2002-03-31
记帐 | 记账 | boundary=word | since=2002-03-31
报帐 | 报账 | boundary=word | since=2002-03-31
查帐 | 查账 | boundary=word | since=2002-03-31
对帐 | 对账 | boundary=word | since=2002-03-31
入帐 | 入账 | boundary=word | since=2002-03-31
到帐 | 到账 | boundary=word | since=2002-03-31
挂帐 | 挂账 | boundary=word | since=2002-03-31
销帐 | 销账 | boundary=word | since=2002-03-31
坏帐 | 坏账 | boundary=word | since=2002-03-31
呆帐 | 呆账 | boundary=word | since=2002-03-31
算帐 | 算账 | boundary=word | since=2002-03-31
欠帐 | 欠账 | boundary=word | since=2002-03-31
赖帐 | 赖账 | boundary=word | since=2002-03-31
做帐 | 做账 | boundary=word | since=2002-03-31
