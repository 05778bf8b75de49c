"""The publication draft's parts of the report model: the inspection as HMIP publishes it.

The published report (title page, foreword, ratings by domain, recommendations by recipient,
contextual facts, diversity, a chapter per domain with each standard's strengths and areas for
improvement or its case-inspection percentages, and two annexes) is laid out by the template
(report_templates/publication-draft.docx, built by report_templates/source/build_templates.py), which
holds every fixed sentence. This module gives it the values: plain strings and numbers, no ids.

No internal ids reach the draft. Prompt ids ("1.1.2d") are how inspectors cross-refer while recording,
never how HMIP writes: `plain` takes them out of the inspectors' own text, which is otherwise quoted as
recorded (the ratings-panel report keeps it verbatim).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from inspector.forms.model import Forms
from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import (
    DocumentKind,
    EvidenceTag,
    Inspection,
    InterviewAnswer,
    PanelState,
    Recipient,
)
from inspector.rules.case_data import case_data_band
from inspector.rules.evaluate import Evaluation
from inspector.rules.percentages import one_decimal, shown
from inspector.rules.ratings import RESETTLEMENT

# The published report's chapters, by the rating scheme's domain number: HMIP's own names.
_CHAPTERS = {1: "Organisational delivery", 2: "Court disposals", 3: "Out-of-court disposals", 4: "Resettlement"}
_GROUPS = {
    1: "Domain one: organisational delivery",
    2: "Domain two: court disposals",
    3: "Domain three: out-of-court disposals",
    4: "Resettlement (rated separately, not counted in the score)",
}
# Seed line 45: 4.1 "only applies where YJSs have had one or more relevant cases in the 12 months before
# the inspection".
NOT_RATED_RESETTLEMENT = ("Not rated, because there were no relevant resettlement cases in the 12 months before "
                          "fieldwork")
_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")

# A service's name less what says it is a youth justice service: "Northmoor Youth Justice Service" is in
# Northmoor, and HMIP calls it "Northmoor YJS".
_SERVICE_SUFFIX = re.compile(
    r"[\s,]+(youth\s+justice\s+services?|youth\s+offending\s+team|youth\s+offending\s+service|yjs|yot|yos)\s*$",
    re.IGNORECASE)
_SHORT = {"youth justice service": "YJS", "youth justice services": "YJS", "youth offending team": "YOT",
          "youth offending service": "YOS"}

# Inspectors' cross-references: prompt ids (1.1.2d), key question ids in a list of references, UUIDs.
_ID = r"\d\.\d\.\d[a-z]?"
_PROMPT = re.compile(r"\b(\d\.\d)\.\d[a-z]\b")
_REFERENCES = re.compile(
    rf"\s*\((?:see\s+(?:also\s+)?)?(?:(?:prompts?|key\s+questions?)\s+)?{_ID}(?:\s*(?:,|;|and|&)\s*{_ID})*\)",
    re.IGNORECASE)
_UUID = re.compile(r"\s*\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE)
_DOTTED = re.compile(r"\d\.\d\.\d")  # a quick look before the changes: a prompt or key question id


def plain(text: str) -> str:
    """The inspector's text without internal ids: a bracketed list of prompts ("(see 1.1.2d, 1.3.1c)") is
    dropped, a prompt named in a sentence becomes its standard ("1.1.2d" → "standard 1.1"), a UUID goes."""
    if _DOTTED.search(text) is None and (text.count("-") < 4 or _UUID.search(text) is None):
        return text  # nearly every text: 5,000 items at 10× in a few milliseconds
    text = _REFERENCES.sub("", text)
    text = _UUID.sub("", text)
    return _PROMPT.sub(lambda m: f"standard {m.group(1)}", text)


@dataclass(frozen=True)
class RatingRow:
    id: str
    title: str
    rating_shown: str  # "Good", "Not yet proposed", "Not rated, because there were no relevant ..."
    not_yet_agreed: bool  # the draft marks it "(not yet agreed)"


@dataclass(frozen=True)
class RatingGroup:
    """A domain's rows in the ratings table."""

    name: str  # "Domain one: organisational delivery"
    rows: tuple[RatingRow, ...]


