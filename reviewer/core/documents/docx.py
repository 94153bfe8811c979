"""Word .docx drafts, read from the part XML (python-docx's `paragraph.text` misses tracked
insertions, content controls, text boxes and more).

What goes into a paragraph's text is what a reader of the printed file sees, one character
per character, so offsets map back to the XML (the sanitizer relies on it):

- text of runs, including tracked insertions (`w:ins`), moved-to text (`w:moveTo`), hyperlinks,
  content controls, smart tags, custom XML, ruby base text and math (`m:t`);
- `w:tab`/`w:ptab` -> "\t"; `w:br`/`w:cr` (line, page and column breaks) -> one space: a break
  is a gap between words, and a space keeps "one paragraph = one line" for every check while
  normalisation drops it between Chinese characters, so a term broken over two lines still
  matches; its offset goes to `Paragraph.breaks`, for the checks that read line starts
  (heading numbers: a draft pasted from the web often has one paragraph of soft-broken lines); `w:noBreakHyphen` -> "-"; `w:softHyphen` -> nothing; `w:sym` -> its Unicode
  character (Symbol and Wingdings code points mapped where they have one);
- not text: deleted text (`w:del`, `w:moveFrom`), field codes (`w:instrText` and anything
  between a field's begin and separate), `w:vanish`/`w:specVanish` text; these are hidden
  facts (`Document.hidden`). White, near-white and tiny text stays in the text (it is in the
  flow) and is also a hidden fact covering its span.

Parts: body; each top-level body table is a `table` part numbered 1.. in document order, and a
table nested in a cell belongs to its outermost table's part (the reader sees one table);
tables inside headers, notes, comments and text boxes belong to those parts. Headers and
footers are read for every section that references them (part_index = section number, label
says 默认/首页/偶数页; a part inherited by a later section is not read twice; the variants of
one section share their paragraph numbering so every location is unique). Footnotes and
endnotes are numbered as the reader sees them (order of reference); comments in file order;
text boxes 1.. in document order, read once (mc:Choice, never its mc:Fallback copy).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lxml import etree

from reviewer.core.documents.model import (Cancelled, CancelCheck, Document, DocumentError, HiddenItem, Paragraph,
                                           Part, Progress)
from reviewer.core.documents.numbering import Numbering
from reviewer.core.documents.ooxml import (A, C, HIGHLIGHT, M, MC, O, OLE_MAGIC, STRICT_W_NS, THEME_SLOT, V, W, W14,
                                           W15, W_NS, WP, WPS, MAX_XML_PART, Package, PartError, parse_xml, contrast, hex_colour, is_dark,
                                           ole10_native_name, ole_streams, on, rel_type, source_of_rels, theme_colours,
                                           tinted)
from reviewer.core.findings import Location, context_of

# tags, looked up once
_P, _R, _T, _TBL, _TR, _TC = W + "p", W + "r", W + "t", W + "tbl", W + "tr", W + "tc"
_PPR, _RPR, _SDT, _SDTCONTENT, _CUSTOMXML = W + "pPr", W + "rPr", W + "sdt", W + "sdtContent", W + "customXml"
_INS, _DEL, _MOVETO, _MOVEFROM = W + "ins", W + "del", W + "moveTo", W + "moveFrom"
_HYPERLINK, _SMARTTAG, _FLDSIMPLE = W + "hyperlink", W + "smartTag", W + "fldSimple"
_SECTPR, _ALTCHUNK = W + "sectPr", W + "altChunk"
_ALT, _CHOICE, _FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
_TXBX = W + "txbxContent"
_DELTEXT = W + "delText"
_TAB = W + "tab"
_PTAB = W + "ptab"
_BR = W + "br"
_CR = W + "cr"
_NBH = W + "noBreakHyphen"
_SYM = W + "sym"
_FLDCHAR = W + "fldChar"
_INSTR = W + "instrText"
_DELINSTR = W + "delInstrText"
_DRAWING = W + "drawing"
_PICT = W + "pict"
_OBJECT = W + "object"
_FNREF = W + "footnoteReference"
_ENREF = W + "endnoteReference"
_LRPB = W + "lastRenderedPageBreak"
_RUBY = W + "ruby"
_COMMENTREF = W + "commentReference"
_CRS = W + "commentRangeStart"
_CRE = W + "commentRangeEnd"
_PSTYLE = W + "pStyle"
_NUMPR = W + "numPr"
_SHD = W + "shd"
_DIR = W + "dir"
_BDO = W + "bdo"
_CONTAINERS = frozenset((_HYPERLINK, _SMARTTAG, _CUSTOMXML, _FLDSIMPLE, _DIR, _BDO, _SDTCONTENT))
_REVISION_MARKS = frozenset((_INS, _DEL, _MOVETO, _MOVEFROM))
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_FORMAT_CHANGES = {W + t for t in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
                                   "tcPrChange", "tblGridChange", "tblPrExChange", "numberingChange")}

SKIP_NOTE_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
PROGRESS_EVERY = 200
HEADER_VARIANTS = {"default": "默认", "first": "首页", "even": "偶数页"}
INVISIBLE_CONTRAST = 1.25      # below this contrast ratio against its background text is not seen
TINY_HALF_POINTS = 4           # <= 2 pt
EMU_PER_TWIP = 635
OFFPAGE_SLACK_EMU = 1371600    # 1.5 in: a box this far beyond the left/top edge is off the page
EMBED_CHECK_BYTES = 32 << 20
UNKNOWN_BG = "?"               # a background we cannot tell (table style shading, picture fill)

REVISION_TYPES = {"delete": "删除", "insert": "插入", "move_from": "移动（原位置）", "move_to": "移动（新位置）",
                  "format": "格式或结构修订"}
INVISIBLE_REASONS = {"white": "文字颜色与背景相同或相近（如白色文字）", "tiny": "字号极小（不大于 2 磅）",
                     "offpage": "文本框位于页面之外", "hidden_shape": "文本框被设置为隐藏"}

_SYMBOL = {0xB7: "•", 0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xA3: "≤", 0xB3: "≥", 0xAE: "→", 0xAC: "←",
           0xAD: "↑", 0xAF: "↓", 0xD6: "√", 0xA5: "∞", 0xB0: "°", 0xE3: "©", 0xE2: "®", 0xD4: "™",
           0xE0: "◊", 0xA8: "♦", 0xA9: "♥", 0xAA: "♠", 0xA7: "♣", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈"}
_SYMBOL.update({0x61 + i: ch for i, ch in enumerate("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")})
_SYMBOL.update({0x41 + i: ch for i, ch in enumerate("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")})
_WINGDINGS = {0xAB: "★", 0x6C: "●", 0x6E: "■", 0x6F: "□", 0xA1: "○", 0x75: "◆", 0xA7: "▪", 0xA8: "◻",
              0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0xD8: "➢", 0x9F: "•", 0x71: "❑", 0x76: "❖",
              0xE8: "➔", 0x4A: "☺", 0x4C: "☹", 0x28: "☎"}

_LOCAL_PATH = re.compile(r"(?i)(file:/{2,}|\\\\[^\\\s\"]+\\|(?<![a-z])[a-z]:\\)")
_GENERIC_TEMPLATES = {"", "normal.dotm", "normal.dot", "normal.wpt", "normal.dotx"}


def symbol_char(code: str | None, font: str | None) -> str:
    """The character a w:sym shows: Symbol and Wingdings code points (often written F0xx) mapped
    to Unicode where there is one, else the code point itself (a private-use character)."""
    try:
        n = int(code or "", 16)
    except ValueError:
        return "\ufffd"
    low = n - 0xF000 if 0xF000 <= n <= 0xF0FF else n
    name = (font or "").lower()
    if "wingding" in name and low in _WINGDINGS:
        return _WINGDINGS[low]
    if "symbol" in name and low in _SYMBOL:
        return _SYMBOL[low]
    return chr(n) if n >= 0x20 else "\ufffd"


def number(value: str | None) -> int:
    """An integer attribute as written by any producer (some write 11906.0); 0 when unusable."""
    try:
        return int(float(value or 0))
    except (ValueError, OverflowError):
        return 0


def local_target(target: str) -> str | None:
    """Why an external link target gives away something internal, or None for a public one."""
    t = unquote(target or "").strip()
    low = t.lower()
    if not t or t.startswith("#") or low.startswith(("mailto:", "tel:")):
        return None
    if low.startswith("file:"):
        return "本机或内网文件路径"
    if t.startswith(("\\\\", "//")):
        return "网络共享路径"
    if re.match(r"^[A-Za-z]:[\\/]", t):
        return "本机文件路径"
    if low.startswith(("http://", "https://", "ftp://")):
        host = (urlparse(t).hostname or "").lower()
        if not host:
            return None
        if re.fullmatch(r"\d+\.\d+\.\d+\.\d+", host):
            a, b = (int(x) for x in host.split(".")[:2])
            if a in (10, 127) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
                return "内网地址"
            return None
        if "." not in host or host.endswith((".local", ".lan", ".intranet", ".internal", ".corp", ".localdomain")):
            return "内网地址"
        return None
    if re.match(r"^[a-z][a-z0-9+.-]*:", low):
        return None  # another scheme (news:, onenote: ...): not a path
    if "/" in t or "\\" in t:
        return "相对文件路径"
    return None


def size_text(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} 字节"


# ---------------------------------------------------------------------------- styles


def _colour(el, theme: dict[str, str]) -> str | None:
    """A w:color: hex, 'auto', or None when unusable."""
    slot = THEME_SLOT.get(el.get(W + "themeColor") or "", el.get(W + "themeColor"))
    if slot and slot in theme:
        return tinted(theme[slot], el.get(W + "themeTint"), el.get(W + "themeShade"))
    val = el.get(W + "val")
    if val and val.lower() == "auto":
        return "auto"
    return hex_colour(val)


def _shading(el, theme: dict[str, str]) -> str | None:
    """Colour a w:shd paints behind text, or None for no shading."""
    pattern = (el.get(W + "val") or "clear")
    fill_slot = THEME_SLOT.get(el.get(W + "themeFill") or "")
    fill = theme.get(fill_slot) if fill_slot else hex_colour(el.get(W + "fill"))
    colour = hex_colour(el.get(W + "color"))
    if pattern == "nil":
        return None
    if pattern == "solid":
        return colour or "000000"
    m = re.fullmatch(r"pct(\d+)", pattern)
    if m and colour:
        share = int(m.group(1)) / 100
        base = fill or "FFFFFF"
        mix = [round(int(base[i:i + 2], 16) * (1 - share) + int(colour[i:i + 2], 16) * share) for i in (0, 2, 4)]
        return "".join(f"{x:02X}" for x in mix)
    return fill


_RPR_KEYS = {W + "vanish": "vanish", W + "specVanish": "specVanish", W + "color": "color", W + "sz": "sz",
             W + "highlight": "highlight", _SHD: "shd", W + "rStyle": "rStyle"}
_RPR_KEYS.update((tag, "change") for tag in _FORMAT_CHANGES)
_VAL = W + "val"


def rpr_values(rpr, theme: dict[str, str]) -> dict[str, Any]:
    """The run properties that decide whether text is seen (only those that are set)."""
    out: dict[str, Any] = {}
    for c in rpr:
        key = _RPR_KEYS.get(c.tag)
        if key is None:
            continue
        if key == "sz":
            try:
                out["sz"] = int(float(c.get(_VAL) or ""))
            except ValueError:
                pass
        elif key == "vanish" or key == "specVanish":
            out[key] = on(c)
        elif key == "color":
            value = _colour(c, theme)
            if value:
                out["color"] = value
        elif key == "highlight":
            out["highlight"] = HIGHLIGHT.get(c.get(_VAL) or "", "none")
        elif key == "shd":
            out["shd"] = _shading(c, theme) or "none"
        elif key == "rStyle":
            out["rStyle"] = c.get(_VAL)
        else:
            out["change"] = c
    return out


@dataclass
class _Style:
    name: str
    type: str
    based_on: str | None
    rpr: dict[str, Any]
    shd: str | None          # paragraph shading of a paragraph style
    shaded_table: bool       # a table style that paints dark cells somewhere
    num_id: str | None = None    # w:pPr/w:numPr of a paragraph or numbering style
    ilvl: int | None = None


class Styles:
    def __init__(self, root, theme: dict[str, str]):
        self.theme = theme
        self.by_id: dict[str, _Style] = {}
        self.defaults: dict[str, Any] = {}
        self.default_para: str | None = None
        self._chain_cache: dict[str | None, dict[str, Any]] = {}
        self._look_cache: dict[tuple, tuple[dict[str, Any], bool]] = {}
        self._shading_cache: dict[str | None, str | None] = {}
        self._numbering_cache: dict[str | None, tuple[str | None, int | None]] = {}
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if defaults is not None:
            self.defaults = rpr_values(defaults, theme)
        for st in root.iterchildren(W + "style"):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            kind = st.get(W + "type") or "paragraph"
            name, based, rpr, shd, num_id, ilvl = sid, None, {}, None, None, None
            for c in st:
                tag = c.tag
                if tag == W + "name":
                    name = c.get(W + "val") or sid
                elif tag == W + "basedOn":
                    based = c.get(W + "val")
                elif tag == _RPR:
                    rpr = rpr_values(c, theme)
                elif tag == _PPR:
                    shd_el = c.find(_SHD)
                    shd = _shading(shd_el, theme) if shd_el is not None else None
                    num_id, ilvl = numpr_values(c.find(_NUMPR))
            shaded = kind == "table" and any(
                is_dark(fill) for fill in (_shading(s, theme) for s in st.iter(_SHD)) if fill)
            self.by_id[sid] = _Style(display_style_name(name), kind, based, rpr, shd, shaded, num_id, ilvl)
            if kind == "paragraph" and st.get(W + "default") in ("1", "true"):
                self.default_para = sid

    def name(self, sid: str | None) -> str | None:
        style = self.by_id.get(sid or self.default_para or "")
        return style.name if style else None

    def paragraph_shading(self, sid: str | None) -> str | None:
        if sid not in self._shading_cache:
            self._shading_cache[sid] = next((st.shd for st in reversed(self._chain(sid or self.default_para))
                                             if st.shd), None)
        return self._shading_cache[sid]

    def numbering(self, sid: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style gives its paragraphs, the nearest style in the
        w:basedOn chain deciding each."""
        hit = self._numbering_cache.get(sid)
        if hit is not None:
            return hit
        num_id = ilvl = None
        for st in self._chain(sid or self.default_para):
            if st.num_id is not None:
                num_id = st.num_id
            if st.ilvl is not None:
                ilvl = st.ilvl
        self._numbering_cache[sid] = (num_id, ilvl)
        return num_id, ilvl

    def _chain(self, sid: str | None) -> list[_Style]:
        out, seen = [], set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            out.append(self.by_id[sid])
            sid = self.by_id[sid].based_on
        return out[::-1]

    def chain_values(self, sid: str | None) -> dict[str, Any]:
        if sid not in self._chain_cache:
            merged: dict[str, Any] = {}
            for st in self._chain(sid):
                merged.update(st.rpr)
            self._chain_cache[sid] = merged
        return self._chain_cache[sid]

    def shaded_table(self, sid: str | None) -> bool:
        return any(st.shaded_table for st in self._chain(sid))

    def base_look(self, pstyle: str | None, rstyle: str | None) -> tuple[dict[str, Any], bool]:
        """Formatting from defaults and styles, and the style-level hidden flag. vanish is a
        toggle property: set in both the paragraph and the character style it cancels out."""
        key = (pstyle, rstyle)
        hit = self._look_cache.get(key)
        if hit is not None:
            return hit
        para = self.chain_values(pstyle or self.default_para)
        char = self.chain_values(rstyle) if rstyle else {}
        merged = {**self.defaults, **para, **char}
        pv, cv = para.get("vanish"), char.get("vanish")
        vanish = bool(self.defaults.get("vanish")) if pv is None and cv is None else bool(pv) ^ bool(cv)
        self._look_cache[key] = (merged, vanish)
        return merged, vanish


