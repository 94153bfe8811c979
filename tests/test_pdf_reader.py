"""The PDF reader: reading order, paragraphs, offsets back to the page, bad input."""
from __future__ import annotations

import random

from pathlib import Path

import pytest

from conftest import run_cli
from pdfgen import PdfBuilder
from reviewer.core.documents import Cancelled, DocumentError, load_document


REAL = Path(__file__).resolve().parent / "fixtures" / "real"  # real published PDFs, with source notes


def write(tmp_path, builder: PdfBuilder, name="doc.pdf", **build) -> str:
    path = tmp_path / name
    path.write_bytes(builder.build(**build))
    return str(path)


def body_page(builder: PdfBuilder, paragraphs: list[str], width_chars=20, size=14):
    page = builder.page()
    y = 760.0
    for text in paragraphs:
        y = page.paragraph(72, y, text, width_chars, size=size) - 6
    return page


def page_texts(doc):
    return [p.text for p in doc.paragraphs(("page",))]


def test_term_broken_over_line_end_is_one_paragraph_and_matches(tmp_path, checker):
    # 18 cells after the indent: the line ends inside the term (…国家工商行政管理 | 总局…)
    text = "根据有关规定，请报送国家工商行政管理总局备案，并抄送各有关单位执行。"
    b = PdfBuilder()
    page = b.page()
    page.paragraph(72, 760, text, 20, size=14)
    path = write(tmp_path, b)
    doc = load_document(path)
    assert page_texts(doc) == [text]      # no line break, no space inserted between CJK characters
    report = checker.check_path(path)
    hits = [f for f in report.findings if f.rule == "policy.renamed" and f.text == "国家工商行政管理总局"]
    assert hits and hits[0].location.part == "page" and hits[0].location.page == 1


def test_paragraph_breaks_from_indent_short_lines_and_standalone_lines(tmp_path):
    first = "为规范实施农机购置与应用补贴政策，充分发挥政策效益，推动农业机械化全程全面高质量发展。"
    second = "各地要加强组织领导，明确责任分工，确保各项措施落到实处。"
    b = PdfBuilder()
    page = b.page()
    page.text(72, 800, "机密★1年", 14)
    page.text(200, 760, "关于做好补贴工作的通知", 18)
    y = page.paragraph(72, 720, first, 20, size=14)
    y = page.paragraph(72, y, second, 20, size=14)
    page.text(72, y, "2023年6月15日", 14)              # a date line at the left margin after a full line
    page.text(290, 30, "- 1 -", 12)
    doc = load_document(write(tmp_path, b))
    assert page_texts(doc) == ["机密★1年", "关于做好补贴工作的通知", first, second, "2023年6月15日", "- 1 -"]
    assert all(p.page == 1 and p.part_index == 1 for p in doc.paragraphs(("page",)))


def test_a_character_carried_down_with_a_comma_does_not_end_the_paragraph(tmp_path):
    # a word processor may not start a line with ，, so it carries 量 down with it: the line
    # above ends two ems short, yet the paragraph goes on (分 | 量，)
    lines = ["为规范实施农机购置与应用补贴政策，充分发", "挥政策效益，推动农业机械化全程全面高质高",
             "效发展。各地要切实把握好补贴政策的分",  # 18 of 20 cells
             "量，确保各项措施落到实处。请报送材",   # 17 cells, then 料，， (a doubled comma)
             "料，，逾期不予受理。",
             "各地要加强组织领导，明确分工责任",       # 16 cells: a short last line ends its paragraph
             "但，此处是新的段落。"]
    b = PdfBuilder()
    page = b.page()
    for n, line in enumerate(lines):
        page.text(72, 760 - 22 * n, line, 14)
    doc = load_document(write(tmp_path, b))
    assert page_texts(doc) == ["".join(lines[:5]), lines[5], lines[6]]


def test_reading_order_follows_position_not_content_order(tmp_path):
    # LibreOffice draws quote marks after the rest of their line; the text must still read in order
    b = PdfBuilder()
    page = b.page()
    size = 12
    page.text(72, 700, "持续完善", size)
    page.text(72 + 5 * size, 700, "政府规章库", size)
    page.text(72 + 11 * size, 700, "和统一", size)
    page.text(72 + 4 * size, 700, "“", size)
    page.text(72 + 10 * size, 700, "”", size)
    page.text(72, 650, "第二行在上面那行之后", size)
    page.text(72, 680, "第一行", size)   # drawn last, but it is above
    doc = load_document(write(tmp_path, b))
    text = doc.text(("page",))
    assert text.startswith("持续完善“政府规章库”和统一")
    assert text.index("第一行") < text.index("第二行在上面那行之后")


