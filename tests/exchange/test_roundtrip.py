"""Export → import → export is byte-identical, and import(export(x)) == x, for any valid inspection."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings

from inspector.demo import load_demo
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.framework.model import Rating
from inspector.inspection.model import (
    CommentKind,
    Inspection,
    InspectionDetails,
    Nation,
    PanelComment,
    PanelDecision,
    PanelState,
    TalliedPercentage,
)
from inspector.store import InspectionFile
from tests.exchange.strategies import CONTENT, inspections


def _read(text: str) -> Inspection:
    return read_exchange(text, CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms)


@settings(max_examples=60, deadline=None)
@given(inspections())
def test_export_import_export_is_identical(inspection: Inspection) -> None:
    text = write_exchange(inspection)
    assert _read(text) == inspection
    assert write_exchange(_read(text)) == text


@settings(max_examples=15, deadline=None)
@given(inspections())
def test_percentages_are_written_digit_for_digit(inspection: Inspection) -> None:
    written = json.loads(write_exchange(inspection), parse_float=Decimal)["interview_percentages"]
    expected = {t.prompt_id: t.percent for t in inspection.tallies}
    assert {p: Decimal(v["percent"]) for p, v in written.items()} == expected
    for tally in inspection.tallies:
        assert str(written[tally.prompt_id]["percent"]) == str(tally.percent)


def test_a_percentage_a_float_would_blur_survives() -> None:
    exact = Decimal("64.99999999999999999")  # float(exact) == 65.0
    inspection = Inspection(
        details=InspectionDetails(yjs="Northmoor", nation=Nation.ENGLAND),
        framework_id=CONTENT.framework.id, framework_version=CONTENT.framework.version,
    )
    inspection = replace(inspection, tallies=(TalliedPercentage("1.2.1c", exact, 20),))
    text = write_exchange(inspection)
    assert '"percent": 64.99999999999999999,' in text
    assert _read(text).tallies[0].percent == exact


@settings(max_examples=15, deadline=None)
@given(inspections())
def test_an_inspection_file_keeps_everything_the_exchange_file_holds(inspection: Inspection) -> None:
    """Exchange file → inspection file → exchange file: the same bytes (the store loses nothing)."""
    text = write_exchange(inspection)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inspection.yjsi"
        with InspectionFile.create(path, CONTENT.framework, inspection.details, "test",
                                   rating_scheme=CONTENT.rating_scheme) as created:
            created.replace_all(_read(text), "imported")
            assert write_exchange(created.snapshot()) == text


def test_a_version_1_document_still_imports_with_nothing_from_the_panel() -> None:
    """Written before the ratings panel (format version 1): no panel sections, and nothing recorded."""
    demo = load_demo(CONTENT)
    current = json.loads(write_exchange(demo))
    assert current["version"] == 4 and current["panel"] == {} and current["panel_comments"] == []
    old = {key: value for key, value in current.items()
           if key not in ("panel", "panel_comments", "documents", "assignments")}
    for part in old["prompts"].values():
        part["evidence"] = [{k: v for k, v in e.items() if k not in ("also", "document_id", "page")}
                            for e in part["evidence"]]
    old["version"] = 1
    imported = _read(json.dumps(old, ensure_ascii=False))
    # The demo as version 1 held it: no register of documents, each item on its own prompt only.
    before = replace(demo, documents=(), evidence=tuple(replace(e, also=(), document_id=None, page="")
                                                        for e in demo.evidence))
    assert imported == before and imported.panel == () and imported.panel_comments == ()
    assert write_exchange(imported) == write_exchange(before)  # written again as version 3


def test_panel_records_are_written_in_scheme_order_with_every_field() -> None:
    demo = load_demo(CONTENT)
    at = datetime(2026, 11, 30, 14, 5, tzinfo=UTC)
    inspection = replace(
        demo,
        panel=(PanelDecision("1.2", PanelState.PROPOSED), PanelDecision("2.2", PanelState.AGREED, Rating.GOOD, "Seen")),
        panel_comments=(PanelComment("1.2", CommentKind.CHALLENGE, "Why 'Good'?", "Ann", at,
                                     id="6a1d2c3e-0000-4000-8000-000000000001"),),
    )
    document = json.loads(write_exchange(inspection))
    assert list(document)[-4:] == ["panel", "panel_comments", "documents", "assignments"]
    assert document["panel"] == {"1.2": {"state": "proposed", "agreed": None, "reason": ""},
                                 "2.2": {"state": "agreed", "agreed": "Good", "reason": "Seen"}}
    assert document["panel_comments"] == [{"id": "6a1d2c3e-0000-4000-8000-000000000001", "standard": "1.2",
                                           "kind": "challenge", "text": "Why 'Good'?", "by": "Ann",
                                           "at": "2026-11-30T14:05:00+00:00"}]
    assert _read(write_exchange(inspection)) == inspection
