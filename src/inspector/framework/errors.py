"""One-line content errors naming the file, the entry and the problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from inspector.errors import UserError


class ContentError(UserError):
    """A content file (standards, forms, templates) is malformed or incomplete."""

    def __init__(self, path: Path | str, entry: str, problem: str) -> None:
        self.path = str(path)
        self.entry = entry
        self.problem = problem
        super().__init__(f"{self.path}: {entry}: {problem}")


_LABELS = {
    "key_questions": "key question",
    "prompts": "prompt",
    "characteristics": "rating characteristic",
    "characteristics_table": "characteristics table row",
    "decision_rules": "decision rule",
    "overall_decision_rules": "overall decision rule",
    "percentage_bands": "percentage band",
    "editorial_notes": "editorial note",
    "standards": "standard",
    "overall_bands": "overall band",
    "case_data_bands": "case-data band",
    "questions": "question",
    "parts": "part",
    "sections": "section",
    "passages": "passage",
    "balance_rules": "balance rule",
    "share_thresholds": "share threshold",
    "obligations": "obligation",
    "quotes": "quote",
}


def describe_location(raw: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into the inspectors' names for the entry.

    ('key_questions', 0, 'prompts', 2, 'judgement') -> "key question 1.2.1, prompt c, field 'judgement'"
    """
    parts: list[str] = []
    node: Any = raw
    pending_list: str | None = None
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
            label = _LABELS.get(pending_list or "", pending_list or "item")
            name = _entry_name(node)
            parts.append(f"{label} {name}" if name else f"{label} #{step + 1}")
            pending_list = None
        elif isinstance(step, str) and isinstance(node, dict):
            if isinstance(node.get(step), list):
                pending_list = step
            else:
                parts.append(f"field '{step}'")
            node = node.get(step)
        else:
            parts.append(f"field '{step}'")
            node = None
    if pending_list:  # the problem is with the list itself, not one of its entries
        parts.append(f"field '{pending_list}'")
    return ", ".join(parts) or "top level"


def _entry_name(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    for key in ("id", "letter", "rating", "heading", "name"):
        value = node.get(key)
        if isinstance(value, str | int) and str(value):
            return str(value)
    return ""


def from_validation_error(path: Path | str, raw: Any, error: ValidationError, prefix: str = "") -> ContentError:
    """The first problem pydantic found, as a one-line ContentError."""
    first = error.errors()[0]
    entry = describe_location(raw, tuple(first["loc"]))
    if prefix:
        entry = f"{prefix}, {entry}" if entry != "top level" else prefix
    message = first["msg"]
    if first["type"] == "missing":
        message = "is required but missing"
    elif first["type"] == "extra_forbidden":
        message = "is not a known field"
    return ContentError(path, entry, message)
