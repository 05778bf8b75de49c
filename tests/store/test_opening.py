"""Opening: what the file records about itself, and the one-line refusals for files this app must
not open (another framework, a newer format, not an inspection file at all)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import inspector
from inspector.content import Content
from inspector.errors import UserError
from inspector.inspection.model import Sufficiency
from inspector.store import (
    FILE_SUFFIX,
    AlreadyExists,
    DamagedFile,
    InspectionFile,
    NewerSchema,
    NotAnInspection,
    UnknownFramework,
    schema,
)
from tests.store.conftest import DETAILS


def _sql(path: Path, statement: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement).fetchall()
    finally:
        conn.close()


def test_the_file_records_what_made_it(make: Callable[..., InspectionFile], path: Path, content: Content) -> None:
    with make() as f:
        assert f._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert FILE_SUFFIX == ".yjsi" and path.suffix == FILE_SUFFIX
    meta = dict(_sql(path, "SELECT key, value FROM meta"))
    assert meta == {
        "schema_version": str(schema.schema_version()), "app_version": inspector.__version__,
        "framework_id": content.framework.id,
        "framework_version": "v3.4, June 2024", "inspection_id": "inspection-1",
        "created_at": "2026-11-23T10:30:00+00:00", "created_by": "jane",
    }
    assert _sql(path, "PRAGMA journal_mode") == [("wal",)]
    assert _sql(path, "PRAGMA application_id") == [(0x594A5349,)]
    assert [name for (name,) in _sql(path, "SELECT name FROM _sqlite_migrations")] == [
        "0001_initial", "0002_ratings_panel", "0003_team_week", "0004_after_fieldwork"
    ]
    # A new file was never in an older format: nothing says it was upgraded.
    assert _sql(path, "SELECT count(*) FROM audit WHERE what = 'file format'") == [(0,)]


def test_create_never_overwrites(make: Callable[..., InspectionFile], path: Path) -> None:
    make().close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(AlreadyExists, match=re.escape("Leeds.yjsi already exists; choose another name")):
        make()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_create_in_a_missing_folder_is_one_line(tmp_path: Path, content: Content) -> None:
    target = tmp_path / "no such folder" / "Leeds.yjsi"
    with pytest.raises(UserError) as refused:
        InspectionFile.create(target, content.framework, DETAILS, "jane", rating_scheme=content.rating_scheme)
    assert str(refused.value).startswith(f"{target} could not be created: ")
    assert "\n" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("field", ["id", "version"])
def test_a_file_made_with_another_framework_is_refused(
    make: Callable[..., InspectionFile], path: Path, content: Content, field: str
) -> None:
    make().close()
    other = content.framework.model_copy(update={field: "hmip-yj-other" if field == "id" else "v3.5, May 2025"})
    for read_only in (False, True):
        with pytest.raises(UnknownFramework) as refused:
            InspectionFile.open(path, other, "jane", read_only=read_only, rating_scheme=content.rating_scheme)
        made, has = "hmip-yj-domain-one-3.4-4.1 v3.4, June 2024", f"{other.id} {other.version}"
        assert str(refused.value) == (
            f"Leeds.yjsi was made with the framework {made}, which this app does not have (it has {has}); "
            "open it with the app version it was made with"
        )
    assert not path.with_name("Leeds.yjsi.lock").exists()  # a refused open lets go of the lock


def test_a_file_from_a_newer_app_is_refused_not_upgraded(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path
) -> None:
    make().close()
    newer = schema.schema_version() + 1
    _sql(path, f"UPDATE meta SET value = '{newer}' WHERE key = 'schema_version'")
    _sql(path, "UPDATE meta SET value = '0.3.0' WHERE key = 'app_version'")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for read_only in (False, True):
        with pytest.raises(NewerSchema) as refused:
            opener(read_only=read_only)
        assert str(refused.value) == (
            f"Leeds.yjsi was made by a newer version of the app (app 0.3.0, file format {newer}; this version "
            f"reads up to format {newer - 1}); update the app to open it"
        )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def _other_sqlite(path: Path) -> None:
    _sql(path, "CREATE TABLE notes (x)")


def _text(path: Path) -> None:
    path.write_text("Leeds fieldwork notes\n" * 50)


def _folder(path: Path) -> None:
    path.mkdir()


def _empty(path: Path) -> None:
    path.touch()


@pytest.mark.parametrize(
    ("make_it", "problem"),
    [
        (None, "there is no such file"),
        (_text, "it is not a database"),
        (_empty, "it is not a database"),
        (_folder, "it is a folder"),
        (_other_sqlite, "it is a database of another kind"),
    ],
)
def test_something_else_is_not_an_inspection_file(
    opener: Callable[..., InspectionFile], path: Path, make_it: Callable[[Path], None] | None, problem: str
) -> None:
    if make_it:
        make_it(path)
    for read_only in (False, True):
        with pytest.raises(NotAnInspection) as refused:
            opener(read_only=read_only)
        assert str(refused.value) == f"{path} is not an inspection file: {problem}"
    assert sorted(p.name for p in path.parent.iterdir()) == (["Leeds.yjsi"] if make_it else [])


def test_an_inspection_file_without_its_meta_table_is_damaged(
    opener: Callable[..., InspectionFile], path: Path
) -> None:
    _sql(path, f"PRAGMA application_id = {schema.APPLICATION_ID}")
    _sql(path, "CREATE TABLE details (id)")
    with pytest.raises(DamagedFile, match=r"Leeds.yjsi is damaged \(no such table: meta\)"):
        opener()


def _add_index(db: object) -> None:
    db.execute("CREATE INDEX interviews_reference ON interviews (reference)")  # type: ignore[attr-defined]


def test_an_older_file_is_backed_up_then_upgraded_when_opened_for_editing(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with make() as f:
        f.set_sufficiency("1.2.1c", Sufficiency.ABOVE)
        before = f.snapshot()
    steps = schema.STEPS
    monkeypatch.setattr(schema, "STEPS", (*steps, _add_index))
    folder = path.with_name("Leeds.yjsi.backups")
    backups_before = set(folder.iterdir())

    viewer = opener("sam", read_only=True)  # read-only: upgraded in memory, the file untouched
    assert viewer.snapshot() == before
    viewer.close()
    assert _sql(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(len(steps)),)]

    with opener("sam") as upgraded:
        assert upgraded.snapshot() == before
        last = upgraded.audit()[-1]
        assert (last.what, last.old, last.new, last.user) == (
            "file format", str(len(steps)), str(len(steps) + 1), "sam"
        )
    assert _sql(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(len(steps) + 1),)]
    assert _sql(path, "SELECT count(*) FROM sqlite_master WHERE name = 'interviews_reference'") == [(1,)]
    new_backups = sorted(set(folder.iterdir()) - backups_before)
    # One before the upgrade, in the old format (restorable by the old app), one after it.
    assert [b.name.split(" edit ")[1] for b in new_backups] == ["5.yjsi", "6.yjsi"]
    assert _sql(new_backups[0], "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(len(steps)),)]
