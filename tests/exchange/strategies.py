"""Hypothesis strategies: random valid inspections built from the framework's real ids.

Inspections come out in the exchange writer's canonical layout (entries in id order, evidence
grouped by prompt, no entry at its defaults), so import(export(x)) == x can be asserted exactly.
"""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

from hypothesis import strategies as st

from inspector.content import load_content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    OVERALL,
    Answer,
    Assignment,
    CaseCount,
    CommentKind,
    DiversityFinding,
    Document,
    DocumentKind,
    Evidence,
    EvidenceTag,
    FollowUp,
    ImprovementPlan,
    Inspection,
    InspectionDetails,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    KeyQuestionAnswer,
    Nation,
    ObligationMet,
    PanelComment,
    PanelDecision,
    PanelState,
    PromptJudgement,
    Recipient,
    Recommendation,
    SourceKind,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
    YjbOversight,
)
from inspector.text import cleaned

CONTENT = load_content()
FRAMEWORK = CONTENT.framework
PROMPTS = [p.id for p in FRAMEWORK.prompts]
LINKED = [p.id for p in FRAMEWORK.prompts if p.interview_link is not None]
KEY_QUESTIONS = [kq.id for s in FRAMEWORK.standards for kq in s.key_questions]
STANDARDS = [s.id for s in FRAMEWORK.standards]
CASE_STANDARDS = [s.id for s in CONTENT.rating_scheme.standards if s.rated_from == "case_data"]
SCHEME_STANDARDS = [s.id for s in CONTENT.rating_scheme.standards]
SCOPES = [scope for s in FRAMEWORK.standards for scope in (s.id, *(kq.id for kq in s.key_questions))]

# Any text an inspector could type: accents, curly quotes, newlines, emoji; without what the text gate
# refuses (lone surrogates, control characters, noncharacters), which no file can hold.
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).map(lambda s: cleaned(s)[0])
named = text.filter(lambda s: bool(s.strip()))
ids = st.uuids().map(str)
offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(timezones=st.none() | st.just(UTC) | offsets)
percentages = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


def _subset(items: list[str]) -> st.SearchStrategy[list[str]]:
    """A sub-list keeping the original order."""
    return st.lists(st.booleans(), min_size=len(items), max_size=len(items)).map(
        lambda keep: [item for item, k in zip(items, keep, strict=True) if k]
    )


@st.composite
def _details(draw: st.DrawFn) -> InspectionDetails:
    start = draw(st.none() | st.dates())
    end = draw(st.none() | (st.dates(min_value=start) if start else st.dates()))
    return InspectionDetails(
        id=draw(ids), yjs=draw(named), nation=draw(st.sampled_from(Nation)), fieldwork_start=start,
        fieldwork_end=end, lead_inspector=draw(text), team=tuple(draw(st.lists(text, max_size=4))),
        resettlement_cases_12_months=draw(st.none() | st.integers(0, 50)), notes=draw(text),
    )


@st.composite
def _prompt_records(
    draw: st.DrawFn, documents: list[str]
) -> tuple[tuple[PromptJudgement, ...], tuple[Evidence, ...]]:
    judgements: list[PromptJudgement] = []
    evidence: list[Evidence] = []
    cited = st.none() | st.sampled_from(documents) if documents else st.none()
    for prompt in draw(_subset(PROMPTS)):
        sufficiency = draw(st.none() | st.sampled_from(Sufficiency))
        decisive = draw(st.booleans())
        # The prompts it also supports: a few others, in framework order.
        also = st.lists(st.sampled_from([p for p in PROMPTS if p != prompt]), max_size=3, unique=True).map(
            lambda found: tuple(p for p in PROMPTS if p in found))
        items = draw(st.lists(st.builds(
            Evidence, prompt_id=st.just(prompt), text=text, source=st.sampled_from(SourceKind), reference=text,
            recorded_by=text, recorded_at=st.none() | moments, tag=st.none() | st.sampled_from(EvidenceTag), id=ids,
            also=also, document_id=cited, page=text,
        ), max_size=2))
        if sufficiency is not None or decisive:
            judgements.append(PromptJudgement(prompt, sufficiency, decisive))
        evidence.extend(items)
    return tuple(judgements), tuple(evidence)


@st.composite
def _interview(draw: st.DrawFn) -> Interview:
    form = draw(st.sampled_from(list(CONTENT.forms)))
    questions = draw(_subset([q.id for q in form.questions]))
    responses = tuple((q, InterviewResponse(draw(st.sampled_from(InterviewAnswer)), draw(text))) for q in questions)
    return Interview(reference=draw(text), form_id=form.id, form_version=form.version,
                     date=draw(st.none() | st.dates()), inspector=draw(text), responses=responses, id=draw(ids))