def test_latin_words_keep_their_spaces_and_cjk_joins_have_none(tmp_path):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "contact", 12)
    page.text(72 + 7 * 6 + 8, 700, "office", 12)     # a gap wider than a quarter em, no space char
    page.text(72, 680, "网址 www.gov.cn 可查", 12)
    doc = load_document(write(tmp_path, b))
    texts = page_texts(doc)
    assert "contact office" in texts
    assert "网址 www.gov.cn 可查" in texts


def test_origin_maps_paragraph_offsets_to_page_characters(tmp_path):
    import pypdfium2 as pdfium
    text = "当事人身份证号码320102195002184460，联系电话15898027810，请予核实并及时办理相关手续。"
    b = PdfBuilder()
    b.page().paragraph(72, 760, text, 20, size=14)
    path = write(tmp_path, b)
    doc = load_document(path)
    para = next(doc.paragraphs(("page",)))
    start = para.text.index("3201")
    indexes = para.origin.char_indexes(start, start + 18)
    pdf = pdfium.PdfDocument(path)
    textpage = pdf[para.origin.page].get_textpage()
    assert "".join(textpage.get_text_range(i, 1) for i in indexes) == "320102195002184460"
    assert len(para.origin.runs) <= 4 * 6     # a run per line, not an index per character
    textpage.close()
    pdf.close()


def test_progress_per_page_and_cancel(tmp_path):
    b = PdfBuilder()
    for n in range(5):
        b.page().text(72, 700, f"第{n + 1}页的正文内容", 12)
    path = write(tmp_path, b)
    seen = []
    doc = load_document(path, progress=lambda done, total, msg: seen.append((done, total)))
    assert doc.pages == 5 and seen == [(k, 5) for k in range(1, 6)]
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2
    with pytest.raises(Cancelled):
        load_document(path, cancel=cancel)


# -- bad input -----------------------------------------------------------------------------------

def _simple(text="本文件用于测试，联系电话15898027810。") -> PdfBuilder:
    b = PdfBuilder(info={"Author": "王五"})
    b.page().text(72, 700, text, 12)
    return b


def test_user_password_is_a_chinese_error_and_exit_2(tmp_path):
    path = write(tmp_path, _simple(), user_password="secret", owner_password="owner")
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert exc.value.code == "encrypted" and "打开密码" in exc.value.message
    proc = run_cli("check", path, "--format", "json")
    assert proc.returncode == 2
    assert "打开密码" in proc.stdout


def test_owner_password_only_is_checked_normally(tmp_path, checker):
    path = write(tmp_path, _simple(), user_password="", owner_password="owner", permissions=-3904)
    doc = load_document(path)
    assert page_texts(doc) == ["本文件用于测试，联系电话15898027810。"]
    assert any(h.kind == "metadata" and h.text == "王五" for h in doc.hidden)   # strings decrypted too
    report = checker.check_path(path)
    assert not report.errors


def test_random_bytes_named_pdf(tmp_path):
    path = tmp_path / "random.pdf"
    path.write_bytes(random.Random(1).randbytes(5000))
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert exc.value.code == "damaged" and "PDF" in exc.value.message
    path.write_bytes(b"%PDF-1.7\n" + random.Random(2).randbytes(5000))
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert exc.value.code == "damaged" and "损坏" in exc.value.message
    proc = run_cli("check", str(path))
    assert proc.returncode == 2 and "损坏" in proc.stdout


def test_truncated_pdf_is_reported_never_a_clean_report(tmp_path):
    b = PdfBuilder()
    for n in range(6):
        b.page().paragraph(72, 760, f"第{n + 1}页：各地要按照要求认真做好工作，确保各项任务落到实处。" * 3, 20, size=14)
    data = b.build()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 2 // 3])
    try:
        doc = load_document(path)
    except DocumentError as exc:
        assert exc.code == "damaged" and "损坏" in exc.message
    else:   # PDFium repaired what it could: the report must still say the file is incomplete
        assert any("不完整" in e for e in doc.errors)
    proc = run_cli("check", str(path))
    assert proc.returncode == 2


def _scanned_page(builder: PdfBuilder, watermark=True):
    page = builder.page()
    page.image(20, 40, 555, 780, grey=230)
    if watermark:
        page.text(480, 20, "扫描全能王 创建", 8)
    return page


