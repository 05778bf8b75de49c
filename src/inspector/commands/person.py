"""Who is recording, on the command line: `--as NAME`, a name from the inspection's team, by default its
lead inspector. The audit log's "who" is a person, never the computer account (which the store keeps
beside it)."""

from __future__ import annotations

import argparse

from inspector.errors import UserError
from inspector.inspection.model import InspectionDetails
from inspector.store import team_of


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as", dest="person", metavar="NAME",
        help="who you are: the lead inspector (the default) or a member of the inspection's team",
    )


def person(args: argparse.Namespace, details: InspectionDetails) -> str:
    team = team_of(details)
    if args.person is None:
        if not details.lead_inspector.strip():
            raise UserError("--as: the inspection names no lead inspector; say who you are with --as NAME")
        return details.lead_inspector
    if args.person not in team:
        named = ", ".join(team) or "nobody yet"
        raise UserError(f"--as: {args.person!r} is not in the inspection's team ({named})")
    return str(args.person)
