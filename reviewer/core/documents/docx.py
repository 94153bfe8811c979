"""Word .docx drafts (minimal reader; replaced by the full part-XML reader)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from reviewer.core.documents.model import CancelCheck, Document, DocumentError, Progress

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _para_text(p) -> str:
    out = []
    for el in p.iter(W + "t", W + "tab", W + "br", W + "delText"):
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
    return "".join(out)


def load(path: Path, progress: Progress | None = None, cancel: CancelCheck | None = None) -> Document:
    from lxml import etree
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise DocumentError(f"Word 文档已损坏，无法读取（{exc}）", "damaged") from None
    root = etree.fromstring(xml)
    doc = Document(path=str(path), kind="docx", sha256="")
    body = doc.part("body", None, "正文")
    tables = 0
    for child in root.find(W + "body"):
        if child.tag == W + "p":
            body.add(_para_text(child))
        elif child.tag == W + "tbl":
            tables += 1
            part = doc.part("table", tables, f"表格{tables}")
            for p in child.iter(W + "p"):
                part.add(_para_text(p))
    return doc
