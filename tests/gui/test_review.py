"""A whole review in the GUI, every act through the core: start, dispose, decide five gates,
sign-off refused then allowed, export and verify the record, reset on a changed file, first run."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.conftest import open_and_wait, settle

pytestmark = pytest.mark.gui
workflow = pytest.importorskip("reviewer.core.workflow")

PASSWORDS = {"管理员": "admin-pass", "李审查": "reviewer-pass", "王保密": "officer-pass"}
DRAFT = ("XX市人民政府办公室关于做好春季农业生产工作的通知\n"
         "各级农业部门要加强指导，由环境保护部会同有关部门组织实施。\n"
         "各地要抓好落实。\n")


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch):
    monkeypatch.setenv("REVIEWER_SCRYPT_N", "16")


@pytest.fixture
def db(tmp_path) -> Path:
    """A database with an administrator, a reviewer and a secrecy officer."""
    from reviewer.core.store import Store
    path = tmp_path / "reviewer.db"
    store = Store.open(path)
    wf = workflow.Workflow(store)
    wf.create_first_admin("管理员", PASSWORDS["管理员"])
    wf.add_user("李审查", "reviewer", PASSWORDS["李审查"], by="管理员", by_password=PASSWORDS["管理员"])
    wf.add_user("王保密", "secrecy_officer", PASSWORDS["王保密"], by="管理员", by_password=PASSWORDS["管理员"])
    store.close()
    return path


@pytest.fixture
def draft(tmp_path) -> Path:
    path = tmp_path / "春耕通知.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def log_in(qtbot, window, name):
    window.ask_login()
    dialog = window.active_dialog
    dialog.user.setCurrentIndex(dialog.user.findData(name))
    dialog.password.setText(PASSWORDS[name])
    dialog.accept()
    settle(qtbot, window)
    assert window.session.login and window.session.login.name == name


def start_review(qtbot, window, path):
    """Open the draft; the 开始审查 dialog comes up by itself; fill the title and accept."""
    open_and_wait(qtbot, window, path)
    dialog = window.active_dialog
    assert dialog is not None and dialog.windowTitle() == "开始审查"
    assert dialog.title.text() == "XX市人民政府办公室关于做好春季农业生产工作的通知"
    dialog.doc_number.setText("X府办发〔2024〕5号")
    dialog.accept()
    settle(qtbot, window)
    assert window.review_id is not None
    return window.review_id


def renamed_row(window):
    return next(r for r in window.findings.model.rows if r.rule == "policy.renamed")


def fresh_status(db, review_id):
    from reviewer.core.store import Store
    store = Store.open(db)
    try:
        return workflow.Workflow(store).status(review_id)
    finally:
        store.close()


def test_dispose_with_keyboard_and_reason_is_stored_at_once(make_window, qtbot, db, draft):
    window = make_window(db=db)
    log_in(qtbot, window, "李审查")
    review_id = start_review(qtbot, window, draft)
    row = renamed_row(window)
    window.findings.select_finding(row.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.findings.table.setFocus()
    QTest.keyClick(window.findings.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)   # 误报, no reason
    assert "需要填写理由" in window.findings.dispose_note.text()
    assert renamed_row(window).disposition is None
    window.findings.reason.setText("此处为历史沿革表述")
    QTest.keyClick(window.findings.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert renamed_row(window).disposition == "false_positive"
    assert window.findings.model.index(window.findings.model.row_of(row.id), 5).data() == "误报"
    assert window.findings.reason.text() == ""
    # written when made: another connection (or a crash right now) sees it
    window.close()
    stored = {f.id: f for f in fresh_status(db, review_id).findings}
    assert stored[row.id].disposition == "false_positive"
    assert stored[row.id].disposition_reason == "此处为历史沿革表述"
    assert stored[row.id].disposition_user == "李审查"


def test_decide_five_gates_then_sign_off_refused_then_allowed(make_window, qtbot, db, draft):
    window = make_window(db=db)
    log_in(qtbot, window, "李审查")
    review_id = start_review(qtbot, window, draft)
    gates = window.gates
    assert "还不能签发" in gates.signoff_state.text()
    # 退回修改 asks for a reason; the core refuses an empty one and the dialog says so
    qtbot.mouseClick(gates.boxes["text"].buttons["return"], Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    dialog.accept()
    assert dialog.isVisible() and "请填写理由" in dialog.error.text()
    dialog.reason.setPlainText("标点需统一")
    dialog.accept()
    settle(qtbot, window)
    assert window.status.gates["text"].decision == "return"
    assert "标点需统一" in gates.boxes["text"].state.text()
    # sign-off is refused while gates and the block finding are open: the core says why
    window.ask_signoff()
    sign = window.active_dialog
    assert "目前还不能签发" in sign.intro.text()
    sign.password.setText(PASSWORDS["王保密"])
    sign.accept()
    assert sign.isVisible() and "规则" in sign.error.text()
    sign.reject()
    assert not window.status.signed_off
    # five gates pass, one click each; the block finding is dispositioned
    for gate in ("political", "legal", "policy", "secrecy", "text"):
        qtbot.mouseClick(gates.boxes[gate].buttons["pass"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert all(s.decision == "pass" and s.user == "李审查" for s in window.status.gates.values())
    window.findings.select_finding(renamed_row(window).id)
    window.findings.reason.setText("引用的是2017年的历史文件")
    qtbot.mouseClick(window.findings.dispose_buttons["false_positive"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert gates.signoff_state.text() == "各项条件已满足，可以由保密审查员签发。"
    # the reviewer cannot sign (role), the secrecy officer can
    window.ask_signoff()
    sign = window.active_dialog
    sign.password.setText("wrong-password")
    sign.accept()
    assert sign.isVisible() and sign.error.text()
    sign.password.setText(PASSWORDS["王保密"])
    sign.accept()
    settle(qtbot, window)
    assert not sign.isVisible()
    assert window.status.signed_off and window.status.signoff_user == "王保密"
    assert "已签发" in gates.signoff_state.text()
    assert not gates.boxes["political"].buttons["pass"].isEnabled()
    assert not window.findings.dispose_buttons["fixed"].isEnabled()
    assert fresh_status(db, review_id).signed_off


def sign_off_everything(qtbot, window, review_id):
    for gate in ("political", "legal", "policy", "secrecy", "text"):
        window.decide(gate, "pass")
    window.dispose([renamed_row(window).id], "false_positive", "引用的是历史文件")
    window.session.signoff(review_id, "王保密", PASSWORDS["王保密"])
    window.refresh_status()
    settle(qtbot, window)


def has_chinese_font() -> bool:
    from PySide6.QtGui import QFontDatabase
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


@pytest.mark.parametrize("fmt", ["json", "docx", "pdf"])
def test_export_the_record_and_verify_it(make_window, qtbot, db, draft, tmp_path, fmt):
    from reviewer.app.dialogs import OPEN_MESSAGES
    window = make_window(db=db)
    log_in(qtbot, window, "李审查")
    review_id = start_review(qtbot, window, draft)
    sign_off_everything(qtbot, window, review_id)
    out = tmp_path / f"审批单.{fmt}"
    task = window.export_record(out)
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    if fmt == "pdf" and not has_chinese_font():
        # the PDF needs a Chinese system font; without one the core's refusal is the dialog
        assert "中文字体" in OPEN_MESSAGES[-1].text() and not out.exists()
        return
    assert task.error is None and out.is_file() and out.stat().st_size > 500
    box = OPEN_MESSAGES[-1]
    assert str(out) in box.text() and any(b.text() == "打开所在文件夹" for b in box.buttons())
    box.done(0)
    if fmt == "json":
        window.ask_verify()
        verify = window.active_dialog
        verify.record.setText(str(out))
        verify.file.setText(str(draft))
        verify.accept()
        assert "核验通过" in verify.result.text()
        draft.write_text(DRAFT + "补充一句。\n", encoding="utf-8")
        verify.accept()
        assert "核验未通过" in verify.result.text()
        verify.reject()


def test_a_changed_file_becomes_a_new_revision_and_the_reset_is_explained(make_window, qtbot, db, draft):
    from reviewer.app.dialogs import OPEN_MESSAGES
    window = make_window(db=db)
    log_in(qtbot, window, "李审查")
    review_id = start_review(qtbot, window, draft)
    window.decide("political", "pass")
    settle(qtbot, window)
    assert window.status.gates["political"].decision == "pass"
    draft.write_text(DRAFT + "四、其他事项另行通知。\n", encoding="utf-8")
    open_and_wait(qtbot, window, draft)
    assert window.review_id == review_id and window.active_dialog is None   # resumed, not a new review
    assert window.status.revision.number == 2
    assert window.status.gates["political"].decision is None
    notice = OPEN_MESSAGES[-1]
    assert notice.windowTitle() == "文件已更改" and "重置" in notice.text()
    notice.done(0)
    assert window.gates.banner.isVisible() and "重置" in window.gates.banner.text()
    window.show_history()
    history = window.active_dialog.model.rows
    assert [h["action"] for h in history][-1] == "revision_add"
    window.active_dialog.reject()
    # the same file again: no new revision, no notice
    shown = len(OPEN_MESSAGES)
    open_and_wait(qtbot, window, draft)
    assert window.status.revision.number == 2 and len(OPEN_MESSAGES) == shown


def test_read_only_without_login_shows_the_review(make_window, qtbot, db, draft):
    window = make_window(db=db)
    log_in(qtbot, window, "李审查")
    review_id = start_review(qtbot, window, draft)
    window.decide("legal", "pass")
    window.log_out()
    settle(qtbot, window)
    assert window.status.gates["legal"].decision == "pass"
    assert not window.gates.boxes["legal"].buttons["pass"].isEnabled()
    assert not window.findings.dispose_buttons["fixed"].isEnabled()
    assert window.gates.action.isVisible() and window.gates.action.text() == "登录…"
    assert window.review_id == review_id


def test_first_run_creates_the_administrator(make_window, qtbot, tmp_path):
    window = make_window(db=tmp_path / "empty.db")
    window.greet()
    dialog = window.active_dialog
    assert dialog.windowTitle() == "首次使用：创建管理员"
    assert dialog.folder.isReadOnly()               # REVIEWER_HOME fixes the folder in tests
    dialog.name.setText("张管理")
    dialog.password.setText("secret-1")
    dialog.password2.setText("secret-2")
    dialog.accept()
    assert dialog.isVisible() and "不一致" in dialog.error.text()
    dialog.password2.setText("secret-1")
    dialog.accept()
    assert window.session.login.name == "张管理" and window.session.login.role == "admin"
    assert "张管理" in window.user_label.text()


def test_review_screens_fit_at_200_percent_in_high_contrast(make_window, qtbot, db, draft):
    from PySide6.QtWidgets import QApplication
    from reviewer.app import theme
    from gui.conftest import text_problems
    app = QApplication.instance()
    theme.apply(app, "high_contrast", 200)
    try:
        window = make_window(db=db)
        log_in(qtbot, window, "李审查")
        open_and_wait(qtbot, window, draft)
        new_review = window.active_dialog
        qtbot.waitExposed(new_review)
        assert not text_problems(new_review), text_problems(new_review)
        new_review.accept()
        window.decide("text", "pass")
        settle(qtbot, window)
        qtbot.wait(50)
        assert not text_problems(window), text_problems(window)
        window.ask_signoff()
        sign = window.active_dialog
        qtbot.waitExposed(sign)
        assert "目前还不能签发" in sign.intro.text()
        assert not text_problems(sign), text_problems(sign)
        sign.reject()
    finally:
        theme.apply(app, "standard", 100)
