"""The one validation of an inspection's content: ids must be the framework's or the rating scheme's,
values of the right kind and in range, records consistent with each other. A refusal is an InvalidEdit
naming the field and the problem.

Every reader of an inspection checks it here: the store, each edit before anything is written and each
record it reads from a file; the exchange reader, a whole file before anything is done with it (it
checks the JSON's shape with pydantic first, then converts it and checks the inspection here, naming
the place in the file from the record and attribute a refusal carries). The inspection model is plain
frozen dataclasses (no validation of its own), so types are checked too: a float where a Decimal
belongs, or a string where an enum belongs, is refused here rather than stored approximately.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from inspector.errors import UserError
from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
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
from inspector.numbers import decimal_problem, whole_problem
from inspector.text import text_problem

R = TypeVar("R")


class InvalidEdit(UserError):
    """A record naming something that is not in the framework, or a value out of range. Nothing is written.

    `field` names the value in the inspector's words; `at` is the attribute of the record at fault when
    the record's own place does not say it ("also.1", "agreed"). A whole inspection's check adds the
    `record` refused and, for one that repeats a key, the `other` record holding it first, so that a
    reader of a file can name the place in it."""

    def __init__(self, field: str, problem: str, *, at: str | None = None) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.at = at
        self.record: object | None = None
        self.other: object | None = None


def _positions(ids: Iterable[str]) -> dict[str, int]:
    return {item: position for position, item in enumerate(ids)}


@dataclass(frozen=True)
class FrameworkIds:
    """The ids an edit may name, each mapped to its place in framework order (snapshot order)."""

    prompts: dict[str, int]
    key_questions: dict[str, int]
    standards: dict[str, int]
    case_data_standards: dict[str, int]
    scheme_standards: dict[str, int]  # the rating scheme's 13, which the ratings panel agrees
    interview_prompts: frozenset[str]
    # What the lead may assign to a team member: each standard and each key question, in framework order
    # (a standard before its key questions).
    scopes: dict[str, int]

    @classmethod
    def of(cls, framework: Framework, scheme: RatingScheme) -> FrameworkIds:
        return cls(
            prompts=_positions(p.id for p in framework.prompts),
            key_questions=_positions(kq.id for s in framework.standards for kq in s.key_questions),
            standards=_positions(s.id for s in framework.standards),
            # Seed line 3140: "Rating characteristics are not needed for standards where we use case
            # data to make our judgements as ratings for these standards are determined by data-based
            # ratings' rules." Which standards those are is the rating scheme's to say.
            case_data_standards=_positions(s.id for s in scheme.standards if s.rated_from == "case_data"),
            scheme_standards=_positions(s.id for s in scheme.standards),
            interview_prompts=frozenset(p.id for p in framework.prompts if p.interview_link is not None),
            scopes=_positions(
                scope for s in framework.standards for scope in (s.id, *(kq.id for kq in s.key_questions))
            ),
        )

    # --- ids -------------------------------------------------------------------------------------

    def prompt(self, field: str, prompt_id: Any, *, at: str | None = None) -> None:
        if prompt_id not in self.prompts:
            raise InvalidEdit(field, f"{prompt_id!r} is not a prompt in the framework", at=at)

    def key_question(self, field: str, key_question_id: Any) -> None:
        if key_question_id not in self.key_questions:
            raise InvalidEdit(field, f"{key_question_id!r} is not a key question in the framework")

    def standard(self, field: str, standard_id: Any) -> None:
        if standard_id not in self.standards:
            listed = ", ".join(self.standards)
            raise InvalidEdit(field, f"{standard_id!r} is not a standard in the framework ({listed})")

    def case_data_standard(self, field: str, standard_id: Any) -> None:
        if standard_id not in self.case_data_standards:
            rated = ", ".join(self.case_data_standards)
            raise InvalidEdit(field, f"{standard_id!r} is not a standard rated from case data ({rated})")

    def scheme_standard(self, field: str, standard_id: Any) -> None:
        if standard_id not in self.scheme_standards:
            listed = ", ".join(self.scheme_standards)
            raise InvalidEdit(field, f"{standard_id!r} is not a standard of the rating scheme ({listed})")

    # --- records ---------------------------------------------------------------------------------

    def details(self, d: InspectionDetails) -> None:
        _instance("inspection details", d, InspectionDetails)
        _text("YJS", d.yjs)
        # The YJS is what is inspected and what the file is known by (the exchange format refuses a
        # blank one too).
        if not d.yjs.strip():
            raise InvalidEdit("YJS", "must name the youth justice service")
        _enum("nation", d.nation, Nation)
        _date("fieldwork start", d.fieldwork_start)
        _date("fieldwork end", d.fieldwork_end)
        # Fieldwork is a period: an end before its start is a slip in one of the dates.
        if d.fieldwork_start and d.fieldwork_end and d.fieldwork_end < d.fieldwork_start:
            raise InvalidEdit(
                "fieldwork end", f"{d.fieldwork_end:%d %B %Y} is before fieldwork start {d.fieldwork_start:%d %B %Y}",
                at="fieldwork_end",
            )
        _text("lead inspector", d.lead_inspector)
        if not isinstance(d.team, tuple):
            raise InvalidEdit("team", "must be a list of names")
        for name in d.team:
            _text("team member", name)
        # Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or
        # more relevant cases in the 12 months before the inspection" - a count, so never negative.
        _count("resettlement cases in the 12 months before fieldwork", d.resettlement_cases_12_months, optional=True)
        _text("notes", d.notes)
        _text("inspection id", d.id)

    def recommendation(self, r: Recommendation) -> None:
        _instance("recommendation", r, Recommendation)
        _text("recommendation text", r.text)
        _enum("recommendation recipient", r.to, Recipient)
        _text("recommendation id", r.id)

    def judgement(self, j: PromptJudgement) -> None:
        _instance("prompt judgement", j, PromptJudgement)
        self.prompt("prompt id", j.prompt_id)
        # Seed line 194: "the extent to which delivery is above and below the line of sufficiency for
        # each prompt" - above or below, or not yet judged.
        _enum(f"prompt {j.prompt_id} sufficiency", j.sufficiency, Sufficiency, optional=True)
        # Seed line 194: "One or more areas that are considered below the line may be of such
        # importance that they preclude a judgement of 'yes'" - a decisive shortfall, yes or no.
        _flag(f"prompt {j.prompt_id} decisive shortfall", j.decisive)

    def evidence(self, e: Evidence) -> None:
        _instance("evidence", e, Evidence)
        self.prompt("evidence prompt id", e.prompt_id)
        _text("evidence text", e.text)
        _enum("evidence source", e.source, SourceKind)
        _text("evidence reference", e.reference)
        _text("evidence recorded by", e.recorded_by)
        if e.recorded_at is not None and not isinstance(e.recorded_at, datetime):
            raise InvalidEdit("evidence recorded at", "must be a date and time")
        _enum("evidence tag", e.tag, EvidenceTag, optional=True)
        _text("evidence id", e.id)
        if not isinstance(e.also, tuple):
            raise InvalidEdit("evidence also supports", "must be a list of prompt ids", at="also")
        supported = {e.prompt_id}
        for position, prompt_id in enumerate(e.also):
            at = f"also.{position}"
            self.prompt("evidence also supports", prompt_id, at=at)
            # One item supports each prompt once: shown twice on a prompt, it would be counted twice there.
            if prompt_id == e.prompt_id:
                raise InvalidEdit("evidence prompts", f"{prompt_id!r} is the prompt it is recorded on; each prompt "
                                  "is listed once", at=at)
            if prompt_id in supported:
                raise InvalidEdit("evidence prompts", f"{prompt_id!r} appears twice", at=at)
            supported.add(prompt_id)
        if e.document_id is not None:
            _text("evidence document", e.document_id)
        _text("evidence page", e.page)

    def document(self, d: Document) -> None:
        _instance("document", d, Document)
        _text("document title", d.title)
        # The title is how evidence cites it and how the register lists it.
        if not d.title.strip():
            raise InvalidEdit("document title", "must say what the document is")
        _enum("document kind", d.kind, DocumentKind)
        _date("document received", d.received)
        _text("document supplied by", d.supplied_by)
        _text("document file", d.file_path)
        _text("document SHA-256", d.sha256)
        if d.sha256 and not _SHA256.fullmatch(d.sha256):
            raise InvalidEdit("document SHA-256", "must be 64 lower-case hexadecimal digits", at="sha256")
        if d.sha256 and not d.file_path:
            raise InvalidEdit("document SHA-256", "is the digest of a file, and the document names none", at="sha256")
        _text("document id", d.id)

    def scope(self, field: str, scope_id: Any) -> None:
        if scope_id not in self.scopes:
            raise InvalidEdit(field, f"{scope_id!r} is not a standard or key question in the framework")

    def assignment(self, a: Assignment) -> None:
        _instance("assignment", a, Assignment)
        self.scope("assignment", a.scope_id)
        _text(f"{a.scope_id} assigned to", a.member)
        if not a.member.strip():
            raise InvalidEdit(f"{a.scope_id} assigned to", "must name a member of the team")

    def answer(self, a: KeyQuestionAnswer) -> None:
        _instance("key question answer", a, KeyQuestionAnswer)
        self.key_question("key question id", a.key_question_id)
        # Seed line 194: "the inspector should consider a 'yes' judgement to the key question" - yes or
        # no, or not yet answered.
        _enum(f"key question {a.key_question_id} answer", a.answer, Answer, optional=True)
        _text(f"key question {a.key_question_id} rationale", a.rationale)

    def proposal(self, p: StandardProposal) -> None:
        _instance("standard proposal", p, StandardProposal)
        self.standard("standard id", p.standard_id)
        # Seed line 3144: "an 'Outstanding'/'Good'/'Requires improvement'/'Inadequate' service" - one of
        # the four ratings, or none proposed yet.
        _enum(f"standard {p.standard_id} proposed rating", p.proposed, Rating, optional=True)
        _text(f"standard {p.standard_id} rationale", p.rationale)

    def diversity(self, d: DiversityFinding) -> None:
        _instance("diversity finding", d, DiversityFinding)
        if d.sufficient is not None:
            _flag("diversity sufficient", d.sufficient)
        _text("diversity note", d.note)

    def interview(self, i: Interview) -> None:
        _instance("interview", i, Interview)
        _text("interview reference", i.reference)
        _text("interview form id", i.form_id)
        _text("interview form version", i.form_version)
        _date("interview date", i.date)
        _text("interview inspector", i.inspector)
        _text("interview id", i.id)
        if not isinstance(i.responses, tuple):
            raise InvalidEdit("interview responses", "must be a list of (question id, response) pairs")
        seen: set[str] = set()
        for pair in i.responses:
            if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[1], InterviewResponse)):
                raise InvalidEdit("interview responses", "must be a list of (question id, response) pairs")
            question, response = pair
            _text("interview question id", question)
            # One response per question: `Interview.response` reads one, so a second would hide the first.
            if question in seen:
                raise InvalidEdit("interview responses", f"question {question!r} is answered twice")
            seen.add(question)
            # The field is named only for a refusal: a thousand interviews of fifty responses each are read.
            answer: object = response.answer  # as read from a file, before it is known to be one
            if not isinstance(answer, InterviewAnswer):
                _enum(f"interview answer to {question}", answer, InterviewAnswer)
            if response.comment or not isinstance(response.comment, str):  # an empty comment is text, and fine
                _text(f"interview comment on {question}", response.comment)

    def tally(self, t: TalliedPercentage) -> None:
        _instance("interview tally", t, TalliedPercentage)
        self.prompt("tally prompt id", t.prompt_id)
        # A tally stands in for the case-manager interview responses a prompt draws on (seed line 714:
        # "the proportion of positive answers to the relevant question in their interviews with case
        # managers"); a prompt that draws on none has nothing to tally, and the exchange format refuses it.
        if t.prompt_id not in self.interview_prompts:
            raise InvalidEdit("tally prompt id", f"{t.prompt_id} does not draw on case-manager interviews")
        field = f"prompt {t.prompt_id} tallied percentage"
        if not isinstance(t.percent, Decimal) or not t.percent.is_finite():
            raise InvalidEdit(field, "must be an exact decimal number (not a float)")
        # Bounded before it is compared: the engine and the reports do arithmetic and formatting with it.
        problem = decimal_problem(t.percent)
        if problem:
            raise InvalidEdit(field, problem)
        # Seed line 3144: "the following percentage boundaries apply" - a percentage of responses,
        # so between 0 and 100.
        if not Decimal(0) <= t.percent <= Decimal(100):
            raise InvalidEdit(field, f"must be between 0 and 100 (got {t.percent})")
        _count(f"prompt {t.prompt_id} interviews tallied", t.interviews, optional=True)

    def case_rating(self, standard_id: Any, rating: Any) -> None:
        self.case_data_standard("case-data rating standard id", standard_id)
        _enum(f"standard {standard_id} rating from case data", rating, Rating)

    def case_count(self, c: CaseCount) -> None:
        _instance("case count", c, CaseCount)
        self.case_data_standard("case count standard id", c.standard_id)
        _text("case count key question", c.key_question)
        # The label is half the count's key (with the standard) and names it in the audit log.
        if not c.key_question.strip():
            raise InvalidEdit("case count key question", "must name the case-inspection key question")
        field = f"standard {c.standard_id} case count ({c.key_question})"
        _count(f"{field} sufficient", c.sufficient)
        _count(f"{field} cases", c.cases)
        # The sufficient cases are some of those inspected, never more.
        if c.sufficient > c.cases:
            raise InvalidEdit(field, f"{c.sufficient} sufficient is more than the {c.cases} cases inspected",
                              at="sufficient")

    def panel_decision(self, d: PanelDecision) -> None:
        _instance("ratings panel decision", d, PanelDecision)
        self.scheme_standard("ratings panel standard id", d.standard_id)
        _enum(f"ratings panel {d.standard_id} state", d.state, PanelState)
        field = f"ratings panel {d.standard_id} agreed rating"
        _enum(field, d.agreed, Rating, optional=True)
        # The agreed rating is what the panel agreed: an agreed standard has one, any other has none.
        if d.state is PanelState.AGREED and d.agreed is None:
            raise InvalidEdit(field, "an agreed standard needs the rating the panel agreed", at="agreed")
        if d.state is not PanelState.AGREED and d.agreed is not None:
            state = d.state.value
            raise InvalidEdit(field, f"only an agreed standard has an agreed rating ({d.standard_id} is {state})",
                              at="agreed")
        _text(f"ratings panel {d.standard_id} reason", d.reason)

    def panel_comment(self, c: PanelComment) -> None:
        _instance("ratings panel comment", c, PanelComment)
        if c.standard_id != OVERALL and c.standard_id not in self.scheme_standards:
            listed = ", ".join(self.scheme_standards)
            raise InvalidEdit("ratings panel comment standard id", f"{c.standard_id!r} is not a standard of the "
                              f"rating scheme ({listed}) or '{OVERALL}'", at="standard_id")
        _enum("ratings panel comment kind", c.kind, CommentKind)
        _text("ratings panel comment text", c.text)
        # A challenge or comment with nothing in it tells the lead inspector nothing.
        if not c.text.strip():
            raise InvalidEdit("ratings panel comment text", "must say what the panel challenges or comments on")
        _text("ratings panel comment by", c.by)
        if c.at is not None and not isinstance(c.at, datetime):
            raise InvalidEdit("ratings panel comment at", "must be a date and time")
        _text("ratings panel comment id", c.id)

    # --- after fieldwork: checked as values; whether an obligation id is the content's is the window's to show
    # (content may change between versions, and a file's record must stay readable), and who is checked
    # against the team with the record's edit (`in_team_named`).

    def obligation_id(self, obligation_id: Any) -> None:
        _text("obligation id", obligation_id)
        if not OBLIGATION_ID.fullmatch(obligation_id):
            raise InvalidEdit("obligation id", "must be lower-case letters, digits and hyphens")

    def obligation_met(self, m: ObligationMet) -> None:
        _instance("obligation done", m, ObligationMet)
        self.obligation_id(m.obligation_id)
        if m.done_on is None:
            raise InvalidEdit(f"{m.obligation_id} done on", "must be a date")
        _date(f"{m.obligation_id} done on", m.done_on)
        _text(f"{m.obligation_id} done by", m.done_by)
        if not m.done_by.strip():
            raise InvalidEdit(f"{m.obligation_id} done by", "must name who in the team did it")
        _text(f"{m.obligation_id} note", m.note)

    def yjb_oversight(self, y: YjbOversight) -> None:
        _instance("YJB oversight", y, YjbOversight)
        _text("YJB priority status", y.priority_status)
        _text("YJB performance quadrant", y.quadrant)
        _date("YJB oversight as of", y.as_of)
        _text("YJB oversight recorded by", y.recorded_by)

    def improvement_plan(self, p: ImprovementPlan) -> None:
        _instance("improvement plan", p, ImprovementPlan)
        _date("improvement plan received", p.received)
        _text("improvement plan recorded by", p.recorded_by)

    def follow_up(self, f: FollowUp) -> None:
        _instance("follow-up", f, FollowUp)
        if f.date is None:
            raise InvalidEdit("follow-up date", "must be a date")
        _date("follow-up date", f.date)
        _text("follow-up kind", f.how)
        if not f.how.strip():
            raise InvalidEdit("follow-up kind", "must say how progress was followed up")
        _text("follow-up note", f.note)
        _text("follow-up recorded by", f.recorded_by)
        _text("follow-up id", f.id)

    def inspection(self, inspection: Inspection, framework: Framework) -> None:
        """A whole inspection (bulk load): every record, and no record twice."""
        _instance("inspection", inspection, Inspection)
        # A file's ids and wording are one framework version's; there is no conversion between versions.
        if (inspection.framework_id, inspection.framework_version) != (framework.id, framework.version):
            raise InvalidEdit(
                "framework",
                f"the inspection was recorded against {inspection.framework_id} {inspection.framework_version}, "
                f"this file against {framework.id} {framework.version}",
            )
        _each((inspection.details,), self.details)
        _each(inspection.recommendations, self.recommendation)
        _each(inspection.judgements, self.judgement)
        _each(inspection.evidence, self.evidence)
        _each(inspection.answers, self.answer)
        _each(inspection.proposals, self.proposal)
        _each((inspection.diversity,), self.diversity)
        _each(inspection.interviews, self.interview)
        _each(inspection.tallies, self.tally)
        _each(inspection.case_ratings, lambda pair: self.case_rating(*pair))
        _each(inspection.case_counts, self.case_count)
        _each(inspection.panel, self.panel_decision)
        _each(inspection.panel_comments, self.panel_comment)
        _each(inspection.documents, self.document)
        _each(inspection.assignments, self.assignment)
        registered = {d.id for d in inspection.documents}
        _each(inspection.evidence, lambda e: cited(e, registered))
        _each(inspection.obligations_met, self.obligation_met)
        _each((inspection.yjb_oversight,), self.yjb_oversight)
        _each((inspection.improvement_plan,), self.improvement_plan)
        _each(inspection.follow_ups, self.follow_up)
        team = team_of(inspection.details)
        _each(inspection.assignments, lambda a: in_team(a, team))
        _each(inspection.obligations_met, lambda m: in_team_named(f"{m.obligation_id} done by", m.done_by, team,
                                                                  at="done_by"))
        _each((inspection.yjb_oversight,), lambda y: in_team_named(
            "YJB oversight recorded by", y.recorded_by, team, at="recorded_by"))
        _each((inspection.improvement_plan,), lambda p: in_team_named(
            "improvement plan recorded by", p.recorded_by, team, at="recorded_by"))
        _each(inspection.follow_ups, lambda f: in_team_named("follow-up recorded by", f.recorded_by, team,
                                                             at="recorded_by"))
        # Each is a table's key: two records with one key cannot both be stored. Ids are also how a team
        # member's work is merged: two entries with one id would be one entry.
        _unique("recommendation id", inspection.recommendations, [r.id for r in inspection.recommendations], "id")
        _unique("prompt judgement", inspection.judgements, [j.prompt_id for j in inspection.judgements])
        _unique("evidence id", inspection.evidence, [e.id for e in inspection.evidence], "id")
        _unique("key question answer", inspection.answers, [a.key_question_id for a in inspection.answers])
        _unique("standard proposal", inspection.proposals, [p.standard_id for p in inspection.proposals])
        _unique("interview id", inspection.interviews, [i.id for i in inspection.interviews], "id")
        _unique("interview tally", inspection.tallies, [t.prompt_id for t in inspection.tallies])
        _unique("case-data rating", inspection.case_ratings, [s for s, _ in inspection.case_ratings])
        _unique("case count", inspection.case_counts,
                [f"{c.standard_id} {c.key_question}" for c in inspection.case_counts])
        _unique("ratings panel decision", inspection.panel, [d.standard_id for d in inspection.panel])
        _unique("ratings panel comment id", inspection.panel_comments, [c.id for c in inspection.panel_comments],
                "id")
        _unique("document id", inspection.documents, [d.id for d in inspection.documents], "id")
        _unique("assignment", inspection.assignments, [a.scope_id for a in inspection.assignments])
        _unique("obligation done", inspection.obligations_met, [m.obligation_id for m in inspection.obligations_met])
        _unique("follow-up id", inspection.follow_ups, [f.id for f in inspection.follow_ups], "id")


def team_of(details: InspectionDetails) -> tuple[str, ...]:
    """The names that may record and be assigned work: the lead inspector and the team, each once."""
    return team_names(details.lead_inspector, details.team)


def team_names(lead: str, team: Iterable[str]) -> tuple[str, ...]:
    """The lead inspector first, then the team, each name once, blanks left out."""
    return tuple(dict.fromkeys(name for name in (lead, *team) if name.strip()))


def cited(e: Evidence, registered: set[str]) -> None:
    """Evidence cites an entry of the register, or none."""
    if e.document_id is not None and e.document_id not in registered:
        raise InvalidEdit("evidence document", f"{e.document_id!r} is not in the inspection's register of documents",
                          at="document_id")


def in_team(a: Assignment, team: tuple[str, ...]) -> None:
    if a.member not in team:
        raise InvalidEdit(f"{a.scope_id} assigned to", "is not the lead inspector or a member of the team")


def in_team_named(field: str, name: str, team: tuple[str, ...], at: str | None = None) -> None:
    """Who did or recorded something after fieldwork is a name from the team, or not given ("")."""
    if name and name not in team:
        raise InvalidEdit(field, "is not the lead inspector or a member of the team", at=at)


OBLIGATION_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _instance(field: str, value: Any, kind: type) -> None:
    if not isinstance(value, kind):
        raise InvalidEdit(field, f"must be a {kind.__name__}, not {type(value).__name__}")


# Off while records read from a file are checked (store/reading.py): a character this gate refuses was
# accepted by versions before it, so it is no sign of damage, and looking for one in every text costs
# about 120 ms a read at ten times the demo's size (against 13 ms for every other check together).
_TEXT_GATE: ContextVar[bool] = ContextVar("text_gate", default=True)


@contextmanager
def stored_records() -> Iterator[None]:
    """Checks of records as stored, not as entered: text is checked for its type only."""
    token = _TEXT_GATE.set(False)
    try:
        yield
    finally:
        _TEXT_GATE.reset(token)


def _text(field: str, value: Any) -> None:
    if not isinstance(value, str):
        raise InvalidEdit(field, f"must be text, not {type(value).__name__}")
    # SQLite cannot encode a lone surrogate and a report cannot hold a control character: both would
    # fail later, halfway through a write or a document.
    problem = text_problem(value) if _TEXT_GATE.get() else None
    if problem:
        raise InvalidEdit(field, problem)


def _flag(field: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidEdit(field, "must be yes or no")


def _enum(field: str, value: Any, kind: type[Enum], *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, kind):
        choices = ", ".join(repr(m.value) for m in kind)
        raise InvalidEdit(field, f"{value!r} is not one of {choices}")


def _date(field: str, value: Any) -> None:
    # datetime is a subclass of date: a time of day would be stored and then lost, so refuse it.
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise InvalidEdit(field, "must be a date")


def _count(field: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidEdit(field, "must be a whole number")
    if value < 0:
        raise InvalidEdit(field, f"cannot be negative (got {value})")
    problem = whole_problem(value)  # a SQLite INTEGER is 64 bits
    if problem:
        raise InvalidEdit(field, problem)


def _each(records: Iterable[R], check: Callable[[R], None]) -> None:
    """`check` each record; a refusal carries the record refused."""
    record: R | None = None
    try:
        for record in records:
            check(record)
    except InvalidEdit as refused:
        refused.record = record
        raise


def _unique(field: str, records: Sequence[object], keys: list[str], at: str | None = None) -> None:
    """Each record's key (in `keys`, in the records' order) once; a refusal carries the record repeating a
    key and the `other` holding it first."""
    first: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key in first:
            refused = InvalidEdit(field, f"{key!r} appears twice", at=at)
            refused.record, refused.other = records[index], records[first[key]]
            raise refused
        first[key] = index
