#!/usr/bin/env python3
"""Rebuild installer/smoke/示例草稿.pdf: the sample draft (resources/samples/示例草稿.docx) printed
to PDF the way a reviewer would receive it — the header's secrecy marking at the top of the
page, the body, the table row — with a real embedded CJK font and a text layer.

The frozen smoke test checks this file, so the PDF code paths (pypdfium2, pdfminer's CMaps)
are exercised inside the bundle. Needs PySide6, python-docx and Droid Sans Fallback
(fonts-droid-fallback). Not Noto CJK: with it Qt writes Kangxi radicals (⼈ U+2F08, ⻔ U+2ED4)
into the text layer for 人 and 门, as some real PDFs do — a loader problem worth its own test,
but not what a smoke test of the bundle should trip over.
"""
import os
import sys
from pathlib import Path

import docx
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "samples" / "示例草稿.docx"
TARGET = Path(__file__).resolve().parent / "示例草稿.pdf"


def lines_of(path: Path) -> tuple[list[str], list[str]]:
    d = docx.Document(str(path))
    header = [p.text for p in d.sections[0].header.paragraphs if p.text.strip()]
    body = [p.text for p in d.paragraphs if p.text.strip()]
    for table in d.tables:
        for row in table.rows:
            body.append("　".join(cell.text for cell in row.cells))
    return header, body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv)  # noqa: F841 (fonts need an application)
    header, body = lines_of(SOURCE)
    writer = QPdfWriter(str(TARGET))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(20, 20, 20, 20)))
    writer.setResolution(300)
    writer.setTitle("示例草稿")
    writer.setCreator("installer/smoke/make_sample_pdf.py")
    painter = QPainter(writer)
    font = QFont("Droid Sans Fallback", 12)
    painter.setFont(font)
    width = writer.width()
    step = painter.fontMetrics().height() * 1.6
    y = 0.0
    for text in header:
        painter.drawText(QRectF(0, y, width, step), Qt.AlignLeft | Qt.AlignVCenter, text)
        y += step * 2
    for text in body:
        rect = painter.boundingRect(QRectF(0, y, width, 10_000), Qt.TextWordWrap, text)
        painter.drawText(QRectF(0, y, width, rect.height()), Qt.TextWordWrap, text)
        y += rect.height() + step * 0.6
    painter.end()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
