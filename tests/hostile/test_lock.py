"""The one-writer lock against a hostile or unlucky folder: whatever is done to the note beside an open
inspection (`lead.yjsi.lock`), a second writer is refused in one line, and nothing left there by a dead
holder, or by anyone, stops the next one or is written through.

The writer here is `inspector merge LEAD MEMBER`, which opens the lead's file for editing; the holder is
another process (tests/store/worker.py) with the file open for editing.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector.cli import main
from tests.hostile.helpers import Capture, refused
from tests.store.worker import holder

# Case text from the demo inspection: never in a refusal.
SECRETS = ("The plan sets clear priorities", "owned by the partnership", "Northmoor")
SOMEONE = "lead.yjsi is open for editing by someone; open it read-only, or ask them to close it"


@pytest.fixture()
def lead(tmp_path: Path, capsys: Capture) -> Path:
    path = tmp_path / "lead.yjsi"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture()
def member(lead: Path) -> Path:
    copy = lead.with_name("member.yjsi")
    shutil.copyfile(lead, copy)
    return copy


@pytest.fixture()
def held(lead: Path) -> Iterator[Path]:
    """`lead` open for editing by sam in another process; yields its note."""
    with holder(lead, "sam"):
        yield lead.with_name("lead.yjsi.lock")


def merge(lead: Path, member: Path) -> list[str]:
    return ["merge", str(lead), str(member)]


def test_held_by_another_process_names_the_holder(lead: Path, member: Path, held: Path, capsys: Capture) -> None:
    assert refused(merge(lead, member), capsys, secrets=SECRETS).startswith(
        f"lead.yjsi is open for editing by sam on {socket.gethostname()} since "
    )


def test_note_deleted_still_refuses(lead: Path, member: Path, held: Path, capsys: Capture) -> None:
    held.unlink()
    assert refused(merge(lead, member), capsys, secrets=SECRETS) == SOMEONE


def test_note_replaced_by_a_folder_still_refuses(lead: Path, member: Path, held: Path, capsys: Capture) -> None:
    held.unlink()
    held.mkdir()
    assert refused(merge(lead, member), capsys, secrets=SECRETS) == SOMEONE


def test_note_replaced_by_garbage_still_refuses(lead: Path, member: Path, held: Path, capsys: Capture) -> None:
    held.write_bytes(b"\xff\xfe\x00garbage{" * 10_000)
    assert refused(merge(lead, member), capsys, secrets=SECRETS) == SOMEONE


def test_note_unreadable_still_refuses(lead: Path, member: Path, held: Path, capsys: Capture) -> None:
    held.unlink()
    held.symlink_to(held.name)  # a loop: no one, root included, can read it
    assert refused(merge(lead, member), capsys, secrets=SECRETS) == SOMEONE


def test_note_replaced_by_a_pipe_refuses_without_waiting(
    lead: Path, member: Path, held: Path, capsys: Capture
) -> None:
    held.unlink()
    os.mkfifo(held)  # reading it would wait for a writer that never comes
    assert refused(merge(lead, member), capsys, secrets=SECRETS) == SOMEONE


def test_note_with_a_forged_many_line_name_is_one_line(
    lead: Path, member: Path, held: Path, capsys: Capture
) -> None:
    held.write_text(json.dumps({"user": "sam\nerror: forged\r\x1b[2J" + "x" * 1000, "host": ["a", "list"],
                                "since": "not a time"}))
    message = refused(merge(lead, member), capsys, secrets=SECRETS)
    assert message.startswith("lead.yjsi is open for editing by sam error: forged [2J")
    assert len(message) < 300


def test_a_note_left_as_a_folder_refuses_in_one_line_and_changes_nothing(
    lead: Path, member: Path, capsys: Capture
) -> None:
    note = lead.with_name("lead.yjsi.lock")
    note.mkdir()
    before = lead.read_bytes()
    message = refused(merge(lead, member), capsys, secrets=SECRETS)
    assert message.startswith("lead.yjsi cannot be opened for editing: its lock file cannot be written (")
    assert note.is_dir() and lead.read_bytes() == before


@pytest.mark.parametrize("left", ["garbage", "unreadable", "another holder's note"])
def test_a_stale_note_does_not_stop_the_next_writer(lead: Path, member: Path, capsys: Capture, left: str) -> None:
    note = lead.with_name("lead.yjsi.lock")
    if left == "another holder's note":
        note.write_text(json.dumps({"user": "sam", "host": socket.gethostname(), "pid": 1, "since": "2026-11-23"}))
    else:
        note.write_bytes(b"\x00not json")
        if left == "unreadable":
            note.chmod(0)
    assert main(merge(lead, member)) == 0
    assert not note.exists()  # replaced by this writer's, which went when it closed


def test_a_note_pointing_elsewhere_is_replaced_not_written_through(
    lead: Path, member: Path, tmp_path: Path, capsys: Capture
) -> None:
    elsewhere = tmp_path / "someone else's file"
    elsewhere.write_text("keep me")
    note = lead.with_name("lead.yjsi.lock")
    note.symlink_to(elsewhere)
    assert main(merge(lead, member)) == 0
    assert elsewhere.read_text() == "keep me"
    assert not note.exists() and not note.is_symlink()
