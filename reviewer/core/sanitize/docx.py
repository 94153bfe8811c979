"""Clean and redacted copies of a .docx, edited in the part XML so the layout stays.

The loader (documents/docx.py) is run with keep_origin: it hands over the parsed trees, the
runs whose text is hidden or not seen, and for every paragraph the XML text nodes its
characters come from. Edits happen on those trees; every part that was not edited is copied
unchanged.

clean: accept every revision (insertions kept, deletions and moved-away text removed, format
changes accepted), remove comments with their anchors and parts, hidden (w:vanish) and
invisible text (white, tiny, off-page text boxes), macros, the attached template and links to
local paths, embedded objects (an OLE object keeps its picture), the thumbnail, and blank the
document properties (core, app Company/Manager/Template, custom.xml, people.xml).

redact: each span's characters become ■ in the same runs, and so does every other copy of the
same text in the package (other paragraphs, the text box fallback copy, deleted text,
properties, alt text); the output is then searched part by part and refused if the text can
still be found anywhere.
"""
from __future__ import annotations

import copy
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from reviewer.core.documents.docx import APP_FIELDS, CORE_FIELDS, Reader
from reviewer.core.documents.model import Document, DocumentError, Paragraph
from reviewer.core.documents.ooxml import (CT, MC, O, R, REL, W, Package, PartError, parse_xml, rel_type, rels_name,
                                           source_of_rels)
from reviewer.core.sanitize import RedactSpan, SanitizeError, SanitizeResult

_WS = re.compile(r"\s+")
STORY_ROOTS = {W + "document", W + "hdr", W + "ftr", W + "footnotes", W + "endnotes"}
REVISION_CONTAINERS_KEEP = {W + "ins", W + "moveTo"}
REVISION_CONTAINERS_DROP = {W + "del", W + "moveFrom"}
FORMAT_CHANGES = {W + t for t in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
                                  "tcPrChange", "tblGridChange", "tblPrExChange", "numberingChange")}
RANGE_MARKS = {W + t for t in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
                               "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
                               "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
                               "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "cellIns", "cellDel",
                               "cellMerge")}
COMMENT_MARKS = {W + "commentRangeStart", W + "commentRangeEnd"}
COMMENT_RELS = {"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"}
MACRO_RELS = {"vbaProject", "wordVbaData", "keyMapCustomizations", "attachedToolbars"}
EMBED_RELS = {"oleObject", "package", "aFChunk", "control", "activeXControlBinary"}
CORE_BLANK = ("creator", "lastModifiedBy", "title", "subject", "keywords", "description", "category",
              "contentStatus")
APP_BLANK = ("Company", "Manager", "Template", "HyperlinkBase")
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# attributes that carry words a reader may see or a search may find
TEXT_ATTRIBUTES = ("descr", "title", "string", "alt", "name", O + "title", W + "val")
APP_STATISTICS = {"Pages", "Words", "Characters", "Lines", "Paragraphs", "TotalTime", "CharactersWithSpaces",
                  "DocSecurity", "AppVersion", "Application", "ScaleCrop", "LinksUpToDate", "SharedDoc",
                  "HyperlinksChanged"}


