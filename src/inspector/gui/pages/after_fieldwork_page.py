"""The after-fieldwork page: the lead's obligations once fieldwork ends, each with the memorandum's words, its
due date and whether it is done (marked done on a day, by a team member, with a note; or marked not done);
the YJB's own labels for the YJS, apart from HMIP's ratings and said to be the YJB's; the improvement plan
received and its follow-ups. Everything it shows and does is `app/after_fieldwork_view.py`'s and
`app/after_fieldwork_edits.py`'s; every change is saved at once, with undo.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.after_fieldwork.obligations import Standing
from inspector.app.after_fieldwork_edits import FollowUpEdit, ImprovementPlanEdit, ObligationEdit, YjbOversightEdit
from inspector.app.after_fieldwork_view import (
    NOT_KNOWN,
    YJB_LABEL_NOTE,
    AfterFieldworkView,
    ObligationRow,
    after_fieldwork_view,
)
from inspector.app.session import Session
from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.details_page import NOT_SET, FieldworkDate
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import bold_label, framed_box, muted_label
from inspector.gui.pages.text_boxes import LineBox
from inspector.gui.undo import Apply
from inspector.inspection.model import FollowUp, ImprovementPlan, ObligationMet, YjbOversight

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole  # a follow-up's id in the list


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_of(edit: FieldworkDate) -> date | None:
    shown = edit.date()
    return None if shown == NOT_SET else date(shown.year(), shown.month(), shown.day())


def _show_date(edit: FieldworkDate, day: date | None) -> None:
    wanted = _qdate(day) if day is not None else NOT_SET
    if edit.date() != wanted:
        edit.setDate(wanted)


def _quoted(wording: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(f"\u201c{text}\u201d ({where})" for text, where in wording)


def _quotes(wording: tuple[tuple[str, str], ...]) -> QLabel:
    """The source's words, in italics, each with where it is from."""
    label = muted_label("The source's words")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(_quoted(wording))
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plain(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ObligationBox(QWidget):
    """One obligation: its title and words, when it is due, where it stands, and the form to mark it done."""

    def __init__(self, page: AfterFieldworkPage, row: ObligationRow) -> None:
        super().__init__()
        self.obligation_id, self.title = row.id, row.title
        self._page = page
        box = framed_box("obligation")
        self.due = _plain(f"{row.title}: when it is due")
        self.standing = _plain(f"{row.title}: where it stands")
        self.done_on = FieldworkDate()
        self.done_on.setAccessibleName(f"{row.title}: the day it was done")
        self.done_by = QComboBox()
        self.done_by.setAccessibleName(f"{row.title}: who did it")
        self.note = LineBox()
        self.note.setAccessibleName(f"{row.title}: a note (optional)")
        self.note.setPlaceholderText("A note, e.g. how it was sent")
        self.mark = QPushButton()
        # As wide as its longer text: marking it done must not cut "Mark not done" short.
        self.mark.setMinimumWidth(self.mark.fontMetrics().horizontalAdvance("Mark not done") + 24)
        self.mark.clicked.connect(self._mark)
        form = QHBoxLayout()
        for caption, widget in (("Done on", self.done_on), ("by", self.done_by), ("note", self.note)):
            form.addWidget(QLabel(caption))
            form.addWidget(widget, 2 if widget is self.note else 0)
        form.addWidget(self.mark)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(4)
        inner.addWidget(bold_label(row.title))
        inner.addWidget(_quotes(row.wording))
        inner.addWidget(self.due)
        inner.addWidget(self.standing)
        inner.addLayout(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)

    def show_row(self, row: ObligationRow, team: tuple[str, ...], user: str, today: date, editable: bool) -> None:
        self.due.setText(row.due_line)
        self.standing.setText(row.standing_line)
        overdue = row.status.standing is Standing.OVERDUE
        set_ink(self.standing, Ink.WARNING if overdue else Ink.TEXT)
        met = row.status.met
        self.done_by.clear()
        self.done_by.addItems(list(team))
        self.done_by.setCurrentText(met.done_by if met else (user if user in team else team[0] if team else ""))
        _show_date(self.done_on, met.done_on if met else today)
        self.done_on.near = _qdate(today)
        self.note.setText(met.note if met else "")
        self.mark.setText("Mark not done" if met else "Mark done")
        self.mark.setAccessibleName(f"{self.mark.text()}: {row.title}")
        for widget in (self.done_on, self.done_by, self.note):
            widget.setEnabled(editable and met is None)
        self.mark.setEnabled(editable)

    def _mark(self) -> None:
        self._page.mark(self)


class AfterFieldworkPage(InspectionPage):

    def __init__(self, perform: Apply, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._view: AfterFieldworkView | None = None
        self.boxes: list[ObligationBox] = []

        self.heading = PageHeading()
        self.concern = _plain("Whether ratings are a cause for concern")
        self.rule = muted_label("How due dates are worked out")
        layout = self.page_column(self.heading, scrolls=True)
        layout.addWidget(self.concern)
        layout.addWidget(self.rule)
        layout.addWidget(bold_label("Obligations after fieldwork"))
        self.obligations = QVBoxLayout()
        self.obligations.setSpacing(6)
        layout.addLayout(self.obligations)
        self.unknown = _plain("Obligations marked done that the content no longer lists")
        set_ink(self.unknown, Ink.MUTED)
        layout.addWidget(self.unknown)
        columns = QHBoxLayout()
        columns.setSpacing(8)
        columns.addWidget(self._build_yjb(), 1)
        columns.addWidget(self._build_plan(), 1)
        layout.addLayout(columns)
        layout.addStretch(1)

    # --- construction -------------------------------------------------------------------------

    def _build_yjb(self) -> QWidget:
        box = framed_box("yjb")
        self.yjb_note = muted_label("About the YJB's labels")
        self.yjb_note.setText(YJB_LABEL_NOTE)
        self.yjb_wording = _quotes(())
        self.yjb_line = _plain("The YJB's labels recorded")
        self.priority = QComboBox()
        self.priority.setAccessibleName("The YJB's priority status (the YJB's label)")
        self.quadrant = QComboBox()
        self.quadrant.setAccessibleName("The YJB's performance quadrant (the YJB's label)")
        self.as_of = FieldworkDate()
        self.as_of.setAccessibleName("The YJB's assessment these labels are from: its date")
        self.as_of.setSpecialValueText(NOT_KNOWN)
        self.record_yjb = QPushButton("Record the YJB's labels")
        self.record_yjb.clicked.connect(self.save_yjb)
        form = QFormLayout()
        form.addRow("Priority status", self.priority)
        form.addRow("Performance quadrant", self.quadrant)
        form.addRow("As of", self.as_of)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.addWidget(bold_label("The YJB's labels (not an HMIP rating)"))
        inner.addWidget(self.yjb_note)
        inner.addWidget(self.yjb_wording)
        inner.addWidget(self.yjb_line)
        inner.addLayout(form)
        inner.addWidget(self.record_yjb, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addStretch(1)
        return box

    def _build_plan(self) -> QWidget:
        box = framed_box("plan")
        self.plan_wording = _quotes(())
        self.plan_line = _plain("The improvement plan")
        self.received = FieldworkDate()
        self.received.setAccessibleName("The day the improvement plan was received")
        self.received.setSpecialValueText("not received")
        self.record_plan = QPushButton("Record received")
        self.record_plan.clicked.connect(self.save_plan)
        self.follow_ups = QListWidget()
        self.follow_ups.setAccessibleName("Follow-ups of the improvement plan")
        self.follow_ups.setMaximumHeight(self.follow_ups.fontMetrics().lineSpacing() * 6)
        self.delete_follow_up = QPushButton("Delete follow-up")
        self.delete_follow_up.clicked.connect(self.remove_follow_up)
        self.follow_up_on = FieldworkDate()
        self.follow_up_on.setAccessibleName("The follow-up's date")
        self.follow_up_how = QComboBox()
        self.follow_up_how.setAccessibleName("How progress was followed up")
        self.follow_up_note = LineBox()
        self.follow_up_note.setAccessibleName("The follow-up: a note (optional)")
        self.add_follow_up = QPushButton("Add follow-up")
        self.add_follow_up.clicked.connect(self.save_follow_up)
        received = QHBoxLayout()
        received.addWidget(QLabel("Received on"))
        received.addWidget(self.received)
        received.addWidget(self.record_plan)
        received.addStretch(1)
        adding = QGridLayout()
        adding.addWidget(self.follow_up_on, 0, 0)
        adding.addWidget(self.follow_up_how, 0, 1)
        adding.addWidget(self.follow_up_note, 1, 0, 1, 2)
        adding.addWidget(self.add_follow_up, 1, 2)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.addWidget(bold_label("Improvement plan"))
        inner.addWidget(self.plan_wording)
        inner.addWidget(self.plan_line)
        inner.addLayout(received)
        inner.addWidget(bold_label("Follow-ups"))
        inner.addWidget(self.follow_ups)
        inner.addWidget(self.delete_follow_up, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addLayout(adding)
        return box

    # --- showing ------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = self._view = after_fieldwork_view(session)
        self.heading.set_item(view.crumb, view.heading, "")
        self.concern.setText(view.concern_line)
        self.rule.setText(view.due_rule)
        if [b.obligation_id for b in self.boxes] != [row.id for row in view.obligations]:
            self._build_boxes(view)
        today = session.clock().astimezone().date()
        editable = not session.read_only
        for box, row in zip(self.boxes, view.obligations, strict=True):
            box.show_row(row, view.team, session.user, today, editable)
        self.unknown.setText("\n".join(view.unknown))
        self.unknown.setVisible(bool(view.unknown))
        self._show_yjb(view, editable)
        self._show_plan(view, today, editable)

    def _build_boxes(self, view: AfterFieldworkView) -> None:
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = [ObligationBox(self, row) for row in view.obligations]
        for box in self.boxes:
            self.obligations.addWidget(box)

    def _show_yjb(self, view: AfterFieldworkView, editable: bool) -> None:
        self.yjb_wording.setText(_quoted(view.yjb_wording))
        self.yjb_line.setText(view.yjb_line)
        for combo, choices, current in ((self.priority, view.priority_choices, view.yjb.priority_status),
                                        (self.quadrant, view.quadrant_choices, view.yjb.quadrant)):
            combo.clear()
            combo.addItems([choice or NOT_KNOWN for choice in choices])
            combo.setCurrentIndex(choices.index(current))
            combo.setEnabled(editable)
        _show_date(self.as_of, view.yjb.as_of)
        self.as_of.setEnabled(editable)
        self.record_yjb.setEnabled(editable)

    def _show_plan(self, view: AfterFieldworkView, today: date, editable: bool) -> None:
        self.plan_wording.setText(_quoted(view.plan_wording))
        self.plan_line.setText(view.plan_line)
        _show_date(self.received, view.plan.received)
        self.received.near = _qdate(today)
        self.follow_ups.clear()
        for row in view.follow_ups:
            item = QListWidgetItem(row.line)
            item.setData(FOLLOW_UP_ROLE, row.follow_up.id)
            self.follow_ups.addItem(item)
        self.follow_up_how.clear()
        self.follow_up_how.addItems(list(view.follow_up_kinds))
        _show_date(self.follow_up_on, today)
        self.follow_up_note.clear()
        for widget in (self.received, self.record_plan, self.delete_follow_up, self.follow_up_on,
                       self.follow_up_how, self.follow_up_note, self.add_follow_up):
            widget.setEnabled(editable)

    # --- editing ------------------------------------------------------------------------------

    def mark(self, box: ObligationBox) -> None:
        """Mark the obligation done on the day and by the person chosen, or, when it is done, not done."""
        session = self._session
        if session is None or session.read_only:
            return
        before = session.inspection.obligation_met(box.obligation_id)
        after = None
        if before is None:
            done_on = _date_of(box.done_on)
            if done_on is None:
                box.standing.setText("Give the day it was done first.")
                set_ink(box.standing, Ink.WARNING)
                return
            after = ObligationMet(box.obligation_id, done_on, box.done_by.currentText(), box.note.text().strip())
        self._perform(ObligationEdit(before, after, obligation_id=box.obligation_id, title=box.title))

    def save_yjb(self) -> None:
        session, view = self._session, self._view
        if session is None or view is None or session.read_only:
            return
        after = YjbOversight(view.priority_choices[self.priority.currentIndex()],
                             view.quadrant_choices[self.quadrant.currentIndex()], _date_of(self.as_of), session.user)
        self._perform(YjbOversightEdit(session.inspection.yjb_oversight, after))

    def save_plan(self) -> None:
        session = self._session
        if session is None or session.read_only:
            return
        received = _date_of(self.received)
        after = ImprovementPlan(received, session.user if received else "")
        self._perform(ImprovementPlanEdit(session.inspection.improvement_plan, after))

    def save_follow_up(self) -> None:
        session = self._session
        on = _date_of(self.follow_up_on)
        if session is None or session.read_only or on is None:
            return
        follow_up = FollowUp(on, self.follow_up_how.currentText(), self.follow_up_note.text().strip(), session.user)
        self._perform(FollowUpEdit(None, follow_up))

    def remove_follow_up(self) -> None:
        session, item = self._session, self.follow_ups.currentItem()
        if session is None or session.read_only or item is None:
            return
        wanted = item.data(FOLLOW_UP_ROLE)
        found = next((f for f in session.inspection.follow_ups if f.id == wanted), None)
        if found is not None:
            self._perform(FollowUpEdit(found, None))
