"""The Qt binding the app runs on must not corrupt the interpreter.

PySide6 6.12.0's Signal.emit() returns True without owning a reference: each emit from Python
drops one reference to True, and once those run out Python aborts ("bool_dealloc: deallocating
True or False") — in the app, after some thousands of progress reports. pyproject.toml keeps
that release out; this test fails on a binding with the fault."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from reviewer.app import qtguard

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    fired = Signal(int, int, str)


def test_emitting_a_signal_keeps_the_reference_count_of_true():
    emitter = _Emitter()
    emitter.fired.connect(lambda *_args: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.fired.emit(1, 2, "")
    assert sys.getrefcount(True) - before > -50


def test_the_guard_finds_no_fault_on_this_binding():
    assert qtguard.emit_drops_true() is False


def test_on_a_faulty_binding_the_guard_tops_true_back_up(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication
    monkeypatch.setattr(qtguard, "emit_drops_true", lambda: True)
    monkeypatch.setattr(qtguard, "_held", [])
    monkeypatch.setattr(qtguard, "TOP_UP_INTERVAL_MS", 10)
    borrowed = [True] * 5_000          # stands for references a faulty binding takes away
    app = QApplication.instance()
    assert qtguard.install(app) is True
    assert len(qtguard._held) == qtguard.HEADROOM
    del borrowed
    app._reviewer_true_guard.timeout.emit()     # one tick of the guard's timer
    assert len(qtguard._held) >= qtguard.HEADROOM + 5_000
    app._reviewer_true_guard.stop()
