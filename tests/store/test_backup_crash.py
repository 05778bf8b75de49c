"""A backup killed with SIGKILL half-written leaves its `.partial` (and any journal) behind; the next
open for editing clears them away, and every backup under its proper name is whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from inspector.content import Content
from inspector.demo import scaled_demo
from inspector.store import InspectionFile, create_holding
from tests.seed import REPO
from tests.store.conftest import integrity


def test_a_backup_killed_mid_write_is_cleared_at_the_next_open(content: Content, path: Path) -> None:
    # Ten times the demo: a backup takes long enough to be caught half-written.
    create_holding(path, content.framework, scaled_demo(content), "jane", "loaded",
                   rating_scheme=content.rating_scheme)
    folder = path.with_name(path.name + ".backups")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.backup_worker", str(path), "sam"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == "ready\n"
        deadline = time.monotonic() + 60
        while not list(folder.glob("*.partial")):
            assert time.monotonic() < deadline and proc.poll() is None, "no backup was caught half-written"
            time.sleep(0.001)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    left = [p.name for p in folder.iterdir() if ".partial" in p.name or p.name.endswith("-journal")]
    assert left, "the kill landed between backups; the test proves nothing"

    with InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme):
        names = [p.name for p in folder.iterdir()]
    assert not [n for n in names if ".partial" in n or n.endswith("-journal")], names
    for backup in folder.iterdir():
        assert integrity(backup) == "ok", backup.name
