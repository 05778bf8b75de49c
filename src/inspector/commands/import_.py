"""`inspector import IN.json.age FILE.yjsi`: make a new inspection file from an exchange file (encrypted or plain)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector.commands import passphrase, person
from inspector.content import load_content
from inspector.exchange.files import create_inspection_file, read_exchange_file


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "import", help="make a new inspection file from an exchange file (JSON)")
    parser.add_argument("exchange", type=Path, help="the exchange file to read (.json.age, or plain .json)")
    parser.add_argument("file", type=Path, help="the inspection file to create (.yjsi); never overwritten")
    passphrase.add_argument(parser)
    person.add_argument(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    content = load_content()
    inspection = read_exchange_file(args.exchange, content, passphrase.for_reading(args))
    who = person.person(args, inspection.details)
    create_inspection_file(args.file, inspection, content, who, f"imported from {args.exchange}")
    print(f"{args.file}: created from {args.exchange} ({inspection.details.yjs})")
    return 0
