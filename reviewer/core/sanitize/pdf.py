"""Clean and redacted copies of PDFs, with PDFium.

clean: PDFium cannot edit the Info dictionary or XMP, so the copy is a NEW document the pages
are imported into (no Info, XMP, attachments, document JavaScript, OpenAction or earlier
revisions come along). On its pages, review annotations (comments, highlights, ink, file
attachments, unapplied redaction marks ...) are dropped, stamps, form fields and watermarks are
flattened into the page (they are visible parts of the document, a seal may be a stamp), links
are kept only when they go to a web address or a page. Invisible text and text under fake
redaction boxes is removed from the page content.

redact: the characters of each span are removed from the page content and an opaque box is
drawn where they were. A text object that also holds characters that stay becomes a picture of
its area (216 dpi, the removed characters painted black), so nothing moves and nothing of the
removed text survives. The written file is read again: a page whose text is not exactly the old
text less what was removed (PDFium re-encodes a rewritten page, and after an earlier PDFium
edit it can pick the wrong font) is redone as a picture of the whole page.
"""
from __future__ import annotations

import ctypes
import functools
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.core.documents import pdf as reader
from reviewer.core.documents import pdfium_fast as fast
from reviewer.core.documents.model import DocumentError
from reviewer.core.sanitize import RedactSpan, SanitizeError, SanitizeResult

DROP_ANNOTS = {pdfium_c.FPDF_ANNOT_TEXT, pdfium_c.FPDF_ANNOT_FREETEXT, pdfium_c.FPDF_ANNOT_LINE,
               pdfium_c.FPDF_ANNOT_SQUARE, pdfium_c.FPDF_ANNOT_CIRCLE, pdfium_c.FPDF_ANNOT_POLYGON,
               pdfium_c.FPDF_ANNOT_POLYLINE, pdfium_c.FPDF_ANNOT_HIGHLIGHT, pdfium_c.FPDF_ANNOT_UNDERLINE,
               pdfium_c.FPDF_ANNOT_SQUIGGLY, pdfium_c.FPDF_ANNOT_STRIKEOUT, pdfium_c.FPDF_ANNOT_CARET,
               pdfium_c.FPDF_ANNOT_INK, pdfium_c.FPDF_ANNOT_POPUP, pdfium_c.FPDF_ANNOT_FILEATTACHMENT,
               pdfium_c.FPDF_ANNOT_SOUND, pdfium_c.FPDF_ANNOT_MOVIE, pdfium_c.FPDF_ANNOT_SCREEN,
               pdfium_c.FPDF_ANNOT_REDACT, pdfium_c.FPDF_ANNOT_RICHMEDIA, pdfium_c.FPDF_ANNOT_THREED}
SAFE_LINK_ACTIONS = {pdfium_c.PDFACTION_GOTO, pdfium_c.PDFACTION_URI}
BOX_MARGIN = 0.8
RENDER_SCALE = 3.0      # 216 dpi: small print stays readable where text becomes a picture


def _load(src: Path):
    try:
        return reader.load(src, limit=None)
    except DocumentError as exc:
        raise SanitizeError(exc.message) from None


def _one_pdfium_user(func):
    """PDFium is not thread-safe: the app may render pages or check another file meanwhile."""
    @functools.wraps(func)
    def locked(*args, **kwargs):
        with fast.LOCK:
            return func(*args, **kwargs)
    return locked


def _rewrite_until_faithful(out: Path, rewrite) -> set[int]:
    """Write the copy; pages whose text is not what was meant (a character that could not be
    removed, text that moved) are written again as pictures. Returns those pages."""
    pictures: set[int] = set()
    for _ in range(2):
        bad = _unfaithful_pages(out, rewrite(pictures))
        if not bad:
            return pictures
        pictures |= bad
    out.unlink(missing_ok=True)
    raise SanitizeError("无法可靠地重写页面，未生成副本。请在原稿中删除这些内容后重新导出 PDF")


def _pictures_note(pictures: set[int]) -> list[str]:
    if not pictures:
        return []
    return ["为可靠去除文字，第" + "、".join(str(i + 1) for i in sorted(pictures))
            + "页已整页转为图片（216 dpi），这些页的文字不能再复制或检索"]


