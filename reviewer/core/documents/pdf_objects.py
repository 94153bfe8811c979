"""What is drawn on a PDF page, in content order, and which text a reader cannot see.

One pass over the page objects (form XObjects flattened, with their matrices) gives, for every
text object, its render mode, fill colour, effective size and bounds, and for paths and images
their bounds and fill. From that:

- invisible text: render mode 3/7 (unless it lies over an image: the OCR layer of a scanned
  page), fully transparent or near-white text on a white background, text the same colour as
  the box under it, text outside the crop box, text of 2 pt or less;
- fake redaction: characters under an opaque dark box drawn after them (or under a dark
  Square/Redact/Highlight annotation), or dark text on a dark box drawn before it. A black box
  drawn before light text (a table header band) hides nothing and is not reported.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from reviewer.core.documents import pdfium_fast as fast

TEXT, PATH, IMAGE, SHADING, FORM = (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH,
                                    pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING,
                                    pdfium_c.FPDF_PAGEOBJ_FORM)
TINY_PT = 2.0
NEAR_WHITE = 235
DARK_LUMA = 80
MAX_OBJECTS = 200_000     # a pathological page: stop looking rather than hang

REASON_TEXT = {
    "render_mode": "文字设为不可见（渲染模式 3）",
    "transparent": "文字完全透明",
    "white": "白色文字",
    "same_colour": "文字与背景同色",
    "off_page": "文字在页面可见范围之外",
    "tiny": "字号过小",
}


@dataclass(slots=True)
class DrawnObject:
    seq: int
    kind: int
    address: int
    left: float
    bottom: float
    right: float
    top: float
    rgba: tuple[int, int, int, int] | None = None
    mode: int = 0
    size: float = 0.0
    filled: bool = False

    def contains_point(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top

    def overlaps(self, l: float, b: float, r: float, t: float) -> bool:
        return self.left < r and l < self.right and self.bottom < t and b < self.top


def luma(rgb) -> float:
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]


class _Matrix:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self, a=1.0, b=0.0, c=0.0, d=1.0, e=0.0, f=0.0):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def then(self, o: "_Matrix") -> "_Matrix":
        """self applied first, then o."""
        return _Matrix(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
                       self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d,
                       self.e * o.a + self.f * o.c + o.e, self.e * o.b + self.f * o.d + o.f)

    def box(self, l, b, r, t):
        xs, ys = [], []
        for x, y in ((l, b), (l, t), (r, b), (r, t)):
            xs.append(x * self.a + y * self.c + self.e)
            ys.append(x * self.b + y * self.d + self.f)
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def scale(self) -> float:
        return math.sqrt(abs(self.a * self.d - self.b * self.c))


def walk(page: int) -> tuple[list[DrawnObject], int]:
    """The drawn objects of the page (an integer handle) in content order, forms flattened, and
    the number of paths. Paths only stroked (rules, borders) are counted, not kept: they
    neither cover text nor lie under it."""
    out: list[DrawnObject] = []
    seq = [0]
    paths = [0]
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    R, G, B, A = (ctypes.c_uint() for _ in range(4))
    size = ctypes.c_float()
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    m = pdfium_c.FS_MATRIX()
    pl, pb, pr, pt = (ctypes.byref(x) for x in (l, b, r, t))
    pR, pG, pB, pA = (ctypes.byref(x) for x in (R, G, B, A))

    def visit(obj: int, outer: _Matrix | None) -> None:
        if seq[0] >= MAX_OBJECTS:
            return
        seq[0] += 1
        kind = fast.obj_get_type(obj)
        if kind == FORM:
            fast.obj_get_matrix(obj, ctypes.byref(m))
            own = _Matrix(m.a, m.b, m.c, m.d, m.e, m.f)
            inner = own if outer is None else own.then(outer)
            for j in range(fast.form_count_objects(obj)):
                visit(fast.form_get_object(obj, j), inner)
            return
        if kind == PATH:
            paths[0] += 1
            fast.path_draw_mode(obj, ctypes.byref(fillmode), ctypes.byref(stroke))
            if fillmode.value == 0:
                return
        if not fast.obj_get_bounds(obj, pl, pb, pr, pt):
            return
        box = (l.value, b.value, r.value, t.value)
        if outer is not None:
            box = outer.box(*box)
        drawn = DrawnObject(seq[0], kind, obj, *box)
        if kind == TEXT:
            drawn.mode = fast.text_obj_mode(obj)
            if min(box[2] - box[0], box[3] - box[1]) < 2 * TINY_PT:   # only small text can be tiny
                fast.text_obj_size(obj, ctypes.byref(size))
                fast.obj_get_matrix(obj, ctypes.byref(m))
                scale = _Matrix(m.a, m.b, m.c, m.d).scale * (outer.scale if outer is not None else 1.0)
                drawn.size = size.value * scale
            getter = fast.obj_get_stroke if drawn.mode in (1, 5) else fast.obj_get_fill  # stroke only: its colour shows
            if getter(obj, pR, pG, pB, pA):
                drawn.rgba = (R.value, G.value, B.value, A.value)
        elif kind == PATH:
            drawn.filled = True
            if fast.obj_get_fill(obj, pR, pG, pB, pA):
                drawn.rgba = (R.value, G.value, B.value, A.value)
        out.append(drawn)

    for k in range(fast.page_count_objects(page)):
        visit(fast.page_get_object(page, k), None)
    return out, paths[0]


@dataclass
class Cover:
    """An opaque dark area drawn over the page: a filled path or a dark annotation."""
    left: float
    bottom: float
    right: float
    top: float
    seq: int            # content order; annotations come after all content
    source: str         # 路径 / 注释


def covers(objects: list[DrawnObject], annotation_boxes: list[tuple[float, float, float, float]]) -> list[Cover]:
    out = []
    for o in objects:
        if o.kind == PATH and o.filled and o.rgba and o.rgba[3] >= 200 and luma(o.rgba) < DARK_LUMA \
                and (o.right - o.left) >= 3 and (o.top - o.bottom) >= 3:
            out.append(Cover(o.left, o.bottom, o.right, o.top, o.seq, "path"))
    for box in annotation_boxes:
        out.append(Cover(*box, seq=MAX_OBJECTS + 1, source="annotation"))
    return out


def fill_colours(objects: list[DrawnObject]) -> dict:
    """Colours of the opaque boxes large enough to lie under text (not table rules), under
    "boxes"; text colours found near one of them are memoised beside."""
    return {"boxes": {o.rgba[:3] for o in objects if o.kind == PATH and o.filled and o.rgba and o.rgba[3] >= 200
                      and min(o.right - o.left, o.top - o.bottom) >= 3}}


def background(objects: list[DrawnObject], text: DrawnObject) -> DrawnObject | None:
    """The topmost filled path or image drawn before `text` under its centre."""
    cx, cy = (text.left + text.right) / 2, (text.bottom + text.top) / 2
    for o in reversed(objects):
        if o.seq < text.seq and (o.kind == IMAGE or o.kind == SHADING or (o.kind == PATH and o.filled)) and o.contains_point(cx, cy):
            return o
    return None


def invisible_reasons(objects: list[DrawnObject], text: DrawnObject, crop: tuple[float, float, float, float],
                      images: list[DrawnObject], fill_colours: dict) -> list[str]:
    """Why a text object cannot be seen (empty: it can); 'redaction' for dark text on a dark box."""
    cx, cy = (text.left + text.right) / 2, (text.bottom + text.top) / 2
    if text.mode in (3, 7):
        if any(im.contains_point(cx, cy) for im in images):
            return []       # the text layer of a scanned (OCR) page
        return ["render_mode"]
    cl, cb, cr, ct = crop
    if text.right < cl or text.left > cr or text.top < cb or text.bottom > ct:
        return ["off_page"]
    if text.rgba is not None and text.rgba[3] == 0:
        return ["transparent"]
    reasons = []
    colour = _colour_reason(objects, text, fill_colours)
    if colour:
        reasons.append(colour)
    if 0 < text.size <= TINY_PT:
        reasons.append("tiny")
    return reasons


def _colour_reason(objects: list[DrawnObject], text: DrawnObject, fill_colours: dict) -> str | None:
    if text.rgba is None:
        return None
    colour = text.rgba[:3]
    light = min(colour) >= NEAR_WHITE
    if not light:
        near = fill_colours.get(colour)
        if near is None:    # memoised per text colour: most text on a page has one
            near = fill_colours[colour] = any(max(abs(a - b) for a, b in zip(colour, c)) <= 24
                                              for c in fill_colours["boxes"])
        if not near:
            return None     # no box of its colour anywhere on the page
    under = background(objects, text)
    if under is None:
        return "white" if min(text.rgba[:3]) >= NEAR_WHITE else None
    if under.kind != PATH or under.rgba is None or under.rgba[3] < 200:
        return None     # over an image or a half-transparent fill: cannot judge, assume visible
    if max(abs(a - b) for a, b in zip(text.rgba[:3], under.rgba[:3])) <= 24:
        if luma(under.rgba) < DARK_LUMA:
            return "redaction"
        return "white" if min(text.rgba[:3]) >= NEAR_WHITE else "same_colour"
    return None
