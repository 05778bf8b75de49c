"""The content of standards/after-fieldwork.yaml: the obligations after fieldwork, quoted from the memorandum,
how each one's due date is worked out, when it applies, and the choices the window offers (the YJB's labels,
the kinds of follow-up). Checked whole when loaded; a fault is one line naming the file, the entry and the
problem."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from inspector.framework.errors import ContentError, from_validation_error
from inspector.framework.loader import read_yaml
from inspector.framework.model import Rating

AFTER_FIELDWORK_FILE = "after-fieldwork.yaml"
BEFORE_PUBLICATION = "before_publication"
WEEKS_AFTER = "weeks_after_fieldwork_end"


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Applies(StrEnum):
    """When an obligation applies, by name (the content says which)."""

    ALWAYS = "always"
    CAUSE_FOR_CONCERN = "cause_for_concern"  # seed 003 line 153: "If ratings are likely to be a cause for concern"
    RECOMMENDATIONS_TO_YJB_OR_MOJ = "recommendations_to_yjb_or_moj"  # seed 003 line 154: "Where recommendations ..."


class Quote(_Entry):
    """The source's words, verbatim, with the line of the seed they are on."""

    line: int = Field(ge=1)
    paragraph: str = Field(pattern=r"^\d+(\.\d+)*$")  # the document's own numbering, which a reader is given
    text: str = Field(min_length=1)
    seed: str = "003"  # the memorandum; "000" is the YJB's oversight framework (`sources` names each)


class Obligation(_Entry):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str = Field(min_length=1)
    quotes: tuple[Quote, ...] = Field(min_length=1)
    # before_publication, or the number of weeks after the last day of fieldwork.
    due: str | int
    applies: Applies

    @field_validator("due", mode="before")
    @classmethod
    def _due(cls, value: Any) -> str | int:
        if value == BEFORE_PUBLICATION:
            return BEFORE_PUBLICATION
        if isinstance(value, dict) and list(value) == [WEEKS_AFTER]:
            weeks = value[WEEKS_AFTER]
            if isinstance(weeks, int) and not isinstance(weeks, bool) and 1 <= weeks <= 52:
                return weeks
            raise ValueError(f"{WEEKS_AFTER} must be a whole number of weeks from 1 to 52")
        raise ValueError(f"must be {BEFORE_PUBLICATION} or {{{WEEKS_AFTER}: N}}")

    @property
    def weeks_after_fieldwork_end(self) -> int | None:
        return self.due if isinstance(self.due, int) else None


class CauseForConcern(_Entry):
    overall_ratings: tuple[Rating, ...] = Field(min_length=1)


class ImprovementPlanContent(_Entry):
    quotes: tuple[Quote, ...] = Field(min_length=1)
    follow_up_kinds: tuple[str, ...] = Field(min_length=1)


class YjbOversightContent(_Entry):
    quotes: tuple[Quote, ...] = Field(min_length=1)
    priority_statuses: tuple[str, ...] = Field(min_length=1)
    quadrants: tuple[str, ...] = Field(min_length=1)


class AfterFieldwork(_Entry):
    id: str
    title: str
    source: str
    sources: dict[str, str] = Field(min_length=1)  # seed → the document, as a reader is told it
    cause_for_concern: CauseForConcern
    closed_days: tuple[date, ...] = ()
    obligations: tuple[Obligation, ...] = Field(min_length=1)
    improvement_plan: ImprovementPlanContent
    yjb_oversight: YjbOversightContent

    def obligation(self, obligation_id: str) -> Obligation | None:
        return next((o for o in self.obligations if o.id == obligation_id), None)

    def cite(self, quote: Quote) -> str:
        """Where a quote is from, as a reader is told: "the memorandum of understanding ... (2019), 5.15"."""
        return f"{self.sources[quote.seed]}, paragraph {quote.paragraph}"

    @property
    def quotes(self) -> tuple[tuple[str, Quote], ...]:
        """Every quote with where in the content it is."""
        found = [(f"obligation {o.id}", q) for o in self.obligations for q in o.quotes]
        found += [("field 'improvement_plan'", q) for q in self.improvement_plan.quotes]
        found += [("field 'yjb_oversight'", q) for q in self.yjb_oversight.quotes]
        return tuple(found)


def load_after_fieldwork(folder: Path) -> AfterFieldwork:
    """Read and check standards/after-fieldwork.yaml (`folder` is the standards folder)."""
    path = folder / AFTER_FIELDWORK_FILE
    raw = read_yaml(path)
    try:
        content = AfterFieldwork.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(path, raw, exc) from None
    for entry, quote in content.quotes:
        if quote.seed not in content.sources:
            raise ContentError(path, entry, f"quotes seed {quote.seed}, which 'sources' does not name")
    seen: set[str] = set()
    for obligation in content.obligations:
        if obligation.id in seen:
            raise ContentError(path, f"obligation {obligation.id}", "appears twice")
        seen.add(obligation.id)
    for field, choices in (("follow_up_kinds", content.improvement_plan.follow_up_kinds),
                           ("priority_statuses", content.yjb_oversight.priority_statuses),
                           ("quadrants", content.yjb_oversight.quadrants)):
        for choice in choices:
            if not choice.strip():
                raise ContentError(path, f"field '{field}'", "holds a blank choice")
            if choices.count(choice) > 1:
                raise ContentError(path, f"field '{field}'", f"'{choice}' appears twice")
    return content
