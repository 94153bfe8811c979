"""Document structures of a PDF that travel with the published file: the Info dictionary and
XMP metadata, annotations, attachments, JavaScript and earlier incrementally saved versions.

PDFium answers what it can (annotations, attachments, document-level JavaScript, trailer
offsets); what it does not expose (XMP, OpenAction and /AA scripts, the Info dictionaries of
earlier revisions) is read with pdfminer, which parses only the objects asked for.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pypdfium2.raw as pdfium_c

from reviewer.core.documents.model import account_number

# -- metadata values: a person or unit, a tool, or an account name -----------------------------

_TOOL = re.compile(
    r"microsoft|\bword\b|wps|writer|libreoffice|openoffice|acrobat|adobe|distiller|pdf|\btex\b|latex|"
    r"ghostscript|quartz|skia|camscanner|扫描全能王|intsig|itext|foxit|福昕|kingsoft|金山|office|chrome|"
    r"mozilla|cairo|\bqt\b|reportlab|powerpoint|excel|永中|数科|书生|方正|pscript|printer|scan|canon|epson|"
    r"xerox|ricoh|kyocera|konica|toshiba|brother|windows|mac ?os|ios|android|版本|version|\d+\.\d+", re.I)
_GENERIC = {"administrator", "admin", "user", "users", "owner", "pc", "lenovo", "dell", "hp", "asus", "acer",
            "huawei", "微软用户", "windows 用户", "windows user", "unknown", "author", "作者", "未知", "系统管理员",
            "管理员", "用户", "匿名", "guest", "sony", "samsung", "xiaomi", "apple", "microsoft", "john doe"}
_UNIT = re.compile(r"(局|厅|处|科|室|办|委|院|部|中心|公司|集团|单位|政府|大学|学院|医院|银行|协会|所|站|队|组|街道|乡|镇|村)$")
_FILE_NAME = re.compile(r"\.(docx?|wps|xlsx?|et|pptx?|dps|pdf|txt|rtf|ofd)\b|[A-Za-z]:\\|\\\\|/home/|/Users/|桌面|Desktop",
                        re.I)

PERSON_KEYS = {"author", "creator_person", "lastmodifiedby", "manager", "company", "operator", "editor",
               "owner", "authorsposition", "captionwriter"}
TITLE_KEYS = {"title", "subject", "keywords", "description"}
TOOL_KEYS = {"creator", "producer", "creatortool", "softwareagent"}
FIELD_NAMES = {"author": "作者", "title": "标题", "subject": "主题", "keywords": "关键词", "creator": "创建程序",
               "producer": "生成程序", "creatortool": "创建工具", "description": "描述", "company": "单位",
               "manager": "经理", "lastmodifiedby": "最后修改者", "creator_person": "创建者"}


_DIGITS = re.compile(r"\d")


def classify(key: str, value: str) -> str | None:
    """'review' (names a person or unit, or leaks a file name), 'info' (an account name) or
    None (a tool name, a title, empty)."""
    v = value.strip()
    if not v or len(v) > 300:
        return None
    low = v.lower()
    if _FILE_NAME.search(v) and key not in TOOL_KEYS:
        return "review"
    if key in TITLE_KEYS:
        return None
    looks_person = bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", v)) or bool(_UNIT.search(v))
    if key in TOOL_KEYS:
        return "review" if looks_person and not _TOOL.search(v) else None
    if low in _GENERIC or _TOOL.search(v):
        return "info" if low in _GENERIC else None
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", v):
        # digits only: an account number, not a name (a mobile or ID number names a person)
        return "info" if account_number(v) or not _DIGITS.search(v) else "review"
    return "review"


@dataclass
class MetaValue:
    key: str          # normalised lower-case key (author, title, creatortool ...)
    label: str        # what a person calls it
    value: str
    source: str       # Info / XMP / 旧版本 Info
    severity: str | None = None


def _decode(value: Any) -> str | None:
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", "replace")
        try:
            return decode_text(value)
        except Exception:
            return value.decode("latin-1")
    if isinstance(value, str):
        return value
    if isinstance(value, PSLiteral):
        return str(value.name)
    return None


def info_values(infos: list[dict]) -> list[MetaValue]:
    """Values of the Info dictionaries, the current one first, then those only in earlier revisions."""
    out: list[MetaValue] = []
    seen: set[tuple[str, str]] = set()
    for n, info in enumerate(infos):
        for key, raw in info.items():
            if key in ("CreationDate", "ModDate", "Trapped"):
                continue
            value = _decode(_resolve(raw))
            if not value or not value.strip():
                continue
            k = key.lower()
            if (k, value) in seen:
                continue
            seen.add((k, value))
            label = FIELD_NAMES.get(k, key)
            out.append(MetaValue(k, label, value.strip(),
                                 "Info" if n == 0 else "旧版本 Info"))
    return out


def _resolve(value):
    from pdfminer.pdftypes import resolve1
    return resolve1(value)


_XMP_ROLES = {"creator": "creator_person", "author": "author", "owner": "owner", "lastmodifiedby": "lastmodifiedby",
              "authorsposition": "authorsposition", "captionwriter": "captionwriter", "manager": "manager",
              "company": "company", "creatortool": "creatortool", "producer": "producer", "title": "title",
              "description": "description", "keywords": "keywords", "subject": "subject"}


def xmp_values(xml: bytes) -> list[MetaValue]:
    import xml.etree.ElementTree as ET
    start = xml.find(b"<x:xmpmeta")
    if start < 0:
        start = xml.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if xml.find(b"</x:xmpmeta>") >= 0 else b"</rdf:RDF>"
    end = xml.find(end_tag)
    if start < 0 or end < 0:
        return []
    try:
        root = ET.fromstring(xml[start:end + len(end_tag)])
    except ET.ParseError:
        return []
    out: list[MetaValue] = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1].lower()
        if tag == "li":
            continue
        role = _XMP_ROLES.get(tag)
        if role is None and "pdfx" not in el.tag:
            continue
        texts = [(li.text or "").strip() for li in el.iter() if li.tag.endswith("}li")] or [(el.text or "").strip()]
        for value in texts:
            if value:
                out.append(MetaValue(role or tag, FIELD_NAMES.get(role or tag, tag), value, "XMP"))
        # attributes written in the short form: <rdf:Description pdf:Producer="...">
    for el in root.iter():
        if el.tag.endswith("}Description"):
            for attr, value in el.attrib.items():
                tag = attr.rsplit("}", 1)[-1].lower()
                role = _XMP_ROLES.get(tag)
                if role and value.strip():
                    out.append(MetaValue(role, FIELD_NAMES.get(role, tag), value.strip(), "XMP"))
    return out[:200]


# -- pdfminer: the objects PDFium does not expose ---------------------------------------------

@dataclass
class CatalogFacts:
    infos: list[dict] = field(default_factory=list)
    xmp: bytes | None = None
    scripts: list[tuple[str, str]] = field(default_factory=list)   # (where, script)
    failed: str | None = None


def _js_text(action) -> str | None:
    action = _resolve(action)
    if not isinstance(action, dict):
        return None
    kind = _resolve(action.get("S"))
    if getattr(kind, "name", None) != "JavaScript":
        return None
    js = _resolve(action.get("JS"))
    if hasattr(js, "get_data"):
        js = js.get_data()
    return (_decode(js) or "").strip() or "（空脚本）"


def _actions(owner: dict, where: str) -> Iterator[tuple[str, str]]:
    for key in ("A", "OpenAction"):
        js = _js_text(owner.get(key))
        if js is not None:
            yield where, js
    aa = _resolve(owner.get("AA"))
    if isinstance(aa, dict):
        for trigger, action in aa.items():
            js = _js_text(action)
            if js is not None:
                yield f"{where}（{trigger} 触发）", js


def catalog_facts(path: Path, scan_pages: bool, annot_pages: set[int]) -> CatalogFacts:
    """Info dictionaries of every revision, XMP, and JavaScript in OpenAction and /AA actions
    (of the catalog, and of the pages and annotations when asked)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    facts = CatalogFacts()
    try:
        with open(path, "rb") as fh:
            doc = PDFDocument(PDFParser(fh))
            # pdfminer reads the newest xref section first, so the current Info comes first;
            # earlier trailers may point at Info dictionaries an incremental save left behind
            for xref in doc.xrefs:
                info = _resolve(xref.get_trailer().get("Info"))
                if isinstance(info, dict) and not any(info is seen for seen in facts.infos):
                    facts.infos.append(info)
            catalog = doc.catalog
            metadata = _resolve(catalog.get("Metadata"))
            if hasattr(metadata, "get_data"):
                facts.xmp = metadata.get_data()
            facts.scripts.extend(_actions(catalog, "打开文档时"))
            if scan_pages or annot_pages:
                for n, page in enumerate(PDFPage.create_pages(doc)):
                    if scan_pages:
                        facts.scripts.extend(_actions(page.attrs, f"第{n + 1}页"))
                    if scan_pages or n in annot_pages:
                        for annot in _resolve(page.annots) or []:
                            annot = _resolve(annot)
                            if isinstance(annot, dict):
                                facts.scripts.extend(_actions(annot, f"第{n + 1}页的注释/链接"))
    except Exception as exc:   # a damaged file PDFium could repair but pdfminer cannot
        facts.failed = f"{type(exc).__name__}: {exc}"
    return facts


