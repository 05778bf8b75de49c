"""`build_report`: the report model from what was recorded and what the rules engine makes of it.

Nothing is invented: every rating, answer and rationale is the inspector's, every suggestion, default,
balance and finding the engine's, and every piece of evidence is quoted as recorded. The departures
appendix and the audit of rating changes have their own modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from inspector.after_fieldwork.content import AfterFieldwork
from inspector.forms.model import Forms
from inspector.framework.citations import source_line
from inspector.framework.model import Framework, KeyQuestion, Prompt, Rating, Standard
from inspector.framework.rating_scheme import RatingScheme, SchemeStandard
from inspector.inspection.model import (
    Document,
    Evidence,
    EvidenceTag,
    Inspection,
    InspectionDetails,
    PanelComment,
    PanelState,
    Recipient,
    Sufficiency,
)
from inspector.reports.after_fieldwork import after_fieldwork_section
from inspector.reports.audit_trail import created_line, rating_changes
from inspector.reports.departures import departures
from inspector.reports.model import (
    CaseCountLine,
    CaseRatingLine,
    Details,
    DiversitySection,
    EvidenceItem,
    FlagLine,
    InterviewLine,
    KeyQuestionSection,
    OverallLine,
    PanelCommentGroup,
    PanelCommentLine,
    PromptLine,
    RatingStatus,
    RecommendationGroup,
    Report,
    StandardSection,
    SummaryRow,
    long_date,
    short_time,
)
from inspector.reports.publication import publication
from inspector.reports.wording import NO_SUMMARIES, Summaries, answer_shown, finding_lines, rule_summaries
from inspector.rules.balance import KeyQuestionBalance
from inspector.rules.case_data import CaseRating, case_data_band
from inspector.rules.consistency import DIVERSITY, ConsistencyFlag, consistency_flags
from inspector.rules.evaluate import Evaluation, evaluate
from inspector.rules.findings import FindingKind
from inspector.rules.interviews import InterviewResult
from inspector.rules.panel import PanelStandard
from inspector.rules.percentages import shown
from inspector.rules.standard import StandardResult
from inspector.store import AuditEntry

NOT_RATED = "Not rated"
NOT_YET_ENTERED = "Not yet entered"

# Seed line 41: "Our youth justice inspection standards are split into three domains"; 4.1 sits outside
# them as "the stand-alone resettlement standard" (seed line 45), domain 4 in rating-scheme.yaml.
DOMAIN_NAMES = {1: "Domain one", 2: "Domain two", 3: "Domain three", 4: "Resettlement"}

_RECIPIENTS = {
    Recipient.YJS: "The YJS",
    Recipient.LOCAL_AUTHORITY: "The local authority",
    Recipient.YJB: "The Youth Justice Board",
    Recipient.MOJ: "The Ministry of Justice",
}

_JUDGEMENTS = {Sufficiency.ABOVE: "Above the line", Sufficiency.BELOW: "Below the line", None: "Not yet judged"}

_STATUS = {PanelState.DRAFT: RatingStatus.DRAFT, PanelState.PROPOSED: RatingStatus.PROPOSED,
           PanelState.AGREED: RatingStatus.AGREED}


def build_report(
    framework: Framework,
    scheme: RatingScheme,
    forms: Forms,
    inspection: Inspection,
    *,
    audit: Sequence[AuditEntry] | None,
    source: str,
    evaluation: Evaluation | None = None,
    produced: datetime | None = None,
    after_fieldwork: AfterFieldwork | None = None,
) -> Report:
    """The report for `inspection`. `audit`: the inspection file's audit log, or None when the source
    carries none (an exchange file; the report says so). `source` names what it was made from.
    `evaluation` may be passed when the caller has it already (the window); it must be of `inspection`.
    `after_fieldwork`: the content of the obligations after fieldwork, for the report's section on them."""
    if evaluation is None:
        evaluation = evaluate(framework, scheme, forms, inspection)
    made = produced or datetime.now(UTC)
    evidence = _evidence_by_prompt(inspection)
    interviews = {r.prompt_id: r for r in evaluation.interview_results}
    domains = {s.id: DOMAIN_NAMES[s.domain] for s in scheme.standards}  # the scheme allows domains 1-4
    summaries = rule_summaries(framework)
    flags = tuple(_flag(f) for f in consistency_flags(framework, inspection, evaluation))
    return Report(
        details=_details(inspection.details, framework, evaluation, source, made),
        summary=tuple(summary_row(s, evaluation, domains[s.id]) for s in scheme.standards),
        overall=overall_line(evaluation, framework, summaries),
        standards=tuple(
            _standard(s, evaluation, evidence, interviews, domains.get(s.id, ""), framework, summaries, flags)
            for s in framework.standards
        ),
        case_ratings=tuple(_case_rating(c, domains.get(c.standard_id, ""), scheme, framework, summaries, flags)
                           for c in evaluation.case_ratings),
        diversity=_diversity(framework, inspection, evaluation, flags),
        recommendations=_recommendations(inspection),
        departures=departures(framework, evaluation),
        rating_changes=rating_changes(audit) if audit is not None else None,
        notes=finding_lines(framework, evaluation.findings, summaries),
        panel_comments=_panel_comments(evaluation),
        flags=flags,
        created=created_line(audit) if audit is not None else "",
        publication=publication(framework, scheme, forms, inspection, evaluation),
        after_fieldwork=(
            after_fieldwork_section(after_fieldwork, inspection, evaluation.overall.rating, made.date())
            if after_fieldwork is not None else None
        ),
    )


