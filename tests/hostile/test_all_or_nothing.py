"""All or nothing: a merge, an import, the demo or a new inspection that is refused or fails part-way
writes nothing. The lead's file stays byte for byte as it was; no half-made inspection file, `.partial`,
lock or backup folder is left behind (a process killed mid-import may leave its hidden `.partial`, which
the next run clears away); every refusal is one line."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.app.session import Session
from inspector.content import Content, load_content
from inspector.demo import demo_file, load_demo, scaled_demo
from inspector.errors import UserError
from inspector.exchange.codec import write_exchange
from inspector.inspection.model import Evidence, Inspection, SourceKind
from inspector.store import InspectionFile
from tests.hostile.helpers import Capture, Folder, refused
from tests.seed import REPO

CONTENT = load_content()
DEMO = load_demo(CONTENT)
ROOT = os.geteuid() == 0


@pytest.fixture(scope="module")
def content() -> Content:
    return CONTENT


@pytest.fixture()
def lead(tmp_path: Path) -> Path:
    """The lead's file holding the demo, opened once for editing since (so its backup is already taken)."""
    path = tmp_path / "lead" / "Northmoor.yjsi"
    path.parent.mkdir()
    _main(["demo", str(path)])
    InspectionFile.open(path, CONTENT.framework, "helen", rating_scheme=CONTENT.rating_scheme).close()
    return path


def _main(argv: list[str]) -> None:
    from inspector.cli import main

    assert main(argv) == 0


def _member_file(tmp_path: Path, inspection: Inspection) -> Path:
    """A team member's exchange file: the demo with two new evidence items (and whatever `inspection`
    changes)."""
    added = tuple(Evidence("1.2.1a", f"Member's note {n}", SourceKind.MEETING, "M9",
                           id=f"00000000-0000-4000-8000-00000000000{n}") for n in (1, 2))
    path = tmp_path / "member.json"
    path.write_text(write_exchange(replace(inspection, evidence=(*inspection.evidence, *added))), encoding="utf-8")
    return path


