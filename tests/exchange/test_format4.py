"""Exchange format version 4: the record after fieldwork (obligations done, the YJB's own labels, the improvement
plan and its follow-ups) round-trips byte for byte through the file and an inspection file; it is written only
when something of it is recorded; a version 1-3 document may not carry it, and version 3 files still read."""

from __future__ import annotations

import copy
import json
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from inspector.exchange.codec import read_exchange, write_exchange
from inspector.exchange.errors import ExchangeError
from inspector.inspection.model import FollowUp, ImprovementPlan, Inspection, ObligationMet, YjbOversight
from inspector.store import InspectionFile
from tests.exchange.strategies import CONTENT

FORMAT3 = Path(__file__).parent.parent / "store" / "data" / "format3.json"  # exported by the format 3 app
BASE = read_exchange(FORMAT3.read_text(encoding="utf-8"), CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms)
RECORDED = replace(
    BASE,
    obligations_met=(
        ObligationMet("recommendations-for-comment", date(2025, 4, 1), "Helen Marsh"),
        ObligationMet("submission-to-secretary-of-state", date(2025, 4, 14), "Priya Raman", "copied to YJB and MoJ"),
    ),
    yjb_oversight=YjbOversight("Priority service", "Performance Quadrant three: Improvement needed", date(2025, 1, 10),
                               "Helen Marsh"),
    improvement_plan=ImprovementPlan(date(2025, 6, 2), "Helen Marsh"),
    follow_ups=(FollowUp(date(2025, 9, 1), "update asked for", "six months on", "Daniel Okafor",
                         id="3c1e0d2a-0000-4000-8000-00000000f001"),
                FollowUp(date(2026, 3, 2), "visit", id="3c1e0d2a-0000-4000-8000-00000000f002")),
)


def _read(text: str) -> Inspection:
    return read_exchange(text, CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms)


def test_the_record_after_fieldwork_round_trips_byte_for_byte_through_an_inspection_file() -> None:
    text = write_exchange(RECORDED)
    document = json.loads(text)
    assert document["version"] == 4
    assert list(document)[-1] == "after_fieldwork"
    assert document["after_fieldwork"] == {
        "obligations_done": {
            "recommendations-for-comment": {"done_on": "2025-04-01", "done_by": "Helen Marsh", "note": ""},
            "submission-to-secretary-of-state": {"done_on": "2025-04-14", "done_by": "Priya Raman",
                                                 "note": "copied to YJB and MoJ"},
        },
        "yjb_oversight": {"priority_status": "Priority service",
                          "quadrant": "Performance Quadrant three: Improvement needed", "as_of": "2025-01-10",
                          "recorded_by": "Helen Marsh"},
        "improvement_plan": {"received": "2025-06-02", "recorded_by": "Helen Marsh", "follow_ups": [
            {"id": "3c1e0d2a-0000-4000-8000-00000000f001", "date": "2025-09-01", "how": "update asked for",
             "note": "six months on", "recorded_by": "Daniel Okafor"},
            {"id": "3c1e0d2a-0000-4000-8000-00000000f002", "date": "2026-03-02", "how": "visit", "note": "",
             "recorded_by": ""},
        ]},
    }
    assert _read(text) == RECORDED
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inspection.yjsi"
        with InspectionFile.create(path, CONTENT.framework, RECORDED.details, "Helen Marsh",
                                   rating_scheme=CONTENT.rating_scheme) as created:
            created.replace_all(_read(text), "imported")
            assert write_exchange(created.snapshot()) == text


def test_a_version_3_file_reads_and_is_written_as_version_4_without_the_section() -> None:
    old = FORMAT3.read_text(encoding="utf-8")
    assert json.loads(old)["version"] == 3
    assert BASE.obligations_met == () and BASE.follow_ups == () and BASE.yjb_oversight == YjbOversight()
    again = write_exchange(BASE)
    assert "after_fieldwork" not in json.loads(again)
    # Only the version differs: a file of the fieldwork week is as it was.
    assert again == old.replace('"version": 3,', '"version": 4,', 1)


def _refused(change: dict[str, Any]) -> str:
    document = copy.deepcopy(json.loads(write_exchange(RECORDED)))
    for path, value in change.items():
        *parents, last = path.split("/")
        target: Any = document
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value
    with pytest.raises(ExchangeError) as refused:
        _read(json.dumps(document, ensure_ascii=False))
    return str(refused.value)


@pytest.mark.parametrize(("change", "expected"), [
    ({"version": 3},
     "after_fieldwork: version 3 of the exchange format has no record after fieldwork; write version 4"),
    ({"after_fieldwork/obligations_done/submission-to-secretary-of-state/done_by": "Someone Else"},
     "after_fieldwork.obligations_done.submission-to-secretary-of-state.done_by: is not the lead inspector or a "
     "member of the team"),
    ({"after_fieldwork/obligations_done/submission-to-secretary-of-state/done_by": ""},
     "after_fieldwork.obligations_done.submission-to-secretary-of-state.done_by: should not be empty"),
    ({"after_fieldwork/obligations_done/Submission": {"done_on": "2025-04-14", "done_by": "Helen Marsh"}},
     "after_fieldwork.obligations_done.Submission: must be lower-case letters, digits and hyphens"),
    ({"after_fieldwork/improvement_plan/follow_ups/1/id": "3c1e0d2a-0000-4000-8000-00000000f001"},
     "after_fieldwork.improvement_plan.follow_ups.1.id: '3c1e0d2a-0000-4000-8000-00000000f001' appears twice, "
     "first at after_fieldwork.improvement_plan.follow_ups.0.id"),
    ({"after_fieldwork/improvement_plan/follow_ups/0/date": "01/09/2025"},
     "after_fieldwork.improvement_plan.follow_ups.0.date: '01/09/2025' is not a date (YYYY-MM-DD)"),
    ({"after_fieldwork/yjb_oversight/recorded_by": "The YJB"},
     "after_fieldwork.yjb_oversight.recorded_by: is not the lead inspector or a member of the team"),
    ({"after_fieldwork/yjb_oversight/rating": "Good"}, "after_fieldwork.yjb_oversight.rating:"),
])
def test_a_bad_record_after_fieldwork_is_one_line_naming_the_field(change: dict[str, Any], expected: str) -> None:
    assert expected in _refused(change)
