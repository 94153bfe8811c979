"""Build small PDFs by hand for the PDF tests and the benchmark.

Writing the bytes ourselves gives exact control over what is drawn and in which order (a box
after the text or before it, render mode 3, white 1-pt text, text off the page), over document
structures (annotations, attachments, JavaScript, XMP, incremental updates, encryption), and
needs no font file and no office suite: text uses a non-embedded CID font, Identity-H encoded
with the character code equal to the Unicode code point and a ToUnicode map, which PDFium and
pdfminer both read without font files (ASCII is half-width, the rest full-width).

The font's base name is Arial, which PDFium maps to a built-in font at once; for a name it
must look up (SimSun, STSong-Light) on a machine without CJK fonts it searches the system for
every page (20-35 ms a page), a cost real files with embedded fonts never have. Either way this
machine has no CJK glyphs, so CJK characters get zero-height glyph boxes (the loose boxes are
right) and PDFium drops a text object of one single CJK character: draw CJK text in runs of
two or more characters.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field
from typing import Any


USED: set[int] = set(range(32, 127))   # code points drawn so far (the ToUnicode map covers them)


class Name(str):
    """A PDF name (/Foo)."""


@dataclass(frozen=True)
class Ref:
    num: int


@dataclass
class Stream:
    dict: dict
    data: bytes


class Raw(str):
    """Already-serialised PDF syntax."""


def pdf_string(text: str) -> bytes:
    """A text string: PDFDocEncoding for ASCII, UTF-16BE with BOM otherwise."""
    if all(32 <= ord(c) < 127 for c in text):
        return text.encode("latin-1")
    return b"\xfe\xff" + text.encode("utf-16-be")


def _ser(value: Any, enc) -> bytes:
    if isinstance(value, Raw):
        return value.encode("latin-1")
    if isinstance(value, Name):
        return b"/" + value.encode("latin-1")
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, int):
        return str(value).encode()
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".").encode()
    if value is None:
        return b"null"
    if isinstance(value, Ref):
        return f"{value.num} 0 R".encode()
    if isinstance(value, str):
        value = pdf_string(value)
    if isinstance(value, bytes):
        return b"<" + enc(value).hex().encode() + b">"
    if isinstance(value, (list, tuple)):
        return b"[" + b" ".join(_ser(v, enc) for v in value) + b"]"
    if isinstance(value, dict):
        return b"<<" + b"".join(b"/" + k.encode("latin-1") + b" " + _ser(v, enc) for k, v in value.items()) + b">>"
    raise TypeError(type(value))


def ucs2(text: str) -> str:
    return "<" + text.encode("utf-16-be").hex() + ">"


def advance(ch: str) -> float:
    """Width of a character in em, as the font's /W says."""
    return 0.5 if ord(ch) < 0x80 else 1.0


def wrap_rows(text: str, left: float, size: float, width: int, indent: int = 2) -> list[tuple[float, str]]:
    """(x, line) rows of a paragraph wrapped at `width` ems with a first-line indent of `indent`
    ems, as a word processor without kinsoku would."""
    rows, line, used, room, first = [], "", 0.0, width - indent, True
    for ch in text:
        if used + advance(ch) > room:
            rows.append((left + (indent * size if first else 0), line))
            line, used, room, first = "", 0.0, width, False
        line += ch
        used += advance(ch)
    rows.append((left + (indent * size if first else 0), line))
    return rows