@dataclass(frozen=True)
class OverallResult:
    rating: str  # "Good"; "" while not yet known
    agreed: bool
    score: int | None  # None while a counted standard has no rating
    maximum: int
    band: str  # the rating the points alone give
    capped: bool  # the decision rule on 4.1 gave a lower rating than the points
    missing: str  # "2.1, 3.4": counted standards without a rating
    resettlement: str  # "rated", "not rated", "not yet known", "not yet proposed"
    resettlement_rating: str  # "Requires improvement"; "" unless rated
    resettlement_agreed: bool
    # The limiting judgement on diversity (seed line 129): an 'Outstanding' overall rating with practice
    # on diversity recorded as insufficient is challenged by the ratings panel; not recorded yet, it may be.
    diversity_challenge: bool
    diversity_unknown: bool


@dataclass(frozen=True)
class RecommendationList:
    recipient: str  # "The Northmoor YJS Management Board"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class KeyQuestionResult:
    """A case-inspection key question of a domain two or three standard, from the case counts."""

    label: str  # "Keeping other people safe"
    sufficient: int
    cases: int
    percent: str  # "65%"
    band: str  # the rating its percentage falls in: "Good"
    lowest: bool  # the lowest-scoring key question: the rating from the counts is its band


@dataclass(frozen=True)
class PublishedStandard:
    id: str
    title: str
    name: str  # in running text: "governance and leadership"
    applies: bool  # False: 4.1 without resettlement cases
    from_cases: bool  # rated from the case inspections (2.1-2.4, 3.1-3.3)
    rating: str  # "Good"; "" when none yet
    rating_shown: str  # "Good", "Not yet proposed", "Not rated"
    not_yet_agreed: bool
    strengths: tuple[str, ...]  # the evidence tagged for the standard, each item once
    improvements: tuple[str, ...]
    key_questions: tuple[KeyQuestionResult, ...]  # from the case counts; () for the others
    entered: bool  # a case-data rating entered as such, not worked out from the counts
    counts_give: str  # what the counts give when it differs from the entered rating, else ""


@dataclass(frozen=True)
class PublishedDomain:
    number: int
    heading: str  # "2. Court disposals"
    name: str  # "court disposals"
    from_cases: bool  # has standards rated from the case inspections
    cases: int  # cases inspected: the most counted for any key question; 0 when none recorded
    standards: tuple[PublishedStandard, ...]


@dataclass(frozen=True)
class CaseDataRow:
    standard: str  # "2.1 Assessment"
    key_question: str
    sufficient: str  # "15 of 20"
    percent: str
    band: str


@dataclass(frozen=True)
class ChartBar:
    label: str  # "2.1 Assessment: desistance"
    value: float  # the percentage, rounded to one decimal place
    shown: str  # "75%"
    lowest: bool


@dataclass(frozen=True)
class Threshold:
    rating: str
    from_percent: int
    span: str  # "65 to 79 per cent", "80 per cent or more", "under 50 per cent"


@dataclass(frozen=True)
class Chart:
    """The data annex's chart of the case-data percentages against the rating thresholds: drawn at
    export (reports/chart.py), its alt text worded here."""

    bars: tuple[ChartBar, ...]
    thresholds: tuple[Threshold, ...]  # rising; the first starts at 0
    description: str  # the alt text: what the chart shows, with every value


@dataclass(frozen=True)
class InterviewRow:
    question: str
    answered: str  # "17 of 24 answered 'yes'", "Tallied on paper over 6 interviews"
    percent: str


@dataclass(frozen=True)
class Scale:
    """A rating's points and the scores that give it overall (rating-scheme.yaml)."""

    rating: str
    points: int
    overall: str  # "19 to 30"


