"""Stable ids for the items a user can select: "framework", "1.1", "1.1.1", "1.1.1a".

The navigator, the reading pane, search results and saved state all refer to items by these ids,
so an id must mean the same entry however the content is reloaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from inspector.framework.model import Framework, KeyQuestion, Prompt, Standard

FRAMEWORK_ID = "framework"

Item = Framework | Standard | KeyQuestion | Prompt


class ItemKind(str, Enum):
    FRAMEWORK = "framework"
    STANDARD = "standard"
    KEY_QUESTION = "key question"
    PROMPT = "prompt"


_PATTERNS = (
    (ItemKind.STANDARD, re.compile(r"^\d\.\d$")),
    (ItemKind.KEY_QUESTION, re.compile(r"^\d\.\d\.\d$")),
    (ItemKind.PROMPT, re.compile(r"^\d\.\d\.\d[a-z]$")),
)


def kind_of(item_id: str) -> ItemKind:
    if item_id == FRAMEWORK_ID:
        return ItemKind.FRAMEWORK
    for kind, pattern in _PATTERNS:
        if pattern.match(item_id):
            return kind
    raise KeyError(item_id)


def find_item(framework: Framework, item_id: str) -> Item:
    """The entry an id names; KeyError if the framework has no such entry."""
    kind = kind_of(item_id)
    if kind is ItemKind.FRAMEWORK:
        return framework
    if kind is ItemKind.STANDARD:
        return framework.standard(item_id)
    if kind is ItemKind.KEY_QUESTION:
        return framework.key_question(item_id)
    return framework.prompt(item_id)


def parent_id(item_id: str) -> str | None:
    """The id of the item above this one in the navigator; the framework item stands alone."""
    kind = kind_of(item_id)
    if kind is ItemKind.PROMPT:
        return item_id[:-1]
    if kind is ItemKind.KEY_QUESTION:
        return item_id[:3]
    return None


def item_ids(framework: Framework) -> Iterator[str]:
    """Every item id in document (navigator) order."""
    yield FRAMEWORK_ID
    for standard in framework.standards:
        yield standard.id
        for kq in standard.key_questions:
            yield kq.id
            for prompt in kq.prompts:
                yield prompt.id


def navigator_label(item: Item) -> str:
    """How the navigator names an item: "1.1 Governance and leadership", "1.1.1 Is there…", "a) Does…"."""
    if isinstance(item, Framework):
        return "Introduction and overall rules"
    if isinstance(item, Standard):
        return f"{item.id} {item.title}"
    if isinstance(item, KeyQuestion):
        return f"{item.id} {item.text}"
    return f"{item.letter}) {item.text}"


def item_id_of(item: Item) -> str:
    return FRAMEWORK_ID if isinstance(item, Framework) else item.id


@dataclass(frozen=True)
class Tag:
    """A marker the navigator shows beside an item: a short label and what it means."""

    label: str
    description: str


DIVERSITY_TAG = Tag("Diversity", "Diversity prompt: listed in the introduction under \u2018Inspecting diversity\u2019")
INTERVIEWS_TAG = Tag("Interviews", "Draws on case managers\u2019 interview responses")


def navigator_tags(item: Item) -> tuple[Tag, ...]:
    if not isinstance(item, Prompt):
        return ()
    tags = []
    if item.diversity:
        tags.append(DIVERSITY_TAG)
    if item.interview_link is not None:
        tags.append(INTERVIEWS_TAG)
    return tuple(tags)
