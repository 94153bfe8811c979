"""Automatic numbering: the label Word shows in front of a numbered paragraph, kept apart from
the paragraph's text."""
from __future__ import annotations

import pytest

from docx_fixtures import ABSTRACT, GOV_LIST, LVL, NUM, NUMDEF, P, R, START, TBL, build
from reviewer.core.documents import docx as docx_loader
from reviewer.core.documents.numbering import format_number

GOV = GOV_LIST


def load(tmp_path, body, numbering, styles=None, name="n.docx"):
    path = build(tmp_path / name, body=body, numbering=numbering, styles=styles)
    return docx_loader.load(path)


def labels(doc, part="body"):
    return [(p.label, p.text) for p in doc.paragraphs((part,))]


def test_the_levels_of_a_government_list_count_and_restart(tmp_path):
    body = "".join(P(R(t), ppr=NUM(1, lvl)) for t, lvl in (
        ("总体要求", 0), ("加强领导", 1), ("摸底排查", 2), ("全面整改", 2), ("甲", 3), ("乙", 3),
        ("明确责任", 1), ("建立机制", 2), ("工作任务", 0), ("压实责任", 1)))
    doc = load(tmp_path, body + P(R("不编号的段落")), GOV + NUMDEF(1, 1))
    assert labels(doc) == [("一、", "总体要求"), ("（一）", "加强领导"), ("1.", "摸底排查"), ("2.", "全面整改"),
                           ("（1）", "甲"), ("（2）", "乙"), ("（二）", "明确责任"), ("1.", "建立机制"),
                           ("二、", "工作任务"), ("（一）", "压实责任"), ("", "不编号的段落")]
    first = doc.parts[0].paragraphs[0]
    assert first.text == "总体要求" and first.location(0, 2).start == 0   # the label is not in the text
    assert first.label_suffix == "\t"


