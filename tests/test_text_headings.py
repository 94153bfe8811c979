from __future__ import annotations

from text_helpers import run_check, run_check_pdf


def found(text):
    return [(f.text, f.suggestion) for f in run_check("headings", text)]


def test_a_skipped_number():
    [f] = run_check("headings", "一、总体要求\n二、工作任务\n四、保障措施")
    assert f.text == "四、" and f.suggestion == "三、" and "缺少“三、”" in f.message
    assert f.rule == "text.heading" and f.location.paragraph == 2


def test_skipped_repeated_and_backward_numbers_at_every_level():
    assert found("一、总体要求\n（一）加强领导\n（三）强化保障") == [("（三）", "（二）")]
    assert found("1.摸底排查。\n2.全面整改。\n2.监督评估。") == [("2.", "3.")]
    assert found("（1）甲\n（2）乙\n（3）丙\n（2）丁") == [("（2）", "（4）")]
    assert found("第一条　为了加强管理。\n第三条　本办法适用于本市。") == [("第三条", "第二条")]


def test_a_level_restarting_while_its_parent_is_unchanged():
    [f] = run_check("headings", "一、总体要求\n（一）加强领导\n（二）明确责任\n（一）强化保障")
    assert f.text == "（一）" and f.suggestion == "（三）" and "重新" in f.message


def test_the_first_child_must_be_one():
    assert found("一、总体要求\n（二）加强领导") == [("（二）", "（一）")]


def test_siblings_in_two_forms():
    [f] = run_check("headings", "1.摸底排查。\n2、全面整改。\n3、监督评估。")
    assert f.text == "2、" and f.suggestion == "2." and "不一致" in f.message


def test_a_well_formed_hierarchy_is_quiet():
    text = ("一、总体要求\n（一）加强领导\n1.摸底排查。\n2.全面整改。\n（1）甲\n（2）乙\n3.监督评估。\n"
            "（二）明确责任\n1.建立机制。\n二、保障措施\n三、组织实施")
    assert found(text) == []


def test_numbering_starts_afresh_in_attachments_and_after_the_closing_date():
    text = "一、目标\n二、任务\n国务院办公厅\n2023年5月8日\n附件1\n一、说明\n二、要求\n附件2\n一、表格说明"
    assert found(text) == []


def test_a_list_whose_first_item_is_on_the_attachment_line():
    assert found("一、总体要求\n二、工作任务\n附件：1.申报指南\n2.申报表\n3.承诺书") == []
    assert found("注：1、L为弧长。\n2、R为半径。\n3、红线是指边界。") == []


def test_articles_run_through_chapters_and_sections_restart():
    text = ("第一章　总则\n第一节　一般规定\n第一条　目的。\n第二节　特别规定\n第二条　范围。\n"
            "第二章　设计\n第一节　要求\n第三条　建设单位应当。")
    assert found(text) == []
    [f] = run_check("headings", "第一章　总则\n第一条　目的。\n第二章　设计\n第一条　建设单位应当。")
    assert f.text == "第一条" and f.suggestion == "第二条"


def test_items_under_articles_restart_with_each_article():
    text = "第二条? 本办法的扶持范围包括：\n（一）甲；\n（二）乙。\n第四条? 应当提供：\n（一）申报表；\n（二）承诺书。"
    assert [t for t, _ in found(text)] == ["第四条"]


def test_things_that_only_look_like_headings_are_quiet():
    text = ("全面贯彻党的十九届\n二、三中全会精神\n1.5倍以上的面积\n3.2024年度省基金最多支持1项。\n"
            "一、二类地区\n13728. 6083\n（二）专家委员（按姓氏笔划为序）")
    assert found(text) == []


def test_pdf_pages_are_one_sequence():
    pages = [["一、总体要求", "（一）加强领导"], ["（二）明确责任", "二、工作任务"], ["四、保障措施"]]
    [f] = run_check_pdf("headings", pages)
    assert f.text == "四、" and f.location.part_index == 3


# ---------------------------------------------------------------- Word's automatic numbering

def _docx_findings(tmp_path, paragraphs):
    """Heading findings of a .docx whose paragraphs are (text, level or None for typed text)."""
    import datetime as dt

    from docx_fixtures import GOV_LIST, NUM, NUMDEF, P, R, build
    from reviewer.core.checks import CheckContext
    from reviewer.core.checks import headings
    from reviewer.core.documents import docx as docx_loader
    body = "".join(P(R(text), ppr=NUM(1, level) if level is not None else "") for text, level in paragraphs)
    doc = docx_loader.load(build(tmp_path / "h.docx", body=body, numbering=GOV_LIST + NUMDEF(1, 1)))
    return doc, list(headings.run(doc, CheckContext(date=dt.date(2024, 6, 1), lexicons=None)))


