"""The rationale field of the key question and standard pages: saved as it is typed, shown in red
while the engine says a rationale is required."""

from __future__ import annotations

from inspector.gui.pages.text_boxes import TextBox
from inspector.gui.pages.typing import SaveAsTyped

REQUIRED_STYLE = "QPlainTextEdit { border: 2px solid #b3261e; }"


class RationaleEdit(TextBox):
    def __init__(self, placeholder: str, lines: int, typing: SaveAsTyped) -> None:
        super().__init__()
        self._typing = typing
        self._loading = False  # showing the file's text is not typing
        self.setAccessibleName("Rationale")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self._on_changed)
        typing.watch(self)

    def show_text(self, text: str, required: bool) -> None:
        """Show what the file holds, unless the inspector has typed something not yet saved."""
        self._loading = True
        try:
            if not self._typing.dirty and self.toPlainText() != text:
                self.setPlainText(text)
        finally:
            self._loading = False
        self.setStyleSheet(REQUIRED_STYLE if required else "")

    def _on_changed(self) -> None:
        if not self._loading:
            self._typing.typed()
