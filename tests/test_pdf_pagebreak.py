"""A paragraph that runs from the bottom of one page onto the next is one paragraph: a term,
a number or a marking broken over the page end is found, and redaction removes it from both
pages. Only body lines join: page numbers and running heads stay where they are, and a new
paragraph, a heading, a marking, a date or a document number at the top of a page stays apart."""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from conftest import run_cli
from pdfgen import PdfBuilder, advance, wrap_rows
from reviewer.core.documents import load_document
from reviewer.core.documents.pdf_layout import INSERTED, PdfOrigin, locate
from reviewer.core.sanitize import clean

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
HAINAN = "hainan_07_琼农_2024_农机补贴实施方案"
LEFT, TOP, SIZE, WIDTH, LEADING = 72.0, 760.0, 14.0, 20, 1.6
ID_NUMBER = "320102195002184460"
LEAD = "根据有关规定，现就有关事项通知如下。"          # 18 cells: exactly the indented first line
FILL = "各地要加强组织领导，明确责任分工，确保各"      # 20 cells: exactly one full line
MORE = ["推进农业机械化全程全面高质量发展，提升农", "机装备水平和作业能力，优化补贴兑付方式，",
        "加快补贴资金兑付进度，切实提高政策实施的", "精准性和规范化水平，严格落实监督管理责任"]   # full lines too


def wrap(text: str, indent: int = 2) -> list[tuple[float, str]]:
    """(x, line) of a paragraph wrapped at WIDTH ems with a first-line indent."""
    return wrap_rows(text, LEFT, SIZE, WIDTH, indent)


def build(pages: list[list[tuple[float, str]]], numbers: bool = True, head: str | None = None,
          size: float = SIZE) -> PdfBuilder:
    """Pages of (x, line) rows from the top; a page number "— n —" centred at the foot and a
    smaller running head, as a word processor draws them."""
    b = PdfBuilder()
    for n, rows in enumerate(pages, 1):
        page = b.page()
        if head:
            page.text(LEFT, 805, head, 10)
        y = TOP
        for x, line in rows:
            page.text(x, y, line, size)
            y -= size * LEADING
        if numbers:
            page.text(280, 40, f"— {n} —", 12)
    return b