_HIDING_MARKS = (b"<w:vanish", b"<w:specVanish", b"PrChange")
_TINY_SIZE = re.compile(rb'<w:sz w:val="[0-4]"')
_LIGHT_COLOUR = re.compile(rb'<w:color\s[^>]*(?:w:themeColor|w:val="(?!(?:000000|auto)")[0-9A-Fa-f]{6}")')
_HIDING_KEYS = ("vanish", "specVanish", "color", "highlight", "shd")


def run_props_matter(raw: bytes, root, styles: "Styles") -> bool:
    """Whether any run property in this part can hide text or record a change. Reading every
    run's properties costs more than the rest of the reading, and almost no draft needs it: a
    byte scan of the part (prefix "w:", as Word and WPS write) tells."""
    if root.nsmap.get("w") != W_NS:
        return True
    if any(mark in raw for mark in _HIDING_MARKS) or _TINY_SIZE.search(raw) or _LIGHT_COLOUR.search(raw):
        return True
    if any(st.rpr.get("color") not in (None, "auto") and contrast(st.rpr["color"], "FFFFFF") < 2
           for st in styles.by_id.values()):
        return True  # a light style colour: run shading or highlight may be what makes it visible
    return b"<w:rStyle" in raw and any(
        st.type == "character" and (any(k in st.rpr for k in _HIDING_KEYS) or st.rpr.get("sz", 99) <= TINY_HALF_POINTS)
        for st in styles.by_id.values())


