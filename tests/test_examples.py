"""Every must-flag and must-not-flag example of every rule — lexicon files and coded checks —
runs here as its own test, against the full checker with the shipped lexicons."""
import pytest

from reviewer.core.engine import Checker, CheckOptions
from reviewer.core.examples import iter_examples, run_example

_CHECKER = Checker(CheckOptions(user_dir=None))
_CASES = list(iter_examples(_CHECKER))


def test_shipped_lexicons_load_without_problems():
    assert _CHECKER.problems == []
    assert _CHECKER.lexicons.lexicons, "no shipped lexicon was found"


def test_every_rule_family_has_examples():
    assert len(_CASES) >= 4
    assert any(c.must_flag for c in _CASES) and any(not c.must_flag for c in _CASES)


@pytest.mark.parametrize("case", _CASES, ids=[f"{c.where}:{'flag' if c.must_flag else 'noflag'}:{c.text[:12]}"
                                               for c in _CASES])
def test_example(case):
    problem, findings = run_example(_CHECKER, case)
    assert problem is None, problem + "\n" + "\n".join(f"  {f.rule} {f.text!r}" for f in findings)