def _flag(flag: ConsistencyFlag) -> FlagLine:
    return FlagLine(flag.kind.value, flag.about, flag.title, flag.message)


def _about(flags: tuple[FlagLine, ...], about: str) -> tuple[FlagLine, ...]:
    return tuple(f for f in flags if f.about == about)


def _details(
    details: InspectionDetails, framework: Framework, evaluation: Evaluation, source: str, produced: datetime
) -> Details:
    cases = details.resettlement_cases_12_months
    status, panel = _status(evaluation)
    return Details(
        yjs=details.yjs,
        nation=details.nation.value,
        fieldwork=_fieldwork(details.fieldwork_start, details.fieldwork_end),
        lead_inspector=details.lead_inspector,
        team=", ".join(details.team),
        resettlement_cases=str(cases) if cases is not None else NOT_YET_ENTERED,
        notes=details.notes,
        framework=source_line(framework),
        source=source,
        produced=produced,
        status=status,
        panel=panel,
        fieldwork_span=_fieldwork_span(details.fieldwork_start, details.fieldwork_end),
    )


def _status(evaluation: Evaluation) -> tuple[RatingStatus, str]:
    """The ratings as a whole: agreed once the overall rating is; proposed once any is with the panel."""
    rated = [p for p in evaluation.panel if p.applies]
    agreed = sum(p.state is PanelState.AGREED for p in rated)
    if evaluation.overall.agreed:
        return RatingStatus.AGREED, f"all {agreed} ratings agreed by the ratings panel"
    if any(p.locked for p in evaluation.panel):
        return RatingStatus.PROPOSED, f"{agreed} of {len(rated)} ratings agreed by the ratings panel"
    return RatingStatus.DRAFT, "not yet put to the ratings panel"


def panel_shown(p: PanelStandard) -> str:
    """Where one rating stands with the panel, with the panel's reason where it gave one."""
    if not p.applies:
        return NOT_RATED
    if p.agreed_otherwise and p.agreed is not None:
        proposed = f"'{p.proposed.value}'" if p.proposed is not None else "none"
        return f"Agreed '{p.agreed.value}' (proposed {proposed}): {p.reason}"
    status = _STATUS[p.state].value
    if p.reason and p.state is PanelState.PROPOSED:
        return f"{status} (reopened: {p.reason})"
    return f"{status}: {p.reason}" if p.reason and p.state is PanelState.AGREED else status


