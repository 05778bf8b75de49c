"""Backups: one at open, then at most one every N minutes of editing, the newest 10 kept, each a
whole inspection file holding the state it was taken at."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from inspector.content import Content
from inspector.inspection.model import Sufficiency
from inspector.store import BackupFailed, InspectionFile
from tests.store.conftest import FakeClock, integrity


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _toggle(f: InspectionFile, n: int) -> None:
    f.set_sufficiency("1.2.1c", Sufficiency.ABOVE if n % 2 else Sufficiency.BELOW)


def test_a_backup_is_taken_at_open_beside_the_file(make: Callable[..., InspectionFile], path: Path) -> None:
    with make():
        pass
    assert _names(path.with_name("Leeds.yjsi.backups")) == ["Leeds 2026-11-23 103000Z edit 4.yjsi"]


def test_backups_are_taken_at_most_every_n_minutes_of_editing(
    make: Callable[..., InspectionFile], clock: FakeClock, path: Path
) -> None:
    folder = path.with_name("Leeds.yjsi.backups")
    with make() as f:
        taken = []
        for n, minutes in enumerate([1, 2, 1.9, 0.1, 3, 1, 1, 0.5]):  # edits at 1, 3, 4.9, 5, 8, 9, 10, 10.5
            clock.advance(minutes)
            _toggle(f, n)
            taken.append(len(_names(folder)))
    # open at 0; then due at 5 (5 since 0) and 10 (5 since 5): never more often
    assert taken == [1, 1, 1, 2, 2, 2, 3, 3]


def test_the_interval_can_be_set(make: Callable[..., InspectionFile], clock: FakeClock, path: Path) -> None:
    with make(backup_every=timedelta(minutes=1)) as f:
        for n in range(3):
            clock.advance(1)
            _toggle(f, n)
    assert len(_names(path.with_name("Leeds.yjsi.backups"))) == 4


def test_only_the_newest_ten_are_kept(make: Callable[..., InspectionFile], clock: FakeClock, path: Path) -> None:
    folder = path.with_name("Leeds.yjsi.backups")
    with make() as f:
        for n in range(14):
            clock.advance(6)
            _toggle(f, n)
    names = _names(folder)
    assert len(names) == 10
    # 15 taken (open at 10:30, then each edit 6 minutes apart); the five oldest, to 10:54, went
    assert names[0] == "Leeds 2026-11-23 110000Z edit 9.yjsi"
    assert names[-1] == "Leeds 2026-11-23 115400Z edit 18.yjsi"


def test_reopening_an_unchanged_file_adds_no_backup(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], clock: FakeClock, path: Path
) -> None:
    make().close()
    for _ in range(12):
        clock.advance(60)
        opener().close()
    assert len(_names(path.with_name("Leeds.yjsi.backups"))) == 1
    clock.advance(60)
    with opener() as f:
        _toggle(f, 0)
    clock.advance(60)
    opener().close()
    assert len(_names(path.with_name("Leeds.yjsi.backups"))) == 2


def test_each_backup_is_an_inspection_file_holding_its_moment(
    make: Callable[..., InspectionFile], clock: FakeClock, tmp_path: Path, content: Content
) -> None:
    folder = tmp_path / "elsewhere"
    states = {}
    with make(backup_dir=folder) as f:
        for n in range(3):
            clock.advance(10)
            _toggle(f, n)
            states[max(folder.iterdir())] = f.snapshot()
        f.set_decisive("1.2.1c", True)  # not yet due for a backup: backup_now takes one anyway
        states[f.backup_now()] = f.snapshot()
    assert not (tmp_path / "Leeds.yjsi.backups").exists()
    assert len(states) == 4
    for backup, state in states.items():
        assert integrity(backup) == "ok"
        with InspectionFile.open(backup, content.framework, "jane", read_only=True,
                                 rating_scheme=content.rating_scheme) as copy:
            assert copy.snapshot() == state


def test_a_backup_that_cannot_be_written_is_reported(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], clock: FakeClock, path: Path
) -> None:
    folder = path.with_name("Leeds.yjsi.backups")
    with make() as f:
        for old in folder.iterdir():
            old.unlink()
        folder.rmdir()
        folder.write_text("a file where the backup folder should be")
        clock.advance(6)
        with pytest.raises(BackupFailed) as failed:
            f.set_sufficiency("1.2.1c", Sufficiency.BELOW)
        assert str(failed.value).startswith(f"the edit was saved, but a backup could not be written to {folder}: ")
        assert f.snapshot().judgement("1.2.1c").sufficiency is Sufficiency.BELOW
    with pytest.raises(BackupFailed, match=f"^a backup could not be written to {folder}: "):
        opener()
    assert not path.with_name("Leeds.yjsi.lock").exists()