@dataclass(frozen=True)
class Publication:
    yjs: str  # "Northmoor Youth Justice Service"
    area: str  # "Northmoor"
    service: str  # "Northmoor YJS"
    title: str  # "An inspection of youth justice services in Northmoor"
    fieldwork: str  # "3 to 7 March 2025", "Not yet entered"
    fieldwork_month: str  # "March 2025"; "" when not entered
    overall: OverallResult
    ratings: tuple[RatingGroup, ...]
    recommendations: tuple[RecommendationList, ...]
    recommendation_count: str  # "four recommendations", "one recommendation"
    facts: tuple[Fact, ...]
    diversity: str  # "sufficient", "insufficient", "" when not recorded
    diversity_note: str
    domains: tuple[PublishedDomain, ...]
    court_cases: int  # as PublishedDomain.cases
    out_of_court_cases: int
    resettlement_cases: str  # "3", "" when not entered
    interview_count: int
    interviews: tuple[InterviewRow, ...]
    documents: int
    case_data: tuple[CaseDataRow, ...]
    chart: Chart
    thresholds: tuple[Threshold, ...]
    scale: tuple[Scale, ...]


def publication(
    framework: Framework, scheme: RatingScheme, forms: Forms, inspection: Inspection, evaluation: Evaluation,
) -> Publication:
    details = inspection.details
    area, service = area_of(details.yjs), service_of(details.yjs)
    start, end = details.fieldwork_start, details.fieldwork_end
    month = end or start
    tagged = _tagged(framework, inspection)
    thresholds = _thresholds(scheme)
    domains = tuple(_domain(n, scheme, evaluation, tagged) for n in dict.fromkeys(s.domain for s in scheme.standards))
    cases = {d.number: d.cases for d in domains}
    case_rows = _case_data(domains)
    return Publication(
        yjs=details.yjs,
        area=area,
        service=service,
        title=f"An inspection of youth justice services in {area}",
        fieldwork=_fieldwork(start, end) or "Not yet entered",
        fieldwork_month=f"{month:%B %Y}" if month else "",
        overall=_overall(inspection, evaluation),
        ratings=tuple(RatingGroup(_GROUPS.get(d.number, d.heading), tuple(
            RatingRow(s.id, s.title, s.rating_shown if s.applies else _not_rated(s.id), s.not_yet_agreed)
            for s in d.standards)) for d in domains),
        recommendations=_recommendations(inspection, service, area),
        recommendation_count=_count(len(inspection.recommendations), "recommendation"),
        facts=_facts(inspection, cases),
        diversity={True: "sufficient", False: "insufficient", None: ""}[inspection.diversity.sufficient],
        diversity_note=plain(inspection.diversity.note),
        domains=domains,
        court_cases=cases.get(2, 0),
        out_of_court_cases=cases.get(3, 0),
        resettlement_cases="" if details.resettlement_cases_12_months is None
        else str(details.resettlement_cases_12_months),
        interview_count=len(inspection.interviews),
        interviews=_interviews(forms, inspection),
        documents=len(inspection.documents),
        case_data=case_rows,
        chart=_chart(domains, thresholds),
        thresholds=thresholds,
        scale=tuple(Scale(b.rating.value, scheme.points[b.rating], f"{b.minimum} to {b.maximum}")
                    for b in sorted(scheme.overall_bands, key=lambda b: -b.minimum)),
    )


def area_of(yjs: str) -> str:
    """"Northmoor Youth Justice Service" → "Northmoor"; a name that does not end so is kept whole."""
    area = _SERVICE_SUFFIX.sub("", yjs).strip()
    return area or yjs