def _panel_comments(evaluation: Evaluation) -> tuple[PanelCommentGroup, ...]:
    groups = [PanelCommentGroup(f"Standard {p.standard_id}: {p.title}", comment_lines(p.comments))
              for p in evaluation.panel if p.comments]
    if evaluation.overall.comments:
        groups.append(PanelCommentGroup("The overall rating", comment_lines(evaluation.overall.comments)))
    return tuple(groups)


def comment_lines(comments: tuple[PanelComment, ...]) -> tuple[PanelCommentLine, ...]:
    return tuple(
        PanelCommentLine(c.kind.value.capitalize(), c.text, c.by, short_time(c.at) if c.at is not None else "")
        for c in comments
    )


def _fieldwork(start: date | None, end: date | None) -> str:
    """'3 to 7 March 2025', '28 February to 3 March 2025', '30 December 2024 to 3 January 2025'."""
    if start is None:
        return f"Ends {long_date(end)}" if end else NOT_YET_ENTERED
    if end is None or end == start:
        return f"From {long_date(start)}" if end is None else long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} to {long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} to {long_date(end)}"
    return f"{long_date(start)} to {long_date(end)}"


def _fieldwork_span(start: date | None, end: date | None) -> str:
    """The fieldwork for the dates line, with an en dash: '3–7 March 2025', '28 February – 3 March 2025',
    '30 December 2024 – 3 January 2025'; '' when not entered."""
    if start is None:
        return f"ending {long_date(end)}" if end is not None else ""
    if end is None:
        return f"from {long_date(start)}"
    if end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} \u2013 {long_date(end)}"
    return f"{long_date(start)} \u2013 {long_date(end)}"


def _rating_shown(rating: Rating | None, otherwise: str) -> str:
    return rating.value if rating is not None else otherwise


def summary_row(standard: SchemeStandard, evaluation: Evaluation, domain: str) -> SummaryRow:
    points = dict(evaluation.overall.points)
    panel = evaluation.panel_standard(standard.id)
    if standard.rated_from == "case_data":
        case = evaluation.case_rating(standard.id)
        rating_shown, basis = _rating_shown(panel.rating, "Not yet known"), _case_basis(case)
    else:
        result = evaluation.standard(standard.id)
        if result.applies:
            rating_shown = _rating_shown(panel.rating, "Not yet proposed")
            basis = "Proposed by the lead inspector"
        else:
            rating_shown, basis = NOT_RATED, standard.not_rated_when.capitalize()
    if not standard.counts_to_overall:
        shown_points = "Not counted"
    else:
        value = points.get(standard.id)
        shown_points = str(value) if value is not None else "–"
    return SummaryRow(standard.id, standard.title, domain, rating_shown, basis, shown_points, _STATUS[panel.state],
                      panel_shown(panel), panel.rating if panel.applies else None)


def _case_basis(case: CaseRating) -> str:
    return {
        "entered": "Entered from the case inspection",
        "case counts": "From the case counts (lowest key question)",
        None: "Not yet recorded",
    }[case.derived_from]


def overall_line(
    evaluation: Evaluation, framework: Framework | None = None, summaries: Summaries = NO_SUMMARIES,
) -> OverallLine:
    """The overall rating as the reports word it. Its findings are cited by their places in the standards
    document, so they come only with the framework; the window's headline and summary need the words alone."""
    o = evaluation.overall
    resettlement = {
        "not rated": f"{NOT_RATED}: no resettlement cases in the 12 months before the inspection",
        "not yet known": "Not yet known: the number of resettlement cases is not entered",
        "not yet proposed": "Not yet proposed",
        "rated": _rating_shown(o.resettlement.rating, ""),
    }[o.resettlement.status]
    return OverallLine(
        score=f"{o.score} of {o.maximum}" if o.score is not None else "No score yet",
        band=_rating_shown(o.band_from_points, "–"),
        rating_shown=_rating_shown(o.rating, "Not yet known"),
        capped=o.capped,
        missing=", ".join(o.incomplete),
        resettlement=f"{resettlement} (not counted in the score)",
        findings=finding_lines(framework, o.findings, summaries) if framework is not None else (),
        agreed=o.agreed,
    )


