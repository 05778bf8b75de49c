"""When an obligation after fieldwork falls due.

The memorandum says "two weeks after inspection" (seed 003 line 153) and nothing about weekends or
holidays. The rule, stated in standards/after-fieldwork.yaml: a week is 7 calendar days counted from the last
day of fieldwork, and a due date that falls on a Saturday, a Sunday or one of the content's closed days (the
bank holidays of England and Wales) moves to the next working day.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_SATURDAY = 5  # date.weekday(): Monday is 0


def is_working_day(day: date, closed_days: Collection[date]) -> bool:
    return day.weekday() < _SATURDAY and day not in closed_days


def next_working_day(day: date, closed_days: Collection[date]) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, closed_days):
        day += timedelta(days=1)
    return day


def weeks_after(fieldwork_end: date, weeks: int, closed_days: Collection[date]) -> date:
    """The due date `weeks` weeks after the last day of fieldwork, on a working day."""
    return next_working_day(fieldwork_end + timedelta(weeks=weeks), closed_days)