def numpr_values(numpr) -> tuple[str | None, int | None]:
    """(numId, ilvl) written in a w:numPr, None for what it leaves out."""
    if numpr is None:
        return None, None
    num_el, lvl_el = numpr.find(W + "numId"), numpr.find(W + "ilvl")
    num_id = num_el.get(W + "val") if num_el is not None else None
    ilvl = None
    if lvl_el is not None:
        try:
            ilvl = int(float(lvl_el.get(W + "val") or ""))
        except (ValueError, OverflowError):
            ilvl = None
    return (num_id.strip() if num_id else None), ilvl


def display_style_name(name: str) -> str:
    """Word stores built-in names in lower case (heading 1); show them as Word does (Heading 1)."""
    if name and name.isascii() and name == name.lower():
        return name[:1].upper() + name[1:]
    return name


# ---------------------------------------------------------------------------- reading


@dataclass
class _Story:
    """State of one text flow (body, a header, a note, a text box): fields span paragraphs."""
    part_name: str                          # the XML part, for relationship ids
    in_body: bool = False                   # body flow: page breaks count
    run_props: bool = True                  # False: no run property in this part can hide text
    fields: list[bool] = field(default_factory=list)    # per open field: still in its code
    instr: list[list] = field(default_factory=list)     # per open field: its instrText elements
    code_depth: int = 0
    bg: list[str | None] = field(default_factory=lambda: [None])  # background stack (cell, box)


class _Para:
    __slots__ = ("pieces", "length", "origin", "pending", "pstyle", "shd", "deleted", "hidden_chars", "page",
                 "num_id", "ilvl", "mark_deleted", "breaks")

    def __init__(self, keep_origin: bool):
        self.pieces: list[str] = []
        self.length = 0
        self.origin: list | None = [] if keep_origin else None
        self.pending: list[tuple] = []    # (kind, text, start, end, detail)
        self.pstyle: str | None = None
        self.shd: str | None = None
        self.deleted: list[str] | None = None
        self.hidden_chars = 0
        self.page: int | None = None    # the page its first character is on
        self.num_id: str | None = None  # direct w:numPr
        self.ilvl: int | None = None
        self.mark_deleted = False       # the paragraph mark is a tracked deletion
        self.breaks: list[int] = []      # offsets of the spaces that stand for w:br / w:cr


