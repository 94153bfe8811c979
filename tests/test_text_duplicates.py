from __future__ import annotations

import pytest

from text_helpers import run_check, run_check_pdf


@pytest.mark.parametrize("text, doubled, once", [
    ("要加强对的的工作指导。", "的的", "的"),
    ("各地在在推进中发现问题。", "在在", "在"),
    ("这项工作已经完成了了。", "了了", "了"),
    ("要进一步进一步加强管理。", "进一步进一步", "进一步"),
    ("关于印发《新余市新余市绿色建筑管理办法》的通知", "新余市新余市", "新余市"),
])
def test_doubled_characters_and_words(text, doubled, once):
    [f] = run_check("duplicates", text)
    assert (f.rule, f.text, f.suggestion) == ("text.duplicate", doubled, once)
    assert text[f.location.start:f.location.end] == doubled


@pytest.mark.parametrize("text", [
    "谢谢大家，常常联系，人人有责，天天向上，看看试试。", "这件事不了了之，他对此不甚了了。", "目的的确定要科学。",
    "关键是是否符合规定。", "可在在线平台上办理。", "广州市市场监督管理局", "领导要研究研究这个问题，讨论讨论方案。",
    "要一步一步推进，一个一个落实，一项项抓好。", "2023年年底前完成。", "等等，往往，刚刚，渐渐，纷纷。", "民主和和谐",
])
def test_reduplication_and_chance_neighbours_are_quiet(text):
    assert run_check("duplicates", text) == []


def test_a_word_doubled_over_a_pdf_line_break():
    line = "各地区各部门要按照党中央、国务院决策部署，进一步"
    [f] = run_check_pdf("duplicates", [[line, "进一步加强管理，确保各项工作落到实处。"]])
    assert f.text == "进一步" and f.location.paragraph == 1 and f.suggestion == ""


def test_table_cells_on_short_pdf_lines_are_not_doubles():
    assert run_check_pdf("duplicates", [["界址点坐标", "坐标编号", "X坐标"]]) == []


def test_a_line_break_inside_a_paragraph_is_read_through():
    from reviewer.core.documents.model import Document
    from reviewer.core.checks import CheckContext
    from reviewer.core.checks import duplicates
    import datetime as dt
    doc = Document(path="<pdf>", kind="pdf", sha256="")
    doc.part("page", 1).add("各地区要进一步\n进一步加强管理。", page=1)
    [f] = duplicates.run(doc, CheckContext(date=dt.date(2024, 6, 1), lexicons=None))
    assert f.text == "进一步\n进一步" and f.suggestion == "进一步"
