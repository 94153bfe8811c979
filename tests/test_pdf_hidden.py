"""Hidden content in PDFs: invisible text, fake redaction, annotations, attachments,
JavaScript, metadata and earlier incremental versions."""
from __future__ import annotations

from pathlib import Path

import pytest

from pdfgen import Name, PdfBuilder, append_revision
from reviewer.core.documents import load_document

BODY = "各地要按照要求认真做好补贴资金发放工作，确保各项任务落到实处。"


REAL = Path(__file__).resolve().parent / "fixtures" / "real"  # real published PDFs, with source notes


def load(tmp_path, builder: PdfBuilder, name="doc.pdf"):
    path = tmp_path / name
    path.write_bytes(builder.build())
    return load_document(path), path


def hidden(doc, kind):
    return [h for h in doc.hidden if h.kind == kind]


def _page_with_body(builder: PdfBuilder):
    page = builder.page()
    page.paragraph(72, 760, BODY, 30, size=14)
    return page


@pytest.mark.parametrize("draw, reason", [
    (lambda p: p.text(72, 600, "内部考核排名附后", 12, color=(255, 255, 255)), "white"),
    (lambda p: p.text(72, 600, "内部考核排名附后", 1.5), "tiny"),
    (lambda p: p.text(72, 600, "内部考核排名附后", 12, mode=3), "render_mode"),
    (lambda p: p.text(700, 600, "内部考核排名附后", 12), "off_page"),
    (lambda p: p.rect(60, 590, 200, 20, fill=(200, 220, 240)).text(72, 595, "内部考核排名附后", 12,
                                                                    color=(200, 220, 240)), "same_colour"),
])
def test_invisible_text_is_reported_and_stays_in_the_text(tmp_path, draw, reason):
    b = PdfBuilder()
    draw(_page_with_body(b))
    doc, _ = load(tmp_path, b)
    items = hidden(doc, "invisible")
    assert [i.text for i in items] == ["内部考核排名附后"]
    item = items[0]
    assert item.detail["reason"] == reason and item.detail["reason_text"]
    para = next(p for p in doc.paragraphs(("page",)) if p.index == item.location.paragraph)
    assert para.text[item.location.start:item.location.end] == "内部考核排名附后"
    assert not hidden(doc, "redaction")


def test_white_one_point_run_at_the_end_of_a_paragraph(tmp_path, checker):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "围绕工作要求，全面提升工作质量。", 12)
    page.text(72 + 16 * 12, 700, "附件：内部考核排名", 1, color=(255, 255, 255))
    doc, path = load(tmp_path, b)
    [item] = hidden(doc, "invisible")
    assert item.text == "附件：内部考核排名" and set(item.detail["reasons"]) == {"white", "tiny"}
    finding = next(f for f in checker.check_path(path).findings if f.rule == "secrecy.hidden.invisible")
    assert finding.severity == "block" and "白色文字" in finding.message


def test_white_text_on_a_dark_band_is_visible(tmp_path):
    b = PdfBuilder()
    page = _page_with_body(b)
    page.rect(72, 600, 300, 24, fill=(0, 0, 0))                       # a table header band ...
    page.text(80, 606, "序号  单位名称  联系人", 12, color=(255, 255, 255))   # ... with white text on it
    page.rect(72, 560, 300, 24, fill=(30, 60, 120))
    page.text(80, 566, "二〇二三年工作要点", 14, color=(255, 255, 255))
    doc, _ = load(tmp_path, b)
    assert not hidden(doc, "invisible") and not hidden(doc, "redaction")


def test_box_drawn_after_text_is_a_fake_redaction(tmp_path, checker):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "补助资金已拨付至个人账户6222027064522016。", 12)
    # the card number starts after 12 CJK cells; digits are half a cell wide
    page.rect(72 + 12 * 12 - 1, 697, 16 * 6 + 2, 15, fill=(0, 0, 0))
    doc, path = load(tmp_path, b)
    [item] = hidden(doc, "redaction")
    assert item.text == "6222027064522016" and item.detail["reason"] == "box_after_text"
    assert "6222027064522016" in next(doc.paragraphs(("page",))).text     # still extractable
    rules = {f.rule: f for f in checker.check_path(path).findings}
    assert rules["secrecy.pdf.redaction"].severity == "block"


