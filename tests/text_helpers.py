"""Helpers shared by the text-gate tests: run one check module on a text or on PDF-like lines."""
from __future__ import annotations

import datetime as dt
import importlib

from reviewer.core.checks import CheckContext
from reviewer.core.documents.model import Document
from reviewer.core.documents.text import from_string


def run_check(module: str, text: str, day: dt.date = dt.date(2024, 6, 1)):
    """Findings of reviewer.core.checks.<module> on a text (one paragraph per line)."""
    return _run(module, from_string(text), day)


def run_check_pdf(module: str, pages: list[list[str]], day: dt.date = dt.date(2024, 6, 1)):
    """Findings of a check on a PDF-like document: one paragraph per line, as the PDF reader gives."""
    doc = Document(path="<pdf>", kind="pdf", sha256="", pages=len(pages))
    for number, lines in enumerate(pages, 1):
        part = doc.part("page", number, f"第{number}页")
        for line in lines:
            part.add(line, page=number)
    return _run(module, doc, day)


def _run(module: str, doc: Document, day: dt.date):
    check = importlib.import_module(f"reviewer.core.checks.{module}")
    return list(check.run(doc, CheckContext(date=day, lexicons=None)))
