"""Work off the GUI thread: results and failures arrive as callbacks, progress arrives thinned."""
from __future__ import annotations

import pytest

from reviewer.app.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot):
    """A runner parented to a widget, as the main window's is, torn down after its tasks."""
    from PySide6.QtWidgets import QWidget
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    yield runner

    qtbot.wait(20)      # the tasks' deleteLater and last queued signals are delivered


def test_a_flood_of_progress_reaches_the_gui_thread_thinned_with_its_last_step(qtbot, runner):
    seen: list[tuple[int, int]] = []
    results: list[str] = []

    def work(progress, cancel):
        for i in range(1, 20_001):   # a per-paragraph report of a long draft
            progress(i, 20_000, "")
        return "完成"

    task = runner.run(work, on_success=results.append)
    task.progressed.connect(lambda done, total, _message: seen.append((done, total)))
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert results == ["完成"]
    assert seen and seen[-1] == (20_000, 20_000)
    assert len(seen) < 200, f"{len(seen)} progress reports queued to the GUI thread"


def test_a_failure_arrives_as_the_exception(qtbot, runner):
    errors: list[BaseException] = []

    def work(progress, cancel):
        raise ValueError("文件已损坏")

    task = runner.run(work, on_failure=errors.append)
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert [str(e) for e in errors] == ["文件已损坏"]
