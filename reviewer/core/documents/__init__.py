"""Open any draft: the kind is decided by the file's content, not only by its extension."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from reviewer.core.documents.model import (Cancelled, CancelCheck, Document, DocumentError, HiddenItem,
                                           Paragraph, Part, Progress)

__all__ = ["load_document", "sniff", "Document", "DocumentError", "Cancelled", "HiddenItem", "Paragraph",
           "Part", "Progress", "CancelCheck", "sha256_of"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LEGACY_HINT = "请先用 WPS 或 Word 打开，另存为 .docx 格式后再检查"


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _ole_streams(path: Path) -> bytes:
    """The raw bytes where an OLE file keeps its directory names (UTF-16LE); enough to tell a
    Word 97 document from an encrypted OOXML package without a full compound-file parser."""
    with open(path, "rb") as fh:
        return fh.read(8 << 20)


def _has_stream(raw: bytes, name: str) -> bool:
    return name.encode("utf-16-le") in raw


def sniff(path: Path) -> str:
    """Return 'docx', 'pdf' or 'txt', or raise DocumentError with a Chinese message."""
    if not path.exists():
        raise DocumentError(f"文件不存在：{path}", "missing")
    if path.is_dir():
        raise DocumentError(f"这是一个文件夹，不是文件：{path}", "unsupported")
    size = path.stat().st_size
    if size == 0:
        raise DocumentError("文件为空（0 字节），没有任何可检查的内容", "empty")
    with open(path, "rb") as fh:
        head = fh.read(4096)
    suffix = path.suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        raw = _ole_streams(path)
        if _has_stream(raw, "EncryptedPackage") or _has_stream(raw, "EncryptionInfo"):
            raise DocumentError("文件设置了打开密码（加密的 Office 文档），无法检查。请在 WPS 或 Word 中取消密码、"
                                "另存为不加密的 .docx 后再检查", "encrypted")
        if _has_stream(raw, "WordDocument"):
            raise DocumentError(f"这是旧版 Word/WPS 文档（.doc/.wps 格式），本工具不能可靠读取。{_LEGACY_HINT}", "legacy_doc")
        if _has_stream(raw, "Workbook") or _has_stream(raw, "Book"):
            raise DocumentError("这是 Excel/WPS 表格文件（.xls/.et），不是公文草稿。请把需要发布的内容另存为 .docx 或 PDF 后再检查",
                                "unsupported")
        if _has_stream(raw, "PowerPoint Document"):
            raise DocumentError("这是 PowerPoint/WPS 演示文件，不支持。请另存为 PDF 后再检查", "unsupported")
        raise DocumentError(f"这是旧版 Office/WPS 复合文档，无法读取。{_LEGACY_HINT}", "legacy_doc")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path, suffix)
    if head.startswith(b"{\\rtf"):
        raise DocumentError("这是 RTF 格式文件，不支持。请用 WPS 或 Word 另存为 .docx 后再检查", "unsupported")
    if suffix == ".pdf":
        raise DocumentError("文件扩展名是 .pdf，但内容不是 PDF（文件可能已损坏或不是 PDF）", "damaged")
    if suffix in (".docx", ".docm", ".dotx", ".wps", ".doc"):
        raise DocumentError(f"文件扩展名是 {suffix}，但内容不是 Word 文档（文件可能已损坏）", "damaged")
    from reviewer.core.documents.text import looks_like_text
    if looks_like_text(path):
        return "txt"
    raise DocumentError("无法识别的文件格式：只支持 .docx、.pdf 和 .txt 文本", "unsupported")


def _sniff_zip(path: Path, suffix: str) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise DocumentError("文件已损坏：压缩包结构不完整（可能下载或拷贝未完成）。请重新保存或重新获取文件",
                            "damaged") from None
    except (OSError, ValueError) as exc:
        raise DocumentError(f"文件已损坏，无法打开：{exc}", "damaged") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise DocumentError("这是 Excel 表格（.xlsx），不是公文草稿。请把需要发布的内容另存为 .docx 或 PDF 后再检查",
                            "unsupported")
    if "ppt/presentation.xml" in names:
        raise DocumentError("这是 PowerPoint 演示文稿（.pptx），不支持。请另存为 PDF 后再检查", "unsupported")
    if "OFD.xml" in names:
        raise DocumentError("这是 OFD 版式文件，暂不支持。请导出为 PDF 后再检查", "unsupported")
    if "[Content_Types].xml" in names:
        raise DocumentError("文件不是有效的 Word 文档：缺少正文部分（word/document.xml），文件可能已损坏", "damaged")
    raise DocumentError("这是一个 ZIP 压缩包，不是 Word 文档。请解压后分别检查其中的文件", "unsupported")


def load_document(path: str | Path, progress: Progress | None = None,
                  cancel: CancelCheck | None = None) -> Document:
    """Read a draft into the Document model; raise DocumentError when it cannot be read."""
    path = Path(path)
    kind = sniff(path)
    if kind == "pdf":
        from reviewer.core.documents import pdf as loader
    elif kind == "docx":
        from reviewer.core.documents import docx as loader
    else:
        from reviewer.core.documents import text as loader
    try:
        doc = loader.load(path, progress=progress, cancel=cancel)
    except (DocumentError, Cancelled):
        raise
    except MemoryError:
        raise DocumentError("文件过大，内存不足，无法读取", "too_large") from None
    except Exception as exc:  # a loader bug or a file shape nobody foresaw: never a traceback to the user
        raise DocumentError(f"读取文件时出错（{type(exc).__name__}：{exc}）。文件可能已损坏", "damaged") from exc
    doc.sha256 = doc.sha256 or sha256_of(path)
    doc.size = path.stat().st_size
    return doc
