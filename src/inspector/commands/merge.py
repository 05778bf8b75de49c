"""`inspector merge LEAD.yjsi MEMBER`: bring a team member's interviews, evidence and ratings-panel comments
into the lead's file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector.commands import passphrase, person
from inspector.content import load_content
from inspector.exchange.apply import apply_merge
from inspector.exchange.files import read_inspection
from inspector.exchange.merge import format_plan, merge
from inspector.store import InspectionFile


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "merge", help="bring a team member's interviews, evidence and panel comments into the lead's inspection file")
    parser.add_argument("lead", type=Path, help="the lead's inspection file (.yjsi); opened for editing")
    parser.add_argument(
        "member", type=Path,
        help="the team member's inspection file (.yjsi) or exchange file (.json.age or .json)")
    passphrase.add_argument(parser)
    person.add_argument(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    content = load_content()
    # The member's work is read (and any refusal of it made) before the lead's file is touched at all.
    member = read_inspection(args.member, content, "", passphrase.for_reading(args))
    # The lead brings the work in: the person is checked against the lead's own file.
    scheme = content.rating_scheme
    with InspectionFile.open(args.lead, content.framework, "", rating_scheme=scheme, read_only=True) as f:
        user = person.person(args, f.snapshot().details)
    with InspectionFile.open(args.lead, content.framework, user, rating_scheme=scheme) as lead:
        plan = merge(lead.snapshot(), member)
        apply_merge(lead, plan, f"merged from {args.member}")
    print(f"merged {args.member} into {args.lead}")
    print(format_plan(plan))
    return 0
