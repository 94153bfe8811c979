"""Text normalisation for matching, with every normalised offset mapped back to the original.

Full-width ASCII becomes half-width, ASCII letters lower case, quote marks one form, and
whitespace next to a CJK character (a PDF line break inside a paragraph, a space typed
between characters) disappears; other whitespace runs become one space.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_NEEDS_WORK = re.compile(r"[\s\u3000\uff01-\uff5eA-Z\"“”＂‘’']")
# the same, but a line break is fine (for checking many one-line terms joined by newlines)
NEEDS_NORMALIZING = re.compile(r"[^\S\n]|[\u3000\uff01-\uff5eA-Z\"“”＂‘’']")
_QUOTES = {"“": '"', "”": '"', "＂": '"', "‘": "'", "’": "'"}


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x2FFFF)


def fold_char(ch: str) -> str:
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        ch = chr(o - 0xFEE0)
    elif ch == "\u3000":
        ch = " "
    ch = _QUOTES.get(ch, ch)
    return ch.lower() if "A" <= ch <= "Z" else ch


@dataclass
class Normalized:
    text: str
    # original offset of each normalised character; None means identity
    index: list[int] | None
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised [start, end)."""
        if self.index is None:
            return start, end
        if end <= start:
            o = self.index[start] if start < len(self.index) else self.original_length
            return o, o
        return self.index[start], self.index[end - 1] + 1

    def to_normalized(self, original_offset: int) -> int:
        """The normalised offset of an original offset (first one at or after it)."""
        if self.index is None:
            return original_offset
        return bisect.bisect_left(self.index, original_offset)


# one character for one: full-width ASCII to half-width, ideographic space to space, quote marks
# to one form, ASCII capitals to lower case
_FOLD = str.maketrans({**{chr(o): chr(o - 0xFEE0).lower() for o in range(0xFF01, 0xFF5F)},
                       **{chr(o): chr(o).lower() for o in range(ord("A"), ord("Z") + 1)},
                       "\u3000": " ", **_QUOTES})
_WS_RUN = re.compile(r"\s+")


def normalize(text: str) -> Normalized:
    if not _NEEDS_WORK.search(text):
        return Normalized(text, None, len(text))
    folded = text.translate(_FOLD)
    if not _WS_RUN.search(folded):
        return Normalized(folded, None, len(text))  # folding keeps every offset
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _WS_RUN.finditer(folded):
        i, j = m.span()
        if i > pos:
            out.append(folded[pos:i])
            index.extend(range(pos, i))
        before = folded[i - 1] if i > 0 else ""
        after = folded[j] if j < len(folded) else ""
        # a space between two non-CJK characters stays (as one); next to CJK it goes
        if before and after and not is_cjk(before) and not is_cjk(after):
            out.append(" ")
            index.append(i)
        pos = j
    if pos < len(folded):
        out.append(folded[pos:])
        index.extend(range(pos, len(folded)))
    return Normalized("".join(out), index, len(text))


def normalize_term(term: str) -> str:
    return normalize(term.strip()).text
