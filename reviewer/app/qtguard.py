"""A guard against a Qt binding that drops references to True on every Signal.emit().

PySide6 6.12.0 does (see tests/gui/test_qt_binding.py): after enough emits from Python the
interpreter aborts. pyproject.toml keeps that release out, but an offline PC may still have
it; then the app tops the references up on a timer, so it keeps running, and logs why."""
from __future__ import annotations

import logging
import sys

CHECK_EMITS = 20
TOP_UP_INTERVAL_MS = 1000
HEADROOM = 200_000       # references held at once: far more than a second of emits (1.6 MB)

_held: list[bool] = []      # references to True held for the ones the binding dropped


def emit_drops_true(tries: int = 3) -> bool:
    """A faulty binding drops the references every time; a worker thread that happens to let go
    of some Trues during one probe must not look like one."""
    return all(_probe_drops_true() for _ in range(tries))


def _probe_drops_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(CHECK_EMITS):
        probe.fired.emit()
    return sys.getrefcount(True) - before <= -CHECK_EMITS // 2


def install(app) -> bool:
    """On a faulty binding, keep True's reference count from falling below where it is now."""
    if not emit_drops_true():
        return False
    from PySide6.QtCore import QTimer
    import PySide6
    logging.getLogger("reviewer.app").warning(
        "PySide6 %s drops a reference to True on every Signal.emit(); compensating", PySide6.__version__)
    # the list must outlive the interpreter: freeing it at exit would give back references
    # the binding already took, and abort there instead
    import ctypes
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_held))
    _held.extend([True] * HEADROOM)
    floor = sys.getrefcount(True)

    def top_up() -> None:
        missing = floor - sys.getrefcount(True)
        if missing > 0:
            _held.extend([True] * missing)

    timer = QTimer(app)
    timer.setInterval(TOP_UP_INTERVAL_MS)
    timer.timeout.connect(top_up)
    timer.start()
    app._reviewer_true_guard = timer
    return True
