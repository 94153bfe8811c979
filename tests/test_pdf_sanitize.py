"""Clean and redacted PDF copies: what was removed can no longer be extracted by anyone."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pdfgen import Name, PdfBuilder, append_revision
from reviewer.core.documents import load_document
from reviewer.core.sanitize import RedactSpan, SanitizeError, clean, redact

ID_NUMBER = "320102195002184460"
OTHER = "各地要按照要求认真做好补贴资金发放工作，确保各项任务落到实处。"
REAL_PDF = Path(__file__).resolve().parent / "fixtures" / "real" / "hainan_07_琼农_2024_农机补贴实施方案.libreoffice.pdf"


def extracted(path: Path) -> tuple[str, str]:
    pdf = pdfium.PdfDocument(str(path))
    by_pdfium = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    with pdfplumber.open(str(path)) as doc:
        by_plumber = "".join(p.extract_text() or "" for p in doc.pages)
    return by_pdfium, by_plumber


def span_of(doc, needle: str) -> RedactSpan:
    for para in doc.paragraphs(("page",)):
        k = para.text.find(needle)
        if k >= 0:
            return RedactSpan(para.location(k, k + len(needle)), needle)
    raise AssertionError(f"{needle} not in document")


def two_pages(tmp_path) -> Path:
    b = PdfBuilder()
    page = b.page()
    page.text(72, 760, "申请人：张某", 14)
    page.text(72, 730, "身份证号码", 14)
    page.text(72 + 5 * 14, 730, ID_NUMBER, 14)        # the number in a text object of its own
    page.paragraph(72, 700, OTHER, 30, size=14)
    b.page().paragraph(72, 760, f"复核时再次核对证件号码{ID_NUMBER}无误。" + OTHER, 30, size=14)
    path = tmp_path / "personal.pdf"
    path.write_bytes(b.build())
    return path


def test_redacted_number_cannot_be_extracted_by_pdfium_or_pdfplumber(tmp_path):
    src = two_pages(tmp_path)
    doc = load_document(src)
    spans = [span_of(doc, ID_NUMBER)]
    second = [p for p in doc.paragraphs(("page",)) if p.page == 2][0]
    k = second.text.find(ID_NUMBER)
    spans.append(RedactSpan(second.location(k, k + len(ID_NUMBER)), ID_NUMBER))
    out = tmp_path / "redacted.pdf"
    result = redact(src, out, spans)
    assert result.ok and out.exists()
    for text in extracted(out):
        assert ID_NUMBER not in text.replace(" ", "").replace("\n", "")
        assert "张某" in text and "任务落到实处" in text          # the rest of the document is still text
    pdf = pdfium.PdfDocument(str(out))
    page = pdf[0]
    boxes = [obj for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH]
    assert boxes, "an opaque box marks where the number was"
    left, bottom, right, top = boxes[-1].get_bounds()
    assert left <= 72 + 5 * 14 and right >= 72 + 5 * 14 + 9 * 14 - 1
    pdf.close()
    again = load_document(out)
    assert not [h for h in again.hidden if h.kind in ("redaction", "invisible")]


def test_fake_redaction_is_fixed_by_redacting_its_text(tmp_path, checker):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "补助资金已拨付至个人账户", 12)
    page.text(72 + 12 * 12, 700, "6222027064522016", 12)
    page.text(72, 670, OTHER, 12)
    page.rect(72 + 12 * 12 - 1, 697, 16 * 6 + 2, 15, fill=(0, 0, 0))
    src = tmp_path / "fake.pdf"
    src.write_bytes(b.build())
    report = checker.check_path(src)
    fake = [f for f in report.findings if f.rule == "secrecy.pdf.redaction"]
    assert [f.text for f in fake] == ["6222027064522016"]
    out = tmp_path / "fixed.pdf"
    result = redact(src, out, [RedactSpan(f.location, f.text) for f in fake])
    assert result.ok
    for text in extracted(out):
        assert "6222027064522016" not in text and "补助资金" in text
    assert not [f for f in checker.check_path(out).findings if f.rule == "secrecy.pdf.redaction"]


def test_redact_refuses_a_span_whose_text_changed(tmp_path):
    src = two_pages(tmp_path)
    span = span_of(load_document(src), ID_NUMBER)
    with pytest.raises(SanitizeError, match="不一致"):
        redact(src, tmp_path / "out.pdf", [RedactSpan(span.location, "110101199003070011")])
    assert not (tmp_path / "out.pdf").exists()


def test_clean_copy_has_no_hidden_content_left(tmp_path):
    b = PdfBuilder(info={"Author": "李明", "Company": "某某局办公室"})
    b.xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
             '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>赵六</rdf:li>'
             '</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    b.attachments.append(("内部名单.xlsx", b"secret"))
    b.javascripts.append(("init", "app.alert(1);"))
    page = b.page()
    page.paragraph(72, 760, OTHER, 30, size=14)
    page.text(72, 600, "内部考核排名附后", 12, color=(255, 255, 255))
    page.annots += [{"Subtype": Name("Text"), "Rect": [100, 700, 120, 720], "T": "李明", "Contents": "这段删掉"},
                    {"Subtype": Name("Link"), "Rect": [72, 650, 200, 670],
                     "A": {"S": Name("URI"), "URI": "https://www.gov.cn"}}]
    data = b.build()
    src = tmp_path / "dirty.pdf"
    src.write_bytes(append_revision(data, {}, info={"Author": "王五"}))
    before = load_document(src)
    assert {h.kind for h in before.hidden} >= {"metadata", "attachment", "javascript", "annotation", "invisible",
                                              "incremental"}
    out = tmp_path / "clean.pdf"
    result = clean(src, out)
    assert result.ok, result.remaining
    after = load_document(out)
    assert after.hidden == []
    assert "任务落到实处" in after.text() and "内部考核排名" not in after.text()
    raw = out.read_bytes()
    assert b"app.alert" not in raw and b"secret" not in raw
    pdf = pdfium.PdfDocument(str(out))
    page = pdf[0]
    assert pdfium.raw.FPDFPage_GetAnnotCount(page.raw) == 1          # the web link stays
    pdf.close()


def test_clean_and_redact_a_real_libreoffice_pdf(tmp_path, checker):
    """A real published PDF (LibreOffice, embedded subset fonts): the clean copy keeps the text
    and drops the author; a redacted passage is gone from every extractor."""
    out = tmp_path / "clean.pdf"
    result = clean(REAL_PDF, out)
    assert result.ok and load_document(out).hidden == []
    assert "农机购置与应用补贴" in load_document(out).text()
    report = checker.check_path(REAL_PDF)
    target = next(f for f in report.findings if f.rule == "text.punctuation.unpaired")
    out2 = tmp_path / "redacted.pdf"
    result = redact(REAL_PDF, out2, [RedactSpan(target.location, target.text)])
    assert result.ok
    for text in extracted(out2):
        assert target.text not in text
