"""The new-inspection details: each field checked with a one-line problem naming it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from inspector.app.wizard import (
    FIELDWORK_END,
    FIELDWORK_START,
    FILE_NAME,
    FOLDER,
    LEAD_INSPECTOR,
    NATION,
    RESETTLEMENT_CASES,
    YJS,
    DetailsForm,
    DetailsProblem,
    check_details,
    first_problem,
    new_file_path,
    parse_date,
    suggested_file_name,
    team_names,
)
from inspector.inspection.model import Nation

GOOD = DetailsForm(
    yjs="  Northmoor   Youth Justice Service ", nation="Wales", fieldwork_start="3/3/2025",
    fieldwork_end="7 March 2025", lead_inspector="Helen Marsh", team="Daniel Okafor\nPriya Raman\n\nDaniel Okafor",
    resettlement_cases="3",
)


def test_a_complete_form_gives_the_details() -> None:
    details = check_details(GOOD)
    assert details.yjs == "Northmoor Youth Justice Service"
    assert details.nation is Nation.WALES
    assert (details.fieldwork_start, details.fieldwork_end) == (date(2025, 3, 3), date(2025, 3, 7))
    assert details.lead_inspector == "Helen Marsh"
    assert details.team == ("Daniel Okafor", "Priya Raman")
    assert details.resettlement_cases_12_months == 3


def test_resettlement_cases_may_be_left_blank_or_zero() -> None:
    assert check_details(replace(GOOD, resettlement_cases=" ")).resettlement_cases_12_months is None
    assert check_details(replace(GOOD, resettlement_cases="0")).resettlement_cases_12_months == 0


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"yjs": "   "}, YJS, "enter the name of the youth justice service"),
        ({"nation": "Scotland"}, NATION, "choose England or Wales"),
        ({"fieldwork_start": ""}, FIELDWORK_START, "enter the date, for example 3/3/2025"),
        ({"fieldwork_start": "31/02/2025"}, FIELDWORK_START, "'31/02/2025' is not a date"),
        ({"fieldwork_end": "2/3/2025"}, FIELDWORK_END, "2 March 2025 is before the fieldwork start, 3 March 2025"),
        ({"lead_inspector": ""}, LEAD_INSPECTOR, "enter the lead inspector's name"),
        ({"resettlement_cases": "-1"}, RESETTLEMENT_CASES, "'-1' is not a number of cases"),
        ({"resettlement_cases": "two"}, RESETTLEMENT_CASES, "'two' is not a number of cases"),
    ],
)
def test_each_bad_field_is_named_in_one_line(change: dict[str, str], field: str, words: str) -> None:
    form = replace(GOOD, **change)
    with pytest.raises(DetailsProblem) as refused:
        check_details(form)
    message = str(refused.value)
    assert refused.value.field == field
    assert message.startswith(f"{field}: ") and words in message
    assert "\n" not in message


def test_a_page_is_checked_on_its_own_fields_only() -> None:
    form = replace(GOOD, yjs="", lead_inspector="")
    assert first_problem(form, {LEAD_INSPECTOR}).field == LEAD_INSPECTOR  # type: ignore[union-attr]
    assert first_problem(form).field == YJS  # type: ignore[union-attr]
    assert first_problem(GOOD) is None
    # A bad start is reported against the start, not again against the end.
    assert first_problem(replace(GOOD, fieldwork_start="soon"), {FIELDWORK_END}) is None


@pytest.mark.parametrize("typed", ["3/3/2025", "03/03/2025", "3.3.2025", "3-3-2025", "2025-03-03", "3 Mar 2025",
                                   " 3  March  2025 "])
def test_dates_are_read_day_first(typed: str) -> None:
    assert parse_date(FIELDWORK_START, typed) == date(2025, 3, 3)


def test_day_first_even_when_month_first_would_also_be_a_date() -> None:
    assert parse_date(FIELDWORK_START, "4/3/2025") == date(2025, 3, 4)


def test_team_names_one_per_line_or_comma_separated() -> None:
    assert team_names("Ann, Bob;Cy\n  Dee  \n\nAnn") == ("Ann", "Bob", "Cy", "Dee")


def test_suggested_file_name_has_the_service_and_month() -> None:
    assert suggested_file_name(GOOD) == "Northmoor Youth Justice Service 2025-03.yjsi"
    assert suggested_file_name(replace(GOOD, yjs='A/B: "C"', fieldwork_start="")) == "A B C.yjsi"
    assert suggested_file_name(DetailsForm()) == "New inspection.yjsi"


def test_new_file_path_adds_the_suffix_and_never_replaces_a_file(tmp_path: Path) -> None:
    assert new_file_path(str(tmp_path), "Leeds") == tmp_path / "Leeds.yjsi"
    assert new_file_path(str(tmp_path), "Leeds.yjsi") == tmp_path / "Leeds.yjsi"
    (tmp_path / "Leeds.yjsi").write_text("taken")
    with pytest.raises(DetailsProblem, match=r"^file name: Leeds.yjsi already exists in .*; choose another name$"):
        new_file_path(str(tmp_path), "Leeds")
    assert (tmp_path / "Leeds.yjsi").read_text() == "taken"


@pytest.mark.parametrize(
    ("folder", "name", "field"),
    [("", "Leeds", FOLDER), ("missing", "Leeds", FOLDER), (".", "  ", FILE_NAME), (".", "a/b", FILE_NAME),
     (".", "what?", FILE_NAME)],
)
def test_new_file_path_refusals(tmp_path: Path, folder: str, name: str, field: str) -> None:
    where = "" if not folder else str(tmp_path / folder)
    with pytest.raises(DetailsProblem) as refused:
        new_file_path(where, name)
    assert refused.value.field == field
    assert list(tmp_path.iterdir()) == []
