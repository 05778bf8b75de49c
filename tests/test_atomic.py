"""The one atomic write behind reports, exchange files and the recent list: the whole new file or the
old one, never half; the usual permissions; a refusal in one line with nothing left behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector import atomic
from inspector.errors import UserError
from inspector.exchange.files import write_atomically as write_exchange_text
from inspector.reports.output import write_atomically as write_report


def test_the_new_bytes_replace_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "northmoor.json"
    target.write_bytes(b"old")
    atomic.write_atomically(target, b"new \xc5\xb5")
    assert target.read_bytes() == b"new \xc5\xb5"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["northmoor.json"]


@pytest.mark.parametrize("write", [
    lambda path: write_report(path.with_suffix(".docx"), b"data"),
    lambda path: write_exchange_text(path.with_suffix(".json"), "{}\n"),
])
def test_reports_and_exchange_files_are_owner_only_whatever_the_umask(
    tmp_path: Path, write: Callable[[Path], None]
) -> None:
    previous = os.umask(0o022)
    try:
        write(tmp_path / "out")
    finally:
        os.umask(previous)
    [written] = tmp_path.iterdir()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600  # case details: not for other accounts


def test_exchange_text_keeps_its_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "n.json"
    write_exchange_text(target, "{\n \"yjs\": \"Ynys Môn\"\n}\n")
    assert target.read_bytes() == "{\n \"yjs\": \"Ynys Môn\"\n}\n".encode()


def test_a_refused_rename_leaves_the_old_file_and_no_partial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "northmoor.json"
    target.write_bytes(b"old")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError) as refused:
        atomic.write_atomically(target, b"new")
    assert str(refused.value) == ("northmoor.json was not written (it is open in another program); any earlier "
                                  "file is unchanged")
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["northmoor.json"]
