"""Long work on a worker thread: its error reaches the caller, and nothing of Qt outlives the call."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector.errors import UserError
from inspector.gui.background import run_in_background


def _refuse() -> int:
    raise UserError("refused")


def test_a_failed_job_leaves_no_event_loop_for_the_collector(qtbot: QtBot) -> None:
    # A reference cycle through the error's traceback once kept the event loop alive until Python's
    # collector freed it on whichever thread it ran: on a worker thread Qt crashed (the next test's open).
    gc.collect()
    gc.disable()
    try:
        before = sum(isinstance(o, QEventLoop) for o in gc.get_objects())
        for _ in range(3):
            with pytest.raises(UserError, match="refused"):
                run_in_background(None, "Working", _refuse)
        assert sum(isinstance(o, QEventLoop) for o in gc.get_objects()) == before
    finally:
        gc.enable()


def test_a_job_returns_its_result(qtbot: QtBot) -> None:
    assert run_in_background(None, "Working", lambda: 42) == 42


def test_a_background_job_runs_with_the_collector_held(qapp: QApplication) -> None:
    """A collection on the worker thread could destroy a Qt object there (Qt crashes): none can start."""
    assert gc.isenabled()
    assert run_in_background(None, "Checking\u2026", gc.isenabled) is False
    assert gc.isenabled()
