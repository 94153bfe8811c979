"""The local review database: SQLite through sqlite-utils, WAL, numbered migrations.

One file holds users, reviews, revisions, findings, decisions, dispositions, sign-offs and the
hash-chained audit log. A second process on the same file waits for a writer (busy timeout)
instead of failing; a file that stays locked, or one that is not a reviewer database, gives a
Chinese message that says what to do.

Migrations follow Vorta's and Picard's style: a schema-version row, and numbered steps applied
in order, each in its own transaction together with the version bump.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from reviewer.core import paths

APP_ID = "reviewer"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _busy_timeout() -> float:
    """Seconds a second process waits for a writer before giving up (REVIEWER_DB_TIMEOUT)."""
    try:
        return max(0.0, float(os.environ.get("REVIEWER_DB_TIMEOUT", "15")))
    except ValueError:
        return 15.0


class WorkflowError(Exception):
    """An act refused or a database problem. `rule` is a short machine tag (bad_password, role,
    self_approval, db_locked ...); str(exc) is the Chinese message that names the rule.
    `problems` lists every (rule, message) when several rules refused at once."""

    def __init__(self, message: str, rule: str, problems: list[tuple[str, str]] | None = None):
        super().__init__(message)
        self.message = message
        self.rule = rule
        self.problems = problems or [(rule, message)]


class StoreError(WorkflowError):
    """The database itself: locked by another program, damaged, or from a newer version."""


def default_db_path() -> Path:
    env = os.environ.get("REVIEWER_DB")
    return Path(env) if env else paths.data_dir() / "reviewer.db"


def now() -> str:
    """Local time with its offset, to the second: what every row and audit entry records."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def short_time(value: str | None) -> str:
    """A recorded time as people read it: 2024-05-06 14:03."""
    if not value:
        return ""
    try:
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


LOCKED_MESSAGE = ("数据库正被另一个程序占用（另一个审查通窗口或命令正在写入），等待超时。"
                  "请稍后重试；如果一直如此，请关闭其他正在使用该数据库的审查通窗口：{path}")
DAMAGED_MESSAGE = ("数据库文件已损坏，或者不是审查通的数据库：{path}。"
                   "请用 reviewer db restore 从备份恢复，或用 --db 指定正确的数据库文件")


