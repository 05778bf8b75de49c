"""The share of a standard's key questions and prompts with a positive response, read against the
characteristics-table row that gives percentages.

Only standard 1.1's table has such a row ("Three key questions and 11 prompts", seed lines
3454-3456): over 80, 65, 50 and 40 per cent or lower. The row declares its figures (`share_thresholds`)
and the engine reads those, not the cells' wording, so a row added to another standard is read the same
way and a reworded cell leaves the comparison as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from inspector.framework.model import CharacteristicsRow, Rating, ShareThreshold, Standard
from inspector.framework.rule_names import ShareReading
from inspector.inspection.model import Answer, Inspection, Sufficiency
from inspector.rules.percentages import percent, shown


def holds(threshold: ShareThreshold, value: Fraction) -> bool:
    """Whether a share meets a row's figure for a rating, read as the row declares it."""
    if threshold.reading is ShareReading.OVER:
        return value > threshold.percent
    if threshold.reading is ShareReading.OR_LOWER:
        return value <= threshold.percent
    return value >= threshold.percent


@dataclass(frozen=True)
class Share:
    positive: int  # key questions answered 'yes' plus prompts above the line
    total: int  # key questions plus prompts
    outstanding: int  # key questions not yet answered plus prompts not yet judged
    percent: Fraction
    row: CharacteristicsRow | None  # the table row giving percentages, if the standard has one
    column: Rating | None  # the row's column the share falls in
    explanation: str


def percentage_row(standard: Standard) -> tuple[CharacteristicsRow, tuple[ShareThreshold, ...]] | None:
    """The table row that declares figures for the share, with them; None when no row does."""
    for row in standard.characteristics_table:
        if row.share_thresholds:
            return row, row.share_thresholds
    return None


def column_for(value: Fraction, thresholds: tuple[ShareThreshold, ...]) -> Rating | None:
    """The highest column whose figure the share meets. Between '40 per cent or lower' and '50 per
    cent' (over 40, under 50) no column applies: the seed leaves that range without a rating (see the
    editorial note on the 1.1 table row), and the engine does not pick one."""
    for threshold in thresholds:
        if holds(threshold, value):
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
        else f"falls in no column (the row's figures, {figures(thresholds)}, leave it without a rating)"
    )
    return Share(positive, total, outstanding, value, row, column,
                 f"{counted}; against the table row '{row.heading}' of the rating characteristics in table form, "
                 f"the share {where}.")


def figures(thresholds: tuple[ShareThreshold, ...]) -> str:
    """'Outstanding over 80, Good 65, Requires improvement 50, Inadequate 40 or lower'."""
    words = {ShareReading.OVER: "over {}", ShareReading.AT_LEAST: "{}", ShareReading.OR_LOWER: "{} or lower"}
    return ", ".join(f"{t.rating.value} {words[t.reading].format(t.percent)}" for t in thresholds)
