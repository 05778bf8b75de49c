"""`inspector audit FILE`: print an inspection file's audit log, oldest first.

The file is opened read-only (no lock), so this works while someone has it open for editing.
"""

from __future__ import annotations

import argparse
import getpass
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspector.content import load_content
from inspector.store import AuditEntry, InspectionFile


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("audit", help="print an inspection file's audit log")
    parser.add_argument("file", type=Path, help="the inspection file (.yjsi)")
    parser.add_argument("--json", action="store_true", help="print the log as JSON")
    parser.set_defaults(run=_run)


def line(entry: AuditEntry) -> str:
    """One change, readable: when (UTC), who, what, from what to what, and why."""
    old = entry.old if entry.old is not None else "(not set)"
    new = entry.new if entry.new is not None else "(removed)"
    reason = f"  reason: {entry.reason}" if entry.reason else ""
    return f"{entry.at:%Y-%m-%d %H:%M:%S} UTC  {entry.user}  {entry.what}: {old} -> {new}{reason}"


def _run(args: argparse.Namespace) -> int:
    content = load_content()
    with InspectionFile.open(
        args.file, content.framework, getpass.getuser(), read_only=True, rating_scheme=content.rating_scheme
    ) as opened:
        entries = opened.audit()
    if args.json:
        rows = [{**asdict(e), "at": e.at.isoformat()} for e in entries]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for entry in entries:
            print(line(entry))
    return 0
