"""The window's text boxes for what an inspector records: text pasted in passes the text gate
(inspector/text.py) on the way in. What the gate refuses is removed as it is pasted, and the status bar
says so, so the store never refuses a save the inspector cannot see the reason for (a vertical tab
pasted from Word looks like nothing at all).

A TextBox is spell-checked in en-GB (gui/spelling.py): misspelt words are underlined and its context menu
offers suggestions, "Add to dictionary" and "Ignore". Every TextBox of the pages holds text that goes to
publication (evidence text, rationales, the panel's reasons, recommendations, the diversity note, the
inspection's notes); the new inspection wizard's list of the team's names is made with `spelling=False`.
The one-line boxes (LineBox: references, titles, names, page numbers, prompt ids, a panel comment) are not
checked: what they hold is mostly names and references, which a dictionary would underline."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QValidator
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from inspector.gui.spelling import SpellingHighlighter, installed
from inspector.text import cleaned, paste_notice

NOTICE_MS = 8000


def _notify(box: QWidget, removed: int) -> None:
    window = box.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(paste_notice(removed), NOTICE_MS)
    else:  # the new inspection wizard has no status bar: the notice shows under the box
        QToolTip.showText(box.mapToGlobal(QPoint(0, box.height())), paste_notice(removed), box)


class TextBox(QPlainTextEdit):
    """A multi-line box: pasting and dropping both come through insertFromMimeData; spell-checked when the
    app's spelling is installed (and `spelling` is left True)."""

    def __init__(self, parent: QWidget | None = None, *, spelling: bool = True) -> None:
        super().__init__(parent)
        shared = installed() if spelling else None
        self.spelling = SpellingHighlighter(self, shared) if shared is not None else None

    def context_menu(self, position: QPoint, *, at_cursor: bool = False) -> QMenu:
        """The context menu for `position` (in the viewport): Qt's, with the spelling of the word there (or at
        the text cursor, for a menu opened from the keyboard) first."""
        menu = self.createStandardContextMenu(position)
        if self.spelling is not None:
            cursor = self.textCursor() if at_cursor else self.cursorForPosition(position)
            self.spelling.add_actions(menu, cursor)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos(), at_cursor=event.reason() == QContextMenuEvent.Reason.Keyboard)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.spelling is not None:
            self.spelling.release()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text, removed = cleaned(source.text())
        self.insertPlainText(text)  # plain text only, as QPlainTextEdit would insert it; one undo step
        if removed:
            _notify(self, removed)


class _Gate(QValidator):
    """QLineEdit has no hook for a paste, but every edit the user makes passes its validator (setText from
    the file does not)."""

    def __init__(self, box: QLineEdit) -> None:
        super().__init__(box)
        self._box = box

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        kept, removed = cleaned(text)
        if removed:
            # Characters removed before the cursor move it back by as many.
            position -= cleaned(text[:position])[1]
            _notify(self._box, removed)
        return QValidator.State.Acceptable, kept, position


class LineBox(QLineEdit):
    """A one-line box."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setValidator(_Gate(self))
        # Qt clears the modified flag when a validator changes the text, and the pages save a line only
        # when it is modified; an edit by the user (textEdited) is one, cleaned or not.
        self.textEdited.connect(lambda _text: self.setModified(True))


class LineBoxDelegate(QStyledItemDelegate):
    """A table's cells edited in a LineBox (the domain two and three counts' key question names)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = LineBox(parent=parent)
        box.setFrame(False)  # as the default editor, inside the cell
        return box
