"""A file on a medium that cannot be written (a write-protected stick, a read-only share) is read by every
command that only reads, and the window's read-only mode; opening it for editing says why it cannot be
and offers read-only. Until these, SQLite's "unable to open database file" stopped even `evaluate`: a
WAL file's readers need a `-shm` file beside it, which a read-only folder cannot take.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from inspector.cli import main
from inspector.content import load_content
from inspector.inspection.model import Sufficiency
from inspector.store import InspectionFile, ReadOnlyMedium
from tests.hostile.helpers import Capture, Folder, refused
from tests.mounts import read_only_file, read_only_folder

CONTENT = load_content()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    return path


def _open(path: Path, *, read_only: bool) -> InspectionFile:
    return InspectionFile.open(path, CONTENT.framework, "tester", read_only=read_only,
                               rating_scheme=CONTENT.rating_scheme)


def test_the_reading_commands_work_on_a_read_only_stick(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    with read_only_folder(tmp_path / "stick", [demo]) as stick:
        path = stick / demo.name
        before = Folder.of(stick)
        capsys.readouterr()
        assert main(["evaluate", str(path), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)
        assert main(["audit", str(path)]) == 0
        assert "inspection file" in capsys.readouterr().out
        assert main(["export", str(path), "--plain"]) == 0
        assert len(json.loads(capsys.readouterr().out)["interviews"]) == 24
        report = tmp_path / "panel.docx"
        assert main(["report", str(path), "--kind", "panel", "-o", str(report)]) == 0
        assert report.stat().st_size > 0
        assert Folder.of(stick) == before


def test_read_only_opening_says_why(demo: Path, tmp_path: Path) -> None:
    with read_only_folder(tmp_path / "stick", [demo]) as stick, _open(stick / demo.name, read_only=True) as opened:
        assert opened.read_only_reason == "the folder cannot be written to"
        assert len(opened.snapshot().evidence) == 125
        assert opened.audit()


def test_opening_for_editing_offers_read_only(demo: Path, tmp_path: Path, capsys: Capture) -> None:
    with read_only_folder(tmp_path / "stick", [demo]) as stick:
        path = stick / demo.name
        with pytest.raises(ReadOnlyMedium) as refusal:
            _open(path, read_only=False)
        assert str(refusal.value) == (
            "northmoor.yjsi cannot be opened for editing: the folder cannot be written to; open it read-only")
        assert refusal.value.why == "the folder cannot be written to"
        said = refused(["merge", str(path), str(demo)], capsys)
        assert said == str(refusal.value)


def test_a_read_only_file_in_a_writable_folder(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / demo.name
    shutil.copy(demo, path)
    with read_only_file(path):
        with pytest.raises(ReadOnlyMedium, match="the file cannot be written to"):
            _open(path, read_only=False)
        with _open(path, read_only=True) as opened:
            assert opened.read_only_reason == "the file cannot be written to"
            assert len(opened.snapshot().evidence) == 125


def _copied_while_open(demo: Path, folder: Path, *, with_shm: bool) -> list[Path]:
    """The demo with one edit still in its -wal (copied while the writer has it open), and its -shm if
    `with_shm`: what a stick pulled out mid-session, or a share the lead is editing, holds."""
    folder.mkdir()
    path = folder / demo.name
    shutil.copy(demo, path)
    writer = _open(path, read_only=False)
    try:
        writer.set_sufficiency("1.1.1a", Sufficiency.BELOW)
        copies = folder / "copies"
        copies.mkdir()
        suffixes = ["", "-wal", "-shm"] if with_shm else ["", "-wal"]
        for suffix in suffixes:
            shutil.copy(path.with_name(path.name + suffix), copies / (path.name + suffix))
    finally:
        writer.close()
    return [copies / (path.name + suffix) for suffix in suffixes]


def test_a_leftover_wal_that_cannot_be_replayed_is_refused_not_ignored(demo: Path, tmp_path: Path,
                                                                       capsys: Capture) -> None:
    """Without a -shm, only `immutable` reads a file in a read-only folder, and it ignores the -wal:
    the last edits would be silently missing. Refused instead, saying what to do."""
    files = _copied_while_open(demo, tmp_path / "work", with_shm=False)
    assert files[1].stat().st_size > 0
    with read_only_folder(tmp_path / "stick", files) as stick:
        said = refused(["evaluate", str(stick / demo.name)], capsys)
        assert said == (
            "northmoor.yjsi cannot be read in this folder, which cannot be written to: its last edits are still "
            "in northmoor.yjsi-wal, which SQLite must write beside it to read; copy both files to a folder that "
            "can be written to and open the copy")


def test_a_wal_with_its_shm_is_read_with_its_last_edits(demo: Path, tmp_path: Path) -> None:
    """A read-only share the lead has open: SQLite reads the -wal through the -shm it cannot write."""
    files = _copied_while_open(demo, tmp_path / "work", with_shm=True)
    with read_only_folder(tmp_path / "stick", files) as stick, _open(stick / demo.name, read_only=True) as opened:
        assert opened.snapshot().judgement("1.1.1a").sufficiency is Sufficiency.BELOW
