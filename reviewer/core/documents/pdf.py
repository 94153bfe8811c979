"""PDF drafts: the text in reading order and every hidden fact the file carries, read with
pypdfium2 (PDFium) one page at a time.

Per page: characters and their boxes -> lines -> paragraphs (pdf_layout), the drawn objects in
content order -> invisible text and fake redaction (pdf_objects), annotations. A paragraph that
runs on from the bottom of a page (pdf_layout.continues) goes on in the paragraph of the page it
started on: its origin maps offsets to characters of both pages, the next page's paragraphs are
numbered from the one after it, page numbers stay paragraphs of their own page. Per document:
metadata, attachments, JavaScript, earlier revisions (pdf_structure). Pages and text pages are
closed as soon as they are read, so memory stays flat however long the file is.
"""
from __future__ import annotations

import ctypes
import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.core.documents import pdf_objects as objs
from reviewer.core.documents import pdf_structure as structure
from reviewer.core.documents import pdfium_fast as fast
from reviewer.core.documents.model import (Cancelled, CancelCheck, Document, DocumentError, HiddenItem,
                                           Paragraph, Progress)
from reviewer.core.documents.pdf_layout import (INSERTED, Margin, PageLayout, PdfOrigin, build_lines, continues, layout,
                                                locate, read_chars)
from reviewer.core.findings import INFO, Location, context_of

ITEMS_PER_KIND = 100        # annotations, invisible runs ... listed one by one; the rest are summarised
TEXTLESS_MAX_CHARS = 40     # a page with fewer characters than this, mostly covered by images, is a scan
IMAGE_SHARE = 0.3
OUTLINE_PATHS = 300         # a page with no text but this many paths: text turned into outlines
GARBLED_SHARE = 0.3         # more unmappable characters than this share: the page has no readable text
_UNREADABLE = re.compile("[\ufffd\ufffe\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")

ANNOT_NAMES = {
    pdfium_c.FPDF_ANNOT_TEXT: "文字批注", pdfium_c.FPDF_ANNOT_FREETEXT: "文本框注释", pdfium_c.FPDF_ANNOT_LINE: "直线标注",
    pdfium_c.FPDF_ANNOT_SQUARE: "矩形标注", pdfium_c.FPDF_ANNOT_CIRCLE: "椭圆标注", pdfium_c.FPDF_ANNOT_POLYGON: "多边形标注",
    pdfium_c.FPDF_ANNOT_POLYLINE: "折线标注", pdfium_c.FPDF_ANNOT_HIGHLIGHT: "高亮", pdfium_c.FPDF_ANNOT_UNDERLINE: "下划线标注",
    pdfium_c.FPDF_ANNOT_SQUIGGLY: "波浪线标注", pdfium_c.FPDF_ANNOT_STRIKEOUT: "删除线标注", pdfium_c.FPDF_ANNOT_STAMP: "图章",
    pdfium_c.FPDF_ANNOT_CARET: "插入标记", pdfium_c.FPDF_ANNOT_INK: "手写墨迹", pdfium_c.FPDF_ANNOT_FILEATTACHMENT: "附件图标",
    pdfium_c.FPDF_ANNOT_SOUND: "声音", pdfium_c.FPDF_ANNOT_MOVIE: "影片", pdfium_c.FPDF_ANNOT_SCREEN: "媒体",
    pdfium_c.FPDF_ANNOT_WATERMARK: "水印注释", pdfium_c.FPDF_ANNOT_REDACT: "未应用的遮盖标记",
    pdfium_c.FPDF_ANNOT_RICHMEDIA: "富媒体", pdfium_c.FPDF_ANNOT_THREED: "三维对象",
}
NOT_ANNOTATIONS = {pdfium_c.FPDF_ANNOT_LINK, pdfium_c.FPDF_ANNOT_WIDGET, pdfium_c.FPDF_ANNOT_POPUP,
                   pdfium_c.FPDF_ANNOT_XFAWIDGET, pdfium_c.FPDF_ANNOT_PRINTERMARK, pdfium_c.FPDF_ANNOT_TRAPNET}
