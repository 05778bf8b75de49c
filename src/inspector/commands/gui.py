"""`inspector gui [FILE] [--demo] [--panel]`: open the desktop app on an inspection, the demo, or the start
window; `--panel` opens the inspection in ratings panel mode."""

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
    parser.add_argument("--panel", action="store_true",
                        help="open the inspection in ratings panel mode, on the ratings panel page")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation: open a copy of the demo, paint the window, export the "
                             "ratings-panel report to a temporary folder, and exit 0 (1 with the reason)")
    parser.add_argument("--smoke-test-screenshot", type=Path, metavar="PNG",
                        help="with --smoke-test: save the painted window there")


def _run(args: argparse.Namespace) -> int:
    # Imported by name: the core must not depend on Qt (import contract in pyproject.toml).
    gui = importlib.import_module("inspector.gui.app")
    argv = [str(args.file)] if args.file is not None else []
    argv += ["--smoke-test"] if args.smoke_test else []
    argv += ["--smoke-test-screenshot", str(args.smoke_test_screenshot)] if args.smoke_test_screenshot else []
    return int(gui.main(argv + (["--demo"] if args.demo else []) + (["--panel"] if args.panel else [])))
