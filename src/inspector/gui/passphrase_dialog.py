"""The question before the exchange file is exported: its passphrase, typed twice in fields that show
dots. Alt+P and Alt+A go to the fields, Enter in the first moves to the second and in the second exports
once both match, Escape cancels. What is said and allowed is `app.passphrase_entry`'s. And the question
when an encrypted file is read: its passphrase, typed once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.app.passphrase_entry import OPEN_TITLE, TITLE, PassphraseEntry, advice, asked


class NewPassphraseDialog(QDialog):
    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        layout = QVBoxLayout(self)
        intro = QLabel(advice(target.name))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a file name with "<" reads as it is
        layout.addWidget(intro)

        self.first = QLineEdit()
        self.again = QLineEdit()
        form = QFormLayout()
        for field, caption, name in ((self.first, "&Passphrase:", "Passphrase"),
                                     (self.again, "Type it &again:", "Passphrase again")):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setAccessibleName("Passphrase check")
        layout.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.export_button = QPushButton("&Encrypt and export")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.export_button.setDefault(True)
        layout.addWidget(buttons)

        self.first.textChanged.connect(self._follow)
        self.again.textChanged.connect(self._follow)
        self.first.returnPressed.connect(self.again.setFocus)
        self._follow()
        self.first.setFocus()
        self.resize(460, self.sizeHint().height())

    def entry(self) -> PassphraseEntry:
        return PassphraseEntry(self.first.text(), self.again.text())

    def _follow(self) -> None:
        entry = self.entry()
        self.message.setText(entry.message)
        self.export_button.setEnabled(entry.acceptable)

    def accept(self) -> None:
        # Enter reaches the dialog from either field; only a passphrase that can be used is taken.
        if self.entry().acceptable:
            super().accept()

    def passphrase(self) -> str | None:
        """The passphrase once the dialog was accepted; None if cancelled."""
        return self.first.text() if self.result() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None, target: Path) -> str | None:
    dialog = NewPassphraseDialog(target, parent)
    dialog.exec()
    return dialog.passphrase()


def ask_passphrase(parent: QWidget | None, source: Path) -> str | None:
    """The passphrase of the encrypted file `source`, typed once in a field that shows dots; None if cancelled."""
    typed, ok = QInputDialog.getText(parent, OPEN_TITLE, asked(source.name), QLineEdit.EchoMode.Password)
    return typed if ok and typed else None
