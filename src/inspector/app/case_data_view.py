"""What the domain two and three page shows, as plain data: for each standard rated from case data
(2.1-2.4, 3.1-3.3), the rating entered directly, the case counts per key question with their
percentages, the rating the counts give and the key question it comes from, and the engine's notes.

The rating that counts is the engine's (rules/case_data.py): an entered rating wins, otherwise the band
of the lowest-scoring key question. The page adds nothing but the counts' order as recorded and the
checks on a count as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from inspector.errors import UserError
from inspector.framework.model import Rating
from inspector.inspection.model import CaseCount, Inspection
from inspector.rules.case_data import DerivedFrom
from inspector.rules.evaluation import Evaluation
from inspector.rules.percentages import shown


@dataclass(frozen=True)
class CountLine:
    key_question: str
    sufficient: int
    cases: int
    percent: Fraction | None  # None when the engine cannot use the standard's counts
    lowest: bool  # the key question the derived rating comes from

    @property
    def percent_text(self) -> str:
        return shown(self.percent) if self.percent is not None else ""


@dataclass(frozen=True)
class CaseStandardView:
    standard_id: str
    title: str
    entered: Rating | None  # the rating entered directly, or None: from the case counts
    derived: Rating | None  # what the counts give, when they give anything
    rating: Rating | None  # the rating that counts
    derived_from: DerivedFrom | None
    counts: tuple[CountLine, ...]
    notes: tuple[str, ...]  # the engine's notes: counts that give no rating, an entered rating that differs

    @property
    def derived_text(self) -> str:
        """What the counts give, beside the rating box: "From case counts: Good (lowest: Desistance, 65%)"."""
        lowest = next((c for c in self.counts if c.lowest), None)
        if self.derived is None or lowest is None:
            return "From case counts: no rating yet"
        return f"From case counts: {self.derived.value} (lowest: {lowest.key_question}, {lowest.percent_text})"


def case_data_view(inspection: Inspection, evaluation: Evaluation) -> tuple[CaseStandardView, ...]:
    views = []
    for result in evaluation.case_ratings:
        usable = {c.key_question: c.percent for c in result.counts}
        lowest = result.lowest.key_question if result.lowest else None
        counts = tuple(
            CountLine(c.key_question, c.sufficient, c.cases, usable.get(c.key_question), c.key_question == lowest)
            for c in inspection.case_counts_for(result.standard_id)
        )
        views.append(CaseStandardView(
            result.standard_id, result.title, inspection.case_rating(result.standard_id), result.derived,
            result.rating, result.derived_from, counts, tuple(f.message for f in result.findings),
        ))
    return tuple(views)


def parse_count(standard_id: str, key_question: str, sufficient_text: str, cases_text: str) -> CaseCount:
    """A count as typed in the page's table. One-line errors name the field; nothing is written."""
    label = key_question.strip()
    if not label:
        raise UserError(f"case count for {standard_id}: the key question needs a name")
    field = f"case count for {standard_id} ({label})"
    numbers = []
    for name, text in (("sufficient", sufficient_text.strip()), ("cases", cases_text.strip())):
        if not text.isdigit():
            raise UserError(f"{field}: {name} must be a whole number (got {text!r})")
        numbers.append(int(text))
    sufficient, cases = numbers
    # rules/case_data.py refuses a percentage of no cases: the count would give no rating.
    if cases == 0:
        raise UserError(f"{field}: cases must be above 0 (a percentage of no cases cannot be worked out)")
    # The sufficient cases are some of those inspected, never more.
    if sufficient > cases:
        raise UserError(f"{field}: {sufficient} sufficient is more than the {cases} cases inspected")
    return CaseCount(standard_id, label, sufficient, cases)
