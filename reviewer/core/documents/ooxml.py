"""Reading an Office Open XML package safely: parts, relationships, XML, colours, and the
small compound-file (OLE) reader needed to say what an embedded object is.

Shared by the .docx loader and the .docx sanitizer, so both see the package the same way.
"""
from __future__ import annotations

import posixpath
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
V = "{urn:schemas-microsoft-com:vml}"
O = "{urn:schemas-microsoft-com:office:office}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
XML = "{http://www.w3.org/XML/1998/namespace}"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"

# an XML part larger than this (uncompressed) is not read: memory stays bounded on zip bombs
# (a 1000-page draft's document.xml is ~50 MB; lxml needs several times the size in memory)
MAX_XML_PART = 120 << 20

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                          remove_pis=True, load_dtd=False)
_RECOVER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                           remove_pis=True, load_dtd=False, recover=True)


class PartError(Exception):
    """One part of the package cannot be read; the message is Chinese."""


@dataclass(frozen=True)
class Rel:
    id: str
    type: str           # the full relationship type URI
    target: str         # resolved part name (internal) or the raw target (external)
    external: bool

    def is_a(self, kind: str) -> bool:
        return self.type.rsplit("/", 1)[-1] == kind


def rel_type(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


class Package:
    """A read-only view of the zip. Every read goes through here so errors become PartError."""

    def __init__(self, path: Path | str):
        self.zf = zipfile.ZipFile(path)
        self.infos = {i.filename: i for i in self.zf.infolist()}
        self._rels: dict[str, dict[str, Rel]] = {}
        self.problems: list[str] = []   # damaged relationship files (Chinese), for the errors list

    def close(self) -> None:
        self.zf.close()

    def __contains__(self, name: str) -> bool:
        return name in self.infos

    def size(self, name: str) -> int:
        info = self.infos.get(name)
        return info.file_size if info else 0

    def read(self, name: str, limit: int = MAX_XML_PART) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise PartError(f"缺少 {name}")
        if info.file_size > limit:
            raise PartError(f"{name} 过大（{info.file_size // (1 << 20)} MB），未读取")
        try:
            return self.zf.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise PartError(f"{name} 已损坏（{exc}）") from None
        except Exception as exc:  # zlib.error and friends on damaged compressed data
            raise PartError(f"{name} 已损坏（{type(exc).__name__}）") from None

    def xml(self, name: str, recover: bool = False) -> etree._Element:
        raw = self.read(name)
        return parse_xml(raw, name, recover)

    def rels(self, part: str) -> dict[str, Rel]:
        """Relationships of a part by id; an unreadable .rels file gives none."""
        if part in self._rels:
            return self._rels[part]
        out: dict[str, Rel] = {}
        name = rels_name(part) if part else "_rels/.rels"
        if name in self.infos:
            try:
                root = self.xml(name)
            except PartError as exc:
                self.problems.append(f"关系文件 {name} 已损坏（{exc}），与之相关的部分可能未读取")
                try:
                    root = self.xml(name, recover=True)
                except PartError:
                    root = None
            for el in (root.iter(REL + "Relationship") if root is not None else ()):
                rid, typ, target = el.get("Id"), el.get("Type", ""), el.get("Target", "")
                if not rid:
                    continue
                external = el.get("TargetMode") == "External"
                if not external:
                    target = resolve(part, target)
                out[rid] = Rel(rid, typ, target, external)
        self._rels[part] = out
        return out

    def main_part(self) -> str:
        for rel in self.rels("").values():
            if rel.is_a("officeDocument") and not rel.external and rel.target in self.infos:
                return rel.target
        return "word/document.xml"

    def rels_files(self) -> list[str]:
        return [n for n in self.infos if n.endswith(".rels")]


def resolve(source_part: str, target: str) -> str:
    """Part name of an internal relationship target, relative to the source part's folder."""
    target = target.replace("\\", "/")
    if target.startswith("/"):
        return target.lstrip("/")
    base = posixpath.dirname(source_part)
    return posixpath.normpath(posixpath.join(base, target)).lstrip("/")


def source_of_rels(rels_path: str) -> str:
    """word/_rels/document.xml.rels -> word/document.xml"""
    folder, name = posixpath.split(rels_path)
    return posixpath.join(posixpath.dirname(folder), name[:-len(".rels")]).lstrip("/")


def parse_xml(raw: bytes, name: str = "", recover: bool = False) -> etree._Element:
    try:
        root = etree.fromstring(raw, _RECOVER if recover else _PARSER)
    except etree.XMLSyntaxError as exc:
        raise PartError(f"{name} 的 XML 结构已损坏（{exc.msg if hasattr(exc, 'msg') else exc}）") from None
    if root is None:
        raise PartError(f"{name} 没有可读取的内容")
    return root


def vals(el: etree._Element | None, attr: str = W + "val") -> str | None:
    return None if el is None else el.get(attr)


def on(el: etree._Element | None) -> bool | None:
    """Value of an OOXML on/off property element: None when absent."""
    if el is None:
        return None
    v = el.get(W + "val")
    return v is None or v.lower() not in ("0", "false", "off", "none")


# ---------------------------------------------------------------------------- colours

HIGHLIGHT = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF",
    "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080", "darkCyan": "008080",
    "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000",
    "darkGray": "808080", "lightGray": "C0C0C0",
}
THEME_SLOT = {"dark1": "dk1", "light1": "lt1", "dark2": "dk2", "light2": "lt2", "text1": "dk1",
              "background1": "lt1", "text2": "dk2", "background2": "lt2", "hyperlink": "hlink",
              "followedHyperlink": "folHlink", "tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}
DEFAULT_THEME = {"dk1": "000000", "lt1": "FFFFFF", "dk2": "44546A", "lt2": "E7E6E6", "accent1": "4472C4",
                 "accent2": "ED7D31", "accent3": "A5A5A5", "accent4": "FFC000", "accent5": "5B9BD5",
                 "accent6": "70AD47", "hlink": "0563C1", "folHlink": "954F72"}


def theme_colours(root: etree._Element | None) -> dict[str, str]:
    colours = dict(DEFAULT_THEME)
    if root is None:
        return colours
    scheme = root.find(f".//{A}clrScheme")
    if scheme is None:
        return colours
    for slot in scheme:
        name = etree.QName(slot).localname
        for c in slot:
            value = c.get("lastClr") if c.tag == A + "sysClr" else c.get("val")
            if value and len(value) == 6:
                colours[name] = value.upper()
    return colours


def hex_colour(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lstrip("#").upper()
    if len(value) == 6 and all(c in "0123456789ABCDEF" for c in value):
        return value
    return None


def tinted(rgb: str, tint: str | None, shade: str | None) -> str:
    """Apply Word's themeTint / themeShade (hex 00-FF) to a colour."""
    r, g, b = (int(rgb[i:i + 2], 16) for i in (0, 2, 4))
    try:
        if tint:
            t = int(tint, 16) / 255
            r, g, b = (round(255 - (255 - x) * t) for x in (r, g, b))
        if shade:
            s = int(shade, 16) / 255
            r, g, b = (round(x * s) for x in (r, g, b))
    except ValueError:
        pass
    return f"{r:02X}{g:02X}{b:02X}"


def luminance(rgb: str) -> float:
    def channel(x: int) -> float:
        c = x / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(rgb[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(rgb: str) -> bool:
    return luminance(rgb) < 0.5


# ---------------------------------------------------------------------------- compound files

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_streams(data: bytes, wanted: set[str] | None = None, limit: int = 64 << 20) -> dict[str, bytes]:
    """Streams of a compound (OLE) file, by name, from any storage level; only `wanted` names
    when given. Raises ValueError on anything malformed (the caller reports it)."""
    if not data.startswith(OLE_MAGIC) or len(data) < 512:
        raise ValueError("not a compound file")
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    if sector_size not in (512, 4096) or mini_size != 64:
        raise ValueError("bad sector size")
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)

    def sector(n: int) -> bytes:
        off = (n + 1) * sector_size
        if n >= 0xFFFFFFFA or off + sector_size > len(data) + sector_size:
            raise ValueError("sector out of range")
        return data[off:off + sector_size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    nxt, guard = first_difat, 0
    while nxt < 0xFFFFFFFA and guard < n_difat + 1:
        block = sector(nxt)
        entries = struct.unpack(f"<{sector_size // 4}I", block)
        difat.extend(entries[:-1])
        nxt, guard = entries[-1], guard + 1
    fat: list[int] = []
    for s in difat[:n_fat]:
        if s >= 0xFFFFFFFA:
            continue
        fat.extend(struct.unpack(f"<{sector_size // 4}I", sector(s)))

    def chain(start: int, table: list[int], max_len: int) -> list[int]:
        out, n = [], start
        while n < 0xFFFFFFFA:
            if n >= len(table) or len(out) > max_len:
                raise ValueError("broken sector chain")
            out.append(n)
            n = table[n]
        return out

    max_sectors = len(data) // sector_size + 1
    directory = b"".join(sector(s) for s in chain(first_dir, fat, max_sectors))
    minifat: list[int] = []
    if n_minifat and first_minifat < 0xFFFFFFFA:
        for s in chain(first_minifat, fat, max_sectors):
            minifat.extend(struct.unpack(f"<{sector_size // 4}I", sector(s)))
    entries = []
    for off in range(0, len(directory) - 127, 128):
        name_len = struct.unpack_from("<H", directory, off + 64)[0]
        name = directory[off:off + max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
        kind = directory[off + 66]
        start, size = struct.unpack_from("<IQ", directory, off + 116)
        if sector_size == 512:
            size &= 0xFFFFFFFF
        entries.append((name, kind, start, size))
    if not entries or entries[0][1] != 5:
        raise ValueError("no root entry")
    root_start, root_size = entries[0][2], entries[0][3]
    mini_stream = b""
    out: dict[str, bytes] = {}
    for name, kind, start, size in entries[1:]:
        if kind != 2 or (wanted is not None and name not in wanted):
            continue
        if size > limit:
            raise ValueError("stream too large")
        if size < cutoff:
            if not mini_stream and root_size:
                mini_stream = b"".join(sector(s) for s in chain(root_start, fat, max_sectors))
            parts = [mini_stream[s * mini_size:(s + 1) * mini_size]
                     for s in chain(start, minifat, len(mini_stream) // mini_size + 1)] if size else []
        else:
            parts = [sector(s) for s in chain(start, fat, max_sectors)]
        out[name] = b"".join(parts)[:size]
    return out


def ole10_native_name(stream: bytes) -> str | None:
    """File name kept in an OLE Package object's \\x01Ole10Native stream."""
    if len(stream) < 8:
        return None
    pos = 6
    end = stream.find(b"\x00", pos)
    if end < 0:
        return None
    label = stream[pos:end]
    for enc in ("utf-8", "gb18030"):
        try:
            return label.decode(enc) or None
        except UnicodeDecodeError:
            continue
    return label.decode("latin-1") or None
