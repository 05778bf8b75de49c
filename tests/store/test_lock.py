"""One writer at a time: a second opener, in this process or another, is refused and told who has
the file; read-only opens need no lock; a killed writer's lock dies with it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from inspector.inspection.model import Sufficiency
from inspector.store import FileLocked, InspectionFile
from tests.seed import REPO


@contextmanager
def holder(path: Path, user: str) -> Iterator[subprocess.Popen[str]]:
    """Another process with `path` open for editing until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.worker", "hold", str(path), user],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        yield proc
    finally:
        if proc.poll() is None:
            proc.communicate("close\n", timeout=30)


def test_second_open_in_the_same_process_is_refused_naming_the_holder(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile]
) -> None:
    with make():
        with pytest.raises(FileLocked) as refused:
            opener("sam")
    assert str(refused.value) == (
        f"Leeds.yjsi is open for editing by jane on {socket.gethostname()} since 23 Nov 2026 10:30 UTC; "
        "open it read-only, or ask them to close it"
    )
    with opener("sam") as second:  # closed: free again
        second.set_sufficiency("1.2.1c", Sufficiency.ABOVE)


def test_the_lock_file_says_who_and_goes_when_the_file_is_closed(
    make: Callable[..., InspectionFile], path: Path
) -> None:
    lock = path.with_name("Leeds.yjsi.lock")
    f = make()
    info = lock.read_text()
    assert '"user": "jane"' in info and f'"pid": {os.getpid()}' in info
    assert '"since": "2026-11-23T10:30:00+00:00"' in info
    f.close()
    assert not lock.exists()


def test_another_process_holding_the_file_refuses_this_one(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path
) -> None:
    make().close()
    with holder(path, "sam"):
        with pytest.raises(FileLocked, match=f"open for editing by sam on {socket.gethostname()} since "):
            opener("jane")
        # Reading needs no lock: a viewer and `inspector audit` work while sam edits.
        with opener("jane", read_only=True) as viewer:
            assert viewer.snapshot().details.yjs == "Leeds Youth Justice Service"
        cli = subprocess.run(
            [sys.executable, "-m", "inspector.cli", "audit", str(path)], cwd=REPO, capture_output=True, text=True
        )
        assert cli.returncode == 0, cli.stderr
        assert "inspection details: YJS: (not set) -> Leeds Youth Justice Service" in cli.stdout
    with opener("jane"):  # sam closed it
        pass


def test_this_process_holding_the_file_refuses_another(make: Callable[..., InspectionFile], path: Path) -> None:
    with make():
        other = subprocess.run(
            [sys.executable, "-m", "tests.store.worker", "hold", str(path), "sam"],
            cwd=REPO, capture_output=True, text=True, input="", timeout=60,
        )
    assert other.returncode != 0
    assert "FileLocked: Leeds.yjsi is open for editing by jane" in other.stderr


def test_a_killed_writer_leaves_no_lock(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path
) -> None:
    make().close()
    with holder(path, "sam") as proc:
        with pytest.raises(FileLocked):
            opener("jane")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        lock = path.with_name("Leeds.yjsi.lock")
        assert '"user": "sam"' in lock.read_text()  # the stale sidecar is still there...
        with opener("jane") as taken_over:  # ...but its lock died with sam's process
            assert '"user": "jane"' in lock.read_text()
            taken_over.set_sufficiency("1.2.1c", Sufficiency.BELOW)
        assert not lock.exists()