@_one_pdfium_user
def clean(src: Path, out: Path) -> SanitizeResult:
    doc = _load(src)
    result = SanitizeResult(source=src, output=out)
    remove: dict[int, set[int]] = {}    # page index -> text-page char indexes to remove
    for item in doc.hidden:
        if item.kind in ("invisible", "redaction") and item.location and item.location.part == "page":
            for span in item.detail.get("spans") or [item.location.to_json()]:
                para = _paragraph(doc, span["part_index"], span["paragraph"])
                for page, indexes in para.origin.page_indexes(span["start"], span["end"]).items():
                    remove.setdefault(page, set()).update(indexes)
            result.must_be_gone.append(item.text)
            result.removed.append(("看不见的文字：" if item.kind == "invisible" else "假遮盖下的文字：") + item.text[:40])
        elif item.kind == "metadata":
            result.must_be_gone.append(item.text)
            result.removed.append(f"文档属性（{item.detail.get('field', '')}）：{item.text[:40]}")
        elif item.kind == "annotation":
            contents = item.detail.get("contents")
            if contents:
                result.must_be_gone.append(contents)
            result.removed.append(f"第{item.detail.get('page')}页的注释：{item.text[:40]}")
        elif item.kind in ("attachment", "javascript", "incremental"):
            result.removed.append({"attachment": "附件：", "javascript": "脚本：", "incremental": "旧版本："}[item.kind]
                                  + item.text[:40])
    notes: list[str] = []

    def rewrite(pictures: set[int]) -> dict[int, str]:
        notes.clear()
        source = reader.open_pdf(src)
        target = pdfium.PdfDocument.new()
        try:
            target.import_pages(source)
            expected = {}
            for i in range(len(target)):
                page = target[i]
                try:
                    if i in pictures:
                        expected[i] = _rasterise(target, page, remove[i])
                    elif i in remove:
                        expected[i] = _remove_characters(target, page, remove[i], boxes=False)
                    else:
                        textpage = page.get_textpage()
                        expected[i] = _letters(textpage.get_text_range())
                        textpage.close()
                    dropped = _clean_annotations(page)
                    if dropped:
                        notes.append(f"第{i + 1}页：去除注释 {dropped} 个")
                finally:
                    page.close()
            target.save(str(out), flags=pdfium_c.FPDF_NO_INCREMENTAL)
        finally:
            target.close()
            source.close()
        return expected

    pictures = _rewrite_until_faithful(out, rewrite)
    result.removed += notes + _pictures_note(pictures)
    if not result.removed:
        result.removed.append("文档属性（作者、创建程序等）")
    return result


@_one_pdfium_user
def redact(src: Path, out: Path, spans: list[RedactSpan]) -> SanitizeResult:
    doc = _load(src)
    result = SanitizeResult(source=src, output=out)
    remove: dict[int, set[int]] = {}
    for span in spans:
        loc = span.location
        if loc.part != "page":
            raise SanitizeError(f"只能遮盖 PDF 页面中的文字（{loc.describe()} 不在页面正文中）")
        para = _paragraph(doc, loc.part_index, loc.paragraph)
        if para.text[loc.start:loc.end] != span.text:
            raise SanitizeError(f"{loc.describe()} 的内容与要遮盖的文字不一致（文件可能已修改），请重新检查后再遮盖")
        # a span of a paragraph that runs on over a page break has characters on both pages
        on_pages = para.origin.page_indexes(loc.start, loc.end)
        if not on_pages:
            raise SanitizeError(f"{loc.describe()} 的文字在页面上找不到对应字符，无法遮盖")
        for page, indexes in on_pages.items():
            remove.setdefault(page, set()).update(indexes)
        result.must_be_gone.append(span.text)
        result.removed.append("第" + "、".join(str(page + 1) for page in sorted(on_pages)) + f"页：{span.text[:40]}")
    encrypted = False

    def rewrite(pictures: set[int]) -> dict[int, str]:
        nonlocal encrypted
        pdf = reader.open_pdf(src)
        try:
            encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1
            expected = {}
            for i, chars in sorted(remove.items()):
                page = pdf[i]
                try:
                    if i in pictures:
                        expected[i] = _rasterise(pdf, page, chars)
                    else:
                        expected[i] = _remove_characters(pdf, page, chars, boxes=True)
                finally:
                    page.close()
            # a full rewrite: earlier incremental versions, which still hold the text, are not copied
            pdf.save(str(out), flags=pdfium_c.FPDF_REMOVE_SECURITY if encrypted else pdfium_c.FPDF_NO_INCREMENTAL)
        finally:
            pdf.close()
        return expected

    result.removed += _pictures_note(_rewrite_until_faithful(out, rewrite))
    if encrypted:
        result.removed.append("文件的权限密码（遮盖后的副本不再加密）")
    return result


def _paragraph(doc, page_no: int, index: int):
    for part in doc.parts:
        if part.kind == "page" and part.index == page_no and 0 <= index < len(part.paragraphs):
            return part.paragraphs[index]
    raise SanitizeError(f"第{page_no}页第{index + 1}段不存在（文件可能已修改），请重新检查后再处理")