class Reader:
    """Reads the package into a Document. With keep_origin, paragraphs carry the XML elements
    their characters come from and the parsed trees are kept, for the sanitizer."""

    def __init__(self, path: Path, progress: Progress | None = None, cancel: CancelCheck | None = None,
                 keep_origin: bool = False):
        self.path = Path(path)
        self.progress, self.cancel = progress, cancel
        self.keep_origin = keep_origin
        self.doc = Document(path=str(path), kind="docx", sha256="")
        self.trees: dict[str, Any] = {}
        self.hidden_runs: list = []          # runs whose text is vanish (sanitizer removes them)
        self.invisible_runs: list = []       # runs whose text is not seen (white, tiny)
        self.hidden_boxes: list = []         # drawing/pict elements of off-page or hidden text boxes
        self.path_fields: list = []          # instrText elements of fields naming a local path
        self.tables = self.textboxes = self.sections = 0
        self.page = 0
        self.rendered_breaks = 0
        self.note_refs: dict[str, list[str]] = {"footnote": [], "endnote": []}
        self.open_comments: dict[str, list[str]] = {}
        self.comment_anchor: dict[str, dict[str, Any]] = {}
        self.structure: dict[int, list] = {}  # id(part) -> [part, count, authors, first location]
        self.located: dict[tuple[str, str], Location] = {}    # (part name, rId) -> where it is used
        self.progids: dict[tuple[str, str], str] = {}
        self.header_queue: list[tuple[int, str, str, str]] = []
        self.header_seen: set[str] = set()
        self.part_base: dict[int, int] = {}
        self.page_w = 11906 * EMU_PER_TWIP
        self.page_h = 16838 * EMU_PER_TWIP
        self.story = _Story("")
        self.part: Part | None = None
        self.boxes: list[tuple] = []           # text boxes met in the current paragraph
        self._plain_looks: dict[str | None, tuple[bool, str | None]] = {}

    # -- package ------------------------------------------------------------------------

    def read(self) -> Document:
        try:
            self.pkg = Package(self.path)
        except Exception as exc:
            raise DocumentError(f"文件已损坏：压缩包结构不完整（{exc}）。请重新保存或重新获取文件", "damaged") from None
        try:
            self._read()
        finally:
            self.pkg.close()
        return self.doc

    def _xml(self, name: str, label: str):
        """A part's XML root, or None with an errors entry when it is damaged."""
        try:
            root = self.pkg.xml(name)
        except PartError as exc:
            try:
                root = self.pkg.xml(name, recover=True)
                if not len(root):
                    raise PartError(str(exc))
            except PartError:
                self.doc.errors.append(f"{label}（{name}）已损坏，未能读取：{exc}。其余部分已检查，请在 WPS 或 Word "
                                       f"中打开并另存后再检查此部分")
                return None
            self.doc.errors.append(f"{label}（{name}）已损坏，只读取了其中可识别的部分：{exc}。请在 WPS 或 Word 中打开"
                                   f"并另存后再检查")
        if self.keep_origin:
            self.trees[name] = root
        return root

    def _read(self) -> None:
        main = self.pkg.main_part()
        self.main = main
        if self.pkg.size(main) > MAX_XML_PART:
            raise DocumentError(f"Word 文档的正文部分过大（解压后 {self.pkg.size(main) >> 20} MB），超出本工具能安全读取的范围。"
                                "请拆分文档后再检查", "too_large")
        try:
            raw = self.pkg.read(main)
            root = parse_xml(raw, main)
        except PartError as exc:
            raise DocumentError(f"Word 文档的正文部分（{main}）已损坏，无法读取：{exc}。请用 WPS 或 Word 打开、"
                                f"另存为新的 .docx 后再检查", "damaged") from None
        if etree.QName(root).namespace == STRICT_W_NS:
            raise DocumentError("这是“严格 Open XML”格式的 Word 文档，暂不支持。请在 Word 中另存为普通的 "
                                "“Word 文档 (*.docx)”后再检查", "unsupported")
        body = root.find(W + "body")
        if body is None:
            raise DocumentError(f"Word 文档的正文部分（{main}）没有正文内容，文件可能已损坏", "damaged")
        if self.keep_origin:
            self.trees[main] = root
        rels = self.pkg.rels(main)
        theme_root = None
        for rel in rels.values():
            if rel.is_a("theme") and rel.target in self.pkg:
                theme_root = self._xml(rel.target, "主题")
        self.theme = theme_colours(theme_root)
        styles_root = next((self._xml(r.target, "样式") for r in rels.values()
                            if r.is_a("styles") and r.target in self.pkg), None)
        self.styles = Styles(styles_root, self.theme)
        self.numbering = self._numbering(rels)
        page_bg = root.find(f"{W}background")
        self.page_bg = _colour(page_bg, self.theme) if page_bg is not None else None
        if self.page_bg == "auto":
            self.page_bg = None
        sizes = [(number(el.get(W + "w")), number(el.get(W + "h"))) for el in root.iter(W + "pgSz")]
        if sizes:
            self.page_w = max(max(w for w, _ in sizes), 1) * EMU_PER_TWIP
            self.page_h = max(max(h for _, h in sizes), 1) * EMU_PER_TWIP

        body_part = self.doc.part("body", None, "正文")
        self.story = _Story(main, in_body=True, run_props=run_props_matter(raw, root, self.styles))
        del raw
        children = list(body)
        total = len(children)
        for n, child in enumerate(children):
            if n % PROGRESS_EVERY == 0:
                self._tick(n, total, "正在读取正文")
            self._block(child, body_part)
        self._tick(total, total, "正在读取页眉、页脚、脚注和批注")
        self._headers()
        self._notes(rels, "footnotes", "footnote", "脚注")
        self._notes(rels, "endnotes", "endnote", "尾注")
        self._comments(rels)
        self._finish_structure()
        if self.rendered_breaks:
            self.doc.pages = self.rendered_breaks + 1
        else:  # no layout information saved in the file: page numbers would be guesses
            for p in self.doc.paragraphs():
                p.page = None
            for item in self.doc.hidden:
                if item.location is not None and item.location.page is not None:
                    item.location = replace(item.location, page=None)
        self._properties(rels)
        self._package_objects()
        self.doc.errors.extend(dict.fromkeys(self.pkg.problems))

    def _tick(self, done: int, total: int, message: str) -> None:
        if self.cancel and self.cancel():
            raise Cancelled()
        if self.progress:
            self.progress(done, total, message)

    # -- blocks -------------------------------------------------------------------------

    def _block(self, el, part: Part) -> None:
        tag = el.tag
        if tag == _P:
            self._paragraph(el, part)
        elif tag == _TBL:
            if part.kind == "body":
                self.tables += 1
                self._table(el, self.doc.part("table", self.tables, f"表格{self.tables}"))
            else:
                self._table(el, part)
        elif tag == _SDT:
            content = el.find(_SDTCONTENT)
            if content is not None:
                for c in content:
                    self._block(c, part)
        elif tag == _CUSTOMXML or tag == _SDTCONTENT:
            for c in el:
                self._block(c, part)
        elif tag == _ALT:
            for c in _chosen(el):
                self._block(c, part)
        elif tag == _SECTPR:
            self._section(el)
        elif tag == _ALTCHUNK:
            rid = el.get(R_ID)
            if rid:
                self.located[(self.story.part_name, rid)] = Location(part.kind, part.index, self._next_index(part), 0, 0)
        elif tag in _FORMAT_CHANGES:
            self._structure(part, el)

    def _table(self, tbl, part: Part) -> None:
        props = tbl.find(W + "tblPr")
        shaded = False
        if props is not None:
            style = props.find(W + "tblStyle")
            shaded = self.styles.shaded_table(style.get(W + "val") if style is not None else None)
            for c in props:
                if c.tag in _FORMAT_CHANGES:
                    self._structure(part, c)
        for row in _children(tbl, _TR):
            tr_pr = row.find(W + "trPr")
            if tr_pr is not None:
                for c in tr_pr:
                    if c.tag in (_INS, _DEL) or c.tag in _FORMAT_CHANGES:
                        self._structure(part, c)
            for cell in _children(row, _TC):
                bg = None
                tc_pr = cell.find(W + "tcPr")
                if tc_pr is not None:
                    shd = tc_pr.find(_SHD)
                    bg = _shading(shd, self.theme) if shd is not None else None
                    for c in tc_pr:
                        if c.tag in _FORMAT_CHANGES or c.tag in (W + "cellIns", W + "cellDel", W + "cellMerge"):
                            self._structure(part, c)
                if bg is None and shaded:
                    bg = UNKNOWN_BG
                self.story.bg.append(bg if bg is not None else self.story.bg[-1])
                for c in cell:
                    if c.tag != W + "tcPr":
                        self._block(c, part)
                self.story.bg.pop()

    def _section(self, sect) -> None:
        self.sections += 1
        for ref in sect:
            if ref.tag in (W + "headerReference", W + "footerReference"):
                kind = "header" if ref.tag == W + "headerReference" else "footer"
                rel = self.pkg.rels(self.story.part_name).get(ref.get(R_ID) or "")
                if rel and not rel.external:
                    self.header_queue.append((self.sections, kind, ref.get(W + "type") or "default", rel.target))
            elif ref.tag in _FORMAT_CHANGES:
                self._structure(self.doc.parts[0], ref)

    # -- paragraphs ---------------------------------------------------------------------

    def _next_index(self, part: Part) -> int:
        return self.part_base.get(id(part), 0) + len(part.paragraphs)

    def _paragraph(self, p, part: Part) -> None:
        para = _Para(self.keep_origin)
        ppr = p.find(_PPR)
        sect = None
        if ppr is not None:
            for c in ppr:
                tag = c.tag
                if tag == _PSTYLE:
                    para.pstyle = c.get(W + "val")
                elif tag == _SHD:
                    para.shd = _shading(c, self.theme)
                elif tag == _NUMPR:
                    para.num_id, para.ilvl = numpr_values(c)
                elif tag == _RPR:
                    for m in c:
                        if m.tag in _REVISION_MARKS or m.tag in _FORMAT_CHANGES:
                            self._structure(part, m)
                            if m.tag == _DEL or m.tag == _MOVEFROM:
                                para.mark_deleted = True
                elif tag in _FORMAT_CHANGES:
                    self._structure(part, c)
                elif tag == _SECTPR:
                    sect = c
        if para.shd is None:
            para.shd = self.styles.paragraph_shading(para.pstyle)
        self.part = part
        self._inline(p, para)
        text = "".join(para.pieces)
        index = self._next_index(part)
        page = (para.page or self.page + 1) if self.story.in_body else None
        paragraph = Paragraph(text, part.kind, part.index, index, page,
                              self.styles.name(para.pstyle), para.origin, breaks=tuple(para.breaks))
        if self.numbering and self.story.in_body:
            self._label(paragraph, para)
        part.paragraphs.append(paragraph)
        for capture in self.open_comments.values():
            capture.append("\n")
        self._pending(paragraph, para.pending)
        if sect is not None:
            self._section(sect)
        if self.boxes:
            boxes, self.boxes = self.boxes, []
            for box in boxes:
                self._textbox(*box)

    def _numbering(self, rels) -> Numbering | None:
        """Definitions of automatic numbering; None without a (readable) numbering part."""
        name = next((r.target for r in rels.values() if r.is_a("numbering") and not r.external), None)
        if not name or name not in self.pkg:
            return None
        root = self._xml(name, "自动编号定义")
        if root is None:
            return None
        try:
            numbering = Numbering(root, style_num=lambda sid: self.styles.numbering(sid)[0], symbol=symbol_char)
        except Exception as exc:  # a definition we cannot make sense of: no labels, never no document
            self.doc.errors.append(f"自动编号定义（{name}）无法解析（{type(exc).__name__}），正文中的自动编号未能显示")
            return None
        return numbering if numbering else None

    def _label(self, paragraph: Paragraph, para: _Para) -> None:
        """The number Word shows in front of a body or table paragraph (counted in document order)."""
        if para.mark_deleted and not paragraph.text:
            return  # a paragraph removed by a tracked deletion is not numbered
        num_id, ilvl = para.num_id, para.ilvl
        if num_id is None or ilvl is None:
            style_num, style_lvl = self.styles.numbering(para.pstyle)
            if num_id is None:
                num_id = style_num
                if ilvl is None and num_id is not None:
                    ilvl = style_lvl
                    if ilvl is None:
                        ilvl = self.numbering.level_of_style(num_id, para.pstyle or self.styles.default_para)
            elif ilvl is None:
                ilvl = style_lvl   # numId and ilvl are inherited one by one
        if not num_id or num_id == "0":
            return
        try:
            label = self.numbering.label(num_id, ilvl or 0)
        except Exception:  # damaged definitions give no label rather than no document
            label = None
        if label is not None:
            paragraph.label, paragraph.label_suffix = label.text, label.suffix

    def _pending(self, paragraph: Paragraph, pending: list[tuple]) -> None:
        """Hidden facts met in a paragraph become items once its text (for the context) is known;
        blank hidden or invisible text (a white space, a hidden tab) is no fact worth a finding."""
        text = paragraph.text
        for kind, hidden_text, start, end, detail in pending:
            if kind in ("invisible", "vanish") and not hidden_text.strip():
                continue
            detail = dict(detail)
            detail["context"] = context_of(text, start, end) if end > start else \
                text[max(0, start - 30):start] + text[start:start + 30]
            self.doc.hidden.append(HiddenItem(kind, hidden_text, paragraph.location(start, end), detail))

    def _inline(self, parent, para: _Para) -> None:
        for c in parent:
            tag = c.tag
            if tag == _R:
                self._run(c, para)
            elif tag == _INS or tag == _MOVETO:
                start = para.length
                self._inline(c, para)
                if para.deleted is None and para.length > start:
                    kind = "insert" if tag == _INS else "move_to"
                    self._revision(para, kind, "".join(para.pieces)[start:], start, para.length, c)
            elif tag == _DEL or tag == _MOVEFROM:
                outer = para.deleted
                para.deleted = [] if outer is None else outer
                self._inline(c, para)
                if outer is None:
                    removed, para.deleted = "".join(para.deleted), None
                    if removed.strip():
                        kind = "delete" if tag == _DEL else "move_from"
                        self._revision(para, kind, removed, para.length, para.length, c)
                    else:
                        self._structure(self.part, c)
            elif tag in _CONTAINERS:
                if tag == _HYPERLINK and c.get(R_ID):
                    self.located.setdefault((self.story.part_name, c.get(R_ID)), self._here(para))
                self._inline(c, para)
            elif tag == _SDT:
                content = c.find(_SDTCONTENT)
                if content is not None:
                    self._inline(content, para)
            elif tag == _ALT:
                self._inline(_chosen(c), para)
            elif tag == _CRS:
                self._comment_start(c.get(W + "id"), para)
            elif tag == _CRE:
                self.open_comments.pop(c.get(W + "id"), None)
            elif tag == M + "oMathPara" or tag == M + "oMath":
                for t in c.iter(M + "t"):
                    if t.text:
                        self._put(para, t.text, t, None, False)

    def _here(self, para: _Para) -> Location:
        part = self.part
        return Location(part.kind, part.index, self._next_index(part), para.length, para.length)

    def _comment_start(self, cid: str | None, para: _Para) -> None:
        if cid is None:
            return
        self.open_comments[cid] = []
        self.comment_anchor[cid] = {"location": self._here(para), "text": self.open_comments[cid]}

    # -- runs ---------------------------------------------------------------------------

    def _look(self, para: _Para, direct: dict[str, Any]) -> tuple[bool, str | None]:
        """(hidden, invisible reason) of a run."""
        base, vanish = self.styles.base_look(para.pstyle, direct.get("rStyle"))
        if "vanish" in direct:
            vanish = bool(direct["vanish"])
        spec = direct.get("specVanish", base.get("specVanish"))
        if vanish or spec:
            return True, None
        size = direct.get("sz", base.get("sz"))
        tiny = "tiny" if size is not None and size <= TINY_HALF_POINTS else None
        colour = direct.get("color", base.get("color"))
        if colour is None or colour == "auto":
            return False, tiny
        bg = None
        for source in (direct.get("highlight", base.get("highlight")), direct.get("shd", base.get("shd"))):
            if source and source != "none":
                bg = source
                break
        if bg is None:
            bg = para.shd or self.story.bg[-1] or self.page_bg or "FFFFFF"
        if bg != UNKNOWN_BG and contrast(colour, bg) < INVISIBLE_CONTRAST:
            return False, "white+tiny" if tiny else "white"
        return False, tiny

    def _run(self, r, para: _Para) -> None:
        kids = list(r)
        rpr = kids[0] if kids and kids[0].tag == _RPR else None
        if rpr is None or not self.story.run_props:
            look = self._plain_looks.get(para.pstyle)
            if look is None:
                base, vanish = self.styles.base_look(para.pstyle, None)
                look = self._look(para, {})
                if "color" not in base:  # no colour: the result does not depend on the background
                    self._plain_looks[para.pstyle] = look
        else:
            direct = rpr_values(rpr, self.theme)
            if "change" in direct:
                self._structure(self.part, direct["change"])
            look = self._look(para, direct)
        hidden, reason = look
        before, hidden_before = para.length, para.hidden_chars
        for c in kids:
            tag = c.tag
            if tag == _T:
                if c.text:
                    self._put(para, c.text, c, reason, hidden)
            elif tag != _RPR:
                self._run_child(c, para, rpr, hidden, reason)
        if self.keep_origin:
            if hidden and para.hidden_chars > hidden_before:
                self.hidden_runs.append(r)
            elif reason and para.length > before and "".join(para.pieces)[before:].strip():
                self.invisible_runs.append(r)

    def _run_child(self, c, para: _Para, rpr, hidden: bool, reason: str | None) -> None:
        tag = c.tag
        if tag == _T:
            if c.text:
                self._put(para, c.text, c, reason, hidden)
        elif tag == _DELTEXT:
            if c.text:
                if para.deleted is not None:
                    para.deleted.append(c.text)
                else:  # a stray deletion outside w:del still keeps its text in the file
                    self._revision(para, "delete", c.text, para.length, para.length, c.getparent())
        elif tag == _TAB or tag == _PTAB:
            self._put(para, "\t", None, reason, hidden)
        elif tag == _BR or tag == _CR:
            at = para.length
            self._put(para, " ", None, reason, hidden)
            if para.length > at and (not para.breaks or para.breaks[-1] != at):
                para.breaks.append(at)
        elif tag == _NBH:
            self._put(para, "-", None, reason, hidden)
        elif tag == _SYM:
            self._put(para, symbol_char(c.get(W + "char"), c.get(W + "font")), c, reason, hidden, "sym")
        elif tag == _FLDCHAR:
            self._field(c.get(W + "fldCharType"))
        elif tag == _INSTR or tag == _DELINSTR:
            if self.story.instr and c.text:
                self.story.instr[-1].append(c)
        elif tag == _DRAWING or tag == _PICT or tag == _OBJECT:
            self._graphic(c, para)
        elif tag == _ALT:
            for sub in _chosen(c):
                self._run_child(sub, para, rpr, hidden, reason)
        elif tag == _FNREF or tag == _ENREF:
            kind = "footnote" if tag == _FNREF else "endnote"
            self.note_refs[kind].append(c.get(W + "id") or "")
        elif tag == _LRPB:
            if self.story.in_body:
                if para.page is None and para.length:
                    para.page = self.page + 1   # the paragraph began on the page before this break
                self.page += 1
                self.rendered_breaks += 1
        elif tag == _RUBY:
            base = c.find(W + "rubyBase")
            if base is not None:
                self._inline(base, para)
        elif tag == _COMMENTREF:
            cid = c.get(W + "id")
            if cid is not None and cid not in self.comment_anchor:
                self.comment_anchor[cid] = {"location": self._here(para), "text": []}

    def _put(self, para: _Para, s: str, el, reason: str | None, hidden: bool, attr: str | None = None) -> None:
        if para.deleted is not None:
            para.deleted.append(s)
            return
        if self.story.code_depth:
            return
        at = para.length
        if hidden:
            para.hidden_chars += len(s)
            pending = para.pending
            if pending and pending[-1][0] == "vanish" and pending[-1][2] == at:
                kind, text, start, end, detail = pending[-1]
                pending[-1] = (kind, text + s, start, end, detail)
            else:
                pending.append(("vanish", s, at, at, {}))
            return
        para.pieces.append(s)
        para.length = at + len(s)
        if para.origin is not None and el is not None:
            para.origin.append((at, el, attr))
        if reason:
            pending = para.pending
            last = pending[-1] if pending else None
            if last and last[0] == "invisible" and last[3] == at and last[4]["reason"] == reason.split("+")[0]:
                pending[-1] = ("invisible", last[1] + s, last[2], para.length, last[4])
            else:
                reasons = reason.split("+")
                pending.append(("invisible", s, at, para.length,
                                {"reason": reasons[0], "reason_text": "，且".join(INVISIBLE_REASONS[r] for r in reasons)}))
        if self.open_comments:
            for capture in self.open_comments.values():
                if sum(map(len, capture)) < 300:
                    capture.append(s)

    def _field(self, kind: str | None) -> None:
        story = self.story
        if kind == "begin":
            story.fields.append(True)
            story.instr.append([])
            story.code_depth += 1
        elif kind == "separate":
            if story.fields and story.fields[-1]:
                story.fields[-1] = False
                story.code_depth -= 1
                self._field_code(story.instr[-1])
        elif kind == "end":
            if story.fields:
                if story.fields.pop():
                    story.code_depth -= 1
                    self._field_code(story.instr[-1])
                story.instr.pop()

    def _field_code(self, elements: list) -> None:
        code = "".join(el.text or "" for el in elements)
        m = _LOCAL_PATH.search(code)
        if not m:
            return
        path = re.search(r'"([^"]+)"', code)
        target = path.group(1) if path else code.strip()
        part = self.part
        self.doc.hidden.append(HiddenItem("link", target.replace("\\\\", "\\"),
                                          Location(part.kind, part.index, self._next_index(part), 0, 0),
                                          {"type": "field", "type_text": "域代码中的文件路径",
                                           "why": local_target(target) or "本机或内网文件路径",
                                           "field": code.strip()[:200]}))
        self.path_fields.append(elements)

    def _revision(self, para: _Para, kind: str, text: str, start: int, end: int, el) -> None:
        author, date = el.get(W + "author") or "", el.get(W + "date") or ""
        pending = para.pending
        last = pending[-1] if pending else None
        if (last and last[0] == "revision" and last[4]["type"] == kind and last[4].get("author") == author
                and last[3] == start):
            pending[-1] = ("revision", last[1] + text, last[2], end, last[4])
            return
        detail = {"type": kind, "type_text": REVISION_TYPES[kind]}
        if author:
            detail["author"] = author
        if date:
            detail["date"] = date
        pending.append(("revision", text, start, end, detail))

    def _structure(self, part: Part | None, el) -> None:
        """A revision that carries no text (formatting, paragraph marks, table rows): counted per part."""
        part = part or self.doc.parts[0]
        entry = self.structure.get(id(part))
        if entry is None:
            entry = self.structure[id(part)] = [part, 0, set(), set(), self._next_index(part)]
        entry[1] += 1
        author = el.get(W + "author")
        if author:
            entry[2].add(author)
        date = el.get(W + "date")
        if date:
            entry[3].add(date)

    def _finish_structure(self) -> None:
        for part, count, authors, dates, index in self.structure.values():
            index = min(index, max(self._next_index(part) - 1, 0))
            detail = {"type": "format", "type_text": REVISION_TYPES["format"], "count": count, "severity": "review"}
            if authors:
                detail["author"] = "、".join(sorted(authors))
            if dates:
                detail["date"] = max(dates)
            self.doc.hidden.append(HiddenItem(
                "revision", f"{part.label or part.kind}中有 {count} 处未接受的格式或结构修订（不含文字）",
                Location(part.kind, part.index, index, 0, 0), detail))

    # -- drawings and text boxes --------------------------------------------------------

    def _graphic(self, el, para: _Para) -> None:
        """Text boxes, watermarks and embedded objects inside a drawing, picture or object."""
        found: list = []
        _walk_graphic(el, found)
        here = self._here(para)
        for kind, node, extra in found:
            if kind == "box":
                self.boxes.append((node, el, box_background(node, self.theme, self.story.bg[-1]), self._box_state(node)))
            elif kind == "watermark":
                self.boxes.append((node, el, None, self._box_state(node)))
            elif kind == "object":
                rid = node.get(R_ID)
                if rid:
                    self.located.setdefault((self.story.part_name, rid), here)
                    if node.get("ProgID"):
                        self.progids[(self.story.part_name, rid)] = node.get("ProgID")
            elif kind == "chart":
                self.located.setdefault((self.story.part_name, extra), here)

    def _box_state(self, node) -> str | None:
        """offpage / hidden_shape / None for the shape holding a text box or watermark."""
        shape = node
        while shape is not None and shape.tag not in (WP + "anchor", WP + "inline", V + "shape", V + "rect",
                                                      V + "roundrect", V + "oval"):
            shape = shape.getparent()
        if shape is None:
            return None
        if shape.tag == WP + "anchor":
            doc_pr = shape.find(WP + "docPr")
            if doc_pr is not None and doc_pr.get("hidden") in ("1", "true"):
                return "hidden_shape"
            extent = shape.find(WP + "extent")
            cx = number(extent.get("cx")) if extent is not None else 0
            cy = number(extent.get("cy")) if extent is not None else 0
            for axis, size, limit in (("positionH", cx, self.page_w), ("positionV", cy, self.page_h)):
                off = shape.find(f"{WP}{axis}/{WP}posOffset")
                if off is not None and off.text:
                    pos = number(off.text)
                    if pos >= limit or pos + size <= -OFFPAGE_SLACK_EMU:
                        return "offpage"
            return None
        if shape.tag == WP + "inline":
            return None
        if shape.getparent() is not None and shape.getparent().tag == V + "group":
            return None  # coordinates of a group member are in the group's own units
        style = _vml_style(shape.get("style") or "")
        if style.get("visibility") == "hidden" or style.get("display") == "none":
            return "hidden_shape"
        slack = OFFPAGE_SLACK_EMU / 12700
        for pos_key, size_key, limit in (("margin-left", "width", self.page_w), ("left", "width", self.page_w),
                                         ("margin-top", "height", self.page_h), ("top", "height", self.page_h)):
            pos, size = _points(style.get(pos_key)), _points(style.get(size_key)) or 0.0
            if pos is not None and (pos >= limit / 12700 or pos + size <= -slack):
                return "offpage"
        return None

    def _textbox(self, node, holder, bg: str | None, state: str | None) -> None:
        self.textboxes += 1
        n = self.textboxes
        is_watermark = node.tag == V + "textpath"
        part = self.doc.part("textbox", n, f"水印（文本框{n}）" if is_watermark else f"文本框{n}")
        saved_story, saved_part = self.story, self.part
        self.story = _Story(saved_story.part_name, in_body=False, bg=[bg])
        try:
            if is_watermark:
                text = node.get("string") or ""
                origin = [(0, node, "string")] if self.keep_origin and text else None
                part.paragraphs.append(Paragraph(text, "textbox", n, 0, None, None, origin))
            else:
                for c in node:
                    self._block(c, part)
        finally:
            self.story, self.part = saved_story, saved_part
        if state:
            text = "\n".join(p.text for p in part.paragraphs).strip()
            if text:
                first = next(p for p in part.paragraphs if p.text.strip())
                self.doc.hidden.append(HiddenItem("invisible", text, first.location(0, len(first.text)),
                                                  {"reason": state, "reason_text": INVISIBLE_REASONS[state],
                                                   "context": first.text[:60]}))
                self.hidden_boxes.append(holder)

    # -- headers, notes, comments -------------------------------------------------------

    def _headers(self) -> None:
        order = {"default": 0, "first": 1, "even": 2}
        queue = sorted(self.header_queue, key=lambda q: (q[0], q[1] != "header", order.get(q[2], 3)))
        for section, kind, variant, name in queue:
            if name in self.header_seen:
                continue
            self.header_seen.add(name)
            what = "页眉" if kind == "header" else "页脚"
            label = f"第{section}节{what}（{HEADER_VARIANTS.get(variant, variant)}）"
            root = self._xml(name, label) if name in self.pkg else None
            if root is None:
                if name not in self.pkg:
                    self.doc.errors.append(f"{label}引用的部件 {name} 不存在，未能读取。其余部分已检查")
                continue
            base = sum(len(p.paragraphs) + self.part_base.get(id(p), 0) for p in self.doc.parts
                       if p.kind == kind and p.index == section)
            part = self.doc.part(kind, section, label)
            self.part_base[id(part)] = base
            self.story = _Story(name)
            for c in root:
                self._block(c, part)

    def _notes(self, rels, rel_kind: str, kind: str, what: str) -> None:
        name = next((r.target for r in rels.values() if r.is_a(rel_kind) and not r.external), None)
        if not name or name not in self.pkg:
            return
        root = self._xml(name, what)
        if root is None:
            return
        notes = {n.get(W + "id"): n for n in root if n.tag == W + kind and n.get(W + "type") not in SKIP_NOTE_TYPES}
        order = list(dict.fromkeys(i for i in self.note_refs[kind] if i in notes))
        order += [i for i in notes if i not in order]
        for number, nid in enumerate(order, 1):
            part = self.doc.part(kind, number, f"{what}{number}")
            self.story = _Story(name)
            for c in notes[nid]:
                self._block(c, part)

    def _comments(self, rels) -> None:
        name = next((r.target for r in rels.values() if r.is_a("comments") and not r.external), None)
        if not name or name not in self.pkg:
            return
        root = self._xml(name, "批注")
        if root is None:
            return
        done, parents = self._comments_extended(rels)
        by_para_id: dict[str, int] = {}
        for number, comment in enumerate((c for c in root if c.tag == W + "comment"), 1):
            part = self.doc.part("comment", number, f"批注{number}")
            self.story = _Story(name)
            for c in comment:
                self._block(c, part)
            paras = [p for p in comment.iter(_P)]
            para_id = paras[-1].get(W14 + "paraId") if paras else None
            if para_id:
                by_para_id[para_id] = number
            text = "\n".join(p.text for p in part.paragraphs).strip()
            cid = comment.get(W + "id")
            detail: dict[str, Any] = {"comment_id": cid, "number": number}
            for key, attr in (("author", "author"), ("initials", "initials"), ("date", "date")):
                if comment.get(W + attr):
                    detail[key] = comment.get(W + attr)
            if para_id in done:
                detail["resolved"] = done[para_id]
            if para_id in parents and parents[para_id] in by_para_id:
                detail["reply_to"] = by_para_id[parents[para_id]]
            anchor = self.comment_anchor.get(cid or "")
            if anchor:
                detail["anchor_location"] = anchor["location"].describe()
                detail["anchor_text"] = "".join(anchor["text"]).strip()[:200]
            first = part.paragraphs[0] if part.paragraphs else None
            location = first.location(0, len(first.text)) if first else Location("comment", number, 0, 0, 0)
            detail["context"] = text[:60]
            self.doc.hidden.append(HiddenItem("comment", text or "（空批注）", location, detail))

    def _comments_extended(self, rels) -> tuple[dict[str, bool], dict[str, str]]:
        name = next((r.target for r in rels.values() if r.is_a("commentsExtended") and not r.external), None)
        done: dict[str, bool] = {}
        parents: dict[str, str] = {}
        if not name or name not in self.pkg:
            return done, parents
        root = self._xml(name, "批注扩展信息")
        if root is None:
            return done, parents
        for ex in root.iter(W15 + "commentEx"):
            pid = ex.get(W15 + "paraId")
            if pid:
                done[pid] = ex.get(W15 + "done") in ("1", "true")
                if ex.get(W15 + "paraIdParent"):
                    parents[pid] = ex.get(W15 + "paraIdParent")
        return done, parents

    # -- properties ---------------------------------------------------------------------

    def _properties(self, rels) -> None:
        package_rels = self.pkg.rels("")
        found: list[tuple[str, str, str, str]] = []   # (key, Chinese name, value, source part)

        def part_of(kind: str, fallback: str) -> str | None:
            for rel in package_rels.values():
                if rel.is_a(kind) and not rel.external and rel.target in self.pkg:
                    return rel.target
            return fallback if fallback in self.pkg else None

        core = part_of("core-properties", "docProps/core.xml")
        if core:
            root = self._xml(core, "文档属性")
            if root is not None:
                for el in root:
                    key = etree.QName(el).localname
                    if key in CORE_FIELDS and (el.text or "").strip():
                        found.append((key, CORE_FIELDS[key], el.text.strip(), core))
        app = part_of("extended-properties", "docProps/app.xml")
        if app:
            root = self._xml(app, "文档扩展属性")
            if root is not None:
                for el in root:
                    key = etree.QName(el).localname
                    if key in APP_FIELDS and (el.text or "").strip():
                        found.append((key, APP_FIELDS[key], el.text.strip(), app))
        custom = part_of("custom-properties", "docProps/custom.xml")
        if custom:
            root = self._xml(custom, "自定义文档属性")
            if root is not None:
                for prop in root:
                    name = prop.get("name")
                    value = "".join(prop.itertext()).strip()
                    if name and value:
                        found.append((f"custom:{name}", f"自定义属性 {name}", value, custom))
        people = next((r.target for r in rels.values() if r.is_a("people") and not r.external), None)
        if people and people in self.pkg:
            root = self._xml(people, "修订者名单")
            if root is not None:
                for n, person in enumerate(root.iter(W15 + "person"), 1):
                    author = (person.get(W15 + "author") or "").strip()
                    if author:
                        found.append((f"people:{n}", "修订者/批注者名单", author, people))
        if not found:
            return
        part = self.doc.part("metadata", None, "文档属性")
        for key, name, value, source in found:
            self.doc.properties[key] = value
            para = part.add(value)
            self.doc.hidden.append(HiddenItem("metadata", value, para.location(0, len(value)),
                                              {"property": key, "property_name": name, "source": source,
                                               "context": f"{name}：{value}"[:80]}))

    # -- package-level objects ----------------------------------------------------------

    def _package_objects(self) -> None:
        seen: set[str] = set()
        for rels_file in sorted(self.pkg.rels_files()):
            source = _source_of(rels_file)
            for rel in self.pkg.rels(source).values():
                kind = rel_type(rel.type)
                if rel.external:
                    self._external(source, rel, kind)
                elif kind in ("oleObject", "package", "aFChunk", "control", "activeXControlBinary") and \
                        rel.target not in seen:
                    seen.add(rel.target)
                    self._embedded(source, rel, kind)
        for name in self.pkg.infos:
            low = name.lower()
            if low.endswith("vbaproject.bin"):
                size = self.pkg.size(name)
                self.doc.hidden.append(HiddenItem("macro", f"宏工程 {name}（{size_text(size)}）", None,
                                                  {"name": name, "size": size}))

    def _external(self, source: str, rel, kind: str) -> None:
        target = rel.target
        if kind == "attachedTemplate":
            bare = unquote(target).replace("\\", "/").rsplit("/", 1)[-1].lower()
            if "/" not in unquote(target).replace("\\", "/") and bare in _GENERIC_TEMPLATES:
                return
            why = local_target(target) or "附加模板"
            type_text = "附加模板"
        else:
            why = local_target(target)
            if not why:
                return
            type_text = EXTERNAL_KINDS.get(kind, f"外部链接（{kind}）")
        loc = self.located.get((source, rel.id))
        self.doc.hidden.append(HiddenItem("link", unquote(target), loc,
                                          {"type": kind, "type_text": type_text, "why": why, "source": source,
                                           "rel_id": rel.id}))

    def _embedded(self, source: str, rel, kind: str) -> None:
        name = rel.target
        size = self.pkg.size(name)
        progid = self.progids.get((source, rel.id))
        loc = self.located.get((source, rel.id))
        if loc is None and source.startswith("word/charts/"):
            loc = next((v for (src, rid), v in self.located.items()
                        if rid and self.pkg.rels(src).get(rid) and self.pkg.rels(src)[rid].target == source), None)
        detail: dict[str, Any] = {"name": name.rsplit("/", 1)[-1], "part": name, "size": size, "type": kind}
        if progid:
            detail["progid"] = progid
        what = EMBED_KINDS.get(kind, "嵌入对象")
        if source.startswith("word/charts/"):
            what = "图表的数据工作簿"
        problem = None
        if name not in self.pkg:
            problem = "文件中缺少该对象的数据"
        else:
            try:
                head = self.pkg.read(name, limit=64 << 20)
            except PartError as exc:
                head, problem = b"", str(exc)
            if not problem and head:
                problem = _object_problem(head, detail)
        label = detail.get("file_name") or detail["name"]
        desc = f"{what}：{label}"
        if progid:
            desc += f"（{progid}）"
        desc += f"，{size_text(size)}"
        if problem:
            detail["damaged"] = True
            detail["problem"] = problem
            desc += f"；该对象无法读取（{problem}），请人工核实其内容"
        self.doc.hidden.append(HiddenItem("embedded", desc, loc, detail))


