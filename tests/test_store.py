"""The review database: location, schema version and migrations, WAL, locks, damage, backup."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from reviewer.core import store as store_module
from reviewer.core.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, WorkflowError, default_db_path
from wfkit import BLOCK_TERM, PASSWORDS, act, fast_scrypt, lexicon_home, store, test_checker, wf, write_draft  # noqa: F401

def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_default_path_is_in_the_user_data_folder_unless_reviewer_db_says_otherwise(monkeypatch, tmp_path):
    from reviewer.core import paths
    monkeypatch.delenv("REVIEWER_DB", raising=False)
    assert default_db_path() == paths.data_dir() / "reviewer.db"
    monkeypatch.setenv("REVIEWER_DB", str(tmp_path / "elsewhere.db"))
    assert default_db_path() == tmp_path / "elsewhere.db"
    s = Store.open()
    try:
        assert s.path == tmp_path / "elsewhere.db" and s.path.exists()
    finally:
        s.close()


def test_new_database_gets_every_migration_wal_and_a_version_row(tmp_path):
    numbers = [n for n, _ in MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1)), "migrations are numbered 1, 2, 3 … without gaps"
    s = Store.open(tmp_path / "new.db")
    try:
        assert s.schema_version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        meta = dict(s.conn.execute("SELECT key, value FROM meta").fetchall())
        assert meta["app"] == "reviewer" and int(meta["schema_version"]) == SCHEMA_VERSION
        assert {"users", "reviews", "revisions", "findings", "decisions", "dispositions", "signoffs",
                "audit"} <= set(s.db.table_names())
    finally:
        s.close()
    again = Store.open(tmp_path / "new.db")  # reopening applies nothing twice
    assert again.schema_version == SCHEMA_VERSION
    again.close()


def test_a_later_migration_runs_once_on_an_existing_database(tmp_path, monkeypatch):
    Store.open(tmp_path / "old.db").close()
    calls = []

    def add_note_column(db):
        calls.append(1)
        db["reviews"].add_column("note", str)

    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, (SCHEMA_VERSION + 1, add_note_column)])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    s = Store.open(tmp_path / "old.db")
    s.close()
    Store.open(tmp_path / "old.db").close()
    assert calls == [1]
    assert s.schema_version == SCHEMA_VERSION + 1


def test_database_from_a_newer_version_is_refused(tmp_path):
    s = Store.open(tmp_path / "future.db")
    s.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 5),))
    s.close()
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "future.db")
    assert info.value.rule == "db_newer" and "升级" in str(info.value)


def test_garbage_file_named_db_gives_a_clear_chinese_message(tmp_path):
    garbage = tmp_path / "reviewer.db"
    garbage.write_bytes(b"this is not a database at all \x00\x01\x02" * 50)
    with pytest.raises(StoreError) as info:
        Store.open(garbage)
    assert info.value.rule == "db_damaged"
    assert "损坏" in str(info.value) and "restore" in str(info.value)
    assert garbage.read_bytes().startswith(b"this is not")  # left as it was


def test_damaged_sqlite_file_gives_a_clear_chinese_message(tmp_path):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with pytest.raises(StoreError) as info:
        Store.open(damaged)
    assert info.value.rule == "db_damaged" and _is_chinese(str(info.value))


def test_another_programs_sqlite_database_is_not_taken_over(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        Store.open(other)
    assert info.value.rule == "db_damaged"
    conn = sqlite3.connect(other)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["songs"]
    conn.close()


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('lock-test', 'x')")
    return other


def test_write_lock_held_by_another_connection_gives_a_chinese_message(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    locked = Store.open(wf.store.path, timeout=0.2)
    from reviewer.core.workflow import Workflow
    other_wf = Workflow(locked, checker_factory=lambda: wf.checker)
    holder = _hold_write_lock(wf.store.path)
    try:
        assert other_wf.status(review_id).review == review_id  # reading is not blocked under WAL
        with pytest.raises(StoreError) as info:
            other_wf.decide(review_id, "text", "pass", None, **act("rev"))
        assert info.value.rule == "db_locked" and "占用" in str(info.value)
        assert isinstance(info.value, WorkflowError)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    other_wf.decide(review_id, "text", "pass", None, **act("rev"))  # and works once the lock is gone
    assert other_wf.status(review_id).gates["text"].decision == "pass"
    locked.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(store):
    holder = _hold_write_lock(store.path)

    def release_later():
        time.sleep(0.4)
        holder.execute("COMMIT")

    threading.Thread(target=release_later).start()
    started = time.perf_counter()
    with store.transaction() as db:
        db["meta"].upsert({"key": "waited", "value": "yes"}, pk="key")
    assert time.perf_counter() - started >= 0.3
    holder.close()
    assert dict(store.conn.execute("SELECT key, value FROM meta").fetchall())["waited"] == "yes"


def test_two_processes_acting_at_once_keep_one_intact_chain(wf, tmp_path, lexicon_home):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    script = textwrap.dedent(f"""
        import sys
        from reviewer.core.store import Store
        from reviewer.core.workflow import Workflow
        w = Workflow(Store.open(sys.argv[1], timeout=30))
        for n in range(6):
            w.decide({review_id}, "political", "return", f"{{sys.argv[2]}} 第{{n}}次", user=sys.argv[2],
                     password=sys.argv[3])
    """)
    env = {"REVIEWER_SCRYPT_N": "16"}
    import os
    procs = [subprocess.Popen([sys.executable, "-c", script, str(wf.store.path), name, PASSWORDS[name]],
                              env={**os.environ, **env}, stderr=subprocess.PIPE, text=True)
             for name in ("rev", "rev2")]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read()
    rows = wf.store.query("SELECT user FROM decisions WHERE review_id = ?", (review_id,))
    assert sorted(r["user"] for r in rows) == ["rev"] * 6 + ["rev2"] * 6
    assert wf.verify() == []


def test_an_act_that_fails_halfway_leaves_nothing_behind(wf, tmp_path, monkeypatch):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    before = {t: wf.store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in ("audit", "revisions", "findings")}
    real_write = wf._write_row

    def fail_on_findings(table, row, audit_id):
        if table == "findings":
            raise RuntimeError("disk full")
        real_write(table, row, audit_id)

    monkeypatch.setattr(wf, "_write_row", fail_on_findings)
    changed = write_draft(tmp_path, f"第二稿仍附{BLOCK_TERM}。\n", name="second.txt")
    with pytest.raises(RuntimeError):
        wf.update_review(review_id, changed, **act("rev"))
    after = {t: wf.store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in ("audit", "revisions", "findings")}
    assert after == before
    assert wf.verify() == []


def test_backup_while_open_and_restore_with_a_safety_copy(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    backup = tmp_path / "backups" / "copy.db"
    wf.store.backup(backup)
    wf.decide(review_id, "legal", "pass", None, **act("rev"))  # a change made after the backup
    target = wf.store.path
    wf.store.close()
    safety = Store.restore(backup, target)
    assert safety is not None and safety.exists()
    from reviewer.core.workflow import Workflow
    restored = Workflow(Store.open(target))
    assert restored.status(review_id).gates["legal"].decision is None
    assert restored.verify() == []
    saved = Workflow(Store.open(safety))
    assert saved.status(review_id).gates["legal"].decision == "pass"


@pytest.mark.parametrize("kind", ["garbage", "other_sqlite", "missing"])
def test_restore_refuses_what_is_not_a_reviewer_database_and_changes_nothing(tmp_path, kind):
    target = tmp_path / "live.db"
    Store.open(target).close()
    before = target.read_bytes()
    bad = tmp_path / "bad.db"
    if kind == "garbage":
        bad.write_bytes(b"garbage" * 100)
    elif kind == "other_sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    with pytest.raises(StoreError) as info:
        Store.restore(bad, target)
    assert info.value.rule == "not_a_backup" and _is_chinese(str(info.value))
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_restore_over_a_damaged_database(tmp_path):
    good = tmp_path / "good.db"
    Store.open(good).close()
    target = tmp_path / "damaged.db"
    target.write_bytes(b"garbage" * 100)
    safety = Store.restore(good, target)
    assert safety.read_bytes() == b"garbage" * 100  # the damaged bytes are kept, not lost
    s = Store.open(target)
    assert s.schema_version == SCHEMA_VERSION
    s.close()
