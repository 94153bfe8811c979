"""The sign-off record as PDF: QTextDocument laid out on an A4 QPdfWriter, Chinese text embedded.

Imported only when a PDF is asked for (records.export_record). Works without a screen: with no
running Qt application one is made on the offscreen platform (Linux) or the native one
(Windows, macOS; nothing is shown). The app bundles no font: the PDF uses a Chinese font
installed on the system (仿宋/宋体/黑体 on Chinese Windows, Noto CJK or similar on Linux) and
refuses, rather than print boxes, when there is none.
"""
from __future__ import annotations

import html
import os
import re
import sys
import unicodedata
from pathlib import Path

from reviewer.core.records import form
from reviewer.core.workflow import WorkflowError

# preferred families, best first; the first one installed is used
BODY_FAMILIES = ("仿宋", "FangSong", "仿宋_GB2312", "FangSong_GB2312", "宋体", "SimSun", "NSimSun",
                 "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "思源宋体",
                 "AR PL UMing CN", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "微软雅黑",
                 "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")
HEADING_FAMILIES = ("黑体", "SimHei", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Source Han Sans SC",
                    "思源黑体", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Serif CJK SC")
# Latin letters and digits come from a Latin font listed before the Chinese one: with the Latin
# glyphs of a CJK font, Qt's PDF writer can leave digits without a text mapping (a copied
# SHA-256 would come out as garbage)
LATIN_SERIF = ("Times New Roman", "Liberation Serif", "DejaVu Serif", "Noto Serif", "Nimbus Roman")
LATIN_SANS = ("Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans", "Nimbus Sans")
LATIN_MONO = ("Consolas", "Courier New", "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Nimbus Mono PS")
HEX = re.compile(r"\b[0-9a-f]{12,64}\b")

_app = None  # the application made here, kept alive for the process


def _ensure_app():
    from PySide6.QtGui import QGuiApplication
    global _app
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform not in ("win32", "darwin"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = app = QGuiApplication(["reviewer"])
    return app


class Fonts:
    """The font stacks of the form, as CSS font-family values, from what is installed."""

    def __init__(self, body: str, heading: str, installed: set[str]):
        def stack(latin: tuple[str, ...], chinese: str) -> str:
            first_latin = next((f for f in latin if f in installed), None)
            return ", ".join(f"'{f}'" for f in (first_latin, chinese) if f)
        self.body_family, self.heading_family = body, heading
        self.body = stack(LATIN_SERIF, body)
        self.heading = stack(LATIN_SANS, heading)
        self.mono = stack(LATIN_MONO, body)


def chinese_fonts() -> Fonts:
    """The installed fonts to use; WorkflowError when the system has no font that can write
    Simplified Chinese."""
    from PySide6.QtGui import QFontDatabase
    _ensure_app()
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not chinese:
        raise WorkflowError("本机没有可用的中文字体，无法生成 PDF 审批单（审查通不附带字体）。"
                            "请安装宋体、仿宋或 Noto CJK 等中文字体，或改为导出 .docx 格式", "no_font")
    installed = set(chinese)
    body = next((f for f in BODY_FAMILIES if f in installed), chinese[0])
    heading = next((f for f in HEADING_FAMILIES if f in installed), body)
    return Fonts(body, heading, set(QFontDatabase.families()))


def record_html(record: dict, fonts: Fonts) -> str:
    shape = form(record)

    def _e(text: str, mono_pt: float = 8.5) -> str:
        # hashes in a monospaced Latin font: easier to compare by eye, and copied out intact
        return HEX.sub(lambda m: f"<span style=\"font-family:{fonts.mono}; font-size:{mono_pt}pt\">{m.group(0)}</span>",
                       html.escape(text or ""))

    hf = f"font-family:{fonts.heading}"
    red = "color:#c00000"
    parts = [f"<html><body style=\"font-family:{fonts.body}; font-size:10.5pt\">"]
    title = shape["title"] + ("（草稿）" if shape["draft"] else "")
    parts.append(f"<p align='center' style=\"{hf}; font-size:20pt; margin-bottom:4px\">{_e(title)}</p>")
    if shape["banner"]:
        parts.append(f"<p align='center' style=\"{hf}; {red}; font-size:12pt; font-weight:bold\">"
                     f"{_e(shape['banner'])}</p>")
    else:
        parts.append(f"<p align='center' style=\"{hf}; font-size:12pt\">状态：已签发</p>")

    def section(text: str) -> None:
        parts.append(f"<p style=\"{hf}; font-size:13pt; margin-top:10px; margin-bottom:4px\">{_e(text)}</p>")

    table_open = "<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>"
    label_cell = f"<td width='16%' align='center' bgcolor='#f2f2f2' style=\"{hf}\">"

    section("一、基本信息")
    info = shape["info"]
    parts.append(table_open)
    for i in range(0, 6, 2):
        parts.append(f"<tr>{label_cell}{_e(info[i][0])}</td><td width='34%'>{_e(info[i][1])}</td>"
                     f"{label_cell}{_e(info[i + 1][0])}</td><td width='34%'>{_e(info[i + 1][1])}</td></tr>")
    for label, value in info[6:]:
        parts.append(f"<tr>{label_cell}{_e(label)}</td><td colspan='3'>{_e(value)}</td></tr>")
    parts.append("</table>")

    def grid(header: list[str], rows: list[list[str]], widths: list[int], valign: str = "top") -> None:
        parts.append(table_open)
        parts.append("<thead><tr>" + "".join(
            f"<th width='{w}%' bgcolor='#e7e6e6' style=\"{hf}; font-weight:normal\">{_e(h)}</th>"
            for h, w in zip(header, widths)) + "</tr></thead>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td valign='{valign}' style='font-size:9pt'>{_e(v)}</td>"
                                          for v in row) + "</tr>")
        parts.append("</table>")

    section(f"二、机器检查发现的问题及处置（共 {len(shape['findings'])} 个）")
    if shape["findings"]:
        grid(shape["findings_header"], shape["findings"], [6, 9, 10, 40, 13, 22])
    else:
        parts.append("<p>机器检查未发现问题。</p>")

    section("三、各关审查意见")
    grid(shape["gates_header"], shape["gates"], [12, 16, 20, 34, 18], valign="middle")
    if shape["reset"]:
        parts.append(f"<p>本稿说明：{_e(shape['reset'])}</p>")

    section("四、保密审查签发")
    for n, line in enumerate(shape["signoff"]):
        style = f" style=\"{red}; font-weight:bold\"" if shape["draft"] and n == 0 else ""
        parts.append(f"<p{style}>{_e(line)}</p>")
    if shape["signature"]:  # the hand signature, right of centre, as on a paper form
        parts.append("<table width='100%' border='0' cellpadding='6' style='margin-top:14px'><tr><td width='42%'></td>"
                     f"<td>{_e(shape['signature'][0])}＿＿＿＿＿＿＿＿<br/><br/>"
                     f"<span style='white-space:pre'>{_e(shape['signature'][1])}</span></td></tr></table>")
    parts.append("<p>&nbsp;</p>")
    for line in shape["footer"]:
        parts.append(f"<p style='font-size:7.5pt; margin:0'>{_e(line, mono_pt=7)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(record: dict, out: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    fonts = chinese_fonts()
    draft = record["status"] != "signed"
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    writer = QPdfWriter(str(tmp))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 18, 18, 16), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle("政府信息公开审查审批单" + ("（草稿）" if draft else ""))
    writer.setCreator("审查通")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's resolution, not the screen's
    doc.setDefaultFont(QFont(fonts.body_family, 10))
    # paginate ourselves, leaving a strip at the foot of each page for the page number and,
    # on a draft, the 未签发 stamp: a page torn off a draft must still say it is one. The page
    # size goes in before the content, so the document is laid out once
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_h = int(writer.resolution() * 0.3)
    page_h = rect.height() - footer_h
    doc.setPageSize(QSizeF(rect.width(), page_h))
    doc.setHtml(record_html(record, fonts))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise WorkflowError(f"无法写入 PDF 文件：{out}", "write_failed")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_h)
            doc.drawContents(painter, QRectF(0, page * page_h, rect.width(), page_h))
            painter.restore()
            _page_footer(painter, QRectF(0, page_h, rect.width(), footer_h), page + 1, pages, fonts, draft)
    finally:
        painter.end()
    del writer
    data = _repair_text_mapping(tmp.read_bytes(), fonts)
    tmp.write_bytes(data)
    tmp.replace(out)


