"""The checks. One module per family; each exposes

    def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]

and is found by name, so adding a family is adding a module. A module whose name starts with
an underscore is a helper, not a check.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable

from reviewer.core.documents.model import Document, Paragraph
from reviewer.core.findings import Finding, context_of

# parts whose text is the document's published text (metadata is checked by the hidden check)
TEXT_PARTS = ("body", "header", "footer", "table", "footnote", "endnote", "comment", "textbox", "page")


@dataclass
class CheckContext:
    date: dt.date                      # judged-against date (document's own, --date, or today)
    lexicons: Any                      # lexicon.LexiconSet
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def words(self):
        from reviewer.core.segment import word_table
        return word_table()

    def tokens(self, text: str) -> list[str]:
        """jieba's tokens of text (WordTable.cut), kept for the document so that the checks
        that need a segmentation pay for it once."""
        cache = self.cache.setdefault("tokens", {})
        found = cache.get(text)
        if found is None:
            found = cache[text] = self.words.cut(text)
        return found


def finding_at(para: Paragraph, start: int, end: int, *, rule: str, gate: str, severity: str, message: str,
               suggestion: str | None = None, basis: str | None = None, detail: dict | None = None,
               text: str | None = None) -> Finding:
    """A finding on para.text[start:end] with its context and location filled in."""
    return Finding(rule=rule, gate=gate, severity=severity, message=message,
                   text=para.text[start:end] if text is None else text,
                   location=para.location(start, end), context=context_of(para.text, start, end),
                   suggestion=suggestion, basis=basis, detail=detail or {})


def text_paragraphs(doc: Document) -> Iterable[Paragraph]:
    return doc.paragraphs(TEXT_PARTS)


CheckFn = Callable[[Document, CheckContext], Iterable[Finding]]


def discover() -> dict[str, CheckFn]:
    checks: dict[str, CheckFn] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        fn = getattr(module, "run", None)
        if callable(fn):
            checks[info.name] = fn
    return checks
