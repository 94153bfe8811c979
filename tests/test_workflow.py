"""Users and roles, revisions and findings, dispositions, gate decisions and the sign-off rules.

Each rule of sign-off and of carrying decisions over has a test that shows the refusal and the
allowed path.
"""
from __future__ import annotations

import pytest

from reviewer.core.workflow import (GATES, ROLE_NAMES, ROLES, Workflow, WorkflowError, check_password,
                                    hash_password)
from wfkit import (BLOCK_TERM, DRAFT, PASSWORDS, REVIEW_TERM, act, dispose_blocks, fast_scrypt,  # noqa: F401
                   lexicon_home, pass_all, ready_review, store, test_checker, wf, write_draft)


def refused(rule: str, call, *args, **kwargs) -> WorkflowError:
    """Run an act that must be refused by `rule`; the message is Chinese and names the rule."""
    with pytest.raises(WorkflowError) as info:
        call(*args, **kwargs)
    exc = info.value
    assert exc.rule == rule, f"refused by {exc.rule!r} ({exc}), expected {rule!r}"
    assert "规则：" in str(exc) and any("\u4e00" <= ch <= "\u9fff" for ch in str(exc))
    return exc


# --- users, roles, passwords ------------------------------------------------------------------------

def test_first_user_must_be_an_admin_and_later_users_are_added_by_an_admin(store, test_checker, fast_scrypt):
    w = Workflow(store, checker_factory=lambda: test_checker)
    assert not w.has_users()
    refused("first_user_admin", w.add_user, "rev", "reviewer", "rev-pw-1", by="nobody", by_password="x")
    admin = w.create_first_admin("admin", "admin-pw")
    assert admin.role == "admin" and w.has_users()
    refused("not_empty", w.create_first_admin, "admin2", "admin-pw")
    w.add_user("rev", "reviewer", "rev-pw-1", by="admin", by_password="admin-pw")
    refused("role", w.add_user, "rev2", "reviewer", "rev-pw-2", by="rev", by_password="rev-pw-1")
    refused("bad_password", w.add_user, "rev2", "reviewer", "rev-pw-2", by="admin", by_password="wrong")
    refused("user_exists", w.add_user, "rev", "secrecy_officer", "rev-pw-9", by="admin", by_password="admin-pw")
    refused("weak_password", w.add_user, "rev3", "reviewer", "123", by="admin", by_password="admin-pw")
    refused("bad_value", w.add_user, "rev3", "boss", "rev-pw-3", by="admin", by_password="admin-pw")
    assert [(u.name, u.role) for u in w.users()] == [("admin", "admin"), ("rev", "reviewer")]
    assert set(ROLES) == set(ROLE_NAMES) and ROLE_NAMES["secrecy_officer"] == "保密审查员"


def test_passwords_are_salted_scrypt_hashes_and_checked(wf, monkeypatch):
    rows = {r["name"]: r["password_hash"] for r in wf.store.query("SELECT name, password_hash FROM users")}
    assert all(h.startswith("scrypt$") for h in rows.values())
    assert not any(PASSWORDS[n] in h for n, h in rows.items())
    same = [hash_password("same-password"), hash_password("same-password")]
    assert same[0] != same[1] and all(check_password("same-password", h) for h in same)
    assert not check_password("other-password", same[0])
    monkeypatch.delenv("REVIEWER_SCRYPT_N")
    assert hash_password("x" * 8).split("$")[1:4] == ["16384", "8", "1"]  # the real cost (~60 ms here)
    assert wf.authenticate("rev", PASSWORDS["rev"]).role == "reviewer"
    wrong = refused("bad_password", wf.authenticate, "rev", "not-it")
    unknown = refused("bad_password", wf.authenticate, "nobody", "not-it")
    assert str(wrong) == str(unknown)  # a wrong name and a wrong password look the same


def test_roles_are_checked_in_the_core_for_every_act(wf, tmp_path):
    path = write_draft(tmp_path)
    refused("role", wf.open_review, path, **act("coach"))
    refused("role", wf.open_review, path, **act("admin"))
    review_id, _ = wf.open_review(path, **act("rev"))
    refused("role", wf.decide, review_id, "text", "pass", None, **act("coach"))
    block = next(f for f in wf.status(review_id).findings if f.severity == "block")
    refused("role", wf.dispose, review_id, [block.id], "false_positive", "测试", **act("admin"))
    refused("bad_password", wf.decide, review_id, "text", "pass", None, user="rev", password="guess")
    assert wf.status(review_id).gates["text"].decision is None


