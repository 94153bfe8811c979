"""Review packages: moving a review between offline PCs, verified on import, extended when the
package's history extends the local one, refused on a conflict or any mismatch."""
from __future__ import annotations

import json
import zipfile

import pytest

from reviewer.core.store import Store
from reviewer.core.workflow import Workflow, WorkflowError
from wfkit import (BLOCK_TERM, DRAFT, PASSWORDS, act, fast_scrypt, lexicon_home, pass_all, ready_review,  # noqa: F401
                   store, test_checker, wf, write_draft)


@pytest.fixture
def other_pc(tmp_path, test_checker, fast_scrypt):
    """A second database with its own admin and no other user."""
    s = Store.open(tmp_path / "other-pc" / "review.db")
    w = Workflow(s, checker_factory=lambda: test_checker)
    w.create_first_admin("admin", PASSWORDS["admin"])
    yield w
    s.close()


def _comparable(status) -> dict:
    data = status.to_json()
    for local in ("review", "path"):
        data.pop(local)
    return data


def test_a_package_moves_a_signed_review_to_another_pc(wf, other_pc, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    wf.signoff(review_id, **act("sec"))
    package = wf.export_package(review_id, tmp_path / "out" / "review.zip")
    with zipfile.ZipFile(package) as zf:
        names = set(zf.namelist())
        everything = b"".join(zf.read(n) for n in names)
    assert {"manifest.json", "audit.json", "users.json", "review.json"} <= names
    assert b"scrypt$" not in everything and PASSWORDS["sec"].encode() not in everything  # never a password hash

    result = other_pc.import_package(package, dest_dir=tmp_path / "inbox")
    assert result["added"] == len(wf.history(review_id)) and set(result["users"]) == {"rev", "sec"}
    theirs = other_pc.status(result["review"])
    assert _comparable(theirs) == _comparable(wf.status(review_id))
    assert theirs.signed_off and theirs.signoff_user == "sec"
    assert other_pc.verify() == []
    # the document came along, byte for byte, and sign-off rules still see it
    arrived = other_pc.revision_path(result["review"])
    assert arrived.parent == tmp_path / "inbox" and arrived.read_bytes() == path.read_bytes()
    path.unlink()
    assert other_pc.status(result["review"]).signoff_blockers == []
    # imported acts stay attributed; their users are known here only by name and role
    history = other_pc.history(result["review"])
    assert all(h["imported"] for h in history) and history[-1]["user"] == "sec"
    assert history[-1]["user_label"] == "sec（外部用户，来自审查包）"
    with pytest.raises(WorkflowError) as info:
        other_pc.decide(result["review"], "text", "return", "试试", **act("sec"))
    assert info.value.rule == "no_account"
    assert {u.name: (u.role, u.origin, u.active) for u in other_pc.users()}["sec"] == ("secrecy_officer", "imported",
                                                                                        False)


def test_importing_again_adds_only_what_is_new(wf, other_pc, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    first = other_pc.import_package(wf.export_package(review_id, tmp_path / "p1.zip"))
    assert first["added"] == 1
    pass_all(wf, review_id)
    second_draft = write_draft(tmp_path, DRAFT + "补充一段。\n", name="v2.txt")
    wf.update_review(review_id, second_draft, **act("rev"))
    package = wf.export_package(review_id, tmp_path / "p2.zip")
    second = other_pc.import_package(package)
    assert (second["review"], second["added"], second["revision"]) == (first["review"], 6, 2)
    assert _comparable(other_pc.status(first["review"])) == _comparable(wf.status(review_id))
    assert other_pc.import_package(package)["added"] == 0
    assert other_pc.verify() == []


def test_a_local_account_can_be_given_to_an_imported_user(wf, other_pc, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    result = other_pc.import_package(wf.export_package(review_id, tmp_path / "p.zip"))
    other_pc.add_user("rev", "reviewer", "new-pw-1", by="admin", by_password=PASSWORDS["admin"])
    other_pc.decide(result["review"], "text", "pass", None, user="rev", password="new-pw-1")
    assert other_pc.status(result["review"]).gates["text"].user == "rev"
    assert other_pc.verify() == []


def test_a_conflicting_history_is_refused_and_changes_nothing(wf, other_pc, tmp_path):
    review_id, _ = wf.open_review(write_draft(tmp_path), **act("rev"))
    theirs = other_pc.import_package(wf.export_package(review_id, tmp_path / "p1.zip"))["review"]
    other_pc.add_user("rev2", "reviewer", "pc2-pw-2", by="admin", by_password=PASSWORDS["admin"])
    other_pc.decide(theirs, "legal", "return", "这边认为要改", user="rev2", password="pc2-pw-2")
    wf.decide(review_id, "legal", "pass", None, **act("rev"))          # meanwhile, on the first PC
    before = other_pc.history(theirs)
    with pytest.raises(WorkflowError) as info:
        other_pc.import_package(wf.export_package(review_id, tmp_path / "p2.zip"))
    assert info.value.rule == "conflict" and "第 2 条" in str(info.value)
    assert other_pc.history(theirs) == before and other_pc.verify() == []


def _rewrite_member(package, out, member: str, change) -> None:
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, change(data) if name == member else data)


def test_a_package_whose_history_or_document_does_not_match_is_refused(wf, other_pc, tmp_path):
    review_id, _ = ready_review(wf, tmp_path)
    package = wf.export_package(review_id, tmp_path / "p.zip")

    def edit_history(data: bytes) -> bytes:
        entries = json.loads(data)
        entries[1]["payload"]["decisions"][0]["decision"] = "withhold"
        return json.dumps(entries, ensure_ascii=False).encode()

    def drop_last(data: bytes) -> bytes:
        return json.dumps(json.loads(data)[:-1], ensure_ascii=False).encode()

    cases = {"package_history": ("audit.json", edit_history),
             "package_document": ("document/draft.txt", lambda d: d.replace(BLOCK_TERM.encode(), "普通材料".encode())),
             "package": ("manifest.json", lambda d: b"{not json")}
    for rule, (member, change) in cases.items():
        bad = tmp_path / f"bad-{rule}.zip"
        _rewrite_member(package, bad, member, change)
        with pytest.raises(WorkflowError) as info:
            other_pc.import_package(bad)
        assert info.value.rule == rule, (rule, str(info.value))
    truncated = tmp_path / "truncated.zip"
    _rewrite_member(package, truncated, "audit.json", drop_last)
    with pytest.raises(WorkflowError) as info:
        other_pc.import_package(truncated)
    assert info.value.rule == "package_history"
    not_zip = tmp_path / "not.zip"
    not_zip.write_bytes(b"hello")
    with pytest.raises(WorkflowError) as info:
        other_pc.import_package(not_zip)
    assert info.value.rule == "package"
    assert other_pc.reviews() == [] and other_pc.verify() == []


def test_a_package_needs_the_file_that_matches_the_review(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    path.write_text("改过了\n", encoding="utf-8")
    with pytest.raises(WorkflowError) as info:
        wf.export_package(review_id, tmp_path / "p.zip")
    assert info.value.rule == "file_changed"
    assert not (tmp_path / "p.zip").exists()