def test_multi_level_labels_and_the_suffix(tmp_path):
    numbering = ABSTRACT(3, LVL(0, "decimal", "%1.", extra='<w:suff w:val="space"/>'),
                         LVL(1, "decimal", "%1.%2", extra='<w:suff w:val="nothing"/>'),
                         LVL(2, "decimal", "%1.%2.%3")) + NUMDEF(4, 3)
    body = "".join(P(R(t), ppr=NUM(4, lvl)) for t, lvl in (
        ("范围", 0), ("适用", 1), ("细则", 2), ("细则二", 2), ("例外", 1), ("术语", 0), ("定义", 1)))
    doc = load(tmp_path, body, numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["1.", "1.1", "1.1.1", "1.1.2", "1.2", "2.", "2.1"]
    assert [p.label_suffix for p in doc.paragraphs(("body",))][:2] == [" ", ""]


def test_a_deeper_level_before_its_parent_shows_the_parent_as_zero(tmp_path):
    numbering = ABSTRACT(1, LVL(0, "decimal", "%1"), LVL(1, "decimal", "%1.%2")) + NUMDEF(1, 1)
    doc = load(tmp_path, P(R("先二级"), ppr=NUM(1, 1)) + P(R("一级"), ppr=NUM(1, 0)), numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["0.1", "1"]


def test_start_values_and_start_overrides(tmp_path):
    # the count belongs to the abstractNum: num 2 restarts it where it is first used, and every
    # num of the definition counts on from there (Word's "restart numbering" / "continue")
    numbering = (ABSTRACT(1, LVL(0, "chineseCounting", "%1、", start=3)) + NUMDEF(1, 1)
                 + NUMDEF(2, 1, START(0, 1)) + NUMDEF(3, 1))
    body = (P(R("甲"), ppr=NUM(1)) + P(R("乙"), ppr=NUM(1))
            + P(R("重新编号"), ppr=NUM(2)) + P(R("续"), ppr=NUM(2))
            + P(R("同一定义的另一个列表接着编"), ppr=NUM(3)) + P(R("回到第一个列表"), ppr=NUM(1))
            + P(R("重新编号的列表再次出现"), ppr=NUM(2)))
    doc = load(tmp_path, body, numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["三、", "四、", "一、", "二、", "三、", "四、", "五、"]


def test_a_level_override_replaces_the_level(tmp_path):
    override = '<w:lvlOverride w:ilvl="0">' + LVL(0, "upperRoman", "%1.", start=4) + "</w:lvlOverride>"
    numbering = ABSTRACT(1, LVL(0, "decimal", "%1.")) + NUMDEF(1, 1, override)
    doc = load(tmp_path, P(R("a"), ppr=NUM(1)) + P(R("b"), ppr=NUM(1)), numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["IV.", "V."]


def test_lvl_restart_keeps_a_level_counting_through_its_parent(tmp_path):
    # level 3 (ilvl 2) restarts only when level 1 is used, not when level 2 is
    numbering = ABSTRACT(1, LVL(0, "chineseCounting", "%1、"), LVL(1, "chineseCounting", "（%2）"),
                         LVL(2, "decimal", "%3.", extra='<w:lvlRestart w:val="1"/>')) + NUMDEF(1, 1)
    body = "".join(P(R(t), ppr=NUM(1, lvl)) for t, lvl in (
        ("一", 0), ("甲", 1), ("a", 2), ("乙", 1), ("b", 2), ("二", 0), ("c", 2)))
    doc = load(tmp_path, body, numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["一、", "（一）", "1.", "（二）", "2.", "二、", "1."]


def test_numbering_through_the_paragraph_style(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="GovH1"><w:name w:val="公文一级标题"/>'
              '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="GovH2"><w:name w:val="公文二级标题"/>'
              '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="GovH2b"><w:name w:val="公文二级标题（续）"/>'
              '<w:basedOn w:val="GovH2"/></w:style>')
    numbering = ABSTRACT(5, LVL(0, "chineseCounting", "%1、", extra='<w:pStyle w:val="GovH1"/>'),
                         LVL(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="GovH2"/>')) + NUMDEF(7, 5)
    body = (P(R("总体要求"), ppr='<w:pStyle w:val="GovH1"/>') + P(R("加强领导"), ppr='<w:pStyle w:val="GovH2"/>')
            + P(R("明确责任"), ppr='<w:pStyle w:val="GovH2"/>')
            + P(R("去掉编号"), ppr='<w:pStyle w:val="GovH2"/><w:numPr><w:numId w:val="0"/></w:numPr>')
            + P(R("强化保障"), ppr='<w:pStyle w:val="GovH2"/>') + P(R("工作任务"), ppr='<w:pStyle w:val="GovH1"/>'))
    doc = load(tmp_path, body, numbering, styles)
    assert labels(doc) == [("一、", "总体要求"), ("（一）", "加强领导"), ("（二）", "明确责任"), ("", "去掉编号"),
                           ("（三）", "强化保障"), ("二、", "工作任务")]


def test_the_style_gives_the_level_and_the_paragraph_the_list(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="条目"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    numbering = GOV + NUMDEF(1, 1) + NUMDEF(2, 1, START(1, 5))
    body = (P(R("由样式"), ppr='<w:pStyle w:val="Item"/>') + P(R("由段落"), ppr='<w:pStyle w:val="Item"/>' + NUM(2, None))
            + P(R("级别由段落"), ppr='<w:pStyle w:val="Item"/><w:numPr><w:ilvl w:val="0"/></w:numPr>'))
    doc = load(tmp_path, body, numbering, styles)
    assert [p.label for p in doc.paragraphs(("body",))] == ["（一）", "（五）", "一、"]


def test_a_numbering_style_link(tmp_path):
    styles = ('<w:style w:type="numbering" w:styleId="GovList"><w:name w:val="公文列表"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    numbering = (ABSTRACT(1, LVL(0, "chineseCounting", "%1、"), extra='<w:styleLink w:val="GovList"/>')
                 + ABSTRACT(2, extra='<w:numStyleLink w:val="GovList"/>') + NUMDEF(1, 1) + NUMDEF(2, 2))
    doc = load(tmp_path, P(R("甲"), ppr=NUM(2)) + P(R("乙"), ppr=NUM(2)), numbering, styles)
    assert [p.label for p in doc.paragraphs(("body",))] == ["一、", "二、"]


def test_table_cells_count_with_the_body_and_other_parts_get_no_label(tmp_path):
    numbering = ABSTRACT(1, LVL(0, "decimal", "%1.")) + NUMDEF(1, 1)
    cell = P(R("单元格"), ppr=NUM(1))
    body = P(R("正文"), ppr=NUM(1)) + TBL([cell, P(R("空"))]) + P(R("再正文"), ppr=NUM(1))
    path = build(tmp_path / "t.docx", body=body, numbering=numbering, footnotes=[P(R("脚注"), ppr=NUM(1))])
    doc = docx_loader.load(path)
    assert labels(doc) == [("1.", "正文"), ("3.", "再正文")]
    assert labels(doc, "table") == [("2.", "单元格"), ("", "空")]
    assert labels(doc, "footnote") == [("", "脚注")]


def test_bullets_hidden_numbers_and_none(tmp_path):
    numbering = (ABSTRACT(1, LVL(0, "bullet", "\uf0b7", extra='<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>'))
                 + ABSTRACT(2, LVL(0, "decimal", "%1.", extra="<w:rPr><w:vanish/></w:rPr>"))
                 + ABSTRACT(3, LVL(0, "none", "")) + NUMDEF(1, 1) + NUMDEF(2, 2) + NUMDEF(3, 3))
    body = P(R("要点"), ppr=NUM(1)) + P(R("隐藏编号"), ppr=NUM(2)) + P(R("无编号"), ppr=NUM(3))
    doc = load(tmp_path, body, numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["•", "", ""]


def test_a_deleted_paragraph_is_not_counted(tmp_path):
    numbering = ABSTRACT(1, LVL(0, "chineseCounting", "%1、")) + NUMDEF(1, 1)
    gone = ('<w:p><w:pPr>' + NUM(1) + '<w:rPr><w:del w:id="9" w:author="张三" w:date="2024-03-01T10:00:00Z"/>'
            '</w:rPr></w:pPr><w:del w:id="8" w:author="张三" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>删去的标题'
            '</w:delText></w:r></w:del></w:p>')
    doc = load(tmp_path, P(R("甲"), ppr=NUM(1)) + gone + P(R("乙"), ppr=NUM(1)), numbering)
    assert [p.label for p in doc.paragraphs(("body",)) if p.text] == ["一、", "二、"]


@pytest.mark.parametrize("numbering", [
    None,                                                             # the part is there, no lists
    ABSTRACT(1, LVL(0, "decimal", "%1.")),                            # no w:num
    NUMDEF(1, 99),                                                    # a num without its abstractNum
    ABSTRACT(1, '<w:lvl w:ilvl="x"><w:start w:val="abc"/><w:lvlText w:val="%1."/></w:lvl>') + NUMDEF(1, 1),
])
def test_broken_definitions_give_no_labels_and_no_errors(tmp_path, numbering):
    doc = load(tmp_path, P(R("甲"), ppr=NUM(1)) + P(R("乙"), ppr=NUM(1, 12)), numbering or "")
    assert [p.text for p in doc.paragraphs(("body",))] == ["甲", "乙"]
    assert all(p.label == "" for p in doc.paragraphs())
    assert doc.errors == []


def test_unusable_attributes_take_word_defaults(tmp_path):
    numbering = ABSTRACT(1, '<w:lvl w:ilvl="0"><w:start w:val="abc"/><w:numFmt w:val="somethingNew"/>'
                            '<w:lvlText w:val="%1)"/></w:lvl>') + NUMDEF(1, 1)
    doc = load(tmp_path, P(R("甲"), ppr=NUM(1)) + P(R("乙"), ppr='<w:numPr><w:ilvl w:val="zz"/><w:numId w:val="1"/>'
                                                              '</w:numPr>'), numbering)
    assert [p.label for p in doc.paragraphs(("body",))] == ["1)", "2)"]


def test_a_damaged_numbering_part_is_an_error_not_a_crash(tmp_path):
    path = build(tmp_path / "d.docx", body=P(R("甲"), ppr=NUM(1)),
                 parts={"word/numbering.xml": b"<w:numbering xmlns:w='x'><w:abstractNum"})
    doc = docx_loader.load(path)
    assert [p.text for p in doc.paragraphs(("body",))] == ["甲"] and doc.parts[0].paragraphs[0].label == ""
    assert any("numbering.xml" in e for e in doc.errors)


def test_a_missing_numbering_part_gives_no_labels(tmp_path):
    path = build(tmp_path / "m.docx", body=P(R("甲"), ppr=NUM(1)))
    parts = __import__("docx_fixtures").read_zip(path)
    del parts["word/numbering.xml"]
    __import__("docx_fixtures").write_zip(path, parts)
    doc = docx_loader.load(path)
    assert doc.parts[0].paragraphs[0].label == "" and doc.errors == []


def test_the_content_hash_sees_the_automatic_numbers(tmp_path):
    numbering = ABSTRACT(1, LVL(0, "chineseCounting", "%1、")) + NUMDEF(1, 1) + NUMDEF(2, 1, START(0, 1))
    a = load(tmp_path, P(R("甲"), ppr=NUM(1)) + P(R("乙"), ppr=NUM(1)), numbering, name="a.docx")
    b = load(tmp_path, P(R("甲"), ppr=NUM(1)) + P(R("乙"), ppr=NUM(2)), numbering, name="b.docx")
    manual = load(tmp_path, P(R("一、甲")) + P(R("二、乙")), numbering, name="c.docx")
    assert a.content_hash() != b.content_hash()        # 一、一、 is not 一、二、
    assert a.content_hash() == manual.content_hash()   # what is shown is the same


@pytest.mark.parametrize("fmt, values", [
    ("chineseCounting", {1: "一", 10: "十", 11: "十一", 20: "二十", 35: "三十五"}),
    ("chineseCountingThousand", {1: "一", 12: "十二", 105: "一百零五", 110: "一百一十", 2024: "二千零二十四"}),
    ("chineseLegalSimplified", {1: "壹", 10: "壹拾", 23: "贰拾叁"}),
    ("ideographTraditional", {1: "甲", 10: "癸", 11: "11"}),
    ("ideographZodiac", {1: "子", 12: "亥"}),
    ("decimalEnclosedCircle", {1: "①", 20: "⑳", 21: "21"}),
    ("decimalFullWidth", {7: "７", 12: "１２"}),
    ("decimalZero", {3: "03", 12: "12"}),
    ("upperLetter", {1: "A", 26: "Z", 27: "AA"}),
    ("lowerLetter", {2: "b"}),
    ("upperRoman", {4: "IV", 9: "IX", 14: "XIV"}),
    ("lowerRoman", {3: "iii"}),
    ("decimalEnclosedParen", {1: "⑴"}),
    ("none", {5: ""}),
])
def test_number_formats(fmt, values):
    assert {n: format_number(n, fmt) for n in values} == values
