"""The first backup of a new file holds what was just written: after `inspector demo` or `import` it is
the whole inspection, not the empty file it was loaded into, so a file damaged on its first day has a
backup worth restoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.cli import main
from inspector.content import Content
from inspector.demo import demo_file
from inspector.exchange.files import read_exchange_file
from inspector.store import InspectionFile, restore_backup


def test_the_demos_only_backup_holds_the_demo_and_restores_it_whole(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "Northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    (backup,) = path.with_name("Northmoor.yjsi.backups").iterdir()
    restored = restore_backup(backup, path)
    with InspectionFile.open(restored, content.framework, "jane", read_only=True,
                             rating_scheme=content.rating_scheme) as copy:
        held = copy.snapshot()
    demo = read_exchange_file(demo_file(), content)
    assert held == demo
    assert sum(j.sufficiency is not None for j in held.judgements) == 117


def test_a_new_inspection_is_backed_up_once_and_its_first_open_adds_none(
    content: Content, tmp_path: Path, path: Path
) -> None:
    assert main(["import", str(demo_file()), str(path)]) == 0
    folder = path.with_name(path.name + ".backups")
    first = sorted(folder.iterdir())
    InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme).close()
    assert sorted(folder.iterdir()) == first and len(first) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Leeds.yjsi", "Leeds.yjsi.backups"]


def test_the_command_line_lists_a_damaged_files_backups_and_restores_one(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the window's backups: none here
    path = tmp_path / "Northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    (backup,) = path.with_name("Northmoor.yjsi.backups").iterdir()
    path.write_bytes(path.read_bytes()[:100] + b"\0" * 8192)  # damaged past its header
    capsys.readouterr()
    assert main(["backups", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Northmoor.yjsi holds nothing that can be read"
    assert lines[1].endswith("(just now): 117 prompts judged, 125 evidence items, 24 interviews")
    assert lines[2] == f"  {backup}"

    assert main(["restore", str(backup), str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"restored {backup.name} to {tmp_path}/Northmoor (restored ")
    assert out.endswith("(117 prompts judged, 125 evidence items, 24 interviews); Northmoor.yjsi is unchanged\n")
