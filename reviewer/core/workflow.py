"""Reviews: revisions, findings and their dispositions, gate decisions, sign-off, the audit log.

Every act is done by a named user with that user's password and checked here, not in a front
end. Every act is one transaction that writes its rows and appends one audit entry recording
exactly those rows; the entries are hash-chained, so `verify()` finds any row changed, added or
deleted behind the tool's back. The tables are, in effect, materialised from the log: a review
package carries the entries, and importing replays them through the same code.

Rules (DESIGN.md, "Review workflow"):
- a gate decision belongs to one revision; it is carried into the next only when the content
  hash is unchanged; any content change resets every gate (and the sign-off), logged with why;
- dispositions belong to a finding id and follow it into later revisions; a `fixed` finding
  that is still found reopens;
- a sign-off belongs to one exact file and is never carried over.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from reviewer.core.findings import BLOCK, GATE_NAMES, GATES, Location
from reviewer.core.store import Store, StoreError, WorkflowError, now, short_time

__all__ = ["Workflow", "WorkflowError", "StoreError", "User", "GateState", "FindingState", "RevisionInfo",
           "ResetInfo", "ReviewStatus", "ROLES", "ROLE_NAMES", "DECISIONS", "DECISION_NAMES", "DISPOSITIONS",
           "DISPOSITION_NAMES", "DISCLOSURES", "DISCLOSURE_BASIS_HINTS", "CHANNELS", "RULE_NAMES",
           "ACTION_NAMES", "hash_password", "check_password", "short_time"]

ROLES = ("reviewer", "secrecy_officer", "trainer", "admin")
ROLE_NAMES = {"reviewer": "审查人", "secrecy_officer": "保密审查员", "trainer": "培训师", "admin": "管理员"}
DECISIONS = ("pass", "return", "withhold")
DECISION_NAMES = {"pass": "通过", "return": "退回修改", "withhold": "不予公开"}
DISPOSITIONS = ("fixed", "false_positive", "accepted")
DISPOSITION_NAMES = {"fixed": "已修改", "false_positive": "误报", "accepted": "接受风险"}

# the proposed 公开属性 and the article of 《中华人民共和国政府信息公开条例》（2019 修订）usually relied on
DISCLOSURES = ("主动公开", "依申请公开", "不予公开")
DISCLOSURE_BASIS_HINTS = {
    "主动公开": "《中华人民共和国政府信息公开条例》第十九条、第二十条",
    "依申请公开": "《中华人民共和国政府信息公开条例》第二十七条",
    "不予公开": "《中华人民共和国政府信息公开条例》第十四条、第十五条、第十六条",
}
CHANNELS = ("门户网站", "政务新媒体", "公开专栏", "政府公报", "新闻发布会", "其他")

# who may do what; checked in the core, never only in a front end
PERMISSIONS = {
    "open": ("reviewer", "secrecy_officer"),
    "update": ("reviewer", "secrecy_officer"),
    "details": ("reviewer", "secrecy_officer"),
    "decide": ("reviewer", "secrecy_officer"),
    "dispose": ("reviewer", "secrecy_officer"),
    "signoff": ("secrecy_officer",),
    "add_user": ("admin",),
    "import": ("reviewer", "secrecy_officer", "admin"),
}
ACT_NAMES = {"open": "新建审查", "update": "提交新稿", "details": "修改审批单信息", "decide": "作出关口决定",
             "dispose": "处置问题", "signoff": "签发", "add_user": "添加用户", "import": "导入审查包"}

RULE_NAMES = {
    "bad_password": "须本人密码", "no_account": "须本机账户", "role": "角色权限",
    "self_approval": "不得自审自签", "gates_not_passed": "五关全部通过",
    "block_undisposed": "禁止发布级问题须全部处置", "fixed_still_present": "标为已修改的问题不得仍然存在",
    "file_changed": "签发文件须与审查稿一致", "reason_required": "须填写理由", "signed": "已签发的稿件不得再改",
    "already_signed": "已签发", "not_found": "对象须存在", "unreadable": "文件须可读取",
    "first_user_admin": "首个用户须为管理员", "not_empty": "首个管理员只能在空数据库中创建",
    "user_exists": "用户名不得重复", "bad_value": "取值须有效", "weak_password": "密码长度",
    "package": "审查包格式", "package_history": "审查包记录须完整未改动", "package_document": "审查包文件须与记录一致",
    "conflict": "两边记录不得冲突",
}

ACTION_NAMES = {
    "first_admin": "创建首个管理员", "user_add": "添加用户", "user_import": "登记外部用户",
    "review_open": "新建审查", "revision_add": "提交新稿", "details": "修改审批单信息",
    "decide": "关口决定", "dispose": "处置问题", "signoff": "签发", "package_import": "导入审查包",
}

ZERO_HASH = "0" * 64
MIN_PASSWORD = 6
PACKAGE_FORMAT = "reviewer.package"


def refuse(rule: str, detail: str) -> WorkflowError:
    return WorkflowError(f"{detail}（规则：{RULE_NAMES.get(rule, rule)}）", rule)


# --- passwords ----------------------------------------------------------------------------------
# scrypt, salted; ~60 ms here with N=2**14, r=8. The parameters are stored with each hash, so a
# test run may lower N (REVIEWER_SCRYPT_N) without affecting how existing hashes verify.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1


def _scrypt_n() -> int:
    env = os.environ.get("REVIEWER_SCRYPT_N")
    if env and env.isdigit() and int(env) >= 2 and int(env) & (int(env) - 1) == 0:
        return int(env)
    return SCRYPT_N


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * 1024 * 1024, dklen=32)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    n = _scrypt_n()
    digest = _scrypt(password, salt, n, SCRYPT_R, SCRYPT_P)
    b64 = base64.b64encode
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str | None) -> bool:
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt":
            return False
        got = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
        return hmac.compare_digest(got, base64.b64decode(digest))
    except ValueError:
        return False


_DUMMY_HASH: list[str] = []


def _spend_like_a_check(password: str) -> None:
    """An unknown name costs as much as a wrong password, so timing does not tell names apart."""
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(hash_password(secrets.token_hex(8)))
    check_password(password, _DUMMY_HASH[0])


# --- canonical form and hashing -----------------------------------------------------------------
def canonical(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_content(entry: dict) -> str:
    return canonical({k: entry[k] for k in ("chain", "seq", "time", "user", "role", "action", "detail", "payload")})


def chain_hash_of(prev: str, entry: dict) -> str:
    return sha256_text(prev + entry_content(entry))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- the audited tables -------------------------------------------------------------------------
# table -> (columns of its portable form, key columns or None when rows are append-only).
# The portable form names the review by uid, never by a local row id, so it means the same in
# every database a package reaches.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "users": (("name", "role", "created", "active", "origin", "secret"), ("name",)),
    "reviews": (("uid", "title", "unit", "case_officer", "channel", "disclosure", "disclosure_basis",
                 "doc_number", "created", "created_by"), ("uid",)),
    "revisions": (("review", "number", "sha256", "content_hash", "file_name", "path", "size", "kind", "errors",
                   "carried_from", "reset_reason", "created", "user"), ("review", "number")),
    "findings": (("review", "revision", "finding", "rule", "gate", "severity", "text", "message", "context",
                  "suggestion", "basis", "location"), ("review", "revision", "finding")),
    "decisions": (("review", "revision", "gate", "decision", "reason", "user", "role", "time", "carried_from"), None),
    "dispositions": (("review", "finding", "revision", "disposition", "reason", "user", "role", "time"), None),
    "signoffs": (("review", "revision", "sha256", "user", "role", "time"), None),
}
TABLE_ORDER = tuple(TABLES)  # parents before children when rows are applied


# --- what front ends read -----------------------------------------------------------------------
@dataclass
class User:
    name: str
    role: str
    created: str
    active: bool
    origin: str = "local"   # local | imported (known only from a review package: no password here)

    @property
    def label(self) -> str:
        return user_label(self.name, self.origin)


@dataclass
class GateState:
    gate: str
    decision: str | None
    user: str | None
    reason: str | None
    time: str | None
    carried_from: int | None = None   # revision the decision was made on, when carried over
    role: str | None = None


@dataclass
class FindingState:
    id: str
    rule: str
    gate: str
    severity: str
    text: str
    message: str
    context: str
    suggestion: str | None
    basis: str | None
    location: dict
    disposition: str | None
    disposition_user: str | None
    disposition_reason: str | None
    reopened: bool
    disposition_time: str | None = None
    disposition_revision: int | None = None

    @property
    def where(self) -> str:
        loc = self.location or {}
        return Location(loc.get("part", "body"), loc.get("part_index"), loc.get("paragraph", 0),
                        loc.get("start", 0), loc.get("end", 0), loc.get("page")).describe()


@dataclass
class RevisionInfo:
    number: int
    sha256: str
    content_hash: str
    path: str
    created: str
    user: str
    file_name: str = ""
    kind: str | None = None
    size: int | None = None
    errors: list[dict] = field(default_factory=list)   # parts that could not be read


@dataclass
class ResetInfo:
    happened: bool
    reason: str


@dataclass
class ReviewStatus:
    review: int
    title: str
    unit: str | None
    case_officer: str | None
    channel: str | None
    disclosure: str | None
    disclosure_basis: str | None
    doc_number: str | None
    revision: RevisionInfo
    gates: dict[str, GateState]
    findings: list[FindingState]
    signed_off: bool
    signoff_user: str | None
    signoff_time: str | None
    signoff_blockers: list[str]
    last_reset: ResetInfo | None
    uid: str = ""
    signoff_sha256: str | None = None
    revisions: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "review": self.review, "uid": self.uid, "title": self.title, "doc_number": self.doc_number,
            "unit": self.unit, "case_officer": self.case_officer, "channel": self.channel,
            "disclosure": self.disclosure, "disclosure_basis": self.disclosure_basis,
            "revision": self.revision.number, "revisions": self.revisions, "sha256": self.revision.sha256,
            "content_hash": self.revision.content_hash, "path": self.revision.path,
            "file_name": self.revision.file_name, "errors": self.revision.errors,
            "gates": {g: {"decision": s.decision, "user": s.user, "reason": s.reason, "time": s.time,
                          "carried_from": s.carried_from} for g, s in self.gates.items()},
            "findings": [{"id": f.id, "rule": f.rule, "gate": f.gate, "severity": f.severity, "text": f.text,
                          "message": f.message, "location": f.location, "disposition": f.disposition,
                          "disposition_user": f.disposition_user, "disposition_reason": f.disposition_reason,
                          "reopened": f.reopened} for f in self.findings],
            "signed_off": self.signed_off, "signoff_user": self.signoff_user, "signoff_time": self.signoff_time,
            "signoff_blockers": self.signoff_blockers,
            "last_reset": ({"happened": self.last_reset.happened, "reason": self.last_reset.reason}
                           if self.last_reset else None),
        }


def user_label(name: str | None, origin: str | None) -> str:
    if not name:
        return ""
    return f"{name}（外部用户，来自审查包）" if origin == "imported" else name


def default_checker():
    from reviewer.core import paths
    from reviewer.core.engine import Checker, CheckOptions
    return Checker(CheckOptions(user_dir=paths.data_dir()))


_NAME_OK = re.compile(r"^[^\x00-\x1f\x7f$]{1,40}$")


class Workflow:
    def __init__(self, store: Store, checker_factory: Callable[[], Any] | None = None):
        self.store = store
        self._checker_factory = checker_factory or default_checker
        self._checker = None
        self._hashes: dict[str, tuple[tuple[int, int], str]] = {}  # path -> ((size, mtime), sha256)

    @property
    def checker(self):
        if self._checker is None:
            self._checker = self._checker_factory()
        return self._checker

    # --- users ----------------------------------------------------------------------------------
    def has_users(self) -> bool:
        return bool(self.store.query("SELECT 1 FROM users WHERE password_hash IS NOT NULL LIMIT 1"))

    def users(self) -> list[User]:
        return [User(r["name"], r["role"], r["created"], bool(r["active"]), r["origin"] or "local")
                for r in self.store.query("SELECT * FROM users ORDER BY id")]

    def user(self, name: str) -> User | None:
        rows = self.store.query("SELECT * FROM users WHERE name = ?", (name,))
        return User(rows[0]["name"], rows[0]["role"], rows[0]["created"], bool(rows[0]["active"]),
                    rows[0]["origin"] or "local") if rows else None

    def authenticate(self, name: str, password: str) -> User:
        rows = self.store.query("SELECT * FROM users WHERE name = ?", (name,))
        row = rows[0] if rows else None
        if row is not None and not row["password_hash"]:
            raise refuse("no_account", f"用户“{name}”是从审查包登记的外部用户，本机没有其账户和密码，不能在本机操作。"
                                       "如需在本机操作，请管理员为其添加本机账户")
        if row is None or not row["active"]:
            _spend_like_a_check(password)
            raise refuse("bad_password", "用户名或密码不正确")
        if not check_password(password, row["password_hash"]):
            raise refuse("bad_password", "用户名或密码不正确")
        return User(row["name"], row["role"], row["created"], bool(row["active"]), row["origin"] or "local")

    def _actor(self, name: str, password: str, act: str) -> User:
        actor = self.authenticate(name, password)
        allowed = PERMISSIONS[act]
        if actor.role not in allowed:
            who = "、".join(ROLE_NAMES[r] for r in allowed)
            raise refuse("role", f"“{ACT_NAMES[act]}”须由{who}进行；{actor.name}的角色是{ROLE_NAMES[actor.role]}")
        return actor

    @staticmethod
    def _check_new_user(name: str, role: str, password: str) -> str:
        name = (name or "").strip()
        if not _NAME_OK.match(name):
            raise refuse("bad_value", "用户名须为 1–40 个字符，不能含控制字符或 $")
        if role not in ROLES:
            raise refuse("bad_value", f"没有角色“{role}”；可用角色：" +
                         "、".join(f"{r}（{ROLE_NAMES[r]}）" for r in ROLES))
        if len(password or "") < MIN_PASSWORD:
            raise refuse("weak_password", f"密码至少 {MIN_PASSWORD} 个字符")
        return name

    def create_first_admin(self, name: str, password: str) -> User:
        name = self._check_new_user(name, "admin", password)
        password_hash = hash_password(password)
        with self.store.transaction():
            if self.has_users():
                raise refuse("not_empty", "数据库中已有用户：首个管理员只能在空数据库中创建，新用户须由管理员添加")
            row = self._user_row(name, "admin", password_hash)
            self._append("", "first_admin", name, "admin", f"创建首个管理员：{name}", {"users": [row]})
        return self.user(name)

    def add_user(self, name: str, role: str, password: str, *, by: str, by_password: str) -> User:
        if not self.has_users():
            raise refuse("first_user_admin", "数据库中还没有用户：第一个用户必须是管理员，且无需他人添加")
        admin = self._actor(by, by_password, "add_user")
        name = self._check_new_user(name, role, password)
        password_hash = hash_password(password)
        with self.store.transaction():
            existing = self.user(name)
            if existing is not None and existing.origin != "imported":
                raise refuse("user_exists", f"已有名为“{name}”的用户")
            row = self._user_row(name, role, password_hash)
            claimed = "（原为审查包登记的外部用户）" if existing else ""
            self._append("", "user_add", admin.name, admin.role,
                         f"添加用户：{name}，角色：{ROLE_NAMES[role]}{claimed}", {"users": [row]})
        return self.user(name)

    @staticmethod
    def _user_row(name: str, role: str, password_hash: str | None, origin: str = "local") -> dict:
        # the log keeps a digest of the password hash, never the hash: a swapped hash shows in verify
        return {"name": name, "role": role, "created": now(), "active": 1 if password_hash else 0,
                "origin": origin, "secret": sha256_text(password_hash) if password_hash else None,
                "password_hash": password_hash}

    # --- reviews --------------------------------------------------------------------------------
    def reviews(self) -> list[dict]:
        rows = self.store.query("""
            SELECT r.id, r.uid, r.title, r.doc_number, v.number AS revision, v.file_name, v.sha256,
                   COALESCE(f.path, v.path) AS path,
                   (SELECT MAX(time) FROM audit a WHERE a.chain = r.uid) AS updated,
                   EXISTS(SELECT 1 FROM signoffs s WHERE s.review_id = r.id AND s.revision = v.number) AS signed_off
            FROM reviews r
            JOIN revisions v ON v.review_id = r.id
                AND v.number = (SELECT MAX(number) FROM revisions WHERE review_id = r.id)
            LEFT JOIN files f ON f.review_id = r.id AND f.revision = v.number
            ORDER BY updated DESC, r.id DESC""")
        for r in rows:
            r["signed_off"] = bool(r["signed_off"])
        return rows

    def find_review(self, path: Path) -> int | None:
        """The review this file belongs to: by its SHA-256 (any revision), else by its path."""
        path = Path(path)
        if path.is_file():
            rows = self.store.query("SELECT review_id FROM revisions WHERE sha256 = ? ORDER BY id DESC LIMIT 1",
                                    (sha256_file(path),))
            if rows:
                return rows[0]["review_id"]
        resolved = str(path.resolve())
        rows = self.store.query("SELECT review_id FROM files WHERE path = ? ORDER BY rowid DESC LIMIT 1", (resolved,))
        if rows:
            return rows[0]["review_id"]
        rows = self.store.query("SELECT review_id FROM revisions WHERE path = ? ORDER BY id DESC LIMIT 1", (resolved,))
        return rows[0]["review_id"] if rows else None

    def open_review(self, path: Path, *, user: str, password: str, title: str | None = None,
                    unit: str | None = None, case_officer: str | None = None, channel: str | None = None,
                    disclosure: str | None = None, disclosure_basis: str | None = None,
                    doc_number: str | None = None, report=None) -> tuple[int, int]:
        """Start a review of the file. A file that already is the current revision of a review
        returns that review instead of starting a second one."""
        actor = self._actor(user, password, "open")
        path = Path(path).resolve()
        details = self._check_details(dict(title=title, unit=unit, case_officer=case_officer, channel=channel,
                                           disclosure=disclosure, disclosure_basis=disclosure_basis,
                                           doc_number=doc_number))
        if path.is_file():
            existing = self._current_of(sha256_file(path))
            if existing:
                with self.store.transaction():
                    self._set_file(*existing, path)
                return existing
        report = self._checked(path, report)
        with self.store.transaction():
            existing = self._current_of(report.sha256)  # opened meanwhile by another process
            if existing:
                self._set_file(*existing, path)
                return existing
            uid = uuid.uuid4().hex
            time = now()
            review_row = {"uid": uid, "title": details.get("title") or path.stem, "created": time,
                          "created_by": actor.name,
                          **{k: details.get(k) for k in ("unit", "case_officer", "channel", "disclosure",
                                                          "disclosure_basis", "doc_number")}}
            revision_row = self._revision_row(uid, 1, path, report, actor, time, None, None)
            finding_rows = self._finding_rows(uid, 1, report.findings)
            blocks = sum(1 for f in report.findings if f.severity == BLOCK)
            detail = (f"新建审查“{review_row['title']}”，第1稿：{path.name}（SHA-256 {report.sha256[:12]}…），"
                      f"机器检查发现问题 {len(finding_rows)} 个，其中禁止发布级 {blocks} 个")
            self._append(uid, "review_open", actor.name, actor.role, detail,
                         {"reviews": [review_row], "revisions": [revision_row], "findings": finding_rows})
            review_id = self._review_id(uid)
            self._set_file(review_id, 1, path)
        return review_id, 1

    def _current_of(self, sha256: str) -> tuple[int, int] | None:
        """The review whose current revision is exactly this file, with that revision's number."""
        rows = self.store.query("SELECT review_id, number FROM revisions v WHERE sha256 = ? AND number = "
                                "(SELECT MAX(number) FROM revisions WHERE review_id = v.review_id) "
                                "ORDER BY review_id LIMIT 1", (sha256,))
        return (rows[0]["review_id"], rows[0]["number"]) if rows else None

    def update_review(self, review_id: int, path: Path, *, user: str, password: str, report=None) -> ResetInfo:
        """A new revision of the review: the changed file. Gate decisions carry over only when the
        content hash is unchanged; otherwise every gate and the sign-off reset."""
        actor = self._actor(user, password, "update")
        path = Path(path).resolve()
        self._review(review_id)
        current = self._revision(review_id)
        if path.is_file() and sha256_file(path) == current["sha256"]:  # nothing to check again
            with self.store.transaction():
                self._set_file(review_id, current["number"], path)
            return ResetInfo(False, f"文件与第{current['number']}稿完全相同，没有形成新稿")
        report = self._checked(path, report)
        content_hash = report.document.content_hash()
        with self.store.transaction():
            review = self._review(review_id)
            current = self._revision(review_id)
            if report.sha256 == current["sha256"]:
                self._set_file(review_id, current["number"], path)
                return ResetInfo(False, f"文件与第{current['number']}稿完全相同，没有形成新稿")
            number = current["number"] + 1
            time = now()
            gates = self._gate_rows(review_id, current["number"])
            signed = bool(self._signoff_row(review_id, current["number"]))
            payload: dict[str, list[dict]] = {}
            if content_hash == current["content_hash"]:
                carried_from = current["number"]
                carried = [{"review": review["uid"], "revision": number, "gate": g["gate"],
                            "decision": g["decision"], "reason": g["reason"], "user": g["user"], "role": g["role"],
                            "time": g["time"], "carried_from": g["carried_from"] or current["number"]}
                           for g in gates.values()]
                payload["decisions"] = carried
                reason = (f"第{number}稿与第{current['number']}稿内容相同（只有文件属性等变化），"
                          f"{len(carried)} 个关口的决定沿用" if carried else
                          f"第{number}稿与第{current['number']}稿内容相同（只有文件属性等变化）")
                if signed:
                    reason += "；签发针对的是第{}稿的文件，新稿须重新签发".format(current["number"])
                reset = ResetInfo(False, reason)
            else:
                carried_from = None
                reset_parts = []
                if gates:
                    reset_parts.append(f"{len(gates)} 个关口的决定")
                if signed:
                    reset_parts.append("签发")
                reason = f"第{number}稿内容与第{current['number']}稿不同（正文、表格、页眉页脚或批注有变化）"
                reason += f"，{'和'.join(reset_parts)}已重置，须重新审查" if reset_parts else "，各关须重新审查"
                reset = ResetInfo(True, reason)
            revision_row = self._revision_row(review["uid"], number, path, report, actor, time, carried_from, reason)
            payload = {"revisions": [revision_row], "findings": self._finding_rows(review["uid"], number,
                                                                                    report.findings), **payload}
            old_ids = {r["finding"] for r in self.store.query(
                "SELECT finding FROM findings WHERE review_id = ? AND revision = ?", (review_id, current["number"]))}
            new_ids = {f.id for f in report.findings}
            fixed = {d["finding"] for d in self._dispositions(review_id).values() if d["disposition"] == "fixed"}
            reopened = len(new_ids & fixed)
            detail = (f"提交第{number}稿：{path.name}（SHA-256 {report.sha256[:12]}…）。{reason}。"
                      f"问题：新出现 {len(new_ids - old_ids)} 个，已消失 {len(old_ids - new_ids)} 个"
                      + (f"，标为已修改但仍存在 {reopened} 个" if reopened else ""))
            self._append(review["uid"], "revision_add", actor.name, actor.role, detail, payload)
            self._set_file(review_id, number, path)
        return reset

    def update_details(self, review_id: int, *, user: str, password: str, **fields: str | None) -> None:
        """Change the fields of the sign-off record (title, 文号, unit, case officer, channel,
        公开属性 and its basis). Not after sign-off: the signed record would no longer say it."""
        actor = self._actor(user, password, "details")
        unknown = set(fields) - {"title", "unit", "case_officer", "channel", "disclosure", "disclosure_basis",
                                 "doc_number"}
        if unknown:
            raise refuse("bad_value", f"没有这些审批单字段：{'、'.join(sorted(unknown))}")
        fields = self._check_details(fields)
        with self.store.transaction():
            review = self._review(review_id)
            current = self._revision(review_id)
            self._refuse_if_signed(review_id, current["number"])
            row = {k: review[k] for k in TABLES["reviews"][0]}
            changed = {k: v for k, v in fields.items() if (v or None) != (row.get(k) or None)}
            if not changed:
                return
            row.update(changed)
            labels = {"title": "标题", "unit": "报送单位", "case_officer": "承办人", "channel": "拟发布渠道",
                      "disclosure": "公开属性", "disclosure_basis": "公开依据", "doc_number": "文号"}
            detail = "；".join(f"{labels[k]}：{v or '（空）'}" for k, v in changed.items())
            self._append(review["uid"], "details", actor.name, actor.role, f"修改审批单信息：{detail}", {"reviews": [row]})

    @staticmethod
    def _check_details(fields: dict[str, str | None]) -> dict[str, str | None]:
        clean = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in fields.items()}
        if clean.get("disclosure") and clean["disclosure"] not in DISCLOSURES:
            raise refuse("bad_value", f"公开属性须为：{'、'.join(DISCLOSURES)}（收到“{clean['disclosure']}”）")
        return clean

    def decide(self, review_id: int, gate: str, decision: str, reason: str | None, *, user: str,
               password: str) -> None:
        actor = self._actor(user, password, "decide")
        if gate not in GATES:
            raise refuse("bad_value", f"没有关口“{gate}”；可用：" + "、".join(f"{g}（{GATE_NAMES[g]}）" for g in GATES))
        if decision not in DECISIONS:
            raise refuse("bad_value", f"没有决定“{decision}”；可用：" +
                         "、".join(f"{d}（{DECISION_NAMES[d]}）" for d in DECISIONS))
        reason = (reason or "").strip() or None
        if decision != "pass" and not reason:
            raise refuse("reason_required", f"{GATE_NAMES[gate]}的决定“{DECISION_NAMES[decision]}”须写明理由")
        with self.store.transaction():
            review = self._review(review_id)
            current = self._revision(review_id)
            self._refuse_if_signed(review_id, current["number"])
            row = {"review": review["uid"], "revision": current["number"], "gate": gate, "decision": decision,
                   "reason": reason, "user": actor.name, "role": actor.role, "time": now(), "carried_from": None}
            detail = f"第{current['number']}稿 {GATE_NAMES[gate]}：{DECISION_NAMES[decision]}" + \
                     (f"，理由：{reason}" if reason else "")
            self._append(review["uid"], "decide", actor.name, actor.role, detail, {"decisions": [row]})

    def dispose(self, review_id: int, finding_ids: list[str], disposition: str, reason: str | None,
                *, user: str, password: str) -> None:
        actor = self._actor(user, password, "dispose")
        if disposition not in DISPOSITIONS:
            raise refuse("bad_value", f"没有处置“{disposition}”；可用：" +
                         "、".join(f"{d}（{DISPOSITION_NAMES[d]}）" for d in DISPOSITIONS))
        reason = (reason or "").strip() or None
        if disposition != "fixed" and not reason:
            raise refuse("reason_required", f"处置为“{DISPOSITION_NAMES[disposition]}”须写明理由")
        if isinstance(finding_ids, str):
            finding_ids = [finding_ids]
        if not finding_ids:
            raise refuse("not_found", "没有指定要处置的问题")
        with self.store.transaction():
            review = self._review(review_id)
            current = self._revision(review_id)
            self._refuse_if_signed(review_id, current["number"])
            present = {r["finding"]: r for r in self.store.query(
                "SELECT finding, severity, text, rule FROM findings WHERE review_id = ? AND revision = ?",
                (review_id, current["number"]))}
            missing = [f for f in finding_ids if f not in present]
            if missing:
                raise refuse("not_found", f"第{current['number']}稿中没有这些问题编号：{'、'.join(missing)}")
            if disposition == "accepted" and actor.role != "secrecy_officer":
                blocks = [f for f in finding_ids if present[f]["severity"] == BLOCK]
                if blocks:
                    raise refuse("role", f"禁止发布级问题（{'、'.join(present[f]['text'] for f in blocks[:3])}）"
                                         f"只能由保密审查员接受风险；{actor.name}的角色是{ROLE_NAMES[actor.role]}")
            time = now()
            rows = [{"review": review["uid"], "finding": f, "revision": current["number"], "disposition": disposition,
                     "reason": reason, "user": actor.name, "role": actor.role, "time": time}
                    for f in dict.fromkeys(finding_ids)]
            names = "、".join(f"{f}（“{present[f]['text']}”）" for f in list(dict.fromkeys(finding_ids))[:5])
            more = f"等 {len(rows)} 个问题" if len(rows) > 5 else ""
            detail = f"第{current['number']}稿 问题 {names}{more}：{DISPOSITION_NAMES[disposition]}" + \
                     (f"，理由：{reason}" if reason else "")
            self._append(review["uid"], "dispose", actor.name, actor.role, detail, {"dispositions": rows})

    def signoff_blockers(self, review_id: int, signer: str | None = None) -> list[str]:
        return [message for _, message in self._blockers(review_id, signer, fresh=False)]

    def signoff(self, review_id: int, *, user: str, password: str) -> None:
        actor = self.authenticate(user, password)
        with self.store.transaction():
            review = self._review(review_id)
            current = self._revision(review_id)
            problems = self._blockers(review_id, actor.name, fresh=True)
            if problems:
                text = "不能签发：" + "；".join(m for _, m in problems)
                raise WorkflowError(text, problems[0][0], problems)
            sha = current["sha256"]  # just hashed again from the disk by _blockers
            row = {"review": review["uid"], "revision": current["number"], "sha256": sha, "user": actor.name,
                   "role": actor.role, "time": now()}
            self._append(review["uid"], "signoff", actor.name, actor.role,
                         f"签发第{current['number']}稿：{current['file_name']}（SHA-256 {sha[:12]}…）",
                         {"signoffs": [row]})

    def _blockers(self, review_id: int, signer: str | None, fresh: bool) -> list[tuple[str, str]]:
        """Every rule that stands between this revision and a sign-off, as (rule, Chinese message).
        `fresh`: hash the file again even if its size and time are unchanged (at sign-off);
        otherwise (a status shown on screen) an unchanged file is not read again."""
        self._review(review_id)
        current = self._revision(review_id)
        number = current["number"]
        out: list[tuple[str, str]] = []

        def add(rule: str, detail: str) -> None:
            out.append((rule, f"{detail}（规则：{RULE_NAMES[rule]}）"))

        if self._signoff_row(review_id, number):
            add("already_signed", f"第{number}稿已经签发")
        if signer is not None:
            user = self.user(signer)
            if user is None or user.role != "secrecy_officer":
                role = ROLE_NAMES.get(user.role, user.role) if user else "（无此用户）"
                add("role", f"签发须由保密审查员进行；{signer}的角色是{role}")
        gates = self._gate_rows(review_id, number)
        open_gates = []
        for gate in GATES:
            row = gates.get(gate)
            if row is None:
                open_gates.append(f"{GATE_NAMES[gate]}（未决定）")
            elif row["decision"] != "pass":
                open_gates.append(f"{GATE_NAMES[gate]}（{DECISION_NAMES[row['decision']]}）")
        if open_gates:
            add("gates_not_passed", f"五关须全部通过，尚未通过：{'、'.join(open_gates)}")
        findings = self._finding_states(review_id, number)
        undisposed = [f for f in findings if f.severity == BLOCK and not f.disposition]
        if undisposed:
            add("block_undisposed", f"有 {len(undisposed)} 个禁止发布级问题尚未处置：" + _sample(undisposed))
        still = [f for f in findings if f.disposition == "fixed"]
        if still:
            add("fixed_still_present", f"有 {len(still)} 个问题标为“已修改”，但第{number}稿中仍然存在：" + _sample(still)
                + "。请提交修改后的新稿，或改为其他处置")
        if signer is not None:
            decided = sorted({GATE_NAMES[r["gate"]] for r in self.store.query(
                "SELECT gate FROM decisions WHERE review_id = ? AND revision = ? AND user = ?",
                (review_id, number, signer))}, key=lambda n: list(GATE_NAMES.values()).index(n))
            if decided:
                add("self_approval", f"{signer}对第{number}稿的{'、'.join(decided)}作出过决定，"
                                     "不能再签发同一稿（须由未参与关口决定的保密审查员签发）")
        path = self._file_path(review_id, current)
        on_disk = self._hash_of(path, fresh)
        if on_disk is None:
            add("file_changed", f"找不到第{number}稿的文件：{path}。请用“更新”重新指定文件")
        elif on_disk != current["sha256"]:
            add("file_changed", f"磁盘上的文件已被改动，与第{number}稿不一致（SHA-256 不同）：{path}。"
                                "请用“更新”提交新稿后重新审查")
        return out

    # --- reading --------------------------------------------------------------------------------
    def status(self, review_id: int) -> ReviewStatus:
        review = self._review(review_id)
        current = self._revision(review_id)
        number = current["number"]
        gate_rows = self._gate_rows(review_id, number)
        gates = {}
        for gate in GATES:
            r = gate_rows.get(gate)
            gates[gate] = GateState(gate, r["decision"] if r else None, r["user"] if r else None,
                                    r["reason"] if r else None, r["time"] if r else None,
                                    r["carried_from"] if r else None, r["role"] if r else None)
        signoff = self._signoff_row(review_id, number)
        last_reset = None
        if number > 1:
            last_reset = ResetInfo(current["carried_from"] is None, current["reset_reason"] or "")
        count = self.store.query("SELECT COUNT(*) AS n FROM revisions WHERE review_id = ?", (review_id,))[0]["n"]
        return ReviewStatus(
            review=review_id, title=review["title"], unit=review["unit"], case_officer=review["case_officer"],
            channel=review["channel"], disclosure=review["disclosure"],
            disclosure_basis=review["disclosure_basis"], doc_number=review["doc_number"],
            revision=self._revision_info(review_id, current), gates=gates,
            findings=self._finding_states(review_id, number), signed_off=signoff is not None,
            signoff_user=signoff["user"] if signoff else None, signoff_time=signoff["time"] if signoff else None,
            signoff_blockers=[m for r, m in self._blockers(review_id, None, fresh=False) if r != "already_signed"],
            last_reset=last_reset, uid=review["uid"], signoff_sha256=signoff["sha256"] if signoff else None,
            revisions=count)

    def revision_path(self, review_id: int) -> Path:
        """Where the current revision's file is on this PC."""
        return self._file_path(review_id, self._revision(review_id))

    def history(self, review_id: int) -> list[dict]:
        review = self._review(review_id)
        origins = {u.name: u.origin for u in self.users()}
        return [{"seq": r["seq"], "time": r["time"], "user": r["user"], "user_label": user_label(r["user"],
                 origins.get(r["user"])), "role": r["role"], "action": r["action"],
                 "action_name": ACTION_NAMES.get(r["action"], r["action"]), "detail": r["detail"],
                 "hash": r["chain_hash"], "imported": bool(r["imported"])}
                for r in self.store.query("SELECT * FROM audit WHERE chain = ? ORDER BY seq", (review["uid"],))]

    def chain_head(self, review_id: int) -> dict:
        """The review's own chain head (portable) and the database's (this PC)."""
        review = self._review(review_id)
        own = self.store.query("SELECT seq, chain_hash FROM audit WHERE chain = ? ORDER BY seq DESC LIMIT 1",
                               (review["uid"],))[0]
        db = self.store.query("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")[0]
        return {"review_uid": review["uid"], "review_seq": own["seq"], "review_hash": own["chain_hash"],
                "db_entry": db["id"], "db_hash": db["hash"]}

    # --- verification ---------------------------------------------------------------------------
    def verify(self, anchors: Iterable[dict] | None = None) -> list[str]:
        """Problems in the log or the rows (Chinese; empty = intact). `anchors` are chain heads
        from exported records: each must still be in the chain, which a full rewrite of the log
        (every hash recomputed) cannot keep."""
        problems = self.store.integrity_problems()
        entries = self.store.query("SELECT * FROM audit ORDER BY id")
        prev_global = ZERO_HASH
        chain_prev: dict[str, tuple[int, str]] = {}
        for e in entries:
            label = f"审计日志第 {e['id']} 条（{ACTION_NAMES.get(e['action'], e['action'])}，{e['time']}）"
            try:
                e["payload"] = json.loads(e["payload"])
            except (TypeError, ValueError):
                problems.append(f"{label}：内容无法解析，已被改动")
                continue
            seq, prev_chain = chain_prev.get(e["chain"], (0, ZERO_HASH))
            if e["seq"] != seq + 1:
                problems.append(f"{label}：序号不连续（应为 {seq + 1}），有记录被删除或插入")
            if chain_hash_of(prev_chain, e) != e["chain_hash"]:
                problems.append(f"{label}：内容与其哈希不符，已被改动")
            if e["prev_hash"] != prev_global or sha256_text(prev_global + e["chain_hash"]) != e["hash"]:
                problems.append(f"{label}：与前一条的哈希链接断开，日志被删改")
            chain_prev[e["chain"]] = (e["seq"], e["chain_hash"])
            prev_global = e["hash"]
        problems += self._verify_rows(entries)
        for anchor in anchors or ():
            problems += self._verify_anchor(anchor)
        return problems

    def _verify_rows(self, entries: list[dict]) -> list[str]:
        """Every audited row must be exactly what the entry that last wrote it recorded."""
        problems: list[str] = []
        by_id = {e["id"]: e for e in entries if isinstance(e["payload"], dict)}
        uids = {r["id"]: r["uid"] for r in self.store.query("SELECT id, uid FROM reviews")}
        names = {"users": "用户", "reviews": "审查", "revisions": "修订稿", "findings": "问题",
                 "decisions": "关口决定", "dispositions": "处置", "signoffs": "签发"}
        for table, (columns, key) in TABLES.items():
            current: dict[int | None, list[dict]] = {}
            owner: dict[tuple, int | None] = {}
            for row in self.store.query(f"SELECT * FROM {table}"):
                portable = self._portable(table, row, uids)
                current.setdefault(row.get("audit_id"), []).append(portable)
                if key is not None:
                    owner[tuple(portable[k] for k in key)] = row.get("audit_id")
            strays = sum(len(rows) for audit_id, rows in current.items() if audit_id not in by_id)
            if strays:
                problems.append(f"{names[table]}表有 {strays} 行不在审计日志中（被人绕过本工具添加或改动）")
            for entry in by_id.values():
                expected = entry["payload"].get(table, [])
                if key is not None:
                    # a keyed row rewritten by a later entry (that recorded it too) belongs to that entry now
                    expected = [r for r in expected if not self._superseded(r, key, table, entry["id"], owner, by_id)]
                got = sorted(canonical(r) for r in current.get(entry["id"], []))
                want = sorted(canonical({c: r.get(c) for c in columns}) for r in expected)
                if got != want:
                    problems.append(f"{names[table]}表中由审计日志第 {entry['id']} 条"
                                    f"（{ACTION_NAMES.get(entry['action'], entry['action'])}，{entry['time']}）"
                                    "写入的数据与日志记录不符：被人绕过本工具改动或删除")
        return problems

    @staticmethod
    def _superseded(row: dict, key: tuple[str, ...], table: str, entry_id: int, owner: dict, by_id: dict) -> bool:
        later = owner.get(tuple(row.get(k) for k in key))
        if later is None or later == entry_id or later not in by_id or later < entry_id:
            return False
        return any(all(r.get(k) == row.get(k) for k in key) for r in by_id[later]["payload"].get(table, []))

    def _verify_anchor(self, anchor: dict) -> list[str]:
        uid, seq, want = anchor.get("review_uid"), anchor.get("review_seq"), anchor.get("review_hash")
        rows = self.store.query("SELECT chain_hash FROM audit WHERE chain = ? AND seq = ?", (uid, seq))
        if not rows:
            return [f"审批单记录的审计链头（审查 {uid} 第 {seq} 条）在数据库中不存在：日志被删除或整体改写"]
        if rows[0]["chain_hash"] != want:
            return [f"审批单记录的审计链头（审查 {uid} 第 {seq} 条）与数据库不符：日志被整体改写"]
        return []

    # --- review packages ------------------------------------------------------------------------
    def export_package(self, review_id: int, out: Path) -> Path:
        """A zip for moving a review to another offline PC: the current revision's file, the
        review's audit entries (which rebuild every row) and the names and roles of the users
        who appear in them. Never a password hash."""
        review = self._review(review_id)
        current = self._revision(review_id)
        path = self._file_path(review_id, current)
        if not path.is_file() or sha256_file(path) != current["sha256"]:
            raise refuse("file_changed", f"第{current['number']}稿的文件不在原处或已被改动：{path}。"
                                         "审查包须带上与记录一致的文件")
        entries = [{k: e[k] for k in ("chain", "seq", "time", "user", "role", "action", "detail", "chain_hash")}
                   | {"payload": json.loads(e["payload"])}
                   for e in self.store.query("SELECT * FROM audit WHERE chain = ? ORDER BY seq", (review["uid"],))]
        names = sorted({e["user"] for e in entries} | {r["user"] for e in entries
                                                       for rows in e["payload"].values() for r in rows if r.get("user")})
        local = {u.name: u for u in self.users()}
        users = [{"name": n, "role": local[n].role if n in local else _last_role(entries, n)} for n in names]
        member = f"document/{current['file_name'] or path.name}"
        manifest = {"format": PACKAGE_FORMAT, "version": 1, "review": review["uid"], "title": review["title"],
                    "revision": current["number"], "exported": now(),
                    "document": {"member": member, "name": current["file_name"], "sha256": current["sha256"]},
                    "head": {"seq": entries[-1]["seq"], "chain_hash": entries[-1]["chain_hash"]}}
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".partial")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.writestr("audit.json", json.dumps(entries, ensure_ascii=False, indent=1))
            zf.writestr("users.json", json.dumps(users, ensure_ascii=False, indent=1))
            zf.writestr("review.json", json.dumps(self.status(review_id).to_json(), ensure_ascii=False, indent=1))
            zf.write(path, member)
        os.replace(tmp, out)
        return out

    def import_package(self, package: Path, *, dest_dir: Path | None = None, user: str | None = None,
                       password: str | None = None) -> dict:
        """Verify a review package and add what is new. Returns {"review", "added", "revision",
        "path", "users"}. Refuses a package whose history or document does not check out, and
        one whose history conflicts with the local one."""
        actor = self._actor(user, password or "", "import") if user else None
        manifest, entries, users, document = _read_package(Path(package))
        uid = manifest["review"]
        last_revision = None
        prev = ZERO_HASH
        for n, e in enumerate(entries, 1):
            if e.get("chain") != uid or e.get("seq") != n or chain_hash_of(prev, e) != e.get("chain_hash"):
                raise refuse("package_history", f"审查包的审计记录第 {n} 条被改动或不完整，未导入")
            prev = e["chain_hash"]
            for row in e["payload"].get("revisions", []):
                last_revision = row
        if not entries or manifest.get("head", {}).get("chain_hash") != prev:
            raise refuse("package_history", "审查包的记录与其清单中的链头不符，未导入")
        if last_revision is None or hashlib.sha256(document).hexdigest() != last_revision["sha256"] \
                or manifest["document"].get("sha256") != last_revision["sha256"]:
            raise refuse("package_document", "审查包中的文件与其审查记录的最新稿不一致（SHA-256 不同），未导入")
        with self.store.transaction():
            local = self.store.query("SELECT seq, chain_hash FROM audit WHERE chain = ? ORDER BY seq", (uid,))
            common = min(len(local), len(entries))
            for k in range(common):
                if local[k]["chain_hash"] != entries[k]["chain_hash"]:
                    raise refuse("conflict", f"本机的这项审查与审查包从第 {k + 1} 条记录起不同：两台电脑各自修改过，"
                                             "不能自动合并。请商定以哪一边为准，在另一边不再操作这项审查")
            new = entries[len(local):]
            known = {u.name for u in self.users()}
            strangers = [u for u in users if u["name"] not in known and u.get("role") in ROLES]
            strangers += [{"name": n, "role": _last_role(entries, n)}
                          for n in sorted({e["user"] for e in new} - known - {u["name"] for u in strangers})]
            if new and strangers:
                rows = [self._user_row(u["name"], u["role"], None, origin="imported") for u in strangers]
                self._append("", "user_import", actor.name if actor else "", actor.role if actor else "",
                             "登记审查包中的外部用户（本机无其账户，不能在本机操作）：" +
                             "、".join(f"{u['name']}（{ROLE_NAMES.get(u['role'], u['role'])}）" for u in strangers),
                             {"users": rows})
            for e in new:
                self._append(uid, e["action"], e["user"], e["role"], e["detail"], e["payload"], time=e["time"],
                             imported=True, expect=e["chain_hash"])
            review_id = self._review_id(uid)
            number = last_revision["number"]
            target = self._file_path(review_id, self._revision(review_id, number))
            if dest_dir or not (target.is_file() and sha256_file(target) == last_revision["sha256"]):
                folder = Path(dest_dir) if dest_dir else _package_folder(uid)
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / f"第{number}稿-{_safe_file_name(last_revision['file_name'] or 'document')}"
                target.write_bytes(document)
                self._set_file(review_id, number, target)
            if new:
                self._append("", "package_import", actor.name if actor else "", actor.role if actor else "",
                             f"导入审查包：审查“{manifest.get('title')}”（{uid}），新增记录 {len(new)} 条，"
                             f"最新为第{number}稿", {})
        return {"review": review_id, "uid": uid, "added": len(new), "revision": number, "path": str(target),
                "users": [u["name"] for u in strangers] if new else []}

    # --- internals ------------------------------------------------------------------------------
    def _hash_of(self, path: Path, fresh: bool) -> str | None:
        """SHA-256 of the file, None when it is missing."""
        try:
            stat = path.stat()
        except OSError:
            return None
        if not path.is_file():
            return None
        stamp = (stat.st_size, stat.st_mtime_ns)
        cached = self._hashes.get(str(path))
        if fresh or cached is None or cached[0] != stamp:
            cached = (stamp, sha256_file(path))
            self._hashes[str(path)] = cached
        return cached[1]

    def _checked(self, path: Path, report):
        """The check report of the file at `path`, computed unless the caller's report is of
        these very bytes."""
        if not path.is_file():
            raise refuse("not_found", f"文件不存在：{path}")
        if report is None or report.document is None or report.sha256 != sha256_file(path):
            report = self.checker.check_path(path)
        if report.document is None:
            message = report.errors[0]["message"] if report.errors else "无法读取文件"
            raise refuse("unreadable", f"{message}（{path.name}）")
        return report

    def _revision_row(self, uid: str, number: int, path: Path, report, actor: User, time: str,
                      carried_from: int | None, reason: str | None) -> dict:
        return {"review": uid, "number": number, "sha256": report.sha256,
                "content_hash": report.document.content_hash(), "file_name": path.name, "path": str(path),
                "size": path.stat().st_size, "kind": report.kind, "errors": canonical(report.errors),
                "carried_from": carried_from, "reset_reason": reason, "created": time, "user": actor.name}

    @staticmethod
    def _finding_rows(uid: str, number: int, findings) -> list[dict]:
        return [{"review": uid, "revision": number, "finding": f.id, "rule": f.rule, "gate": f.gate,
                 "severity": f.severity, "text": f.text, "message": f.message, "context": f.context,
                 "suggestion": f.suggestion, "basis": f.basis, "location": canonical(f.location.to_json())}
                for f in findings]

    def _append(self, chain: str, action: str, user: str, role: str, detail: str, payload: dict[str, list[dict]],
                *, time: str | None = None, imported: bool = False, expect: str | None = None) -> int:
        """Append one audit entry and write the rows it records. Call inside a transaction."""
        db = self.store.db
        last = self.store.query("SELECT seq, chain_hash FROM audit WHERE chain = ? ORDER BY seq DESC LIMIT 1", (chain,))
        prev_global = self.store.query("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")
        portable = {t: [{c: r.get(c) for c in TABLES[t][0]} for r in payload[t]] for t in TABLE_ORDER if payload.get(t)}
        entry = {"chain": chain, "seq": last[0]["seq"] + 1 if last else 1, "time": time or now(), "user": user,
                 "role": role, "action": action, "detail": detail, "payload": portable}
        entry["chain_hash"] = chain_hash_of(last[0]["chain_hash"] if last else ZERO_HASH, entry)
        if expect is not None and entry["chain_hash"] != expect:
            raise refuse("package_history", "审查包的记录接不上本机的记录，未导入")
        entry["prev_hash"] = prev_global[0]["hash"] if prev_global else ZERO_HASH
        entry["hash"] = sha256_text(entry["prev_hash"] + entry["chain_hash"])
        audit_id = db["audit"].insert({**entry, "payload": canonical(portable), "imported": int(imported)}).last_pk
        for table in TABLE_ORDER:
            for row in payload.get(table, []):
                self._write_row(table, row, audit_id)
        return audit_id

    def _write_row(self, table: str, row: dict, audit_id: int) -> None:
        db = self.store.db
        stored = {k: v for k, v in row.items() if k not in ("review", "secret")}
        stored["audit_id"] = audit_id
        if "review" in row:
            stored["review_id"] = self._review_id(row["review"])
        if table == "users":
            existing = self.store.query("SELECT id FROM users WHERE name = ?", (row["name"],))
            if existing:
                db["users"].update(existing[0]["id"], stored)
            else:
                db["users"].insert(stored)
        elif table == "reviews":
            existing = self.store.query("SELECT id FROM reviews WHERE uid = ?", (row["uid"],))
            if existing:
                db["reviews"].update(existing[0]["id"], stored)
            else:
                db["reviews"].insert(stored)
        else:
            db[table].insert(stored)

    def _portable(self, table: str, row: dict, uids: dict[int, str]) -> dict:
        out = {c: row.get(c) for c in TABLES[table][0]}
        if "review" in out:
            out["review"] = uids.get(row.get("review_id"))
        if table == "users":
            out["secret"] = sha256_text(row["password_hash"]) if row.get("password_hash") else None
        return out

    def _review_id(self, uid: str) -> int:
        rows = self.store.query("SELECT id FROM reviews WHERE uid = ?", (uid,))
        if not rows:
            raise refuse("package_history", f"记录引用了不存在的审查 {uid}")
        return rows[0]["id"]

    def _review(self, review_id: int) -> dict:
        rows = self.store.query("SELECT * FROM reviews WHERE id = ?", (review_id,))
        if not rows:
            raise refuse("not_found", f"没有编号为 {review_id} 的审查")
        return rows[0]

    def _revision(self, review_id: int, number: int | None = None) -> dict:
        if number is None:
            rows = self.store.query("SELECT * FROM revisions WHERE review_id = ? ORDER BY number DESC LIMIT 1",
                                    (review_id,))
        else:
            rows = self.store.query("SELECT * FROM revisions WHERE review_id = ? AND number = ?", (review_id, number))
        if not rows:
            raise refuse("not_found", f"审查 {review_id} 没有修订稿")
        return rows[0]

    def _revision_info(self, review_id: int, row: dict) -> RevisionInfo:
        try:
            errors = json.loads(row["errors"] or "[]")
        except ValueError:
            errors = []
        return RevisionInfo(row["number"], row["sha256"], row["content_hash"], str(self._file_path(review_id, row)),
                            row["created"], row["user"], row["file_name"] or "", row["kind"], row["size"], errors)

    def _file_path(self, review_id: int, revision: dict) -> Path:
        rows = self.store.query("SELECT path FROM files WHERE review_id = ? AND revision = ?",
                                (review_id, revision["number"]))
        return Path(rows[0]["path"] if rows else revision["path"])

    def _set_file(self, review_id: int, number: int, path: Path) -> None:
        self.store.db["files"].upsert({"review_id": review_id, "revision": number, "path": str(path)},
                                      pk=("review_id", "revision"))

    def _gate_rows(self, review_id: int, number: int) -> dict[str, dict]:
        """The standing decision of each gate on this revision: the latest one made or carried."""
        out: dict[str, dict] = {}
        for r in self.store.query("SELECT * FROM decisions WHERE review_id = ? AND revision = ? ORDER BY id",
                                  (review_id, number)):
            out[r["gate"]] = r
        return out

    def _signoff_row(self, review_id: int, number: int) -> dict | None:
        rows = self.store.query("SELECT * FROM signoffs WHERE review_id = ? AND revision = ? ORDER BY id DESC LIMIT 1",
                                (review_id, number))
        return rows[0] if rows else None

    def _refuse_if_signed(self, review_id: int, number: int) -> None:
        if self._signoff_row(review_id, number):
            raise refuse("signed", f"第{number}稿已经签发，不能再改动其决定、处置或审批单信息；如需修改，请提交新稿")

    def _dispositions(self, review_id: int) -> dict[str, dict]:
        """The standing disposition of each finding id, from any revision (they follow the id)."""
        out: dict[str, dict] = {}
        for r in self.store.query("SELECT * FROM dispositions WHERE review_id = ? ORDER BY id", (review_id,)):
            out[r["finding"]] = r
        return out

    def _finding_states(self, review_id: int, number: int) -> list[FindingState]:
        dispositions = self._dispositions(review_id)
        states = []
        for r in self.store.query("SELECT * FROM findings WHERE review_id = ? AND revision = ? ORDER BY id",
                                  (review_id, number)):
            d = dispositions.get(r["finding"])
            states.append(FindingState(
                id=r["finding"], rule=r["rule"], gate=r["gate"], severity=r["severity"], text=r["text"] or "",
                message=r["message"] or "", context=r["context"] or "", suggestion=r["suggestion"], basis=r["basis"],
                location=json.loads(r["location"] or "{}"), disposition=d["disposition"] if d else None,
                disposition_user=d["user"] if d else None, disposition_reason=d["reason"] if d else None,
                reopened=bool(d and d["disposition"] == "fixed" and d["revision"] < number),
                disposition_time=d["time"] if d else None, disposition_revision=d["revision"] if d else None))
        return states


