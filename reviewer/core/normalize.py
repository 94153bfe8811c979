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


def normalize(text: str) -> Normalized:
    if not _NEEDS_WORK.search(text):
        return Normalized(text, None, len(text))
    out: list[str] = []
    index: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch.isspace() or ch == "\u3000":
            j = i
            while j < n and (text[j].isspace() or text[j] == "\u3000"):
                j += 1
            before = out[-1] if out else ""
            after = fold_char(text[j]) if j < n else ""
            if before and after and not is_cjk(before) and not is_cjk(after):
                out.append(" ")
                index.append(i)
            i = j
            continue
        out.append(fold_char(ch))
        index.append(i)
        i += 1
    return Normalized("".join(out), index, n)


def normalize_term(term: str) -> str:
    return normalize(term.strip()).text