def test_scanned_pdf_has_no_text(tmp_path, checker):
    b = PdfBuilder(info={"Author": "CamScanner"})
    for _ in range(3):
        _scanned_page(b)
    path = write(tmp_path, b)
    doc = load_document(path)
    assert doc.no_text and doc.no_text_pages == [1, 2, 3]
    assert not any(h.kind == "metadata" and h.detail.get("severity") != "info" for h in doc.hidden)
    findings = checker.check_path(path).findings
    assert [f.severity for f in findings if f.rule == "secrecy.pdf.no_text"] == ["block"]


def test_real_scanned_pdf_has_no_text():
    path = next(REAL.glob("*_scanned.pdf"))
    doc = load_document(path)
    assert doc.no_text and len(doc.no_text_pages) == doc.pages


def test_one_scanned_page_in_a_text_pdf_is_reported_for_that_page(tmp_path, checker):
    b = PdfBuilder()
    for n in range(4):
        body_page(b, [f"第{n + 1}页正文：各地要按照要求认真做好补贴工作，确保各项任务落到实处，不得拖延。"] * 4)
    _scanned_page(b, watermark=False)
    path = write(tmp_path, b)
    doc = load_document(path)
    assert not doc.no_text and doc.no_text_pages == [5]
    hits = [f for f in checker.check_path(path).findings if f.rule == "secrecy.pdf.no_text"]
    assert [(f.severity, f.location.page) for f in hits] == [("review", 5)]


def test_ocr_layer_over_a_scan_is_text_not_hidden(tmp_path):
    b = PdfBuilder()
    page = _scanned_page(b, watermark=False)
    for k in range(6):
        page.text(72, 700 - 30 * k, "经OCR识别的扫描页文字层，内容可以检索和复制。", 14, mode=3)
    doc = load_document(write(tmp_path, b))
    assert not doc.no_text and not doc.no_text_pages
    assert not [h for h in doc.hidden if h.kind == "invisible"]
    assert any("OCR" in t for t in page_texts(doc))


def test_empty_pdf_of_blank_pages_has_no_text(tmp_path):
    b = PdfBuilder()
    b.page()
    doc = load_document(write(tmp_path, b))
    assert doc.no_text


def test_loader_keeps_no_pdfium_objects(tmp_path):
    # memory stays bounded: paragraphs carry compact origins, not pages or text pages
    b = PdfBuilder()
    body_page(b, ["各地要按照要求认真做好补贴工作，确保各项任务落到实处。"] * 3)
    doc = load_document(write(tmp_path, b))
    from reviewer.core.documents.pdf_layout import PdfOrigin
    for p in doc.paragraphs(("page",)):
        assert type(p.origin) is PdfOrigin
        assert all(isinstance(v, int) for v in p.origin.runs)


@pytest.mark.parametrize("matrix, step", [("0 1 -1 0", (16, 0)), ("0 -1 1 0", (-16, 0)), ("-1 0 0 -1", (0, 16))])
def test_rotated_text_reads_along_its_direction(tmp_path, matrix, step):
    # Latin text: this machine has no CJK glyphs, and PDFium drops glyph-less text when rotated
    import pdfgen
    lines = ["The rotated table heading line one", "continues on the second line here", "and ends."]
    b = PdfBuilder()
    page = b.page()
    for k, text in enumerate(lines):
        pdfgen.USED.update(ord(c) for c in text)
        x, y = 300 + k * step[0], 400 + k * step[1]
        page.ops.append(f"BT /F1 14 Tf {matrix} {x} {y} Tm {pdfgen.ucs2(text)} Tj ET")
    doc = load_document(write(tmp_path, b))
    assert page_texts(doc) == [" ".join(lines)]


def test_a_page_whose_text_cannot_be_mapped_to_unicode_is_not_checked_text(tmp_path):
    # a font without a Unicode map yields private-use code points: the page's text is not its text
    b = PdfBuilder()
    body_page(b, ["各地要按照要求认真做好补贴工作，确保各项任务落到实处，不得拖延。"] * 3)
    page = b.page()
    for k in range(8):
        page.text(72, 760 - 20 * k, "".join(chr(0xE000 + (k * 31 + n) % 200) for n in range(20)), 12)
    doc = load_document(write(tmp_path, b))
    assert not doc.no_text and doc.no_text_pages == [2]
