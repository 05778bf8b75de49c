"""Confidential by default: every file the tool makes is 0o600 and every folder 0o700, whatever the umask.

The operations are the real ones (the demo, a new inspection and an edit, backups, an export, a report,
the log, the recent list, a restore, the app's demo copy and backup folder, the personal word list), run
under the usual 0o022 umask with the command line's own 0o077 umask turned off, so what is checked is the
mode each file and folder is given as it is made; the umask, the second defence, is checked on its own.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path

import pytest

from inspector import logs, owner_only
from inspector.app import places
from inspector.app.recent import RecentFiles
from inspector.cli import main
from inspector.commands import demo as demo_command
from inspector.content import Content, load_content
from inspector.inspection.model import InspectionDetails, Nation, Sufficiency
from inspector.spelling import PersonalWords
from inspector.store import InspectionFile, restore_backup

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")

DETAILS = InspectionDetails(yjs="Leeds Youth Justice Service", nation=Nation.ENGLAND, id="inspection-1")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture()
def usual_umask(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """0o022, as on most desktops, and the command line's 0o077 umask turned off."""
    monkeypatch.setattr(owner_only, "umask", nullcontext)
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def modes(folder: Path) -> dict[str, int]:
    """Every file and folder under `folder` (not `folder` itself), by relative path, with its mode."""
    found = {}
    for root, folders, files in os.walk(folder):
        for name in [*folders, *files]:
            path = Path(root, name)
            found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def wrong(folder: Path) -> dict[str, str]:
    """What is not owner-only under `folder`: path -> mode."""
    return {
        name: oct(mode) for name, mode in modes(folder).items()
        if mode != (0o700 if (folder / name).is_dir() else 0o600)
    }


def test_everything_the_tool_makes_is_owner_only(
    tmp_path: Path, content: Content, usual_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    work, data = tmp_path / "work", tmp_path / "user data"
    work.mkdir(mode=0o700)
    demo = work / "Northmoor.yjsi"
    assert main(["demo", str(demo)]) == 0  # with its first backup beside it

    leeds = work / "Leeds.yjsi"
    with InspectionFile.create(leeds, content.framework, DETAILS, "jane", rating_scheme=content.rating_scheme) as f:
        f.set_sufficiency("1.2.1c", Sufficiency.BELOW, reason="caseloads over 20")
        backup = f.backup_now()
        open_now = modes(work)
        assert {"Leeds.yjsi-wal", "Leeds.yjsi-shm", "Leeds.yjsi.lock"} <= set(open_now)
        assert wrong(work) == {}  # the database's -wal and -shm, and the lock's note, while it is open
    # The app's own backup folder for a file, in the user data folder (made with its parents).
    with InspectionFile.open(demo, content.framework, "jane", rating_scheme=content.rating_scheme,
                             backup_dir=places.backup_folder(demo, data)):
        pass
    restored = restore_backup(backup, leeds)

    assert main(["export", str(demo), "--plain", "-o", str(work / "Northmoor.json")]) == 0
    assert main(["report", str(demo), "--kind", "panel", "-o", str(work / "Northmoor panel.docx")]) == 0
    capsys.readouterr()

    log = logs.start_logging(data / "logs" / "deeper")
    try:
        logs.log.info("a line")
        handler = logs.log.handlers[-1]
        assert isinstance(handler, logs.OwnerOnlyFileHandler)
        handler.doRollover()  # the next file is made by the handler, not by start_logging
        logs.log.info("after rotating")
    finally:
        logs.stop_logging()
    RecentFiles(data / "recent.json").add(leeds, DETAILS.yjs, datetime(2026, 11, 23, tzinfo=UTC))
    places.demo_inspection(content, data / "demo copy")
    PersonalWords(places.personal_words_file(data / "words")).add("Wexcombe")  # "Add to dictionary"

    assert restored.parent == work and log.is_file()
    made = {**open_now, **modes(work)}
    made.update({f"user data/{name}": mode for name, mode in modes(data).items()})
    for expected in (
        "Northmoor.yjsi.backups", "Leeds.yjsi.backups", restored.name, "Northmoor.json", "Northmoor panel.docx",
        "user data/Backups", "user data/logs/deeper/inspector.log", "user data/logs/deeper/inspector.log.1",
        "user data/recent.json", "user data/demo copy/Northmoor YJS (demo).yjsi",
        "user data/words/Personal words.txt",
    ):
        assert expected in made, expected
    assert wrong(tmp_path) == {}  # the user data folder itself included
    print("\nmodes seen:", ", ".join(f"{name} {oct(mode)}" for name, mode in sorted(made.items())))


def test_the_command_line_runs_under_an_owner_only_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []

    def probe(_args: object) -> int:
        seen.append(_umask_now())
        return 0

    monkeypatch.setattr(demo_command, "_run", probe)
    previous = os.umask(0o022)
    try:
        assert main(["demo", str(tmp_path / "x.yjsi")]) == 0
        after = _umask_now()
    finally:
        os.umask(previous)
    assert seen == [0o077]
    assert after == 0o022  # put back for whoever called it in the same process


def test_the_window_runs_under_an_owner_only_umask(monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector.gui import app as gui_app  # Qt only here

    seen = []
    monkeypatch.setattr(gui_app, "_run", lambda *_args: seen.append(_umask_now()) or 0)
    previous = os.umask(0o022)
    try:
        assert gui_app.main([]) == 0
    finally:
        os.umask(previous)
    assert seen == [0o077]


def _umask_now() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
