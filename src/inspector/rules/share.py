"""The share of a standard's key questions and prompts with a positive response, read against the
characteristics-table row that gives percentages.

Only standard 1.1's table has such a row ("Three key questions and 11 prompts", seed lines
3454-3456): over 80, 65, 50 and 40 per cent or lower. The engine finds the row by its wording rather
than by the standard's id, so a row added to another standard is read the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from inspector.framework.model import RATING_ORDER, CharacteristicsRow, Rating, Standard
from inspector.inspection.model import Answer, Inspection, Sufficiency
from inspector.rules.percentages import percent, shown

# "over 80 per cent", "65 per cent", "40 per cent or lower" (the source splits "per" and "cent" over lines).
_FIGURE = re.compile(r"(over\s+)?(\d+)\s+per\s*cent(\s+or\s+lower)?", re.IGNORECASE)


@dataclass(frozen=True)
class Threshold:
    rating: Rating
    figure: int
    kind: str  # "over", "at least" or "or lower"

    def holds(self, value: Fraction) -> bool:
        if self.kind == "over":
            return value > self.figure
        if self.kind == "or lower":
            return value <= self.figure
        return value >= self.figure


@dataclass(frozen=True)
class Share:
    positive: int  # key questions answered 'yes' plus prompts above the line
    total: int  # key questions plus prompts
    outstanding: int  # key questions not yet answered plus prompts not yet judged
    percent: Fraction
    row: CharacteristicsRow | None  # the table row giving percentages, if the standard has one
    column: Rating | None  # the row's column the share falls in
    explanation: str


def table_thresholds(row: CharacteristicsRow) -> tuple[Threshold, ...] | None:
    """The row's figure per rating, or None when a cell gives none (the row is not a percentage row)."""
    thresholds = []
    for rating in RATING_ORDER:
        match = _FIGURE.search(row.cell(rating))
        if match is None:
            return None
        # Seed lines 3454-3456: "over 80 per cent" (Outstanding), "65 per cent" (Good), "50 per cent"
        # (Requires improvement), "40 per cent or lower" (Inadequate). A bare figure is read as "at
        # least": 65 per cent of the key questions and prompts, or more.
        kind = "over" if match.group(1) else "or lower" if match.group(3) else "at least"
        thresholds.append(Threshold(rating, int(match.group(2)), kind))
    return tuple(thresholds)


def percentage_row(standard: Standard) -> tuple[CharacteristicsRow, tuple[Threshold, ...]] | None:
    for row in standard.characteristics_table:
        thresholds = table_thresholds(row)
        if thresholds is not None:
            return row, thresholds
    return None


def column_for(value: Fraction, thresholds: tuple[Threshold, ...]) -> Rating | None:
    """The highest column whose figure the share meets. Between '40 per cent or lower' and '50 per
    cent' (over 40, under 50) no column applies: the seed leaves that range without a rating (see the
    editorial note on the 1.1 table row), and the engine does not pick one."""
    for threshold in thresholds:
        if threshold.holds(value):
            return threshold.rating
    return None


def standard_share(standard: Standard, inspection: Inspection) -> Share:
    answers = [inspection.answer(kq.id).answer for kq in standard.key_questions]
    judged = [inspection.judgement(p.id).sufficiency for p in standard.prompts]
    positive = answers.count(Answer.YES) + judged.count(Sufficiency.ABOVE)
    outstanding = answers.count(None) + judged.count(None)
    total = len(answers) + len(judged)
    value = percent(positive, total)
    found = percentage_row(standard)
    counted = (
        f"{positive} of {total} key questions and prompts positive ({shown(value)}: "
        f"{answers.count(Answer.YES)} of {len(answers)} key questions answered 'yes', "
        f"{judged.count(Sufficiency.ABOVE)} of {len(judged)} prompts above the line)"
    )
    if found is None:
        return Share(positive, total, outstanding, value, None, None,
                     f"{counted}; the characteristics table of {standard.id} gives no percentages to compare with.")
    row, thresholds = found
    if outstanding:
        return Share(positive, total, outstanding, value, row, None,
                     f"{counted}; {outstanding} not yet answered or judged, so the share is not compared "
                     f"with the table row '{row.heading}' yet.")
    column = column_for(value, thresholds)
    where = (
        f"falls in the '{column.value}' column" if column is not None
        else f"falls in no column (the row's figures, {_figures(thresholds)}, leave it without a rating)"
    )
    return Share(positive, total, outstanding, value, row, column,
                 f"{counted}; against the table row '{row.heading}' of the rating characteristics in table form, "
                 f"the share {where}.")


def _figures(thresholds: tuple[Threshold, ...]) -> str:
    words = {"over": "over {}", "at least": "{}", "or lower": "{} or lower"}
    return ", ".join(f"{t.rating.value} {words[t.kind].format(t.figure)}" for t in thresholds)