def _page_footer(painter, area, page: int, pages: int, fonts: Fonts, draft: bool) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont
    font = QFont(fonts.body_family)
    font.setPointSizeF(8.5)
    painter.setFont(font)
    painter.setPen(QColor("#000000"))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, f"第 {page} 页　共 {pages} 页")
    if draft:
        stamp = QFont(fonts.heading_family)
        stamp.setPointSizeF(9)
        stamp.setBold(True)
        painter.setFont(stamp)
        painter.setPen(QColor("#c00000"))
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "未签发草稿　不能作为发布依据")


# --- text mapping repair -----------------------------------------------------------------------------
# Qt's PDF writer maps each glyph back to the *lowest* code point the font gives it. CJK fonts
# such as Noto CJK give one glyph to 一 U+4E00 and to the Kangxi radical ⼀ U+2F00, so the PDF
# would say ⼀⽂⼈ where the page shows 一文人: copying or searching the record would fail. The
# ToUnicode maps are plain text; each radical is replaced by the ideograph sharing its glyph,
# four hex digits for four, so no byte offset in the file moves.
_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_RADICAL = re.compile(rb"<(2[EF][0-9A-F]{2})>")
_BFRANGE_ARRAY = re.compile(rb"\[[^\]]*\]")
_BFCHAR = re.compile(rb"(<[0-9A-F]{4}>\s+)(<[0-9A-F]{4}>)")