def translate(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """sqlite3's English errors -> a Chinese StoreError with a rule tag."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(LOCKED_MESSAGE.format(path=path), "db_locked")
    if "not a database" in text or "malformed" in text or "corrupt" in text or "disk image" in text:
        return StoreError(DAMAGED_MESSAGE.format(path=path), "db_damaged")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"数据库文件只读，无法写入：{path}。请检查文件权限，或用 --db 指定可写的位置", "db_readonly")
    if "unable to open" in text:
        return StoreError(f"无法打开数据库文件：{path}。请检查路径和权限", "db_unavailable")
    return StoreError(f"数据库错误：{exc}（{path}）", "db_error")


# --- schema -------------------------------------------------------------------------------------
# Each data row carries `audit_id`: the audit entry that wrote it last. `db verify` compares every
# row with what that entry recorded, so an edit made with another SQLite tool shows.

def _v1_initial(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["meta"].insert_all([{"key": "app", "value": APP_ID}, {"key": "created", "value": now()}])
    db["users"].create({"id": int, "name": str, "role": str, "password_hash": str, "created": str,
                        "active": int, "origin": str, "audit_id": int},
                       pk="id", not_null={"name", "role", "created"}, defaults={"active": 1, "origin": "local"})
    db["users"].create_index(["name"], unique=True)
    db["reviews"].create({"id": int, "uid": str, "title": str, "unit": str, "case_officer": str, "channel": str,
                          "disclosure": str, "disclosure_basis": str, "doc_number": str, "created": str,
                          "created_by": str, "audit_id": int}, pk="id", not_null={"uid", "created"})
    db["reviews"].create_index(["uid"], unique=True)
    db["revisions"].create({"id": int, "review_id": int, "number": int, "sha256": str, "content_hash": str,
                            "file_name": str, "path": str, "size": int, "kind": str, "errors": str,
                            "carried_from": int, "reset_reason": str, "created": str, "user": str,
                            "audit_id": int},
                           pk="id", foreign_keys=[("review_id", "reviews", "id")],
                           not_null={"review_id", "number", "sha256", "content_hash"})
    db["revisions"].create_index(["review_id", "number"], unique=True)
    db["revisions"].create_index(["sha256"])
    db["findings"].create({"id": int, "review_id": int, "revision": int, "finding": str, "rule": str, "gate": str,
                           "severity": str, "text": str, "message": str, "context": str, "suggestion": str,
                           "basis": str, "location": str, "audit_id": int},
                          pk="id", foreign_keys=[("review_id", "reviews", "id")])
    db["findings"].create_index(["review_id", "revision", "finding"], unique=True)
    db["decisions"].create({"id": int, "review_id": int, "revision": int, "gate": str, "decision": str,
                            "reason": str, "user": str, "role": str, "time": str, "carried_from": int,
                            "audit_id": int}, pk="id", foreign_keys=[("review_id", "reviews", "id")])
    db["decisions"].create_index(["review_id", "revision"])
    db["dispositions"].create({"id": int, "review_id": int, "finding": str, "revision": int, "disposition": str,
                               "reason": str, "user": str, "role": str, "time": str, "audit_id": int},
                              pk="id", foreign_keys=[("review_id", "reviews", "id")])
    db["dispositions"].create_index(["review_id", "finding"])
    db["signoffs"].create({"id": int, "review_id": int, "revision": int, "sha256": str, "user": str,
                           "role": str, "time": str, "audit_id": int},
                          pk="id", foreign_keys=[("review_id", "reviews", "id")])
    db["signoffs"].create_index(["review_id", "revision"])
    # the log: `chain` is the review's uid ('' for users and database acts); `seq` counts within it;
    # `chain_hash` links the entries of one chain (portable: it travels in a review package);
    # `hash` links every local entry in local order
    db["audit"].create({"id": int, "chain": str, "seq": int, "time": str, "user": str, "role": str,
                        "action": str, "detail": str, "payload": str, "chain_hash": str, "prev_hash": str,
                        "hash": str, "imported": int}, pk="id", not_null={"chain", "seq", "hash"},
                       defaults={"imported": 0})
    db["audit"].create_index(["chain", "seq"], unique=True)
    # where the file of a revision is on this PC now: a local hint, not a fact of the review,
    # so it is not audited (a wrong path can only make sign-off refuse: the file is re-hashed)
    db["files"].create({"review_id": int, "revision": int, "path": str}, pk=("review_id", "revision"))


MIGRATIONS: list[tuple[int, Callable[[sqlite_utils.Database], None]]] = [
    (1, _v1_initial),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


class Store:
    """An open reviewer database. Use `Store.open(path)`; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.schema_version = 0
        # one connection shared by the GUI thread and its workers: a reader must not see, or
        # step into, another thread's open transaction
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path | None = None, *, timeout: float | None = None) -> "Store":
        path = Path(path) if path is not None else default_db_path()
        timeout = _busy_timeout() if timeout is None else timeout
        _refuse_foreign_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise translate(exc, path) from None
        store = cls(path, conn)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            store._migrate()
        except sqlite3.Error as exc:
            conn.close()
            raise translate(exc, path) from None
        except StoreError:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema version -------------------------------------------------------------------------
    def _read_version(self) -> int:
        tables = set(self.db.table_names())
        if "meta" not in tables:
            if tables - {"sqlite_sequence"}:
                raise StoreError(DAMAGED_MESSAGE.format(path=self.path), "db_damaged")
            return 0
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        if not row or row[0] != APP_ID:
            raise StoreError(DAMAGED_MESSAGE.format(path=self.path), "db_damaged")
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self._read_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"数据库来自更新版本的审查通（数据结构版本 {version}，本程序支持到 {SCHEMA_VERSION}）。"
                             f"请升级审查通后再打开：{self.path}", "db_newer")
        for number, step in MIGRATIONS:
            if number <= version:
                continue
            with self.transaction():
                # another process may have migrated while we waited for the write lock
                if self._read_version() >= number:
                    continue
                step(self.db)
                self.db["meta"].upsert({"key": "schema_version", "value": str(number)}, pk="key")
                self.db["meta"].upsert({"key": f"migrated_{number}", "value": now()}, pk="key")
        self.schema_version = self._read_version()

    # --- transactions ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One multi-step change, all or nothing. BEGIN IMMEDIATE takes the write lock up front,
        so two processes queue on the busy timeout instead of failing halfway."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None
            try:
                yield self.db
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self.path) from None
                raise
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise translate(exc, self.path) from None

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock:
            try:
                return list(self.db.query(sql, params))
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None

    def integrity_problems(self) -> list[str]:
        try:
            with self._lock:
                rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
        return [] if rows == ["ok"] else [f"SQLite 完整性检查：{r}" for r in rows]

    # --- backup and restore ---------------------------------------------------------------------
    def backup(self, out: Path) -> None:
        """A consistent copy while others may be writing (SQLite's online backup API)."""
        out = Path(out)
        if out.resolve() == self.path.resolve():
            raise StoreError("备份文件不能是数据库本身", "bad_path")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".partial")
        tmp.unlink(missing_ok=True)
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                with self._lock:
                    self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dest.close()
            os.replace(tmp, out)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise translate(exc, self.path) from None

    @classmethod
    def restore(cls, backup: Path, target: Path) -> Path | None:
        """Replace `target` with the content of `backup` after checking that the backup is a
        whole reviewer database. The database being replaced is first saved next to it;
        returns that safety copy's path (None when there was no database)."""
        backup, target = Path(backup), Path(target)
        problem = backup_problem(backup)
        if problem:
            raise StoreError(problem, "not_a_backup")
        safety = None
        if target.exists() and target.stat().st_size > 0:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix or '.db'}")
            try:
                current = cls.open(target)
            except StoreError:
                current = None  # a damaged database is what restore is for: keep its bytes
            if current is not None:
                with contextlib.closing(current):
                    current.backup(safety)
            else:
                safety.write_bytes(target.read_bytes())
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            dest = sqlite3.connect(str(target), timeout=_busy_timeout())
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = WAL")
            finally:
                src.close()
                dest.close()
        except sqlite3.Error as exc:
            text = str(exc).lower()
            if "not a database" in text or "malformed" in text:
                # a damaged target: the backup API cannot write into it; replace the file
                for suffix in ("-wal", "-shm"):
                    Path(str(target) + suffix).unlink(missing_ok=True)
                tmp = target.with_name(target.name + ".restoring")
                tmp.write_bytes(backup.read_bytes())
                os.replace(tmp, target)
            else:
                raise translate(exc, target) from None
        return safety