def write(tmp_path, b: PdfBuilder, name="doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(b.build())
    return path


def body(doc) -> list[str]:
    return [p.text for p in doc.paragraphs(("page",)) if not re.fullmatch(r"— \d+ —", p.text)]


def split(text: str, at: str) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """The wrapped lines of `text` split into two pages before the line that starts at `at`."""
    rows = wrap(text)
    k = next(i for i, (_, line) in enumerate(rows) if line.startswith(at))
    return rows[:k], rows[k:]


def test_a_term_broken_over_a_page_end_is_found_once(tmp_path, checker):
    text = LEAD + "各有关单位应及时将材料报国家工商行政管理" + "总局备案，并抄送各有关单位执行，逾期不予受理。"
    assert wrap(text)[1][1].endswith("管理")        # the line, and the page, ends inside the term
    top, rest = split(text, "总局")
    later = "各地要加强组织领导，明确责任分工，确保各项措施落到实处。"
    doc = load_document(write(tmp_path, build([top, rest + wrap(later)])))
    assert body(doc) == [text, later]
    joined = next(doc.paragraphs(("page",)))
    assert (joined.part_index, joined.page, joined.index) == (1, 1, 0)
    assert [p.text for p in doc.parts[1].paragraphs] == [later, "— 2 —"]   # the page number stays on its page
    assert [p.index for p in doc.parts[1].paragraphs] == [0, 1]
    report = checker.check_path(str(tmp_path / "doc.pdf"))
    hits = [f for f in report.findings if f.rule == "policy.renamed"]
    assert [(f.text, f.location.part_index, f.location.paragraph) for f in hits] == [("国家工商行政管理总局", 1, 0)]


def test_origin_of_a_joined_paragraph_maps_offsets_to_both_pages(tmp_path):
    text = LEAD + FILL + "项措施落到实处，请报送国家工商行政管理总局备案。"
    top, rest = split(text, "项措")
    path = write(tmp_path, build([top, rest], numbers=False))
    para = next(load_document(path).paragraphs(("page",)))
    assert para.origin.page == 0 and para.origin.pages == [0, 1]
    start = para.text.index("确保")
    spans = para.origin.page_indexes(start, start + len("确保各项措施"))
    pdf = pdfium.PdfDocument(str(path))
    got = {}
    for page, indexes in spans.items():
        tp = pdf[page].get_textpage()
        got[page] = "".join(tp.get_text_range(i, 1) for i in indexes)
        tp.close()
    pdf.close()
    assert got == {0: "确保各", 1: "项措施"}
    assert para.origin.char_indexes(start, start + 6) == spans[0]            # the first page only
    assert para.origin.char_indexes(start, start + 6, 1) == spans[1]


def test_pdf_origin_runs_and_locate_are_per_page():
    first = PdfOrigin.from_indexes(0, [10, 11, 12, INSERTED, 20, 21])
    first.extend(PdfOrigin.from_indexes(1, [3, 4, 5]), 6)
    assert first.page_indexes(0, 9) == {0: [10, 11, 12, 20, 21], 1: [3, 4, 5]}
    assert first.page_indexes(5, 7) == {0: [21], 1: [3]}
    assert first.page_indexes(3, 4) == {}                       # the inserted space is on no page
    assert first.offsets(1) == {3: 6, 4: 7, 5: 8}
    other = PdfOrigin.from_indexes(1, [0, 1, 2, 3, 4])
    # char index 3 of page 1 is offset 6 of the carried paragraph and offset 3 of page 1's own
    assert locate([first, other], [3], 1) == [(0, 6), (1, 3)]
    assert locate([first, other], [11], 0) == [(0, 1)]


def test_an_id_number_split_over_a_page_end_is_found_and_redacted_from_both_pages(tmp_path):
    text = LEAD + "经核实，申请人张某身份证号码为" + ID_NUMBER + "，已按程序办理。"
    rows = wrap(text)
    head, tail = ID_NUMBER[:10], ID_NUMBER[10:]
    assert rows[1][1].endswith(head)                   # 3201021950 | 02184460 (digits are half-width)
    top, rest = rows[:2], rows[2:]
    src = write(tmp_path, build([top, rest + wrap(FILL[:-2] + "。")]))
    doc = load_document(src)
    assert ID_NUMBER in body(doc)[0]
    found = run_cli("check", str(src), "--format", "json")
    assert ID_NUMBER in found.stdout
    out = tmp_path / "redacted.pdf"
    done = run_cli("redact", str(src), "-o", str(out), "--all-personal")
    assert done.returncode == 0, done.stdout + done.stderr      # its re-check passed
    pdf = pdfium.PdfDocument(str(out))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    with pdfplumber.open(str(out)) as plumber:
        pages_plumber = [p.extract_text() or "" for p in plumber.pages]
    for texts in (pages, pages_plumber):
        squeezed = [t.replace(" ", "").replace("\n", "") for t in texts]
        assert head not in squeezed[0] and tail not in squeezed[1]
        assert ID_NUMBER not in "".join(squeezed)
        # the rest is still text (a text object that held part of the number is now a picture)
        assert LEAD in squeezed[0] and FILL[:-2] in squeezed[1]


def test_hidden_text_on_the_next_page_is_located_in_the_carried_paragraph_and_cleaned(tmp_path, checker):
    text = LEAD + FILL + "项措施落到实处，补助资金已拨付至个人账户，请各单位认真做好衔接工作。"
    top, rest = split(text, "项措")
    b = build([top, rest], numbers=False)
    x = LEFT + len("项措施落到实处，补助资金") * SIZE
    b.pages[1].rect(x - 1, TOP - 3, 5 * SIZE + 2, SIZE + 4)   # a black box drawn over 已拨付至个人
    src = write(tmp_path, b)
    doc = load_document(src)
    [fake] = [h for h in doc.hidden if h.kind == "redaction"]
    assert fake.text == "已拨付至个" and fake.location.part_index == 1 and fake.location.paragraph == 0
    para = next(doc.paragraphs(("page",)))
    assert para.text[fake.location.start:fake.location.end] == fake.text
    assert fake.detail["page"] == 2
    out = tmp_path / "clean.pdf"
    result = clean(src, out)
    assert result.ok
    again = load_document(out)
    assert "已拨付至个" not in again.text() and "认真做好衔接工作" in again.text()


def test_a_full_stop_at_the_foot_and_an_indented_paragraph_on_the_next_page_stay_two(tmp_path):
    first = LEAD + FILL[:-1] + "。"                   # the last line runs to the margin and closes
    second = "各地要加强组织领导，明确责任分工，确保各项措施落到实处，按时报送。"
    assert len(wrap(first)[-1][1]) == WIDTH
    doc = load_document(write(tmp_path, build([wrap(first), wrap(second)])))
    assert body(doc) == [first, second]


def test_without_indents_a_full_line_that_closes_a_sentence_keeps_its_paragraph(tmp_path):
    # block paragraphs (no first-line indent anywhere): nothing shows whether page 2 starts one
    first = MORE[0] + FILL[:-1] + "。"
    second = "各地要加强组织领导，明确责任分工，确保各项措施落到实处，按时报送。"
    rows1, rows2 = wrap(first, indent=0), wrap(second, indent=0)
    assert len(rows1[-1][1]) == WIDTH
    doc = load_document(write(tmp_path, build([rows1, rows2])))
    assert body(doc) == [first, second]
    # ... while a line that stops mid-sentence goes on
    text = MORE[0] + FILL + "项措施落到实处。"
    rows = wrap(text, indent=0)
    doc = load_document(write(tmp_path, build([rows[:2], rows[2:]]), "run-on.pdf"))
    assert body(doc) == [text]


@pytest.mark.parametrize("top_line", ["二、工作要求", "（三）加强组织领导", "第五条 本办法自印发之日起施行", "附件：",
                                      "机密★1年", "内部资料，不得外传，请妥善保管于会后交回", "2023年6月15日",
                                      "琼农〔2024〕12号"])
def test_a_heading_marking_date_or_document_number_at_the_top_of_a_page_stays_apart(tmp_path, top_line):
    # the last line of page 1 runs to the margin without closing a sentence, and page 2 starts
    # at the left edge: only what the line is keeps it apart
    first = LEAD + FILL
    assert len(wrap(first)[-1][1]) == WIDTH
    after = "各地要加强组织领导，明确责任分工。"
    doc = load_document(write(tmp_path, build([wrap(first), [(LEFT, top_line)] + wrap(after)])))
    assert body(doc)[:2] == [first, top_line]


@pytest.mark.parametrize("last_line", ["机密★10年　内部资料，注意保存，不得外传", "内部资料，不得外传，请妥善保管于会后交回"])
def test_a_marking_line_at_the_foot_of_a_page_is_never_joined(tmp_path, last_line):
    assert sum(advance(c) for c in last_line) == WIDTH        # it runs to the margin
    rows = wrap(LEAD + "各地要加强组织领导。") + [(LEFT, last_line)]
    doc = load_document(write(tmp_path, build([rows, [(LEFT, "项措施落到实处，按时报送。")]])))
    assert body(doc) == [LEAD + "各地要加强组织领导。", last_line.replace("\u3000", " "), "项措施落到实处，按时报送。"]


def test_a_paragraph_over_three_pages_past_page_numbers_and_running_heads(tmp_path):
    text = LEAD + "".join(MORE) + FILL + "项措施落到实处，请报送国家工商行政管理总局备案。"
    rows = wrap(text)
    path = write(tmp_path, build([rows[:2], rows[2:5], rows[5:]], head="某某市人民政府公报"))
    doc = load_document(path)
    assert body(doc) == ["某某市人民政府公报", text, "某某市人民政府公报", "某某市人民政府公报"]
    para = [p for p in doc.paragraphs(("page",)) if p.text == text][0]
    assert para.origin.pages == [0, 1, 2] and para.part_index == 1
    assert [p.text for p in doc.parts[1].paragraphs] == ["某某市人民政府公报", "— 2 —"]


def test_a_change_of_size_or_a_table_row_is_not_joined(tmp_path):
    first = LEAD + FILL
    b = build([wrap(first)], numbers=False)
    b.page().text(LEFT, TOP, "项措施落到实处，按时报送有关材料。", 10.5)     # a footnote-sized line
    assert len(body(load_document(write(tmp_path, b)))) == 2
    b = build([wrap(first), [(LEFT, "序号名称"), (LEFT + 8 * SIZE, "数量单位")]])   # two cells of a row
    assert body(load_document(write(tmp_path, b, "table.pdf")))[0] == first


def test_the_real_libreoffice_pdf_joins_exactly_where_the_document_runs_on(checker):
    """The real PDF (LibreOffice from the issuing office's .doc): every paragraph joined over a
    page end is one paragraph of the same document as .docx, and every page end inside a
    .docx paragraph is joined."""
    pdf = load_document(REAL / f"{HAINAN}.libreoffice.pdf")
    docx = load_document(REAL / f"{HAINAN}.libreoffice.docx")
    squeeze = lambda t: re.sub(r"\s", "", t)  # noqa: E731
    paragraphs = [squeeze(p.text) for p in docx.paragraphs()]
    pages = [p for p in pdf.parts if p.kind == "page"]
    joins = 0
    for n, part in enumerate(pages[:-1]):
        last = part.paragraphs[-1]
        nxt = pages[n + 1].paragraphs[0] if pages[n + 1].paragraphs else None
        if len(last.origin.pages) > 1:
            joins += 1
            runs = last.origin.runs
            at = next(runs[k] for k in range(0, len(runs), 4) if runs[k + 1] == n + 1)   # the page end
            seam = squeeze(last.text[at - 6:at + 6])
            assert any(seam in p for p in paragraphs), seam
        elif nxt is not None:
            seam = squeeze(last.text)[-6:] + squeeze(nxt.text)[:6]
            assert not any(seam in p for p in paragraphs), seam
    assert joins >= 3