# -- page surgery -----------------------------------------------------------------------------------

def _remove_characters(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, chars: set[int], boxes: bool) -> Counter:
    """Take the characters out of the page content; returns the letters the page must still
    hold. A text object of removed characters only is deleted; one that also holds characters
    that stay becomes a picture of its area, rendered before the edit with the removed
    characters painted black (PDFium cannot rewrite part of a text object, and re-encoding
    text in a subset font draws wrong glyphs)."""
    textpage = page.get_textpage()
    tp = fast.handle(textpage.raw)
    try:
        before = textpage.get_text_range()
        owner: dict[int, list[int]] = {}
        for i in range(len(before)):
            handle = fast.text_object(tp, i)
            if handle:
                owner.setdefault(handle, []).append(i)
        affected = {fast.text_object(tp, i) for i in chars} - {None, 0}
        page_handle = fast.handle(page.raw)
        top_level = {fast.page_get_object(page_handle, k) for k in range(fast.page_count_objects(page_handle))}
        if affected - top_level:
            raise SanitizeError("页面中要去除的文字位于嵌套的表单对象（XObject）中，无法安全地只去除这些文字。"
                                "请在原稿中删除后重新导出 PDF")
        removed_boxes = [_loose_box(tp, i) for i in sorted(chars)]
        partial = [h for h in affected if any(i not in chars and not before[i].isspace() for i in owner[h])]
        patches = _patches(pdf, page, partial, removed_boxes) if partial else []
        for handle in affected:
            obj = ctypes.cast(handle, pdfium_c.FPDF_PAGEOBJECT)
            pdfium_c.FPDFPage_RemoveObject(page.raw, obj)
            pdfium_c.FPDFPageObj_Destroy(obj)
        for image in patches:
            page.insert_obj(image)
        if boxes:
            for left, bottom, right, top in _merge(removed_boxes):
                rect = pdfium_c.FPDFPageObj_CreateNewRect(left - BOX_MARGIN, bottom - BOX_MARGIN,
                                                         right - left + 2 * BOX_MARGIN, top - bottom + 2 * BOX_MARGIN)
                pdfium_c.FPDFPageObj_SetFillColor(rect, 0, 0, 0, 255)
                pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_WINDING, 0)
                pdfium_c.FPDFPage_InsertObject(page.raw, rect)
        if not pdfium_c.FPDFPage_GenerateContent(page.raw):
            raise SanitizeError("无法重写页面内容，未生成副本")
        in_pictures = {i for h in partial for i in owner[h]}
        return _letters(ch for i, ch in enumerate(before) if i not in chars and i not in in_pictures)
    finally:
        textpage.close()


def _rasterise(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, chars: set[int]) -> Counter:
    """The whole page becomes one picture, the removed characters painted black: the fallback
    when PDFium cannot rewrite the page's text faithfully."""
    textpage = page.get_textpage()
    try:
        removed_boxes = [_loose_box(fast.handle(textpage.raw), i) for i in sorted(chars)]
    finally:
        textpage.close()
    [image] = _patches(pdf, page, [], removed_boxes, whole_page=True)
    for k in reversed(range(pdfium_c.FPDFPage_CountObjects(page.raw))):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        pdfium_c.FPDFPage_RemoveObject(page.raw, obj)
        pdfium_c.FPDFPageObj_Destroy(obj)
    page.insert_obj(image)
    if not pdfium_c.FPDFPage_GenerateContent(page.raw):
        raise SanitizeError("无法重写页面内容，未生成副本")
    return Counter()


