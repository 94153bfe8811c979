"""Every rule's must-flag and must-not-flag examples, run against the real checker.

Lexicon files carry `@flag`/`@noflag` (and per-entry `flag=`/`noflag=`); coded checks carry a
module-level EXAMPLES = {"rule.prefix": {"flag": [...], "noflag": [...]}}. An example may
start with `[YYYY-MM-DD]`, the date the document is judged at. must-flag: a finding of that
rule (entry) exists; must-not-flag: no block or review finding of it.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from reviewer.core.engine import Checker
from reviewer.core.findings import INFO, Finding

_DATE = re.compile(r"^\[(\d{4}-\d{2}-\d{2})\]\s*")
DEFAULT_DATE = dt.date(2025, 6, 30)


@dataclass
class ExampleCase:
    where: str                      # file:line or module:rule
    label: str                      # what must (not) be found, for messages
    must_flag: bool
    text: str
    date: dt.date | None
    matches: Callable[[Finding], bool]


def _split_date(text: str) -> tuple[str, dt.date | None]:
    m = _DATE.match(text)
    if m:
        return text[m.end():], dt.date.fromisoformat(m.group(1))
    return text, None


def iter_examples(checker: Checker) -> Iterator[ExampleCase]:
    for lex in checker.lexicons.lexicons:
        if lex.origin != "shipped":
            continue
        for ex in lex.examples:
            yield ExampleCase(f"{lex.path}:{ex.line}", f"词表 {lex.id}", ex.must_flag, ex.text,
                              ex.date or lex.example_date,
                              lambda f, i=lex.id: f.detail.get("lexicon") == i)
        for entry in lex.entries:
            for ex in entry.examples:
                yield ExampleCase(f"{lex.path}:{ex.line}", f"词条 {entry.term}", ex.must_flag, ex.text,
                                  ex.date or lex.example_date,
                                  lambda f, i=lex.id, n=entry.line: f.detail.get("lexicon") == i
                                  and f.detail.get("entry_line") == n)
    from reviewer.core import checks
    for info in pkgutil.iter_modules(checks.__path__):
        module = importlib.import_module(f"{checks.__name__}.{info.name}")
        for rule, groups in getattr(module, "EXAMPLES", {}).items():
            for key in ("flag", "noflag"):
                for raw in groups.get(key, []):
                    text, day = _split_date(raw)
                    yield ExampleCase(f"{module.__name__}:{rule}", f"规则 {rule}", key == "flag", text, day,
                                      lambda f, r=rule: f.rule == r or f.rule.startswith(r + "."))


def run_example(checker: Checker, case: ExampleCase) -> tuple[str | None, list[Finding]]:
    """(problem or None, the findings) for one example."""
    from reviewer.core.documents.text import from_string
    doc = from_string(case.text, "<example>")
    saved = checker.options.date, checker.options.today
    checker.options.date = checker.options.today = case.date or DEFAULT_DATE
    try:
        report = checker.check_document(doc)
    finally:
        checker.options.date, checker.options.today = saved
    hits = [f for f in report.findings if case.matches(f)]
    if case.must_flag and not hits:
        return f"{case.where}: {case.label} 应命中却没有命中：{case.text}", report.findings
    if not case.must_flag:
        loud = [f for f in hits if f.severity != INFO]
        if loud:
            return (f"{case.where}: {case.label} 不应命中却命中了「{loud[0].text}」（{loud[0].rule}）：{case.text}",
                    report.findings)
    return None, report.findings


def run_all(checker: Checker) -> list[str]:
    problems = []
    for case in iter_examples(checker):
        problem, _ = run_example(checker, case)
        if problem:
            problems.append(problem)
    return problems
