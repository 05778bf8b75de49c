"""Saving typed text as it goes: after a short pause in typing, and when the field is left. Nothing
asks to be saved; the pages call `typed` on each change and are called back to save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SAVE_AFTER_MS = 1200  # a pause in typing long enough to save what is there


class SaveAsTyped(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._save = save
        self.dirty = False  # typed and not yet saved
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(save)

    def watch(self, field: QWidget) -> None:
        """Save when `field` loses focus (QPlainTextEdit has no editingFinished of its own)."""
        field.installEventFilter(self)

    def typed(self, *, save_on_pause: bool = True) -> None:
        self.dirty = True
        if save_on_pause:
            self._timer.start()

    def done(self) -> None:
        """What was typed is saved (or given up): nothing is pending."""
        self.dirty = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.dirty:
            self._save()
        return False
