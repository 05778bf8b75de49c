"""Inspection files changed by another program: a schema that is not the app's, or rows holding values the
app could not have written. Each is refused in one line naming what is wrong (never case text, never a
traceback) by every command and by both kinds of open, and nothing is changed: a tampered lead's file
stays byte for byte as it was through a merge.

Each file is the demo (`inspector demo`), then changed with sqlite3 directly, as another program would.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.cli import main
from inspector.content import load_content
from inspector.store import ChangedOutside, DamagedFile, InspectionFile, ReadOnly
from tests.hostile.helpers import Capture, Folder, refused

CONTENT = load_content()
# What a read-only check of the file may leave beside it (docs/data-model.md, "Integrity and restore").
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Case:
    name: str
    sql: str
    said: str  # in the one-line refusal
    error: type[Exception]  # what InspectionFile.open raises
    readable: bool = False  # ChangedOutside only: may it be opened read-only?

    def __str__(self) -> str:
        return self.name


def changed(name: str, sql: str, said: str, *, readable: bool = True) -> Case:
    return Case(name, sql, f"was changed outside YJS Inspector: {said}", ChangedOutside, readable)


def damaged(name: str, sql: str, said: str) -> Case:
    return Case(name, sql, said, DamagedFile)


def _rebuilt(table: str, create: str) -> str:
    """Replace `table` with one made by `create` (named new_), keeping its rows."""
    return f"{create}; INSERT INTO new_ SELECT * FROM {table}; DROP TABLE {table}; ALTER TABLE new_ RENAME TO {table}"


EVIDENCE_5 = "(SELECT id FROM evidence ORDER BY position LIMIT 1 OFFSET 4)"
INTERVIEW_2 = "(SELECT id FROM interviews ORDER BY position LIMIT 1 OFFSET 1)"

CASES = [
    # --- the schema -----------------------------------------------------------------------------
    changed("extra trigger", "CREATE TRIGGER zz AFTER INSERT ON evidence BEGIN DELETE FROM evidence; END",
            "extra trigger zz"),
    changed("audit_no_delete dropped", "DROP TRIGGER audit_no_delete", "audit trigger audit_no_delete is missing"),
    changed("audit_no_update dropped", "DROP TRIGGER audit_no_update", "audit trigger audit_no_update is missing"),
    changed("both audit triggers dropped", "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete",
            "audit trigger audit_no_update is missing"),
    changed("audit trigger changed", "DROP TRIGGER audit_no_delete; CREATE TRIGGER audit_no_delete BEFORE DELETE "
            "ON audit WHEN 0 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            "audit trigger audit_no_delete is changed"),
    changed("extra table", "CREATE TABLE zt (a TEXT)", "extra table zt"),
    changed("extra index", "CREATE INDEX zi ON evidence (text)", "extra index zi"),
    changed("index dropped", "DROP INDEX evidence_prompt", "index evidence_prompt is missing"),
    changed("extra view", "CREATE VIEW zv AS SELECT id FROM evidence", "extra view zv"),
    changed("extra column", "ALTER TABLE evidence ADD COLUMN x TEXT", "table evidence has an extra column x"),
    changed("changed CHECK", _rebuilt("diversity", "CREATE TABLE new_ (id INTEGER PRIMARY KEY CHECK (id IN (1, 2)), "
                                      "sufficient INTEGER, note TEXT NOT NULL) STRICT"),
            "table diversity is defined differently"),
    changed("not STRICT", _rebuilt("tallies", "CREATE TABLE new_ (prompt_id TEXT PRIMARY KEY, percent TEXT NOT NULL, "
                                   "interviews INTEGER)"),
            "table tallies is not STRICT"),
    changed("column declared differently", _rebuilt("case_ratings", "CREATE TABLE new_ (standard_id TEXT PRIMARY KEY, "
                                                    "rating TEXT) STRICT"),
            "column case_ratings.rating is declared differently"),
    changed("view in place of a table",
            "ALTER TABLE evidence RENAME TO kept; CREATE VIEW evidence AS SELECT * FROM kept",
            "evidence is a view, not a table", readable=False),
    changed("table dropped", "DROP TABLE tallies", "table tallies is missing", readable=False),
    changed("column dropped", "ALTER TABLE evidence DROP COLUMN tag", "table evidence lacks the column tag",
            readable=False),
    changed("primary key dropped", _rebuilt("answers", "CREATE TABLE new_ (key_question_id TEXT, answer TEXT, "
                                            "rationale TEXT NOT NULL) STRICT"),
            "column answers.key_question_id is declared differently", readable=False),
    changed("computed column", "CREATE TABLE new_ (standard_id TEXT PRIMARY KEY, proposed TEXT, rationale TEXT "
            "GENERATED ALWAYS AS ('Outstanding work') VIRTUAL) STRICT; INSERT INTO new_ (standard_id, proposed) "
            "SELECT standard_id, proposed FROM proposals; DROP TABLE proposals; ALTER TABLE new_ RENAME TO proposals",
            "column proposals.rationale is computed, not stored", readable=False),
    # --- values the app could not have written ---------------------------------------------------------
    damaged("source kind", f"UPDATE evidence SET source = 'telepathy' WHERE id = {EVIDENCE_5}", "column source"),
    damaged("evidence tag", f"UPDATE evidence SET tag = 'rumour' WHERE id = {EVIDENCE_5}", "column tag"),
    damaged("sufficiency", "UPDATE judgements SET sufficiency = 'sideways' WHERE rowid = 3", "column sufficiency"),
    damaged("decisive not 0 or 1", "UPDATE judgements SET decisive = 7 WHERE rowid = 3", "column decisive"),
    damaged("answer", "UPDATE answers SET answer = 'maybe' WHERE rowid = 1", "column answer"),
    damaged("proposed rating", "UPDATE proposals SET proposed = 'Brilliant' WHERE rowid = 1", "column proposed"),
    damaged("recipient", "UPDATE recommendations SET recipient = 'the press' WHERE rowid = 1", "column recipient"),
    damaged("nation", "UPDATE details SET nation = 'Atlantis'", "the details row, column nation"),
    damaged("case rating", "UPDATE case_ratings SET rating = 'Fine' WHERE rowid = 1", "column rating"),
    damaged("panel state", "INSERT INTO panel_decisions VALUES ('1.1', 'pending', NULL, '')",
            "panel_decisions row 1.1, column state"),
    damaged("panel comment kind", "INSERT INTO panel_comments VALUES ('c1', 1, '1.1', 'rant', 'x', 'jo', NULL)",
            "panel_comments row c1, column kind"),
    damaged("interview date", f"UPDATE interviews SET date = '2026-13-45' WHERE id = {INTERVIEW_2}", "column date"),
    damaged("fieldwork start", "UPDATE details SET fieldwork_start = 'soon'",
            "the details row, column fieldwork_start"),
    damaged("recorded at", f"UPDATE evidence SET recorded_at = 'yesterday' WHERE id = {EVIDENCE_5}",
            "column recorded_at"),
    damaged("team not JSON", "UPDATE details SET team = '[\"Jo\", '", "the details row, column team: not JSON"),
    damaged("team not names", "UPDATE details SET team = '[1, 2]'", "the details row, column team"),
    damaged("responses not JSON", f"UPDATE interviews SET responses = '[[' WHERE id = {INTERVIEW_2}",
            "column responses: not JSON"),
    damaged("responses answer",
            f"UPDATE interviews SET responses = '[[\"q1\", \"perhaps\", \"\"]]' WHERE id = {INTERVIEW_2}",
            "column responses"),
    damaged("tally percent", "UPDATE tallies SET percent = 'lots' WHERE rowid = 1", "column percent"),
    damaged("details row missing", "DELETE FROM details", "the details row is missing"),
    damaged("diversity row missing", "DELETE FROM diversity", "the diversity row is missing"),
    damaged("meta key missing", "DELETE FROM meta WHERE key = 'framework_id'", "its meta table lacks framework_id"),
    damaged("format not a number", "UPDATE meta SET value = 'two' WHERE key = 'schema_version'",
            "its meta schema_version is not a file format number"),
    damaged("format step record", "DELETE FROM _sqlite_migrations WHERE name = '0002_ratings_panel'",
            "its record of the format steps applied is not that of its format"),
    damaged("prompt id not in the framework", f"UPDATE evidence SET prompt_id = '9.9.9z' WHERE id = {EVIDENCE_5}",
            "its evidence prompt id is not one the app could have written"),
    damaged("judgement prompt id", "UPDATE judgements SET prompt_id = '1.1.1zz' WHERE rowid = 3",
            "its prompt id is not one the app could have written"),
    damaged("negative position", f"UPDATE evidence SET position = -1 WHERE id = {EVIDENCE_5}", "column position"),
    damaged("more sufficient than cases", "UPDATE case_counts SET sufficient = cases + 1 WHERE rowid = 1",
            "case_counts row 2.1 (position 1): its standard 2.1 case count"),
    damaged("negative resettlement cases", "UPDATE details SET resettlement_cases_12_months = -3",
            "its resettlement cases in the 12 months before fieldwork is not one"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    return path


def _copy(demo: Path, folder: Path) -> Path:
    """The demo and its backups in `folder`."""
    folder.mkdir()
    shutil.copy(demo, folder / demo.name)
    shutil.copytree(demo.with_name(demo.name + ".backups"), folder / (demo.name + ".backups"))
    return folder / demo.name


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()


def _only_side_files(before: Folder, folder: Path) -> None:
    assert before.changed_in(folder) == set()
    assert all(name.endswith(SIDE_FILES) for name in before.added_in(folder)), before.added_in(folder)


@pytest.fixture(params=CASES, ids=str)
def tampered(request: pytest.FixtureRequest, demo: Path, tmp_path: Path) -> tuple[Case, Path]:
    case: Case = request.param
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, case.sql)
    return case, path


def test_every_command_refuses_in_one_line(tampered: tuple[Case, Path], tmp_path: Path, capsys: Capture) -> None:
    case, path = tampered
    before = Folder.of(path.parent)
    out = tmp_path / "out.json"
    for argv in (["evaluate", str(path)], ["export", str(path), "--plain", "-o", str(out)],
                 ["report", str(path), "--kind", "panel", "-o", str(tmp_path / "out.docx")]):
        said = refused(argv, capsys)
        assert said.startswith(path.name) and case.said in said, said
        if case.error is DamagedFile:
            assert said.startswith(f"{path.name} is damaged (") and "the newest good backup is" in said, said
    assert not out.exists() and not (tmp_path / "out.docx").exists()
    if case.error is ChangedOutside or "audit" not in case.sql:
        said = refused(["audit", str(path)], capsys)
        assert case.said in said, said
    _only_side_files(before, path.parent)


def test_a_tampered_lead_is_left_byte_for_byte(tampered: tuple[Case, Path], demo: Path, tmp_path: Path,
                                               capsys: Capture) -> None:
    case, lead = tampered
    member = _copy(demo, tmp_path / "member")
    before = Folder.of(lead.parent)
    said = refused(["merge", str(lead), str(member)], capsys)
    assert case.said in said, said
    _only_side_files(before, lead.parent)


def test_a_tampered_member_changes_nothing(tampered: tuple[Case, Path], demo: Path, tmp_path: Path,
                                           capsys: Capture) -> None:
    case, member = tampered
    lead = _copy(demo, tmp_path / "good")
    before = Folder.of(lead.parent)
    said = refused(["merge", str(lead), str(member)], capsys)
    assert case.said in said, said
    assert Folder.of(lead.parent) == before


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "editing"])
def test_opening_raises_the_refusal(tampered: tuple[Case, Path], read_only: bool) -> None:
    case, path = tampered
    before = Folder.of(path.parent)
    with pytest.raises(case.error) as refusal:
        InspectionFile.open(path, CONTENT.framework, "tester", read_only=read_only,
                            rating_scheme=CONTENT.rating_scheme).close()
    assert case.said in str(refusal.value)
    if isinstance(refusal.value, ChangedOutside):
        assert refusal.value.readable is case.readable
    _only_side_files(before, path.parent)


def _open_changed(path: Path, *, read_only: bool) -> InspectionFile:
    return InspectionFile.open(path, CONTENT.framework, "tester", read_only=read_only, accept_changed=True,
                               rating_scheme=CONTENT.rating_scheme)


@pytest.mark.parametrize("case", [case for case in CASES if case.error is ChangedOutside], ids=str)
def test_what_was_changed_harmlessly_opens_read_only_only(case: Case, demo: Path, tmp_path: Path) -> None:
    """The window's offer: read-only, saying why; never for editing; never where a read could show
    what is not stored."""
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, case.sql)
    with pytest.raises(ChangedOutside):
        _open_changed(path, read_only=False).close()
    if not case.readable:
        with pytest.raises(ChangedOutside, match="it cannot be opened"):
            _open_changed(path, read_only=True).close()
        return
    with _open_changed(path, read_only=True) as opened:
        assert opened.read_only_reason is not None
        assert opened.read_only_reason.startswith(f"changed outside YJS Inspector: {case.said.split(': ', 1)[1]}")
        assert len(opened.snapshot().evidence) == 125
        with pytest.raises(ReadOnly):
            opened.delete_evidence(opened.snapshot().evidence[0].id)


def test_an_extra_trigger_no_longer_empties_the_evidence(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    """As found: the trigger deleted every evidence item on the merge's first insert."""
    lead = _copy(demo, tmp_path / "lead")
    _tamper(lead, "CREATE TRIGGER zz AFTER INSERT ON evidence BEGIN DELETE FROM evidence; END")
    member = _copy(demo, tmp_path / "member")
    refused(["merge", str(lead), str(member)], capsys)
    conn = sqlite3.connect(lead)
    assert conn.execute("SELECT count(*) FROM evidence").fetchone() == (125,)
    conn.close()


