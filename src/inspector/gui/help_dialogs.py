"""Help > Keyboard shortcuts and Help > About, for the inspection window and the framework browser alike.

The shortcuts are read from the window as it is when the dialog opens (`gui/shortcuts.py`), grouped by menu
and by page, and can be searched: every word typed must appear in what a key does, its keys or its group.
`document()` is the list shown, laid out for printing. About says what the tool is, its version, the
framework and the content folder in use, and the Qt it runs on, with Copy for a message to support. What
either says is `app.shortcuts_view`'s and `app.about`'s; both dialogs are windows beside the one they
belong to, not blocking it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.app.about import About, about
from inspector.app.shortcuts_view import (
    TITLE,
    ShortcutGroup,
    ShortcutRow,
    as_html,
    as_text,
    count_line,
    grouped,
    matching,
)
from inspector.framework.model import Framework
from inspector.gui.colours import Ink, set_ink
from inspector.gui.dialogs import APP_TITLE

SHORTCUTS_SIZE = (620, 560)
KEYS, WHAT = range(2)


def _close_button(buttons: QDialogButtonBox) -> QPushButton:
    """Close, with no letter of its own (Escape closes; a dialog's own buttons keep theirs)."""
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    assert close is not None
    close.setText("Close")
    close.setToolTip("Escape")
    close.setAutoDefault(False)
    return close


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Iterable[ShortcutRow], title: str = TITLE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(f"{title} \u2014 {APP_TITLE}")
        self.title = title
        self.groups: tuple[ShortcutGroup, ...] = grouped(rows)
        self.shown: tuple[ShortcutGroup, ...] = self.groups

        self.search = QLineEdit()
        self.search.setPlaceholderText("What a key does, or the key: \u201cprompt\u201d, \u201cCtrl+U\u201d")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the shortcuts")
        self.search.textChanged.connect(self.set_query)
        search_label = QLabel("&Search")
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.count.setAccessibleName("Number of shortcuts shown")
        set_ink(self.count, Ink.MUTED)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Keyboard shortcuts, by menu and page")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Keys", "What it does"])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)

        buttons = QDialogButtonBox()
        self.close_button = _close_button(buttons)
        buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        row = QFormLayout()
        row.addRow(search_label, self.search)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill()
        self.resize(*SHORTCUTS_SIZE)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_query(self, query: str) -> None:
        self.shown = matching(self.groups, query)
        self._fill(query)

    def _fill(self, query: str = "") -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in self.shown:
            top = QTreeWidgetItem([group.name, ""])
            top.setFont(KEYS, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for row in group.rows:
                item = QTreeWidgetItem([row.keys_line, row.what])
                item.setData(KEYS, Qt.ItemDataRole.AccessibleTextRole, f"{row.keys_line}: {row.what}")
                top.addChild(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(KEYS)
        self.count.setText(count_line(self.shown, self.groups, query))

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows: (group, keys, what it does) a row (tests read it)."""
        return [(g.name, r.keys_line, r.what) for g in self.shown for r in g.rows]

    def text(self) -> str:
        return as_text(self.shown, self.title)

    def document(self) -> QTextDocument:
        """The shortcuts shown (all of them, or what the search found) as a document to print."""
        document = QTextDocument(self)
        document.setHtml(as_html(self.shown, self.title))
        return document


class AboutDialog(QDialog):
    def __init__(self, shown: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"About {APP_TITLE}")
        self.about = shown

        heading = QLabel(shown.title)
        heading.setAccessibleName("Name and version")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        what = QLabel(shown.what)
        what.setWordWrap(True)
        what.setAccessibleName("What the tool is")
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for name, value in shown.lines:
            label = QLabel(value)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name with "<" or "&" reads as it is
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(name)
            self.values[name] = label
            form.addRow(f"{name}:", label)
        self.copied = QLabel()
        self.copied.setAccessibleName("Copied")
        set_ink(self.copied, Ink.MUTED)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton("&Copy")
        self.copy_button.setAccessibleDescription("Copy all of this, to paste into a message to support")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = _close_button(buttons)
        self.close_button.clicked.connect(self.close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.about.text)
        self.copied.setText("Copied: paste it into a message")


def about_app(framework: Framework, content_root: Path) -> About:
    return about(framework, content_root, qVersion(), PySide6.__version__)


def show_shortcuts(parent: QWidget, rows: Iterable[ShortcutRow], title: str = TITLE) -> ShortcutsDialog:
    """The dialog for `parent`'s keys as they are now; one at a time, an earlier one replaced."""
    for earlier in parent.findChildren(ShortcutsDialog):
        earlier.close()
    dialog = ShortcutsDialog(rows, title, parent)
    _bring_up(dialog)
    return dialog


def show_about(parent: QWidget, framework: Framework, content_root: Path) -> AboutDialog:
    for earlier in parent.findChildren(AboutDialog):
        earlier.close()
    dialog = AboutDialog(about_app(framework, content_root), parent)
    _bring_up(dialog)
    return dialog


def _bring_up(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()  # typing goes to it at once
