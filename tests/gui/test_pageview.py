"""The page view of a PDF draft: tabs for PDFs only, a finding selected in the table shows its
page with a box over its characters (where PDFium boxes them), keyboard page navigation, zoom,
and labels that fit at 200 % in high contrast."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.conftest import open_and_wait, text_problems
from pdfgen import PdfBuilder

pytestmark = pytest.mark.gui

LINES = ["关于做好春季农业生产工作的通知", "各地要按照要求认真做好工作，确保落到实处。"]


def make_pdf(tmp_path, pages=3):
    """Page 3 (0-based 2) says 环境保护部 (a renamed ministry: a policy finding)."""
    b = PdfBuilder()
    for n in range(pages):
        page = b.page()
        page.text(72, 760, LINES[0], 16)
        page.text(100, 700, LINES[1], 12)
        if n == 2:
            page.text(100, 400, "此项工作由环境保护部会同有关部门组织实施。", 12)
    path = tmp_path / "通知.pdf"
    path.write_bytes(b.build())
    return path


def open_page_view(qtbot, window, path):
    open_and_wait(qtbot, window, path)
    assert window.view_tabs.isVisible() and window.page_view_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.view_stack.currentWidget() is window.page_view and window.view_tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: window.page_view.canvas.image is not None, timeout=10000)
    return window.page_view


def test_selecting_a_finding_shows_its_page_and_box(make_window, qtbot, tmp_path):
    path = make_pdf(tmp_path)
    window = make_window(session=False)
    view = open_page_view(qtbot, window, path)
    assert view.page == 0 and view.count_label.text() == "/ 3 页"
    row = next(r for r in window.findings.model.rows if r.text == "环境保护部")
    window.findings.select_finding(row.id)
    qtbot.waitUntil(lambda: view.page == 2 and view.box_of(row.id) is not None, timeout=10000)
    assert view.spin.value() == 3
    box = view.box_of(row.id)
    # the box is where PDFium puts the characters: compare with the text page's char boxes
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[2]
        tp = page.get_textpage()
        text = tp.get_text_range()
        first = text.index("环境保护部")
        left, bottom, _, top = tp.get_charbox(first, loose=True)
        _, _, right, _ = tp.get_charbox(first + 4, loose=True)
        width, height = page.get_size()
        tp.close()
    finally:
        pdf.close()
    sx, sy = view.canvas.width() / width, view.canvas.height() / height
    assert abs(box.left() - left * sx) < 2 and abs(box.right() - right * sx) < 2
    assert abs(box.top() - (height - top) * sy) < 2 and abs(box.bottom() - (height - bottom) * sy) < 2
    # and it is on screen
    visible = view.area.viewport().rect().translated(view.area.horizontalScrollBar().value(),
                                                    view.area.verticalScrollBar().value())
    assert visible.contains(box.center().toPoint())
    # clicking the box selects the finding in the table
    window.findings.select_finding(window.findings.model.rows[0].id)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert window.findings.current_row().id == row.id


def test_keyboard_page_navigation_and_zoom(make_window, qtbot, tmp_path):
    window = make_window(session=False)
    view = open_page_view(qtbot, window, make_pdf(tmp_path))
    width = view.canvas.width()
    assert width <= view.area.viewport().width()          # fit to width: no horizontal scrolling
    assert view.area.horizontalScrollBar().maximum() == 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.page == 1 and view.spin.value() == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.page == 0
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.spin.hasFocus()
    view.spin.lineEdit().selectAll()
    qtbot.keyClicks(view.spin, "3")
    qtbot.keyClick(view.spin, Qt.Key.Key_Return)
    assert view.page == 2 and not view.next_action.isEnabled()
    qtbot.waitUntil(lambda: view.canvas.image is not None, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.width() > width * 1.2
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.width() == width
    # back to the text: Ctrl+T again
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.view_stack.currentWidget() is window.doc_view


def test_only_shown_pages_are_rendered(make_window, qtbot, tmp_path):
    window = make_window(session=False)
    path = make_pdf(tmp_path, pages=30)
    open_and_wait(qtbot, window, path)
    assert window.page_view.renders == 0              # the text view is shown: nothing rendered
    view = open_page_view(qtbot, window, path)
    qtbot.wait(200)
    assert view.renders == 1
    for _ in range(10):
        view.show_page(view.page + 1)
        qtbot.waitUntil(lambda: view.canvas.image is not None, timeout=10000)
    assert len(view.cache) <= 6


def test_text_drafts_have_no_page_view(make_window, qtbot, tmp_path):
    window = make_window(session=False)
    view = open_page_view(qtbot, window, make_pdf(tmp_path))
    draft = tmp_path / "通知.txt"
    draft.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    open_and_wait(qtbot, window, draft)
    assert not window.view_tabs.isVisible() and not window.page_view_action.isEnabled()
    assert window.view_stack.currentWidget() is window.doc_view and not view.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.view_stack.currentWidget() is window.doc_view


def test_page_view_fits_at_200_percent_in_high_contrast(make_window, qtbot, tmp_path, settings):
    from reviewer.app import theme
    app = QApplication.instance()
    settings["theme"], settings["font_scale"] = "high_contrast", 200
    try:
        theme.apply(app, "high_contrast", 200)
        window = make_window(session=False)
        open_page_view(qtbot, window, make_pdf(tmp_path))
        qtbot.wait(50)
        assert not text_problems(window), text_problems(window)
        assert window.page_view.toolbar.isVisible()
        window.grab().save(str(tmp_path / "page_view_hc200.png"))
    finally:
        theme.apply(app, "standard", 100)
