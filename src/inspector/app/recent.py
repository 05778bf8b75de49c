"""The recently opened inspections: a small JSON file in the user's data folder, newest first.

The list is a convenience: a missing or unreadable list is an empty one, never an error, and a
file that has since moved stays listed (marked missing) in case its drive comes back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector import owner_only
from inspector.errors import UserError
from inspector.exchange.files import write_atomically

KEEP = 10  # as many as fit the start window and the File menu without scrolling


@dataclass(frozen=True)
class RecentFile:
    path: Path
    yjs: str  # the service's name, to tell files apart whatever they are called
    opened_at: datetime

    @property
    def missing(self) -> bool:
        return not self.path.is_file()


class RecentFiles:
    def __init__(self, store: Path) -> None:
        self._store = store

    def entries(self) -> list[RecentFile]:
        try:
            data = json.loads(self._store.read_text(encoding="utf-8"))
            return [
                RecentFile(Path(item["path"]), str(item["yjs"]), datetime.fromisoformat(item["opened_at"]))
                for item in data
            ][:KEEP]
        except (OSError, ValueError, TypeError, KeyError):
            return []

    def add(self, path: Path, yjs: str, now: datetime) -> None:
        """Put the file at the top (once), keeping the newest KEEP."""
        path = path.resolve()
        kept = [entry for entry in self.entries() if entry.path != path]
        self._write([RecentFile(path, yjs, now), *kept][:KEEP])

    def remove(self, path: Path) -> None:
        self._write([entry for entry in self.entries() if entry.path != path.resolve()])

    def _write(self, entries: list[RecentFile]) -> None:
        data = [{"path": str(e.path), "yjs": e.yjs, "opened_at": e.opened_at.isoformat()} for e in entries]
        try:
            owner_only.make_folder(self._store.parent)
            write_atomically(self._store, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        except (OSError, UserError):
            # A list that cannot be written must not stop an inspection from opening; it is only
            # a short cut, and the next open tries again.
            pass