def test_box_added_with_pypdfium2_like_casegen(tmp_path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    b = PdfBuilder()
    b.page().paragraph(72, 760, "申请人身份证号码：320102195002184460，请予核实。" + BODY, 30, size=14)
    path = tmp_path / "src.pdf"
    path.write_bytes(b.build())
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    textpage = page.get_textpage()
    start, count = textpage.search("320102195002184460").get_next()
    boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
    left, bottom = min(x[0] for x in boxes) - 1, min(x[1] for x in boxes) - 1
    right, top = max(x[2] for x in boxes) + 1, max(x[3] for x in boxes) + 1
    rect = raw.FPDFPageObj_CreateNewRect(left, bottom - 4, right - left, top - bottom + 8)
    raw.FPDFPageObj_SetFillColor(rect, 0, 0, 0, 255)
    raw.FPDFPath_SetDrawMode(rect, raw.FPDF_FILLMODE_WINDING, 0)
    raw.FPDFPage_InsertObject(page.raw, rect)
    raw.FPDFPage_GenerateContent(page.raw)
    out = tmp_path / "redacted.pdf"
    textpage.close()
    pdf.save(str(out))
    pdf.close()
    doc = load_document(out)
    assert [h.text for h in hidden(doc, "redaction")] == ["320102195002184460"]


def test_dark_text_on_a_black_shading_is_a_fake_redaction(tmp_path):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "联系人：", 12)
    page.rect(72 + 4 * 12, 697, 36, 15, fill=(0, 0, 0))
    page.text(72 + 4 * 12, 700, "张三丰", 12)
    doc, _ = load(tmp_path, b)
    [item] = hidden(doc, "redaction")
    assert item.text == "张三丰" and item.detail["reason"] == "dark_on_dark"
    assert not hidden(doc, "invisible")


def test_strikethrough_and_table_rules_are_not_redactions(tmp_path):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "该项目预算为八百万元整", 12)
    page.rect(72, 703, 132, 1.2, fill=(0, 0, 0))       # a strikethrough drawn after the text
    page.rect(70, 695, 140, 0.8, fill=(0, 0, 0))       # a table rule under it
    page.rect(300, 690, 60, 20, fill=(0, 0, 0))        # a black box over nothing
    doc, _ = load(tmp_path, b)
    assert not hidden(doc, "redaction") and not hidden(doc, "invisible")


def test_annotations_with_author_and_bounded_by_kind(tmp_path, checker):
    b = PdfBuilder()
    page = _page_with_body(b)
    page.annots += [
        {"Subtype": Name("Text"), "Rect": [100, 700, 120, 720], "T": "李明", "Contents": "这段删掉，涉及内部考核"},
        {"Subtype": Name("Highlight"), "Rect": [72, 750, 300, 770], "T": "王五", "C": [1, 1, 0],
         "QuadPoints": [72, 770, 300, 770, 72, 750, 300, 750]},
        {"Subtype": Name("Link"), "Rect": [72, 600, 200, 620], "A": {"S": Name("URI"), "URI": "https://www.gov.cn"}},
    ]
    doc, path = load(tmp_path, b)
    items = hidden(doc, "annotation")
    assert [(i.detail["subtype"], i.detail.get("author")) for i in items] == [("文字批注", "李明"), ("高亮", "王五")]
    assert "这段删掉" in items[0].text
    finding = next(f for f in checker.check_path(path).findings if f.rule == "secrecy.pdf.annotation")
    assert finding.severity == "review" and "李明" in finding.message
    assert not hidden(doc, "javascript")


def test_dark_square_annotation_and_unapplied_redact_mark_over_text(tmp_path):
    b = PdfBuilder()
    page = b.page()
    page.text(72, 700, "联系电话15898027810请保密", 12)
    page.text(72, 650, "身份证号码110101199003070011", 12)
    page.annots += [
        {"Subtype": Name("Square"), "Rect": [119, 695, 187, 713], "IC": [0, 0, 0], "C": [0, 0, 0]},
        {"Subtype": Name("Redact"), "Rect": [131, 645, 240, 663]},
    ]
    doc, _ = load(tmp_path, b)
    assert sorted(h.text for h in hidden(doc, "redaction")) == ["110101199003070011", "15898027810"]


def test_attachments_in_the_name_tree_and_as_annotations(tmp_path, checker):
    b = PdfBuilder()
    b.attachments.append(("内部考核名单.xlsx", b"x" * 1234))
    page = _page_with_body(b)
    page.annots.append({"Subtype": Name("FileAttachment"), "Rect": [500, 700, 520, 720], "T": "李明",
                        "_file": ("原始数据.docx", b"y" * 99)})
    doc, path = load(tmp_path, b)
    names = {(h.detail["name"], h.detail["size"]) for h in hidden(doc, "attachment")}
    assert names == {("内部考核名单.xlsx", 1234), ("原始数据.docx", 99)}
    rules = [f.rule for f in checker.check_path(path).findings]
    assert rules.count("secrecy.pdf.attachment") == 2


