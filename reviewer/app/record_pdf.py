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
import sys
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


def chinese_families() -> tuple[str, str]:
    """(body family, heading family) among the installed fonts; WorkflowError when the system
    has no font that can write Simplified Chinese."""
    from PySide6.QtGui import QFontDatabase
    _ensure_app()
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not chinese:
        raise WorkflowError("本机没有可用的中文字体，无法生成 PDF 审批单（审查通不附带字体）。"
                            "请安装宋体、仿宋或 Noto CJK 等中文字体，或改为导出 .docx 格式", "no_font")
    installed = set(chinese)
    body = next((f for f in BODY_FAMILIES if f in installed), chinese[0])
    heading = next((f for f in HEADING_FAMILIES if f in installed), body)
    return body, heading


def _e(text: str) -> str:
    return html.escape(text or "")


def record_html(record: dict, body: str, heading: str) -> str:
    shape = form(record)
    hf = f"font-family:'{heading}'"
    red = "color:#c00000"
    parts = [f"<html><body style=\"font-family:'{body}'; font-size:10.5pt\">"]
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

    def grid(header: list[str], rows: list[list[str]], widths: list[int]) -> None:
        parts.append(table_open)
        parts.append("<thead><tr>" + "".join(
            f"<th width='{w}%' bgcolor='#e7e6e6' style=\"{hf}; font-weight:normal\">{_e(h)}</th>"
            for h, w in zip(header, widths)) + "</tr></thead>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td style='font-size:9pt'>{_e(v)}</td>" for v in row) + "</tr>")
        parts.append("</table>")

    section(f"二、机器检查发现的问题及处置（共 {len(shape['findings'])} 个）")
    if shape["findings"]:
        grid(shape["findings_header"], shape["findings"], [6, 9, 10, 40, 13, 22])
    else:
        parts.append("<p>机器检查未发现问题。</p>")

    section("三、各关审查意见")
    grid(shape["gates_header"], shape["gates"], [12, 16, 20, 34, 18])
    if shape["reset"]:
        parts.append(f"<p>本稿说明：{_e(shape['reset'])}</p>")

    section("四、保密审查签发")
    for n, line in enumerate(shape["signoff"]):
        style = f" style=\"{red}; font-weight:bold\"" if shape["draft"] and n == 0 else ""
        parts.append(f"<p{style}>{_e(line)}</p>")
    parts.append("<p>&nbsp;</p>")
    parts.append(f"<p style='margin-left:45%'>{_e(shape['signature'][0])}＿＿＿＿＿＿＿＿</p>")
    parts.append(f"<p style='margin-left:45%; margin-top:14px; white-space:pre'>{_e(shape['signature'][1])}</p>")
    parts.append("<p>&nbsp;</p>")
    for line in shape["footer"]:
        parts.append(f"<p style='font-size:7.5pt; margin:0'>{_e(line)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(record: dict, out: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    body, heading = chinese_families()
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    writer = QPdfWriter(str(tmp))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 18, 18, 18), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle("政府信息公开审查审批单" + ("（草稿）" if record["status"] != "signed" else ""))
    writer.setCreator("审查通")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's resolution, not the screen's
    doc.setDefaultFont(QFont(body, 10))
    doc.setHtml(record_html(record, body, heading))
    draft = record["status"] != "signed"
    # lay the document out on the printable area ourselves, to stamp every page of a draft
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_h = int(writer.resolution() * 0.35)
    doc.setPageSize(QSizeF(rect.width(), rect.height() - footer_h))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise WorkflowError(f"无法写入 PDF 文件：{out}", "write_failed")
    try:
        page_h = rect.height() - footer_h
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_h)
            doc.drawContents(painter, QRectF(0, page * page_h, rect.width(), page_h))
            painter.restore()
            _page_footer(painter, writer, rect.width(), page_h, footer_h, page + 1, pages, body, heading, draft)
    finally:
        painter.end()
    tmp.replace(out)


def _page_footer(painter, writer, width: float, top: float, height: float, page: int, pages: int,
                 body: str, heading: str, draft: bool) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont
    font = QFont(body)
    font.setPointSizeF(8.5)
    painter.setFont(font)
    painter.setPen(QColor("#000000"))
    painter.drawText(QRectF(0, top, width, height), Qt.AlignmentFlag.AlignCenter, f"第 {page} 页　共 {pages} 页")
    if draft:
        stamp = QFont(heading)
        stamp.setPointSizeF(9)
        stamp.setBold(True)
        painter.setFont(stamp)
        painter.setPen(QColor("#c00000"))
        painter.drawText(QRectF(0, top, width, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         "未签发草稿　不能作为发布依据")
