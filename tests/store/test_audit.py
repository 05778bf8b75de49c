"""The audit log is append-only, and `inspector audit FILE` prints it in time order."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.cli import main
from inspector.framework.model import Rating
from inspector.inspection.model import Sufficiency
from inspector.store import InspectionFile
from inspector.store.audit import computer_account
from tests.store.conftest import FakeClock


@pytest.mark.parametrize(
    "statement", ["UPDATE audit SET new = 'Outstanding'", "DELETE FROM audit", "DELETE FROM audit WHERE id = 2"]
)
def test_the_audit_table_refuses_updates_and_deletes(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path, statement: str
) -> None:
    with make() as f:
        f.set_proposal("1.2", Rating.GOOD, "", "panel agreed")
        log = f.audit()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="the audit log is append-only"), conn:
            conn.execute(statement)
    finally:
        conn.close()
    with opener(read_only=True) as again:
        assert again.audit() == log


def test_inspector_audit_prints_the_log_in_time_order(
    make: Callable[..., InspectionFile], clock: FakeClock, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with make() as f:
        clock.advance(61)
        f.set_sufficiency("1.2.1c", Sufficiency.BELOW, "caseloads over 20")
        clock.advance(1)
        f.set_sufficiency("1.2.1c", None, "entered on the wrong prompt")
    assert main(["audit", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "2026-11-23 10:30:00 UTC  jane  inspection file: (not set) -> created with "
        "hmip-yj-domain-one-3.4-4.1 v3.4, June 2024"
    )
    assert lines[-2:] == [
        "2026-11-23 11:31:00 UTC  jane  prompt 1.2.1c sufficiency: (not set) -> below  reason: caseloads over 20",
        "2026-11-23 11:32:00 UTC  jane  prompt 1.2.1c sufficiency: below -> (removed)  "
        "reason: entered on the wrong prompt",
    ]
    assert main(["audit", "--json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(lines) and [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert rows[-1] == {
        "id": rows[-1]["id"], "at": "2026-11-23T11:32:00+00:00", "user": "jane", "what": "prompt 1.2.1c sufficiency",
        "old": "below", "new": None, "reason": "entered on the wrong prompt", "login": computer_account(),
    }


def test_inspector_audit_on_something_else_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.yjsi"
    notes.write_text("not an inspection " * 10)
    assert main(["audit", str(notes)]) == 2
    assert capsys.readouterr().err == f"error: {notes} is not an inspection file: it is not a database\n"