# -- PDFium helpers ------------------------------------------------------------------------------

def utf16_value(fn, *args) -> str:
    """Call a PDFium getter that fills a UTF-16LE buffer and returns the byte length."""
    size = fn(*args, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    fn(*args, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    return buf.raw[: size - 2].decode("utf-16-le", "replace")


def annot_string(annot, key: str) -> str:
    return utf16_value(pdfium_c.FPDFAnnot_GetStringValue, annot, key.encode())


def attachment_facts(attachment) -> tuple[str, int | None]:
    name = utf16_value(pdfium_c.FPDFAttachment_GetName, attachment)
    size = ctypes.c_ulong()
    ok = pdfium_c.FPDFAttachment_GetFile(attachment, None, 0, ctypes.byref(size))
    return name or "（无名称）", size.value if ok else None


def document_scripts(pdf) -> list[tuple[str, str]]:
    out = []
    for k in range(max(0, pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf))):
        action = pdfium_c.FPDFDoc_GetJavaScriptAction(pdf, k)
        if not action:
            continue
        name = utf16_value(pdfium_c.FPDFJavaScriptAction_GetName, action)
        script = utf16_value(pdfium_c.FPDFJavaScriptAction_GetScript, action)
        pdfium_c.FPDFDoc_CloseJavaScriptAction(action)
        out.append((f"文档级脚本“{name}”" if name else "文档级脚本", script.strip() or "（空脚本）"))
    return out


def trailer_ends(pdf) -> list[int]:
    count = pdfium_c.FPDF_GetTrailerEnds(pdf, None, 0)
    if count <= 0:
        return []
    buf = (ctypes.c_uint * count)()
    pdfium_c.FPDF_GetTrailerEnds(pdf, buf, count)
    return sorted(buf)


def is_linearized(path: Path) -> bool:
    with open(path, "rb") as fh:
        return b"/Linearized" in fh.read(2048)


def file_contains(path: Path, needles: tuple[bytes, ...]) -> set[bytes]:
    """Which of the byte strings occur in the file (read in chunks, bounded memory)."""
    found: set[bytes] = set()
    keep = max(len(n) for n in needles)
    tail = b""
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(1 << 22)
            if not chunk:
                break
            window = tail + chunk
            for n in needles:
                if n not in found and n in window:
                    found.add(n)
            if len(found) == len(needles):
                break
            tail = window[-keep:]
    return found


def earlier_texts(path: Path, end: int, max_pages: int = 300) -> list[str]:
    """Plain text per page of the revision that ends at byte `end`."""
    import pypdfium2 as pdfium
    with open(path, "rb") as fh:
        data = fh.read(end)
    texts = []
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return texts
    try:
        for i in range(min(len(pdf), max_pages)):
            page = pdf[i]
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return texts