class _Editor:
    """The package being rewritten: parsed trees of the parts that change, parts to drop."""

    def __init__(self, source: Path):
        try:
            self.reader = Reader(source, keep_origin=True)
            self.doc: Document = self.reader.read()
        except DocumentError as exc:
            raise SanitizeError(exc.message) from None
        self.source = source
        self.pkg = Package(source)
        self.trees = dict(self.reader.trees)
        self.dirty: set[str] = set()
        self.dropped: set[str] = set()
        self.removed: list[str] = []

    def close(self) -> None:
        self.pkg.close()

    def tree(self, name: str):
        if name not in self.trees:
            try:
                self.trees[name] = self.pkg.xml(name)
            except PartError as exc:
                raise SanitizeError(f"无法处理 {name}：{exc}") from None
        return self.trees[name]

    def touch(self, name: str) -> None:
        self.dirty.add(name)

    def stories(self) -> list[tuple[str, etree._Element]]:
        return [(n, t) for n, t in self.trees.items() if t.tag in STORY_ROOTS and n not in self.dropped]

    # -- relationships and parts ---------------------------------------------------------

    def rels(self, part: str):
        name = rels_name(part) if part else "_rels/.rels"
        return self.tree(name) if name in self.pkg else None

    def drop_rel(self, part: str, rid: str) -> None:
        root = self.rels(part)
        if root is None:
            return
        for el in root.iter(REL + "Relationship"):
            if el.get("Id") == rid:
                _remove(el)
                self.touch(rels_name(part) if part else "_rels/.rels")
                return

    def drop_part(self, name: str) -> None:
        """Remove a part, its own relationships, the parts only it points to, and its content type."""
        if name in self.dropped or name not in self.pkg:
            return
        self.dropped.add(name)
        own = rels_name(name)
        if own in self.pkg:
            for rel in self.pkg.rels(name).values():
                if not rel.external and rel.target in self.pkg and not self._shared(rel.target, name):
                    self.drop_part(rel.target)
            self.dropped.add(own)
        types = self.tree("[Content_Types].xml")
        for el in list(types.iter(CT + "Override")):
            if el.get("PartName", "").lstrip("/") == name:
                _remove(el)
                self.touch("[Content_Types].xml")

    def _shared(self, target: str, owner: str) -> bool:
        for rels_file in self.pkg.rels_files():
            source = "" if rels_file == "_rels/.rels" else _source(rels_file)
            if source in (owner,) or source in self.dropped:
                continue
            if any(r.target == target and not r.external for r in self.pkg.rels(source).values()):
                return True
        return False

    def drop_rels_of_type(self, part: str, kinds: set[str]) -> list[str]:
        """Drop every relationship of these kinds from a part and the parts they point to."""
        gone = []
        for rel in list(self.pkg.rels(part).values()):
            if rel_type(rel.type) in kinds:
                self.drop_rel(part, rel.id)
                if not rel.external:
                    self.drop_part(rel.target)
                gone.append(rel.target)
        return gone

    # -- writing --------------------------------------------------------------------------

    def write(self, output: Path) -> None:
        tmp = output.with_name(output.name + ".part")
        try:
            with zipfile.ZipFile(self.source) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    name = info.filename
                    if name in self.dropped:
                        continue
                    if name in self.dirty:
                        data = etree.tostring(self.trees[name], xml_declaration=True, encoding="UTF-8",
                                              standalone=True)
                    else:
                        data = src.read(info)
                    out = zipfile.ZipInfo(name, date_time=info.date_time)
                    out.compress_type = info.compress_type
                    out.external_attr = info.external_attr
                    dst.writestr(out, data)
            tmp.replace(output)
        except (OSError, zipfile.BadZipFile) as exc:
            tmp.unlink(missing_ok=True)
            raise SanitizeError(f"无法写出文件 {output}：{exc}") from None


def _source(rels_file: str) -> str:
    return source_of_rels(rels_file)


