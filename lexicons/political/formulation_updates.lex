# 已经更新的规范表述：文件日期在更新之后仍用旧表述，提示核实（历史叙述可以保留旧表述）。
# 近似误写和并列顺序由代码检查 political.formulation（reviewer/core/checks/formulation.py，
# 数据见 formulations.txt）负责；这里只收整句被新表述取代的情况。
@id: political.formulation_updates
@gate: political
@rule: political.formulation
@severity: review
@version: 2020-10
@source: 《中国共产党第十九届中央委员会第五次全体会议公报》
@source_date: 2020-10-29
@message: 规范表述已更新：{term}
@flag: [2023-03-01] 协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。
@noflag: [2019-03-01] 协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。
@noflag: [2023-03-01] 协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党战略布局。

全面建成小康社会、全面深化改革、全面依法治国、全面从严治党 | 全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党 | since=2020-10-29 | note=十九届五中全会起，“四个全面”战略布局的第一个“全面”为“全面建设社会主义现代化国家”