CORE_FIELDS = {"creator": "作者", "lastModifiedBy": "最后修改者", "title": "标题", "subject": "主题",
               "keywords": "关键词", "description": "备注", "category": "类别", "contentStatus": "状态"}
APP_FIELDS = {"Company": "单位", "Manager": "经理", "Template": "模板", "HyperlinkBase": "超链接基础地址"}
EXTERNAL_KINDS = {"hyperlink": "超链接", "image": "链接的图片", "oleObject": "链接的对象", "subDocument": "子文档",
                  "frame": "框架", "attachedTemplate": "附加模板", "package": "链接的文件"}
EMBED_KINDS = {"oleObject": "嵌入的 OLE 对象", "package": "嵌入的文件", "aFChunk": "导入的文档片段（altChunk）",
               "control": "ActiveX 控件", "activeXControlBinary": "ActiveX 控件数据"}


def _source_of(rels_file: str) -> str:
    return "" if rels_file == "_rels/.rels" else source_of_rels(rels_file)


def _object_problem(data: bytes, detail: dict[str, Any]) -> str | None:
    """Describe an embedded object's content; the reason it cannot be read, or None."""
    import io
    import zipfile
    if data.startswith(b"PK"):
        budget = EMBED_CHECK_BYTES  # read (and CRC-check) members up to this much, so a bomb costs little
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                for info in zf.infolist():
                    if info.file_size <= budget:
                        zf.read(info)
                        budget -= info.file_size
        except Exception as exc:
            return f"压缩包已损坏：{type(exc).__name__}"
        if "word/document.xml" in names:
            detail["format"] = "Word 文档"
        elif "xl/workbook.xml" in names:
            detail["format"] = "Excel 工作簿"
        elif "ppt/presentation.xml" in names:
            detail["format"] = "PowerPoint 演示文稿"
        return None
    if data.startswith(OLE_MAGIC):
        try:
            streams = ole_streams(data, {"\x01Ole10Native", "WordDocument", "Workbook", "Book",
                                         "PowerPoint Document", "CONTENTS", "Package"})
        except Exception as exc:
            return f"复合文档结构已损坏：{exc}"
        if "\x01Ole10Native" in streams:
            file_name = ole10_native_name(streams["\x01Ole10Native"])
            if file_name:
                detail["file_name"] = file_name
        for stream, fmt in (("WordDocument", "Word 97-2003 文档"), ("Workbook", "Excel 工作簿"),
                            ("Book", "Excel 工作簿"), ("PowerPoint Document", "PowerPoint 演示文稿")):
            if stream in streams:
                detail["format"] = fmt
        return None
    if detail.get("type") in ("aFChunk",):
        return None
    return "无法识别的格式"