Recorded = dict[str, list[tuple[str, EvidenceItem]]]  # prompt id -> (evidence id, item as reported)


def _evidence_by_prompt(inspection: Inspection) -> Recorded:
    # One pass: the 10x inspection has 5,000 items, and every prompt looks its own up. An item supporting
    # several prompts is listed under each.
    documents = {d.id: d for d in inspection.documents}
    by_prompt: Recorded = {}
    for e in inspection.evidence:
        item = _evidence(e, documents)
        for prompt_id in e.prompts:
            by_prompt.setdefault(prompt_id, []).append((e.id, item))
    return by_prompt


def _standard(
    standard: Standard,
    evaluation: Evaluation,
    evidence: Recorded,
    interviews: dict[str, InterviewResult],
    domain: str,
    framework: Framework,
    summaries: Summaries,
    flags: tuple[FlagLine, ...],
) -> StandardSection:
    result: StandardResult = evaluation.standard(standard.id)
    panel = evaluation.panel_standard(standard.id)
    rating = panel.rating if result.applies else None
    if result.applies:
        rating_shown = _rating_shown(rating, "Not yet proposed")
        default_shown = _rating_shown(result.default, "None")
    else:
        rating_shown = default_shown = NOT_RATED
    return StandardSection(
        id=standard.id,
        title=standard.title,
        domain=domain,
        applies=result.applies,
        status=_STATUS[panel.state],
        rating=rating,
        rating_shown=rating_shown,
        panel=panel_shown(panel),
        default_shown=default_shown,
        default_reason=result.default_reason,
        departs_from_default=result.departs_from_default,
        rationale=result.rationale,
        permitted=result.permitted,
        share=result.share.explanation,
        key_questions=tuple(
            _key_question(kq, evaluation.key_question(kq.id), evidence, interviews, framework, summaries)
            for kq in standard.key_questions
        ),
        findings=finding_lines(framework, result.findings, summaries),
        flags=_about(flags, standard.id),
    )


def _key_question(
    key_question: KeyQuestion,
    balance: KeyQuestionBalance,
    evidence: Recorded,
    interviews: dict[str, InterviewResult],
    framework: Framework,
    summaries: Summaries,
) -> KeyQuestionSection:
    # An item supporting two of the key question's prompts is one piece of evidence: counted and quoted once.
    recorded = list(dict(item for p in key_question.prompts for item in evidence.get(p.id, ())).values())
    return KeyQuestionSection(
        id=key_question.id,
        text=key_question.text,
        suggestion=answer_shown(balance.suggestion, "No suggestion"),
        answer=answer_shown(balance.answer, "Not yet answered"),
        departs=balance.departs,
        rationale=balance.rationale,
        balance=balance.reason,
        above=len(balance.above),
        below=len(balance.below),
        unjudged=len(balance.unjudged),
        decisive=balance.decisive,
        prompts=tuple(_prompt(p, balance) for p in key_question.prompts),
        strengths=tuple(e for e in recorded if e.tag == EvidenceTag.STRENGTH.value),
        improvements=tuple(e for e in recorded if e.tag == EvidenceTag.AREA_FOR_IMPROVEMENT.value),
        untagged=sum(1 for e in recorded if not e.tag),
        interviews=tuple(_interview(interviews[p.id]) for p in key_question.prompts if p.id in interviews),
        findings=finding_lines(framework, balance.findings, summaries),
    )


def _prompt(prompt: Prompt, balance: KeyQuestionBalance) -> PromptLine:
    if prompt.id in balance.above:
        sufficiency: Sufficiency | None = Sufficiency.ABOVE
    elif prompt.id in balance.below:
        sufficiency = Sufficiency.BELOW
    else:
        sufficiency = None
    return PromptLine(prompt.id, prompt.text, _JUDGEMENTS[sufficiency], prompt.id in balance.decisive,
                      prompt.diversity)


def _evidence(e: Evidence, documents: dict[str, Document]) -> EvidenceItem:
    document = documents[e.document_id].title if e.document_id in documents else ""
    if document and e.page:
        document = f"{document}, {e.page}"
    return EvidenceItem(e.prompts, e.text, e.source.value, e.reference, e.recorded_by,
                        e.tag.value if e.tag else "", document)