def _flip_a_byte(path: Path, text: str) -> None:
    """Make one byte in the middle of every stored copy of `text` invalid UTF-8, on the disk."""
    data = path.read_bytes()
    needle = text.encode("utf-8")
    assert needle in data
    middle = len(needle) // 2
    path.write_bytes(data.replace(needle, needle[:middle] + b"\xff" + needle[middle + 1:]))


def test_invalid_utf8_in_evidence_text_is_named_never_printed(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    path = _copy(demo, tmp_path / "lead")
    conn = sqlite3.connect(path)
    (text,) = conn.execute(f"SELECT text FROM evidence WHERE id = {EVIDENCE_5}").fetchone()
    conn.close()
    _flip_a_byte(path, text)
    middle = len(text) // 2
    secrets = [text[:middle], text[middle + 1:], text[middle - 12:middle], text[middle + 1:middle + 12]]
    for argv in (["evaluate", str(path)], ["audit", str(path)], ["export", str(path), "--plain"]):
        said = refused(argv, capsys, secrets=secrets)
        assert "column text: not UTF-8 text" in said or "column new: not UTF-8 text" in said, said
        assert said.startswith("northmoor.yjsi is damaged (evidence row ") or "audit row " in said, said
        assert "the newest good backup is" in said


def test_invalid_utf8_in_the_audit_log_is_named_never_printed(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, "DROP TRIGGER audit_no_update; UPDATE audit SET reason = CAST(x'4a6f20ff2073616964' AS TEXT) "
                  "WHERE id = 2; " + "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n            "
                  "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    said = refused(["audit", str(path)], capsys, secrets=["Jo", "said"])
    assert "audit row 2, column reason: not UTF-8 text" in said


def test_a_bad_time_in_the_audit_log_is_damage(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, "DROP TRIGGER audit_no_update; UPDATE audit SET at = 'teatime' WHERE id = 3; "
                  "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n            "
                  "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    assert "audit row 3, column at: not a date and time" in refused(["audit", str(path)], capsys)


def test_a_text_column_holding_bytes_is_damage_when_read(demo: Path, tmp_path: Path) -> None:
    """STRICT tables refuse bytes in a text column; a table rebuilt without STRICT takes them, and the
    file, offered read-only, is then refused as damaged when the value is read."""
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, _rebuilt("recommendations", "CREATE TABLE new_ (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                           "text TEXT NOT NULL, recipient TEXT NOT NULL)")
            + "; UPDATE recommendations SET text = x'4a6f' WHERE rowid = 1")
    with pytest.raises(DamagedFile, match="its recommendation text is not one the app could have written"):
        _open_changed(path, read_only=True).close()


def test_a_backup_changed_outside_is_not_offered(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    """The integrity check that picks the backup to offer compares the schema too."""
    path = _copy(demo, tmp_path / "lead")
    (backup,) = path.with_name(path.name + ".backups").iterdir()
    _tamper(backup, "CREATE TRIGGER zz AFTER INSERT ON evidence BEGIN DELETE FROM evidence; END")
    _tamper(path, "UPDATE details SET nation = 'Atlantis'")
    assert "no good backup was found" in refused(["evaluate", str(path)], capsys)


def test_the_demo_and_its_backup_are_the_apps_own(demo: Path, tmp_path: Path) -> None:
    path = _copy(demo, tmp_path / "lead")
    (backup,) = path.with_name(path.name + ".backups").iterdir()
    for opened in (path, backup):
        with InspectionFile.open(opened, CONTENT.framework, "tester", rating_scheme=CONTENT.rating_scheme) as f:
            assert len(f.snapshot().evidence) == 125


def test_a_character_earlier_versions_took_is_not_damage(demo: Path, tmp_path: Path) -> None:
    """A form feed pasted from Word was stored before the text gate refused it: the file still opens (the
    gate is for what is entered, not for what is stored)."""
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, f"UPDATE evidence SET text = 'Seen' || char(12) || 'in the file' WHERE id = {EVIDENCE_5}")
    with InspectionFile.open(path, CONTENT.framework, "tester", rating_scheme=CONTENT.rating_scheme) as opened:
        assert any("\f" in e.text for e in opened.snapshot().evidence)


def test_a_character_earlier_versions_took_is_named_at_export_not_written(demo: Path, tmp_path: Path,
                                                                          capsys: Capture) -> None:
    """Export holds to what import takes: the form feed stored before the gate is named by its field and
    no exchange file is written that no import would read."""
    path = _copy(demo, tmp_path / "lead")
    _tamper(path, f"UPDATE evidence SET text = 'Seen' || char(12) || 'in the file' WHERE id = {EVIDENCE_5}")
    out = tmp_path / "out.json"
    message = refused(["export", str(path), "--plain", "-o", str(out)], capsys, secrets=["Seen", "in the file"])
    assert message.endswith(".text: holds a character Word cannot hold (U+000C) at position 5: edit it and "
                            "export again"), message
    assert message.startswith("prompts.") and ".evidence." in message
    assert not out.exists()
