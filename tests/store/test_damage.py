"""A damaged file is refused, never changed, and a good backup is offered and restored to a new file;
a disk that refuses an edit leaves the file as it was and says the edit was not saved."""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.content import Content
from inspector.inspection.model import Evidence, Inspection, SourceKind, Sufficiency
from inspector.store import DamagedFile, InspectionFile, NotAnInspection, NotSaved, restore_backup
from inspector.store.backups import default_folder
from tests.store.conftest import FakeClock, fill, integrity

PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _corrupt_middle(path: Path) -> None:
    """Overwrite one whole database page in the middle of the file with random bytes."""
    pages = path.stat().st_size // PAGE
    assert pages >= 8, "the file should span several pages"
    with path.open("r+b") as f:
        f.seek(PAGE * (pages // 2))
        f.write(random.Random(7).randbytes(PAGE))


def _grow(f: InspectionFile, start: int, count: int) -> None:
    for n in range(start, start + count):
        text = f"Observation {n}: " + "caseload notes " * 20
        f.add_evidence(Evidence("1.2.1c", text, SourceKind.DOCUMENT, id=f"e{n}"))


Damaged = tuple[Inspection, Path, Path, str]


@pytest.fixture()
def damaged(make: Callable[..., InspectionFile], clock: FakeClock, path: Path) -> Damaged:
    """A file with backups, the newest holding the returned snapshot; then more edits; closed; corrupted.
    Returns (snapshot in the newest backup, newest backup, the one before it, hash of the damaged file)."""
    with make() as f:
        fill(f)
        _grow(f, 0, 60)
        clock.advance(10)
        older = f.backup_now()
        _grow(f, 60, 60)
        clock.advance(10)
        newest = f.backup_now()
        backed_up = f.snapshot()
        _grow(f, 120, 60)  # after the newest backup: these are lost with the damaged file
    _corrupt_middle(path)
    return backed_up, newest, older, _digest(path)


def test_damaged_file_offers_the_newest_good_backup_and_is_not_changed(
    damaged: Damaged, opener: Callable[..., InspectionFile], path: Path, content: Content
) -> None:
    backed_up, newest, _, digest = damaged
    assert integrity(path) != "ok"
    for read_only in (False, True):
        with pytest.raises(DamagedFile) as refused:
            opener(read_only=read_only)
        assert refused.value.backup == newest
        message = str(refused.value)
        assert message.startswith("Leeds.yjsi is damaged (")
        assert message.endswith(f"and was not changed; the newest good backup is {newest}; restore it to a new file")
        assert "\n" not in message
    assert _digest(path) == digest

    restored = restore_backup(newest, path)
    assert restored.parent == path.parent and restored.suffix == ".yjsi"
    assert restored.name.startswith("Leeds (restored ")
    assert _digest(path) == digest
    with InspectionFile.open(restored, content.framework, "jane", rating_scheme=content.rating_scheme) as f:
        assert f.snapshot() == backed_up
        f.set_sufficiency("1.2.1c", Sufficiency.BELOW)  # and it can be worked on
    again = restore_backup(newest, path)  # a second restore never overwrites the first
    assert again != restored and again.name.endswith(" 2.yjsi")
    assert _digest(path) == digest


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(
    damaged: Damaged, opener: Callable[..., InspectionFile]
) -> None:
    _, newest, older, _ = damaged
    _corrupt_middle(newest)
    with pytest.raises(DamagedFile) as refused:
        opener()
    assert refused.value.backup == older


def test_damaged_file_without_backups_says_so(
    damaged: Damaged, opener: Callable[..., InspectionFile], path: Path
) -> None:
    shutil.rmtree(default_folder(path))
    with pytest.raises(DamagedFile, match="no good backup was found") as refused:
        opener(backup_dir=path.parent / "empty")
    assert refused.value.backup is None


def test_backups_beside_the_file_are_found_when_its_backup_folder_has_none(
    damaged: Damaged, opener: Callable[..., InspectionFile], path: Path
) -> None:
    # The app keeps backups in the user's data folder; the command-line tools keep theirs beside the file.
    _, newest, _, _ = damaged
    with pytest.raises(DamagedFile) as refused:
        opener(backup_dir=path.parent / "empty")
    assert refused.value.backup == newest


def test_a_damaged_header_is_still_recognised_by_its_backups(
    damaged: Damaged, opener: Callable[..., InspectionFile], path: Path
) -> None:
    _, newest, _, _ = damaged
    with path.open("r+b") as f:
        f.write(bytes(100))
    with pytest.raises(DamagedFile, match="it is not a database") as refused:
        opener()
    assert refused.value.backup == newest


def test_restoring_something_that_is_not_a_backup_is_refused(tmp_path: Path, path: Path) -> None:
    text = tmp_path / "notes.yjsi"
    text.write_text("not a database " * 20)
    with pytest.raises(NotAnInspection):
        restore_backup(text, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.yjsi"]


@pytest.mark.parametrize(
    ("pragma", "why"),
    [
        ("max_page_count = {pages}", "the disk is full"),  # the database can grow no further: as a full disk
        ("query_only = ON", "the disk or folder cannot be written to"),  # as a read-only medium
    ],
)
def test_a_disk_that_refuses_an_edit_leaves_the_file_as_it_was(
    filled: InspectionFile, opener: Callable[..., InspectionFile], path: Path, pragma: str, why: str
) -> None:
    before, log = filled.snapshot(), filled.audit()
    db = filled._db  # the test stands in for the disk
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA {pragma.format(pages=pages)}")
    big = Evidence("1.2.1c", "a long note " * 20_000, SourceKind.DOCUMENT, id="big")
    with pytest.raises(NotSaved) as refused:
        filled.add_evidence(big)
    assert str(refused.value) == f"the edit was not saved to Leeds.yjsi: {why}; the file is as it was before the edit"
    assert (filled.snapshot(), filled.audit()) == (before, log)
    assert integrity(path) == "ok"

    db.execute("PRAGMA max_page_count = 1073741823")
    db.execute("PRAGMA query_only = OFF")
    filled.add_evidence(big)  # space again: the same connection goes on working
    filled.close()
    with opener(read_only=True) as again:
        assert again.snapshot().evidence[-1] == big
