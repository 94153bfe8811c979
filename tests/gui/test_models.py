"""The table models and the findings filter, without any widget (qtmodeltester checks each)."""
from __future__ import annotations

import pytest

from reviewer.app.models import STATUS_DONE, STATUS_OPEN, FindingRow, FindingsFilter, FindingsModel

pytestmark = pytest.mark.gui


def rows():
    def row(i, gate, severity, text, disposition=None, reopened=False):
        return FindingRow(id=f"id{i}", rule=f"{gate}.rule{i}", gate=gate, severity=severity, message=f"说明{i}",
                          text=text, context=f"前文{text}后文", suggestion=f"建议{i}" if i % 2 else None,
                          location={"part": "body", "part_index": None, "paragraph": i, "start": 0, "end": len(text)},
                          disposition=disposition, reopened=reopened)
    return [row(0, "secrecy", "block", "机密★5年"),
            row(1, "policy", "block", "环境保护部", disposition="fixed"),
            row(2, "text", "review", "再接再励", disposition="false_positive"),
            row(3, "secrecy", "review", "13812345678", disposition="fixed", reopened=True),
            row(4, "political", "info", "两岸三地")]


def test_findings_model_passes_qtmodeltester(qtmodeltester):
    model = FindingsModel()
    model.set_rows(rows())
    qtmodeltester.check(model, force_py=True)
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(gates={"secrecy"})
    qtmodeltester.check(proxy, force_py=True)


def test_roles_give_the_row_and_sortable_values():
    model = FindingsModel()
    model.set_rows(rows())
    first = model.index(0, FindingsModel.COL_SEVERITY)
    assert first.data() == "禁止发布"
    assert first.data(FindingsModel.RowRole).id == "id0"
    assert first.data(FindingsModel.SortRole) == 0          # block sorts before review
    assert model.index(4, FindingsModel.COL_SEVERITY).data(FindingsModel.SortRole) == 2
    assert model.index(3, FindingsModel.COL_DISPOSITION).data() == "已修改（仍存在）"
    assert model.index(0, FindingsModel.COL_DISPOSITION).data() == "待处置"
    assert model.index(0, FindingsModel.COL_GATE).data() == "保密关"
    assert model.index(0, FindingsModel.COL_WHERE).data() == "正文第1段"


def visible(proxy):
    return [proxy.index(r, 0).data(FindingsModel.RowRole).id for r in range(proxy.rowCount())]


def test_filter_by_gate_severity_status_and_search():
    model = FindingsModel()
    model.set_rows(rows())
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(gates={"secrecy"})
    assert visible(proxy) == ["id0", "id3"]
    proxy.set_filter(gates={"secrecy", "policy", "text", "political", "legal"}, severities={"block"})
    assert visible(proxy) == ["id0", "id1"]
    proxy.set_filter(severities={"block", "review", "info"}, status=STATUS_OPEN)
    assert visible(proxy) == ["id0", "id3", "id4"]      # a reopened `fixed` still needs a person
    proxy.set_filter(status=STATUS_DONE)
    assert visible(proxy) == ["id1", "id2"]
    proxy.set_filter(status="all", search="接再")
    assert visible(proxy) == ["id2"]
    proxy.set_filter(search="说明4")                      # the message is searched too
    assert visible(proxy) == ["id4"]


def test_sorting_by_severity_keeps_blocks_first():
    from PySide6.QtCore import Qt
    model = FindingsModel()
    model.set_rows(list(reversed(rows())))
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    severities = [proxy.index(r, FindingsModel.COL_SEVERITY).data(FindingsModel.SeverityRole)
                  for r in range(proxy.rowCount())]
    assert severities == sorted(severities, key=["block", "review", "info"].index)


def test_update_rows_keeps_order_and_changes_dispositions(qtbot):
    model = FindingsModel()
    model.set_rows(rows())
    changed = [r for r in rows()]
    changed[0].disposition = "accepted"
    with qtbot.waitSignal(model.dataChanged):
        model.update_rows(changed)
    assert model.rows[0].disposition == "accepted" and [r.id for r in model.rows] == [r.id for r in rows()]