@st.composite
def _panel_decision(draw: st.DrawFn, standard_id: str) -> PanelDecision:
    state = draw(st.sampled_from(PanelState))
    agreed = draw(st.sampled_from(Rating)) if state is PanelState.AGREED else None
    return PanelDecision(standard_id, state, agreed, draw(text))


_panel_comments = st.builds(
    PanelComment, standard_id=st.sampled_from([*SCHEME_STANDARDS, OVERALL]), kind=st.sampled_from(CommentKind),
    text=named, by=text, at=st.none() | moments, id=ids,
)


@st.composite
def _document(draw: st.DrawFn) -> Document:
    file_path = draw(text)
    digest = draw(st.text("0123456789abcdef", min_size=64, max_size=64)) if file_path and draw(st.booleans()) else ""
    return Document(title=draw(named), kind=draw(st.sampled_from(DocumentKind)), received=draw(st.none() | st.dates()),
                    supplied_by=draw(text), file_path=file_path, sha256=digest, id=draw(ids))


OBLIGATIONS = sorted(o.id for o in CONTENT.after_fieldwork.obligations)  # the writer's order: by id


@st.composite
def _after_fieldwork(draw: st.DrawFn, team: list[str]) -> dict[str, object]:
    """The record after fieldwork, each name one of the team (or none where none is required)."""
    if not team:
        return {}
    person = st.sampled_from(team)
    anyone = st.just("") | person
    met = tuple(ObligationMet(o, draw(st.dates()), draw(person), draw(text)) for o in draw(_subset(OBLIGATIONS)))
    labels = CONTENT.after_fieldwork.yjb_oversight
    yjb = YjbOversight(draw(st.just("") | st.sampled_from(labels.priority_statuses) | text),
                       draw(st.just("") | st.sampled_from(labels.quadrants)), draw(st.none() | st.dates()),
                       draw(anyone))
    follow_ups = tuple(draw(st.lists(
        st.builds(FollowUp, date=st.dates(), how=named, note=text, recorded_by=anyone, id=ids),
        max_size=3, unique_by=lambda f: f.id,
    )))
    plan = ImprovementPlan(draw(st.none() | st.dates()), draw(anyone))
    return {"obligations_met": met, "yjb_oversight": yjb, "improvement_plan": plan, "follow_ups": follow_ups}


@st.composite
def inspections(draw: st.DrawFn) -> Inspection:
    documents = tuple(draw(st.lists(_document(), max_size=3, unique_by=lambda d: d.id)))
    judgements, evidence = draw(_prompt_records([d.id for d in documents]))
    details = draw(_details())
    team = list(dict.fromkeys(n for n in (details.lead_inspector, *details.team) if n.strip()))
    assignments = tuple(Assignment(scope, draw(st.sampled_from(team)))
                        for scope in (draw(_subset(SCOPES)) if team else []))
    answers = [KeyQuestionAnswer(kq, draw(st.none() | st.sampled_from(Answer)), draw(text))
               for kq in draw(_subset(KEY_QUESTIONS))]
    proposals = [StandardProposal(s, draw(st.none() | st.sampled_from(Rating)), draw(text))
                 for s in draw(_subset(STANDARDS))]
    counts = [
        CaseCount(s, label, sufficient, sufficient + extra)
        for s in draw(_subset(CASE_STANDARDS))
        for label, sufficient, extra in draw(st.lists(
            st.tuples(named, st.integers(0, 40), st.integers(0, 40)), max_size=3, unique_by=lambda t: t[0]))
    ]
    return Inspection(
        details=details,
        framework_id=FRAMEWORK.id,
        framework_version=FRAMEWORK.version,
        recommendations=tuple(draw(st.lists(st.builds(Recommendation, text=text, to=st.sampled_from(Recipient), id=ids),
                                            max_size=3, unique_by=lambda r: r.id))),
        judgements=judgements,
        evidence=evidence,
        answers=tuple(a for a in answers if a.answer is not None or a.rationale),
        proposals=tuple(p for p in proposals if p.proposed is not None or p.rationale),
        diversity=DiversityFinding(draw(st.none() | st.booleans()), draw(text)),
        interviews=tuple(draw(st.lists(_interview(), max_size=3, unique_by=lambda i: i.id))),
        tallies=tuple(TalliedPercentage(p, draw(percentages), draw(st.none() | st.integers(0, 60)))
                      for p in draw(_subset(LINKED))),
        case_ratings=tuple((s, draw(st.sampled_from(Rating))) for s in draw(_subset(CASE_STANDARDS))),
        case_counts=tuple(counts),
        panel=tuple(d for s in draw(_subset(SCHEME_STANDARDS))
                    if (d := draw(_panel_decision(s))) != PanelDecision(s)),
        panel_comments=tuple(draw(st.lists(_panel_comments, max_size=3, unique_by=lambda c: c.id))),
        documents=documents,
        assignments=assignments,
        **draw(_after_fieldwork(team)),
    )