def _radical_equivalents(fonts: Fonts) -> dict[int, int]:
    from PySide6.QtGui import QFont, QRawFont
    unified = "".join(chr(c) for c in range(0x4E00, 0xA000))
    radicals = "".join(chr(c) for c in range(0x2E80, 0x2FE0))
    out: dict[int, int] = {}
    for family in (fonts.body_family, fonts.heading_family):
        raw = QRawFont.fromFont(QFont(family))
        if not raw.isValid():
            continue
        first: dict[int, int] = {}
        for ch, glyph in zip(unified, raw.glyphIndexesForString(unified)):
            if glyph:
                first.setdefault(glyph, ord(ch))
        for ch, glyph in zip(radicals, raw.glyphIndexesForString(radicals)):
            if glyph in first:
                out.setdefault(ord(ch), first[glyph])
    return out


def _repair_text_mapping(pdf: bytes, fonts: Fonts) -> bytes:
    if not _RADICAL.search(pdf):
        return pdf
    table = _radical_equivalents(fonts)

    def fix_code(m: re.Match) -> bytes:
        code = int(m.group(1), 16)
        target = table.get(code) or ord(unicodedata.normalize("NFKC", chr(code))[0])
        return b"<%04X>" % target if 0x4E00 <= target <= 0xFFFF else m.group(0)

    def fix_cmap(m: re.Match) -> bytes:
        cmap = m.group(0)
        # only destination code points: inside bfrange arrays, and the second code of a bfchar pair
        cmap = _BFRANGE_ARRAY.sub(lambda a: _RADICAL.sub(fix_code, a.group(0)), cmap)
        if b"beginbfchar" in cmap:
            cmap = _BFCHAR.sub(lambda c: c.group(1) + _RADICAL.sub(fix_code, c.group(2)), cmap)
        return cmap

    fixed = _CMAP.sub(fix_cmap, pdf)
    assert len(fixed) == len(pdf)
    return fixed
