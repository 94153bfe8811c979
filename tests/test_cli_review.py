"""A whole review through the command line, as a department would run it: users, open, decide,
dispose, refusals, sign-off, record export and verification, a changed file and its reset, a
database tampered with behind the tool's back; plus packages, backups and a locked or damaged
database."""
from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import run_cli
from wfkit import BLOCK_TERM, DRAFT, GATES, write_draft, write_lexicons

PW = {"admin": "admin-pw", "rev": "rev-pw-1", "sec": "sec-pw-1"}


@pytest.fixture
def cli(tmp_path):
    """run(*args, stdin=None) -> CompletedProcess, on a database of its own in tmp_path."""
    home = write_lexicons(tmp_path / "home")   # the test lexicons as department lexicons
    env = {"REVIEWER_HOME": str(home), "REVIEWER_SCRYPT_N": "16"}
    db = tmp_path / "review.db"

    def run(*args: str, stdin: str | None = None, database=db, extra_env: dict | None = None):
        return run_cli("--db", str(database), *args, stdin=stdin, env={**env, **(extra_env or {})})
    run.db = db
    return run


def ok(result):
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result


def refused(result, *words: str):
    assert result.returncode != 0, f"not refused:\n{result.stdout}"
    for word in words:
        assert word in result.stderr, f"{word!r} not in stderr: {result.stderr}"
    assert "规则：" in result.stderr or "数据库" in result.stderr
    return result


def _users(cli) -> None:
    ok(cli("user", "add", "admin", "--role", "admin", "--password-stdin", stdin=PW["admin"] + "\n"))
    refused(cli("user", "add", "rev", "--role", "reviewer", "--password-stdin", stdin="x\n"), "管理员")
    for name, role in (("rev", "reviewer"), ("sec", "secrecy_officer")):
        ok(cli("user", "add", name, "--role", role, "--password-stdin", "--by", "admin",
               stdin=f"{PW[name]}\n{PW['admin']}\n"))


def as_user(name: str, password: str | None = None) -> dict:
    return {"stdin": (password or PW[name]) + "\n"}