def _chosen(alt) -> list:
    """The branch of mc:AlternateContent a reader sees: the first mc:Choice, else mc:Fallback."""
    for c in alt:
        if c.tag == _CHOICE:
            return list(c)
    for c in alt:
        if c.tag == _FALLBACK:
            return list(c)
    return []


def _children(parent, tag: str):
    """Rows of a table or cells of a row, looking through content controls and custom XML."""
    for c in parent:
        if c.tag == tag:
            yield c
        elif c.tag == _SDT:
            content = c.find(_SDTCONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif c.tag in (_CUSTOMXML, _SDTCONTENT):
            yield from _children(c, tag)
        elif c.tag == _ALT:
            yield from (sub for sub in _chosen(c) if sub.tag == tag)


def _walk_graphic(el, found: list) -> None:
    for c in el:
        tag = c.tag
        if tag == _TXBX:
            found.append(("box", c, None))
        elif tag == _ALT:
            holder = _chosen(c)
            for sub in holder:
                if sub.tag == _TXBX:
                    found.append(("box", sub, None))
                else:
                    _walk_graphic(sub, found)
        elif tag == _FALLBACK:
            continue
        elif tag == V + "textpath":
            if (c.get("string") or "").strip():
                found.append(("watermark", c, None))
        elif tag == O + "OLEObject":
            found.append(("object", c, None))
        elif tag == C + "chart":
            found.append(("chart", c, c.get(R_ID)))
        else:
            _walk_graphic(c, found)


def box_background(box, theme: dict[str, str], outer: str | None) -> str | None:
    """Background of a text box: its shape's fill (DrawingML or VML), else what is behind it."""
    shape = box.getparent()
    while shape is not None and shape.tag not in (WPS + "wsp", V + "shape", V + "rect", V + "roundrect", V + "oval"):
        shape = shape.getparent()
    if shape is None:
        return outer
    if shape.tag == WPS + "wsp":
        sp = shape.find(WPS + "spPr")
        if sp is not None:
            if sp.find(A + "noFill") is not None:
                return outer
            fill = sp.find(A + "solidFill")
            if fill is not None:
                return _drawing_colour(fill, theme)
            if sp.find(A + "blipFill") is not None or sp.find(A + "gradFill") is not None:
                return UNKNOWN_BG
        ref = shape.find(f"{WPS}style/{A}fillRef")
        if ref is not None and ref.get("idx") not in (None, "0"):
            return _drawing_colour(ref, theme)
        return outer
    if shape.get("filled") in ("f", "false"):
        return outer
    fill = shape.find(V + "fill")
    if fill is not None and fill.get("type") not in (None, "solid"):
        return UNKNOWN_BG
    colour = shape.get("fillcolor")
    if colour:
        value = hex_colour(colour.split()[0]) or VML_COLOURS.get(colour.split()[0].lower())
        return value or UNKNOWN_BG
    return outer if shape.get("filled") is None else "FFFFFF"


VML_COLOURS = {"white": "FFFFFF", "black": "000000", "red": "FF0000", "blue": "0000FF", "green": "008000",
               "yellow": "FFFF00", "gray": "808080", "silver": "C0C0C0", "navy": "000080", "maroon": "800000"}


def _drawing_colour(holder, theme: dict[str, str]) -> str:
    for c in holder:
        if c.tag == A + "srgbClr":
            return hex_colour(c.get("val")) or UNKNOWN_BG
        if c.tag == A + "schemeClr":
            slot = THEME_SLOT.get(c.get("val") or "", c.get("val"))
            return theme.get(slot or "", UNKNOWN_BG)
        if c.tag == A + "prstClr":
            return VML_COLOURS.get((c.get("val") or "").lower(), UNKNOWN_BG)
    return UNKNOWN_BG


def _vml_style(style: str) -> dict[str, str]:
    out = {}
    for item in style.split(";"):
        if ":" in item:
            k, v = item.split(":", 1)
            out[k.strip().lower()] = v.strip()
    return out


_UNIT_PT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0, "emu": 1 / 12700}


def _points(value: str | None) -> float | None:
    if not value:
        return None
    m = re.fullmatch(r"\s*(-?[\d.]+)\s*([a-z]*)\s*", value.lower())
    if not m:
        return None
    try:
        number = float(m.group(1))
    except ValueError:
        return None
    unit = m.group(2)
    if not unit:
        return 0.0 if number == 0 else None  # a bare number's unit depends on the container
    return number * _UNIT_PT[unit] if unit in _UNIT_PT else None


def load(path: Path, progress: Progress | None = None, cancel: CancelCheck | None = None) -> Document:
    return Reader(path, progress, cancel).read()
