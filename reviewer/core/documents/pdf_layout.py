"""Reading order and paragraphs of one PDF page, from PDFium's character boxes.

PDFium returns characters in content-stream order, which is not reading order: LibreOffice
draws quote marks in separate runs after the line they belong to, and some producers draw a
page bottom-up. So lines are rebuilt from the boxes (characters grouped by vertical position,
sorted left to right), spaces come from real space characters or from gaps between Latin
characters, and lines are joined into paragraphs by geometry: a short last line ends a
paragraph, a 2-character first-line indent starts one, so do a wider line gap, a change of
size, a heading number or a standalone line (a date, a secrecy marking, a page number).
Lines of one paragraph are joined without a separator between CJK characters, so a term
broken over a line end (国家工商行政管理 / 总局) is one string again; so is a number a full
line broke. The page end is a line end too: continues() decides whether the first paragraph
of a page goes on with the last one of the page before (the reader then joins them).
"""
from __future__ import annotations

import ctypes
import math
import re
from array import array
from dataclasses import dataclass, field

import pypdfium2.raw as pdfium_c

from reviewer.core.documents import pdfium_fast as fast
from reviewer.core.normalize import fold_radicals

INSERTED = -1   # a character of the paragraph text that is not on the page (a joining space)


class PdfOrigin:
    """Paragraph offsets -> text-page character indexes, as runs of consecutive indexes:
    flattened quadruples (paragraph offset, 0-based page, char index, length) in an array of
    ints. A paragraph that runs on from one page onto the next has runs on both pages; its
    `page` is the page it starts on."""

    __slots__ = ("page", "runs")

    def __init__(self, page: int, runs: array):
        self.page = page          # 0-based index of the page the paragraph starts on
        self.runs = runs

    @classmethod
    def from_indexes(cls, page: int, indexes: list[int]) -> "PdfOrigin":
        runs = array("l")
        start = 0
        n = len(indexes)
        while start < n:
            first = indexes[start]
            end = start + 1
            if first != INSERTED:
                while end < n and indexes[end] == first + (end - start):
                    end += 1
            else:
                while end < n and indexes[end] == INSERTED:
                    end += 1
            runs.extend((start, page, first, end - start))
            start = end
        return cls(page, runs)

    def extend(self, other: "PdfOrigin", shift: int) -> None:
        """Append the runs of `other` (a paragraph continued from another page), its offsets
        moved by `shift` (where its text starts in this paragraph)."""
        runs = other.runs
        for k in range(0, len(runs), 4):
            self.runs.extend((runs[k] + shift, runs[k + 1], runs[k + 2], runs[k + 3]))

    @property
    def pages(self) -> list[int]:
        """The 0-based pages the paragraph has characters on, in order."""
        out: list[int] = []
        for k in range(1, len(self.runs), 4):
            if self.runs[k + 1] != INSERTED and (not out or out[-1] != self.runs[k]):
                out.append(self.runs[k])
        return out

    def page_indexes(self, start: int, end: int) -> dict[int, list[int]]:
        """{0-based page: text-page indexes} of the characters at paragraph offsets [start, end)
        (inserted joining spaces have none); a span across a page break has two pages."""
        out: dict[int, list[int]] = {}
        runs = self.runs
        for k in range(0, len(runs), 4):
            offset, page, first, length = runs[k], runs[k + 1], runs[k + 2], runs[k + 3]
            if offset >= end:
                break
            if first == INSERTED or offset + length <= start:
                continue
            lo, hi = max(start, offset), min(end, offset + length)
            out.setdefault(page, []).extend(range(first + lo - offset, first + hi - offset))
        return out

    def char_indexes(self, start: int, end: int, page: int | None = None) -> list[int]:
        """Text-page indexes of the characters at paragraph offsets [start, end) that are on
        `page` (default: the page the paragraph starts on)."""
        return self.page_indexes(start, end).get(self.page if page is None else page, [])

    def offsets(self, page: int | None = None) -> dict[int, int]:
        """char index on `page` (default: the first) -> paragraph offset."""
        page = self.page if page is None else page
        out = {}
        runs = self.runs
        for k in range(0, len(runs), 4):
            offset, p, first, length = runs[k], runs[k + 1], runs[k + 2], runs[k + 3]
            if first != INSERTED and p == page:
                for j in range(length):
                    out[first + j] = offset + j
        return out


