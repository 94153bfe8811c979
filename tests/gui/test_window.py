"""The main window offscreen: open a draft, see and click findings, errors as Chinese dialogs,
batch, lexicons, and the look at 200 % and in high contrast."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from gui.conftest import open_and_wait, text_problems

pytestmark = pytest.mark.gui

DRAFT = "关于做好春季农业生产工作的通知\n由环境保护部会同有关部门组织实施。\n各地要抓好落实。\n"


def selected_text(view, start, end):
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_open_a_draft_shows_text_and_findings(make_window, qtbot, tmp_path):
    draft = tmp_path / "通知.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    window = open_and_wait(qtbot, make_window(session=False), draft)
    assert window.pages.currentWidget() is window.split
    rows = window.findings.model.rows
    renamed = [r for r in rows if r.rule == "policy.renamed"]
    assert renamed and renamed[0].text == "环境保护部" and renamed[0].suggestion == "生态环境部"
    assert "由环境保护部会同有关部门组织实施" in window.doc_view.toPlainText()
    start, end = window.doc_view.highlight_range(renamed[0].id)
    assert selected_text(window.doc_view, start, end) == "环境保护部"
    assert str(draft) == window.settings["recent_files"][0]
    assert "通知.txt" in window.windowTitle()


def test_text_follows_the_findings_and_a_file_closed_in_between_stays_closed(make_window, qtbot, tmp_path,
                                                                             monkeypatch):
    from reviewer.app import window as window_module
    monkeypatch.setattr(window_module, "TEXT_AFTER_MS", 300)    # room to act between the two steps
    draft = tmp_path / "通知.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    window = make_window(session=False)
    emitted = []
    window.checked.connect(emitted.append)
    window.open_file(draft)
    qtbot.waitUntil(lambda: bool(window.findings.model.rows), timeout=30000)
    assert window.doc_view.toPlainText() == "" and emitted == []     # findings first, text later
    window.close_file()
    qtbot.wait(500)
    assert window.doc_view.toPlainText() == "" and emitted == [] and window.path is None
    assert window.pages.currentWidget() is window.start_page
    with qtbot.waitSignal(window.checked, timeout=30000):           # a new open shows its text
        window.open_file(draft)
    assert "由环境保护部会同有关部门组织实施" in window.doc_view.toPlainText()


def test_highlights_do_not_drift_after_a_character_outside_the_bmp(make_window, qtbot, tmp_path):
    draft = tmp_path / "扩展字.txt"
    draft.write_text("𠀀𠀁由环境保护部会同有关部门组织实施。\n", encoding="utf-8")
    window = open_and_wait(qtbot, make_window(session=False), draft)
    row = next(r for r in window.findings.model.rows if r.rule == "policy.renamed")
    assert row.location["start"] == 3                 # Python offset: two astral characters + 由
    start, end = window.doc_view.highlight_range(row.id)
    assert selected_text(window.doc_view, start, end) == "环境保护部"
    # and the extra selection painted on screen is the same range
    qtbot.waitUntil(lambda: any(s.cursor.selectedText() == "环境保护部" for s in window.doc_view.extraSelections()))


def test_clicking_a_finding_scrolls_the_text_and_back(make_window, qtbot, tmp_path):
    draft = tmp_path / "长稿.txt"
    filler = "".join(f"第{n}段正文内容，用于把问题推到视图之外。\n" for n in range(200))
    draft.write_text(filler + "由环境保护部会同有关部门组织实施。\n", encoding="utf-8")
    window = open_and_wait(qtbot, make_window(session=False), draft)
    view = window.doc_view
    assert view.verticalScrollBar().value() == 0
    row = next(r for r in window.findings.model.rows if r.rule == "policy.renamed")
    window.findings.select_finding(row.id)
    assert view.verticalScrollBar().value() > 0
    assert view.textCursor().position() == view.highlight_range(row.id)[0]
    # clicking the highlight in the text selects the row in the table
    window.findings.table.clearSelection()
    start, _ = view.highlight_range(row.id)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.findings.current_row().id == row.id
    assert "环境保护部" in window.findings.detail.toPlainText()


def legacy_doc(tmp_path: Path) -> Path:
    path = tmp_path / "旧文档.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
                     + b"\x00" * 2048)
    return path


def test_a_bad_file_shows_a_chinese_error_dialog(make_window, qtbot, tmp_path):
    from reviewer.core.documents import DocumentError, sniff
    from reviewer.app.dialogs import OPEN_MESSAGES
    bad = legacy_doc(tmp_path)
    with pytest.raises(DocumentError) as expected:
        sniff(bad)
    window = open_and_wait(qtbot, make_window(session=False), bad, ok=False)
    box = OPEN_MESSAGES[-1]
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == expected.value.message
    assert re.search(r"[\u4e00-\u9fff]", box.text()) and "Traceback" not in box.text()
    assert "legacy_doc" in box.detailedText()
    assert window.pages.currentWidget() is window.start_page   # nothing half-opened
    box.done(0)


def test_check_runs_off_the_gui_thread_and_can_be_cancelled(make_window, qtbot, tmp_path):
    import threading
    from reviewer.core.documents.model import Cancelled
    window = make_window(session=False)
    seen = {}

    def slow(progress, cancel):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        while not cancel():
            progress(1, 2, "等待")
            threading.Event().wait(0.01)
        raise Cancelled()

    failures = []
    task = window.runner.run(slow, label="测试", on_failure=failures.append)
    qtbot.waitUntil(lambda: window.progress.isVisible())
    qtbot.mouseClick(window.progress.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert seen["thread"] is False and isinstance(failures[0], Cancelled)
    qtbot.waitUntil(lambda: not window.progress.isVisible())


def test_drag_and_drop_opens_the_file(make_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl, QPointF
    from PySide6.QtGui import QDropEvent
    draft = tmp_path / "拖入.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    window = make_window(session=False)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(draft))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.checked, timeout=30000):
        window.dropEvent(event)
    assert window.path == draft


def test_batch_checks_a_folder(make_window, qtbot, tmp_path):
    folder = tmp_path / "一批"
    folder.mkdir()
    (folder / "甲.txt").write_text(DRAFT, encoding="utf-8")
    (folder / "乙.txt").write_text("各地要抓好落实。\n", encoding="utf-8")
    legacy_doc(folder)
    (folder / "说明.md").write_text("不检查", encoding="utf-8")
    window = make_window(session=False)
    batch = window.open_batch()
    task = batch.start(folder)
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    rows = {r.path.name: r for r in batch.model.rows}
    assert set(rows) == {"甲.txt", "乙.txt", "旧文档.doc"}
    assert rows["甲.txt"].by_gate.get("policy") == 1 and rows["甲.txt"].blocks >= 1
    assert not rows["乙.txt"].blocks and "旧版" in rows["旧文档.doc"].error
    assert "3 个文件" in batch.summary.text()
    # open one of them from the table
    index = batch.proxy.mapFromSource(batch.model.index(batch.model.rows.index(rows["甲.txt"]), 0))
    with qtbot.waitSignal(window.checked, timeout=30000):
        batch.table.activated.emit(index)
    assert window.path == folder / "甲.txt"


def test_lexicon_window_keeps_department_terms_and_allow_list_in_the_user_folder(make_window, qtbot,
                                                                                  tmp_path, monkeypatch):
    from reviewer.core import paths, userlex
    monkeypatch.setenv("REVIEWER_HOME", str(tmp_path / "home"))
    window = make_window(session=False)
    lexicons = window.open_lexicons()
    qtbot.waitUntil(lambda: lexicons.lex_model.rowCount() > 0, timeout=10000)
    shipped = lexicons.lex_table.currentIndex().data(lexicons.lex_model.RowRole)
    assert shipped.origin == "shipped"
    assert lexicons.entry_model.rowCount() == shipped.size
    assert shipped.source in lexicons.source.text()
    lexicons.dept_term.setText("某某工程")
    lexicons.dept_suggestion.setText("有关工程")
    lexicons.add_department_term()
    assert [e.term for e in lexicons.dept_model.rows] == ["某某工程"]
    assert (paths.data_dir() / "lexicons").is_dir()
    lexicons.allow_term.setText("环境保护部门")
    lexicons.add_allow()
    assert userlex.allow_terms(paths.data_dir()) == ["环境保护部门"]
    assert lexicons.allow_list.count() == 1
    assert not window.checker.ready            # the next check builds a checker with them
    window.checker.get()


@pytest.mark.parametrize("theme_name", ["standard", "high_contrast"])
def test_200_percent_font_fits_in_both_themes(make_window, qtbot, tmp_path, settings, theme_name):
    from reviewer.app import theme
    from reviewer.app.dialogs import OPEN_MESSAGES
    draft = tmp_path / "通知.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    settings["theme"], settings["font_scale"] = theme_name, 200
    try:
        theme.apply(app, theme_name, 200)
        window = make_window(session=False)
        qtbot.wait(20)   # the status bar lays out its new text on the next turn of the event loop
        assert window.font().pointSizeF() >= 1.9 * normal
        assert not text_problems(window), text_problems(window)
        open_and_wait(qtbot, window, draft)
        qtbot.wait(50)
        assert not text_problems(window), text_problems(window)
        if theme_name == "high_contrast":
            palette = window.palette()
            assert palette.color(palette.ColorRole.Window).name() == "#000000"
            assert palette.color(palette.ColorRole.WindowText).name() == "#ffffff"
        window.grab().save(str(tmp_path / f"{theme_name}.png"))
        for ask in (window.ask_settings, window.ask_verify, window.show_shortcuts):
            ask()
            dialog = OPEN_MESSAGES[-1] if ask == window.show_shortcuts else window.active_dialog
            qtbot.waitExposed(dialog)
            assert not text_problems(dialog), text_problems(dialog)
            dialog.done(0)
    finally:
        theme.apply(app, "standard", 100)


def test_every_control_has_an_accessible_name_or_text(make_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit
    draft = tmp_path / "通知.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    window = open_and_wait(qtbot, make_window(session=False), draft)
    unnamed = []
    for cls in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit):
        for w in window.findChildren(cls):
            if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            text = w.text() if isinstance(w, QAbstractButton) else ""
            if not (w.accessibleName() or text):
                unnamed.append(f"{type(w).__name__} {w.objectName()}")
    assert not unnamed, unnamed
    # every menu action is reachable by keyboard: a mnemonic on each menu, shortcuts on the main acts
    menus = [a.text() for a in window.menuBar().actions()]
    assert all("&" in m for m in menus), menus
    shortcuts = {a.shortcut().toString() for m in window.menuBar().actions() for a in m.menu().actions()}
    assert {"Ctrl+O", "Ctrl+E", "F5", "F6", "Ctrl+F"} <= shortcuts


def test_english_can_be_chosen(make_window, qtbot, settings):
    from reviewer.app import i18n
    app = QApplication.instance()
    try:
        assert "reviewer_en" in i18n.install(app, "en")
        window = make_window(session=False)
        texts = [a.text() for a in window.menuBar().actions()]
        texts += [w.text() for w in window.findChildren(QAbstractButton) if w.text()]
        cjk = [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
        assert not cjk, cjk
        assert "&File" in texts[0]
    finally:
        assert "qtbase_zh_CN" in i18n.install(app, "zh_CN")


def test_settings_dialog_changes_font_and_theme_of_an_open_window(make_window, qtbot, settings):
    from reviewer.app import theme
    app = QApplication.instance()
    window = make_window(session=False)
    before = window.findings.table.font().pointSizeF()
    try:
        window.ask_settings()
        dialog = window.active_dialog
        dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(200))
        dialog.theme.setCurrentIndex(dialog.theme.findData("high_contrast"))
        dialog.accept()
        assert settings["font_scale"] == 200 and settings["theme"] == "high_contrast"
        assert Path(settings.path).is_file()
        for widget in (window.findings.table, window.menuBar(), window.gates.signoff_button, window.doc_view):
            assert widget.font().pointSizeF() >= 1.9 * before, widget
        table = window.findings.table
        qtbot.waitUntil(lambda: table.columnWidth(1) > table.fontMetrics().horizontalAdvance("需人工判断"))
        assert window.palette().color(window.palette().ColorRole.Window).name() == "#000000"
    finally:
        theme.apply(app, "standard", 100)


def test_automatic_numbers_are_shown_and_highlights_stay_on_their_characters(make_window, qtbot, tmp_path):
    from docx_fixtures import GOV_LIST, NUM, NUMDEF, P, R, build
    body = (P(R("一、总体要求")) + P(R("二、工作任务"))
            + P(R("保障措施"), ppr=NUM(1, 0))                        # Word shows 一、: out of sequence
            + P(R("𠀀由环境保护部会同有关部门组织实施。"), ppr=NUM(1, 1)))  # Word shows （一）
    draft = build(tmp_path / "自动编号.docx", body=body, numbering=GOV_LIST + NUMDEF(1, 1))
    window = open_and_wait(qtbot, make_window(session=False), draft)
    view = window.doc_view
    lines = view.toPlainText().split("\n")
    assert "一、 保障措施" in lines and "（一） 𠀀由环境保护部会同有关部门组织实施。" in lines
    rows = window.findings.model.rows
    renamed = next(r for r in rows if r.rule == "policy.renamed")
    assert renamed.location["start"] == 2             # Python offset in the text, the label not counted
    start, end = view.highlight_range(renamed.id)
    assert selected_text(view, start, end) == "环境保护部"
    heading = next(r for r in rows if r.rule == "text.heading")
    assert heading.text == "一、" and heading.suggestion == "三、"
    start, end = view.highlight_range(heading.id)
    assert selected_text(view, start, end) == "一、"
    assert lines[view.document().findBlock(start).blockNumber()] == "一、 保障措施"
    # the labels are painted muted; the text after them is not
    muted = view.label_colour()
    assert muted != view.palette().color(view.palette().ColorRole.Text)
    qtbot.waitUntil(lambda: any(s.cursor.selectedText() == "（一）" and s.format.foreground().color() == muted
                                for s in view.extraSelections()))


def test_warming_the_document_view_leaves_it_empty_and_never_replaces_an_opened_draft(qtbot):
    from reviewer.app.docview import DocText, DocumentView, Span
    idle = DocumentView()
    qtbot.addWidget(idle)
    idle.warm_up()
    busy = DocumentView()
    qtbot.addWidget(busy)
    busy.warm_up()
    busy.set_content(DocText("由环境保护部组织实施。", spans=[Span(1, 6, "f1", "policy")]), "standard")
    qtbot.waitUntil(lambda: idle.warmed and busy.warmed)     # every warm-up step has run
    assert idle.toPlainText() == "" and idle.content.spans == []
    assert busy.toPlainText() == "由环境保护部组织实施。"
    assert [s.finding_id for s in busy.content.spans] == ["f1"]
    assert len(busy.extraSelections()) == 1
