"""Every must-flag / must-not-flag example of the text gate's lexicons and coded checks, each a test."""
from __future__ import annotations

import pytest

from reviewer.core.engine import Checker, CheckOptions
from reviewer.core.examples import iter_examples, run_example

_CHECKER = Checker(CheckOptions(user_dir=None))
_TEXT_MODULES = ("punctuation", "docnumber", "dates", "headings", "duplicates", "usage")


def _is_text_gate(case) -> bool:
    return "lexicons/text/" in case.where.replace("\\", "/") or any(
        case.where.startswith(f"reviewer.core.checks.{m}:") for m in _TEXT_MODULES)


CASES = [case for case in iter_examples(_CHECKER) if _is_text_gate(case)]


def test_every_text_rule_has_examples_both_ways():
    by_rule: dict[str, set[bool]] = {}
    for case in CASES:
        by_rule.setdefault(case.where.split(":")[0] if "lexicons" in case.where else case.where, set()).add(case.must_flag)
    assert len(by_rule) >= 3 + 6
    assert all(kinds == {True, False} for kinds in by_rule.values()), by_rule


@pytest.mark.parametrize("case", CASES, ids=[f"{c.where}:{'flag' if c.must_flag else 'noflag'}:{c.text[:12]}" for c in CASES])
def test_example(case):
    problem, _ = run_example(_CHECKER, case)
    assert problem is None, problem
