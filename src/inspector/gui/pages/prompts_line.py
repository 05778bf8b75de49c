"""The prompts an evidence item supports, typed as their ids ("1.1.1a, 1.1.2b"). The word being typed is
completed from the framework's prompts, matched anywhere in the id or the prompt's text, so "workload"
finds the prompt as readily as "1.2.1"; choosing one puts its id in the word's place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from inspector.app.evidence_form import completing
from inspector.gui.pages.text_boxes import LineBox

PROMPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PromptsLine(LineBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._prompts: tuple[tuple[str, str], ...] = ()
        self._model = QStandardItemModel(self)
        # Driven by hand rather than set on the line: QLineEdit's own completer completes the whole line,
        # and here each id is a word of its own.
        self.prompt_completer = QCompleter(self._model, self)
        self.prompt_completer.setWidget(self)
        self.prompt_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.prompt_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.prompt_completer.setMaxVisibleItems(8)
        # The QModelIndex overload of the signal (not the text one); PySide6's stubs do not index signals.
        self.prompt_completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._complete)

    def set_prompts(self, prompts: tuple[tuple[str, str], ...]) -> None:
        """The framework's prompts as (id, "1.1.1a Is there a clear vision ...")."""
        if prompts == self._prompts:
            return
        self._prompts = prompts
        self._model.clear()
        for prompt_id, label in prompts:
            item = QStandardItem(label)
            item.setData(prompt_id, PROMPT_ID_ROLE)
            item.setToolTip(label)
            self._model.appendRow(item)

    def close_completion(self) -> bool:
        """Close the list of prompts if it is open; whether it was."""
        popup = self.prompt_completer.popup()
        if popup is None:  # made with the completer; never None here
            return False
        was_open = popup.isVisible()
        popup.hide()
        return was_open

    def _complete(self, text: str) -> None:
        word = completing(text[: self.cursorPosition()])[1]
        if not word:
            self.close_completion()
            return
        self.prompt_completer.setCompletionPrefix(word)
        self.prompt_completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        text, cursor = self.text(), self.cursorPosition()
        head = completing(text[:cursor])[0]
        prompt_id = str(index.data(PROMPT_ID_ROLE))
        self.setText(head + prompt_id + text[cursor:])
        self.setCursorPosition(len(head + prompt_id))
        self.setModified(True)
