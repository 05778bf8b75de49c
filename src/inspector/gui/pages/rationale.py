"""The rationale field of the key question and standard pages: saved as it is typed, shown in red
while the engine says a rationale is required."""

from __future__ import annotations

from inspector.gui.colours import colours, follow_palette
from inspector.gui.pages.save_as_typed import SaveAsTyped
from inspector.gui.pages.text_boxes import TextBox


def required_style() -> str:
    return f"QPlainTextEdit {{ border: 2px solid {colours().warning.name()}; }}"


class RationaleEdit(TextBox):
    def __init__(self, placeholder: str, lines: int, typing: SaveAsTyped) -> None:
        super().__init__()
        self._typing = typing
        self._loading = False  # showing the file's text is not typing
        self._required = False
        self.setAccessibleName("Rationale")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self._on_changed)
        typing.watch(self)
        follow_palette(self, lambda _: self._restyle())

    def show_text(self, text: str, required: bool) -> None:
        """Show what the file holds, unless the inspector has typed something not yet saved."""
        self._loading = True
        try:
            if not self._typing.dirty and self.toPlainText() != text:
                self.setPlainText(text)
        finally:
            self._loading = False
        self._required = required
        self._restyle()

    def _restyle(self) -> None:
        sheet = required_style() if self._required else ""
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def _on_changed(self) -> None:
        if not self._loading:
            self._typing.typed()
