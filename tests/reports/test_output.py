"""Exporting writes the whole document or nothing: a target open in Word or LibreOffice, read-only, or in
a folder that cannot be written to is refused in one line, and the file already there is untouched."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from inspector.errors import UserError
from inspector.reports import ReportKind, export_report
from inspector.reports.output import owner_files, write_atomically
from tests.reports.helpers import DEMO, TEMPLATES, report_of

REPORT = report_of(DEMO)
OLD = b"the report the panel already has"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "Northmoor panel.docx"
    path.write_bytes(OLD)
    return path


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[None]:
    yield
    for path in (tmp_path, *tmp_path.iterdir()):  # let pytest clean up
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def _refused(target: Path) -> str:
    with pytest.raises(UserError) as caught:
        export_report(REPORT, TEMPLATES.get(ReportKind.PANEL), target)
    message = str(caught.value)
    assert "\n" not in message
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".partial")] == []
    return message


def test_an_export_replaces_the_old_file_whole(target: Path) -> None:
    export_report(REPORT, TEMPLATES.get(ReportKind.PANEL), target)
    assert docx.Document(str(target)).paragraphs[0].text == "Ratings panel report"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_a_new_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "new.docx"
    previous = os.umask(0o022)
    try:
        write_atomically(path, b"data")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_owner_files_follow_word_and_libreoffice() -> None:
    names = [p.name for p in owner_files(Path("/x/Northmoor panel.docx"))]
    assert names == ["~$Northmoor panel.docx", "~$orthmoor panel.docx", "~$rthmoor panel.docx",
                     ".~lock.Northmoor panel.docx#"]


@pytest.mark.parametrize("lock", ["~$rthmoor panel.docx", "~$Northmoor panel.docx", ".~lock.Northmoor panel.docx#"])
def test_a_document_open_in_an_office_program_is_not_overwritten(target: Path, lock: str) -> None:
    (target.parent / lock).write_bytes(b"owner")
    message = _refused(target)
    assert message == (f"Northmoor panel.docx is open in Word or LibreOffice ({lock} is beside it); close it, "
                       "or export under another name")


@pytest.mark.usefixtures("read_only")
def test_a_read_only_document_is_not_overwritten(target: Path) -> None:
    target.chmod(0o444)
    assert _refused(target) == ("Northmoor panel.docx is read-only; export under another name or make it "
                                "writable")


@pytest.mark.usefixtures("read_only")
def test_a_read_only_folder_is_refused(target: Path) -> None:
    target.parent.chmod(0o555)
    assert _refused(target) == (f"{target}: the folder {target.parent} cannot be written to; export to another "
                                "folder")


def test_a_missing_folder_a_folder_and_a_wrong_name_are_refused(tmp_path: Path) -> None:
    template = TEMPLATES.get(ReportKind.PANEL)
    cases = {
        tmp_path / "nowhere" / "r.docx": f"the folder {tmp_path / 'nowhere'} does not exist",
        tmp_path / "r.pdf": "a report's file name must end in .docx",
    }
    (tmp_path / "folder.docx").mkdir()
    cases[tmp_path / "folder.docx"] = "is a folder; give a file name ending in .docx"
    for path, problem in cases.items():
        with pytest.raises(UserError, match=problem.replace(".", r"\.")):
            export_report(REPORT, template, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.docx"]


def test_a_rename_the_system_refuses_leaves_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows refuses to replace a file another program holds open; os.replace is where that happens.
    def refuse(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert _refused(target) == ("Northmoor panel.docx was not written (it is open in another program); any "
                                "earlier file is unchanged")
