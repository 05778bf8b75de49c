"""The commands' `--passphrase-file PATH` and the terminal prompt, for encrypted exchange files.

There is deliberately no option taking the passphrase itself: on the command line it would stay in the
shell's history and be visible to every user in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from inspector.errors import UserError
from inspector.exchange.passphrase import Passphrase, confirmation_problem, from_file

NO_TERMINAL = "no terminal to ask for the exchange file's passphrase on: give --passphrase-file PATH"


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="PATH",
        help="read an encrypted exchange file's passphrase from the first line of PATH instead of asking for it")


def for_reading(args: argparse.Namespace) -> Passphrase:
    """Asked for only if the file read is encrypted."""
    source: Path | None = args.passphrase_file
    if source is not None:
        return lambda _file: from_file(source)
    return lambda file: _typed(f"Passphrase for {file.name}: ", confirm=False)


def for_writing(args: argparse.Namespace) -> Passphrase:
    """Typed twice at the terminal, as a mistyped one would lock the inspection away for good."""
    source: Path | None = args.passphrase_file
    if source is not None:
        return lambda _file: from_file(source)
    return lambda file: _typed(f"Passphrase to encrypt {file.name}: ", confirm=True)


def _typed(prompt: str, *, confirm: bool) -> str:
    # getpass would fall back to reading standard input with the characters shown; refuse instead.
    if not sys.stdin.isatty():
        raise UserError(NO_TERMINAL)
    try:
        first = getpass.getpass(prompt)
        again = getpass.getpass("The same passphrase again: ") if confirm else first
    except (EOFError, KeyboardInterrupt):
        raise UserError("no passphrase was given") from None
    problem = confirmation_problem(first, again)
    if problem is not None:
        raise UserError(problem)
    return first
