"""`inspector report PATH --kind panel|draft -o OUT.docx`: the ratings-panel report or the publication draft.

`inspector report --check` loads and checks the templates only (for methodology staff editing them).
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from inspector.commands import passphrase
from inspector.content import load_content
from inspector.errors import UserError
from inspector.reports import ReportKind, export_report, load_templates, read_report_source


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "report", help="write the ratings-panel report or the publication draft as a Word document")
    parser.add_argument(
        "path", type=Path, nargs="?",
        help="an inspection file (.yjsi, opened read-only) or an exchange file (.json.age or .json)")
    parser.add_argument(
        "--kind", choices=[k.value for k in ReportKind], default=ReportKind.PANEL.value,
        help="panel: the ratings-panel report (the default); draft: the publication draft for editors")
    parser.add_argument("-o", "--output", type=Path, help="the Word document to write (.docx)")
    parser.add_argument("--check", action="store_true", help="only check the report templates")
    passphrase.add_argument(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    content = load_content()
    templates = load_templates(content.root)
    if args.check:
        for template in templates.by_kind.values():
            print(f"{template.kind.value}: {template.path} ({template.title}) is ready")
        return 0
    if args.path is None or args.output is None:
        raise UserError("give the inspection or exchange file and -o OUT.docx (or --check)")
    source = read_report_source(args.path, content, getpass.getuser(), passphrase.for_reading(args))
    export_report(source.report(content), templates.get(ReportKind(args.kind)), args.output)
    print(f"wrote {args.output}")
    return 0
