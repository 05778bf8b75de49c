"""Files made by earlier versions of the app open in this one with everything they hold.

The files in tests/store/data were made by the app itself at each format (`inspector demo` at the commits
before format 2 and before format 3), with the exchange file the format 2 app exported from its file: so
what an older app wrote, not what this one imagines it wrote, is what the upgrade is tested on.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from inspector.content import Content
from inspector.exchange.codec import read_exchange
from inspector.inspection.model import Document, DocumentKind, ImprovementPlan, ObligationMet, YjbOversight
from inspector.store import InspectionFile, schema

DATA = Path(__file__).parent / "data"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(DATA / name, target)
    return target


def _version(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (value,) = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return str(value)
    finally:
        conn.close()


@pytest.mark.parametrize("old", [1, 2])
def test_a_file_of_an_older_format_is_upgraded_with_everything_it_holds(
    old: int, tmp_path: Path, content: Content
) -> None:
    path = _copy(f"format{old}.yjsi", tmp_path)
    exported = read_exchange(
        (DATA / "format2.json").read_text(encoding="utf-8"), content.framework, content.rating_scheme, content.forms
    )
    # The format 1 app had no ratings panel; its demo is the format 2 one's without it.
    expected = exported if old == 2 else replace(exported, panel=(), panel_comments=())

    with InspectionFile.open(path, content.framework, "Sam", rating_scheme=content.rating_scheme, read_only=True) as f:
        assert f.snapshot() == expected  # read-only: upgraded in memory, the file untouched
    assert _version(path) == str(old)

    with InspectionFile.open(path, content.framework, "Sam", rating_scheme=content.rating_scheme) as f:
        held = f.snapshot()
        log = f.audit()
        assert held == expected
        assert held.documents == () and held.assignments == ()
        assert all(e.also == () and e.document_id is None and e.page == "" for e in held.evidence)
        steps = [(e.old, e.new, e.user) for e in log if e.what == "file format"]
        assert steps == [(str(n), str(n + 1), "Sam") for n in range(old, schema.schema_version())]
        assert all(e.login is None for e in log)  # rows made before format 3 name no computer account
        f.save_draft("evidence:1.2.1c", {"text": "Half typed"})
        f.set_document(Document("Board minutes May 2024", DocumentKind.EVIDENCE_IN_ADVANCE))
    assert _version(path) == str(schema.schema_version())
    with InspectionFile.open(path, content.framework, "Sam", rating_scheme=content.rating_scheme) as f:
        assert f.drafts() == {"evidence:1.2.1c": {"text": "Half typed"}}
        assert [d.title for d in f.snapshot().documents] == ["Board minutes May 2024"]
        assert f.audit()[-1].login is not None and f.audit()[-1].user == "Sam"


def test_a_format_3_file_is_upgraded_to_hold_the_record_after_fieldwork(tmp_path: Path, content: Content) -> None:
    # format3.yjsi and format3.json: `inspector demo` and `inspector export --plain` at the commit before format 4.
    path = _copy("format3.yjsi", tmp_path)
    expected = read_exchange(
        (DATA / "format3.json").read_text(encoding="utf-8"), content.framework, content.rating_scheme, content.forms
    )
    with InspectionFile.open(path, content.framework, "Sam", rating_scheme=content.rating_scheme, read_only=True) as f:
        assert f.snapshot() == expected
    assert _version(path) == "3"

    lead = expected.details.lead_inspector
    with InspectionFile.open(path, content.framework, lead, rating_scheme=content.rating_scheme) as f:
        held = f.snapshot()
        assert held == expected
        assert held.obligations_met == () and held.follow_ups == ()
        assert held.yjb_oversight == YjbOversight() and held.improvement_plan == ImprovementPlan()
        assert [(e.old, e.new) for e in f.audit() if e.what == "file format"] == [("3", "4")]
        obligation = "indicative-rating-to-yjb"
        f.set_obligation_met(obligation, ObligationMet(obligation, date(2026, 12, 7), lead))
        f.set_improvement_plan(ImprovementPlan(date(2027, 1, 15), lead))
    assert _version(path) == "4"
    with InspectionFile.open(path, content.framework, lead, rating_scheme=content.rating_scheme, read_only=True) as f:
        held = f.snapshot()
        assert [(m.obligation_id, m.done_on) for m in held.obligations_met] == [
            ("indicative-rating-to-yjb", date(2026, 12, 7))
        ]
        assert held.improvement_plan.received == date(2027, 1, 15)
        assert [e.what for e in f.audit()[-3:]] == [
            "after fieldwork: indicative-rating-to-yjb done", "improvement plan: received",
            "improvement plan: recorded by",
        ]
