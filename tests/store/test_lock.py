"""One writer at a time: a second opener, in this process or another, is refused and told who has
the file; read-only opens need no lock; a killed writer's lock dies with it; removing the note beside the
file (`Leeds.yjsi.lock`) lets no second writer in."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.inspection.model import Sufficiency
from inspector.store import FileLocked, InspectionFile
from inspector.store import lock as lock_module
from tests.seed import REPO
from tests.store.worker import holder


def test_second_open_in_the_same_process_is_refused_naming_the_holder(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile]
) -> None:
    with make(), pytest.raises(FileLocked) as refused:
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


def test_removing_the_lock_file_lets_no_second_writer_in(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path
) -> None:
    make().close()
    lock = path.with_name("Leeds.yjsi.lock")
    with holder(path, "sam"):
        lock.unlink()
        with pytest.raises(FileLocked) as refused:
            opener("jane")
        # Who it is went with the note; that someone has it did not.
        assert str(refused.value) == (
            "Leeds.yjsi is open for editing by someone; open it read-only, or ask them to close it"
        )
        other = subprocess.run(
            [sys.executable, "-m", "tests.store.worker", "hold", str(path), "kim"],
            cwd=REPO, capture_output=True, text=True, input="", timeout=60,
        )
        assert other.returncode != 0 and "FileLocked: Leeds.yjsi is open for editing by someone" in other.stderr
    with opener("jane"):  # sam closed it
        assert '"user": "jane"' in lock.read_text()


def test_removing_the_lock_file_here_still_names_the_holder(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path
) -> None:
    with make():
        path.with_name("Leeds.yjsi.lock").unlink()
        with pytest.raises(FileLocked, match=r"open for editing by jane on .* since 23 Nov 2026 10:30 UTC"):
            opener("sam")


def _free_elsewhere(path: Path) -> bool:
    """Whether another process asking portalocker for an exclusive lock on `path` gets it. (Not asked here:
    closing a descriptor on the database would drop this process's SQLite locks on it.)"""
    probe = (
        "import portalocker, sys\n"
        "with open(sys.argv[1], 'rb') as f:\n"
        "    try:\n"
        "        portalocker.lock(f, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)\n"
        "    except portalocker.AlreadyLocked:\n"
        "        sys.exit(1)\n"
    )
    return subprocess.run([sys.executable, "-c", probe, str(path)], timeout=60).returncode == 0


def test_the_lock_is_portalockers_on_the_inspection_file(make: Callable[..., InspectionFile], path: Path) -> None:
    """On Linux the lock is portalocker's exclusive lock on the file itself: another process asking
    portalocker for it is refused while the file is open for editing, and gets it once it is closed."""
    with make():
        assert not _free_elsewhere(path)
    assert _free_elsewhere(path)


def test_the_windows_layout_holds_the_lock_on_a_sidecar(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows' locks are mandatory, so there the lock is on `Leeds.yjsi.lock.held`, never the database;
    the same code, run here, refuses a second opener, names the holder and cleans up."""
    monkeypatch.setattr(lock_module, "LOCK_THE_FILE_ITSELF", False)
    held = path.with_name("Leeds.yjsi.lock.held")
    with make() as first:
        assert held.is_file()
        assert _free_elsewhere(path)  # the database itself is left to SQLite
        with pytest.raises(FileLocked, match="open for editing by jane on "):
            opener("sam")
        first.set_sufficiency("1.2.1c", Sufficiency.BELOW)
    assert not held.exists() and not path.with_name("Leeds.yjsi.lock").exists()
    with opener("sam") as second:
        assert second.snapshot().judgement("1.2.1c").sufficiency is Sufficiency.BELOW
