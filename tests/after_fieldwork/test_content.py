"""standards/after-fieldwork.yaml: every quote is its seed's words on the line it names, and a broken file is
one line naming the file, the entry and the problem."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from inspector.after_fieldwork.content import Applies, Quote, load_after_fieldwork
from inspector.content import Content
from inspector.framework.errors import ContentError
from inspector.framework.model import Rating
from tests.seed import REPO, SOURCES, normalise


@cache
def _lines(seed: str) -> tuple[str, ...]:
    return tuple(SOURCES[seed].read_text(encoding="utf-8").split("\n"))


def _all_quotes() -> list[tuple[str, Quote]]:
    return list(load_after_fieldwork(REPO / "standards").quotes)


@pytest.mark.parametrize(("where", "quote"), _all_quotes())
def test_every_quote_is_verbatim_on_its_seed_line_in_its_paragraph(where: str, quote: Quote) -> None:
    line = normalise(_lines(quote.seed)[quote.line - 1])
    assert normalise(quote.text) in line, f"{where}: not on seed {quote.seed} line {quote.line}"
    # The paragraph a reader is given is the one the line is in: numbered at its start in both documents.
    assert line.startswith(f"{quote.paragraph}.") or line.startswith(f"{quote.paragraph} "), where


def test_the_obligations_are_the_memorandums_after_inspection() -> None:
    content = load_after_fieldwork(REPO / "standards")
    due = {o.id: (o.due, o.applies) for o in content.obligations}
    assert due == {
        "indicative-rating-to-yjb": (2, Applies.CAUSE_FOR_CONCERN),  # line 153: "two weeks after inspection"
        "embargoed-report-to-yjb": ("before_publication", Applies.CAUSE_FOR_CONCERN),
        "recommendations-for-comment": ("before_publication", Applies.RECOMMENDATIONS_TO_YJB_OR_MOJ),
        "submission-to-secretary-of-state": ("before_publication", Applies.ALWAYS),  # line 160
    }
    assert content.cause_for_concern.overall_ratings == (Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE)
    # The four quadrants as the YJB names them (seed 000 lines 157, 158, 159 and 163, markup aside).
    for label, line in zip(content.yjb_oversight.quadrants, (157, 158, 159, 163), strict=True):
        name, _, words = label.partition(": ")
        assert normalise(_lines("000")[line - 1]).startswith(f"{name} {words}")


@pytest.fixture()
def standards(tmp_path: Path) -> Path:
    folder = tmp_path / "standards"
    shutil.copytree(REPO / "standards", folder)
    return folder


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _error(folder: Path) -> str:
    with pytest.raises(ContentError) as caught:
        Content(folder).validate()
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["obligations"][0].update(due={"weeks_after_fieldwork_end": 0}),
     "after-fieldwork.yaml: obligation indicative-rating-to-yjb, field 'due': Value error, "
     "weeks_after_fieldwork_end must be a whole number of weeks from 1 to 52"),
    (lambda d: d["obligations"][1].update(due="after_lunch"),
     "after-fieldwork.yaml: obligation embargoed-report-to-yjb, field 'due': Value error, "
     "must be before_publication or {weeks_after_fieldwork_end: N}"),
    (lambda d: d["obligations"][2].update(applies="sometimes"),
     "after-fieldwork.yaml: obligation recommendations-for-comment, field 'applies': Input should be 'always', "
     "'cause_for_concern' or 'recommendations_to_yjb_or_moj'"),
    (lambda d: d["cause_for_concern"].update(overall_ratings=["Poor"]),
     "after-fieldwork.yaml: field 'cause_for_concern', overall_ratings #1: Input should be 'Outstanding', 'Good', "
     "'Requires improvement' or 'Inadequate'"),
    (lambda d: d["obligations"].append(dict(d["obligations"][0])),
     "after-fieldwork.yaml: obligation indicative-rating-to-yjb: appears twice"),
    (lambda d: d["yjb_oversight"]["quadrants"].append(" "),
     "after-fieldwork.yaml: field 'quadrants': holds a blank choice"),
    (lambda d: d["obligations"][0]["quotes"][0].update(seed="001"),
     "after-fieldwork.yaml: obligation indicative-rating-to-yjb: quotes seed 001, which 'sources' does not name"),
    (lambda d: d["obligations"][3].pop("quotes"),
     "after-fieldwork.yaml: obligation submission-to-secretary-of-state, field 'quotes': is required but missing"),
])
def test_a_broken_file_is_one_line_naming_the_entry(
    standards: Path, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    _edit(standards / "after-fieldwork.yaml", change)
    assert expected in _error(standards)


def test_a_missing_file_stops_the_content(standards: Path) -> None:
    (standards / "after-fieldwork.yaml").unlink()
    assert _error(standards).endswith("after-fieldwork.yaml: file: is missing")