def _unwrap(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for child in reversed(list(el)):
        parent.insert(index, child)
    parent.remove(el)


def _remove(el) -> bool:
    parent = el.getparent()
    if parent is None:
        return False
    parent.remove(el)
    return True


def _graphic_holder(el):
    """The element to remove for a drawing: the whole mc:AlternateContent when it has copies."""
    node = el
    while node is not None and node.tag != W + "r":
        if node.tag == MC + "AlternateContent":
            return node
        node = node.getparent()
    return el


def _sync_fallbacks(root) -> None:
    """Make every text box's mc:Fallback copy equal to the mc:Choice the reader sees, so an
    edit of one copy is an edit of both."""
    for alt in root.iter(MC + "AlternateContent"):
        choice = alt.find(MC + "Choice")
        fallback = alt.find(MC + "Fallback")
        if choice is None or fallback is None:
            continue
        seen = list(choice.iter(W + "txbxContent"))
        copies = list(fallback.iter(W + "txbxContent"))
        if len(seen) != len(copies):
            continue
        for src, dst in zip(seen, copies):
            for child in list(dst):
                dst.remove(child)
            for child in src:
                dst.append(copy.deepcopy(child))


# ---------------------------------------------------------------------------- clean


def _accept_revisions(root) -> Counter:
    counts: Counter = Counter()
    for el in list(root.iter(*REVISION_CONTAINERS_DROP)):
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag == W + "rPr" and parent.getparent() is not None and parent.getparent().tag == W + "pPr":
            continue  # a deleted paragraph mark: merged below
        if parent.tag == W + "trPr":
            row = parent.getparent()
            if row is not None and _remove(row):
                counts["row"] += 1
            continue
        if parent.tag == W + "rPr":
            parent.remove(el)
            continue
        _remove(el)
        counts["delete"] += 1
    for el in list(root.iter(W + "delText", W + "delInstrText")):
        run = el.getparent()
        _remove(el)
        counts["delete"] += 1
        if run is not None and run.tag == W + "r" and all(c.tag == W + "rPr" for c in run):
            _remove(run)
    for el in list(root.iter(*REVISION_CONTAINERS_KEEP)):
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag in (W + "rPr", W + "trPr"):
            parent.remove(el)
        else:
            _unwrap(el)
        counts["insert"] += 1
    for el in list(root.iter(*FORMAT_CHANGES)):
        if _remove(el):
            counts["format"] += 1
    for el in list(root.iter(*RANGE_MARKS)):
        _remove(el)
    # paragraphs whose mark was deleted join the next paragraph (last first, so chains work)
    for mark in reversed(list(root.iter(*REVISION_CONTAINERS_DROP))):
        rpr = mark.getparent()
        ppr = rpr.getparent() if rpr is not None else None
        para = ppr.getparent() if ppr is not None else None
        rpr.remove(mark)
        if para is None or para.tag != W + "p" or ppr.find(W + "sectPr") is not None:
            continue
        following = para.getnext()
        content = [c for c in para if c.tag != W + "pPr"]
        if following is not None and following.tag == W + "p":
            anchor = 1 if len(following) and following[0].tag == W + "pPr" else 0
            for i, child in enumerate(content):
                following.insert(anchor + i, child)
            _remove(para)
        elif not content:
            _remove(para)
        counts["mark"] += 1
    for table in list(root.iter(W + "tbl")):
        if table.find(W + "tr") is None:
            _remove(table)
    return counts


def _remove_comment_marks(root) -> int:
    n = 0
    for el in list(root.iter(*COMMENT_MARKS)):
        _remove(el)
    for ref in list(root.iter(W + "commentReference")):
        run = ref.getparent()
        _remove(ref)
        n += 1
        if run is not None and run.tag == W + "r" and all(c.tag == W + "rPr" for c in run):
            _remove(run)
    return n


def _guarded(action):
    """Never a traceback to the user: an unforeseen file shape is a Chinese refusal."""
    def run(*args):
        try:
            return action(*args)
        except SanitizeError:
            raise
        except Exception as exc:
            raise SanitizeError(f"处理文件时出错（{type(exc).__name__}：{exc}），未生成副本。文件可能已损坏，"
                                "请在 WPS 或 Word 中另存后再试") from exc
    run.__doc__, run.__name__ = action.__doc__, action.__name__
    return run


@_guarded
def clean(source: Path, output: Path) -> SanitizeResult:
    ed = _Editor(Path(source))
    try:
        result = SanitizeResult(Path(source), Path(output))
        doc, reader = ed.doc, ed.reader
        result.must_be_gone = _hidden_texts(doc)
        main = reader.main

        n_hidden = sum(_remove(r) for r in reader.hidden_runs)
        n_invisible = sum(_remove(r) for r in reader.invisible_runs)
        n_boxes = sum(_remove(_graphic_holder(el)) for el in reader.hidden_boxes)
        for elements in reader.path_fields:
            for el in elements:
                el.text = ""
        revisions: Counter = Counter()
        n_refs = 0
        for name, root in ed.stories():
            revisions += _accept_revisions(root)
            n_refs += _remove_comment_marks(root)
            _sync_fallbacks(root)
            ed.touch(name)
        if n_hidden:
            result.removed.append(f"删除隐藏文字 {n_hidden} 处")
        if n_invisible or n_boxes:
            result.removed.append(f"删除看不见的文字 {n_invisible + n_boxes} 处（白色、极小字号或页面外的文本框）")
        if sum(revisions.values()):
            result.removed.append(f"接受全部修订：去除删除的文字 {revisions['delete']} 处、接受插入 {revisions['insert']} 处、"
                                  f"接受格式修订 {revisions['format']} 处")
        comment_parts = ed.drop_rels_of_type(main, COMMENT_RELS - {"people"})
        if comment_parts or n_refs:
            count = sum(1 for h in doc.hidden if h.kind == "comment")
            result.removed.append(f"删除批注 {count} 条（含批注标记和批注部件）")
        if ed.drop_rels_of_type(main, {"people"}):
            result.removed.append("删除修订者/批注者名单（people.xml）")
        _clean_macros(ed, result)
        _clean_settings(ed, result)
        _clean_links(ed, result)
        _clean_embedded(ed, result)
        _clean_properties(ed, result)
        _drop_thumbnail(ed, result)
        ed.write(Path(output))
        return result
    finally:
        ed.close()


def _hidden_texts(doc: Document) -> list[str]:
    """Texts of hidden items that must not be extractable from the clean copy; a text that is
    also plainly visible elsewhere in the document is left out (it stays, rightly)."""
    unseen: dict[tuple, list[tuple[int, int]]] = {}
    for h in doc.hidden:
        if h.kind == "invisible" and h.location is not None:
            key = (h.location.part, h.location.part_index, h.location.paragraph)
            unseen.setdefault(key, []).append((h.location.start, h.location.end))
    visible = []
    for p in doc.paragraphs():
        if p.part in ("comment", "metadata"):
            continue
        text = p.text
        for start, end in sorted(unseen.get((p.part, p.part_index, p.index), ()), reverse=True):
            text = text[:start] + "\n" + text[end:]
        visible.append(text)
    haystack = _WS.sub("", "\n".join(visible))
    out = []
    for h in doc.hidden:
        if h.kind not in ("comment", "revision", "vanish", "invisible", "metadata"):
            continue
        if h.kind == "revision" and h.detail.get("type") not in ("delete", "move_from"):
            continue
        needle = _WS.sub("", h.text)
        if needle and needle not in haystack and h.text not in out:
            out.append(h.text)
    return out


def _clean_macros(ed: _Editor, result: SanitizeResult) -> None:
    gone = ed.drop_rels_of_type(ed.reader.main, MACRO_RELS)
    for name in list(ed.pkg.infos):
        if name.lower().endswith(("vbaproject.bin", "vbadata.xml")) and name not in ed.dropped:
            ed.drop_part(name)
            gone.append(name)
    types = ed.tree("[Content_Types].xml")
    for el in types.iter(CT + "Override"):
        if el.get("PartName", "").lstrip("/") == ed.reader.main and "macroEnabled" in (el.get("ContentType") or ""):
            el.set("ContentType", DOCX_MAIN)
            ed.touch("[Content_Types].xml")
    if gone:
        result.removed.append("删除宏代码（vbaProject），输出为普通 .docx")


def _clean_settings(ed: _Editor, result: SanitizeResult) -> None:
    settings = next((r.target for r in ed.pkg.rels(ed.reader.main).values()
                     if rel_type(r.type) == "settings" and r.target in ed.pkg), None)
    if not settings:
        return
    root = ed.tree(settings)
    template = root.find(W + "attachedTemplate")
    if template is not None:
        rid = template.get(R + "id")
        root.remove(template)
        if rid:
            ed.drop_rel(settings, rid)
        result.removed.append("删除附加模板链接")
    for tag in ("trackRevisions", "docVars"):
        el = root.find(W + tag)
        if el is not None:
            root.remove(el)
            if tag == "docVars":
                result.removed.append("删除文档变量（docVars）")
    if root.find(W + "removePersonalInformation") is None:
        zoom = root.find(W + "zoom")
        el = etree.Element(W + "removePersonalInformation")
        if zoom is not None:
            zoom.addnext(el)
        else:
            root.insert(0, el)
    ed.touch(settings)


def _references(ed: _Editor, part: str, rid: str) -> list:
    if part not in ed.pkg or not part.endswith(".xml"):
        return []
    root = ed.tree(part)
    return [el for el in root.iter() if isinstance(el.tag, str)
            and any(k.startswith(R) and v == rid for k, v in el.attrib.items())]


def _clean_links(ed: _Editor, result: SanitizeResult) -> None:
    n = 0
    for item in [h for h in ed.doc.hidden if h.kind == "link" and h.detail.get("rel_id")]:
        source, rid = item.detail["source"], item.detail["rel_id"]
        if item.detail.get("type") == "attachedTemplate":
            continue  # done with the settings
        for el in _references(ed, source, rid):
            if el.tag == W + "hyperlink":
                _unwrap(el)
            elif el.tag in (O + "OLEObject", W + "subDoc"):
                _remove(el)
            else:
                for key in [k for k, v in el.attrib.items() if k.startswith(R) and v == rid]:
                    del el.attrib[key]
            ed.touch(source)
        ed.drop_rel(source, rid)
        n += 1
    fields = len(ed.reader.path_fields)
    if n or fields:
        result.removed.append(f"删除指向本机或内网路径的链接 {n + fields} 个")


def _clean_embedded(ed: _Editor, result: SanitizeResult) -> None:
    n = 0
    for rels_file in ed.pkg.rels_files():
        source = "" if rels_file == "_rels/.rels" else _source(rels_file)
        if source in ed.dropped:
            continue
        for rel in list(ed.pkg.rels(source).values()):
            if rel.external or rel_type(rel.type) not in EMBED_RELS:
                continue
            for el in _references(ed, source, rel.id):
                if el.tag == O + "OLEObject":
                    holder = el.getparent()
                    _remove(el)
                    if holder is not None and holder.tag == W + "object":
                        holder.tag = W + "pict"   # the object's picture stays, as a plain picture
                        for key in [k for k in holder.attrib if k.startswith(W)]:
                            del holder.attrib[key]
                else:
                    _remove(el)          # c:externalData, w:altChunk, w:control ...
                ed.touch(source)
            ed.drop_rel(source, rel.id)
            ed.drop_part(rel.target)
            n += 1
    if n:
        result.removed.append(f"删除嵌入对象 {n} 个（OLE 对象保留其显示图片）")


def _clean_properties(ed: _Editor, result: SanitizeResult) -> None:
    names: list[str] = []
    for rel in ed.pkg.rels("").values():
        kind = rel_type(rel.type)
        if rel.external or rel.target not in ed.pkg:
            continue
        if kind == "core-properties":
            root = ed.tree(rel.target)
            for el in root:
                if etree.QName(el).localname in CORE_BLANK and (el.text or "").strip():
                    el.text = None
                    names.append(CORE_FIELDS[etree.QName(el).localname])
            ed.touch(rel.target)
        elif kind == "extended-properties":
            root = ed.tree(rel.target)
            for el in root:
                if etree.QName(el).localname in APP_BLANK and (el.text or "").strip():
                    el.text = None
                    names.append(APP_FIELDS[etree.QName(el).localname])
            ed.touch(rel.target)
        elif kind == "custom-properties":
            ed.drop_rel("", rel.id)
            ed.drop_part(rel.target)
            names.append("自定义属性")
    if names:
        result.removed.append("清除文档属性：" + "、".join(dict.fromkeys(names)))


def _drop_thumbnail(ed: _Editor, result: SanitizeResult) -> None:
    if ed.drop_rels_of_type("", {"thumbnail"}):
        result.removed.append("删除文档缩略图（可能显示原文）")


# ---------------------------------------------------------------------------- redact


def _mask_range(para: Paragraph, start: int, end: int, mask: str) -> int:
    """Mask para.text[start:end] in the XML nodes it came from; returns characters masked."""
    masked = 0
    for at, el, attr in para.origin or ():
        if attr == "sym":
            if start <= at < end:
                el.tag = W + "t"
                for key in list(el.attrib):
                    del el.attrib[key]
                el.text = mask
                masked += 1
            continue
        text = el.get(attr) if attr else el.text
        if not text:
            continue
        lo, hi = max(start, at), min(end, at + len(text))
        if lo >= hi:
            continue
        new = text[:lo - at] + mask * (hi - lo) + text[hi - at:]
        if attr:
            el.set(attr, new)
        else:
            el.text = new
        masked += hi - lo
    return masked


@_guarded
def redact(source: Path, output: Path, spans: list[RedactSpan]) -> SanitizeResult:
    ed = _Editor(Path(source))
    try:
        result = SanitizeResult(Path(source), Path(output))
        by_location = {(p.part, p.part_index, p.index): p for p in ed.doc.paragraphs()}
        metadata_items = {h.location.paragraph: h for h in ed.doc.hidden
                          if h.kind == "metadata" and h.location is not None}
        texts: dict[str, str] = {}
        for span in spans:
            loc = span.location
            para = by_location.get((loc.part, loc.part_index, loc.paragraph))
            if para is None:
                raise SanitizeError(f"找不到要遮盖的位置：{loc.describe()}。文件可能已被修改，请重新检查后再遮盖")
            if para.text[loc.start:loc.end] != span.text or not span.text:
                raise SanitizeError(f"{loc.describe()}的文字与要遮盖的“{span.text[:30]}”不一致，文件可能已被修改。"
                                    "请重新检查后再遮盖")
            if loc.part == "metadata" and loc.paragraph in metadata_items:
                _mask_property(ed, metadata_items[loc.paragraph], loc.start, loc.end, span.mask)
            elif _mask_range(para, loc.start, loc.end, span.mask) == 0 and span.text.strip():
                raise SanitizeError(f"{loc.describe()}的“{span.text[:30]}”不在可编辑的文字中，无法遮盖")
            texts[span.text] = span.mask
        count = Counter()
        for text, mask in texts.items():
            count[text] += _mask_everywhere(ed, text, mask)
        for name, root in ed.stories():
            _sync_fallbacks(root)
            ed.touch(name)
        for name in ed.trees:
            ed.touch(name)
        _drop_thumbnail(ed, result)
        for text in texts:
            result.removed.append(f"遮盖“{text[:20]}{'…' if len(text) > 20 else ''}”共 {max(count[text], 1)} 处")
        result.must_be_gone = [t for t in texts if t.strip()]
        ed.write(Path(output))
        result.remaining += _still_present(Path(output), result.must_be_gone)
        return result
    finally:
        ed.close()


def _mask_property(ed: _Editor, item, start: int, end: int, mask: str) -> None:
    source, key = item.detail.get("source"), item.detail.get("property", "")
    root = ed.tree(source)
    value = item.text
    masked = value[:start] + mask * (end - start) + value[end:]
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if key.startswith("people:") and el.get(W15_AUTHOR) == value:
            el.set(W15_AUTHOR, masked)
        elif (el.text or "").strip() == value:
            el.text = masked
    ed.touch(source)


W15_AUTHOR = "{http://schemas.microsoft.com/office/word/2012/wordml}author"


def _mask_everywhere(ed: _Editor, text: str, mask: str) -> int:
    """Mask every other copy of text: across runs in every paragraph the reader saw, then in
    any single text node or text-bearing attribute of any XML part (deleted text, properties,
    alt text, custom XML data)."""
    n = 0
    for para in ed.doc.paragraphs():
        if para.part == "metadata":
            continue
        start = para.text.find(text)
        while start >= 0:
            if _mask_range(para, start, start + len(text), mask):
                n += 1
            start = para.text.find(text, start + len(text))
    replacement = mask * len(text)
    for name in list(ed.pkg.infos):
        if not name.endswith((".xml", ".rels")) or name in ed.dropped or name.endswith(".rels"):
            continue
        if ed.pkg.size(name) > 64 << 20:
            continue
        try:
            root = ed.tree(name)
        except SanitizeError:
            continue
        changed = False
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            if el.text and text in el.text and not _structural(name, el):
                el.text = el.text.replace(text, replacement)
                changed = True
                n += 1
            for key in TEXT_ATTRIBUTES:
                value = el.get(key)
                if value and text in value and not (key == W + "val" and el.tag != W + "tag"):
                    el.set(key, value.replace(text, replacement))
                    changed = True
            if el.get(W15_AUTHOR) and text in el.get(W15_AUTHOR):
                el.set(W15_AUTHOR, el.get(W15_AUTHOR).replace(text, replacement))
                changed = True
        if changed:
            ed.touch(name)
    return n


def _structural(name: str, el) -> bool:
    """Text nodes whose value is a machine value (dates, counters), not words."""
    tag = etree.QName(el)
    return tag.namespace == "http://purl.org/dc/terms/" or (name.endswith("app.xml") and tag.localname in APP_STATISTICS)


def _visible_text(data: bytes) -> str:
    """All text of an XML part (text nodes and attribute values), whitespace removed, so text
    split across runs is found too."""
    try:
        root = parse_xml(data, recover=True)
    except PartError:
        return _WS.sub("", data.decode("utf-8", "replace"))
    pieces = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text:
            pieces.append(el.text)
        pieces.extend(v for v in el.attrib.values())
    return _WS.sub("", "".join(pieces))


def _still_present(output: Path, texts: list[str]) -> list[str]:
    """Search every part of the output (and the XML inside embedded packages) for the texts."""
    needles = [(t, _WS.sub("", t)) for t in texts if _WS.sub("", t)]
    found: list[str] = []
    with zipfile.ZipFile(output) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            if info.filename.endswith((".xml", ".rels")):
                haystacks = [_visible_text(data)]
            else:
                haystacks = [data.decode("utf-8", "ignore"), data.decode("utf-16-le", "ignore"),
                             data.decode("gb18030", "ignore")]
                if data.startswith(b"PK"):
                    try:
                        with zipfile.ZipFile(io.BytesIO(data)) as inner:
                            haystacks += [_visible_text(inner.read(n)) for n in inner.namelist()
                                          if n.endswith(".xml")]
                    except Exception:
                        pass
            for text, needle in needles:
                if any(needle in h for h in haystacks):
                    found.append(f"仍可提取（{info.filename}）：{text[:40]}")
    return found