def _interview(r: InterviewResult) -> InterviewLine:
    if r.percent is None:
        result, band = "Nothing recorded", ""
    else:
        if r.basis == "interviews":
            result = f"{shown(r.percent)} ({r.yes} of {r.n} answers)"
        else:
            result = f"{shown(r.percent)} (tallied on paper{f' over {r.n} interviews' if r.n else ''})"
        band = r.band.name.lower() if r.band else "no band"
    if r.threshold_percent is None:  # the seed only says the responses are "taken into account"
        consequence = f"No threshold: {r.strength.value}"
    elif r.below_threshold:
        consequence = f"Below {r.threshold_percent}%: {r.strength.value}"
    else:
        consequence = f"Not below {r.threshold_percent}%"
    return InterviewLine(r.prompt_id, result, band, consequence, tuple(f.message for f in r.findings))


def _case_rating(
    case: CaseRating, domain: str, scheme: RatingScheme, framework: Framework, summaries: Summaries,
    flags: tuple[FlagLine, ...],
) -> CaseRatingLine:
    lowest = case.lowest
    own = _about(flags, case.standard_id)
    counts = tuple(
        CaseCountLine(
            standard=f"{case.standard_id} {case.title}" if number == 0 else "",
            key_question=count.key_question,
            cases=f"{count.sufficient} of {count.cases}",
            percent=shown(count.percent),
            band=case_data_band(count.percent, scheme).value,
            lowest=count is lowest,
        )
        for number, count in enumerate(case.counts)
    )
    return CaseRatingLine(
        id=case.standard_id,
        title=case.title,
        domain=domain,
        rating_shown=_rating_shown(case.rating, "Not yet known"),
        basis=_case_basis(case),
        lowest=(f"{lowest.key_question}: {lowest.sufficient} of {lowest.cases} cases sufficient "
                f"({shown(lowest.percent)})") if lowest else "",
        # A rating entered at odds with its counts is flagged (rules/consistency.py); the engine's note saying
        # the same (the only note case_data.py gives when the counts give a rating) is not said twice.
        findings=finding_lines(
            framework, tuple(f for f in case.findings if not (own and f.kind is FindingKind.NOTE)), summaries,
        ),
        counts=counts,
        # No rating from counts that were recorded: the engine's note below says why.
        derived=_rating_shown(case.derived, "None: see the note below" if case.findings else "No case counts recorded"),
        flags=own,
    )


def _diversity(
    framework: Framework, inspection: Inspection, evaluation: Evaluation, flags: tuple[FlagLine, ...]
) -> DiversitySection:
    # Seed line 57: "We will report on diversity in a separate section of our YJS inspection reports."
    # Diversity is not rated; the inspector records whether practice is sufficient (seed line 129).
    sufficient = inspection.diversity.sufficient
    judgement = {True: "Sufficient", False: "Insufficient", None: "Not yet recorded"}[sufficient]
    prompts = tuple(
        _prompt(p, evaluation.key_question(kq.id))
        for s in framework.standards for kq in s.key_questions for p in kq.prompts if p.diversity
    )
    above = sum(p.id in evaluation.key_question(p.id[:5]).above for p in prompts)
    below = sum(p.id in evaluation.key_question(p.id[:5]).below for p in prompts)
    unjudged = len(prompts) - above - below
    counted = (f"{above} of the {len(prompts)} diversity prompts above the line, {below} below"
               f"{f', {unjudged} not yet judged' if unjudged else ''}")
    return DiversitySection(judgement, inspection.diversity.note, prompts, counted, _about(flags, DIVERSITY))


def _recommendations(inspection: Inspection) -> tuple[RecommendationGroup, ...]:
    groups = []
    for recipient, label in _RECIPIENTS.items():
        items = tuple(r.text for r in inspection.recommendations if r.to is recipient)
        if items:
            groups.append(RecommendationGroup(label, items))
    return tuple(groups)

