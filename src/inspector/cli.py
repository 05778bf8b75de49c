"""The `inspector` command line. Core only: the GUI is started by module name so that this module
never imports Qt (the import contract in pyproject.toml checks it)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from inspector.content import Content, load_content
from inspector.framework.errors import ContentError
from inspector.framework.model import Framework
from inspector.framework.notes import notes_markdown


def _tree(framework: Framework) -> str:
    out = [f"{framework.title}", f"{framework.version}", ""]
    for standard in framework.standards:
        out.append(f"{standard.id} {standard.title}")
        for kq in standard.key_questions:
            out.append(f"  {kq.id} {kq.text}")
            for prompt in kq.prompts:
                marks = []
                if prompt.diversity:
                    marks.append("diversity")
                if prompt.interview_link:
                    marks.append("interviews")
                suffix = f"  [{', '.join(marks)}]" if marks else ""
                out.append(f"    {prompt.letter}) {prompt.text}{suffix}")
        out.append("")
    prompts = len(framework.prompts)
    kqs = sum(len(s.key_questions) for s in framework.standards)
    out.append(f"{len(framework.standards)} standards, {kqs} key questions, {prompts} prompts")
    return "\n".join(out)


def _framework(args: argparse.Namespace) -> int:
    if args.action == "check":
        content = Content(Path(args.dir))
        content.validate()
        framework = content.framework
        print(f"{args.dir}: valid ({framework.version}, {len(framework.standards)} standards, "
              f"{len(framework.prompts)} prompts)")
        return 0
    framework = load_content().framework
    if args.action == "notes":
        print(notes_markdown(framework), end="")
    elif args.json:
        json.dump(framework.model_dump(mode="json"), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(_tree(framework))
    return 0


def _gui(args: argparse.Namespace) -> int:
    # Imported by name: the core must not depend on Qt (see module docstring).
    gui = importlib.import_module("inspector.gui.app")
    return int(gui.main([]))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector", description="HMIP youth justice inspection fieldwork tool")
    commands = parser.add_subparsers(dest="command", required=True)

    fw = commands.add_parser("framework", help="show or check the inspection framework")
    fw.add_argument("--json", action="store_true", help="print the framework as JSON")
    fw.set_defaults(run=_framework, action=None)
    fw_actions = fw.add_subparsers(dest="action")
    check = fw_actions.add_parser("check", help="validate a content folder")
    check.add_argument("dir", help="a standards folder, or a folder that holds one")
    fw_actions.add_parser("notes", help="print the editorial notes as Markdown (docs/framework-notes.md)")

    gui = commands.add_parser("gui", help="open the desktop window")
    gui.set_defaults(run=_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