def test_javascript_document_level_open_action_and_link(tmp_path):
    b = PdfBuilder()
    b.javascripts.append(("init", "app.alert('hello');"))
    b.open_action_js = "this.submitForm('http://example.com/collect');"
    page = _page_with_body(b)
    page.annots.append({"Subtype": Name("Link"), "Rect": [72, 600, 200, 620],
                        "A": {"S": Name("JavaScript"), "JS": "app.launchURL('http://x');"}})
    doc, _ = load(tmp_path, b)
    scripts = " ".join(h.detail["script"] for h in hidden(doc, "javascript"))
    assert "app.alert" in scripts and "submitForm" in scripts and "launchURL" in scripts


def test_no_javascript_scan_findings_on_plain_links(tmp_path):
    b = PdfBuilder()
    page = _page_with_body(b)
    page.annots.append({"Subtype": Name("Link"), "Rect": [72, 600, 200, 620],
                        "A": {"S": Name("URI"), "URI": "https://www.gov.cn"}})
    doc, _ = load(tmp_path, b)
    assert not hidden(doc, "javascript") and not hidden(doc, "annotation")


def test_metadata_people_units_tools_and_accounts(tmp_path):
    b = PdfBuilder(info={"Author": "李明", "Creator": "Microsoft® Word 2016", "Producer": "WPS Office",
                         "Title": "关于做好补贴工作的通知", "Subject": "D:\\张三\\内部稿v3.docx", "Company": "某某局办公室"})
    b.xmp = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
             '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
             'xmp:CreatorTool="WPS 文字"><dc:creator><rdf:Seq><rdf:li>赵六</rdf:li></rdf:Seq></dc:creator>'
             '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    _page_with_body(b)
    doc, _ = load(tmp_path, b)
    items = {h.text: h for h in hidden(doc, "metadata")}
    assert set(items) == {"李明", "D:\\张三\\内部稿v3.docx", "某某局办公室", "赵六"}
    assert items["赵六"].detail["source"] == "XMP"
    assert all(h.detail.get("severity") is None for h in items.values())
    assert doc.properties["author"] == "李明"
    b2 = PdfBuilder(info={"Author": "Administrator"})
    _page_with_body(b2)
    doc2, _ = load(tmp_path, b2, "account.pdf")
    [item] = hidden(doc2, "metadata")
    assert item.detail["severity"] == "info"


def test_incremental_update_keeps_the_earlier_version(tmp_path, checker):
    b = PdfBuilder(info={"Author": "李明"})
    page = b.page()
    page.text(72, 700, "本项目预算为八百六十万元（内部掌握）。", 12)
    page.text(72, 680, "请各单位按时报送材料。", 12)
    data = b.build()
    newer = PdfBuilder()
    newer.page().text(72, 680, "请各单位按时报送材料。", 12)
    content = newer._stream(newer.pages[0])
    updated = append_revision(data, {b.content_refs[0]: content}, info={"Author": "办公室"})
    path = tmp_path / "incremental.pdf"
    path.write_bytes(updated)
    doc = load_document(path)
    assert "八百六十万元" not in doc.text()
    [item] = hidden(doc, "incremental")
    assert item.detail["revisions"] == 2
    assert any("八百六十万元" in line for line in item.detail["removed_text"])
    old_author = [h for h in hidden(doc, "metadata") if h.text == "李明"]
    assert old_author and old_author[0].detail["source"] == "旧版本 Info"
    assert any(f.rule == "secrecy.pdf.incremental" for f in checker.check_path(path).findings)


def test_a_plain_single_revision_file_has_no_incremental_item(tmp_path):
    b = PdfBuilder()
    _page_with_body(b)
    doc, _ = load(tmp_path, b)
    assert not hidden(doc, "incremental")


def test_real_published_pdf_has_no_invisible_or_redaction_items():
    path = next(REAL.glob("*.libreoffice.pdf"))
    doc = load_document(path)
    assert not [h for h in doc.hidden if h.kind in ("invisible", "redaction", "javascript", "attachment")]
    assert not doc.no_text and not doc.no_text_pages
