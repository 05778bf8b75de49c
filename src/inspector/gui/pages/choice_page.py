"""What the key question and standard pages share: one choice the inspector makes (a key question's answer,
a standard's proposed rating), saved the moment it is made, and its rationale, saved as it is typed and
asked for (in red, with the departure said above it) while the choice departs from what the tool proposes.
A page says what the choice is and how a new choice or rationale becomes its edit."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector.app.edits import Edit, Keep
from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.rationale import RationaleEdit
from inspector.gui.pages.save_as_typed import SaveAsTyped
from inspector.gui.undo import Apply

Choice = TypeVar("Choice")


class ChoicePage(InspectionPage, Generic[Choice]):
    def __init__(self, perform: Apply, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._typing = SaveAsTyped(self.commit_pending, self)

    def choice_edit(self, choice: Choice | Keep, rationale: str | None) -> Edit[object] | None:
        """The edit from what is shown to `choice` (Keep.CHOICE: as it stands) with `rationale` (None: as it
        stands), made by the edit's `changing`; None while nothing is shown."""
        raise NotImplementedError

    def rationale_part(self, placeholder: str, lines: int, departure_from: str,
                       above: QWidget | None = None) -> QWidget:
        """The departure line, the Rationale label and its box, under `above` (the choice it is about)."""
        self.departure = QLabel()
        self.departure.setAccessibleName(f"Departure from {departure_from}")
        self.departure.setWordWrap(True)
        self.rationale = RationaleEdit(placeholder, lines, self._typing)
        label = QLabel("&Rationale")
        label.setBuddy(self.rationale)
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        if above is not None:
            column.addWidget(above)
        column.addWidget(self.departure)  # next to the choice it is about
        column.addWidget(label)
        column.addWidget(self.rationale, 1)
        return area

    def show_rationale(self, rationale: str, required: bool, departure: str) -> None:
        self.rationale.show_text(rationale, required)
        self.departure.setText(departure)
        self.departure.setVisible(bool(departure))
        set_ink(self.departure, Ink.WARNING if required else Ink.MUTED)

    def choose(self, choice: Choice) -> None:
        """Save `choice` at once, with the rationale typed so far."""
        self.commit_pending()
        edit = self.choice_edit(choice, None)
        if edit is not None:
            self._perform(edit)

    def commit_pending(self) -> None:
        """Save the rationale as typed so far (as typed: trimming it would move the cursor)."""
        if not self._typing.dirty:
            return
        edit = self.choice_edit(Keep.CHOICE, self.rationale.toPlainText())
        if edit is None:
            return
        self._typing.done()
        self._perform(edit)
