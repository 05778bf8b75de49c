"""`inspector export FILE.yjsi [-o OUT.json]`: write an inspection as an exchange file (docs/exchange-format.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from inspector.content import load_content
from inspector.exchange.codec import write_exchange
from inspector.exchange.files import read_inspection, write_atomically


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "export", help="write an inspection file as an exchange file (JSON)")
    parser.add_argument("file", type=Path, help="the inspection file (.yjsi); opened read-only")
    parser.add_argument("-o", "--output", type=Path, help="the exchange file to write (default: print it)")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    text = write_exchange(read_inspection(args.file, load_content(), getpass.getuser()))
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomically(args.output, text)
    return 0
