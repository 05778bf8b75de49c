"""`inspector gui`: open the desktop window."""

from __future__ import annotations

import argparse
import importlib
from typing import Any


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("gui", help="open the desktop window")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    # Imported by name: the core must not depend on Qt (import contract in pyproject.toml).
    gui = importlib.import_module("inspector.gui.app")
    return int(gui.main([]))
