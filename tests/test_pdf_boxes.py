"""Boxes of findings on the pages of a PDF (the app's page view draws them): the rectangles
cover exactly the finding's characters as PDFium boxes them, on both pages for a paragraph
continued over a page end; hidden content located on a page gets boxes too."""
from __future__ import annotations

from types import SimpleNamespace

import pypdfium2 as pdfium

from pdfgen import Name, PdfBuilder
from reviewer.core.documents import load_document
from reviewer.core.documents.pdf_boxes import char_rects, finding_boxes, finding_places
from reviewer.core.findings import Location
from test_pdf_pagebreak import FILL, LEAD, build, split, wrap, write


def fake(fid, para, start, end, rule="text.fake"):
    return SimpleNamespace(id=fid, rule=rule, gate="text", detail={},
                           location=Location(para.part, para.part_index, para.index, start, end, para.page))


def inside(box, rects, slack=0.01) -> bool:
    l, b, r, t = box
    return any(l >= R[0] - slack and r <= R[2] + slack and b >= R[1] - slack and t <= R[3] + slack for R in rects)


def loose_boxes(pdf, page, indexes):
    tp = pdf[page].get_textpage()
    try:
        return [tp.get_charbox(i, loose=True) for i in indexes], "".join(tp.get_text_range(i, 1) for i in indexes)
    finally:
        tp.close()


def test_a_finding_over_a_page_end_has_boxes_on_both_pages(tmp_path):
    text = LEAD + FILL + "项措施落到实处，请报送国家工商行政管理总局备案。"
    top, rest = split(text, "项措")
    path = write(tmp_path, build([top, rest], numbers=False))
    doc = load_document(path)
    para = next(doc.paragraphs(("page",)))
    start = para.text.index("确保")
    within = para.text.index("国家")
    findings = [fake("across", para, start, start + len("确保各项措施")),
                fake("inside", para, within, within + len("国家工商行政管理总局"))]
    pdf = pdfium.PdfDocument(str(path))
    try:
        boxes = finding_boxes(pdf, doc, findings)
        places = finding_places(doc, findings)
        assert sorted(places["across"].chars) == [0, 1]
        assert [p for p, _ in boxes["across"]] == [0, 1]
        for page, rects in boxes["across"]:
            chars, got = loose_boxes(pdf, page, places["across"].chars[page])
            assert got == {0: "确保各", 1: "项措施"}[page]
            assert len(rects) == 1                         # one run on one line: one rectangle
            assert all(inside(c, rects) for c in chars)
            # and no wider than those characters
            assert rects[0][0] == min(c[0] for c in chars) and rects[0][2] == max(c[2] for c in chars)
        [(page, rects)] = boxes["inside"]
        assert page == 1
        chars, got = loose_boxes(pdf, 1, places["inside"].chars[1])
        assert got == "国家工商行政管理总局"
        assert all(inside(c, rects) for c in chars)
        # a character that is not part of the finding is outside its rectangles
        tp = pdf[1].get_textpage()
        before = tp.get_charbox(places["inside"].chars[1][0] - 1, loose=True)
        tp.close()
        assert not inside(before, rects)
    finally:
        pdf.close()


def test_a_run_broken_over_a_line_end_has_one_rectangle_per_line(tmp_path):
    text = LEAD + FILL + "项措施落到实处。"
    path = write(tmp_path, build([wrap(text)],
                                 numbers=False))
    doc = load_document(path)
    para = next(doc.paragraphs(("page",)))
    start = para.text.index("确保")
    [f] = [fake("f", para, start, start + 6)]
    pdf = pdfium.PdfDocument(str(path))
    try:
        [(page, rects)] = finding_boxes(pdf, doc, [f])["f"]
        assert page == 0 and len(rects) == 2
        assert rects[0][1] > rects[1][3] - 1               # the second line is below the first
    finally:
        pdf.close()


def test_latin_glyph_boxes_lie_in_the_rectangle(tmp_path):
    b = PdfBuilder()
    b.page().text(72, 700, "补助资金已拨付至个人账户6222027064522016。", 12)
    path = tmp_path / "doc.pdf"
    path.write_bytes(b.build())
    doc = load_document(path)
    para = next(doc.paragraphs(("page",)))
    s = para.text.index("6222")
    pdf = pdfium.PdfDocument(str(path))
    try:
        [(page, rects)] = finding_boxes(pdf, doc, [fake("n", para, s, s + 16)])["n"]
        tp = pdf[0].get_textpage()
        indexes = para.origin.char_indexes(s, s + 16)
        glyphs = [tp.get_charbox(i) for i in indexes]     # tight glyph boxes (digits have outlines here)
        assert char_rects(tp, indexes) == rects
        tp.close()
        assert len(rects) == 1 and all(inside(g, rects) for g in glyphs)
        assert abs(rects[0][0] - (72 + 12 * 12)) < 1.5      # starts after 12 CJK cells
    finally:
        pdf.close()


def test_hidden_findings_on_a_page_get_boxes(tmp_path, checker):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "补助资金已拨付至个人账户6222027064522016。", 12)
    page.rect(72 + 12 * 12 - 1, 697, 16 * 6 + 2, 15, fill=(0, 0, 0))      # a box drawn over the number
    page.text(72, 600, "内部考核排名附后", 12, color=(255, 255, 255))     # white text
    page.annots.append({"Subtype": Name("Text"), "Rect": [100, 500, 120, 520], "T": "李明", "Contents": "删掉"})
    path = tmp_path / "doc.pdf"
    path.write_bytes(b.build())
    report = checker.check_path(path)
    by_rule = {f.rule: f for f in report.findings}
    pdf = pdfium.PdfDocument(str(path))
    try:
        boxes = finding_boxes(pdf, report.document, report.findings)
    finally:
        pdf.close()
    [(p, rects)] = boxes[by_rule["secrecy.pdf.redaction"].id]
    assert p == 0 and len(rects) == 1
    l, bottom, r, t = rects[0]
    assert abs(l - (72 + 12 * 12)) < 1.5 and abs(r - (72 + 12 * 12 + 16 * 6)) < 1.5 and bottom < 702 < t
    [(p, rects)] = boxes[by_rule["secrecy.hidden.invisible"].id]
    assert p == 0 and len(rects) == 1 and rects[0][1] < 602 < rects[0][3] and abs(rects[0][0] - 72) < 1.5
    [(p, rects)] = boxes[by_rule["secrecy.pdf.annotation"].id]
    assert (p, rects) == (0, [(100.0, 500.0, 120.0, 520.0)])
    # facts of the whole file are on no page
    assert not any(f.id in boxes for f in report.findings if f.location.part == "metadata")


def test_no_places_for_other_kinds_of_draft(tmp_path):
    doc = SimpleNamespace(kind="docx")
    assert finding_places(doc, [SimpleNamespace(id="x")]) == {}
