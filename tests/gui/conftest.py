"""GUI test fixtures: offscreen Qt (tests/conftest.py sets QT_QPA_PLATFORM), one checker for
the whole session, a fresh settings file and database per test."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QLabel  # noqa: E402


@pytest.fixture(scope="session")
def checker_holder():
    from reviewer.app.window import CheckerHolder
    holder = CheckerHolder()
    holder.get()
    return holder


@pytest.fixture
def settings(tmp_path):
    from reviewer.app.settings import Settings
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def make_window(qtbot, settings, checker_holder, tmp_path):
    """make_window(session=True) -> MainWindow with its own database under tmp_path."""
    from reviewer.app import review
    from reviewer.app.window import MainWindow
    created = []

    def make(session: bool = True, screenshot_mode: bool = False, db: Path | None = None):
        if session:
            factory = lambda cf: review.Session.open(cf, db or tmp_path / "reviewer.db")  # noqa: E731
        else:
            def factory(cf):
                raise review.ReviewUnavailable("测试：不连接数据库")
        window = MainWindow(settings, session_factory=factory, screenshot_mode=screenshot_mode,
                            checker=checker_holder)
        qtbot.addWidget(window)
        window.show()
        window.open_session()
        qtbot.waitExposed(window)
        created.append(window)
        return window

    yield make
    for window in created:
        window.runner.shutdown()
        if window.session is not None:
            window.session.close()


def settle(qtbot, window):
    """Wait until the review's state, read in workers after each act, is shown."""
    qtbot.waitUntil(lambda: not window.review_tasks, timeout=15000)


def open_and_wait(qtbot, window, path, ok=True):
    with qtbot.waitSignal(window.checked, timeout=30000) as blocker:
        window.open_file(path)
    assert blocker.args == [ok]
    settle(qtbot, window)
    return window


@pytest.fixture
def sample(tmp_path) -> Path:
    """A small draft with findings in several gates (copied so tests may change it)."""
    from reviewer.core import paths
    src = sorted((paths.resources_dir() / "samples").glob("*.txt"))[0]
    dst = tmp_path / "草稿.txt"
    dst.write_bytes(src.read_bytes())
    return dst


def clipped(widget, root) -> bool:
    """Cut off left or right by a scroll area's viewport or by the window itself."""
    from PySide6.QtWidgets import QAbstractScrollArea
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not root:
        area = ancestor.parentWidget()
        if isinstance(area, QAbstractScrollArea) and ancestor is area.viewport():
            x = widget.mapTo(ancestor, QPoint(0, 0)).x()
            if x < 0 or x + widget.width() > ancestor.width():
                return True
        ancestor = ancestor.parentWidget()
    x = widget.mapTo(root, QPoint(0, 0)).x()
    return x < 0 or x + widget.width() > root.width()


def text_problems(root) -> list[str]:
    """Every visible button or single-line label whose text is wider than the widget, or that
    is cut off by the window or a scroll area."""
    problems = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or widget.width() <= 1:
            continue
        if clipped(widget, root):
            problems.append(f"{type(widget).__name__} {widget.text()[:20]!r} is cut off")
            continue
        fm = widget.fontMetrics()
        if isinstance(widget, QLabel):
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 2:
                    problems.append(f"label {widget.text()[:20]!r} needs {widget.heightForWidth(widget.width())} "
                                    f"px, has {widget.height()}")
                continue
            needed = max(fm.horizontalAdvance(line) for line in widget.text().split("\n"))
            if needed > widget.contentsRect().width():
                problems.append(f"label {widget.text()[:20]!r} {needed} > {widget.contentsRect().width()}")
        else:
            needed = fm.horizontalAdvance(widget.text().replace("&", "")) + 8
            if needed > widget.width():
                problems.append(f"button {widget.text()!r} {needed} > {widget.width()}")
    return problems


