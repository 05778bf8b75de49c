"""The offer for a damaged inspection file: its backups in a list, newest first (taken, how long ago, what
each holds), what the damaged file last held above them, the newest good backup chosen. Up and Down move
between backups (a damaged backup is greyed and passed over), Enter restores the one chosen, Escape
cancels. Shows `app.restore.RestoreOffer` only: what each row says is worked out there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.app.restore import RestoreOffer

COLUMNS = ("Taken", "Age", "Prompts judged", "Evidence items", "Interviews")
_PATH = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, offer: RestoreOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        self.offer = offer
        layout = QVBoxLayout(self)
        self.headline = QLabel(offer.headline)
        self.last_held = QLabel(offer.last_held)
        for label in (self.headline, self.last_held):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

        caption = QLabel("&Backups of this file, newest first:")
        self.backups = QTreeWidget()
        caption.setBuddy(self.backups)
        self.backups.setColumnCount(len(COLUMNS))
        self.backups.setHeaderLabels(list(COLUMNS))
        self.backups.setRootIsDecorated(False)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row in offer.rows:
            cells = [row.taken, row.age, row.judged, row.evidence, row.interviews]
            if not row.restorable:
                cells[2:] = [f"damaged: {row.problem}", "", ""]
            item = QTreeWidgetItem(cells)
            item.setData(0, _PATH, str(row.path))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, row.described)
            item.setToolTip(0, str(row.path))
            if not row.restorable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.backups.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.backups.resizeColumnToContents(column)
        layout.addWidget(caption)
        layout.addWidget(self.backups)
        note = QLabel("Restoring writes a new file beside the damaged one; neither the damaged file nor the "
                      "backup is changed. Edits made after the backup are only in the damaged file.")
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("&Restore to a new file")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button.setDefault(True)
        layout.addWidget(buttons)

        self.backups.currentItemChanged.connect(self._follow)
        self.backups.itemDoubleClicked.connect(lambda item, column: self.accept())
        default = self.backups.topLevelItem(offer.default) if offer.default is not None else None
        if default is not None:
            self.backups.setCurrentItem(default)
        self._follow()
        self.backups.setFocus()
        self.resize(720, 380)

    def _follow(self) -> None:
        self.restore_button.setEnabled(self.current() is not None)

    def current(self) -> Path | None:
        """The backup chosen in the list, if it is one that can be restored."""
        item = self.backups.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(item.data(0, _PATH))

    def accept(self) -> None:
        if self.current() is not None:
            super().accept()

    def chosen(self) -> Path | None:
        """The backup to restore: the one chosen, once the dialog was accepted; None if cancelled."""
        return self.current() if self.result() == QDialog.DialogCode.Accepted else None


def choose_backup(parent: QWidget | None, offer: RestoreOffer) -> Path | None:
    dialog = RestoreDialog(offer, parent)
    dialog.exec()
    return dialog.chosen()
