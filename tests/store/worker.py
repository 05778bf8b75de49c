"""A second process for the lock and crash tests: `python -m tests.store.worker MODE FILE USER`.

hold: open FILE for editing, print "ready", keep it open until a line arrives on standard input.
edit-loop: open FILE for editing and add evidence "edit-<n>" for n = 0, 1, ... printing n after
each edit has been committed, until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from inspector.content import load_content
from inspector.inspection.model import Evidence, SourceKind
from inspector.store import InspectionFile

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


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