def service_of(yjs: str) -> str:
    """The service as the report names it: "Northmoor Youth Justice Service" → "Northmoor YJS",
    "Calderdale Youth Offending Team" → "Calderdale YOT"; "Anytown YOT" and any other name as it is."""
    match = _SERVICE_SUFFIX.search(yjs)
    area = area_of(yjs)
    if match is None or area == yjs:
        return yjs
    kind = " ".join(match.group(1).lower().split())
    return f"{area} {_SHORT.get(kind, match.group(1).upper())}"


def _not_rated(standard_id: str) -> str:
    return NOT_RATED_RESETTLEMENT if standard_id == RESETTLEMENT else "Not rated"


def _count(n: int, noun: str) -> str:
    """"four recommendations", "one recommendation", "21 recommendations"."""
    word = _NUMBERS[n] if n < len(_NUMBERS) else str(n)
    return f"{word} {noun}{'' if n == 1 else 's'}"


def _overall(inspection: Inspection, evaluation: Evaluation) -> OverallResult:
    o = evaluation.overall
    resettlement = evaluation.panel_standard(RESETTLEMENT) if any(
        p.standard_id == RESETTLEMENT for p in evaluation.panel) else None
    sufficient = inspection.diversity.sufficient
    return OverallResult(
        rating=o.rating.value if o.rating is not None else "",
        agreed=o.agreed,
        score=o.score,
        maximum=o.maximum,
        band=o.band_from_points.value if o.band_from_points is not None else "",
        capped=o.capped,
        missing=", ".join(o.incomplete),
        resettlement=o.resettlement.status,
        resettlement_rating=o.resettlement.rating.value if o.resettlement.rating is not None else "",
        resettlement_agreed=resettlement is not None and resettlement.state is PanelState.AGREED,
        diversity_challenge=o.rating is Rating.OUTSTANDING and sufficient is False,
        diversity_unknown=o.rating is Rating.OUTSTANDING and sufficient is None,
    )


def _recommendations(inspection: Inspection, service: str, area: str) -> tuple[RecommendationList, ...]:
    # HMIP addresses the YJS's recommendations to its management board, and names the others.
    names = {
        Recipient.YJS: f"The {service} Management Board",
        Recipient.LOCAL_AUTHORITY: f"The local authority in {area}",
        Recipient.YJB: "The Youth Justice Board",
        Recipient.MOJ: "The Ministry of Justice",
    }
    groups = []
    for recipient, name in names.items():
        items = tuple(plain(r.text) for r in inspection.recommendations if r.to is recipient)
        if items:
            groups.append(RecommendationList(name, items))
    return tuple(groups)


def _facts(inspection: Inspection, cases: dict[int, int]) -> tuple[Fact, ...]:
    details = inspection.details
    missing = "[Editor: not recorded in the inspection file; add it]"
    documents = Counter(d.kind for d in inspection.documents)
    kinds = ((DocumentKind.EVIDENCE_IN_ADVANCE, "submitted in advance"), (DocumentKind.DURING_FIELDWORK,
             "during fieldwork"), (DocumentKind.OTHER, "from other sources"))
    by_kind = ", ".join(f"{documents[kind]} {what}" for kind, what in kinds if documents[kind])
    tallied = len(inspection.tallies)
    interviews = str(len(inspection.interviews)) if inspection.interviews else missing
    if tallied:
        interviews += f" (and {_count(tallied, 'further result')} tallied on paper)"
    resettlement = details.resettlement_cases_12_months
    return (
        Fact("Fieldwork", _fieldwork(details.fieldwork_start, details.fieldwork_end) or missing),
        Fact("Lead inspector", details.lead_inspector or missing),
        Fact("Inspection team", ", ".join(details.team) or missing),
        Fact("Caseload at the time of the inspection", "[Editor: not held in the inspection file; add the YJS's "
                                                       "caseload from its data]"),
        Fact("Court disposals inspected", str(cases[2]) if cases.get(2) else missing),
        Fact("Out-of-court disposals inspected", str(cases[3]) if cases.get(3) else missing),
        Fact("Resettlement cases in the 12 months before fieldwork",
             str(resettlement) if resettlement is not None else missing),
        Fact("Case-manager interviews", interviews),
        Fact("Documents examined", f"{len(inspection.documents)} ({by_kind})" if inspection.documents else missing),
    )


