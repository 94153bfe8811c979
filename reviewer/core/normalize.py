"""Text normalisation for matching, with every normalised offset mapped back to the original.

Full-width ASCII becomes half-width, ASCII letters lower case, quote marks one form, and
whitespace next to a CJK character (a PDF line break inside a paragraph, a space typed
between characters) disappears; other whitespace runs become one space.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

_NEEDS_WORK = re.compile(r"[\s\u3000\uff01-\uff5eA-Z\"“”＂‘’'\u2e80-\u2eff\u2f00-\u2fdf]")
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


# Kangxi radicals and CJK radical forms for the ideographs they look like: PDF fonts that share
# one glyph between 门 and ⻔ often map it back to the radical (⻔), so 农业部⻔ would read as
# 农业部 + a stray character. One character for one, so offsets do not move.
_C_SIMPLIFIED = {
    "HALF TREE TRUNK": "丬", "SILK": "纟", "SEE": "见", "HORN": "角", "SPEECH": "讠", "SHELL": "贝", "CART": "车",
    "WALK": "辶", "GOLD": "钅", "LONG": "长", "GATE": "门", "TANNED LEATHER": "韦", "LEAF": "页", "WIND": "风",
    "FLY": "飞", "EAT": "饣", "HORSE": "马", "FISH": "鱼", "BIRD": "鸟", "SALT": "卤", "WHEAT": "麦",
    "YELLOW": "黄", "FROG": "黾", "EVEN": "齐", "TOOTH": "齿", "DRAGON": "龙", "TURTLE": "龟",
}


def _radical_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for o in range(0x2F00, 0x2FD6):  # Kangxi radicals: Unicode gives the ideograph
        table[o] = unicodedata.normalize("NFKC", chr(o))
    for o in range(0x2E80, 0x2EF4):  # radical supplement: by name
        name = unicodedata.name(chr(o), "")
        rest = re.sub(r"^CJK RADICAL (?:C-|J-)?(?:SIMPLIFIED )?", "", name)
        if "SIMPLIFIED" in name and not name.startswith("CJK RADICAL J-") and rest in _C_SIMPLIFIED:
            table[o] = _C_SIMPLIFIED[rest]
        elif "SIMPLIFIED" not in name:
            try:
                table[o] = unicodedata.normalize("NFKC", unicodedata.lookup("KANGXI RADICAL " + rest))
            except KeyError:
                pass
    table[0x2ED8] = "青"  # CJK RADICAL BLUE: Unicode's compatibility form is the variant 靑
    return table


RADICALS = _radical_table()


def fold_radicals(text: str) -> str:
    return text.translate(RADICALS) if _HAS_RADICAL.search(text) else text


_HAS_RADICAL = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")

# one character for one: full-width ASCII to half-width, ideographic space to space, quote marks
# to one form, ASCII capitals to lower case
_FOLD = str.maketrans({**{chr(o): chr(o - 0xFEE0).lower() for o in range(0xFF01, 0xFF5F)},
                       **{chr(o): chr(o).lower() for o in range(ord("A"), ord("Z") + 1)},
                       "\u3000": " ", **_QUOTES, **{chr(k): v for k, v in RADICALS.items()}})
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
