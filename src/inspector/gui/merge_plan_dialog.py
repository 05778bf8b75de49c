"""The merge plan, shown before a team member's work is brought in: what would be added, what is already
there, each conflict with the lead's version beside the member's, and what stays the lead's and why.
"Bring in" takes it all in one step (undone in one step too); Cancel, or Escape, leaves the file as it is.
What is said is `app.merge_plan_view`'s."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.app.merge_plan_view import ConflictRow, MergePlanView
from inspector.gui.pages.parts import bold_label, framed_box, muted_label, scroll_area

# Below a 1366×768 screen with the taskbar; the plan scrolls inside.
SIZE = (900, 620)
SECTION_GAP = 8  # above each part's title, so the parts read apart


def _text(text: str, name: str) -> QLabel:
    """Case text as it is: plain (a "<" reads as it is), wrapped, selectable to copy."""
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _muted(text: str, name: str) -> QLabel:
    label = muted_label(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class MergePlanDialog(QDialog):
    def __init__(self, view: MergePlanView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(view.title)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)

        column.addWidget(bold_label("Added"))
        self.added_counts = _text(view.added_counts, "Added, counted")
        column.addWidget(self.added_counts)
        self.added_lines = _muted("\n".join(view.added), "Added, one line each")
        self.added_lines.setVisible(bool(view.added))
        column.addWidget(self.added_lines)

        column.addSpacing(SECTION_GAP)
        column.addWidget(bold_label("Already there"))
        self.already = _text(view.already, "Already there")
        column.addWidget(self.already)

        column.addSpacing(SECTION_GAP)
        column.addWidget(bold_label("Conflicts"))
        self.conflicts_note = _text(view.conflicts_note, "Conflicts")
        column.addWidget(self.conflicts_note)
        self.conflict_boxes = [self._conflict(number, row) for number, row in enumerate(view.conflicts, start=1)]
        for box in self.conflict_boxes:
            column.addWidget(box)

        column.addSpacing(SECTION_GAP)
        column.addWidget(bold_label("Not merged, and why"))
        self.not_merged = _text("\n".join(view.not_merged) or "Nothing: the rest of the member's file is as yours.",
                                "Not merged, and why")
        column.addWidget(self.not_merged)
        column.addWidget(_muted(
            "A merge brings in interviews, evidence, documents and ratings panel comments only. Judgements, answers, "
            "proposed ratings, the details and who covers what stay yours: bring in a change to them by making it "
            "here.", "What a merge brings in"))
        column.addStretch(1)

        heading = bold_label(view.title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.bring_in_button = QPushButton("&Bring in")
        self.bring_in_button.setDefault(True)
        self.bring_in_button.setEnabled(view.anything)
        buttons = QDialogButtonBox()
        buttons.addButton(self.bring_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(_muted("Read what bringing it in would do. It is one step: Edit > Undo takes it all back.",
                                "How bringing in works"))
        layout.addWidget(scroll_area(body), 1)
        layout.addWidget(buttons)
        self.resize(*SIZE)

    def _conflict(self, number: int, row: ConflictRow) -> QWidget:
        """The lead's version and the member's side by side."""
        box = framed_box(f"conflict{number}")
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(16)
        grid.addWidget(_text(f"{row.what}: {row.differs}", f"Conflict {number}"), 0, 0, 1, 2)
        grid.addWidget(bold_label("Yours (stays as it is)"), 1, 0)
        grid.addWidget(bold_label("The member's (added as a copy)"), 1, 1)
        grid.addWidget(_text(row.lead, f"Conflict {number}, your version"), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_text(row.member, f"Conflict {number}, the member's version"), 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box


def review_merge_plan(parent: QWidget | None, view: MergePlanView) -> bool:
    """Whether the lead chose "Bring in"."""
    return MergePlanDialog(view, parent).exec() == QDialog.DialogCode.Accepted
