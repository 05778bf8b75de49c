"""The files of team working, from the window: the whole inspection shared with a team member as an
encrypted exchange file, the member's copy imported into an inspection file of their own (File > Open of
the shared file), and the member's work read back for the lead to bring in.

All of this runs on a worker thread (gui/background.py); the passphrase is asked for on the window's
thread first, so the readers here are handed it rather than asking.
"""

from __future__ import annotations

from pathlib import Path

from inspector.app.report_export import named
from inspector.content import Content
from inspector.exchange.files import EXCHANGE_SUFFIX, create_inspection_file, read_exchange_file, read_inspection
from inspector.exchange.passphrase import Passphrase
from inspector.exchange.sealed import SEALED_SUFFIX
from inspector.inspection.model import Inspection
from inspector.store import FILE_SUFFIX

AGE_ENDING = ".age"


def share_name(yjs: str, member: str) -> str:
    """"Northmoor YJS - for Priya Raman.json.age"."""
    return named(yjs, f"for {member}", SEALED_SUFFIX)


def is_exchange_name(path: Path) -> bool:
    """An exchange file (encrypted or plain), by its name: what File > Open imports rather than opens."""
    return path.name.lower().endswith((SEALED_SUFFIX, EXCHANGE_SUFFIX, AGE_ENDING))


def needs_passphrase(path: Path) -> bool:
    return path.name.lower().endswith(AGE_ENDING)


def _given(passphrase: str | None) -> Passphrase | None:
    """The reader's passphrase, asked for already (None: the file is not encrypted)."""
    return (lambda _path: passphrase) if passphrase is not None else None


def read_work(path: Path, content: Content, user: str, passphrase: str | None) -> Inspection:
    """A team member's inspection file (read-only, so it may be open elsewhere) or exchange file."""
    return read_inspection(path, content, user, _given(passphrase))


def imported_path(shared: Path) -> Path:
    """The inspection file made from a shared exchange file: beside it, named as it is ("Northmoor YJS - for
    Priya Raman.yjsi"), numbered when that name is taken ("… (2).yjsi"); never an existing file."""
    name = shared.name
    stem = next((name[: -len(e)] for e in (SEALED_SUFFIX, EXCHANGE_SUFFIX, AGE_ENDING) if name.lower().endswith(e)),
                shared.stem)
    candidate, number = shared.with_name(f"{stem}{FILE_SUFFIX}"), 1
    while candidate.exists():
        number += 1
        candidate = shared.with_name(f"{stem} ({number}){FILE_SUFFIX}")
    return candidate


def read_shared(shared: Path, content: Content, passphrase: str | None) -> Inspection:
    """The inspection a shared exchange file holds (read first, so "who are you?" can offer its team)."""
    return read_exchange_file(shared, content, _given(passphrase))


def import_shared(shared: Path, inspection: Inspection, content: Content, user: str) -> Path:
    """A new inspection file beside the shared exchange file, holding what it holds, made under `user`'s
    name; its path."""
    target = imported_path(shared)
    create_inspection_file(target, inspection, content, user, f"imported from {shared.name}")
    return target
