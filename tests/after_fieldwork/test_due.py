"""Due dates after fieldwork: "two weeks after inspection" (seed 003 line 153) is 14 calendar days from the
last day of fieldwork, moved to the next working day when it falls on a weekend or a closed day
(standards/after-fieldwork.yaml states the rule; the memorandum says nothing of weekends)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.after_fieldwork.content import load_after_fieldwork
from inspector.after_fieldwork.due import is_working_day, next_working_day, weeks_after
from tests.seed import REPO

CLOSED = load_after_fieldwork(REPO / "standards").closed_days


@pytest.mark.parametrize(("fieldwork_end", "weeks", "due"), [
    (date(2026, 11, 20), 2, date(2026, 12, 4)),  # a Friday: two weeks on is a Friday
    (date(2026, 11, 21), 2, date(2026, 12, 7)),  # a Saturday: two weeks on is a Saturday, due the Monday
    (date(2026, 11, 22), 2, date(2026, 12, 7)),  # a Sunday, likewise
    (date(2026, 11, 16), 2, date(2026, 11, 30)),  # a Monday, across no month end
    (date(2026, 1, 17), 2, date(2026, 2, 2)),  # Saturday 31 January: into February
    (date(2026, 2, 14), 2, date(2026, 3, 2)),  # Saturday 28 February (not a leap year): into March
    (date(2028, 2, 19), 2, date(2028, 3, 6)),  # Saturday 4 March in a leap year: 29 February counted
    (date(2028, 2, 15), 2, date(2028, 2, 29)),  # a leap day that is a working day stays
    (date(2026, 12, 11), 2, date(2026, 12, 29)),  # Friday 25 December, then the weekend and the 28th: the 29th
    (date(2026, 12, 18), 2, date(2027, 1, 4)),  # Friday 1 January 2027 closed, then the weekend: across the year end
    (date(2026, 12, 17), 2, date(2026, 12, 31)),  # Thursday 31 December: the year's last day is a working day
    (date(2026, 3, 20), 2, date(2026, 4, 7)),  # Good Friday 3 April: then the weekend and Easter Monday
    (date(2026, 11, 20), 1, date(2026, 11, 27)),
    (date(2026, 11, 20), 52, date(2027, 11, 19)),
])
def test_weeks_after_fieldwork_end(fieldwork_end: date, weeks: int, due: date) -> None:
    assert weeks_after(fieldwork_end, weeks, CLOSED) == due


def test_without_closed_days_only_the_weekend_moves_a_date() -> None:
    assert weeks_after(date(2026, 12, 11), 2, ()) == date(2026, 12, 25)
    assert weeks_after(date(2026, 12, 12), 2, ()) == date(2026, 12, 28)


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(1, 52),
       st.sets(st.dates(date(2000, 1, 1), date(2100, 12, 31)), max_size=40))
def test_a_due_date_is_the_first_working_day_on_or_after_the_weeks(
    fieldwork_end: date, weeks: int, closed: set[date]
) -> None:
    due = weeks_after(fieldwork_end, weeks, closed)
    plain = fieldwork_end + timedelta(days=7 * weeks)
    assert due >= plain
    assert is_working_day(due, closed) and due.weekday() < 5 and due not in closed
    # Every day skipped was a weekend or a closed day: none is passed over that could have been the date.
    day = plain
    while day < due:
        assert not is_working_day(day, closed)
        day += timedelta(days=1)


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_a_working_day_is_its_own_next_working_day(day: date) -> None:
    moved = next_working_day(day, CLOSED)
    assert (moved == day) == is_working_day(day, CLOSED)
    assert (moved - day).days <= 6  # no run of closed days and weekend is longer in the content