def _to_unicode(codes: set[int]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
             "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    codes_sorted = sorted(codes)
    for k in range(0, len(codes_sorted), 100):
        chunk = codes_sorted[k:k + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{c:04X}> <{c:04X}>" for c in chunk]
        lines.append("endbfchar")
    lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(lines).encode("ascii")


@dataclass
class Page:
    width: float = 595.0
    height: float = 842.0
    ops: list[str] = field(default_factory=list)
    annots: list[dict] = field(default_factory=list)
    images: dict[str, int] = field(default_factory=dict)   # name -> grey level
    forms: dict[str, "Page"] = field(default_factory=dict)
    rotate: int = 0
    crop: tuple[float, float, float, float] | None = None

    def text(self, x: float, y: float, text: str, size: float = 12, color=(0, 0, 0), mode: int = 0,
             scale: float = 1.0) -> "Page":
        if any(ord(c) > 0xFFFF for c in text):
            raise ValueError("pdfgen writes BMP characters only")
        USED.update(ord(c) for c in text)
        r, g, b = (c / 255 for c in color)
        self.ops.append(f"BT /F1 {size:g} Tf {mode} Tr {r:.3f} {g:.3f} {b:.3f} rg "
                        f"{scale:g} 0 0 {scale:g} {x:.2f} {y:.2f} Tm {ucs2(text)} Tj ET")
        return self

    def rect(self, x: float, y: float, w: float, h: float, fill=(0, 0, 0), stroke: bool = False) -> "Page":
        r, g, b = (c / 255 for c in fill)
        op = "S" if stroke else "f"
        colour = "RG" if stroke else "rg"
        self.ops.append(f"q {r:.3f} {g:.3f} {b:.3f} {colour} {x:.2f} {y:.2f} {w:.2f} {h:.2f} re {op} Q")
        return self

    def image(self, x: float, y: float, w: float, h: float, grey: int = 200) -> "Page":
        name = f"Im{len(self.images) + 1}"
        self.images[name] = grey
        self.ops.append(f"q {w:.2f} 0 0 {h:.2f} {x:.2f} {y:.2f} cm /{name} Do Q")
        return self

    def form(self, x: float, y: float) -> "Page":
        """A form XObject drawn at (x, y); draw into the returned page."""
        name = f"Fm{len(self.forms) + 1}"
        inner = Page(self.width, self.height)
        self.forms[name] = inner
        self.ops.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm /{name} Do Q")
        return inner

    def paragraph(self, x: float, y: float, text: str, width_chars: int, size: float = 12,
                  leading: float = 1.6, indent: int = 2) -> float:
        """Lay out a Chinese paragraph: 2-character first-line indent, wrapped at width_chars
        ems the way a word processor wraps (by width); returns the y of the next line."""
        room = width_chars - indent
        line, used = "", 0.0
        first = True
        for ch in text:
            if used + advance(ch) > room:
                self.text(x + (indent * size if first else 0), y, line, size)
                y -= size * leading
                line, used, room, first = "", 0.0, width_chars, False
            line += ch
            used += advance(ch)
        if line:
            self.text(x + (indent * size if first else 0), y, line, size)
            y -= size * leading
        return y


@dataclass
class PdfBuilder:
    pages: list[Page] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)
    xmp: str | None = None
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    javascripts: list[tuple[str, str]] = field(default_factory=list)
    open_action_js: str | None = None
    compress: bool = True
    font: str = "Arial"

    def page(self, width: float = 595.0, height: float = 842.0) -> Page:
        p = Page(width, height)
        self.pages.append(p)
        return p

    # -- writing -------------------------------------------------------------------------------
    def build(self, user_password: str | None = None, owner_password: str | None = None,
              permissions: int = -4) -> bytes:
        objects: dict[int, Any] = {}
        counter = [0]

        def add(value: Any) -> Ref:
            counter[0] += 1
            objects[counter[0]] = value
            return Ref(counter[0])

        catalog_ref, pages_ref = add(None), add(None)
        font = add({"Type": Name("Font"), "Subtype": Name("Type0"), "BaseFont": Name(self.font),
                    "Encoding": Name("Identity-H"), "ToUnicode": add(Stream({}, _to_unicode(set(USED)))),
                    "DescendantFonts": [add({
                        "Type": Name("Font"), "Subtype": Name("CIDFontType2"), "BaseFont": Name(self.font),
                        "CIDSystemInfo": {"Registry": "Adobe", "Ordering": "Identity", "Supplement": 0},
                        "CIDToGIDMap": Name("Identity"),
                        "FontDescriptor": add({"Type": Name("FontDescriptor"), "FontName": Name(self.font),
                                               "Flags": 6, "FontBBox": [-25, -254, 1000, 880], "ItalicAngle": 0,
                                               "Ascent": 880, "Descent": -120, "CapHeight": 880, "StemV": 93}),
                        "DW": 1000, "W": [0, 127, 500]})]})
        self.content_refs: list[int] = []
        kids = []
        for page in self.pages:
            resources = self._resources(page, font, add)
            content = add(self._stream(page))
            self.content_refs.append(content.num)
            pd: dict[str, Any] = {"Type": Name("Page"), "Parent": pages_ref,
                                  "MediaBox": [0, 0, page.width, page.height], "Resources": resources,
                                  "Contents": content}
            if page.crop:
                pd["CropBox"] = list(page.crop)
            if page.rotate:
                pd["Rotate"] = page.rotate
            if page.annots:
                pd["Annots"] = [add(self._annot(a, add)) for a in page.annots]
            kids.append(add(pd))
        objects[pages_ref.num] = {"Type": Name("Pages"), "Kids": kids, "Count": len(kids)}
        catalog: dict[str, Any] = {"Type": Name("Catalog"), "Pages": pages_ref}
        names: dict[str, Any] = {}
        if self.attachments:
            names["EmbeddedFiles"] = {"Names": [x for name, data in self.attachments
                                                for x in (name, add(self._filespec(name, data, add)))]}
        if self.javascripts:
            names["JavaScript"] = {"Names": [x for name, js in self.javascripts
                                             for x in (name, add({"S": Name("JavaScript"), "JS": js}))]}
        if names:
            catalog["Names"] = names
        if self.open_action_js:
            catalog["OpenAction"] = {"S": Name("JavaScript"), "JS": self.open_action_js}
        if self.xmp:
            catalog["Metadata"] = add(Stream({"Type": Name("Metadata"), "Subtype": Name("XML")},
                                             self.xmp.encode("utf-8")))
        objects[catalog_ref.num] = catalog
        trailer: dict[str, Any] = {"Root": catalog_ref}
        if self.info:
            trailer["Info"] = add(dict(self.info))
        file_id = hashlib.md5(repr(sorted(self.info.items())).encode() + str(len(objects)).encode()).digest()
        trailer["ID"] = [file_id, file_id]
        key = None
        if user_password is not None or owner_password is not None:
            key, encrypt = _standard_security(user_password or "", owner_password or user_password or "",
                                              permissions, file_id)
            trailer["Encrypt"] = add(encrypt)
            self._encrypt_ref = trailer["Encrypt"].num
        return _write(objects, trailer, key, getattr(self, "_encrypt_ref", None))

    def _resources(self, page: Page, font: Ref, add) -> dict:
        res: dict[str, Any] = {"Font": {"F1": font}}
        xobjects = {}
        for name, grey in page.images.items():
            xobjects[name] = add(Stream({"Type": Name("XObject"), "Subtype": Name("Image"), "Width": 2, "Height": 2,
                                         "ColorSpace": Name("DeviceGray"), "BitsPerComponent": 8}, bytes([grey] * 4)))
        for name, inner in page.forms.items():
            d = {"Type": Name("XObject"), "Subtype": Name("Form"), "BBox": [0, 0, page.width, page.height],
                 "Resources": self._resources(inner, font, add)}
            xobjects[name] = add(Stream(d, "\n".join(inner.ops).encode("latin-1")))
        if xobjects:
            res["XObject"] = xobjects
        return res

    def _stream(self, page: Page) -> Stream:
        data = "\n".join(page.ops).encode("latin-1")
        if self.compress:
            return Stream({"Filter": Name("FlateDecode")}, zlib.compress(data))
        return Stream({}, data)

    def _filespec(self, name: str, data: bytes, add) -> dict:
        ef = add(Stream({"Type": Name("EmbeddedFile"), "Params": {"Size": len(data)}}, data))
        return {"Type": Name("Filespec"), "F": name, "UF": name, "EF": {"F": ef}}

    def _annot(self, a: dict, add) -> dict:
        a = dict(a)
        a.setdefault("Type", Name("Annot"))
        if "_file" in a:
            name, data = a.pop("_file")
            a["FS"] = add(self._filespec(name, data, add))
        return a


def _write(objects: dict[int, Any], trailer: dict, key: bytes | None, encrypt_num: int | None) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += _object_bytes(num, objects[num], key if num != encrypt_num else None)
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for num in range(1, size):
        out += f"{offsets[num]:010d} 00000 n \n".encode() if num in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n" + _ser({**trailer, "Size": size}, lambda b: b) + f"\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _object_bytes(num: int, value: Any, key: bytes | None) -> bytes:
    enc = (lambda b: _rc4(_object_key(key, num), b)) if key else (lambda b: b)
    if isinstance(value, Stream):
        data = enc(value.data)
        body = _ser({**value.dict, "Length": len(data)}, enc) + b"\nstream\n" + data + b"\nendstream"
    else:
        body = _ser(value, enc)
    return f"{num} 0 obj\n".encode() + body + b"\nendobj\n"


def append_revision(data: bytes, replace: dict[int, Any], info: dict[str, str] | None = None) -> bytes:
    """An incremental update: new versions of some objects (and optionally a new Info dict)
    appended after the existing file, the way an editor's quick save does."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.search(rb"/Root (\d+) 0 R", data).group(1).decode()
    out = bytearray(data)
    objects = dict(replace)
    trailer: dict[str, Any] = {"Root": Raw(f"{root} 0 R"), "Prev": prev}
    if info is not None:
        objects[size] = dict(info)
        trailer["Info"] = Ref(size)
        size += 1
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += _object_bytes(num, objects[num], None)
    xref = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += f"{num} 1\n{offsets[num]:010d} 00000 n \n".encode()
    out += b"trailer\n" + _ser({**trailer, "Size": size}, lambda b: b) + f"\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# -- the standard security handler, revision 3 (128-bit RC4) ------------------------------------
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def _rc4(key: bytes, data: bytes) -> bytes:
    from pdfminer.arcfour import Arcfour
    return Arcfour(key).encrypt(data)


def _object_key(key: bytes, num: int) -> bytes:
    return hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:min(len(key) + 5, 16)]


def _standard_security(user: str, owner: str, permissions: int, file_id: bytes) -> tuple[bytes, dict]:
    def padded(pw: str) -> bytes:
        return (pw.encode("latin-1") + _PAD)[:32]
    digest = hashlib.md5(padded(owner)).digest()
    for _ in range(50):
        digest = hashlib.md5(digest).digest()
    o = _rc4(digest, padded(user))
    for i in range(1, 20):
        o = _rc4(bytes(b ^ i for b in digest), o)
    p = permissions.to_bytes(4, "little", signed=True)
    key = hashlib.md5(padded(user) + o + p + file_id).digest()
    for _ in range(50):
        key = hashlib.md5(key).digest()
    u = _rc4(key, hashlib.md5(_PAD + file_id).digest())
    for i in range(1, 20):
        u = _rc4(bytes(b ^ i for b in key), u)
    u += b"\x00" * 16
    return key, {"Filter": Name("Standard"), "V": 2, "R": 3, "Length": 128, "O": Raw("<" + o.hex() + ">"),
                 "U": Raw("<" + u.hex() + ">"), "P": permissions}