def _fieldwork(start: date | None, end: date | None) -> str:
    """The dates as the cover of the ratings-panel report words them; "" when not entered."""
    from inspector.reports.builder import NOT_YET_ENTERED  # builder imports this module
    from inspector.reports.builder import _fieldwork as dates

    shown_ = dates(start, end)
    return "" if shown_ == NOT_YET_ENTERED else shown_


Tagged = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # standard id -> (strengths, improvements)


def _tagged(framework: Framework, inspection: Inspection) -> Tagged:
    """Each standard's evidence tagged as a strength or an area for improvement, gathered from all its
    prompts: an item on several of them once, in the order of the first prompt it supports."""
    order = {p.id: n for n, p in enumerate(framework.prompts)}
    standard_of = {p.id: s.id for s in framework.standards for p in s.prompts}
    found: dict[str, list[tuple[int, int, EvidenceTag, str]]] = {}
    for sequence, e in enumerate(inspection.evidence):
        if e.tag is None:
            continue
        first: dict[str, int] = {}
        for prompt_id in e.prompts:
            standard_id = standard_of.get(prompt_id)
            if standard_id is not None:
                first[standard_id] = min(first.get(standard_id, order[prompt_id]), order[prompt_id])
        text = plain(e.text)
        for standard_id, place in first.items():
            found.setdefault(standard_id, []).append((place, sequence, e.tag, text))
    out: Tagged = {}
    for standard_id, items in found.items():
        items.sort(key=lambda item: item[:2])
        out[standard_id] = (tuple(t for _, _, tag, t in items if tag is EvidenceTag.STRENGTH),
                            tuple(t for _, _, tag, t in items if tag is EvidenceTag.AREA_FOR_IMPROVEMENT))
    return out


def _domain(number: int, scheme: RatingScheme, evaluation: Evaluation, tagged: Tagged) -> PublishedDomain:
    standards = tuple(
        _standard(s.id, s.title, s.rated_from == "case_data", scheme, evaluation, tagged)
        for s in scheme.standards if s.domain == number
    )
    cases = max((kq.cases for s in standards for kq in s.key_questions), default=0)
    chapter = _CHAPTERS.get(number, f"Domain {number}")
    return PublishedDomain(number, f"{number}. {chapter}", chapter.lower(), any(s.from_cases for s in standards),
                           cases, standards)


def _standard(standard_id: str, title: str, from_cases: bool, scheme: RatingScheme, evaluation: Evaluation,
              tagged: Tagged) -> PublishedStandard:
    panel = evaluation.panel_standard(standard_id)
    rating = panel.rating if panel.applies else None
    if not panel.applies:
        rating_shown = "Not rated"  # its chapter says why; the ratings table says it too (_not_rated)
    elif rating is None:
        rating_shown = "Not yet known" if from_cases else "Not yet proposed"
    else:
        rating_shown = rating.value
    key_questions: tuple[KeyQuestionResult, ...] = ()
    entered, counts_give = False, ""
    if from_cases:
        case = evaluation.case_rating(standard_id)
        key_questions = tuple(
            KeyQuestionResult(c.key_question, c.sufficient, c.cases, shown(c.percent),
                              case_data_band(c.percent, scheme).value, c is case.lowest)
            for c in case.counts
        )
        entered = case.derived_from == "entered"
        if entered and case.derived is not None and case.derived != case.rating:
            counts_give = case.derived.value
    strengths, improvements = tagged.get(standard_id, ((), ()))
    return PublishedStandard(
        id=standard_id,
        title=title,
        name=title[:1].lower() + title[1:],
        applies=panel.applies,
        from_cases=from_cases,
        rating=rating.value if rating is not None else "",
        rating_shown=rating_shown,
        not_yet_agreed=rating is not None and panel.state is not PanelState.AGREED,
        strengths=strengths if panel.applies else (),
        improvements=improvements if panel.applies else (),
        key_questions=key_questions,
        entered=entered,
        counts_give=counts_give,
    )


