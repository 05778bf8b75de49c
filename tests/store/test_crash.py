"""A writer killed with SIGKILL at a random moment loses no edit it reported as saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from inspector.store import InspectionFile
from tests.seed import REPO
from tests.store.conftest import integrity


def test_every_reported_edit_survives_kill_9(
    make: Callable[..., InspectionFile], opener: Callable[..., InspectionFile], path: Path
) -> None:
    make().close()
    kill_after = random.randint(50, 600)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.worker", "edit-loop", str(path), "sam"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    reported: list[int] = []
    for line in proc.stdout:
        reported.append(int(line))
        if len(reported) >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    reported += [int(line) for line in proc.stdout.read().split()]  # printed before the kill landed
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr.read() if proc.stderr else "")
    assert reported == list(range(len(reported))) and len(reported) >= kill_after

    assert integrity(path) == "ok"
    with opener("jane") as reopened:  # opens cleanly for editing: integrity passed, the lock was free
        ids = [e.id for e in reopened.snapshot().evidence]
        logged = [e.what for e in reopened.audit() if e.what.startswith("evidence ")]
    saved = [f"edit-{n}" for n in reported]
    # Every reported edit is there, in order; at most one more (committed, killed before it printed).
    assert ids[: len(saved)] == saved, f"killed after {kill_after} edits"
    assert len(ids) - len(saved) in (0, 1)
    assert len(logged) == len(ids)  # each edit's audit row was committed with it
