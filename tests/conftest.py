"""Shared fixtures. Every test runs with its own user data folder and no display."""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True, scope="session")
def _isolated_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("reviewer-home")
    os.environ["REVIEWER_HOME"] = str(home)
    os.environ.pop("REVIEWER_DB", None)
    yield home


@pytest.fixture(scope="session")
def checker():
    from reviewer.core.engine import Checker, CheckOptions
    return Checker(CheckOptions(user_dir=None))


@pytest.fixture
def check_text(checker):
    """check_text(text, date=None) -> findings of the full checker on a one-document text."""
    from reviewer.core.documents.text import from_string

    def run(text: str, date: dt.date | str | None = None):
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        saved = checker.options.date, checker.options.today
        checker.options.date = checker.options.today = date or dt.date(2025, 6, 30)
        try:
            return checker.check_document(from_string(text)).findings
        finally:
            checker.options.date, checker.options.today = saved
    return run


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None, cwd: Path | None = None):
    """Run `python -m reviewer ARGS` in a fresh process; returns CompletedProcess (text)."""
    import subprocess
    full_env = {**os.environ, **(env or {}), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "reviewer", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=full_env, cwd=cwd or ROOT, timeout=600)