def _sample(findings: list[FindingState], limit: int = 3) -> str:
    shown = "、".join(f"“{f.text}”（{f.id}）" for f in findings[:limit])
    return shown + (f" 等 {len(findings)} 个" if len(findings) > limit else "")


def _last_role(entries: list[dict], name: str) -> str:
    role = "reviewer"
    for e in entries:
        if e["user"] == name and e.get("role") in ROLES:
            role = e["role"]
    return role


def _package_folder(uid: str) -> Path:
    from reviewer.core import paths
    return paths.data_dir() / "packages" / uid


def _safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", Path(name).name) or "document"


def _read_package(path: Path) -> tuple[dict, list[dict], list[dict], bytes]:
    if not path.is_file():
        raise refuse("not_found", f"审查包不存在：{path}")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            if manifest.get("format") != PACKAGE_FORMAT:
                raise refuse("package", f"不是审查通的审查包：{path.name}")
            if int(manifest.get("version", 0)) > 1:
                raise refuse("package", "审查包来自更新版本的审查通，请先升级")
            entries = json.loads(zf.read("audit.json"))
            users = json.loads(zf.read("users.json"))
            document = zf.read(manifest["document"]["member"])
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):
        raise refuse("package", f"审查包已损坏或不完整：{path.name}") from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("payload"), dict)
                                                for e in entries):
        raise refuse("package", f"审查包已损坏或不完整：{path.name}")
    return manifest, entries, users if isinstance(users, list) else [], document
