"""Word automatic numbering (word/numbering.xml): the label Word shows in front of a numbered
paragraph ("一、", "（二）", "3.", "1.2"), which is not part of the paragraph's text.

A paragraph is numbered by w:numPr (w:numId, w:ilvl) in its own properties or in its paragraph
style (through w:basedOn); numId 0 takes numbering away. w:num points to a w:abstractNum, whose
w:lvl gives per level w:start, w:numFmt, w:lvlText ("%1、", "（%1）", "%1.%2"), w:lvlRestart,
w:isLgl and w:suff; w:num may override a level's start (w:lvlOverride/w:startOverride) or the
whole level. An abstractNum with w:numStyleLink takes its levels from the numbering style's list.

Counting follows Word: the count runs on the abstractNum, so every w:num of one abstractNum
continues one sequence; a w:num with a start override for a level (what "restart numbering"
writes) sets that level's count to the override where the num is first used at that level, and
later paragraphs of any num of the abstractNum count on from there. Numbering a paragraph at
level L restarts the deeper levels (with w:lvlRestart n only those whose restart level n is
deeper than L; 0: never). A level shown in a label before it was used shows start - 1 (Word's
"0.1" when a 标题 2 comes before any 标题 1).

Everything here is forgiving: an attribute that cannot be read takes Word's default, a num or
abstractNum that does not exist gives no label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from reviewer.core.documents.ooxml import MC, W

_VAL = W + "val"
MAX_LEVEL = 8
_PLACEHOLDER = re.compile(r"%([1-9])")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(float(value)) if value is not None else default
    except (ValueError, OverflowError):
        return default


def _on(el) -> bool:
    if el is None:
        return False
    v = el.get(_VAL)
    return v is None or v.lower() not in ("0", "false", "off", "none")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None       # w:lvlText; None when absent (Word shows nothing)
    restart: int | None = None    # w:lvlRestart (1-based level; 0 = never); None = after any higher level
    legal: bool = False           # w:isLgl: every level shown in Arabic digits
    pstyle: str | None = None     # w:pStyle: the paragraph style tied to this level
    suffix: str = "tab"           # w:suff: tab | space | nothing
    hidden: bool = False          # w:rPr/w:vanish: the number is not shown
    font: str | None = None       # w:rPr/w:rFonts (for Symbol/Wingdings bullets)
    custom: str | None = None     # w14 custom format ("001, 002, 003, ...")


def _level(lvl, base: Level | None = None) -> Level:
    out = replace(base) if base is not None else Level()
    for c in lvl:
        tag = c.tag
        if tag == W + "start":
            out.start = _int(c.get(_VAL), 1) or 0
        elif tag == W + "numFmt":
            out.fmt = c.get(_VAL) or "decimal"
            out.custom = c.get(W + "format")
        elif tag == MC + "AlternateContent":
            # w14 custom formats: mc:Choice holds numFmt="custom", mc:Fallback a plain format
            choice = c.find(f"{MC}Choice/{W}numFmt")
            fallback = c.find(f"{MC}Fallback/{W}numFmt")
            chosen = choice if choice is not None else fallback
            if chosen is not None:
                out.fmt, out.custom = chosen.get(_VAL) or "decimal", chosen.get(W + "format")
                if out.fmt == "custom" and not _custom_usable(out.custom) and fallback is not None:
                    out.fmt, out.custom = fallback.get(_VAL) or "decimal", None
        elif tag == W + "lvlText":
            out.text = c.get(_VAL)
            if out.text is None:
                out.text = ""
        elif tag == W + "lvlRestart":
            out.restart = _int(c.get(_VAL))
        elif tag == W + "isLgl":
            out.legal = _on(c)
        elif tag == W + "pStyle":
            out.pstyle = c.get(_VAL)
        elif tag == W + "suff":
            out.suffix = c.get(_VAL) or "tab"
        elif tag == W + "rPr":
            vanish = c.find(W + "vanish")
            out.hidden = _on(vanish)
            fonts = c.find(W + "rFonts")
            if fonts is not None:
                out.font = fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or fonts.get(W + "cs")
    return out


def _levels(el) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in el.iterchildren(W + "lvl"):
        ilvl = _int(lvl.get(W + "ilvl"))
        if ilvl is not None and 0 <= ilvl <= MAX_LEVEL and ilvl not in out:
            out[ilvl] = _level(lvl)
    return out


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)      # startOverride per level
    levels: dict[int, object] = field(default_factory=dict)   # w:lvl elements replacing a level


@dataclass
class Label:
    text: str      # what Word shows: 一、 （二） 3. 1.2
    suffix: str    # what follows it: "\t", " " or ""


SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}


class Numbering:
    """Definitions from numbering.xml and the running counters of one document.

    style_num(style id) -> the numId a (numbering) style's w:numPr names, for w:numStyleLink.
    symbol(code, font) -> the character a Symbol/Wingdings private-use code shows (bullets).
    """

    def __init__(self, root, style_num: Callable[[str], str | None] | None = None,
                 symbol: Callable[[str, str | None], str] | None = None):
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.links: dict[str, str] = {}          # abstractNumId -> numbering style it takes its levels from
        self.nums: dict[str, _Num] = {}
        self.style_num = style_num or (lambda sid: None)
        self.symbol = symbol
        self.counters: dict[str, dict[int, int]] = {}      # abstractNumId -> level -> count
        self.overridden: set[tuple[str, int]] = set()       # (numId, level) whose start override was applied
        self._resolved: dict[str, dict[int, Level] | None] = {}
        if root is None:
            return
        for el in root.iterchildren(W + "abstractNum"):
            aid = el.get(W + "abstractNumId")
            if aid is None or aid in self.abstracts:
                continue
            self.abstracts[aid] = _levels(el)
            link = el.find(W + "numStyleLink")
            if link is not None and link.get(_VAL):
                self.links[aid] = link.get(_VAL)
        for el in root.iterchildren(W + "num"):
            nid = el.get(W + "numId")
            ref = el.find(W + "abstractNumId")
            if nid is None or ref is None or ref.get(_VAL) is None or nid in self.nums:
                continue
            num = _Num(ref.get(_VAL))
            for over in el.iterchildren(W + "lvlOverride"):
                ilvl = _int(over.get(W + "ilvl"))
                if ilvl is None or not 0 <= ilvl <= MAX_LEVEL:
                    continue
                start = over.find(W + "startOverride")
                if start is not None and _int(start.get(_VAL)) is not None:
                    num.starts[ilvl] = _int(start.get(_VAL))
                lvl = over.find(W + "lvl")
                if lvl is not None:
                    num.levels[ilvl] = lvl
            self.nums[nid] = num

    def __bool__(self) -> bool:
        return bool(self.nums)

    # -- definitions --------------------------------------------------------------------

    def _abstract_levels(self, aid: str, depth: int = 0) -> dict[int, Level] | None:
        """An abstractNum's levels, following w:numStyleLink to the numbering style's list."""
        if depth > 4:
            return None
        link = self.links.get(aid)
        if link:
            nid = self.style_num(link)
            num = self.nums.get(nid or "")
            if num is None or num.abstract == aid:
                return self.abstracts.get(aid) or None
            return self._abstract_levels(num.abstract, depth + 1)
        return self.abstracts.get(aid)

    def levels(self, num_id: str) -> dict[int, Level] | None:
        if num_id not in self._resolved:
            num = self.nums.get(num_id)
            base = self._abstract_levels(num.abstract) if num is not None else None
            if base is not None and num.levels:
                base = dict(base)
                for ilvl, el in num.levels.items():
                    base[ilvl] = _level(el, base.get(ilvl))
            self._resolved[num_id] = base
        return self._resolved[num_id]

    def level_of_style(self, num_id: str, style_id: str | None) -> int | None:
        """The level tied to a paragraph style (w:lvl/w:pStyle), as for 标题 1..9 in an outline list."""
        levels = self.levels(num_id)
        if not levels or not style_id:
            return None
        return next((ilvl for ilvl, lv in sorted(levels.items()) if lv.pstyle == style_id), None)

    # -- counting -----------------------------------------------------------------------

    def label(self, num_id: str, ilvl: int) -> Label | None:
        """Count one numbered paragraph and return what Word shows for it (None: nothing shown,
        for example numFmt none with no text, an undefined list, or a hidden number)."""
        num = self.nums.get(num_id)
        levels = self.levels(num_id) if num is not None else None
        if not levels:
            return None
        ilvl = min(max(ilvl, 0), MAX_LEVEL)
        level = levels.get(ilvl)
        if level is None:
            return None
        counts = self.counters.setdefault(num.abstract, {})

        def start(k: int) -> int:
            if k in num.starts:
                return num.starts[k]
            lv = levels.get(k)
            return lv.start if lv is not None else 1

        for deeper in [k for k in counts if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart == 0:
                continue
            threshold = restart if restart is not None and 0 < restart <= deeper else deeper
            if ilvl < threshold:
                del counts[deeper]
        if ilvl in num.starts and (num_id, ilvl) not in self.overridden:
            self.overridden.add((num_id, ilvl))
            counts[ilvl] = num.starts[ilvl]
        else:
            counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else start(ilvl)
        if level.hidden or level.text is None:
            return None
        if level.fmt == "bullet":
            text = level.text
            if self.symbol and any(0xF000 <= ord(ch) <= 0xF0FF for ch in text):
                text = "".join(self.symbol(f"{ord(ch):04X}", level.font) if 0xF000 <= ord(ch) <= 0xF0FF else ch
                               for ch in text)
        else:
            def value(m: re.Match) -> str:
                k = int(m.group(1)) - 1
                lv = levels.get(k)
                if lv is None:
                    return ""
                n = counts.get(k, start(k) - 1)
                fmt = "decimal" if level.legal and lv.fmt not in ("none", "bullet") else lv.fmt
                return format_number(n, fmt, lv.custom)
            text = _PLACEHOLDER.sub(value, level.text)
        if not text.strip():
            return None
        return Label(text, SUFFIXES.get(level.suffix, "\t"))


# ---------------------------------------------------------------------------- number formats

_CN_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _chinese(n: int, digits: str, units: str, zero: str, drop_leading_one: bool) -> str:
    """Positional Chinese numeral up to 9999: 一百零五, 一千二百, 十二 (drop_leading_one)."""
    if n < 10:
        return digits[n]
    out, pending_zero = [], False
    for power in (3, 2, 1, 0):
        d = n // 10 ** power % 10
        if d == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append(zero)
            pending_zero = False
        unit = units[power - 1] if power else ""
        if not (drop_leading_one and d == 1 and power == 1 and not out):
            out.append(digits[d])
        out.append(unit)
    return "".join(out)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _custom_usable(spec: str | None) -> bool:
    return bool(spec) and bool(re.match(r"0+1\b", spec or ""))


def format_number(n: int, fmt: str, custom: str | None = None) -> str:
    """The number n in a w:numFmt, as Word writes it; unknown formats as Arabic digits."""
    if fmt == "none":
        return ""
    if n < 0:
        return str(n)
    if fmt in ("decimal", "decimalHalfWidth"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "custom" and _custom_usable(custom):
        width = len(re.match(r"0*1", custom or "").group())
        return f"{n:0{width}d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "ideographEnclosedCircle":
        return chr(0x3220 + n - 1) if 1 <= n <= 10 else str(n)
    if fmt in ("upperLetter", "lowerLetter"):
        if n < 1:
            return str(n)
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("chineseCounting", "taiwaneseCounting", "japaneseCounting"):
        if n < 100:
            return _chinese(n, _CN_DIGITS, "十百千", "〇", True)
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand", "ideographLegalTraditional"):
        return _chinese(n, _CN_DIGITS, "十百千", "零", True) if n < 10000 else str(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _LEGAL_DIGITS, "拾佰仟", "零", False) if n < 10000 else str(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _TIANGAN[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[n - 1] if 1 <= n <= 12 else str(n)
    return str(n)