# --- revisions and findings -----------------------------------------------------------------------

def test_a_review_holds_the_revision_hashes_and_findings_with_stable_distinct_ids(wf, tmp_path):
    path = write_draft(tmp_path)
    review_id, number = wf.open_review(path, **act("rev"), title="测试通知")
    status = wf.status(review_id)
    assert number == 1 and status.revision.number == 1 and status.title == "测试通知"
    report = wf.checker.check_path(path)
    assert status.revision.sha256 == report.sha256
    assert status.revision.content_hash == report.document.content_hash()
    blocks = [f for f in status.findings if f.severity == "block"]
    # the same marker line twice (as a header on every page) is two findings with two ids
    markers = [f for f in blocks if f.context == BLOCK_TERM]
    assert len(markers) == 2 and markers[0].id != markers[1].id
    assert len({f.id for f in status.findings}) == len(status.findings) == 4
    assert {f.rule for f in status.findings} == {"secrecy.test", "text.test"}
    # opening the same file again is the same review, not a second one
    assert wf.open_review(path, **act("rev2")) == (review_id, 1)
    assert len(wf.reviews()) == 1 and wf.find_review(path) == review_id
    # an edit elsewhere in the text leaves every id unchanged
    edited = write_draft(tmp_path, DRAFT.replace("各单位：", "各区县、各部门："), name="edited.txt")
    wf.update_review(review_id, edited, **act("rev"))
    assert [f.id for f in wf.status(review_id).findings] == [f.id for f in status.findings]


def test_updating_with_the_very_same_file_makes_no_new_revision(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(path.read_bytes())
    reset = wf.update_review(review_id, copy, **act("rev"))
    assert not reset.happened and "完全相同" in reset.reason
    status = wf.status(review_id)
    assert status.revision.number == 1 and status.revision.path == str(copy.resolve())
    assert all(g.decision == "pass" for g in status.gates.values())


def test_an_unreadable_file_starts_no_review(wf, tmp_path):
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 600)
    exc = refused("unreadable", wf.open_review, legacy, **act("rev"))
    assert ".docx" in str(exc)
    refused("not_found", wf.open_review, tmp_path / "missing.txt", **act("rev"))
    assert wf.reviews() == []


# --- dispositions -----------------------------------------------------------------------------------