REDACTION_REASONS = {
    "box_after_text": "不透明的深色方框画在文字之上",
    "dark_on_dark": "深色文字放在同色的深色底纹上，看起来像涂黑",
    "annotation": "文字被深色注释方框或未应用的遮盖标记盖住",
}
DOC_LOCATION = Location("metadata", None, 0, 0, 0)


def load(path: Path, progress: Progress | None = None, cancel: CancelCheck | None = None,
         limit: int | None = ITEMS_PER_KIND) -> Document:
    """Read a PDF; `limit` bounds the items listed per hidden kind (None: all, for sanitizing)."""
    with fast.LOCK:
        pdf = open_pdf(path)
        try:
            return _Reader(Path(path), pdf, progress, cancel, limit).read()
        finally:
            pdf.close()


def open_pdf(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise DocumentError("PDF 设置了打开密码，无法检查。请在 PDF 阅读器中输入密码后另存为不加密的 PDF，"
                                "或向起草人索取未加密的文件后再检查", "encrypted") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise DocumentError("PDF 使用了本工具不支持的加密方式，无法检查。请另存为不加密的 PDF 后再检查",
                                "encrypted") from None
        raise DocumentError("PDF 文件已损坏，无法打开（文件结构不完整或内容不是有效的 PDF，可能下载或拷贝未完成）。"
                            "请重新导出或重新获取文件后再检查", "damaged") from None


class _Reader:
    def __init__(self, path: Path, pdf: pdfium.PdfDocument, progress: Progress | None, cancel: CancelCheck | None,
                 limit: int | None = ITEMS_PER_KIND):
        self.path, self.pdf, self.progress, self.cancel, self.limit = path, pdf, progress, cancel, limit
        self.doc = Document(path=str(path), kind="pdf", sha256="", pages=len(pdf))
        self.listed: Counter[str] = Counter()
        self.unlisted: dict[str, Counter[str]] = {}
        self.action_pages: set[int] = set()     # pages with link/annotation actions PDFium cannot name
        self.textless: list[int] = []
        self.text_pages = 0
        self.margin = Margin()                 # right edge of the text, carried from page to page
        # the previous page's layout and the Paragraph each of its paragraphs went into (the
        # first may have gone into a paragraph that started on an earlier page)
        self.prev: tuple[PageLayout, list[Paragraph]] | None = None

    # -- the whole document ---------------------------------------------------------------------
    def read(self) -> Document:
        n = len(self.pdf)
        if n == 0:
            raise DocumentError("PDF 文件中没有任何页面（文件可能已损坏）。请重新导出后再检查", "damaged")
        for i in range(n):
            if self.cancel and self.cancel():
                raise Cancelled()
            self.read_page(i)
            if self.progress:
                self.progress(i + 1, n, f"读取第{i + 1}/{n}页")
        self.read_structure()
        self.summarise()
        self.decide_no_text()
        if _truncated(self.path):
            self.doc.errors.append("PDF 文件不完整（文件结尾缺失，可能下载或拷贝未完成），已尽量读取可读部分，内容可能不全。"
                                   "请重新获取完整文件后再检查")
        return self.doc

    def add(self, item: HiddenItem, group: str | None = None) -> None:
        """Keep the report bounded: ITEMS_PER_KIND items of a kind, then only counted."""
        if self.limit is None or self.listed[item.kind] < self.limit:
            self.listed[item.kind] += 1
            self.doc.hidden.append(item)
        else:
            self.unlisted.setdefault(item.kind, Counter())[group or item.kind] += 1

    def summarise(self) -> None:
        for kind, counts in self.unlisted.items():
            total = sum(counts.values())
            parts = "、".join(f"{name}{n}处" for name, n in counts.most_common()) if len(counts) > 1 else ""
            text = f"另有{total}处同类内容未逐一列出" + (f"（{parts}）" if parts else "") + "，请在 PDF 阅读器中逐一检查"
            self.doc.hidden.append(HiddenItem(kind, text, DOC_LOCATION,
                                              {"summary": True, "count": total, "by_type": dict(counts)}))

    # -- one page --------------------------------------------------------------------------------
    def read_page(self, i: int) -> None:
        self.prev, prev = None, self.prev     # a page that cannot be read breaks the text flow
        page = pdfium_c.FPDF_LoadPage(self.pdf.raw, i)
        if not page:
            self.doc.errors.append(f"第{i + 1}页无法读取（页面数据已损坏），该页未经检查，请人工审查")
            return
        try:
            textpage = pdfium_c.FPDFText_LoadPage(page)
            if not textpage:
                self.doc.errors.append(f"第{i + 1}页的文字无法读取，该页未经检查，请人工审查")
                return
            try:
                self.read_text(i, page, fast.handle(textpage), prev)
            finally:
                pdfium_c.FPDFText_ClosePage(textpage)
        finally:
            pdfium_c.FPDF_ClosePage(page)

    def read_text(self, i: int, page, textpage, prev: tuple[PageLayout, list[Paragraph]] | None) -> None:
        chars = read_chars(textpage)
        part = self.doc.part("page", i + 1, f"第{i + 1}页")
        crop = _crop_box(page)
        frame = (crop[0], crop[2]) if not chars.angle else None
        lay = layout(build_lines(chars), frame, self.margin)
        # a paragraph that runs on from the previous page goes on in the paragraph it started in
        join = continues(prev[0], lay) if prev is not None and frame is not None else None
        paras: list[Paragraph] = []
        for k, (text, ids) in enumerate(lay.paras):
            if join is not None and k == join[1]:
                para = prev[1][join[0]]
                if join[2]:
                    text, ids = join[2] + text, [INSERTED] + ids
                para.origin.extend(PdfOrigin.from_indexes(i, ids), len(para.text))
                para.text += text
                paras.append(para)
            else:
                paras.append(part.add(text, page=i + 1, origin=PdfOrigin.from_indexes(i, ids)))
        if frame is not None:
            self.prev = (lay, paras)
        cover_boxes = self.read_annotations(i, page)
        drawn, paths = objs.walk(fast.handle(page))
        # the characters of this page are in its own paragraphs and in one carried over from before
        on_page = ([paras[join[1]]] if join is not None else []) + part.paragraphs
        self.hidden_text(i, textpage, chars.index, on_page, drawn, cover_boxes, crop)
        self.judge_textless(i, chars.text, drawn, paths, crop)

    def judge_textless(self, i: int, text: str, drawn: list[objs.DrawnObject], paths: int, crop) -> None:
        count = len("".join(text.split()))
        unreadable = len(_UNREADABLE.findall(text))
        page_area = max(1.0, (crop[2] - crop[0]) * (crop[3] - crop[1]))
        image_area = sum((o.right - o.left) * (o.top - o.bottom) for o in drawn if o.kind == objs.IMAGE)
        if unreadable > GARBLED_SHARE * count:    # fonts without a Unicode map: the text is not the text
            self.textless.append(i + 1)
            return
        count -= unreadable
        if count < TEXTLESS_MAX_CHARS and (image_area >= IMAGE_SHARE * page_area or (count == 0 and paths >= OUTLINE_PATHS)):
            self.textless.append(i + 1)
        elif count:
            self.text_pages += 1

    def decide_no_text(self) -> None:
        doc = self.doc
        doc.no_text_pages = list(self.textless)
        checked = self.text_pages + len(self.textless)
        doc.no_text = self.text_pages == 0 or 2 * len(self.textless) > checked   # most pages unreadable

    # -- invisible text and fake redaction ------------------------------------------------------
    def hidden_text(self, i: int, textpage, char_indexes: list[int], paras: list[Paragraph], drawn: list[objs.DrawnObject],
                    cover_boxes: list[tuple[float, float, float, float]], crop) -> None:
        texts = [o for o in drawn if o.kind == objs.TEXT]
        if not texts:
            return
        images = [o for o in drawn if o.kind in (objs.IMAGE, objs.SHADING)]
        reasons: dict[int, list[str]] = {}
        colours = objs.fill_colours(drawn)
        for o in texts:
            why = objs.invisible_reasons(drawn, o, crop, images, colours)
            if why:
                reasons[o.address] = why
        covers = [c for c in objs.covers(drawn, cover_boxes)
                  if any(t.seq < c.seq and t.overlaps(c.left, c.bottom, c.right, c.top) for t in texts)]
        if not reasons and not covers:
            return
        by_address = {o.address: o for o in texts}
        invisible: dict[int, tuple[str, ...]] = {}
        covered: dict[int, list[int]] = {}
        dark: list[int] = []
        sizes: dict[int, float] = {}
        l, r, b, t = (ctypes.c_double() for _ in range(4))
        pl, pr, pb, pt = (ctypes.byref(x) for x in (l, r, b, t))
        loose = pdfium_c.FS_RECTF()
        ploose = ctypes.byref(loose)
        for ci in char_indexes:
            obj = by_address.get(fast.text_object(textpage, ci))
            if obj is None:
                continue
            why = reasons.get(obj.address)
            if why:
                if "redaction" in why:
                    dark.append(ci)
                else:
                    invisible[ci] = tuple(why)
                    sizes[ci] = obj.size
            if covers:
                fast.text_char_box(textpage, ci, pl, pr, pb, pt)
                if r.value - l.value <= 0.1 or t.value - b.value <= 0.1:   # no glyph outline: use the cell
                    fast.text_loose_box(textpage, ci, ploose)
                    l.value, r.value, b.value, t.value = loose.left, loose.right, loose.bottom, loose.top
                area = (r.value - l.value) * (t.value - b.value)
                if area <= 0:
                    continue
                for n, c in enumerate(covers):
                    if obj.seq < c.seq:
                        w = min(r.value, c.right) - max(l.value, c.left)
                        h = min(t.value, c.top) - max(b.value, c.bottom)
                        if w > 0 and h > 0 and w * h >= 0.6 * area:
                            covered.setdefault(n, []).append(ci)
                            break
        origins = [p.origin for p in paras]
        if invisible:
            for para, start, end, key in _runs(paras, locate(origins, invisible, i), lambda ci: invisible[ci], i):
                size = min(sizes[ci] for ci in para.origin.char_indexes(start, end, i) if ci in sizes)
                self.add_invisible(i, para, start, end, key, size)
        for n, chars in covered.items():
            kind = "annotation" if covers[n].source == "annotation" else "box_after_text"
            self.add_redaction(i, paras, origins, chars, kind)
        if dark:
            self.add_redaction(i, paras, origins, dark, "dark_on_dark")

    def add_invisible(self, i: int, para: Paragraph, start: int, end: int, reasons: tuple[str, ...], size: float) -> None:
        words = []
        for reason in reasons:
            word = objs.REASON_TEXT[reason]
            if reason == "tiny":
                word += f"（{size:.1f}磅）"
            words.append(word)
        self.add(HiddenItem("invisible", para.text[start:end], para.location(start, end),
                            {"reason": reasons[0], "reasons": list(reasons), "reason_text": "、".join(words),
                             "page": i + 1, "context": context_of(para.text, start, end)}), reasons[0])

    def add_redaction(self, i: int, paras: list[Paragraph], origins, chars: list[int], kind: str) -> None:
        spots = locate(origins, chars, i)
        if not spots:
            return
        runs = list(_runs(paras, spots, lambda ci: kind, i))
        text = "".join(para.text[s:e] for para, s, e, _ in runs)
        para, start, end, _ = runs[0]
        self.add(HiddenItem("redaction", text, para.location(start, end),
                            {"reason": kind, "reason_text": REDACTION_REASONS[kind], "page": i + 1,
                             "context": context_of(para.text, start, end),
                             "spans": [para.location(s, e).to_json() for para, s, e, _ in runs]}))

    # -- annotations ------------------------------------------------------------------------------
    def read_annotations(self, i: int, page) -> list[tuple[float, float, float, float]]:
        covers = []
        rect = pdfium_c.FS_RECTF()
        R, G, B, A = (ctypes.c_uint() for _ in range(4))
        for k in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
            annot = pdfium_c.FPDFPage_GetAnnot(page, k)
            if not annot:
                continue
            try:
                sub = pdfium_c.FPDFAnnot_GetSubtype(annot)
                if _has_unknown_action(annot, sub):
                    self.action_pages.add(i)
                if sub in NOT_ANNOTATIONS:
                    continue
                pdfium_c.FPDFAnnot_GetRect(annot, rect)
                box = (min(rect.left, rect.right), min(rect.bottom, rect.top),
                       max(rect.left, rect.right), max(rect.bottom, rect.top))
                if sub == pdfium_c.FPDF_ANNOT_REDACT:
                    covers.append(box)
                elif sub in (pdfium_c.FPDF_ANNOT_SQUARE, pdfium_c.FPDF_ANNOT_HIGHLIGHT):
                    which = (pdfium_c.FPDFANNOT_COLORTYPE_InteriorColor if sub == pdfium_c.FPDF_ANNOT_SQUARE
                             else pdfium_c.FPDFANNOT_COLORTYPE_Color)
                    if pdfium_c.FPDFAnnot_GetColor(annot, which, R, G, B, A) and A.value >= 200 \
                            and objs.luma((R.value, G.value, B.value)) < objs.DARK_LUMA:
                        covers.append(box)
                name = ANNOT_NAMES.get(sub, "注释")
                author = structure.annot_string(annot, "T").strip()
                contents = structure.annot_string(annot, "Contents").strip()
                location = Location("page", i + 1, 0, 0, 0, i + 1)
                box_pt = [round(v, 2) for v in box]     # where the page view draws it
                if sub == pdfium_c.FPDF_ANNOT_FILEATTACHMENT:
                    attachment = pdfium_c.FPDFAnnot_GetFileAttachment(annot)
                    if attachment:
                        fname, size = structure.attachment_facts(attachment)
                        self.add(HiddenItem("attachment", _attachment_text(fname, size), location,
                                            {"name": fname, "size": size, "page": i + 1, "where": "注释", "rect": box_pt}))
                detail = {"subtype": name, "page": i + 1, "rect": box_pt}
                if author:
                    detail["author"] = author
                if contents:
                    detail["contents"] = contents[:2000]
                self.add(HiddenItem("annotation", f"{name}：{contents[:200]}" if contents else f"{name}（无文字说明）",
                                    location, detail), name)
            finally:
                pdfium_c.FPDFPage_CloseAnnot(annot)
        return covers

    # -- document structures ---------------------------------------------------------------------
    def read_structure(self) -> None:
        pdf = self.pdf.raw
        found = structure.file_contains(self.path, (b"/JavaScript", b"/ObjStm"))
        # page and annotation actions are walked when a script may be there: the name is in the
        # file, or the file packs objects into compressed object streams where no byte scan sees
        facts = structure.catalog_facts(self.path, scan_pages=bool(found), annot_pages=self.action_pages)
        if facts.failed:
            self.doc.errors.append("PDF 的文档级信息（XMP 元数据、打开时执行的脚本）未能完整读取，请人工检查文档属性")
        values = structure.info_values(facts.infos) if facts.infos else _pdfium_info(self.pdf)
        if facts.xmp:
            values += structure.xmp_values(facts.xmp)
        self.add_metadata(values)
        for k in range(max(0, pdfium_c.FPDFDoc_GetAttachmentCount(pdf))):
            attachment = pdfium_c.FPDFDoc_GetAttachment(pdf, k)
            if attachment:
                name, size = structure.attachment_facts(attachment)
                self.add(HiddenItem("attachment", _attachment_text(name, size), DOC_LOCATION,
                                    {"name": name, "size": size, "where": "文档附件"}))
        scripts = structure.document_scripts(pdf) + facts.scripts
        seen = set()
        for where, script in scripts:
            if (where, script) in seen:
                continue
            seen.add((where, script))
            self.add(HiddenItem("javascript", f"{where}：{script[:200]}", DOC_LOCATION,
                                {"where": where, "script": script[:4000]}))
        self.read_revisions()

    def add_metadata(self, values: list[structure.MetaValue]) -> None:
        part = self.doc.part("metadata", None, "文档属性")
        for mv in values:
            self.doc.properties.setdefault(mv.key, mv.value)
            para = part.add(mv.value)
            severity = structure.classify(mv.key, mv.value)
            if severity is None:
                continue
            detail = {"field": mv.label, "source": mv.source}
            if severity == "info":
                detail["severity"] = INFO
            self.add(HiddenItem("metadata", mv.value, para.location(0, len(mv.value)), detail))

    def read_revisions(self) -> None:
        ends = structure.trailer_ends(self.pdf.raw)
        if structure.is_linearized(self.path) and len(ends) > 1:
            ends = ends[1:]       # the first-page section of a linearized file is not an earlier version
        if len(ends) < 2:
            return
        current = re.sub(r"\s+", "", self.doc.text())
        removed: list[str] = []
        for end in ends[:-1][-3:]:
            for page_text in structure.earlier_texts(self.path, end):
                for line in page_text.splitlines():
                    squeezed = re.sub(r"\s+", "", line)
                    if len(squeezed) >= 4 and squeezed not in current and line.strip() not in removed:
                        removed.append(line.strip())
        versions = len(ends)
        text = f"文件保存了{versions}个版本（{versions - 1}次增量保存）"
        if removed:
            text += "，旧版本中有而当前版本中没有的文字：" + "；".join(removed)[:300]
        self.add(HiddenItem("incremental", text, DOC_LOCATION,
                            {"revisions": versions, "removed_text": removed[:100]}))


def _runs(paras: list[Paragraph], spots: list[tuple[int, int]], key_of, page: int):
    """Group (paragraph, offset) spots of characters on `page` into runs of neighbouring
    characters with the same key: yields (paragraph, start, end, key)."""
    current = None
    for p, offset in spots:
        para = paras[p]
        ci = para.origin.char_indexes(offset, offset + 1, page)
        key = key_of(ci[0]) if ci else None
        if current and current[0] is para and current[3] == key and offset - current[2] <= 2 \
                and not para.text[current[2]:offset].strip():
            current[2] = offset + 1
            continue
        if current:
            yield tuple(current)
        current = [para, offset, offset + 1, key]
    if current:
        yield tuple(current)


def _attachment_text(name: str, size: int | None) -> str:
    return f"{name}（{size:,}字节）" if size is not None else name


def _has_unknown_action(annot, sub: int) -> bool:
    """An action PDFium cannot name (JavaScript, submit, named ...) or any additional action."""
    if pdfium_c.FPDFAnnot_HasKey(annot, b"AA"):
        return True
    if not pdfium_c.FPDFAnnot_HasKey(annot, b"A"):
        return False
    if sub == pdfium_c.FPDF_ANNOT_LINK:
        link = pdfium_c.FPDFAnnot_GetLink(annot)
        action = pdfium_c.FPDFLink_GetAction(link) if link else None
        if action:
            return pdfium_c.FPDFAction_GetType(action) == pdfium_c.PDFACTION_UNSUPPORTED
    return True


def _crop_box(page) -> tuple[float, float, float, float]:
    rect = pdfium_c.FS_RECTF()
    if pdfium_c.FPDF_GetPageBoundingBox(page, rect):
        return (min(rect.left, rect.right), min(rect.bottom, rect.top),
                max(rect.left, rect.right), max(rect.bottom, rect.top))
    w, h = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
    return 0.0, 0.0, w, h


def _pdfium_info(pdf: pdfium.PdfDocument) -> list[structure.MetaValue]:
    out = []
    for key, value in pdf.get_metadata_dict(skip_empty=True).items():
        if key in ("CreationDate", "ModDate", "Trapped"):
            continue
        out.append(structure.MetaValue(key.lower(), structure.FIELD_NAMES.get(key.lower(), key), value.strip(), "Info"))
    return out


def _truncated(path: Path) -> bool:
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 4096))     # readers accept a little trailing junk after %%EOF
        return b"%%EOF" not in fh.read()
