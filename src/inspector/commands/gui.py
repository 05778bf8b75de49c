"""`inspector gui [FILE] [--demo]`: open the desktop app on an inspection, the demo, or the start window."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("gui", help="open the desktop app")
    add_arguments(parser)
    parser.set_defaults(run=_run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The app's arguments; `inspector-gui` (inspector.gui.app) takes the same."""
    parser.add_argument("file", nargs="?", type=Path, help="an inspection file (.yjsi) to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo inspection (made in the app's data folder the first time)")


def _run(args: argparse.Namespace) -> int:
    # Imported by name: the core must not depend on Qt (import contract in pyproject.toml).
    gui = importlib.import_module("inspector.gui.app")
    argv = [str(args.file)] if args.file is not None else []
    return int(gui.main(argv + (["--demo"] if args.demo else [])))
