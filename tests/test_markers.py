"""Secrecy markings: every typed form of a 国家秘密标志, bare levels, 份号, 工作秘密/内部 marks and
公开属性 — found where they stand as marks (lines, headers, footers, tables, text boxes, PDF
pages) and quiet in prose about secrecy."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reviewer.core.checks import markers
from reviewer.core.documents.model import Document
from reviewer.core.documents.text import from_string
from reviewer.core.examples import iter_examples, run_example
from reviewer.core.findings import BLOCK, INFO, REVIEW

# the read-only shared folder sits beside the checkout (or above the worktrees)
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "corpus").is_dir()),
              Path("/nonexistent"))
DAY = dt.date(2025, 6, 30)


def _marks(checker, doc):
    saved = checker.options.date, checker.options.today
    checker.options.date = checker.options.today = DAY
    try:
        found = checker.check_document(doc).findings
    finally:
        checker.options.date, checker.options.today = saved
    return [f for f in found if f.rule.startswith("secrecy.marker")]


def _text(checker, text):
    return _marks(checker, from_string(text))


def _one(found, rule=None):
    hits = [f for f in found if rule is None or f.rule == rule]
    assert len(hits) == 1, [(f.rule, f.severity, f.text) for f in found]
    return hits[0]


# ------------------------------------------------------------------ the rule's own examples

def _cases():
    from reviewer.core.engine import Checker, CheckOptions
    return [c for c in iter_examples(Checker(CheckOptions())) if c.where.startswith("reviewer.core.checks.markers")]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c.label}:{'flag' if c.must_flag else 'noflag'}:{c.text[:20]}")
def test_examples(checker, case):
    problem, _ = run_example(checker, case)
    assert problem is None, problem


def test_every_rule_has_both_kinds_of_example():
    for rule, groups in markers.EXAMPLES.items():
        assert len(groups["flag"]) >= 3 and len(groups["noflag"]) >= 3, rule


# ------------------------------------------------------------------ 国家秘密标志 in every form

LEVELS = ("绝密", "机密", "秘密")
STARS = ("★", "☆", "*", "＊", "✱")
PERIODS = ("", "10年", "１０年", "6个月", "长期", "解密时间：2026年12月31日", "解密时间：2026-12-31",
           "解密条件：项目验收后", "启用前", "（20年）")


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("star", STARS)
@pytest.mark.parametrize("period", PERIODS)
def test_star_mark_forms_block_on_their_own_line(checker, level, star, period):
    mark = f"{level}{star}{period}"
    f = _one(_text(checker, f"{mark}\n关于做好防汛工作的通知\n各区人民政府："), markers.CLASSIFIED)
    assert f.severity == BLOCK
    assert f.text == mark
    assert f.location.paragraph == 0 and f.location.start == 0 and f.location.end == len(mark)


@pytest.mark.parametrize("typed", ["机 密 ★ 1 年", "秘 密★ 6 个月", "绝密　★　20年", "机密级★10年", "秘密 ★"])
def test_spaces_inside_a_mark(checker, typed):
    f = _one(_text(checker, typed), markers.CLASSIFIED)
    assert f.severity == BLOCK and f.text == typed


def test_star_mark_inside_a_sentence_blocks(checker):
    f = _one(_text(checker, "本通知附件三属机密★5年，另行印发。"), markers.CLASSIFIED)
    assert f.severity == BLOCK and f.text == "机密★5年"


def test_star_mark_quoted_as_an_example_is_only_info(checker):
    f = _one(_text(checker, "对标注“秘密★10年”的文件，严禁上网发布。"), markers.CLASSIFIED)
    assert f.severity == INFO


def test_star_mark_named_in_a_sentence_about_marks_is_review(checker):
    f = _one(_text(checker, "文件首页标注为机密★10年的，一律不得上网。"), markers.CLASSIFIED)
    assert f.severity == REVIEW


def test_work_secret_star_is_not_a_state_secret(checker):
    found = _text(checker, "工作秘密★")
    assert [f.rule for f in found] == [markers.INTERNAL]


@pytest.mark.parametrize("line", ["秘密", "机密", "绝密", "【机密】", "（秘密）", "[绝密]", " 机 密 ", "“秘密”", "秘密级",
                                  "密级：机密"])
def test_bare_level_on_its_own_line_blocks(checker, line):
    text = f"关于做好防汛工作的通知\n各区人民政府：\n请认真贯彻执行。\n{line}\n有关事项通知如下。\n一、总体要求\n二、工作任务"
    f = _one(_text(checker, text), markers.CLASSIFIED)
    assert f.severity == BLOCK and f.location.paragraph == 3


@pytest.mark.parametrize("prose", [
    "保守秘密是每个公民的义务。", "要保守商业秘密。", "双方举行秘密会谈。", "犯罪嫌疑人秘密潜入。",
    "国家秘密的密级分为绝密、机密、秘密三级。", "秘密级国家秘密的保密期限不超过十年。",
    "涉及国家秘密的信息依法不予公开。", "严格执行公开前保密审查程序，切实维护国家秘密安全。",
    "严把政治关、法律关、政策关、保密关、文字关。", "不得将涉及国家秘密的信息公开。",
    "对申请公开的政府信息，属于国家秘密的，告知申请人不予公开。", "秘密会谈纪要由办公室整理。",
    "申报材料不得出现任何违反法律或法律禁止公开的秘密内容，如涉密需脱密后提交。",
])
def test_prose_about_secrecy_is_quiet(checker, prose):
    assert [f for f in _text(checker, prose) if f.severity != INFO] == []
    # also at the head of a document, where a bare level would be a mark
    assert [f for f in _text(checker, prose + "\n关于某事的通知") if f.severity != INFO] == []


def test_level_set_apart_at_the_head_of_the_document(checker):
    text = "机密　　　　　　　　特急\n关于做好防汛工作的通知\n各区人民政府："
    f = _one(_text(checker, text), markers.CLASSIFIED)
    assert f.severity == BLOCK and f.text == "机密"


def test_level_spaced_from_a_title_deep_in_the_body_is_not_a_mark(checker):
    # a PDF or a typist may leave a wide gap in running text; only the edges of a page count
    lines = ["关于做好防汛工作的通知", "各区人民政府：", "一、总体要求", "二、工作任务",
             "保守国家秘密　　　是每个公民的义务。", "三、保障措施"]
    assert _text(checker, "\n".join(lines)) == []


# ------------------------------------------------------------------ 份号

def test_copy_number_at_the_head_is_review(checker):
    found = _text(checker, "000123\n秘密★1年\n关于做好防汛工作的通知")
    copy = _one(found, markers.COPY_NUMBER)
    assert copy.severity == REVIEW and copy.text == "000123"
    assert _one(found, markers.CLASSIFIED).severity == BLOCK


@pytest.mark.parametrize("line", ["份号：000123", "份号 000008", "份  号：000123"])
def test_labelled_copy_number_anywhere_is_review(checker, line):
    text = f"关于做好防汛工作的通知\n各区人民政府：\n一、总体要求\n{line}\n二、工作任务\n三、保障措施"
    assert _one(_text(checker, text), markers.COPY_NUMBER).severity == REVIEW


def test_six_digits_mid_document_are_no_copy_number(checker):
    text = "关于做好防汛工作的通知\n各区人民政府：\n一、总体要求\n100017\n二、工作任务\n三、保障措施\n四、其他"
    assert _text(checker, text) == []


# ------------------------------------------------------------------ 工作秘密 / 内部 marks

@pytest.mark.parametrize("line", ["内部", "内部资料", "内部文件", "内部使用", "内部刊物", "注意保存", "注意保管", "不得外传",
                                  "严禁外传", "工作秘密", "严禁扩散", "不得扩散", "内部明电", "内部资料 注意保存",
                                  "内部资料　注意保存", "内部文件★", "内部事项 注意保管", "【内部资料】", "（内部）",
                                  "内部资料，不得外传", "仅供内部使用", "内部资料。"])
def test_internal_marks_on_their_own_line_block(checker, line):
    text = f"关于做好防汛工作的通知\n各区人民政府：\n一、总体要求\n{line}\n二、工作任务\n三、保障措施\n四、其他"
    f = _one(_text(checker, text), markers.INTERNAL)
    assert f.severity == BLOCK and f.location.paragraph == 3


@pytest.mark.parametrize("text, mark", [
    ("各地要把各项工作落到实处。内部资料。", "内部资料"),
    ("各地要把各项工作落到实处。内部文件 注意保管。", "内部文件 注意保管"),
    ("各地要把各项工作落到实处。工作秘密。", "工作秘密"),
    ("三、工作措施内部资料。进一步优化营商环境。", "内部资料"),
    ("（二）工作要求内部文件 注意保管。", "内部文件 注意保管"),
    ("本文件内部资料，不得外传。", "内部资料，不得外传"),
    ("本材料为内部资料，注意保存。", "内部资料，注意保存"),
    ("此件请勿外传。", "请勿外传"),
    ("本汇编（内部资料）收录有关文件12件。", "内部资料"),
    ("该项目预算为860万元（内部掌握）。", "内部掌握"),
    ("本书为非卖品，内部资料。", "内部资料"),
])
def test_internal_mark_appended_to_or_framed_in_a_sentence_blocks(checker, text, mark):
    f = _one(_text(checker, text), markers.INTERNAL)
    assert f.severity == BLOCK and f.text == mark


@pytest.mark.parametrize("text", [
    "会议材料请妥善保管，不得外传。",
    "有关情况请内部掌握。",
    "（三）内部资料",
    "县政府办公室2023年工作要点内部资料。",
])
def test_uncertain_internal_marks_are_review(checker, text):
    assert _one(_text(checker, text), markers.INTERNAL).severity == REVIEW


@pytest.mark.parametrize("text, mark", [
    ("各省、自治区、直辖市人民政府，国务院各部委：内部。", "内部"),     # a value after a colon
    ("现将有关事项通知如下：注意保存。", "注意保存"),
    ("某某县人民政府办公室内部。", "内部"),                         # fused onto a signature line
    ("某某市财政局注意保存。", "注意保存"),
    ("某某市财政局注意保存。各单位要按时报送。", "注意保存"),
    ("关于某某县安全生产检查情况的通报内部。", "内部"),             # fused onto a title
    ("二、做好资金保障内部资料，注意保存。", "内部资料，注意保存"),   # two marks after a heading
    ("川府发〔2023〕12号内部。", "内部"),                          # fused onto a document number
    ("王某某　　市住房城乡建设局副局长内部。", "内部"),             # fused onto a name-and-title line
    ("咨询电话内部。", "内部"),                                    # fused onto a table label
])
def test_mark_after_a_colon_or_fused_onto_a_signature_is_review(checker, text, mark):
    f = _one(_text(checker, text), markers.INTERNAL)
    assert f.severity == REVIEW and f.text == mark


@pytest.mark.parametrize("prose", ["问题出在办公室内部。", "矛盾集中在管理局内部。", "请妥善保管好相关票据，注意保存。",
                                   "审计分为外部和内部。", "二、做好资金保障内部资料的编印工作。",
                                   "认真学习文件精神，领会通知内部。", "系统内部。", "这是单位内部。",
                                   "要加强单位内部。", "矛盾主要来自行业内部。"])
def test_body_names_in_prose_about_insides_are_quiet(checker, prose):
    assert _text(checker, prose) == []


@pytest.mark.parametrize("prose", [
    "加强内部管理，完善内部控制制度。", "开展内部审计。", "规范单位内部财务管理。", "健全内部监督制约机制。",
    "不得外传的信息应当严格管理。", "涉密文件一律不得外传。", "严禁扩散谣言。", "防止污染扩散。",
    "机关、单位应当加强对工作秘密的管理。", "各单位要严格保守国家秘密和工作秘密。",
    "行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。",
    "规范编印内部资料。", "严禁以内部资料名义从事经营活动。", "《内部资料性出版物管理办法》已经修订。",
    "请妥善保管好相关票据，注意保存。", "本办法所称内部资料，是指在本行政区域内编印的资料。",
    "不得泄露所知悉的国家秘密、工作秘密。", "内部管理不善，影响开展正常业务活动的。",
    "制定“负面清单+包干制”内部管理制度，并按要求完成制度备案。",
])
def test_prose_with_internal_words_is_quiet(checker, prose):
    assert _text(checker, prose) == []


# ------------------------------------------------------------------ 公开属性

@pytest.mark.parametrize("line, severity", [
    ("（此件不公开）", BLOCK), ("此件不予公开", BLOCK), ("（不予公开）", BLOCK), ("此件不公开", BLOCK),
    ("公开属性：不予公开", BLOCK), ("（此件不公开发布）", BLOCK), ("此件依申请公开", REVIEW), ("（依申请公开）", REVIEW),
    ("公开方式：依申请公开", REVIEW),
])
def test_disclosure_attribute_at_the_end(checker, line, severity):
    text = f"关于做好防汛工作的通知\n各区人民政府：\n一、总体要求\n二、工作任务\n三、保障措施\n某某市人民政府\n2023年5月1日\n{line}"
    f = _one(_text(checker, text), markers.DISCLOSURE)
    assert f.severity == severity and f.location.paragraph == 7


def test_bare_withhold_line_mid_document_is_review(checker):
    text = "关于做好防汛工作的通知\n各区人民政府：\n一、总体要求\n不予公开\n二、工作任务\n三、保障措施\n四、其他"
    assert _one(_text(checker, text), markers.DISCLOSURE).severity == REVIEW


@pytest.mark.parametrize("prose", [
    "涉及国家秘密的信息依法不予公开。", "不予公开的情形包括涉及国家秘密的政府信息。", "（此件主动公开）", "此件公开发布",
    "公开方式：主动公开", "（二）依申请公开情况。", "（三）不予公开", "本年度收到依申请公开申请26件，其中不予公开3件。",
    "行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由。", "转变依申请公开办理观念。",
])
def test_prose_about_disclosure_is_quiet(checker, prose):
    assert [f for f in _text(checker, prose) if f.severity != INFO] == []


# ------------------------------------------------------------------ parts of a .docx and PDF pages

def _doc(kind="docx"):
    doc = Document(path="<test>", kind=kind, sha256="")
    return doc


def _body(doc, *lines):
    body = doc.part("body", None, "正文")
    for line in lines:
        body.add(line)
    return body


BODY = ("关于做好防汛工作的通知", "各区人民政府：", "现就有关事项通知如下。", "一、总体要求", "二、工作任务",
        "三、保障措施", "某某市人民政府办公室", "2023年5月1日")


@pytest.mark.parametrize("kind", ["header", "footer", "textbox"])
@pytest.mark.parametrize("text, rule", [
    ("秘密★1年", markers.CLASSIFIED), ("秘密", markers.CLASSIFIED), ("内部资料", markers.INTERNAL),
    ("此件不公开", markers.DISCLOSURE), ("某某市人民政府文件　机密", markers.CLASSIFIED),
    ("内部资料 注意保存　　第3期", markers.INTERNAL),
])
def test_marks_in_headers_footers_and_text_boxes(checker, kind, text, rule):
    doc = _doc()
    doc.part(kind, 1, "页眉").add(text)
    _body(doc, *BODY)
    f = _one(_marks(checker, doc), rule)
    assert f.severity == BLOCK
    assert f.location.part == kind and f.location.part_index == 1 and f.location.paragraph == 0
    assert text[f.location.start:f.location.end] == f.text


@pytest.mark.parametrize("text", ["保守国家秘密　人人有责", "某某市人民政府办公室", "第 3 页 共 5 页", "— 2 —",
                                  "加强内部管理"])
def test_ordinary_headers_are_quiet(checker, text):
    doc = _doc()
    doc.part("header", 1).add(text)
    _body(doc, *BODY)
    assert _marks(checker, doc) == []


def test_table_cells(checker):
    doc = _doc()
    _body(doc, *BODY)
    table = doc.part("table", 1, "表格1")
    table.add("文件名称")
    table.add("密级")
    table.add("秘密")                 # a cell value: a person decides
    table.add("机密★5年")             # a 国家秘密标志 is one wherever it stands
    table.add("经办人电话")
    found = _marks(checker, doc)
    by_text = {f.text: f for f in found}
    assert by_text["秘密"].severity == REVIEW and by_text["秘密"].location.part == "table"
    assert by_text["机密★5年"].severity == BLOCK and by_text["机密★5年"].location.paragraph == 3


def test_heading_styled_mark_is_review(checker):
    doc = _doc()
    body = _body(doc, *BODY[:4])
    body.add("内部资料", style="Heading 2")
    for line in BODY[4:]:
        body.add(line)
    assert _one(_marks(checker, doc), markers.INTERNAL).severity == REVIEW


@pytest.mark.parametrize("mark, unseen, rule", [
    ("不予公开", "抄送：纪委监委", markers.DISCLOSURE),
    ("内部资料", "附件：考核排名", markers.INTERNAL),
    ("秘密", "经办人：王某", markers.CLASSIFIED),
])
def test_mark_line_ending_in_white_tiny_text_is_still_a_line_of_marks(checker, mark, unseen, rule):
    from reviewer.core.documents.model import HiddenItem
    from reviewer.core.findings import Location
    doc = _doc()
    body = _body(doc, *BODY)
    line = body.add(mark + unseen)
    doc.hidden.append(HiddenItem("invisible", unseen, Location("body", None, line.index, len(mark), len(line.text))))
    f = _one(_marks(checker, doc), rule)
    assert f.severity == BLOCK and f.text == mark
    doc.hidden.clear()           # the same words all visible: a line of prose, not of marks
    assert [g for g in _marks(checker, doc) if g.severity == BLOCK] == []


def _pdf(*pages):
    doc = Document(path="<test.pdf>", kind="pdf", sha256="", pages=len(pages))
    for n, lines in enumerate(pages, 1):
        part = doc.part("page", n, f"第{n}页")
        for line in lines:
            part.add(line, page=n)
    return doc


def test_running_head_on_every_pdf_page(checker):
    page = ["秘密", "各地要加强组织领导，切实把各项工作落到实处，确保取得实效。", "一、总体要求"]
    found = _marks(checker, _pdf(page, page, page))
    assert [(f.location.part, f.location.part_index, f.severity) for f in found] == \
        [("page", 1, BLOCK), ("page", 2, BLOCK), ("page", 3, BLOCK)]


def test_mark_cut_by_a_pdf_line_break(checker):
    lines = ["关于做好防汛工作的通知",
             "各地要加强组织领导，切实把各项工作落到实处，确保取得实效。本文件内部",
             "资料，不得外传。",
             "一、总体要求"]
    f = _one(_marks(checker, _pdf(lines)), markers.INTERNAL)
    assert f.severity == BLOCK
    assert f.location.part == "page" and f.location.paragraph == 1
    assert f.text.replace("\n", "") == "内部资料，不得外传"


def test_mark_line_after_a_line_that_runs_to_the_margin(checker):
    # a long line without a closing mark (a web address) is joined to the next one as a run-on
    # line; a line of marks after it is still a line of its own
    lines = ["关于做好防汛工作的通知", "一、总体要求", "二、工作任务",
             "详见链接：https://www.example.gov.cn/zwgk/tzgg/content/post_4614013.html",
             "不予公开", "三、保障措施", "四、其他事项"]
    f = _one(_marks(checker, _pdf(lines)), markers.DISCLOSURE)
    assert f.text == "不予公开" and f.location.paragraph == 4 and f.severity in (BLOCK, REVIEW)


def test_prose_at_the_top_of_a_pdf_page_is_quiet(checker):
    lines = ["秘密会谈的纪要由办公室负责整理并存档备查，各单位要严格遵守保密纪律。",
             "一、总体要求", "二、工作任务", "三、保障措施"]
    assert _marks(checker, _pdf(["关于做好防汛工作的通知"], lines)) == []


def test_finding_carries_basis_suggestion_and_context(checker):
    f = _one(_text(checker, "各项工作要落到实处。内部资料。"), markers.INTERNAL)
    assert "工作秘密" in f.basis and f.suggestion
    assert "内部资料" in f.context and "落到实处" in f.context
    assert "内部资料" in f.message


# ------------------------------------------------------------------ the real corpus stays quiet

def _corpus():
    """The real documents copied into tests/fixtures (always), and the shared corpus where it
    lies beside the repository."""
    folders = [Path(__file__).resolve().parent / "fixtures" / "corpus", SHARED / "corpus"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.txt")
                  if not p.name.endswith(".source.txt"))


def test_no_marker_on_real_published_documents(checker):
    from reviewer.core.documents import load_document
    for path in _corpus():
        found = _marks(checker, load_document(path))
        assert [f for f in found if f.severity != INFO] == [], path.name
