"""Document -> report: load, date, run every check, apply the allow-list, give stable ids."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer import __version__
from reviewer.core import paths
from reviewer.core.checks import CheckContext, discover
from reviewer.core.docdate import document_date_and_source
from reviewer.core.documents import Cancelled, Document, DocumentError, load_document, sha256_of, sniff
from reviewer.core.documents.model import CancelCheck, Progress
from reviewer.core.findings import BLOCK, Finding, assign_ids, sort_key
from reviewer.core.lexicon import Lexicon, LexiconSet, load_directory, plain_term_list
from reviewer.core.normalize import normalize, normalize_term

# what an allow-list entry may never silence: those need a disposition in the review
UNSILENCEABLE = ("secrecy.marker", "secrecy.personal")


@dataclass
class DocumentReport:
    path: str
    sha256: str | None = None
    kind: str | None = None
    date: dt.date | None = None
    date_source: str | None = None      # document | docnumber | option | today
    chars: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    document: Document | None = None
    interpretation: dict[str, Any] | None = None
    seconds: float = 0.0

    @property
    def has_block(self) -> bool:
        return any(f.severity == BLOCK for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        out = {"path": self.path, "sha256": self.sha256, "kind": self.kind,
               "date": self.date.isoformat() if self.date else None, "date_source": self.date_source,
               "chars": self.chars, "errors": self.errors, "findings": [f.to_json() for f in self.findings]}
        if self.document is not None and self.document.pages is not None:
            out["pages"] = self.document.pages
        if self.interpretation is not None:
            out["interpretation"] = self.interpretation
        return out


@dataclass
class CheckOptions:
    date: dt.date | None = None                       # --date: used when the document has none
    terms: list[tuple[Path, str]] = field(default_factory=list)  # (--terms FILE, gate)
    lexicon_dir: Path | None = None                   # shipped lexicons (default: the bundled ones)
    user_dir: Path | None = None                      # department lexicons + allow-list; None: none
    allow: list[str] = field(default_factory=list)    # extra allow-list terms
    only: set[str] | None = None                      # run only these check modules
    today: dt.date | None = None                      # for tests


class Checker:
    """Built once per run: lexicons loaded and matched together, checks discovered."""

    def __init__(self, options: CheckOptions | None = None):
        self.options = options or CheckOptions()
        self.problems: list[str] = []
        lexicons = self._load_lexicons()
        self.lexicons = LexiconSet(lexicons)
        self.allow = self._load_allow()
        self.checks = discover()
        if self.options.only is not None:
            self.checks = {k: v for k, v in self.checks.items() if k in self.options.only}

    def _load_lexicons(self) -> list[Lexicon]:
        opts = self.options
        found, problems = load_directory(opts.lexicon_dir or paths.lexicon_dir(), "shipped")
        lexicons = list(found)
        if opts.user_dir is not None:
            user, probs = load_directory(opts.user_dir / "lexicons", "user")
            lexicons += user
            problems += probs
        for path, gate in opts.terms:
            lex, probs = plain_term_list(Path(path), gate)
            lexicons.append(lex)
            problems += probs
        self.problems = problems
        return lexicons

    def _load_allow(self) -> list[str]:
        terms = list(self.options.allow)
        if self.options.user_dir is not None:
            allow_file = self.options.user_dir / "allow.txt"
            if allow_file.exists():
                for line in allow_file.read_text(encoding="utf-8-sig").splitlines():
                    line = line.split("\t", 1)[0].strip()
                    if line and not line.startswith("#"):
                        terms.append(line)
        return [normalize_term(t) for t in terms if normalize_term(t)]

    def versions(self) -> dict[str, str]:
        return self.lexicons.versions()

    def check_path(self, path: str | Path, progress: Progress | None = None, cancel: CancelCheck | None = None,
                   source: str | Path | None = None) -> DocumentReport:
        started = time.perf_counter()
        path = Path(path)
        report = DocumentReport(path=str(path))
        try:
            report.kind = sniff(path)
            report.sha256 = sha256_of(path)
            doc = load_document(path, progress, cancel)
        except DocumentError as exc:
            if report.sha256 is None and path.is_file():
                report.sha256 = sha256_of(path)
            report.errors.append({"code": exc.code, "message": exc.message})
            report.seconds = time.perf_counter() - started
            return report
        self.check_document(doc, report, progress, cancel)
        if source is not None:
            from reviewer.core import interpretation
            try:
                policy = load_document(Path(source), None, cancel)
            except DocumentError as exc:
                report.errors.append({"code": exc.code, "message": f"政策原文无法读取：{exc.message}"})
            else:
                report.interpretation, extra = interpretation.compare(doc, policy)
                report.findings.extend(extra)
                self._finish(report)
        report.seconds = time.perf_counter() - started
        return report

    def check_document(self, doc: Document, report: DocumentReport | None = None,
                       progress: Progress | None = None, cancel: CancelCheck | None = None) -> DocumentReport:
        report = report or DocumentReport(path=doc.path, sha256=doc.sha256, kind=doc.kind)
        report.document = doc
        report.sha256, report.kind, report.chars = doc.sha256, doc.kind, doc.chars
        for message in doc.errors:
            report.errors.append({"code": "partial", "message": message})
        own, source = document_date_and_source(doc)
        if own:
            report.date, report.date_source = own, source
        elif self.options.date:
            report.date, report.date_source = self.options.date, "option"
        else:
            report.date, report.date_source = self.options.today or dt.date.today(), "today"
        ctx = CheckContext(date=report.date, lexicons=self.lexicons)
        findings: list[Finding] = []
        names = sorted(self.checks)
        for n, name in enumerate(names):
            if cancel and cancel():
                raise Cancelled()
            if progress:
                progress(n, len(names), f"检查：{name}")
            findings.extend(self.checks[name](doc, ctx))
        report.findings = self._allowed(doc, _deduplicated(without_restated_typos(findings)))
        self._finish(report)
        return report

    @staticmethod
    def _finish(report: DocumentReport) -> None:
        report.findings.sort(key=sort_key)
        assign_ids(report.findings)

    def _allowed(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """Drop findings that lie inside an allow-listed phrase, except those no allow-list may
        silence (secrecy markings and validated personal numbers)."""
        if not self.allow:
            return findings
        by_para = {(p.part, p.part_index, p.index): p for p in doc.paragraphs()}
        keep = []
        for f in findings:
            if not f.rule.startswith(UNSILENCEABLE):
                para = by_para.get((f.location.part, f.location.part_index, f.location.paragraph))
                if para is not None and self._inside_allowed(para.text, f.location.start, f.location.end):
                    continue
            keep.append(f)
        return keep

    def _inside_allowed(self, text: str, start: int, end: int) -> bool:
        norm = normalize(text)
        s, e = norm.to_normalized(start), norm.to_normalized(end)
        for term in self.allow:
            k = norm.text.find(term)
            while k >= 0:
                if k <= s and e <= k + len(term):
                    return True
                k = norm.text.find(term, k + 1)
        return False


def _deduplicated(findings: list[Finding]) -> list[Finding]:
    """Two checks of one rule family that flag the same span (the typo lexicon and the
    statistical typo detector, say) give one finding: the most severe, then the more specific
    rule. Different problems on one span (a card number that also sits under a fake redaction
    box) stay two findings."""
    from reviewer.core.findings import SEVERITY_RANK
    best: dict[tuple, Finding] = {}
    for f in findings:
        loc = f.location
        family = ".".join(f.rule.split(".")[:2])
        key = (family, loc.part, loc.part_index, loc.paragraph, loc.start, loc.end, loc.start == loc.end and f.text)
        kept = best.get(key)
        if kept is None or (SEVERITY_RANK[f.severity], -len(f.rule)) < (SEVERITY_RANK[kept.severity], -len(kept.rule)):
            best[key] = f
    return list(best.values())


STATISTICAL_TYPO = "text.typo.context"


def without_restated_typos(findings: list[Finding]) -> list[Finding]:
    """Drop a statistical typo finding where a typo lexicon (text.typo...) already reports the
    same spot: the lexicon's entry is the surer word and carries its source."""
    listed: dict[tuple, list[tuple[int, int]]] = {}
    for f in findings:
        if f.rule.startswith("text.typo") and f.rule != STATISTICAL_TYPO:
            loc = f.location
            listed.setdefault((loc.part, loc.part_index, loc.paragraph), []).append((loc.start, loc.end))
    if not listed:
        return findings
    keep = []
    for f in findings:
        if f.rule == STATISTICAL_TYPO:
            loc = f.location
            spans = listed.get((loc.part, loc.part_index, loc.paragraph), ())
            if any(s < loc.end and loc.start < e for s, e in spans):
                continue
        keep.append(f)
    return keep


def tool_info(checker: Checker) -> dict[str, Any]:
    return {"name": "reviewer", "version": __version__, "lexicons": checker.versions()}
