"""Long work off the GUI thread (Anki's taskman / Picard's thread helper, our own code).

`TaskRunner.run(fn, on_success=..., on_failure=...)` calls `fn(progress, cancel)` on a pool
thread; `progress(done, total, message)` and the callbacks arrive on the GUI thread through
queued signals, so a callback may touch widgets. `Task.cancel()` makes `cancel()` return True,
which the core's loaders and checks poll and answer with `Cancelled`.
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

# a check reports progress per paragraph; each report queued to the GUI thread repaints the
# progress bar there (QProgressBar.setValue repaints at once): pass on a few a second
PROGRESS_INTERVAL = 0.05   # seconds


class Task(QObject):
    progressed = Signal(int, int, str)    # GUI thread
    done = Signal()                       # GUI thread, after the success/failure callback
    _report = Signal(int, int, str)       # worker thread -> GUI thread
    _finish = Signal(bool, object)

    def __init__(self, label: str, on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self._on_success = on_success
        self._on_failure = on_failure
        self._cancel = threading.Event()
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._report.connect(self._deliver_progress)
        self._finish.connect(self._deliver_result)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self, fn: Work) -> None:
        last = [0.0]

        def report(done: int, total: int, message: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or (total > 0 and done >= total):
                last[0] = now
                self._report.emit(done, total, message)

        try:
            result = fn(report, self._cancel.is_set)
        except BaseException as exc:  # every failure goes to the GUI thread as a dialog, never a traceback
            self._finish.emit(False, exc)
        else:
            self._finish.emit(True, result)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    @Slot(bool, object)
    def _deliver_result(self, ok: bool, value: Any) -> None:
        self.finished = True
        try:
            if ok:
                self.result = value
                if self._on_success:
                    self._on_success(value)
            else:
                self.error = value
                if self._on_failure:
                    self._on_failure(value)
        finally:
            self.done.emit()


class TaskRunner(QObject):
    started = Signal(object)     # a Task, for the progress strip

    def __init__(self, parent: QObject | None = None, workers: int = 2):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="reviewer-task")
        self.running: list[Task] = []
        self.closed = False      # shut down: the window is closing, nothing new is started

    def run(self, fn: Work, *, label: str = "", on_success=None, on_failure=None, visible: bool = True) -> Task:
        task = Task(label, on_success, on_failure, self)
        self.running.append(task)
        task.done.connect(lambda: self._forget(task))
        if visible:
            self.started.emit(task)
        self._pool.submit(task._run, fn)
        return task

    def _forget(self, task: Task) -> None:
        if task in self.running:
            self.running.remove(task)
        task.deleteLater()

    def shutdown(self) -> None:
        self.closed = True
        for task in self.running:
            task.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
