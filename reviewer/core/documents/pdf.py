"""PDF drafts (minimal reader; replaced by the full pypdfium2 reader)."""
from __future__ import annotations

from pathlib import Path

from reviewer.core.documents.model import CancelCheck, Document, DocumentError, Progress


def load(path: Path, progress: Progress | None = None, cancel: CancelCheck | None = None) -> Document:
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"PDF 无法打开（{exc}）", "damaged") from None
    doc = Document(path=str(path), kind="pdf", sha256="", pages=len(pdf))
    total = 0
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        text = tp.get_text_range()
        part = doc.part("page", i + 1, f"第{i + 1}页")
        for line in text.replace("\r\n", "\n").split("\n"):
            part.add(line, page=i + 1)
        total += len(text.strip())
        tp.close(); page.close()
    pdf.close()
    doc.no_text = total == 0
    return doc
