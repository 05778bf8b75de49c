"""`inspector framework`: show the framework as a tree or JSON, check a content folder, print the notes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from inspector.content import Content, load_content
from inspector.framework.citations import cite_standard, source_line
from inspector.framework.model import Framework
from inspector.framework.notes import notes_markdown


def register(commands: Any) -> None:
    fw: argparse.ArgumentParser = commands.add_parser("framework", help="show or check the inspection framework")
    fw.add_argument("--json", action="store_true", help="print the framework as JSON")
    fw.set_defaults(run=_run, action=None)
    actions = fw.add_subparsers(dest="action")
    check = actions.add_parser("check", help="validate a content folder")
    check.add_argument("dir", help="a standards folder, or a folder that holds one")
    actions.add_parser("notes", help="print the editorial notes as Markdown (docs/framework-notes.md)")


def tree(framework: Framework) -> str:
    out = [f"{framework.title}", f"{framework.version}", f"Cited from: {source_line(framework)}", ""]
    for standard in framework.standards:
        out.append(f"{standard.id} {standard.title}")
        out.append(f"  ({cite_standard(framework, standard.id)})")
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


def _run(args: argparse.Namespace) -> int:
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
        print(tree(framework))
    return 0
