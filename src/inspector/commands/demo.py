"""`inspector demo OUT.yjsi`: make an inspection file holding the demo inspection (demo/northmoor-yjs.json)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector.commands import person
from inspector.content import load_content
from inspector.demo import demo_file
from inspector.exchange.files import create_inspection_file, read_exchange_file


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "demo", help="make an inspection file holding the fictional demo inspection")
    parser.add_argument("file", type=Path, help="the inspection file to create (.yjsi); never overwritten")
    person.add_argument(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    content = load_content()
    source = demo_file()
    inspection = read_exchange_file(source, content)
    create_inspection_file(
        args.file, inspection, content, person.person(args, inspection.details), f"demo inspection ({source.name})"
    )
    print(f"{args.file}: created with the demo inspection ({inspection.details.yjs}, fictional)")
    return 0
