"""Export → import → export is byte-identical, and import(export(x)) == x, for any valid inspection."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings

from inspector.exchange.codec import read_exchange, write_exchange
from inspector.inspection.model import Inspection, InspectionDetails, Nation, TalliedPercentage
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
