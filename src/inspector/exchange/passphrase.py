"""Where an encrypted exchange file's passphrase comes from, and what makes one acceptable.

A reader is given a `Passphrase` and calls it only when the file turns out to be encrypted, so a plain
file (the demo) never asks. The passphrase is never taken on the command line, where the shell's history
and the process list would keep it: it is typed when asked, or read from a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from inspector.errors import UserError

Passphrase = Callable[[Path], str]  # (the exchange file it is for) -> the passphrase

# A passphrase file holds one line; anything longer is some other file given by mistake (or /dev/zero).
MAX_BYTES = 1024


def from_file(source: Path) -> str:
    """The first line of `source`, without its line end (spaces are kept: they may be part of it)."""
    try:
        with source.open("rb") as handle:
            first = handle.readline(MAX_BYTES + 2)
    except FileNotFoundError:
        raise UserError(f"{source}: no such passphrase file") from None
    except OSError as exc:
        raise UserError(f"{source}: the passphrase file cannot be read ({exc.strerror or exc})") from None
    line = first.removesuffix(b"\n").removesuffix(b"\r")
    if len(line) > MAX_BYTES:
        raise UserError(f"{source}: its first line is longer than {MAX_BYTES} bytes, so not a passphrase file")
    try:
        passphrase = line.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{source}: the passphrase file is not UTF-8 text") from None
    if not passphrase:
        raise UserError(f"{source}: the passphrase file is empty (the passphrase is its first line)")
    return passphrase


def confirmation_problem(first: str, again: str) -> str | None:
    """What is wrong with a new passphrase typed twice, or None when it can be used."""
    if not first:
        return "the passphrase is empty"
    if first != again:
        return "the two passphrases differ"
    return None
