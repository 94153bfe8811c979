"""Plain-text drafts: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM; never mojibake.

Every physical line is a paragraph of the body, so a finding's paragraph number is its line.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from reviewer.core.documents.model import CancelCheck, Document, DocumentError, Progress

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LINE = re.compile(r"\r\n|\r|\n")
_SAMPLE = 256 * 1024


def _plausible(text: str) -> bool:
    """Reads like Chinese or Western text: few control characters and little from the rare planes."""
    if not text:
        return True
    bad = 0
    for ch in text:
        o = ord(ch)
        if o < 32 and ch not in "\t\r\n\f":
            bad += 3
        elif 0xE000 <= o <= 0xF8FF or 0x80 <= o < 0xA0 or ch == "\ufffd":
            bad += 1
        elif o >= 0x3400 and not (0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
                                 or 0x2000 <= o <= 0x206F or 0x3400 <= o <= 0x4DBF):
            bad += 1
    return bad <= max(2, len(text) // 50)


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) or raise DocumentError."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError:
                raise DocumentError(f"文本带有 {enc.upper()} 标记，但内容无法按该编码读取（文件可能已损坏）",
                                    "damaged") from None
    if b"\x00" in raw[:_SAMPLE]:
        raise DocumentError("这不是文本文件（含有二进制内容），无法识别其格式", "unsupported")
    try:
        text = raw.decode("utf-8")
        if _plausible(text[:_SAMPLE]):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
        if _plausible(text[:_SAMPLE]):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    raise DocumentError("无法识别文本的编码（既不是 UTF-8，也不是 GBK/GB18030）。请在记事本或 WPS 中另存为 UTF-8 后再检查",
                        "encoding")


def looks_like_text(path: Path) -> bool:
    with open(path, "rb") as fh:
        raw = fh.read(_SAMPLE)
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return True
    if b"\x00" in raw:
        return False
    for enc in ("utf-8", "gb18030"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            if exc.start < len(raw) - 4:  # a character cut by the sample's end is fine
                continue
            text = raw[:exc.start].decode(enc)
        if _plausible(text):
            return True
    return False


def load(path: Path, progress: Progress | None = None, cancel: CancelCheck | None = None) -> Document:
    raw = path.read_bytes()
    text, encoding = decode(raw)
    doc = Document(path=str(path), kind="txt", sha256="", encoding=encoding)
    body = doc.part("body", None, "正文")
    lines = _LINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    for n, line in enumerate(lines):
        body.add(line)
        if progress and n % 5000 == 0:
            progress(n, len(lines), "读取文本")
    return doc


def from_string(text: str, path: str = "<text>") -> Document:
    """A document made from a string (examples, tests, pasted text): one paragraph per line."""
    doc = Document(path=path, kind="txt", sha256="", encoding="utf-8")
    body = doc.part("body", None, "正文")
    for line in _LINE.split(text):
        body.add(line)
    return doc
