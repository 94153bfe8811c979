"""Lexicon matches: every entry of every loaded lexicon (shipped, department, --terms)."""
from __future__ import annotations

from typing import Iterable

from reviewer.core.checks import CheckContext, finding_at, text_paragraphs
from reviewer.core.documents.model import Document
from reviewer.core.findings import Finding
from reviewer.core.normalize import normalize


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    lexicons = ctx.lexicons
    if lexicons is None:
        return
    boundaries = None
    for para in text_paragraphs(doc):
        if not para.text:
            continue
        norm = normalize(para.text)
        if boundaries is None:
            boundaries = lambda s, extra=None: ctx.words.boundaries(s, extra)  # noqa: E731 (loads the word table on first need)
        for m in lexicons.match(para.text, ctx.date, norm, boundaries):
            e = m.entry
            yield finding_at(para, m.start, m.end, rule=e.effective_rule, gate=e.lexicon.gate,
                             severity=e.effective_severity, message=e.message(), suggestion=e.suggestion,
                             basis=e.basis_text(), detail={"lexicon": e.lexicon.id, "entry_line": e.line})