def test_a_whole_review_through_the_cli(cli, tmp_path):
    _users(cli)
    draft = write_draft(tmp_path)
    opened = json.loads(ok(cli("review", "open", str(draft), "--user", "rev", "--password-stdin", "--title", "测试通知",
                               "--unit", "办公室", "--channel", "门户网站", "--format", "json", **as_user("rev"))).stdout)
    assert opened == {"review": 1, "revision": 1}
    rid = str(opened["review"])

    status = json.loads(ok(cli("review", "status", rid, "--format", "json")).stdout)
    assert (status["review"], status["revision"], status["signed_off"]) == (1, 1, False)
    assert len(status["sha256"]) == 64
    assert list(status["gates"]) == list(GATES)
    assert all(g == {**g, "decision": None, "user": None} for g in status["gates"].values())
    assert all({"id", "rule", "gate", "severity", "text", "disposition"} <= set(f) for f in status["findings"])
    blocks = [f["id"] for f in status["findings"] if f["severity"] == "block"]
    assert len([f for f in status["findings"] if f["rule"] == "secrecy.test"]) == 3

    # refused: a gate returned without a reason
    refused(cli("review", "decide", rid, "--gate", "legal", "--decision", "return", "--user", "rev",
                "--password-stdin", **as_user("rev")), "理由")
    for gate in GATES:
        ok(cli("review", "decide", rid, "--gate", gate, "--decision", "pass", "--user", "rev", "--password-stdin",
               **as_user("rev")))
    # refused: block findings not dispositioned
    refused(cli("review", "signoff", rid, "--user", "sec", "--password-stdin", **as_user("sec")), "禁止发布级问题")
    # refused: a reviewer accepting the risk of a block finding
    refused(cli("review", "dispose", rid, *blocks, "--as", "accepted", "--reason", "领导同意", "--user", "rev",
                "--password-stdin", **as_user("rev")), "保密审查员")
    ok(cli("review", "dispose", rid, *blocks, "--as", "false_positive", "--reason", "测试用词，非真实密件",
           "--user", "rev", "--password-stdin", **as_user("rev")))
    # refused: wrong password, wrong role, the reviewer who decided the gates
    refused(cli("review", "signoff", rid, "--user", "sec", "--password-stdin", **as_user("sec", "guess")), "密码")
    refused(cli("review", "signoff", rid, "--user", "rev", "--password-stdin", **as_user("rev")), "保密审查员")
    ok(cli("review", "signoff", rid, "--user", "sec", "--password-stdin", **as_user("sec")))
    status = json.loads(ok(cli("review", "status", rid, "--format", "json")).stdout)
    assert status["signed_off"] and all(g["decision"] == "pass" and g["user"] == "rev"
                                        for g in status["gates"].values())
    assert all(f["disposition"] == "false_positive" for f in status["findings"] if f["severity"] == "block")
    text_status = ok(cli("review", "status", rid)).stdout
    assert "已签发" in text_status and "政治关" in text_status

    # the record, in three formats, and its verification
    record = tmp_path / "record.json"
    for fmt in ("json", "docx", "pdf"):
        out = record.with_suffix(f".{fmt}")
        ok(cli("record", "export", rid, "--format", fmt, "-o", str(out)))
        assert out.stat().st_size > 1000
    assert "核验通过" in ok(cli("record", "verify", str(record), str(draft))).stdout
    impostor = write_draft(tmp_path, DRAFT.replace("各单位", "各部门"), name="impostor.txt")
    assert "不是审批单所签发的文件" in cli("record", "verify", str(record), str(impostor)).stderr
    assert cli("record", "verify", str(record), str(impostor)).returncode == 1
    ok(cli("db", "verify", "--record", str(record)))

    # the file changes on disk: no record for it, and a new revision resets everything
    draft.write_text(DRAFT + f"补充：另附{BLOCK_TERM}清单。\n", encoding="utf-8")
    refused(cli("record", "export", rid, "--format", "json", "-o", str(tmp_path / "stale.json")), "已被改动")
    update = ok(cli("review", "update", rid, str(draft), "--user", "rev", "--password-stdin", **as_user("rev")))
    assert "重置" in update.stdout
    status = json.loads(ok(cli("review", "status", rid, "--format", "json")).stdout)
    assert status["revision"] == 2 and not status["signed_off"]
    assert all(g["decision"] is None for g in status["gates"].values())
    assert "重置" in status["last_reset"]["reason"]
    history = ok(cli("review", "history", rid)).stdout
    assert "提交新稿" in history and "签发" in history
    draft_record = tmp_path / "draft.json"
    ok(cli("record", "export", rid, "--format", "json", "-o", str(draft_record)))
    assert "未签发" in cli("record", "verify", str(draft_record)).stderr

    # someone edits the database with another tool
    ok(cli("db", "verify"))
    conn = sqlite3.connect(cli.db)
    conn.execute("UPDATE decisions SET user = 'sec' WHERE gate = 'secrecy'")
    conn.commit()
    conn.close()
    tampered = cli("db", "verify")
    assert tampered.returncode == 1 and "关口决定" in tampered.stderr and "改动" in tampered.stderr


def test_packages_backups_and_a_locked_or_damaged_database_through_the_cli(cli, tmp_path):
    _users(cli)
    draft = write_draft(tmp_path)
    ok(cli("review", "open", str(draft), "--user", "rev", "--password-stdin", **as_user("rev")))
    ok(cli("review", "decide", "1", "--gate", "text", "--decision", "pass", "--user", "rev", "--password-stdin",
           **as_user("rev")))

    package = tmp_path / "review.zip"
    ok(cli("review", "export-package", "1", "-o", str(package)))
    other = tmp_path / "other.db"
    imported = ok(cli("review", "import-package", str(package), "--to", str(tmp_path / "inbox"), database=other))
    assert "新增记录 2 条" in imported.stdout and "rev" in imported.stdout
    theirs = json.loads(ok(cli("review", "status", "1", "--format", "json", database=other)).stdout)
    assert theirs["gates"]["text"] == {**theirs["gates"]["text"], "decision": "pass", "user": "rev"}
    assert "没有新增" in ok(cli("review", "import-package", str(package), database=other)).stdout
    ok(cli("db", "verify", database=other))

    backup = tmp_path / "backup.db"
    ok(cli("db", "backup", str(backup)))
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    refused(cli("db", "restore", str(garbage)), "不是审查通的数据库")
    ok(cli("db", "restore", str(backup)))
    assert "数据结构版本" in ok(cli("db", "info")).stdout

    # a damaged database file and a locked one: clear Chinese messages, exit 2
    damaged = cli("review", "list", database=garbage)
    assert damaged.returncode == 2 and "损坏" in damaged.stderr
    holder = sqlite3.connect(cli.db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO meta (key, value) VALUES ('held', '1')")
    try:
        locked = cli("review", "decide", "1", "--gate", "legal", "--decision", "pass", "--user", "rev",
                     "--password-stdin", extra_env={"REVIEWER_DB_TIMEOUT": "0.3"}, **as_user("rev"))
        assert locked.returncode == 2 and "占用" in locked.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