def test_other_models_pass_qtmodeltester(qtmodeltester, tmp_path):
    from pathlib import Path
    from reviewer.app.batch import BatchModel, BatchRow
    from reviewer.app.dialogs import HistoryModel
    from reviewer.app.lexicons import DepartmentEntryModel, EntryModel, LexiconListModel
    from reviewer.app.models import SortProxy
    from reviewer.core import userlex
    batch = BatchModel()
    batch.set_rows([BatchRow(Path("a.txt"), "txt", 10, {"secrecy": 2}, 1), BatchRow(Path("b.doc"), error="旧版")])
    history = HistoryModel()
    history.set_rows([{"time": "2024-01-01T10:00", "user": "张三", "action": "通过", "detail": "政治关"}])
    lex = userlex.add_term(tmp_path, "secrecy", "某工程", "", "block")
    entries, dept, listing = EntryModel(), DepartmentEntryModel(), LexiconListModel()
    entries.set_rows(lex.entries)
    dept.set_rows(lex.entries)
    listing.set_rows([lex])
    for model in (batch, history, entries, dept, listing):
        qtmodeltester.check(model, force_py=True)
        proxy = SortProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy, force_py=True)
    assert batch.index(0, 3 + 3).data() == "2"       # the secrecy column
    assert batch.index(1, batch.columnCount() - 1).data() == "旧版"
    assert batch.index(1, 2).data() == "" and batch.index(1, batch.columnCount() - 2).data() == ""


def test_layout_places_findings_in_parts_and_hidden_content():
    from reviewer.app.docview import build_view
    from reviewer.core.documents.model import Document, HiddenItem
    from reviewer.core.findings import Finding, Location
    doc = Document(path="x.docx", kind="docx", sha256="")
    body = doc.part("body", None, "正文")
    body.add("𠀀由环境保护部会同。")
    body.add("附件：内部考核排名")
    header = doc.part("header", 1, "第1节页眉")
    header.add("机密★5年")
    doc.hidden.append(HiddenItem("revision", "删除的预算数字", Location("body", None, 0, 0, 2)))
    doc.hidden.append(HiddenItem("invisible", "附件：内部考核排名", Location("body", None, 1, 0, 9)))
    findings = [
        Finding("policy.renamed", "policy", "block", "m", "环境保护部", Location("body", None, 0, 2, 7)),
        Finding("secrecy.marker.classified", "secrecy", "block", "m", "机密★5年", Location("header", 1, 0, 0, 6)),
        Finding("secrecy.hidden.revision", "secrecy", "block", "m", "删除的预算数字", Location("body", None, 0, 0, 2)),
        Finding("secrecy.hidden.invisible", "secrecy", "block", "m", "附件：内部考核排名", Location("body", None, 1, 0, 9)),
        Finding("secrecy.pdf.no_text", "secrecy", "block", "m", "（无文字层）", Location("page", 1, 0, 0, 0)),
    ]
    for n, f in enumerate(findings):
        f.id = f"f{n}"
    view = build_view(doc, findings)
    lines = view.text.split("\n")

    def shown(fid):
        span = view.span_of(fid)
        utf16 = view.text.encode("utf-16-le")
        return utf16[span.start * 2:span.end * 2].decode("utf-16-le")

    assert lines[0] == "【正文】" and "【第1节页眉】" in lines and "【隐藏内容：不显示，但会随文件发布】" in lines
    assert shown("f0") == "环境保护部"
    assert shown("f1") == "机密★5年"
    assert shown("f2") == "删除的预算数字"          # not the paragraph it is anchored to
    assert shown("f3") == "附件：内部考核排名"      # the invisible text where it sits
    assert view.unplaced == ["f4"]
    assert view.finding_at(view.span_of("f1").start + 1) == "f1"