def _case_data(domains: Iterable[PublishedDomain]) -> tuple[CaseDataRow, ...]:
    rows = []
    for d in domains:
        for s in d.standards:
            for kq in s.key_questions:
                rows.append(CaseDataRow(f"{s.id} {s.title}", kq.label, f"{kq.sufficient} of {kq.cases}", kq.percent,
                                        kq.band))
    return tuple(rows)


def _thresholds(scheme: RatingScheme) -> tuple[Threshold, ...]:
    bands = sorted(scheme.case_data_bands, key=lambda b: b.from_percent)
    out = []
    for n, band in enumerate(bands):
        following = bands[n + 1].from_percent if n + 1 < len(bands) else None
        if band.from_percent == 0 and following is not None:
            span = f"under {following} per cent"
        elif following is None:
            span = f"{band.from_percent} per cent or more"
        else:
            span = f"{band.from_percent} to {following - 1} per cent"
        out.append(Threshold(band.rating.value, band.from_percent, span))
    return tuple(out)


def _chart(domains: Iterable[PublishedDomain], thresholds: tuple[Threshold, ...]) -> Chart:
    bars = tuple(
        ChartBar(f"{s.id} {s.title}: {kq.label[:1].lower()}{kq.label[1:]}",
                 one_decimal(Fraction(kq.sufficient * 100, kq.cases)), kq.percent, kq.lowest)
        for d in domains for s in d.standards for kq in s.key_questions
    )
    if not bars:
        return Chart((), thresholds, "")
    lines = ", ".join(f"{t.from_percent}% ({t.rating})" for t in thresholds if t.from_percent > 0)
    values = "; ".join(f"{b.label} {b.shown}" for b in bars)
    description = (f"Bar chart of the percentage of inspected cases judged sufficient for each key question, "
                   f"with the rating thresholds marked at {lines}. {values}.")
    return Chart(bars, thresholds, description)


def _interviews(forms: Forms, inspection: Inspection) -> tuple[InterviewRow, ...]:
    """Per question of the interview form: how many case managers answered 'yes' of those asked; a
    question not asked in the recorded interviews shows the result tallied on paper for what it informs."""
    counts: dict[tuple[str, str], dict[str, list[int]]] = {}  # per form and version: question -> [yes, asked]
    yes_answer, not_asked = InterviewAnswer.YES, InterviewAnswer.NOT_ASKED
    for interview in inspection.interviews:
        per_question = counts.setdefault((interview.form_id, interview.form_version), {})
        for question_id, response in interview.responses:
            answer = response.answer
            if answer is not_asked:
                continue
            tally = per_question.get(question_id)
            if tally is None:
                tally = per_question[question_id] = [0, 0]
            tally[1] += 1
            if answer is yes_answer:
                tally[0] += 1
    rows = []
    tallied_shown: set[str] = set()
    for (form_id, version), per_question in counts.items():
        form = forms.get(form_id, version)
        if form is None:
            continue
        for question in form.questions:
            yes, answered = per_question.get(question.id, (0, 0))
            if answered:
                rows.append(InterviewRow(question.text, f"{yes} of {answered}", shown(Fraction(yes * 100, answered))))
                continue
            for prompt_id in question.informs:
                paper = inspection.tally(prompt_id)
                if paper is not None and prompt_id not in tallied_shown:
                    tallied_shown.add(prompt_id)
                    over = f" over {paper.interviews} interviews" if paper.interviews else ""
                    rows.append(
                        InterviewRow(question.text, f"Tallied on paper{over}", f"{paper.percent.normalize():f}%"))
    return tuple(rows)
