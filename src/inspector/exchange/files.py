"""Reading an inspection from a file of either kind, and writing the files the commands produce."""

from __future__ import annotations

from pathlib import Path

from inspector import atomic
from inspector.content import Content
from inspector.errors import UserError
from inspector.exchange.codec import read_exchange
from inspector.exchange.errors import ExchangeError
from inspector.inspection.model import Inspection
from inspector.store import FILE_SUFFIX, InspectionFile, create_holding

EXCHANGE_SUFFIX = ".json"


def read_inspection(path: Path, content: Content, user: str) -> Inspection:
    """The inspection in an inspection file (opened read-only, so it may be open elsewhere) or an
    exchange file, told apart by the file name's ending."""
    if path.suffix == FILE_SUFFIX:
        with InspectionFile.open(path, content.framework, user, read_only=True,
                                 rating_scheme=content.rating_scheme) as opened:
            return opened.snapshot()
    if path.suffix == EXCHANGE_SUFFIX:
        return read_exchange_file(path, content)
    raise UserError(f"{path}: give an inspection file ({FILE_SUFFIX}) or an exchange file ({EXCHANGE_SUFFIX})")


def read_exchange_file(path: Path, content: Content) -> Inspection:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text, so not an exchange file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return read_exchange(text, content.framework, content.rating_scheme, content.forms)
    except ExchangeError as exc:
        raise UserError(f"{path}: {exc}") from None


def create_inspection_file(path: Path, inspection: Inspection, content: Content, user: str, reason: str) -> None:
    """A new inspection file holding the whole inspection (the store's `create_holding`: checked
    whole first, so a refusal leaves nothing behind; never overwriting an existing file)."""
    if path.suffix != FILE_SUFFIX:
        raise UserError(f"{path}: an inspection file's name must end in {FILE_SUFFIX}")
    create_holding(path, content.framework, inspection, user, reason, rating_scheme=content.rating_scheme)


def write_atomically(path: Path, text: str) -> None:
    """A reader (or a crash) sees the old file or the whole new one, never half of it. UTF-8 with the
    text's own line ends on every system, so the bytes are the same everywhere."""
    atomic.write_atomically(path, text.encode("utf-8"))