def _refuse_foreign_file(path: Path) -> None:
    """A non-empty file that is not SQLite at all would make sqlite3 fail late and in English."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StoreError(f"这是一个文件夹，不是数据库文件：{path}", "bad_path") from None
    except OSError as exc:
        raise StoreError(f"无法读取数据库文件：{path}（{exc.strerror}）", "db_unavailable") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(DAMAGED_MESSAGE.format(path=path), "db_damaged")


def backup_problem(backup: Path) -> str | None:
    """Why `backup` cannot be restored (Chinese), or None when it is a whole reviewer database."""
    if not backup.is_file():
        return f"备份文件不存在：{backup}"
    with open(backup, "rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return f"这不是审查通的数据库备份（不是 SQLite 数据库文件）：{backup}。未做任何改动"
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        finally:
            conn.close()
    except sqlite3.Error:
        return f"备份文件已损坏，无法读取：{backup}。未做任何改动"
    if check != ["ok"]:
        return f"备份文件已损坏（完整性检查未通过）：{backup}。未做任何改动"
    if meta.get("app") != APP_ID or "schema_version" not in meta:
        return f"这是 SQLite 数据库，但不是审查通的数据库：{backup}。未做任何改动"
    if int(meta["schema_version"]) > SCHEMA_VERSION:
        return f"备份来自更新版本的审查通（数据结构版本 {meta['schema_version']}），请先升级审查通。未做任何改动"
    return None