def test_dispositions_need_reasons_except_fixed_and_only_a_secrecy_officer_accepts_a_block(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    findings = wf.status(review_id).findings
    block = next(f for f in findings if f.severity == "block")
    review = next(f for f in findings if f.severity == "review")
    refused("reason_required", wf.dispose, review_id, [block.id], "false_positive", None, **act("rev"))
    refused("reason_required", wf.dispose, review_id, [block.id], "accepted", "  ", **act("sec"))
    refused("role", wf.dispose, review_id, [block.id], "accepted", "已报批准", **act("rev"))
    refused("not_found", wf.dispose, review_id, ["0000000000000000"], "fixed", None, **act("rev"))
    wf.dispose(review_id, [block.id], "accepted", "已报保密委员会同意", **act("sec"))
    wf.dispose(review_id, [review.id], "accepted", "原文如此", **act("rev"))   # not a block: any reviewer
    wf.dispose(review_id, [review.id], "fixed", None, **act("rev"))          # fixed needs no reason
    by_id = {f.id: f for f in wf.status(review_id).findings}
    assert (by_id[block.id].disposition, by_id[block.id].disposition_user) == ("accepted", "sec")
    assert by_id[block.id].disposition_reason == "已报保密委员会同意"
    assert by_id[review.id].disposition == "fixed" and by_id[review.id].disposition_reason is None


def test_dispositions_follow_the_finding_id_and_a_fixed_finding_still_found_reopens(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    findings = wf.status(review_id).findings
    review = next(f for f in findings if f.severity == "review")
    markers = [f for f in findings if f.severity == "block" and f.context == BLOCK_TERM]
    wf.dispose(review_id, [m.id for m in markers], "false_positive", "标题行中的测试用词", **act("rev"))
    wf.dispose(review_id, [review.id], "fixed", None, **act("rev"))
    # second draft: the body changed, the marker lines did not, the typo was *not* corrected
    second = write_draft(tmp_path, DRAFT.replace("各单位：", "各有关单位："), name="second.txt")
    wf.update_review(review_id, second, **act("rev"))
    by_id = {f.id: f for f in wf.status(review_id).findings}
    assert all(by_id[m.id].disposition == "false_positive" for m in markers)  # followed the id
    assert by_id[review.id].disposition == "fixed" and by_id[review.id].reopened
    assert not by_id[markers[0].id].reopened
    # third draft: the typo really corrected -> the finding is gone, nothing reopened
    third = write_draft(tmp_path, DRAFT.replace("各单位：", "各有关单位：").replace(REVIEW_TERM, "按照"), name="third.txt")
    wf.update_review(review_id, third, **act("rev"))
    assert review.id not in {f.id for f in wf.status(review_id).findings}
    assert not any(f.reopened for f in wf.status(review_id).findings)


# --- gate decisions -----------------------------------------------------------------------------------

def test_gate_decisions_need_a_reason_unless_pass(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    refused("reason_required", wf.decide, review_id, "legal", "return", None, **act("rev"))
    refused("reason_required", wf.decide, review_id, "secrecy", "withhold", "", **act("rev"))
    refused("bad_value", wf.decide, review_id, "morale", "pass", None, **act("rev"))
    refused("bad_value", wf.decide, review_id, "legal", "maybe", None, **act("rev"))
    wf.decide(review_id, "legal", "return", "引用的条例已废止", **act("rev"))
    wf.decide(review_id, "secrecy", "pass", None, **act("rev2"))
    gates = wf.status(review_id).gates
    assert (gates["legal"].decision, gates["legal"].reason, gates["legal"].user) == ("return", "引用的条例已废止", "rev")
    assert (gates["secrecy"].decision, gates["secrecy"].user) == ("pass", "rev2")
    assert set(gates) == set(GATES) and gates["text"].decision is None


# --- rule: decisions carry over only when the content hash is unchanged ----------------------------

def test_gates_carry_over_when_only_the_bytes_change_not_the_content(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    wf.decide(review_id, "legal", "return", "待法制科复核", **act("rev2"))
    same_content = tmp_path / "crlf.txt"
    same_content.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))  # other bytes, same text
    reset = wf.update_review(review_id, same_content, **act("rev"))
    assert not reset.happened and "沿用" in reset.reason
    status = wf.status(review_id)
    assert status.revision.number == 2 and status.revision.sha256 != wf.checker.check_path(path).sha256
    assert status.gates["political"].decision == "pass" and status.gates["political"].carried_from == 1
    assert status.gates["legal"].decision == "return" and status.gates["legal"].user == "rev2"
    assert status.last_reset is not None and not status.last_reset.happened


def test_a_docx_whose_properties_alone_changed_keeps_its_gates(wf, tmp_path):
    import docx
    document = docx.Document()
    for line in DRAFT.splitlines():
        document.add_paragraph(line)
    document.core_properties.author = "张三"
    first = tmp_path / "notice.docx"
    document.save(first)
    review_id, _ = wf.open_review(first, **act("rev"))
    pass_all(wf, review_id)
    document.core_properties.author = "办公室"
    second = tmp_path / "notice-clean.docx"
    document.save(second)
    reset = wf.update_review(review_id, second, **act("rev"))
    assert not reset.happened
    assert all(g.decision == "pass" for g in wf.status(review_id).gates.values())


def test_a_content_change_resets_every_gate_and_the_signoff_and_logs_why(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    wf.signoff(review_id, **act("sec"))
    assert wf.status(review_id).signed_off
    changed = write_draft(tmp_path, DRAFT + "新增一段内容。\n", name="v2.txt")
    reset = wf.update_review(review_id, changed, **act("rev"))
    assert reset.happened and "重置" in reset.reason and "签发" in reset.reason
    status = wf.status(review_id)
    assert status.revision.number == 2 and not status.signed_off
    assert all(g.decision is None for g in status.gates.values())
    assert status.last_reset.happened and status.last_reset.reason == reset.reason
    last = wf.history(review_id)[-1]
    assert last["action"] == "revision_add" and reset.reason in last["detail"]
    # dispositions are not gate decisions: they still follow their findings
    assert all(f.disposition for f in status.findings if f.severity == "block")


def test_the_signoff_never_carries_over_even_when_the_content_is_unchanged(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    wf.signoff(review_id, **act("sec"))
    same = tmp_path / "bom.txt"
    same.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    reset = wf.update_review(review_id, same, **act("rev"))
    assert not reset.happened and "重新签发" in reset.reason
    status = wf.status(review_id)
    assert not status.signed_off and all(g.decision == "pass" for g in status.gates.values())
    wf.signoff(review_id, **act("sec"))  # the new file gets its own sign-off
    assert wf.status(review_id).signed_off


# --- rules of sign-off --------------------------------------------------------------------------------

def test_signoff_needs_all_five_gates_passed(wf, tmp_path):
    path = write_draft(tmp_path)
    review_id, _ = wf.open_review(path, **act("rev"))
    dispose_blocks(wf, review_id)
    pass_all(wf, review_id, gates=GATES[:4])
    exc = refused("gates_not_passed", wf.signoff, review_id, **act("sec"))
    assert "文字关（未决定）" in str(exc)
    wf.decide(review_id, "text", "return", "标点需修改", **act("rev"))
    assert "文字关（退回修改）" in str(refused("gates_not_passed", wf.signoff, review_id, **act("sec")))
    wf.decide(review_id, "text", "pass", None, **act("rev"))
    wf.signoff(review_id, **act("sec"))
    status = wf.status(review_id)
    assert status.signed_off and status.signoff_user == "sec" and status.signoff_time


def test_signoff_needs_every_block_finding_dispositioned(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    pass_all(wf, review_id)
    blocks = [f for f in wf.status(review_id).findings if f.severity == "block"]
    wf.dispose(review_id, [f.id for f in blocks[:-1]], "false_positive", "测试", **act("rev"))
    exc = refused("block_undisposed", wf.signoff, review_id, **act("sec"))
    assert blocks[-1].id in str(exc)
    # a review-level finding left open does not stand in the way
    wf.dispose(review_id, [blocks[-1].id], "accepted", "经批准公开", **act("sec2"))
    wf.signoff(review_id, **act("sec"))
    assert wf.status(review_id).signed_off


def test_signoff_refuses_a_finding_marked_fixed_that_is_still_there(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    block = next(f for f in wf.status(review_id).findings if f.severity == "block" and f.context != BLOCK_TERM)
    wf.dispose(review_id, [block.id], "fixed", None, **act("rev"))
    refused("fixed_still_present", wf.signoff, review_id, **act("sec"))
    # a new draft really without it: the fixed finding is gone; the content changed, so decide again
    fixed = write_draft(tmp_path, DRAFT.replace(f"本通知附{BLOCK_TERM}，", "本通知附件见后，"), name="fixed.txt")
    wf.update_review(review_id, fixed, **act("rev"))
    assert block.id not in {f.id for f in wf.status(review_id).findings}
    pass_all(wf, review_id)
    wf.signoff(review_id, **act("sec"))
    assert wf.status(review_id).signed_off


def test_only_a_secrecy_officer_signs_off(wf, tmp_path):
    review_id, _ = ready_review(wf, tmp_path)
    refused("role", wf.signoff, review_id, **act("rev2"))
    refused("role", wf.signoff, review_id, **act("admin"))
    refused("role", wf.signoff, review_id, **act("coach"))
    wf.signoff(review_id, **act("sec"))
    assert wf.status(review_id).signoff_user == "sec"


def test_the_signer_may_not_have_decided_a_gate_of_this_revision(wf, tmp_path):
    path = write_draft(tmp_path)
    review_id, _ = wf.open_review(path, **act("rev"))
    dispose_blocks(wf, review_id)
    pass_all(wf, review_id, gates=[g for g in GATES if g != "secrecy"])
    wf.decide(review_id, "secrecy", "return", "先核对", **act("sec"))   # sec takes part in a gate...
    wf.decide(review_id, "secrecy", "pass", None, **act("rev"))        # ...even when overruled later
    exc = refused("self_approval", wf.signoff, review_id, **act("sec"))
    assert "保密关" in str(exc)
    assert any("不能再签发" in b for b in wf.signoff_blockers(review_id, "sec"))
    assert wf.signoff_blockers(review_id, "sec2") == []
    wf.signoff(review_id, **act("sec2"))
    assert wf.status(review_id).signoff_user == "sec2"


def test_signoff_needs_the_signers_own_password(wf, tmp_path):
    review_id, _ = ready_review(wf, tmp_path)
    refused("bad_password", wf.signoff, review_id, user="sec", password=PASSWORDS["sec2"])
    assert not wf.status(review_id).signed_off
    wf.signoff(review_id, **act("sec"))
    assert wf.status(review_id).signed_off


def test_signoff_rehashes_the_file_on_disk(wf, tmp_path):
    import os
    review_id, path = ready_review(wf, tmp_path)
    original = path.read_bytes()
    assert wf.status(review_id).signoff_blockers == []
    path.write_bytes(original + "悄悄加的一句。\n".encode("utf-8"))
    assert any("已被改动" in b for b in wf.status(review_id).signoff_blockers)
    exc = refused("file_changed", wf.signoff, review_id, **act("sec"))
    assert "SHA-256" in str(exc)
    # same size, same modification time, other bytes: sign-off reads the file itself again
    stat = os.stat(path)
    path.write_bytes(original.replace(BLOCK_TERM.encode(), "普通材料".encode(), 1))
    assert len(path.read_bytes()) == len(original)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    refused("file_changed", wf.signoff, review_id, **act("sec"))
    path.unlink()
    assert "找不到" in str(refused("file_changed", wf.signoff, review_id, **act("sec")))
    path.write_bytes(original)
    wf.signoff(review_id, **act("sec"))
    assert wf.status(review_id).signoff_sha256 == wf.status(review_id).revision.sha256


def test_status_lists_the_blockers_and_a_refusal_names_every_rule(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    status = wf.status(review_id)
    assert len(status.signoff_blockers) == 2 and all("规则：" in b for b in status.signoff_blockers)
    with pytest.raises(WorkflowError) as info:
        wf.signoff(review_id, **act("rev"))
    assert [rule for rule, _ in info.value.problems] == ["role", "gates_not_passed", "block_undisposed"]


def test_a_signed_revision_is_closed_to_further_acts(wf, tmp_path):
    review_id, _ = ready_review(wf, tmp_path)
    wf.signoff(review_id, **act("sec"))
    finding = wf.status(review_id).findings[0]
    refused("signed", wf.decide, review_id, "text", "return", "改主意了", **act("rev"))
    refused("signed", wf.dispose, review_id, [finding.id], "fixed", None, **act("rev"))
    refused("signed", wf.update_details, review_id, **act("rev"), disclosure="不予公开")
    refused("already_signed", wf.signoff, review_id, **act("sec2"))


def test_record_details_are_checked_and_logged(wf, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    refused("bad_value", wf.update_details, review_id, **act("rev"), disclosure="半公开")
    refused("bad_value", wf.update_details, review_id, **act("rev"), colour="红")
    wf.update_details(review_id, **act("rev"), doc_number="测办发〔2024〕3号", disclosure="依申请公开",
                      disclosure_basis="《中华人民共和国政府信息公开条例》第二十七条")
    status = wf.status(review_id)
    assert (status.doc_number, status.disclosure) == ("测办发〔2024〕3号", "依申请公开")
    assert "文号：测办发〔2024〕3号" in wf.history(review_id)[-1]["detail"]
    assert wf.verify() == []


def test_history_tells_every_act_in_chinese_with_its_hash(wf, tmp_path):
    review_id, _ = ready_review(wf, tmp_path)
    wf.signoff(review_id, **act("sec"))
    history = wf.history(review_id)
    assert [h["action"] for h in history] == ["review_open"] + ["decide"] * 5 + ["dispose", "signoff"]
    assert history[0]["action_name"] == "新建审查" and "第1稿" in history[0]["detail"]
    assert all(len(h["hash"]) == 64 and h["user"] for h in history)
    assert history[-1]["user"] == "sec" and "签发第1稿" in history[-1]["detail"]
