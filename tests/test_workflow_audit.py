"""The audit log: every act is an entry, entries are hash-chained and record the rows they wrote,
so a change made with another SQLite tool shows in verify(); a record's chain head anchors the
chain against a rewrite that recomputes every hash."""
from __future__ import annotations

import json
import sqlite3

import pytest

from reviewer.core.workflow import canonical, chain_hash_of, sha256_text
from wfkit import act, fast_scrypt, lexicon_home, ready_review, store, test_checker, wf  # noqa: F401


@pytest.fixture
def signed(wf, tmp_path):
    review_id, _ = ready_review(wf, tmp_path)
    wf.decide(review_id, "legal", "return", "条款引用待核", **act("rev2"))
    wf.decide(review_id, "legal", "pass", None, **act("rev"))
    wf.signoff(review_id, **act("sec"))
    assert wf.verify() == []
    return wf, review_id


def _tamper(path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        assert conn.execute(sql).rowcount >= 1, sql
    conn.commit()
    conn.close()


TAMPERING = {
    "a return turned into a pass": "UPDATE decisions SET decision = 'pass', reason = NULL WHERE decision = 'return'",
    "a decision given to another reviewer": "UPDATE decisions SET user = 'rev2' WHERE gate = 'secrecy'",
    "a disposition's reason rewritten": "UPDATE dispositions SET reason = '领导同意'",
    "a disposition deleted": "DELETE FROM dispositions WHERE id = (SELECT MAX(id) FROM dispositions)",
    "a sign-off moved to another officer": "UPDATE signoffs SET user = 'sec2'",
    "a sign-off forged by insert": "INSERT INTO signoffs (review_id, revision, sha256, user, role, time, audit_id) "
                                   "SELECT review_id, revision, sha256, 'sec2', role, time, audit_id FROM signoffs",
    "a block finding downgraded": "UPDATE findings SET severity = 'info' WHERE severity = 'block'",
    "a reviewer promoted": "UPDATE users SET role = 'secrecy_officer' WHERE name = 'rev'",
    "a password hash swapped": "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'rev') "
                               "WHERE name = 'sec'",
    "a log entry's text edited": "UPDATE audit SET detail = '第1稿 保密关：通过' WHERE action = 'dispose'",
    "a log entry deleted": "DELETE FROM audit WHERE action = 'dispose'",
    # always a different value, whatever the hash begins with
    "the revision hash replaced": "UPDATE revisions SET sha256 = CASE WHEN substr(sha256, 1, 2) = 'ab' "
                                  "THEN 'cd' ELSE 'ab' END || substr(sha256, 3)",
}


@pytest.mark.parametrize("what", TAMPERING)
def test_any_row_changed_behind_the_tools_back_is_found(signed, what):
    wf, review_id = signed
    _tamper(wf.store.path, TAMPERING[what])
    problems = wf.verify()
    assert problems, f"not detected: {what}"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in p) for p in problems)


def _rewrite_everything(path, gate: str) -> None:
    """What a careful forger does: change a row *and* its log entry, then recompute every hash."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.execute("UPDATE decisions SET user = 'rev2' WHERE gate = ?", (gate,))
    entries = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY id")]
    prev_global, prev_chain = "0" * 64, {}
    for e in entries:
        payload = json.loads(e["payload"])
        for row in payload.get("decisions", []):
            if row["gate"] == gate:
                row["user"] = "rev2"
        e["payload"] = payload
        e["chain_hash"] = chain_hash_of(prev_chain.get(e["chain"], "0" * 64), e)
        e["prev_hash"], e["hash"] = prev_global, sha256_text(prev_global + e["chain_hash"])
        prev_chain[e["chain"]], prev_global = e["chain_hash"], e["hash"]
        conn.execute("UPDATE audit SET payload = ?, chain_hash = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (canonical(payload), e["chain_hash"], e["prev_hash"], e["hash"], e["id"]))
    conn.commit()
    conn.close()


def test_an_exported_chain_head_catches_a_rewrite_of_the_whole_log(signed):
    from reviewer.core.records import build_record
    wf, review_id = signed
    anchor = build_record(wf, review_id)["audit"]
    assert wf.verify([anchor]) == []
    _rewrite_everything(wf.store.path, "secrecy")
    assert wf.status(review_id).gates["secrecy"].user == "rev2"
    assert wf.verify() == []                      # self-consistent: the log alone cannot tell
    problems = wf.verify([anchor])                # the head kept in the record can
    assert problems and "整体改写" in problems[0]


def test_every_act_is_one_entry_that_records_the_rows_it_wrote(signed):
    wf, review_id = signed
    entries = wf.store.query("SELECT * FROM audit ORDER BY id")
    actions = [e["action"] for e in entries]
    assert actions[:1] == ["first_admin"] and actions.count("user_add") == 5
    assert actions[-10:] == ["review_open"] + ["decide"] * 5 + ["dispose", "decide", "decide", "signoff"]
    signoff = json.loads(entries[-1]["payload"])
    assert list(signoff) == ["signoffs"] and signoff["signoffs"][0]["user"] == "sec"
    users = [json.loads(e["payload"])["users"][0] for e in entries if e["action"] in ("first_admin", "user_add")]
    assert all("password_hash" not in u and len(u["secret"]) == 64 for u in users)
    assert entries[0]["prev_hash"] == "0" * 64
    assert all(b["prev_hash"] == a["hash"] for a, b in zip(entries, entries[1:]))
