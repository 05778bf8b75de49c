"""`inspector evaluate PATH [--json]`: what the rules engine proposes and explains for an inspection."""

from __future__ import annotations

import argparse
import getpass
import json
from pathlib import Path
from typing import Any

from inspector.commands import passphrase
from inspector.content import load_content
from inspector.exchange.files import read_inspection
from inspector.rules.evaluate import evaluate, evaluation_to_json, format_evaluation


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "evaluate", help="show the engine's suggestions, default ratings and findings for an inspection")
    parser.add_argument(
        "path", type=Path, help="an inspection file (.yjsi, opened read-only) or an exchange file (.json.age or .json)")
    parser.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    passphrase.add_argument(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    content = load_content()
    inspection = read_inspection(args.path, content, getpass.getuser(), passphrase.for_reading(args))
    evaluation = evaluate(content.framework, content.rating_scheme, content.forms, inspection)
    if args.json:
        print(json.dumps(evaluation_to_json(evaluation), ensure_ascii=False, indent=2))
    else:
        print(format_evaluation(evaluation, content.framework).rstrip("\n"))
    return 0
