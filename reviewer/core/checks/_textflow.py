"""The published text as blocks the secrecy checks can read: where each block sits (page
margin, document head or tail, table, heading) and how its offsets map back to paragraphs.

A PDF page reader may give one paragraph per printed line, so a number or a marking can be
cut by a line break; the lines of a page that run to the right margin without closing a
sentence are joined into one block, and a match in a joined block is reported on the line it
starts on. Every other part keeps one block per paragraph.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from reviewer.core.checks import CheckContext, finding_at, text_paragraphs
from reviewer.core.documents.model import Document, Paragraph
from reviewer.core.findings import Finding
from reviewer.core.normalize import fold_char, normalize

MARGIN_PARTS = ("header", "footer", "textbox")
HEAD_PARAGRAPHS = 3      # the first lines of a document: 份号, 密级, 紧急程度 (GB/T 9704-2012 7.2)
TAIL_PARAGRAPHS = 3      # the last lines: 公开属性, 印发 line
PAGE_EDGE_LINES = 2      # running head / foot of a PDF page
_SENTENCE_END = "。！？；：.!?;:”’」』）)】"


# the character folding of reviewer.core.normalize as one translate table (it maps one
# character to one character, so offsets stay put)
_FOLD = {o: fold_char(chr(o)) for o in [*range(0xFF01, 0xFF5F), 0x3000, *map(ord, "“”＂‘’"), *range(65, 91)]}
_INNER_SPACE = re.compile(r"\S\s")


class Folded:
    """Normalised text of a block, the same as reviewer.core.normalize gives, but cheap for the
    common paragraph that has no whitespace inside (only an indent): that text is folded with
    one translate call and its offsets differ from the original by the indent alone."""

    def __init__(self, raw: str):
        core = raw.strip()
        if _INNER_SPACE.search(core) is None:
            self.text = core.translate(_FOLD)
            self._offset = len(raw) - len(raw.lstrip())
            self._norm = None
        else:
            self._norm = normalize(raw)
            self.text = self._norm.text
            self._offset = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self._norm is not None:
            return self._norm.span(start, end)
        return start + self._offset, end + self._offset

    def to_normalized(self, original_offset: int) -> int:
        if self._norm is not None:
            return self._norm.to_normalized(original_offset)
        return min(max(0, original_offset - self._offset), len(self.text))


@dataclass
class Block:
    text: str
    paragraphs: list[Paragraph]
    starts: list[int]            # offset of each paragraph's text within `text`
    part: str
    margin: bool = False         # page header, footer or text box
    head: bool = False           # among the first lines of the document or of a PDF page
    tail: bool = False           # among the last lines of the document or of a PDF page
    heading: bool = False        # styled as a heading
    _norm: Folded | None = None

    @property
    def norm(self) -> Folded:
        if self._norm is None:
            self._norm = Folded(self.text)
        return self._norm

    def locate(self, start: int, end: int) -> tuple[Paragraph, int, int, str]:
        """The paragraph a block span [start, end) starts in, the span within it (clipped to
        that paragraph), and the span's full text (which may run into the next lines)."""
        k = bisect.bisect_right(self.starts, start) - 1
        para = self.paragraphs[k]
        offset = self.starts[k]
        local_end = min(end - offset, len(para.text))
        return para, start - offset, max(local_end, start - offset), self.text[start:end]

    def finding(self, nstart: int, nend: int, **kw) -> Finding:
        """A finding on the normalised span [nstart, nend) of this block."""
        start, end = self.norm.span(nstart, nend)
        para, s, e, text = self.locate(start, end)
        return finding_at(para, s, e, text=text, **kw)


def _nonempty(paras: list[Paragraph]) -> list[Paragraph]:
    return [p for p in paras if p.text.strip()]


def _page_blocks(paras: list[Paragraph]) -> Iterator[Block]:
    lines = _nonempty(paras)
    if not lines:
        return
    edge_head = {id(p) for p in lines[:PAGE_EDGE_LINES]}
    edge_tail = {id(p) for p in lines[-PAGE_EDGE_LINES:]}
    width = max(len(p.text.strip()) for p in lines)
    group: list[Paragraph] = []

    def flush() -> Block:
        text, starts, pos = [], [], 0
        for p in group:
            starts.append(pos)
            text.append(p.text)
            pos += len(p.text)
        return Block("".join(text), list(group), starts, "page", head=id(group[0]) in edge_head,
                     tail=id(group[-1]) in edge_tail)

    for p in lines:
        group.append(p)
        stripped = p.text.rstrip()
        runs_on = width >= 15 and len(stripped.strip()) >= 0.85 * width and stripped[-1:] not in _SENTENCE_END
        if not runs_on:
            yield flush()
            group = []
    if group:
        yield flush()


def blocks(doc: Document, ctx: CheckContext | None = None) -> list[Block]:
    """Every published paragraph of the document as a block, in part order; made once per
    document and shared by the secrecy checks through ctx.cache."""
    if ctx is None:
        return list(_make_blocks(doc))
    found = ctx.cache.get(_CACHE_KEY)
    if found is None:
        found = ctx.cache[_CACHE_KEY] = list(_make_blocks(doc))
    return found


_CACHE_KEY = "secrecy.textflow.blocks"


def _make_blocks(doc: Document) -> Iterator[Block]:
    body = [p for p in text_paragraphs(doc)]
    by_part: dict[tuple[str, int | None], list[Paragraph]] = {}
    for p in body:
        by_part.setdefault((p.part, p.part_index), []).append(p)
    for (part, _index), paras in by_part.items():
        if part == "page":
            yield from _page_blocks(paras)
            continue
        lines = _nonempty(paras)
        head = {id(p) for p in lines[:HEAD_PARAGRAPHS]} if part == "body" else set()
        tail = {id(p) for p in lines[-TAIL_PARAGRAPHS:]} if part == "body" else set()
        for p in lines:
            style = (p.style or "").lower()
            yield Block(p.text, [p], [0], part, margin=part in MARGIN_PARTS, head=id(p) in head,
                        tail=id(p) in tail, heading="heading" in style or "标题" in style or style == "title")
