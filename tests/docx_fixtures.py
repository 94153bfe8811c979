"""Build small .docx files in code: python-docx's default package with our own part XML.

    path = build(tmp_path / "a.docx", body=P(R("正文")) + P(R("隐藏", rpr=VANISH)))

Everything is raw WordprocessingML so a test states exactly what the file holds.
"""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_W = "application/vnd.openxmlformats-officedocument.wordprocessingml."

VANISH = "<w:vanish/>"
WHITE = '<w:color w:val="FFFFFF"/>'
TINY = '<w:sz w:val="2"/>'

SECT_A4 = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/>'


def R(text: str = "", rpr: str = "", tag: str = "t") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    content = f'<w:{tag} xml:space="preserve">{escape(text)}</w:{tag}>' if text else ""
    return f"<w:r>{props}{content}</w:r>"


def P(*content: str, ppr: str = "") -> str:
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{props}{''.join(content)}</w:p>"


def NUM(num_id: int | str, ilvl: int | None = 0) -> str:
    """Paragraph properties numbering a paragraph (ilvl None: leave the level out)."""
    level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    return f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'


def LVL(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/>{extra}</w:lvl>')


def ABSTRACT(aid: int | str, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{extra}{"".join(levels)}</w:abstractNum>'


def NUMDEF(num_id: int | str, aid: int | str, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def START(ilvl: int, value: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'


# the levels of a government draft's list (GB/T 9704 7.3.3): 一、 / （一） / 1. / （1）
GOV_LIST = ABSTRACT(1, LVL(0, "chineseCounting", "%1、"), LVL(1, "chineseCounting", "（%2）"),
                    LVL(2, "decimal", "%3."), LVL(3, "decimal", "（%4）"))


def TBL(*rows: list[str], cell_pr: str = "", tbl_pr: str = "") -> str:
    out = [f"<w:tbl><w:tblPr>{tbl_pr}</w:tblPr>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            inner = cell if cell.startswith("<w:") else P(R(cell))
            out.append(f"<w:tc><w:tcPr>{cell_pr}</w:tcPr>{inner}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def INS(inner: str, author: str = "张三", date: str = "2024-03-01T10:00:00Z", tag: str = "ins") -> str:
    return f'<w:{tag} w:id="1{abs(hash(inner)) % 1000}" w:author="{author}" w:date="{date}">{inner}</w:{tag}>'


def DEL(text: str, author: str = "张三", date: str = "2024-03-01T10:00:00Z") -> str:
    return INS(R(text, tag="delText"), author, date, "del")


def TEXTBOX(*paras: str, anchor: str = "", fill: str = "") -> str:
    """A DrawingML text box with its VML fallback copy, as Word writes it."""
    position = anchor or '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' \
                         '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    sp_fill = fill or "<a:noFill/>"
    body = "".join(paras)
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'{position}<wp:extent cx="1828800" cy="457200"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm>{sp_fill}</wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="tb1" style="position:absolute;width:144pt;height:36pt" filled="f">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>")


def _default_package() -> dict[str, bytes]:
    import docx
    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


_BASE: dict[str, bytes] | None = None


def base_package() -> dict[str, bytes]:
    global _BASE
    if _BASE is None:
        _BASE = _default_package()
    return dict(_BASE)


def xml_part(root_tag: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{root_tag} {NS}>{inner}</{root_tag.split()[0]}>'


def build(path: Path, body: str = "", *, sect: str = SECT_A4, headers: dict[str, str] | None = None,
          footnotes: list[str] | None = None, endnotes: list[str] | None = None,
          comments: list[tuple[str, str]] | None = None, comments_extended: str | None = None,
          people: list[str] | None = None, styles: str | None = None, core: dict[str, str] | None = None,
          app: dict[str, str] | None = None, custom: dict[str, str] | None = None,
          parts: dict[str, bytes | str] | None = None, rels: list[tuple[str, str, str, bool]] | None = None,
          settings_rels: list[tuple[str, str, str, bool]] | None = None, settings_inner: str = "",
          content_types: dict[str, str] | None = None, raw_document: str | None = None,
          numbering: str | None = None) -> Path:
    """Write a .docx. headers: rId -> XML of a w:hdr/w:ftr part (referenced from `sect`);
    comments: (author, paragraph XML); rels: (id, type, target, external) on the main part;
    numbering: the inner XML of word/numbering.xml (w:abstractNum ... w:num ...), replacing the
    default package's list definitions."""
    pkg = base_package()
    if numbering is not None:
        pkg["word/numbering.xml"] = xml_part("w:numbering", numbering).encode("utf-8")
    doc_rels = [(rid, typ, target, ext) for rid, typ, target, ext in (rels or [])]
    overrides = dict(content_types or {})
    for rid, xml in (headers or {}).items():
        kind = "ftr" if xml.lstrip().startswith("<w:ftr") else "hdr"
        name = f"word/{'footer' if kind == 'ftr' else 'header'}_{rid}.xml"
        pkg[name] = xml.encode("utf-8") if xml.startswith("<?xml") else \
            xml_part(f"w:{kind}", xml[len(f'<w:{kind}>'):-len(f'</w:{kind}>')]).encode("utf-8")
        doc_rels.append((rid, RT + ("footer" if kind == "ftr" else "header"), name[5:], False))
        overrides["/" + name] = CT_W + ("footer+xml" if kind == "ftr" else "header+xml")
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if notes is None:
            continue
        inner = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                 f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 f"</w:p></w:{kind}>")
        inner += "".join(f'<w:{kind} w:id="{i}">{P(R(text)) if not text.startswith("<w:") else text}</w:{kind}>'
                         for i, text in enumerate(notes, 1))
        pkg[f"word/{kind}s.xml"] = xml_part(f"w:{kind}s", inner).encode("utf-8")
        doc_rels.append((f"rId{kind}s", RT + f"{kind}s", f"{kind}s.xml", False))
        overrides[f"/word/{kind}s.xml"] = CT_W + f"{kind}s+xml"
    if comments is not None:
        inner = "".join(f'<w:comment w:id="{i}" w:author="{author}" w:date="2024-05-06T07:08:09Z" w:initials="X">'
                        f'{para if para.startswith("<w:") else P(R(para))}</w:comment>'
                        for i, (author, para) in enumerate(comments))
        pkg["word/comments.xml"] = xml_part("w:comments", inner).encode("utf-8")
        doc_rels.append(("rIdComments", RT + "comments", "comments.xml", False))
        overrides["/word/comments.xml"] = CT_W + "comments+xml"
    if comments_extended is not None:
        pkg["word/commentsExtended.xml"] = xml_part("w15:commentsEx", comments_extended).encode("utf-8")
        doc_rels.append(("rIdCommentsEx", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                         "commentsExtended.xml", False))
        overrides["/word/commentsExtended.xml"] = "application/vnd.openxmlformats-officedocument." \
                                                  "wordprocessingml.commentsExtended+xml"
    if people is not None:
        inner = "".join(f'<w15:person w15:author="{a}"><w15:presenceInfo w15:providerId="None" w15:userId="{a}"/>'
                        f"</w15:person>" for a in people)
        pkg["word/people.xml"] = xml_part("w15:people", inner).encode("utf-8")
        doc_rels.append(("rIdPeople", "http://schemas.microsoft.com/office/2011/relationships/people",
                         "people.xml", False))
        overrides["/word/people.xml"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"
    if styles is not None:
        original = pkg["word/styles.xml"].decode("utf-8")
        pkg["word/styles.xml"] = original.replace("</w:styles>", styles + "</w:styles>").encode("utf-8")
    if core is not None:
        fields = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in core.items())
        pkg["docProps/core.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'{fields}<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
            "</cp:coreProperties>").encode("utf-8")
    if app is not None:
        fields = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in app.items())
        pkg["docProps/app.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{fields}<Pages>1</Pages></Properties>").encode("utf-8")
    package_rels = pkg["_rels/.rels"].decode("utf-8")
    if custom is not None:
        props = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{escape(k)}">'
                        f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(custom.items(), 2))
        pkg["docProps/custom.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>'
        ).encode("utf-8")
        package_rels = package_rels.replace("</Relationships>", '<Relationship Id="rIdCustom" Type="' + RT +
                                            'custom-properties" Target="docProps/custom.xml"/></Relationships>')
        overrides["/docProps/custom.xml"] = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    pkg["_rels/.rels"] = package_rels.encode("utf-8")
    for name, data in (parts or {}).items():
        pkg[name] = data.encode("utf-8") if isinstance(data, str) else data
    if settings_rels or settings_inner:
        settings = pkg["word/settings.xml"].decode("utf-8")
        if settings_inner:
            settings = settings.replace("<w:zoom", settings_inner + "<w:zoom", 1)
        pkg["word/settings.xml"] = settings.encode("utf-8")
        pkg["word/_rels/settings.xml.rels"] = _rels_xml(settings_rels or []).encode("utf-8")
    rels_xml = pkg["word/_rels/document.xml.rels"].decode("utf-8")
    rels_xml = rels_xml.replace("</Relationships>", "".join(_rel(*r) for r in doc_rels) + "</Relationships>")
    pkg["word/_rels/document.xml.rels"] = rels_xml.encode("utf-8")
    ct = pkg["[Content_Types].xml"].decode("utf-8")
    extra = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides.items()
                    if f'PartName="{n}"' not in ct)
    for ext, typ in (("bin", "application/vnd.openxmlformats-officedocument.oleObject"),
                     ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")):
        if f'Extension="{ext}"' not in ct:
            extra += f'<Default Extension="{ext}" ContentType="{typ}"/>'
    pkg["[Content_Types].xml"] = ct.replace("</Types>", extra + "</Types>").encode("utf-8")
    document = raw_document or xml_part("w:document", f"<w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body>")
    pkg["word/document.xml"] = document.encode("utf-8")
    write_zip(path, pkg)
    return path


def _rel(rid: str, typ: str, target: str, external: bool) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{typ}" Target="{escape(target)}"{mode}/>'


def _rels_xml(rels: list) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(_rel(*r) for r in rels) + "</Relationships>")


def write_zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        ct = parts.pop("[Content_Types].xml", None)
        if ct is not None:
            zf.writestr("[Content_Types].xml", ct)
        for name, data in parts.items():
            zf.writestr(name, data)
        if ct is not None:
            parts["[Content_Types].xml"] = ct


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal valid compound (OLE) file with the given root-level streams. Each stream is
    padded to the 4096-byte mini-stream cutoff so all live in regular sectors."""
    sector, free, end, fat_mark, nostream = 512, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    data = [(name, blob + b"\0" * max(0, 4096 - len(blob))) for name, blob in streams.items()]
    dir_sectors = -(-(1 + len(data)) * 128 // sector)
    data_sectors = [-(-len(blob) // sector) for _, blob in data]
    n_fat = 1
    while n_fat * (sector // 4) < n_fat + dir_sectors + sum(data_sectors):
        n_fat += 1
    fat = [fat_mark] * n_fat

    def chain(count: int) -> int:
        start = len(fat)
        fat.extend(range(start + 1, start + count))
        fat.append(end)
        return start
    first_dir = chain(dir_sectors)
    starts = [chain(n) for n in data_sectors]
    fat += [free] * (n_fat * (sector // 4) - len(fat))

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", nostream, right, child) + b"\0" * 36 + struct.pack("<IQ", start, size))
    entries = [entry("Root Entry", 5, nostream, 1 if data else nostream, end, 0)]
    for i, ((name, blob), start) in enumerate(zip(data, starts), 1):
        entries.append(entry(name, 2, i + 1 if i < len(data) else nostream, nostream, start, len(blob)))
    directory = b"".join(entries)
    directory += entry("", 0, nostream, nostream, 0, 0) * ((dir_sectors * sector - len(directory)) // 128)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, first_dir, 0, 4096, end, 0, end, 0))
    difat = list(range(n_fat)) + [free] * (109 - n_fat)
    header += struct.pack("<109I", *difat)
    body = struct.pack(f"<{len(fat)}I", *fat) + directory
    body += b"".join(blob.ljust(n * sector, b"\0") for (_, blob), n in zip(data, data_sectors))
    return header + body


def ole_package_object(file_name: str, payload: bytes) -> bytes:
    """An embedded OLE 'Package' object (oleObject*.bin) carrying a file, as Word stores it."""
    label = file_name.encode("gb18030") + b"\0"
    native = struct.pack("<IH", 0, 2) + label + b"C:\\tmp\\" + label + struct.pack("<I", len(payload)) + payload
    native = struct.pack("<I", len(native) - 4) + native[4:]
    return compound_file({"\x01Ole10Native": native, "\x01CompObj": b"\x01\xfe\xff\x03Package\0"})
