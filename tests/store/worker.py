"""A second process for the lock and crash tests: `python -m tests.store.worker MODE FILE USER`.

hold: open FILE for editing, print "ready", keep it open until a line arrives on standard input.
edit-loop: open FILE for editing and add evidence "edit-<n>" for n = 0, 1, ... printing n after
each edit has been committed, until killed.
`holder(path, user)` runs one in "hold" mode for the length of a `with` block.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from inspector.content import load_content
from inspector.inspection.model import Evidence, SourceKind
from inspector.store import InspectionFile
from tests.seed import REPO

PROMPTS = ("1.1.1a", "1.2.1c", "1.3.2b", "1.4.4f", "3.4.1a", "4.1.1a")


def main(mode: str, path: Path, user: str) -> None:
    content = load_content()
    with InspectionFile.open(path, content.framework, user, rating_scheme=content.rating_scheme) as opened:
        if mode == "hold":
            print("ready", flush=True)
            sys.stdin.readline()
            return
        n = 0
        while True:
            prompt = PROMPTS[n % len(PROMPTS)]
            opened.add_evidence(Evidence(prompt, f"Edit number {n}", SourceKind.DOCUMENT, id=f"edit-{n}"))
            print(n, flush=True)  # only after add_evidence returned: the edit is committed
            n += 1


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


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
