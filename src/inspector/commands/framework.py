"""`inspector framework`: show the framework as a tree or JSON, check a content folder, print the notes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from inspector.content import Content, load_content
from inspector.framework.citations import cite, cite_lines, cite_standard, source_line
from inspector.framework.model import Framework, Standard
from inspector.framework.notes import notes_markdown
from inspector.rules.share import figures, percentage_row


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


def recognised_rules(framework: Framework) -> str:
    """Per standard, the rules its content declares and the engine applies (framework/rule_names.py), each with
    where the document states it: so an editor sees which rules a copy of the content switches on and off."""
    out = ["Rules recognised:"]
    for standard in framework.standards:
        out.append(f"{standard.id} {standard.title}")
        out.extend(f"  {line}" for line in _standard_rules(framework, standard))
    return "\n".join(out)


def _standard_rules(framework: Framework, standard: Standard) -> list[str]:
    default = standard.default_rule
    lines = [f"default rule: {default.name.value} ({cite(framework, default.source_line)})" if default is not None
             else "default rule: none (the engine proposes no default)"]
    for kq in standard.key_questions:
        if kq.balance_rules:
            names = ", ".join(d.name.value for d in kq.balance_rules)
            where = cite_lines(framework, (d.source_line for d in kq.balance_rules))
            lines.append(f"{kq.id} balance: {names} ({where})")
        else:
            lines.append(f"{kq.id} balance: none (the engine suggests no answer)")
    for rule in standard.decision_rules:
        check = (f"{rule.check.value} ({cite(framework, rule.source_line)})" if rule.check is not None
                 else "not checked (the ratings panel applies it)")
        lines.append(f"decision {rule.kind.value} '{rule.rating.value}': {check}")
    found = percentage_row(standard)
    if found is not None:
        row, thresholds = found
        lines.append(f"share of positive responses, per cent: table row '{row.heading}', {figures(thresholds)} "
                     f"({cite(framework, row.source_line)})")
    return lines


def _run(args: argparse.Namespace) -> int:
    if args.action == "check":
        content = Content(Path(args.dir))
        content.validate()
        framework = content.framework
        print(f"{args.dir}: valid ({framework.version}, {len(framework.standards)} standards, "
              f"{len(framework.prompts)} prompts)")
        print(recognised_rules(framework))
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
