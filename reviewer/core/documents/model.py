"""One model for every kind of draft: parts -> paragraphs -> text, plus what is hidden in the file.

Loaders fill it; checks read it. A paragraph's text is what a reader of the published file
sees in reading order (tracked insertions included, deletions and w:vanish text excluded);
what is in the file but not seen goes to `Document.hidden` as facts, which the hidden-content
check turns into findings.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from reviewer.core.findings import Location

# progress(done, total, message); cancel() -> True to stop
Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class DocumentError(Exception):
    """A file that cannot be read at all. The message is Chinese and tells the user what to do."""

    def __init__(self, message: str, code: str = "unreadable"):
        super().__init__(message)
        self.message = message
        self.code = code  # short machine tag: missing, empty, legacy_doc, encrypted, damaged, unsupported ...


class Cancelled(Exception):
    """The user stopped loading or checking."""


@dataclass
class Paragraph:
    text: str
    part: str                 # one of findings.PART_KINDS
    part_index: int | None    # section of a header/footer, table number, 1-based page ...
    index: int                # 0-based within its part (for .txt: the physical line)
    page: int | None = None
    style: str | None = None  # docx style name (Heading 1, 标题 1 ...) where known
    # loader-specific mapping of text offsets back into the file (e.g. PDF text-page char
    # indexes); never serialised, may be None
    origin: Any = None
    # the number Word shows in front of the paragraph by automatic numbering (一、 （二） 3.), and
    # what follows it ("\t", " " or ""); never part of `text`, so offsets stay those of the text
    label: str = ""
    label_suffix: str = ""
    # offsets of the characters that stand for a line break inside the paragraph (a .docx
    # w:br/w:cr, read as one space): the text after one starts a new line on the page
    breaks: tuple[int, ...] = ()

    def location(self, start: int, end: int) -> Location:
        return Location(self.part, self.part_index, self.index, start, end, self.page)

    def lines(self) -> list[tuple[int, str]]:
        """(offset, text) of each line a reader sees: the whole text, or its pieces between
        line breaks."""
        if not self.breaks:
            return [(0, self.text)]
        out, start = [], 0
        for at in self.breaks:
            out.append((start, self.text[start:at]))
            start = at + 1
        out.append((start, self.text[start:]))
        return out


@dataclass
class Part:
    kind: str
    index: int | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    label: str = ""           # what a person calls it: 第1节页眉（首页）, 表格3, 第12页

    def add(self, text: str, page: int | None = None, style: str | None = None, origin: Any = None) -> Paragraph:
        p = Paragraph(text, self.kind, self.index, len(self.paragraphs), page, style, origin)
        self.paragraphs.append(p)
        return p


_DIGITS_ONLY = re.compile(r"[\d\s\-_.]+")
_PERSONAL_NUMBER = re.compile(r"1[3-9]\d{9}|\d{15}|\d{17}[\dXx]")


def account_number(value: str) -> bool:
    """A document property made of digits only (86156, 2023001): an account, not a person's or
    unit's name, unless it is a mobile or ID number (those name a person)."""
    v = value.strip()
    return bool(v) and bool(_DIGITS_ONLY.fullmatch(v)) and not _PERSONAL_NUMBER.fullmatch(re.sub(r"[\s\-_.]", "", v))


# kind of hidden fact -> the finding rule it becomes (checks/hidden.py decides message and severity)
HIDDEN_KINDS = {
    "comment": "secrecy.hidden.comment",
    "revision": "secrecy.hidden.revision",
    "vanish": "secrecy.hidden.text",
    "invisible": "secrecy.hidden.invisible",
    "metadata": "secrecy.hidden.metadata",
    "embedded": "secrecy.hidden.embedded",
    "macro": "secrecy.hidden.macro",
    "link": "secrecy.hidden.link",
    "annotation": "secrecy.pdf.annotation",
    "attachment": "secrecy.pdf.attachment",
    "javascript": "secrecy.pdf.javascript",
    "incremental": "secrecy.pdf.incremental",
    "redaction": "secrecy.pdf.redaction",
}


@dataclass
class HiddenItem:
    kind: str                       # a key of HIDDEN_KINDS
    text: str                       # the hidden text itself, or a description of the object
    location: Location | None = None
    detail: dict[str, Any] = field(default_factory=dict)  # author, date, reason, name, size ...

    def __post_init__(self) -> None:
        if self.kind not in HIDDEN_KINDS:
            raise ValueError(f"unknown hidden kind {self.kind!r}")


@dataclass
class Document:
    path: str
    kind: str                                   # docx | pdf | txt
    sha256: str
    parts: list[Part] = field(default_factory=list)
    hidden: list[HiddenItem] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # title, author, company ... as found
    errors: list[str] = field(default_factory=list)  # parts that could not be read (Chinese)
    pages: int | None = None
    no_text: bool = False                       # a PDF without a text layer: nothing could be checked
    no_text_pages: list[int] = field(default_factory=list)  # 1-based pages that are images without text (scans)
    encoding: str | None = None                 # .txt: the encoding it was read with
    size: int = 0

    def part(self, kind: str, index: int | None = None, label: str = "") -> Part:
        p = Part(kind, index, [], label)
        self.parts.append(p)
        return p

    def paragraphs(self, kinds: tuple[str, ...] | None = None) -> Iterator[Paragraph]:
        for part in self.parts:
            if kinds is None or part.kind in kinds:
                yield from part.paragraphs

    @property
    def chars(self) -> int:
        return sum(len(p.text) for p in self.paragraphs() if p.part != "metadata")

    def text(self, kinds: tuple[str, ...] | None = None) -> str:
        return "\n".join(p.text for p in self.paragraphs(kinds))

    def content_hash(self) -> str:
        """Hash of what the document says: normalised text (with its automatic numbers) of every
        part but the metadata, plus comments and hidden text. A change of properties alone leaves
        it unchanged."""
        h = hashlib.sha256()
        for part in self.parts:
            if part.kind == "metadata":
                continue
            h.update(f"\x1e{part.kind}:{part.index}".encode())
            for p in part.paragraphs:
                h.update(b"\x1f" + _WS.sub("", p.label + p.text).encode("utf-8"))
        for item in self.hidden:
            if item.kind in ("comment", "revision", "vanish", "invisible"):
                h.update(f"\x1d{item.kind}:".encode() + _WS.sub("", item.text).encode("utf-8"))
        return h.hexdigest()


_WS = re.compile(r"\s+")