def test_a_typed_heading_continuing_automatic_numbers_is_in_sequence(tmp_path):
    doc, findings = _docx_findings(tmp_path, [("总体要求", 0), ("加强领导", 1), ("明确责任", 1), ("工作任务", 0),
                                              ("三、保障措施", None), ("（一）强化保障", None), ("（二）压实责任", None)])
    assert [p.label for p in doc.paragraphs(("body",))][:4] == ["一、", "（一）", "（二）", "二、"]
    assert findings == []


def test_a_typed_heading_repeating_or_skipping_the_automatic_one_is_flagged(tmp_path):
    _, [f] = _docx_findings(tmp_path, [("总体要求", 0), ("工作任务", 0), ("二、保障措施", None)])
    assert f.text == "二、" and f.suggestion == "三、" and "重复" in f.message
    assert (f.location.paragraph, f.location.start, f.location.end) == (2, 0, 2)
    _, [f] = _docx_findings(tmp_path, [("总体要求", 0), ("加强领导", 1), ("（三）强化保障", None)])
    assert f.text == "（三）" and f.suggestion == "（二）" and "缺少“（二）”" in f.message


def test_an_automatic_number_out_of_sequence_is_flagged_on_its_label(tmp_path):
    # typed 一、二、 then Word numbers the next heading 一、 (its own list): a restart
    doc, [f] = _docx_findings(tmp_path, [("一、总体要求", None), ("二、工作任务", None), ("保障措施", 0)])
    para = doc.parts[0].paragraphs[2]
    assert para.label == "一、" and para.text == "保障措施"
    assert f.text == "一、" and f.suggestion == "三、" and "自动编号" in f.message
    assert (f.location.paragraph, f.location.start, f.location.end) == (2, 0, 0)
    assert f.detail.get("automatic_numbering") is True


def test_a_typed_number_after_an_automatic_child_level_keeps_the_offsets_of_the_text(tmp_path):
    # 1. by Word, then a typed 3. skipping 2.: the finding covers the typed characters only
    _, [f] = _docx_findings(tmp_path, [("总体要求", 0), ("加强领导", 1), ("摸底排查", 2), ("　3.全面整改", None)])
    assert f.text == "3." and (f.location.start, f.location.end) == (1, 3)


def test_a_typed_number_after_an_automatic_one_shows_two_numbers_and_is_flagged(tmp_path):
    doc, findings = _docx_findings(tmp_path, [("总体要求", 0), ("二、工作任务", 0), ("加强领导", 1)])
    para = doc.parts[0].paragraphs[1]
    assert para.label == "二、" and para.text == "二、工作任务"
    [f] = findings
    assert f.text == "二、" and (f.location.paragraph, f.location.start, f.location.end) == (1, 0, 2)
    assert "两个序号" in f.message and f.detail.get("double_numbering") is True


def test_an_automatic_number_before_ordinary_text_is_not_double_numbering(tmp_path):
    _, findings = _docx_findings(tmp_path, [("总体要求", 0), ("2024年工作任务", 0), ("三季度加强领导", 1)])
    assert findings == []


def test_articles_on_soft_broken_lines_of_one_docx_paragraph(tmp_path):
    # a draft pasted from a web page: one paragraph, its articles on lines ended by w:br
    from docx_fixtures import P, R, build
    from reviewer.core.checks import CheckContext
    from reviewer.core.checks import headings
    from reviewer.core.documents import load_document
    br = '<w:r><w:br/></w:r>'

    def findings(*articles):
        runs = [part for a in articles for part in (R(a), br)][:-1]
        doc = load_document(build(tmp_path / "soft.docx", P(R("第一章　总则")) + P(*runs)))
        return list(headings.run(doc, CheckContext(date=None, lexicons=None)))

    assert findings("第一条　为了加强管理。", "第二条　本办法适用于本市。", "第三条　市住建局负责实施。") == []
    [f] = findings("第一条　为了加强管理。", "第二条　本办法适用于本市。", "第四条　市住建局负责实施。")
    assert f.text == "第四条" and f.suggestion == "第三条"
    para = f.location
    assert para.paragraph == 1 and para.start > 0


def test_an_automatic_number_stands_before_the_first_line_only(tmp_path):
    import datetime as dt

    from docx_fixtures import GOV_LIST, NUM, NUMDEF, P, R, build
    from reviewer.core.checks import CheckContext
    from reviewer.core.checks import headings
    from reviewer.core.documents import load_document
    # Word numbers the paragraph 一、; a soft-broken second line starts with a typed 二、
    body = P(R("总体要求"), '<w:r><w:br/></w:r>', R("二、工作任务"), ppr=NUM(1, 0)) + P(R("三、保障措施"))
    doc = load_document(build(tmp_path / "lb.docx", body=body, numbering=GOV_LIST + NUMDEF(1, 1)))
    assert next(doc.paragraphs(("body",))).label == "一、"
    assert list(headings.run(doc, CheckContext(date=dt.date(2024, 6, 1), lexicons=None))) == []
