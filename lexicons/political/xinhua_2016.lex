# 新华社《新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）》（在第一批45条基础上新增57条）。
# 修订版全文未能取得：词语来自 ECSpell 项目整理的词表（只有词，没有替代词，MIT 许可），
# 各条的归类和替代词依据公开报道对修订版的转述（如“践行社会主义荣辱观”“省委书记”），
# 没有可靠出处的不给建议词，只在 note 中说明。第一批已有的词条见 xinhua_2015.lex /
# territory.lex，这里不重复。
# 严重程度：修订版明确“不使用”“禁用”且在公文中一出现就是错的，设为 political.banned
# （block）；其余作为慎用词 political.careful（review），只收在公文中确实可疑的词。
# 未收录：亲自、隆重召开、老板、最佳、最好、根治、治愈率、最新技术等——它们在公文中
# 大量正当使用（“习近平总书记亲自部署”“根治欠薪”“党的二十大隆重召开”），逐词提示只会
# 是噪声；JB、SB、NB、碧莲、我靠、你妹、装13 等与行业标准代号（JB/T、SB/T）、NB-IoT、
# 地名人名、常用词组冲突，也未收录。
@id: political.xinhua2016
@gate: political
@rule: political.careful
@severity: review
@version: 2016-07
@source: 新华社《新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）》
@source_date: 2016-07-01
@message: 新华社禁用词和慎用词（2016年修订）所列：{term}
@flag: 一带一路战略稳步推进。
@flag: 前苏联解体以后。
@flag: 深入推进深港一体化。
@noflag: 共建“一带一路”倡议稳步推进。
@noflag: 苏联解体以后。
@noflag: 新中国成立后，当地面貌焕然一新。

# ---- 修订版明确禁用、公文中一出现就是错的（block）----
“一带一路”战略 | “一带一路”倡议 | rule=political.banned | severity=block | note=“一带一路”是倡议，不称“战略”
一带一路战略 | “一带一路”倡议 | rule=political.banned | severity=block | note=“一带一路”是倡议，不称“战略”
前苏联 | 苏联 | rule=political.banned | severity=block | note=修订版列为禁用的“过去惯用提法”
省省委书记 | 省委书记 | rule=political.banned | severity=block | boundary=none | note=不宜称“中共XX省省委书记”，应称“中共XX省委书记” | flag=中共四川省省委书记出席。 | noflag=中共四川省委书记出席。
市市委书记 | 市委书记 | rule=political.banned | severity=block | boundary=none | note=不宜称“XX市市委书记”，应称“XX市委书记”
县县委书记 | 县委书记 | rule=political.banned | severity=block | boundary=none | note=同“省省委书记”“市市委书记”条
践行“八荣八耻” | 践行社会主义荣辱观 | rule=political.banned | severity=block | note=修订版：不使用“践行‘八荣八耻’”的提法，采用“践行社会主义荣辱观”
鲜族 | 朝鲜族 | rule=political.banned | severity=block | skip=朝鲜族 | note=民族名称不能随意简称（第一批民族宗教类第1条同理） | noflag=朝鲜族群众欢度节日。
陕西小偷 | 小偷 | rule=political.banned | severity=block | note=不以地域身份作犯罪者的前缀（第一批法律类第7条同理）
安徽农民歹徒 | 歹徒 | rule=political.banned | severity=block | note=不以地域、社会身份作犯罪者的前缀（第一批法律类第7条同理）
男神 | 著名演员 | rule=political.banned | severity=block | note=修订版与“影帝”“影后”同列
女神 | 著名演员 | rule=political.banned | severity=block | skip=自由女神 | skip=女神像 | note=修订版与“影帝”“影后”同列；“女神节”应称“国际劳动妇女节” | noflag=参观自由女神像。
装逼 | | rule=political.banned | severity=block | note=不文明用语
草泥马 | | rule=political.banned | severity=block | note=不文明用语
特么的 | | rule=political.banned | severity=block | note=不文明用语
撕逼 | | rule=political.banned | severity=block | note=不文明用语
玛拉戈壁 | | rule=political.banned | severity=block | note=不文明用语
爆菊 | | rule=political.banned | severity=block | note=不文明用语
呆逼 | | rule=political.banned | severity=block | note=不文明用语
本屌 | | rule=political.banned | severity=block | note=不文明用语
齐B短裙 | | rule=political.banned | severity=block | note=不文明用语
法克鱿 | | rule=political.banned | severity=block | note=不文明用语
丢你老母 | | rule=political.banned | severity=block | note=不文明用语
逼格 | | rule=political.banned | severity=block | note=不文明用语
蛋疼 | | rule=political.banned | severity=block | note=不文明用语
傻逼 | | rule=political.banned | severity=block | note=不文明用语
绿茶婊 | | rule=political.banned | severity=block | note=不文明用语
你妈的 | | rule=political.banned | severity=block | note=不文明用语
屌爆了 | | rule=political.banned | severity=block | note=不文明用语
买了个婊 | | rule=political.banned | severity=block | note=不文明用语
吉跋猫 | | rule=political.banned | severity=block | note=不文明用语
妈蛋 | | rule=political.banned | severity=block | note=不文明用语
逗比 | | rule=political.banned | severity=block | note=不文明用语
碧池 | | rule=political.banned | severity=block | note=不文明用语
然并卵 | | rule=political.banned | severity=block | note=不文明用语
日了狗 | | rule=political.banned | severity=block | note=不文明用语
屁民 | | rule=political.banned | severity=block | note=不文明用语
吃翔 | | rule=political.banned | severity=block | note=不文明用语
滚粗 | | rule=political.banned | severity=block | note=不文明用语
表砸 | | rule=political.banned | severity=block | note=不文明用语
淫家 | | rule=political.banned | severity=block | note=不文明用语

