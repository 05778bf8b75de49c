"""Long work (opening a large inspection, making the demo, restoring a backup) on a worker thread, so
the window keeps painting; a busy indicator appears if it takes more than a moment.

`run_in_background` reads like a plain call: it returns the job's result or raises its error. While
the job runs, a local event loop paints the windows and the progress dialog but holds back mouse and
key presses, so nothing can be edited half-way through an open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from inspector.collector import collector_held

T = TypeVar("T")

SHOW_AFTER_MS = 300  # quicker jobs finish before any indicator could be read


class _Finished(QObject):
    done = Signal()


def run_in_background(parent: QWidget | None, label: str, job: Callable[[], T]) -> T:
    outcome: dict[str, object] = {}
    finished = _Finished()
    loop = QEventLoop()
    # Queued: emitted on the worker thread, received on this one.
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            with collector_held():  # no collection on this thread: it could destroy a Qt object here
                outcome["result"] = job()
        except BaseException as exc:  # handed to the caller's thread and raised there
            outcome["error"] = exc
        finished.done.emit()

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # the store's work cannot be stopped half-way
    progress.setWindowTitle("Please wait")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAccessibleName(label)
    worker = threading.Thread(target=work, name="inspector-background", daemon=True)
    worker.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    worker.join()
    progress.reset()
    progress.deleteLater()
    error = outcome.pop("error", None)
    if isinstance(error, BaseException):
        try:
            raise error
        finally:
            # The error's traceback holds this frame: were it to hold the error too, the cycle would keep
            # the event loop and its signal object alive until Python's collector ran, perhaps on a worker
            # thread, and Qt crashes when an object is destroyed on a thread that is not its own.
            del error
    return outcome["result"]  # type: ignore[return-value]  # what job() returned, held as an object
