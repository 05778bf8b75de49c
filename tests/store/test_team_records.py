"""The register of documents, assignments and drafts (format 3) as the store keeps and refuses them."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.inspection.model import Document, DocumentKind, Evidence, SourceKind
from inspector.store import FileTeam, InspectionFile, InvalidEdit, team_on_file
from tests.store.conftest import DETAILS

DATA = Path(__file__).parent / "data"

MINUTES = Document("Management board minutes, May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="doc-1")


def test_evidence_cites_a_registered_document_which_stays_while_cited(make: Callable[..., InspectionFile]) -> None:
    with make() as f:
        item = Evidence("1.1.1a", "Targets challenged.", SourceKind.DOCUMENT, also=("1.1.1d",),
                        document_id=MINUTES.id, page="p. 3")
        with pytest.raises(InvalidEdit, match="not in the inspection's register"):
            f.add_evidence(item)
        f.set_document(MINUTES)
        f.add_evidence(item)
        assert f.snapshot().evidence_for("1.1.1d") == (item,) == f.snapshot().evidence_for("1.1.1a")
        with pytest.raises(InvalidEdit, match="1 evidence item"):
            f.delete_document(MINUTES.id)
        f.update_evidence(replace(item, document_id=None, page=""))
        f.delete_document(MINUTES.id)
        assert f.snapshot().documents == ()
        with pytest.raises(InvalidEdit, match=r"listed once|appears twice"):
            f.add_evidence(replace(item, id="e-2", document_id=None, also=("1.1.1a",)))


def test_work_is_assigned_to_the_team_only_and_the_team_keeps_who_has_work(
    make: Callable[..., InspectionFile],
) -> None:
    team = replace(DETAILS, team=("Daniel Okafor", "Priya Raman"))
    with make() as f:
        f.set_details(team)
        member = team.team[0]
        f.set_assignment("1.2", member)
        f.set_assignment("1.3.1", DETAILS.lead_inspector)
        assert [(a.scope_id, a.member) for a in f.snapshot().assignments] == [
            ("1.2", member), ("1.3.1", DETAILS.lead_inspector)]
        with pytest.raises(InvalidEdit, match="not the lead inspector or a member"):
            f.set_assignment("1.1", "root")
        with pytest.raises(InvalidEdit, match="not a standard or key question"):
            f.set_assignment("9.9", None)
        with pytest.raises(InvalidEdit, match="assign it again first"):
            f.set_details(replace(team, team=team.team[1:]))
        f.set_assignment("1.2", None)
        f.set_details(replace(team, team=team.team[1:]))
        assert [a.scope_id for a in f.snapshot().assignments] == ["1.3.1"]
        assert [e.what for e in f.audit()][-2:] == ["1.2 assigned to", "inspection details: team"]


def test_a_draft_is_kept_until_discarded_and_is_not_audited(make: Callable[..., InspectionFile]) -> None:
    with make() as f:
        rows = len(f.audit())
        f.save_draft("evidence:1.2.1c", {"text": "Half typed", "reference": "Board minutes"})
        assert f.drafts() == {"evidence:1.2.1c": {"text": "Half typed", "reference": "Board minutes"}}
        with pytest.raises(InvalidEdit, match=re.escape("draft evidence:1.2.1c text")):
            f.save_draft("evidence:1.2.1c", {"text": "\ud800"})
        f.discard_draft("evidence:1.2.1c")
        assert f.drafts() == {} and len(f.audit()) == rows


def test_the_team_is_read_from_the_file_before_it_is_opened(
    make: Callable[..., InspectionFile], path: Path, tmp_path: Path,
) -> None:
    with make() as f:
        f.set_details(replace(DETAILS, team=("Sam Patel", " ", "Jane Inspector", "Ade Bello")))
        assert team_on_file(path) == FileTeam("inspection-1", ("Jane Inspector", "Sam Patel", "Ade Bello"))
    # The files the format 1 and format 2 apps made hold their team where a format 3 app reads it.
    for old in ("format1.yjsi", "format2.yjsi"):
        copy = tmp_path / old  # a copy: a reader of a WAL file leaves its -shm beside it
        copy.write_bytes((DATA / old).read_bytes())
        team = team_on_file(copy)
        assert team is not None and team.names and team.inspection_id
    # What cannot be read so gives None: opening it then gives the store's own refusal.
    garbage = tmp_path / "not.yjsi"
    garbage.write_bytes(b"not an inspection file" * 100)
    assert team_on_file(garbage) is None
    assert team_on_file(tmp_path / "missing.yjsi") is None
    empty = tmp_path / "empty.yjsi"
    sqlite3.connect(empty).execute("CREATE TABLE details (id TEXT, lead_inspector TEXT, team TEXT)").connection.close()
    assert team_on_file(empty) is None
