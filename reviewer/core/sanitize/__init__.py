"""Clean copies and redacted copies, re-checked before success is reported.

`clean` writes a copy without metadata, comments, revisions (accepted), hidden and invisible
text and macros; `redact` masks chosen spans. The format modules (sanitize/docx.py,
sanitize/pdf.py) write the file; this module re-reads the output and refuses success — and
removes the output — when anything that was to go is still extractable.
"""
from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.documents import DocumentError, load_document, sniff
from reviewer.core.findings import Location


class SanitizeError(Exception):
    """Could not produce a safe copy; the message is Chinese."""


@dataclass
class RedactSpan:
    location: Location
    text: str                 # the exact text at location (checked before masking)
    mask: str = "■"


@dataclass
class SanitizeResult:
    source: Path
    output: Path
    removed: list[str] = field(default_factory=list)     # what was removed, in Chinese, for the report
    remaining: list[str] = field(default_factory=list)   # what is still extractable after the re-check
    must_be_gone: list[str] = field(default_factory=list)  # texts the re-check searches for
    cleaned: bool = False     # a clean copy: no hidden item at all may remain

    @property
    def ok(self) -> bool:
        return not self.remaining


_WS = re.compile(r"\s+")


def _module(path: Path):
    kind = sniff(path)
    if kind not in ("docx", "pdf"):
        raise SanitizeError(f"只能处理 .docx 和 .pdf 文件（这是 {kind}）")
    return importlib.import_module(f"reviewer.core.sanitize.{kind}")


def _recheck(result: SanitizeResult) -> SanitizeResult:
    """Every text in must_be_gone must be absent from the output's text, hidden items and properties."""
    try:
        doc = load_document(result.output)
    except DocumentError as exc:
        result.remaining.append(f"输出文件无法读取：{exc.message}")
        return result
    haystack = _WS.sub("", "\n".join([p.text for p in doc.paragraphs()] + [h.text for h in doc.hidden]
                                     + list(doc.properties.values())))
    for text in result.must_be_gone:
        needle = _WS.sub("", text)
        if needle and needle in haystack:
            result.remaining.append(f"仍可提取：{text[:40]}")
    if result.cleaned:
        result.remaining += [f"仍有隐藏内容：{h.kind} {h.text[:30]}" for h in doc.hidden]
    return result


def _finish(result: SanitizeResult) -> SanitizeResult:
    _recheck(result)
    if not result.ok and result.output.exists():
        os.remove(result.output)  # never leave a file that looks clean but is not
    return result


def clean(source: Path, output: Path) -> SanitizeResult:
    source, output = Path(source), Path(output)
    if source.resolve() == output.resolve():
        raise SanitizeError("输出文件不能覆盖原文件")
    result = _module(source).clean(source, output)
    result.cleaned = True
    return _finish(result)


def redact(source: Path, output: Path, spans: list[RedactSpan]) -> SanitizeResult:
    source, output = Path(source), Path(output)
    if source.resolve() == output.resolve():
        raise SanitizeError("输出文件不能覆盖原文件")
    if not spans:
        raise SanitizeError("没有选中要遮盖的内容")
    result = _module(source).redact(source, output, spans)
    return _finish(result)
