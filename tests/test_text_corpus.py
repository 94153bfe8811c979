"""Quiet on real published documents: the text gate's checks find nothing on the fixture copies
(tests/fixtures/corpus, with source notes), and on the shared corpus only the errors that are
really in those documents."""
from __future__ import annotations

import collections
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, SHARED

OWN_RULES = ("text.punctuation", "text.docnumber", "text.date", "text.heading", "text.duplicate",
             "text.typo.usage", "text.typo.variant")
FIXTURE_TEXTS = sorted(p for p in (FIXTURES / "corpus").glob("*.txt") if not p.name.endswith(".source.txt"))


def own(findings):
    """Findings of the text gate's coded checks and lexicons (not the statistical typo detector)."""
    return [f for f in findings if f.rule.startswith(OWN_RULES) or f.detail.get("lexicon", "").startswith("text.")]


def test_the_fixtures_are_there():
    assert len(FIXTURE_TEXTS) >= 3
    for path in FIXTURE_TEXTS:
        assert path.with_name(path.stem + ".source.txt").exists()


@pytest.mark.parametrize("path", FIXTURE_TEXTS, ids=lambda p: p.stem)
def test_quiet_on_real_documents(checker, path):
    report = checker.check_path(path)
    assert report.errors == []
    assert report.chars > 300
    assert [(f.rule, f.text, f.context) for f in own(report.findings)] == []


# what the text gate finds in the shared corpus, each a real error of that copy
KNOWN = {
    # the stored copy was re-typed with half-width punctuation (its source note says so)
    ("excerpt_11_广州市政府办公厅2023年政府信息公开工作年度报告.txt", "text.punctuation.halfwidth"): 21,
    # (govcn_21, a 1997 notice without a date line, is dated by its 文号's year: its 帐号 predates GF 1001-2001)
    ("govcn_23_国办发_2018_109.txt", "text.typo.variant"): 1,   # 按姓氏笔划为序 (笔画)
    ("pkulaw_02_新质监办发_2012_24_新闻宣传.txt", "text.typo.variant"): 1,  # 虚假成份 (成分)
    ("pkulaw_01_余府发_2012_3_新余绿色建筑.txt", "text.duplicate"): 2,  # 《新余市新余市…》 in the title, twice
}


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="the shared corpus lies beside the repository only")
def test_shared_corpus_finds_only_the_real_errors(checker):
    counts = collections.Counter()
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        if path.name.endswith(".source.txt"):
            continue
        for f in own(checker.check_path(path).findings):
            counts[(path.name, f.rule)] += 1
    assert dict(counts) == KNOWN


def test_text_checks_stay_within_their_time_budget():
    """All coded text checks together on 100,000 characters of real text: budget 80 ms on the
    development machine; the bound here is looser so a busy CI machine does not fail it."""
    import datetime as dt
    import importlib

    from reviewer.core.checks import CheckContext
    from reviewer.core.documents.text import decode, from_string
    base = "\n".join(decode(p.read_bytes())[0] for p in FIXTURE_TEXTS)
    doc = from_string((base * (100_000 // len(base) + 1))[:100_000])
    ctx = CheckContext(date=dt.date(2024, 6, 1), lexicons=None)
    ctx.words  # the word table is loaded once per process, for the lexicons too
    modules = [importlib.import_module(f"reviewer.core.checks.{m}")
               for m in ("punctuation", "docnumber", "dates", "headings", "duplicates", "usage")]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for module in modules:
            list(module.run(doc, ctx))
        best = min(best, time.perf_counter() - started)
    assert best < 0.4, f"text checks took {best * 1000:.0f} ms per 100k characters"
