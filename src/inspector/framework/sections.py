"""The named sections of a reading-pane document, shared by reading and search.

A search hit names the section it was found in; the reading pane puts an anchor of the same name on
that section's heading, so the window can scroll straight to the place the hit came from.
"""

from __future__ import annotations

from enum import Enum

from inspector.framework.model import DecisionKind


class Section(str, Enum):
    """Value: the anchor name in the reading document. Heading: what the user sees."""

    TITLE = "title"
    NOTES = "editorial-notes"
    INTRODUCTION = "introduction"
    BANDS = "percentage-bands"
    OVERALL_RULES = "overall-rules"
    STANDARDS = "standards"
    STATEMENT = "statement"
    GUIDANCE = "guidance"
    EVIDENCE = "evidence"
    JUDGEMENT = "judgement"
    INTERVIEWS = "interviews"
    DECISION_RULES = "decision-rules"
    CHARACTERISTICS = "characteristics"
    TABLE = "characteristics-table"
    KEY_QUESTIONS = "key-questions"
    PROMPTS = "prompts"

    @property
    def heading(self) -> str:
        return _HEADINGS[self]


_HEADINGS = {
    Section.TITLE: "Title",
    Section.NOTES: "Editorial notes",
    Section.INTRODUCTION: "How decision rules and guidance apply",
    Section.BANDS: "Percentage bands",
    Section.OVERALL_RULES: "Overall rating: decision rule and limiting judgement",
    Section.STANDARDS: "Standards",
    Section.STATEMENT: "Standard statement",
    Section.GUIDANCE: "Guidance",
    Section.EVIDENCE: "Evidence",
    Section.JUDGEMENT: "Judgement",
    Section.INTERVIEWS: "Case-manager interviews",
    Section.DECISION_RULES: "Decision rules and guidance",
    Section.CHARACTERISTICS: "Rating characteristics",
    Section.TABLE: "Rating characteristics table",
    Section.KEY_QUESTIONS: "Key questions",
    Section.PROMPTS: "Prompts",
}

# The seed's own names for the three kinds (see DecisionKind).
DECISION_KIND_LABELS = {
    DecisionKind.RULE: "Decision rule",
    DecisionKind.GUIDANCE: "Decision guidance",
    DecisionKind.LIMITING: "Limiting judgement",
}
