"""Shared pieces of the workflow, store, records and review-CLI tests (not a test module).

Reviews here are checked by a checker that knows only two test lexicons (one block term in
the secrecy gate, one review term in the text gate), so the findings do not move when the
shipped lexicons and checks grow. Password hashing runs with a tiny scrypt cost.
"""
from __future__ import annotations

from pathlib import Path

import pytest

BLOCK_TERM = "天河材料"      # secrecy.test, block (no shipped check flags it, so findings stay put)
REVIEW_TERM = "按装"        # text.test, review

LEXICONS = {
    "test_block.lex": f"""@id: test.workflow.block
@gate: secrecy
@rule: secrecy.test
@severity: block
@version: 1
@source: 审查流程测试
@source_date: 2024-01-01
@boundary: none
@message: 测试用禁止发布词：{{term}}
@flag: 本通知附{BLOCK_TERM}。
@noflag: 本通知附普通材料。
{BLOCK_TERM}
""",
    "test_review.lex": f"""@id: test.workflow.review
@gate: text
@rule: text.test
@severity: review
@version: 1
@source: 审查流程测试
@source_date: 2024-01-01
@boundary: none
@message: 测试用疑似错字：{{term}}
@flag: 请{REVIEW_TERM}要求执行。
@noflag: 请按要求安装。
{REVIEW_TERM} | 安装
""",
}

PASSWORDS = {"admin": "admin-pw", "rev": "rev-pw-1", "rev2": "rev-pw-2", "sec": "sec-pw-1", "sec2": "sec-pw-2",
             "coach": "coach-pw"}
ROLES = {"rev": "reviewer", "rev2": "reviewer", "sec": "secrecy_officer", "sec2": "secrecy_officer",
         "coach": "trainer"}
GATES = ("political", "legal", "policy", "secrecy", "text")

DRAFT = f"""关于做好测试工作的通知
{BLOCK_TERM}
各单位：
  本通知附{BLOCK_TERM}，请{REVIEW_TERM}要求执行。
{BLOCK_TERM}
"""


def write_lexicons(home: Path) -> Path:
    folder = home / "lexicons"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in LEXICONS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return home


def write_draft(folder: Path, text: str = DRAFT, name: str = "draft.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def lexicon_home(tmp_path_factory) -> Path:
    return write_lexicons(tmp_path_factory.mktemp("wf-lexicons"))


@pytest.fixture(scope="session")
def test_checker(lexicon_home, tmp_path_factory):
    from reviewer.core.engine import Checker, CheckOptions
    empty = tmp_path_factory.mktemp("no-shipped-lexicons")
    checker = Checker(CheckOptions(lexicon_dir=empty, user_dir=lexicon_home, only={"terms"}))
    assert not checker.problems, checker.problems
    return checker


@pytest.fixture
def fast_scrypt(monkeypatch):
    monkeypatch.setenv("REVIEWER_SCRYPT_N", "16")


@pytest.fixture
def store(tmp_path):
    from reviewer.core.store import Store
    s = Store.open(tmp_path / "review.db")
    yield s
    s.close()


@pytest.fixture
def wf(store, test_checker, fast_scrypt):
    """A workflow with an admin and the users of ROLES."""
    from reviewer.core.workflow import Workflow
    w = Workflow(store, checker_factory=lambda: test_checker)
    w.create_first_admin("admin", PASSWORDS["admin"])
    for name, role in ROLES.items():
        w.add_user(name, role, PASSWORDS[name], by="admin", by_password=PASSWORDS["admin"])
    return w


def act(name: str) -> dict:
    """Keyword arguments for an act done by `name` with the right password."""
    return {"user": name, "password": PASSWORDS[name]}


def pass_all(w, review_id: int, user: str = "rev", gates=GATES) -> None:
    for gate in gates:
        w.decide(review_id, gate, "pass", None, **act(user))


def dispose_blocks(w, review_id: int, user: str = "rev", reason: str = "测试用词，非真实密件") -> None:
    ids = [f.id for f in w.status(review_id).findings if f.severity == "block"]
    w.dispose(review_id, ids, "false_positive", reason, **act(user))


def ready_review(w, folder: Path, text: str = DRAFT) -> tuple[int, Path]:
    """A review one step from sign-off: every gate passed by rev, every block finding dispositioned."""
    path = write_draft(folder, text)
    review_id, _ = w.open_review(path, **act("rev"), title="测试通知", unit="办公室", channel="门户网站",
                                 disclosure="主动公开", disclosure_basis="《中华人民共和国政府信息公开条例》第十九条")
    pass_all(w, review_id)
    dispose_blocks(w, review_id)
    return review_id, path
