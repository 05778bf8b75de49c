"""The recent-files list: newest first, each file once, at most ten, and never an error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from inspector.app.recent import KEEP, RecentFiles

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("x")
    return path


def test_newest_first_and_each_file_once(tmp_path: Path) -> None:
    recent = RecentFiles(tmp_path / "data" / "recent.json")
    leeds, york = _file(tmp_path, "Leeds.yjsi"), _file(tmp_path, "York.yjsi")
    recent.add(leeds, "Leeds YJS", T0)
    recent.add(york, "York YJS", T0 + timedelta(hours=1))
    recent.add(leeds, "Leeds Youth Justice Service", T0 + timedelta(hours=2))
    entries = recent.entries()
    assert [(e.path, e.yjs) for e in entries] == [(leeds, "Leeds Youth Justice Service"), (york, "York YJS")]
    assert entries[0].opened_at == T0 + timedelta(hours=2)
    # A new reader of the same list (the next start of the app) sees the same.
    assert RecentFiles(tmp_path / "data" / "recent.json").entries() == entries


def test_keeps_the_newest_ten(tmp_path: Path) -> None:
    recent = RecentFiles(tmp_path / "recent.json")
    paths = [_file(tmp_path, f"{n}.yjsi") for n in range(KEEP + 3)]
    for n, path in enumerate(paths):
        recent.add(path, f"YJS {n}", T0 + timedelta(minutes=n))
    assert [e.path for e in recent.entries()] == list(reversed(paths))[:KEEP]


def test_a_moved_file_stays_listed_as_missing_until_removed(tmp_path: Path) -> None:
    recent = RecentFiles(tmp_path / "recent.json")
    leeds = _file(tmp_path, "Leeds.yjsi")
    recent.add(leeds, "Leeds", T0)
    leeds.unlink()
    (entry,) = recent.entries()
    assert entry.missing
    recent.remove(leeds)
    assert recent.entries() == []


def test_an_unreadable_list_is_an_empty_one(tmp_path: Path) -> None:
    store = tmp_path / "recent.json"
    for text in ("not json", '{"path": 1}', '[{"path": "a"}]', "[1, 2]"):
        store.write_text(text)
        assert RecentFiles(store).entries() == []
    RecentFiles(store).add(_file(tmp_path, "Leeds.yjsi"), "Leeds", T0)  # and is replaced by a good one
    assert len(RecentFiles(store).entries()) == 1


def test_a_list_that_cannot_be_written_does_not_stop_anything(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    recent = RecentFiles(blocked / "recent.json")
    recent.add(_file(tmp_path, "Leeds.yjsi"), "Leeds", T0)
    assert recent.entries() == []
