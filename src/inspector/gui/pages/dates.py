"""Dates on the pages: a date box that may be "not set" (FieldworkDate) and the conversions between the
core's dates and Qt's, in one place (Qt's typing does not know that QDate takes a Python date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

NOT_SET = QDate(2000, 1, 1)  # a date edit's lowest date, shown as "not set"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(shown: QDate) -> date:
    return date(shown.year(), shown.month(), shown.day())


def date_of(edit: QDateEdit) -> date | None:
    """The date a FieldworkDate shows; None when it shows "not set"."""
    shown = edit.date()
    return None if shown == NOT_SET else day_of(shown)


def show_date(edit: QDateEdit, day: date | None) -> None:
    """Show `day` (None: "not set"), only if it is not shown already: setting it puts the cursor back."""
    wanted = qdate(day) if day is not None else NOT_SET
    if edit.date() != wanted:
        edit.setDate(wanted)


class FieldworkDate(QDateEdit):
    """A fieldwork date that may be not set: its lowest date, shown as "not set". Qt cannot type over that
    text, so the first key (or click on the calendar) there starts from a date near the fieldwork."""

    def __init__(self) -> None:
        super().__init__()
        self.near = QDate.currentDate()  # the page sets it: the other fieldwork date, or today
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NOT_SET)
        self.setSpecialValueText("not set")

    def _start_near(self) -> None:
        if self.date() == NOT_SET:
            self.setDate(self.near)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_F4):
            self._start_near()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_near()
        super().mousePressEvent(event)