def _fail_on_second(monkeypatch: pytest.MonkeyPatch, name: str, error: BaseException) -> list[object]:
    """Make InspectionFile.<name> raise `error` on its second call (the first goes through)."""
    real = getattr(InspectionFile, name)
    calls: list[object] = []

    def second_fails(self: InspectionFile, *args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 2:
            raise error
        return real(self, *args, **kwargs)

    monkeypatch.setattr(InspectionFile, name, second_fails)
    return calls


def _disk_full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    return error


# --- merge ----------------------------------------------------------------------------------------------


def test_a_merge_refused_on_its_second_item_writes_nothing(
    lead: Path, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = _member_file(tmp_path, DEMO)
    before = Folder.of(lead.parent)
    calls = _fail_on_second(monkeypatch, "add_evidence", UserError("evidence id: refused for the test"))
    assert refused(["merge", str(lead), str(member)], capsys) == "evidence id: refused for the test"
    assert len(calls) == 2  # the first item was added, then undone with the rest
    assert before.changed_in(lead.parent) == set() and before.added_in(lead.parent) == set()


def test_a_disk_that_fails_on_the_second_item_of_a_merge_leaves_the_lead_as_it_was(
    lead: Path, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = _member_file(tmp_path, DEMO)
    before = Folder.of(lead.parent)
    _fail_on_second(monkeypatch, "_insert", _disk_full())
    message = refused(["merge", str(lead), str(member)], capsys, secrets=["Member's note"])
    assert message == (
        "the edit was not saved to Northmoor.yjsi: the disk is full; the file is as it was before the edit")
    assert before.changed_in(lead.parent) == set() and before.added_in(lead.parent) == set()


def test_a_member_of_another_inspection_is_refused_and_nothing_written(
    lead: Path, tmp_path: Path, capsys: Capture
) -> None:
    other = replace(DEMO, details=replace(DEMO.details, id="11111111-1111-4111-8111-111111111111", yjs="Elsewhere"))
    member = _member_file(tmp_path, other)
    before = Folder.of(lead.parent)
    message = refused(["merge", str(lead), str(member)], capsys)
    assert "is a different inspection" in message
    assert before.changed_in(lead.parent) == set() and before.added_in(lead.parent) == set()


def test_a_merge_into_a_lead_file_someone_is_editing_is_refused(lead: Path, tmp_path: Path, capsys: Capture) -> None:
    member = _member_file(tmp_path, DEMO)
    with InspectionFile.open(lead, CONTENT.framework, "bob", rating_scheme=CONTENT.rating_scheme):
        before = Folder.of(lead.parent)
        assert "is open for editing by bob" in refused(["merge", str(lead), str(member)], capsys)
        assert before.changed_in(lead.parent) == set()


def test_a_merge_that_brings_nothing_writes_nothing(lead: Path, tmp_path: Path, capsys: Capture) -> None:
    same = tmp_path / "member.json"
    same.write_text(write_exchange(DEMO), encoding="utf-8")
    before = Folder.of(lead.parent)
    _main(["merge", str(lead), str(same)])
    assert "evidence: 0 added" in capsys.readouterr().out
    assert before.changed_in(lead.parent) == set() and before.added_in(lead.parent) == set()


# --- import, demo and a new inspection --------------------------------------------------------------------


def test_demo_onto_an_existing_file_is_refused_and_leaves_it_alone(lead: Path, capsys: Capture) -> None:
    before = Folder.of(lead.parent)
    assert refused(["demo", str(lead)], capsys).endswith("already exists; choose another name "
                                                          "(an existing file is never overwritten)")
    assert before.changed_in(lead.parent) == set() and before.added_in(lead.parent) == set()


def test_an_import_failing_mid_load_leaves_nothing(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    real = InspectionFile._write_all

    def half_then_fail(self: InspectionFile, *args: object) -> bool:
        real(self, *args)  # every table written...
        raise _disk_full()  # ...and then the disk gives out

    monkeypatch.setattr(InspectionFile, "_write_all", half_then_fail)
    message = refused(["import", str(demo_file()), str(folder / "Northmoor.yjsi")], capsys)
    assert message == f"{folder / 'Northmoor.yjsi'} could not be created: the disk is full; nothing was written"
    assert Folder.of(folder).files == {} and list(folder.iterdir()) == []  # no .partial, lock or backups folder


def test_an_import_whose_backup_cannot_be_written_leaves_nothing(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "Northmoor.yjsi.backups").write_text("a file where the backup folder should be")
    before = Folder.of(folder)
    message = refused(["import", str(demo_file()), str(folder / "Northmoor.yjsi")], capsys)
    assert message.startswith(
        f"{folder / 'Northmoor.yjsi'} could not be created: its first backup could not be written (")
    assert before.added_in(folder) == set() and before.changed_in(folder) == set()


def test_a_refused_exchange_file_creates_nothing(tmp_path: Path, capsys: Capture) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(demo_file().read_text(encoding="utf-8").replace('"Good"', '"Satisfactory"', 1), encoding="utf-8")
    folder = tmp_path / "new"
    folder.mkdir()
    assert "is not a rating" in refused(["import", str(bad), str(folder / "N.yjsi")], capsys)
    assert list(folder.iterdir()) == []


def test_a_new_inspection_failing_mid_way_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's "new inspection" (Session.create): its first backup fails on a full disk."""
    from inspector.store import backups  # the store's own module: the failure is injected inside it

    def full(*args: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "write", full)
    folder, data = tmp_path / "new", tmp_path / "data"
    folder.mkdir()
    with pytest.raises(UserError) as failed:
        Session.create(folder / "Leeds.yjsi", CONTENT, DEMO.details, "jane", backup_dir=data / "Backups" / "Leeds")
    assert str(failed.value) == (f"{folder / 'Leeds.yjsi'} could not be created: its first backup could not be "
                                 "written (the disk is full); nothing was written")
    assert list(folder.iterdir()) == [] and not (data / "Backups" / "Leeds").exists()


@pytest.fixture()
def mounted(tmp_path: Path) -> Iterator[Path]:
    """An empty folder on its own small file system, unmounted afterwards (root only)."""
    where = tmp_path / "mount"
    where.mkdir()
    yield where
    subprocess.run(["umount", str(where)], check=False, capture_output=True)


def _mount(where: Path, options: str) -> None:
    if not ROOT:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


def test_an_import_into_a_read_only_folder_is_one_clear_line(tmp_path: Path, capsys: Capture, mounted: Path) -> None:
    if ROOT:
        _mount(mounted, "ro,size=64k")
    else:
        mounted.chmod(0o555)
    target = mounted / "Northmoor.yjsi"
    message = refused(["import", str(demo_file()), str(target)], capsys)
    assert message == f"{target} could not be created: the folder {mounted} cannot be written to; nothing was written"
    assert list(mounted.iterdir()) == []


def test_a_disk_filling_up_during_an_import_leaves_nothing(tmp_path: Path, capsys: Capture, mounted: Path) -> None:
    _mount(mounted, "size=200k")  # the demo's file is some 300 kB
    target = mounted / "Northmoor.yjsi"
    message = refused(["import", str(demo_file()), str(target)], capsys)
    assert message == f"{target} could not be created: the disk is full; nothing was written"
    assert list(mounted.iterdir()) == []


def test_restoring_beside_a_file_on_a_write_protected_medium_is_one_line(
    tmp_path: Path, capsys: Capture, mounted: Path
) -> None:
    _mount(mounted, "size=4m")
    target = mounted / "Northmoor.yjsi"
    _main(["demo", str(target)])
    (backup,) = (mounted / "Northmoor.yjsi.backups").iterdir()
    before = Folder.of(mounted)
    done = subprocess.run(["mount", "-o", "remount,ro", str(mounted)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot remount read-only: {done.stderr.decode().strip()}")
    message = refused(["restore", str(backup), str(target)], capsys)
    assert message.startswith(f"{backup.name} could not be restored beside Northmoor.yjsi: the folder {mounted} "
                              "cannot be written to (")
    assert message.endswith("; nothing was written, and neither file was changed")
    assert before.changed_in(mounted) == set() and before.added_in(mounted) == set()


def test_an_import_killed_mid_way_leaves_at_most_a_partial_the_next_run_clears(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(write_exchange(scaled_demo(CONTENT)), encoding="utf-8")
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "Northmoor.yjsi"
    proc = subprocess.Popen([sys.executable, "-m", "inspector.cli", "import", str(big), str(target)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(folder.glob(".*.partial")):
            assert time.monotonic() < deadline and proc.poll() is None, "the import was not caught mid-way"
            time.sleep(0.001)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    left = {p.relative_to(folder).as_posix() for p in folder.rglob("*")}
    assert not target.exists() and not (folder / "Northmoor.yjsi.lock").exists()
    assert all(".partial" in name or name == "Northmoor.yjsi.backups" for name in left), left

    _main(["import", str(big), str(target)])  # the next run goes through, and clears the killed one's leftovers
    assert sorted(p.name for p in folder.iterdir()) == ["Northmoor.yjsi", "Northmoor.yjsi.backups"]
    assert not [p for p in (folder / "Northmoor.yjsi.backups").iterdir() if ".partial" in p.name]
