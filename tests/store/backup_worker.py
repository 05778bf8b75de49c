"""A writer for the interrupted-backup test: `python -m tests.store.backup_worker FILE USER`.

Opens FILE for editing and, until killed, adds an evidence item and takes a backup of the file as it
then is (`backup_now`), over and over, so a kill lands mid-backup as often as not on a large file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from inspector.content import load_content
from inspector.inspection.model import Evidence, SourceKind
from inspector.store import InspectionFile


def main(path: Path, user: str) -> None:
    content = load_content()
    with InspectionFile.open(path, content.framework, user, rating_scheme=content.rating_scheme) as opened:
        print("ready", flush=True)
        n = 0
        while True:
            opened.add_evidence(Evidence("1.2.1c", f"Backup number {n}", SourceKind.DOCUMENT, id=f"backup-{n}"))
            opened.backup_now()  # each a new state, so each is written afresh
            n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
