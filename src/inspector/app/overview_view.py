"""What the overview page shows, as plain data: the thirteen ratings of the rating scheme with their
points, the total, the band the points give and the overall rating after the decision rule on 4.1,
every finding of the engine, and what is still missing before the ratings panel, each with the
navigator item that deals with it.

The wording of the ratings, points and the overall line is the reports' (reports/builder.py), so the
window and the ratings-panel report say the same thing; each standard's state and flags are the
navigator's (app/navigator.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from inspector.app.navigator import CASE_DATA, DETAILS, NodeStatus, Tone, node_statuses, rating_tone
from inspector.content import Content
from inspector.framework.model import Framework, Standard
from inspector.framework.rating_scheme import SchemeStandard
from inspector.inspection.model import Inspection
from inspector.reports.builder import DOMAIN_NAMES, overall_line, summary_row
from inspector.reports.model import FindingLine, OverallLine, SummaryRow
from inspector.reports.wording import finding_lines
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.ratings import RESETTLEMENT, resettlement_applies

# Where the findings about the whole inspection sit in the findings list.
WHOLE_INSPECTION = "Inspection"


@dataclass(frozen=True)
class RatingRow:
    """One of the thirteen standards: its rating as the reports word it, and its state at a glance."""

    summary: SummaryRow  # id, title, domain, rating shown, where it comes from (the reports' sentence), points
    source: str  # where it comes from, in a word or two for the table: "Lead inspector", "Case counts", "Entered"
    tone: Tone
    flags: tuple[str, ...]  # what needs attention, as the navigator flags it
    link: str  # the navigator item that rates it: the standard, or the domain two and three page


@dataclass(frozen=True)
class FindingRow:
    where: str  # "Overall", "Inspection", a standard, key question or prompt id
    line: FindingLine  # kind, "Decision guidance (Introduction, ..., p. 3)", the message, the wording as printed
    link: str | None  # the navigator item it is about; None for the overall rating and the whole inspection


@dataclass(frozen=True)
class MissingItem:
    text: str  # "1.2 Staff: 3 of 21 prompts not yet judged"
    link: str  # the navigator item to open to deal with it


@dataclass(frozen=True)
class OverviewView:
    rows: tuple[RatingRow, ...]  # the rating scheme's thirteen standards, in its order
    overall: OverallLine  # total, band, overall rating, 4.1, as the reports word them
    tone: Tone  # of the overall rating
    summary: str  # "21 of 36 points · band from the points: Good · 4.1: Requires improvement (not counted …)"
    capped_text: str  # the decision rule's finding when it capped the rating, else ""
    findings: tuple[FindingRow, ...]
    missing: tuple[MissingItem, ...]  # in the order to work through them
    headline: str  # "Overall rating: Good (not yet agreed)", as the ratings panel page words it


def overview_view(content: Content, inspection: Inspection, evaluation: Evaluation) -> OverviewView:
    statuses = node_statuses(content.framework, inspection, evaluation)
    rows = tuple(_row(evaluation, statuses, standard) for standard in content.rating_scheme.standards)
    result = evaluation.overall
    line = overall_line(evaluation, content.framework)
    capped = next((f.message for f in result.findings if f.kind is FindingKind.RULE), "") if result.capped else ""
    return OverviewView(
        rows=rows,
        overall=line,
        tone=rating_tone(result.rating) if result.rating is not None else Tone.OPEN,
        summary=overall_summary(evaluation),
        capped_text=capped,
        findings=tuple(_findings(content, evaluation)),
        missing=tuple(_missing(content, inspection, evaluation)),
        headline=overall_headline(evaluation),
    )


def overall_headline(evaluation: Evaluation) -> str:
    """The overall rating and whether the ratings panel has agreed it, as the overview and the ratings
    panel page head it."""
    overall, shown = evaluation.overall, overall_line(evaluation).rating_shown
    if overall.agreed:
        return f"Overall rating agreed: {shown}"
    return f"Overall rating: {shown}" + (" (not yet agreed)" if overall.rating is not None else "")


def overall_summary(evaluation: Evaluation) -> str:
    """The points, the band and 4.1 in one line, as the overview and the ratings panel page show them."""
    result, line = evaluation.overall, overall_line(evaluation)
    if result.score is not None:
        total = f"{line.score} points \u00b7 band from the points: {line.band}"
    else:
        total = f"No score yet: {len(result.incomplete)} of {len(result.points)} counted standards not yet rated"
    return f"{total} \u00b7 {RESETTLEMENT}: {line.resettlement}"


def _row(evaluation: Evaluation, statuses: dict[str, NodeStatus], standard: SchemeStandard) -> RatingRow:
    summary = summary_row(standard, evaluation, DOMAIN_NAMES[standard.domain])
    if standard.rated_from == "case_data":
        # The navigator has one node for the seven; a case rating is entered or counted, with nothing to flag.
        case = evaluation.case_rating(standard.id)
        source = {"entered": "Entered", "case counts": "Case counts", None: "Case data"}[case.derived_from]
        return RatingRow(summary, source, rating_tone(case.rating) if case.rating else Tone.OPEN, (), CASE_DATA)
    status = statuses[standard.id]
    source = "Lead inspector" if evaluation.standard(standard.id).applies else "No resettlement cases"
    return RatingRow(summary, source, status.tone, status.flags, standard.id)


def _findings(content: Content, evaluation: Evaluation) -> Iterator[FindingRow]:
    """The overall rating's first, then the whole inspection's, then each standard's in scheme order with
    its key questions' and interview results' under it."""
    framework = content.framework
    yield from _rows(framework, "Overall", None, evaluation.overall.findings)
    yield from _rows(framework, WHOLE_INSPECTION, None, evaluation.findings)
    interviews = {r.prompt_id: r for r in evaluation.interview_results}
    for standard in content.rating_scheme.standards:
        if standard.rated_from == "case_data":
            yield from _rows(framework, standard.id, CASE_DATA, evaluation.case_rating(standard.id).findings)
            continue
        yield from _rows(framework, standard.id, standard.id, evaluation.standard(standard.id).findings)
        for kq in framework.standard(standard.id).key_questions:
            yield from _rows(framework, kq.id, kq.id, evaluation.key_question(kq.id).findings)
            for prompt in kq.prompts:
                if prompt.id in interviews:
                    yield from _rows(framework, prompt.id, prompt.id, interviews[prompt.id].findings)


def _rows(framework: Framework, where: str, link: str | None, findings: tuple[Finding, ...]) -> Iterator[FindingRow]:
    for line in finding_lines(framework, findings):
        yield FindingRow(where, line, link)


def _missing(content: Content, inspection: Inspection, evaluation: Evaluation) -> Iterator[MissingItem]:
    """The to-dos in the order the work goes: judge the prompts, answer the key questions, propose the
    ratings, give the rationales the departures need, then the rest of what the overall rating needs."""
    # Seed line 45: 4.1 "only applies where YJSs have had one or more relevant cases in the 12 months before
    # the inspection"; its prompts and key questions are not missing when it does not.
    standards = [s for s in content.framework.standards if evaluation.standard(s.id).applies]
    for standard in standards:
        unjudged = [p for kq in standard.key_questions for p in evaluation.key_question(kq.id).unjudged]
        if unjudged:
            yield MissingItem(
                f"{_named(standard)}: {len(unjudged)} of {len(standard.prompts)} prompts not yet judged", unjudged[0])
    for standard in standards:
        for kq in standard.key_questions:
            balance = evaluation.key_question(kq.id)
            if balance.answer is None:
                suggested = f" (suggested: {balance.suggestion.value})" if balance.suggestion else ""
                yield MissingItem(f"Key question {kq.id} not yet answered{suggested}", kq.id)
    for standard in standards:
        result = evaluation.standard(standard.id)
        if result.proposed is None:
            default = f" (default: {result.default.value})" if result.default else ""
            yield MissingItem(f"{_named(standard)}: no rating proposed{default}", standard.id)
    for standard in standards:
        for kq in standard.key_questions:
            yield from _rationales(kq.id, evaluation.key_question(kq.id).findings)
        yield from _rationales(standard.id, evaluation.standard(standard.id).findings)
    for case in evaluation.case_ratings:
        if case.rating is None:
            yield MissingItem(f"{case.standard_id} {case.title}: no rating (enter one, or the case counts)", CASE_DATA)
    if resettlement_applies(inspection) is None:
        yield MissingItem(
            f"Resettlement cases in the 12 months before the inspection: not entered ({RESETTLEMENT} applies "
            "only where there was one or more)", DETAILS)
    if inspection.diversity.sufficient is None:
        # Seed line 129: the ratings panel "will challenge any proposed overall outstanding rating if we
        # consider a YJS's practice on diversity to be insufficient".
        yield MissingItem("Whether practice on diversity is sufficient: not recorded", DETAILS)


def _rationales(item_id: str, findings: tuple[Finding, ...]) -> Iterator[MissingItem]:
    # The engine's own wording: "The answer 'yes' to 1.3.1 departs from the suggested 'no' (...); record the
    # rationale."
    for finding in findings:
        if finding.kind is FindingKind.RATIONALE:
            yield MissingItem(finding.message, item_id)


def _named(standard: Standard) -> str:
    return f"{standard.id} {standard.title}"
