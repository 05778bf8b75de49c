"""The `inspector` command line. Core only: each subcommand lives in inspector.commands."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from inspector import owner_only
from inspector.commands import COMMANDS
from inspector.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector", description="HMIP youth justice inspection fieldwork tool")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # A second defence: whatever a library makes on the way is owner-only too, whatever the shell's umask.
    with owner_only.umask():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped early (`inspector audit FILE | head`): not an error. Point stdout at
        # devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        print(f"error: {unexpected_fault(exc)}", file=sys.stderr)
        return 3


def unexpected_fault(exc: Exception) -> str:
    """One line for a fault in this program that no check caught: its kind and where it was raised, never
    its message or a traceback, which may quote case text (a child's evidence) from the file or the input.
    Every edit is one transaction, so the fault leaves recorded work as it was."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name} line {frames[-1].lineno}" if frames else ""
    return f"an unexpected fault stopped the command ({type(exc).__name__}{where}); please report it"


if __name__ == "__main__":
    sys.exit(main())