# ---- 慎用（review）：公文中出现时需要人工判断 ----
两岸四地 | 海峡两岸和香港、澳门 | note=修订版新增；不宜将海峡两岸和港澳并称（第一批第四类第4条同理）
深港一体化 | | note=“一国两制”下不宜提内地与特别行政区“一体化”
大陆政府 | | note=修订版列入；应视语境称“中国政府”“中央政府”
大陆改革开放 | 改革开放 | note=对内报道不以“大陆”修饰国家的事务
大陆国家文物局 | 国家文物局 | note=国家机构名称前不加“大陆”
大陆统计数字 | | note=修订版列入；国家统计数据前不加“大陆”
大陆流行歌曲排行榜 | | note=修订版列入
中华民国 | | skip_quoted=yes | skip=中华民国时期 | skip=中华民国成立 | skip=中华民国临时 | note=对台湾的政权不使用“中华民国”，也不使用“中华民国”纪年；历史叙述（1912—1949年）请人工判断 | flag=使用中华民国纪年。 | noflag=中华民国时期的档案。
台湾当局行政院各部会 | | note=台湾当局“政权”系统的称谓应加引号或改用“台湾方面有关部门”等说法
台湾地位未定 | | skip_quoted=yes | note=分裂主张，只能以“所谓‘……’”的方式引述
台湾住民自决 | | skip_quoted=yes | note=分裂主张，只能以“所谓‘……’”的方式引述
台湾主权独立 | | skip_quoted=yes | note=分裂主张，只能以“所谓‘……’”的方式引述
去中国化 | | skip_quoted=yes | note=应加引号作为对方说法引述
太阳花学运 | | skip_quoted=yes | note=对方说法，应加引号引述
疆独 | | skip_quoted=yes | note=修订版列入，应加引号作为对方说法引述
维独 | | skip_quoted=yes | note=修订版列入，应加引号作为对方说法引述
港独 | | skip_quoted=yes | note=与“台独”“疆独”同理，应加引号作为对方说法引述
藏独 | | skip_quoted=yes | note=与“台独”“疆独”同理，应加引号作为对方说法引述
雨伞运动 | | skip_quoted=yes | note=对方说法；内地一般表述为非法“占中”
占中三子 | | skip_quoted=yes | note=修订版列入
荣休主教 | | note=修订版列入
台湾团结联盟 | | skip_quoted=yes | note=台湾地区政党名称，修订版列入慎用
反共爱国同盟 | | skip_quoted=yes | note=修订版列入慎用
三民主义统一中国大同盟 | | skip_quoted=yes | note=修订版列入慎用
台北故宫 | 台北“故宫博物院” | note=第一批第四类第2条：台湾“故宫博物院”应加引号
台湾离岛 | | note=修订版列入慎用
台湾护照 | | note=修订版列入慎用
两岸法律 | | note=修订版列入慎用；台湾地区施行的是“有关规定”
海峡中线 | | skip_quoted=yes | basis=新华社禁用词和慎用词（2016年修订）；外交部发言人答记者问（2020年9月21日）：所谓“海峡中线”不存在 | note=应加引号，作为“所谓‘海峡中线’”引述
台语 | | note=修订版列入；大陆一般称“闽南话”
小三通 | | skip_quoted=yes | note=应加引号：两岸“小三通”
解放前 | 新中国成立前 | skip=思想解放前 | note=修订版列入“解放前（后）”；各地解放时间不同，请核实所指时间 | noflag=新中国成立前，这里是一片荒地。
解放后 | 新中国成立后 | skip=思想解放后 | note=修订版列入“解放前（后）”；各地解放时间不同，请核实所指时间
非党人士 | 党外人士 | basis=新华社禁用词和慎用词（2016年修订）；《中国共产党统一战线工作条例》使用“党外人士”“党外代表人士” | note=修订版列入
少数民族上层人士 | | note=修订版：除对过去特定历史时期的表述外，不再继续使用这一称谓
亚太经合组织峰会 | 亚太经合组织领导人非正式会议 | basis=新华社禁用词和慎用词（2016年修订）；外交部网站“亚太经合组织”条目的会议名称 | note=修订版列入
乌克兰亲俄武装 | | note=修订版列入；不使用带立场的称谓
乌克兰民兵武装 | | note=修订版列入；不使用带立场的称谓
乌克兰分裂分子 | | note=修订版列入；不使用带立场的称谓
白手套 | | skip_quoted=yes | note=修订版列入慎用；引用时加引号