def _patches(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, handles: list[int],
             removed_boxes: list[tuple[float, float, float, float]], whole_page: bool = False) -> list:
    """Pictures of the areas of the given text objects (or of the whole page), the removed
    characters painted black."""
    bitmap = page.render(scale=RENDER_SCALE, may_draw_forms=False)
    conv = bitmap.get_posconv(page)

    def pixels(left, bottom, right, top):
        x0, y0 = conv.to_bitmap(left, top)
        x1, y1 = conv.to_bitmap(right, bottom)
        x0, x1 = sorted((int(x0), int(x1 + 1)))
        y0, y1 = sorted((int(y0), int(y1 + 1)))
        return max(0, x0), max(0, y0), min(bitmap.width, x1), min(bitmap.height, y1)

    for left, bottom, right, top in _merge(removed_boxes):
        x0, y0, x1, y1 = pixels(left - BOX_MARGIN, bottom - BOX_MARGIN, right + BOX_MARGIN, top + BOX_MARGIN)
        if x1 > x0 and y1 > y0:
            bitmap.fill_rect((0, 0, 0, 255), x0, y0, x1 - x0, y1 - y0)
    areas = []
    bounds = [ctypes.c_float() for _ in range(4)]
    for handle in handles:
        fast.obj_get_bounds(handle, *(ctypes.byref(b) for b in bounds))
        left, bottom, right, top = (b.value for b in bounds)
        areas.append(pixels(left - 1, bottom - 1, right + 1, top + 1))
    if whole_page:
        areas.append((0, 0, bitmap.width, bitmap.height))
    base = ctypes.addressof(bitmap.buffer)
    images = []
    for x0, y0, x1, y1 in areas:
        if x1 <= x0 or y1 <= y0:
            continue
        patch = pdfium.PdfBitmap.new_native(x1 - x0, y1 - y0, bitmap.format, rev_byteorder=bitmap.rev_byteorder)
        dest = ctypes.addressof(patch.buffer)
        row = (x1 - x0) * bitmap.n_channels
        for y in range(y0, y1):
            ctypes.memmove(dest + (y - y0) * patch.stride, base + y * bitmap.stride + x0 * bitmap.n_channels, row)
        image = pdfium.PdfImage.new(pdf)
        image.set_bitmap(patch)
        left, top = conv.to_page(x0, y0)
        right, bottom = conv.to_page(x1, y1)
        image.set_matrix(pdfium.PdfMatrix(abs(right - left), 0, 0, abs(top - bottom), min(left, right), min(top, bottom)))
        images.append(image)
        patch.close()
    bitmap.close()
    return images


def _letters(chars) -> Counter:
    return Counter(ch for ch in chars if not ch.isspace())


def _unfaithful_pages(out: Path, expected: dict[int, Counter]) -> set[int]:
    """Pages of the written file that lack letters they must hold (PDFium re-encodes all
    text of a page it rewrites, and with fonts whose resources an earlier PDFium edit renamed
    it can pick the wrong font: the text changes)."""
    bad = set()
    pdf = pdfium.PdfDocument(str(out))
    try:
        for i, want in expected.items():
            page = pdf[i]
            textpage = page.get_textpage()
            if want - _letters(textpage.get_text_range()):    # letters lost or changed (a flattened
                bad.add(i)                                      # stamp may add some; the re-check
                                                                # finds removed text that came back)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return bad


def _loose_box(tp: int, i: int) -> tuple[float, float, float, float]:
    rect = pdfium_c.FS_RECTF()
    fast.text_loose_box(tp, i, ctypes.byref(rect))
    return rect.left, rect.bottom, rect.right, rect.top


def _merge(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Neighbouring character boxes on one line become one box."""
    out: list[list[float]] = []
    for left, bottom, right, top in boxes:
        if right <= left or top <= bottom:
            continue
        last = out[-1] if out else None
        if last and abs(last[1] - bottom) < 1 and abs(last[3] - top) < 1 and -1 <= left - last[2] <= (top - bottom):
            last[2] = max(last[2], right)
            continue
        out.append([left, bottom, right, top])
    return [tuple(b) for b in out]


def _clean_annotations(page: pdfium.PdfPage) -> int:
    """Drop review annotations and links that run anything but a page jump or a web address;
    flatten what is part of the visible page (stamps, form fields, watermarks). PDFium's
    flattening drops every annotation, links too, so it runs only when there is such a part."""
    dropped = 0
    visible = False
    for k in reversed(range(pdfium_c.FPDFPage_GetAnnotCount(page.raw))):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, k)
        if not annot:
            continue
        try:
            sub = pdfium_c.FPDFAnnot_GetSubtype(annot)
            drop = sub in DROP_ANNOTS or (sub == pdfium_c.FPDF_ANNOT_LINK and not _safe_link(annot))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        if drop:
            pdfium_c.FPDFPage_RemoveAnnot(page.raw, k)
            dropped += 1
        elif sub != pdfium_c.FPDF_ANNOT_LINK:
            visible = True
    if visible:
        pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_PRINT)
        for k in reversed(range(pdfium_c.FPDFPage_GetAnnotCount(page.raw))):   # what could not be flattened
            pdfium_c.FPDFPage_RemoveAnnot(page.raw, k)
            dropped += 1
    return dropped


def _safe_link(annot) -> bool:
    if pdfium_c.FPDFAnnot_HasKey(annot, b"AA"):
        return False
    link = pdfium_c.FPDFAnnot_GetLink(annot)
    action = pdfium_c.FPDFLink_GetAction(link) if link else None
    if not action:
        return not pdfium_c.FPDFAnnot_HasKey(annot, b"A")     # a plain destination
    return pdfium_c.FPDFAction_GetType(action) in SAFE_LINK_ACTIONS
