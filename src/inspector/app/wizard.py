"""The new-inspection details as typed into the wizard, checked and turned into InspectionDetails.

Each field is checked on its own so the wizard can refuse a page with the one-line problem of its
first bad field ("fieldwork end: 1 March 2025 is before the fieldwork start, 3 March 2025"), and
nothing is created until every field is right. The checks of one field's text (`yjs_name`,
`parse_resettlement_cases`, `check_fieldwork`, ...) are public: the inspection details page
(app/details_view.py) changes the details after creation by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspector.errors import UserError
from inspector.inspection.model import InspectionDetails, Nation
from inspector.store import FILE_SUFFIX

# The wizard's fields, as its labels name them (the problem messages start with these).
YJS = "YJS name"
NATION = "nation"
FIELDWORK_START = "fieldwork start"
FIELDWORK_END = "fieldwork end"
LEAD_INSPECTOR = "lead inspector"
TEAM = "team"
RESETTLEMENT_CASES = "resettlement cases"
FILE_NAME = "file name"
FOLDER = "folder"

NATIONS: tuple[str, ...] = tuple(n.value for n in Nation)
DATE_EXAMPLE = "3/3/2025"
# UK order only (day/month/year), or ISO; "3 March 2025" and "3 Mar 2025" as people write them.
_DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y")
# Characters Windows and macOS refuse in file names (the file may go on a shared drive).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class DetailsProblem(UserError):
    """One field of the wizard is wrong: "<field>: <problem>"."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


@dataclass(frozen=True)
class DetailsForm:
    """The wizard's fields exactly as typed."""

    yjs: str = ""
    nation: str = Nation.ENGLAND.value
    fieldwork_start: str = ""
    fieldwork_end: str = ""
    lead_inspector: str = ""
    team: str = ""  # one name per line
    resettlement_cases: str = ""  # blank: not yet known


def yjs_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise DetailsProblem(YJS, "enter the name of the youth justice service")
    return name


def parse_nation(text: str) -> Nation:
    if text not in NATIONS:
        raise DetailsProblem(NATION, f"choose {' or '.join(NATIONS)}")
    return Nation(text)


def parse_date(field: str, text: str) -> date:
    typed = " ".join(text.split())
    if not typed:
        raise DetailsProblem(field, f"enter the date, for example {DATE_EXAMPLE}")
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(typed, pattern).date()
        except ValueError:
            continue
    raise DetailsProblem(field, f"'{typed}' is not a date; type day/month/year, for example {DATE_EXAMPLE}")


def _start(form: DetailsForm) -> date:
    return parse_date(FIELDWORK_START, form.fieldwork_start)


def _end(form: DetailsForm) -> date:
    end = parse_date(FIELDWORK_END, form.fieldwork_end)
    try:
        start = _start(form)
    except DetailsProblem:
        return end  # the start's own problem is reported against the start
    check_fieldwork(start, end)
    return end


def check_fieldwork(start: date | None, end: date | None, changed: str = FIELDWORK_END) -> None:
    """Fieldwork is a period: an end before its start is a slip in one of the dates, reported against
    the date just `changed`. A date not yet set is no slip."""
    if start is None or end is None or end >= start:
        return
    if changed == FIELDWORK_START:
        raise DetailsProblem(FIELDWORK_START, f"{long_date(start)} is after the fieldwork end, {long_date(end)}")
    raise DetailsProblem(FIELDWORK_END, f"{long_date(end)} is before the fieldwork start, {long_date(start)}")


def lead_inspector_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise DetailsProblem(LEAD_INSPECTOR, "enter the lead inspector's name")
    return name


def team_names(text: str) -> tuple[str, ...]:
    """One name per line (commas separate names too); blank lines and repeats dropped."""
    names: list[str] = []
    for part in re.split(r"[\n,;]", text):
        name = " ".join(part.split())
        if name and name not in names:
            names.append(name)
    return tuple(names)


def parse_resettlement_cases(text: str) -> int | None:
    typed = text.strip()
    if not typed:
        return None
    # Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or more
    # relevant cases in the 12 months before the inspection" - a count of cases, so 0 or more.
    if not typed.isdigit():
        raise DetailsProblem(
            RESETTLEMENT_CASES, f"'{typed}' is not a number of cases; enter 0 or more, or leave it blank if not known"
        )
    return int(typed)


_CHECKS: dict[str, Callable[[DetailsForm], Any]] = {
    YJS: lambda form: yjs_name(form.yjs),
    NATION: lambda form: parse_nation(form.nation),
    FIELDWORK_START: _start,
    FIELDWORK_END: _end,
    LEAD_INSPECTOR: lambda form: lead_inspector_name(form.lead_inspector),
    TEAM: lambda form: team_names(form.team),
    RESETTLEMENT_CASES: lambda form: parse_resettlement_cases(form.resettlement_cases),
}


def first_problem(form: DetailsForm, fields: Collection[str] = tuple(_CHECKS)) -> DetailsProblem | None:
    """The first wrong field among `fields`, in the wizard's order, or None."""
    for field, check in _CHECKS.items():
        if field in fields:
            try:
                check(form)
            except DetailsProblem as problem:
                return problem
    return None


def check_details(form: DetailsForm) -> InspectionDetails:
    """The details, or DetailsProblem for the first wrong field."""
    problem = first_problem(form)
    if problem:
        raise problem
    return InspectionDetails(
        yjs=yjs_name(form.yjs), nation=parse_nation(form.nation), fieldwork_start=_start(form),
        fieldwork_end=_end(form), lead_inspector=lead_inspector_name(form.lead_inspector),
        team=team_names(form.team), resettlement_cases_12_months=parse_resettlement_cases(form.resettlement_cases),
    )


def long_date(day: date) -> str:
    """'3 March 2025', as HMIP writes dates."""
    return f"{day.day} {day:%B %Y}"


def suggested_file_name(form: DetailsForm) -> str:
    """'Northmoor Youth Justice Service 2025-03.yjsi': the service and the month of fieldwork."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", form.yjs).split()).strip(" .") or "New inspection"
    with suppress(DetailsProblem):  # no fieldwork month yet: the name has none
        name += f" {_start(form):%Y-%m}"
    return name + FILE_SUFFIX


def new_file_path(folder: str, name: str) -> Path:
    """Where the new inspection file goes; the suffix is added if left off. An existing file is never
    replaced, so one is refused here, before anything is created."""
    where = Path(folder.strip()).expanduser()
    if not folder.strip():
        raise DetailsProblem(FOLDER, "choose the folder to keep the inspection file in")
    if not where.is_dir():
        raise DetailsProblem(FOLDER, f"{where} is not a folder")
    typed = name.strip()
    if not typed or typed == FILE_SUFFIX:
        raise DetailsProblem(FILE_NAME, "enter a name for the inspection file")
    bad = _NOT_IN_FILE_NAMES.search(typed)
    if bad:
        raise DetailsProblem(FILE_NAME, f"a file name cannot contain {bad.group()!r}")
    path = where / (typed if typed.endswith(FILE_SUFFIX) else typed + FILE_SUFFIX)
    if path.exists():
        raise DetailsProblem(FILE_NAME, f"{path.name} already exists in {where}; choose another name")
    return path