@dataclass(slots=True)
class Line:
    chars: list[int]
    text: str
    left: float
    right: float
    bottom: float
    top: float
    em: float
    row: int
    lead: float = 0.0    # width of the Latin/digit run the line starts with (it may not have fit above)
    head: float = 0.0    # width of the group kinsoku keeps together at the line start (see _head)


@dataclass
class PageChars:
    """The characters of one text page with their loose boxes, in a horizontal frame."""
    text: str                      # PDFium's text of the page (index = char index)
    index: list[int] = field(default_factory=list)   # chars with a box (no generated breaks)
    left: list[float] = field(default_factory=list)
    bottom: list[float] = field(default_factory=list)
    right: list[float] = field(default_factory=list)
    top: list[float] = field(default_factory=list)
    angle: float = 0.0             # reading direction of the page's text, radians


def _page_text(textpage, count: int) -> str:
    buf = (ctypes.c_ushort * (count + 1))()
    got = fast.text_get_text(textpage, 0, count, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", "replace")
    if len(text) != count:   # characters outside the BMP: fall back to one call per character
        text = "".join(chr(fast.text_get_unicode(textpage, i) or 0xFFFD) for i in range(count))
    return fold_radicals(text)  # ⻔ for 门 from a shared glyph: read what the page shows


def _dominant_angle(textpage, text: str) -> float:
    samples = [i for i, ch in enumerate(text) if not ch.isspace()][:: max(1, len(text) // 24)][:24]
    votes: dict[int, int] = {}
    for i in samples:
        a = fast.text_char_angle(textpage, i)
        if a >= 0:
            q = round(a / (math.pi / 2)) % 4
            votes[q] = votes.get(q, 0) + 1
    if not votes:
        return 0.0
    return max(votes, key=votes.get) * math.pi / 2


def read_chars(textpage: int) -> PageChars:
    """The characters of a text page (an integer handle) with their loose boxes."""
    count = fast.text_count_chars(textpage)
    if count <= 0:
        return PageChars("")
    text = _page_text(textpage, count)
    chars = PageChars(text)
    angle = _dominant_angle(textpage, text)
    chars.angle = angle
    rect = pdfium_c.FS_RECTF()
    prect = ctypes.byref(rect)
    get_box = fast.text_loose_box
    is_generated = fast.text_is_generated
    index, left, bottom, right, top = chars.index, chars.left, chars.bottom, chars.right, chars.top
    for i, ch in enumerate(text):
        if ch == "\r" or ch == "\n" or ch == "\x02" or (ch == " " and is_generated(textpage, i)):
            continue
        if not get_box(textpage, i, prect):
            continue
        index.append(i)
        left.append(rect.left)
        bottom.append(rect.bottom)
        right.append(rect.right)
        top.append(rect.top)
    if angle:
        _rotate(chars, angle)   # PDFium measures the angle clockwise
    return chars


def _rotate(chars: PageChars, angle: float) -> None:
    """Turn the boxes so the text reads left to right (pages whose text runs up or down)."""
    c, s = round(math.cos(angle)), round(math.sin(angle))
    for k in range(len(chars.index)):
        xs = (chars.left[k], chars.right[k])
        ys = (chars.bottom[k], chars.top[k])
        px = [x * c - y * s for x in xs for y in ys]
        py = [x * s + y * c for x in xs for y in ys]
        chars.left[k], chars.right[k] = min(px), max(px)
        chars.bottom[k], chars.top[k] = min(py), max(py)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def build_lines(chars: PageChars) -> list[Line]:
    text, idx = chars.text, chars.index
    L, B, R, T = chars.left, chars.bottom, chars.right, chars.top
    n = len(idx)
    if not n:
        return []
    order = sorted(range(n), key=lambda k: -(B[k] + T[k]))
    rows: list[list[int]] = []
    base = height = 0.0
    for k in order:
        h = T[k] - B[k]
        centre = (B[k] + T[k]) / 2
        if rows and abs(centre - base) <= 0.45 * max(height, h):
            rows[-1].append(k)
        else:
            rows.append([k])
            base, height = centre, h
    lines: list[Line] = []
    for row_no, row in enumerate(rows):
        row.sort(key=lambda k: L[k])
        # the em: CJK characters are one em wide and dominate a Chinese line, so the upper quartile
        # of the widths skips digits and punctuation without testing each character
        widths = sorted([R[k] - L[k] for k in row])
        em = max(widths[(3 * len(widths)) // 4], 1.0)
        segment: list[int] = []
        prev = None
        for k in row:
            ch = text[idx[k]]
            if prev is not None:
                gap = L[k] - R[prev]
                if gap > 2 * em:
                    lines.append(_line(segment, chars, em, row_no))
                    segment = []
                elif (ch == text[idx[prev]] and abs(L[k] - L[prev]) < 0.3 * (R[k] - L[k] + 0.1)
                      and not ch.isspace() and not _ligature(chars, prev, k, em)):
                    continue    # the same glyph drawn twice (simulated bold)
            segment.append(k)
            prev = k
        lines.append(_line(segment, chars, em, row_no))
    return [ln for ln in lines if ln.text]


def _ligature(chars: PageChars, a: int, b: int, em: float) -> bool:
    """Two characters that one glyph draws: consecutive in the text, one shared box as wide as
    both (LibreOffice draws the Chinese dash ―― or —— as one two-em glyph). A glyph drawn twice
    for simulated bold is one character wide."""
    return (chars.index[b] == chars.index[a] + 1 and chars.left[a] == chars.left[b]
            and chars.right[a] == chars.right[b] and chars.right[b] - chars.left[b] > 1.5 * em)


# Kinsoku (GB/T 15834 4.1, and what every word processor does): these never start a line, so a
# word processor carries the character before them down too (份 | 量，) ...
_NO_LINE_START = "，。、；：！？）》〉】〕」』”’…—·%‰,.;:!?)]}"
# ... and these never end one: a line is cut before them, and before the character they belong to
_NO_LINE_END = set("（《〈【〔「『“‘([{")


def _head(segment: list[int], chars: PageChars) -> float:
    """Width of what could not have been split off the start of the line: opening marks, the
    character or Latin word they open, and closing marks after it (“一, 术”, （校）, 〔2023〕).
    A word processor moves such a group to the next line whole, so the line before ends short
    of the margin though it was full. 0 when the line starts with a plain character."""
    text, idx, L, R = chars.text, chars.index, chars.left, chars.right
    real = [k for k in segment if not text[idx[k]].isspace()]
    n, i = len(real), 0
    while i < n and text[idx[real[i]]] in _NO_LINE_END:
        i += 1
    if i < n and _latin(text[idx[real[i]]]):
        while i < n and (_latin(text[idx[real[i]]]) or text[idx[real[i]]] in "./:@_-%"):
            i += 1
    elif i < n:
        i += 1
    while i < n and text[idx[real[i]]] in _NO_LINE_START:
        i += 1
    if i < 2:
        return 0.0
    return R[real[i - 1]] - L[real[0]]


def _line(segment: list[int], chars: PageChars, em: float, row: int) -> Line:
    text, idx = chars.text, chars.index
    L, R = chars.left, chars.right
    out: list[str] = []
    ids: list[int] = []
    prev = None
    for k in segment:
        ch = text[idx[k]]
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                ids.append(idx[k])
            continue
        if prev is not None and out and out[-1] != " " and (
                L[k] - R[prev] > 0.8 * em or (L[k] - R[prev] > 0.25 * em and _latin(ch) and _latin(text[idx[prev]]))):
            out.append(" ")
            ids.append(INSERTED)
        out.append(ch)
        ids.append(idx[k])
        prev = k
    while out and out[-1] == " ":
        out.pop()
        ids.pop()
    real = [k for k in segment if not text[idx[k]].isspace()]
    if not real:
        return Line([], "", 0, 0, 0, 0, em, row)
    lead_end = real[0]
    for k in real:
        if not text[idx[k]].isascii():
            break
        lead_end = k
    lead = R[lead_end] - L[real[0]] if text[idx[real[0]]].isascii() else 0.0
    return Line(ids, "".join(out), L[real[0]], max(R[k] for k in real), min(chars.bottom[k] for k in real),
                max(chars.top[k] for k in real), em, row, lead, _head(segment, chars))


_DATE_LINE = re.compile(r"^[0-9〇零一二三四五六七八九十○ ]{4,}年[0-9一二三四五六七八九十 ]{1,3}月[0-9一二三四五六七八九十 ]{1,4}日$")
_MARKING = re.compile(r"^(绝密|机密|秘密|内部|工作秘密)|★")
_PAGE_NO = re.compile(r"^([-—－–－]\s*\d+\s*[-—－–]|第\s*\d+\s*页.*|\d+\s*/\s*\d+|\d{1,4})$")
_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+(?:[.．]\d+)+(?![\d%])|\d+[.．、](?!\d)|[（(]\d+[)）]|"
                      r"第[一二三四五六七八九十百零〇\d]+[章节条]|附件\s*\d*[:：]?$)")
_SENTENCE_END = "。！？；：!?;:"
_DOCNUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,5}\s*号$")


def _standalone(line: Line) -> bool:
    t = line.text.strip()
    return bool(_DATE_LINE.match(t) or _PAGE_NO.match(t) or _DOCNUMBER_LINE.match(t) or (len(t) <= 12 and _MARKING.search(t))
                or (t.startswith(("（此件", "(此件")) and len(t) <= 16))


@dataclass
class Margin:
    """The right edge of the text found on an earlier page, for the next pages of the same
    frame and left edge: a page of short lines (a list of names, a table of coordinates) has
    no full line to show it."""
    edge: float | None = None
    key: tuple | None = None


def _body_right(lines: list[Line], body_left: float | None = None, frame: tuple[float, float] | None = None,
                margin: Margin | None = None) -> float:
    """Where full lines end: justified lines share one right edge, so the most common one (in
    3-pt buckets, the rightmost on a tie); a ragged page falls back to its 90th percentile.

    On a page of short lines (a list of names, the rows of a table) the most common edge is
    where several short lines happen to end, since Chinese lines are whole ems long. So when
    the page's frame (left, right) is known, a line that starts at the body's left edge and
    ends where the margins mirrored put the right edge wins over that: margins are about
    equal on both sides (GB/T 9704: 28 and 26 mm; word processors' defaults: equal). A page
    with no such line, none of whose lines comes near the edge an earlier page of the same
    frame showed, takes that edge (a page of two columns has lines that reach it)."""
    rights = sorted(ln.right for ln in lines if len(ln.text) >= 6) or sorted(ln.right for ln in lines)
    buckets: dict[int, list[float]] = {}
    for r in rights:
        buckets.setdefault(int(r // 3), []).append(r)
    best = max(buckets, key=lambda k: (len(buckets[k]), k))
    if len(buckets[best]) >= 2:
        found = max(buckets[best])
    else:
        found = rights[min(len(rights) - 1, int(0.9 * len(rights)))]
    if frame is None or body_left is None:
        return found
    em = sorted(ln.em for ln in lines)[len(lines) // 2]
    mirrored = frame[0] + frame[1] - body_left
    key = (round(frame[0]), round(frame[1]), round(body_left))
    at_margin = [ln.right for ln in lines
                 if len(ln.text) >= 6 and ln.left <= body_left + 2.5 * ln.em
                 and mirrored - 2 * ln.em <= ln.right <= mirrored + 2 * ln.em]
    if at_margin:
        edge = max(at_margin)
        if margin is not None:
            margin.edge, margin.key = edge, key
        return edge if edge > found + 3 * em else found
    if (margin is not None and margin.edge is not None and margin.key == key and margin.edge > found + 3 * em
            and max(ln.right for ln in lines) < margin.edge - 2 * em):
        return margin.edge
    return found


def _height_changes(a: Line, b: Line) -> bool:
    ha, hb = a.top - a.bottom, b.top - b.bottom
    return abs(ha - hb) > 0.2 * max(ha, hb, 0.1)


def _ends_short(a: Line, b: Line, body_right: float) -> bool:
    """Line a ends short of the right margin, so its paragraph ends there: unless the word or
    the group of characters and marks that starts line b would not have fitted (a character
    came down with the mark after it)."""
    em = max(a.em, b.em)
    room = body_right - a.right
    marks = len(b.text[1:]) - len(b.text[1:].lstrip(_NO_LINE_START))
    carried = marks > 0 and not b.text[0].isascii() and room < (1.1 + marks) * em
    return (room > 1.2 * em and not (b.lead and b.lead + em > room) and not (b.head and b.head + 0.2 * em > room)
            and not carried)


def seam(a: Line, b: Line, body_right: float) -> str:
    """What joins line a to the next line b of its paragraph: nothing between CJK characters,
    a space between two Latin words, but nothing inside a number a full line broke
    (3201021950 | 02184460): a word processor wraps at a space only where the next group
    would not fit, and then the line ends short by at least a digit."""
    x, y = a.text[-1], b.text[0]
    if not (_latin(x) and _latin(y)):
        return ""
    if x.isdigit() and y.isdigit() and body_right - a.right < 0.6 * a.em:
        return ""
    return " "


@dataclass(slots=True)
class PageLayout:
    """The paragraphs of one page, with what joining a paragraph across a page break needs:
    each paragraph's first and last line and the page's text frame."""
    paras: list[tuple[str, list[int]]]
    first: list[Line]
    last: list[Line]
    body_left: float = 0.0          # where most text starts (see paragraphs())
    body_right: float = 0.0
    text_left: float = 0.0          # where the leftmost line of text starts: the left margin
    em: float = 0.0                 # the median em of the page's lines
    indented: int = 0               # paragraphs of two lines or more that start with a first-line indent
    shared_rows: frozenset = frozenset()   # rows that hold more than one line (a table, two columns)


def paragraphs(lines: list[Line], frame: tuple[float, float] | None = None,
               margin: Margin | None = None) -> list[tuple[str, list[int]]]:
    """Group the page's lines into paragraphs: (text, char index per text character). `frame`
    is the page's (left, right) in the lines' coordinates, where known; `margin` carries the
    right edge of the text from page to page."""
    return layout(lines, frame, margin).paras


def layout(lines: list[Line], frame: tuple[float, float] | None = None, margin: Margin | None = None) -> PageLayout:
    """The page's paragraphs (see `paragraphs`) with their first and last lines."""
    if not lines:
        return PageLayout([], [], [])
    lefts: dict[int, int] = {}
    for ln in lines:
        lefts[round(ln.left)] = lefts.get(round(ln.left), 0) + len(ln.text)
    body_left = min(lefts, key=lambda x: (-lefts[x], x))
    body_right = _body_right(lines, body_left, frame, margin)
    drops = sorted(a.bottom - b.bottom for a, b in zip(lines, lines[1:])
                   if b.row != a.row and 0 < a.bottom - b.bottom < 3 * max(a.em, b.em))
    pitch = drops[len(drops) // 2] if drops else 0.0
    centre = (body_left + body_right) / 2

    def centred(ln: Line) -> bool:
        return ln.left > body_left + 2 * ln.em and abs((ln.left + ln.right) / 2 - centre) < 1.5 * ln.em

    def starts_new(a: Line, b: Line) -> bool:
        if b.row == a.row or _standalone(a) or _standalone(b) or _HEADING.match(b.text):
            return True
        em = max(a.em, b.em)
        if abs(a.em - b.em) > 0.2 * em and _height_changes(a, b):
            return True   # a change of size (the em of a line of mostly Latin letters is narrower,
            # so the line height must change too)
        drop = a.bottom - b.bottom
        if drop <= 0 or drop > max(1.6 * pitch, 2.2 * em):
            return True
        if _ends_short(a, b, body_right):
            # a short line ends its paragraph; a title goes on
            return not (centred(a) and centred(b) and a.text[-1] not in _SENTENCE_END)
        return b.left > body_left + 1.2 * em and b.left > a.left - 0.3 * em   # first-line indent

    out = PageLayout([], [], [], body_left=body_left, body_right=body_right,
                     em=sorted(ln.em for ln in lines)[len(lines) // 2])
    text, ids = lines[0].text, list(lines[0].chars)
    out.first.append(lines[0])
    for a, b in zip(lines, lines[1:]):
        if starts_new(a, b):
            out.paras.append((text, ids))
            out.last.append(a)
            out.first.append(b)
            text, ids = b.text, list(b.chars)
            continue
        if seam(a, b, body_right):
            text += " "
            ids.append(INSERTED)
        text += b.text
        ids.extend(b.chars)
    out.paras.append((text, ids))
    out.last.append(lines[-1])
    rows: dict[int, int] = {}
    for ln in lines:
        rows[ln.row] = rows.get(ln.row, 0) + 1
    out.shared_rows = frozenset(r for r, n in rows.items() if n > 1)
    # on a page of many one-line paragraphs most text starts at the first-line indent
    out.text_left = min((ln.left for ln in lines if len(ln.text) >= 6 and ln.row not in out.shared_rows),
                        default=body_left)
    out.indented = sum(1 for first, last in zip(out.first, out.last)
                       if first is not last and body_left + 1.2 * first.em < first.left < body_left + 3 * first.em)
    return out


def _marked(line: Line) -> bool:
    t = line.text.strip()
    return bool(_MARKING.match(t) or "★" in t)


def _page_edge(page: PageLayout, k: int) -> bool:
    """Paragraph k is a page number or a running head or foot: one line, a page number or in
    a smaller size than the page's text. It stays a paragraph of its own and is no body line."""
    first = page.first[k]
    if first is not page.last[k]:
        return False
    return bool(_PAGE_NO.match(first.text.strip())) or first.em < 0.85 * page.em


def continues(prev: PageLayout, page: PageLayout) -> tuple[int, int, str] | None:
    """(paragraph on the previous page, paragraph on this page, what joins them: see seam())
    when the first body paragraph of
    this page continues the last body paragraph of the previous one: the last body line there
    runs to the right margin (the judgement paragraphs() makes within a page), the first body
    line here starts at the left edge (no first-line indent) and is no heading, and neither is
    a standalone line (a marking, a date, a document number, a page number). Page numbers and
    running heads and feet are skipped. Conservative where the geometry says little: a table
    row, a change of size or of text frame, a centred line, a line that closes a sentence on
    pages whose paragraphs show no indent, all keep the paragraphs apart."""
    i = len(prev.paras) - 1
    while i >= 0 and len(prev.paras) - i <= 2 and _page_edge(prev, i):
        i -= 1
    j = 0
    while j < len(page.paras) and j < 2 and _page_edge(page, j):
        j += 1
    if i < 0 or j >= len(page.paras) or _page_edge(prev, i) or _page_edge(page, j):
        return None
    a, b = prev.last[i], page.first[j]
    if a.text == b.text:
        return None    # the line at the page boundary drawn on both pages (Qt's print does)
    em = max(a.em, b.em)
    if (a.row in prev.shared_rows or b.row in page.shared_rows or _standalone(a) or _standalone(b)
            or _marked(a) or _marked(b) or _HEADING.match(b.text) or _standalone(prev.first[i])):
        return None
    if abs(a.em - b.em) > 0.2 * em or _height_changes(a, b):
        return None
    if page.body_right > prev.body_right + 1.5 * em:
        return None    # wider text: another frame (a page of short lines shows no right edge)
    left = min(prev.text_left, page.text_left)
    if max(prev.text_left, page.text_left) > left + 2.5 * em:
        return None    # the text frames differ
    if not (left - 0.5 * em <= a.left <= left + 2.5 * em) or not (left - 0.5 * em <= b.left <= left + 1.2 * em):
        return None    # b indented: a new paragraph; a or b off the text's left edge: not body text
    centre = (prev.body_left + prev.body_right) / 2
    if a.left > prev.body_left + 1.5 * em and abs((a.left + a.right) / 2 - centre) < 1.5 * em:
        return None    # a centred line: a title
    if a.right > prev.body_right + 1.5 * em or _ends_short(a, b, prev.body_right):
        return None
    if a.text[-1] in _SENTENCE_END and not (prev.indented or page.indented):
        return None    # paragraphs here are not indented: a full line that closes a sentence may end one
    return i, j, seam(a, b, prev.body_right)


def locate(origins: list[PdfOrigin], char_indexes, page: int | None = None) -> list[tuple[int, int]]:
    """(paragraph number in `origins`, offset) of each char index of `page` (default: each
    origin's first page) that is in a paragraph."""
    wanted = set(char_indexes)
    found = []
    for p, origin in enumerate(origins):
        runs = origin.runs
        on = origin.page if page is None else page
        for k in range(0, len(runs), 4):
            offset, pg, first, length = runs[k], runs[k + 1], runs[k + 2], runs[k + 3]
            if first == INSERTED or pg != on:
                continue
            for j in range(length):
                if first + j in wanted:
                    found.append((p, offset + j))
    found.sort()
    return found


__all__ = ["PdfOrigin", "Margin", "Line", "PageChars", "PageLayout", "read_chars", "build_lines", "paragraphs", "layout",
           "continues", "seam", "locate", "INSERTED"]
