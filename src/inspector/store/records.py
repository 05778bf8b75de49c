"""How each kind of record in an Inspection becomes a table row, and back; and what of it is audited.

A `Kind` ties a record type to its table. `facts` splits a record into the values the audit log
tracks, each under a stable key with the label an inspector reads ("prompt 1.2.1c sufficiency");
a value of None means "not set", so a record at its defaults has no facts at all and adding or
removing it changes nothing that needs auditing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any, Generic, Protocol, TypeVar

from inspector.framework.model import Rating
from inspector.inspection.model import (
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

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
Row = dict[str, Any]


class StoredRow(Protocol):
    """A row as read (a sqlite3.Row): its values by column name."""

    def __getitem__(self, column: str) -> Any: ...

FactKey = tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    label: str
    value: str | None


Facts = dict[FactKey, Fact]


@dataclass(frozen=True)
class Kind(Generic[T]):
    """One table, named after the Inspection field it holds (or naming it in `field`): its primary key
    columns, row conversion and audited facts. `single` tables hold one record (details, diversity);
    `positioned` tables keep the order records were added in (evidence, interviews, recommendations, case
    counts, ratings panel comments)."""

    table: str
    key: tuple[str, ...]
    to_row: Callable[[T], Row]
    from_row: Callable[[StoredRow], T]
    facts: Callable[[T], Facts]
    positioned: bool = False
    single: bool = False
    # A record at its defaults (a prompt not yet judged) is not stored: a row exists only when it
    # says something, so a snapshot never lists empty judgements, answers or proposals.
    blank: Callable[[T], bool] = lambda _: False
    # The Inspection field the table holds, where the table's name says more than the field's
    # (table panel_decisions, field Inspection.panel).
    field: str = ""

    @property
    def attribute(self) -> str:
        """The Inspection field holding this table's records."""
        return self.field or self.table

    def key_of(self, record: T) -> tuple[Any, ...]:
        row = self.to_row(record)
        return tuple(row[column] for column in self.key)


class BadValue(Exception):
    """A stored value the app could not have written, found while converting a row. Names the column and
    what is wrong with it, never the value itself: it may be case text."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(f"column {column}: {problem}")
        self.column = column


# --- reading a row's values: each names its column when the value is not one the app writes ---------


@cache
def _members(kind: type[E]) -> dict[object, E]:
    # A look-up in a dict: a tenth of the time `kind(value)` takes, which counted at ten times the demo.
    return {member.value: member for member in kind}


def _member(kind: type[E], row: StoredRow, column: str) -> E:
    members: dict[object, E] = _members(kind)  # functools.cache keeps the value's type, not E's binding
    try:
        return members[row[column]]
    except (KeyError, TypeError):  # TypeError: a value that cannot be a dict key at all
        raise BadValue(column, f"not a {_noun(kind)} the app records") from None


def _maybe_member(kind: type[E], row: StoredRow, column: str) -> E | None:
    return None if row[column] is None else _member(kind, row, column)


def _noun(kind: type[Enum]) -> str:
    """`SourceKind` -> "source kind", for the refusal."""
    return "".join(f" {c.lower()}" if c.isupper() else c for c in kind.__name__).strip()


def _date_in(row: StoredRow, column: str) -> date | None:
    value = row[column]
    try:
        return None if value is None else date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadValue(column, "not a date") from None


def _time_in(row: StoredRow, column: str) -> datetime | None:
    value = row[column]
    try:
        return None if value is None else datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadValue(column, "not a date and time") from None


def _flag_in(row: StoredRow, column: str) -> bool | None:
    """0 or 1 (or null): how the app stores yes and no."""
    value = row[column]
    if value is not None and (isinstance(value, bool) or value not in (0, 1)):
        raise BadValue(column, "not 0 or 1")
    return None if value is None else bool(value)


def _json_in(row: StoredRow, column: str, shape: Callable[[Any], bool], what: str) -> Any:
    try:
        value = json.loads(row[column])
    except (TypeError, ValueError):
        raise BadValue(column, "not JSON") from None
    if not shape(value):
        raise BadValue(column, f"not {what}")
    return value


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _enum(value: Any) -> str | None:
    return value.value if value is not None else None


# --- details ---------------------------------------------------------------------------------


def _team(d: InspectionDetails) -> str:
    return json.dumps(list(d.team), ensure_ascii=False)


def _details_row(d: InspectionDetails) -> Row:
    return {
        "id": d.id, "yjs": d.yjs, "nation": d.nation.value,
        "fieldwork_start": _iso(d.fieldwork_start), "fieldwork_end": _iso(d.fieldwork_end),
        "lead_inspector": d.lead_inspector, "team": _team(d),
        "resettlement_cases_12_months": d.resettlement_cases_12_months, "notes": d.notes,
    }


def _details_from(row: StoredRow) -> InspectionDetails:
    return InspectionDetails(
        yjs=row["yjs"], nation=_member(Nation, row, "nation"),
        fieldwork_start=_date_in(row, "fieldwork_start"), fieldwork_end=_date_in(row, "fieldwork_end"),
        lead_inspector=row["lead_inspector"], team=tuple(_json_in(row, "team", _strings, "a list of names")),
        resettlement_cases_12_months=row["resettlement_cases_12_months"], notes=row["notes"], id=row["id"],
    )


def _details_facts(d: InspectionDetails) -> Facts:
    values = {
        "YJS": d.yjs, "nation": d.nation.value, "fieldwork start": _iso(d.fieldwork_start),
        "fieldwork end": _iso(d.fieldwork_end), "lead inspector": d.lead_inspector,
        "team": _team(d) if d.team else None,
        "resettlement cases in the 12 months before fieldwork": (
            str(d.resettlement_cases_12_months) if d.resettlement_cases_12_months is not None else None
        ),
        "notes": d.notes,
    }
    return {("details", name): Fact(f"inspection details: {name}", value or None) for name, value in values.items()}


DETAILS: Kind[InspectionDetails] = Kind(
    "details", ("id",), _details_row, _details_from, _details_facts, single=True
)


# --- recommendations -------------------------------------------------------------------------


def _recommendation_facts(r: Recommendation) -> Facts:
    return {("recommendation", r.id): Fact(f"recommendation {r.id}", _compact({"text": r.text, "to": r.to.value}))}


RECOMMENDATIONS: Kind[Recommendation] = Kind(
    "recommendations", ("id",),
    lambda r: {"id": r.id, "text": r.text, "recipient": r.to.value},
    lambda row: Recommendation(text=row["text"], to=_member(Recipient, row, "recipient"), id=row["id"]),
    _recommendation_facts,
    positioned=True,
)


# --- prompt judgements -----------------------------------------------------------------------


def _judgement_facts(j: PromptJudgement) -> Facts:
    return {
        ("prompt", j.prompt_id, "sufficiency"): Fact(f"prompt {j.prompt_id} sufficiency", _enum(j.sufficiency)),
        ("prompt", j.prompt_id, "decisive"): Fact(
            f"prompt {j.prompt_id} decisive shortfall", "yes" if j.decisive else None
        ),
    }


JUDGEMENTS: Kind[PromptJudgement] = Kind(
    "judgements", ("prompt_id",),
    lambda j: {"prompt_id": j.prompt_id, "sufficiency": _enum(j.sufficiency), "decisive": int(j.decisive)},
    lambda row: PromptJudgement(
        prompt_id=row["prompt_id"],
        sufficiency=_maybe_member(Sufficiency, row, "sufficiency"),
        decisive=bool(_flag_in(row, "decisive")),
    ),
    _judgement_facts,
    blank=lambda j: j == PromptJudgement(j.prompt_id),
)


# --- evidence --------------------------------------------------------------------------------


def _evidence_recorded(e: Evidence) -> Row:
    """Everything recorded but the id, `also` as a list."""
    return {
        "prompt_id": e.prompt_id, "text": e.text, "source": e.source.value,
        "reference": e.reference, "recorded_by": e.recorded_by, "recorded_at": _iso(e.recorded_at),
        "tag": _enum(e.tag), "also": list(e.also), "document_id": e.document_id, "page": e.page,
    }


def _evidence_row(e: Evidence) -> Row:
    recorded = _evidence_recorded(e)
    return {"id": e.id, **recorded, "also": _compact(recorded["also"])}


def _evidence_from(row: StoredRow) -> Evidence:
    return Evidence(
        prompt_id=row["prompt_id"], text=row["text"], source=_member(SourceKind, row, "source"),
        reference=row["reference"], recorded_by=row["recorded_by"], recorded_at=_time_in(row, "recorded_at"),
        tag=_maybe_member(EvidenceTag, row, "tag"), id=row["id"],
        also=tuple(_json_in(row, "also", _strings, "a list of prompt ids")), document_id=row["document_id"],
        page=row["page"],
    )


def _evidence_facts(e: Evidence) -> Facts:
    recorded = _evidence_recorded(e)
    # Items recorded before format 3 keep their audit values: a key at its default is left out, so an
    # item that cites nothing and supports one prompt reads as it always did.
    for name, default in (("also", []), ("document_id", None), ("page", "")):
        if recorded[name] == default:
            del recorded[name]
    return {("evidence", e.id): Fact(f"evidence {e.id} ({e.prompt_id})", _compact(recorded))}


EVIDENCE: Kind[Evidence] = Kind(
    "evidence", ("id",), _evidence_row, _evidence_from, _evidence_facts, positioned=True
)


# --- key question answers and standard proposals --------------------------------------------

Verdict = TypeVar("Verdict", KeyQuestionAnswer, StandardProposal)


def _verdicts(
    record: Callable[[str, E | None, str], Verdict], choice: type[E], table: str, columns: tuple[str, str],
    noun: str, label: str,
) -> Kind[Verdict]:
    """A framework item's verdict with its rationale: a key question's answer, a standard's proposed
    rating. The record's fields are the table's columns: the item's id, the verdict, the rationale."""
    item, verdict = columns

    def facts(r: Verdict) -> Facts:
        ident = getattr(r, item)
        return {
            (noun, ident, verdict): Fact(f"{noun} {ident} {label}", _enum(getattr(r, verdict))),
            (noun, ident, "rationale"): Fact(f"{noun} {ident} rationale", r.rationale or None),
        }

    return Kind(
        table, (item,),
        lambda r: {item: getattr(r, item), verdict: _enum(getattr(r, verdict)), "rationale": r.rationale},
        lambda row: record(row[item], _maybe_member(choice, row, verdict), row["rationale"]),
        facts,
        blank=lambda r: r == record(getattr(r, item), None, ""),
    )


ANSWERS: Kind[KeyQuestionAnswer] = _verdicts(
    KeyQuestionAnswer, Answer, "answers", ("key_question_id", "answer"), "key question", "answer"
)
PROPOSALS: Kind[StandardProposal] = _verdicts(
    StandardProposal, Rating, "proposals", ("standard_id", "proposed"), "standard", "proposed rating"
)


# --- diversity -------------------------------------------------------------------------------


def _diversity_facts(d: DiversityFinding) -> Facts:
    sufficient = None if d.sufficient is None else ("yes" if d.sufficient else "no")
    return {
        ("diversity", "sufficient"): Fact("diversity: sufficient", sufficient),
        ("diversity", "note"): Fact("diversity: note", d.note or None),
    }


DIVERSITY: Kind[DiversityFinding] = Kind(
    "diversity", ("id",),
    lambda d: {"id": 1, "sufficient": None if d.sufficient is None else int(d.sufficient), "note": d.note},
    lambda row: DiversityFinding(sufficient=_flag_in(row, "sufficient"), note=row["note"]),
    _diversity_facts,
    single=True,
)


# --- interviews ------------------------------------------------------------------------------


def _interview_recorded(i: Interview) -> Row:
    """Everything recorded but the id, the responses as [question id, answer, comment] in form order."""
    return {
        "reference": i.reference, "form_id": i.form_id, "form_version": i.form_version, "date": _iso(i.date),
        "inspector": i.inspector, "responses": [[question, r.answer.value, r.comment] for question, r in i.responses],
    }


def _interview_row(i: Interview) -> Row:
    recorded = _interview_recorded(i)
    return {"id": i.id, **recorded, "responses": _compact(recorded["responses"])}


def _interview_from(row: StoredRow) -> Interview:
    return Interview(
        reference=row["reference"], form_id=row["form_id"], form_version=row["form_version"],
        date=_date_in(row, "date"), inspector=row["inspector"], responses=_responses_in(row),
        id=row["id"],
    )


def _responses_in(row: StoredRow) -> tuple[tuple[str, InterviewResponse], ...]:
    responses = _json_in(row, "responses", lambda value: isinstance(value, list), "a list")
    answers = _members(InterviewAnswer)
    try:
        # The types of the question ids and comments are checked with the rest of the record
        # (inspection/validation.py).
        return tuple(
            (question, InterviewResponse(answers[answer], comment)) for question, answer, comment in responses
        )
    except (KeyError, TypeError, ValueError):  # an answer not yes, no or not asked; not three items
        raise BadValue("responses", "not a list of [question, yes / no / not asked, comment]") from None


def _interview_facts(i: Interview) -> Facts:
    return {("interview", i.id): Fact(f"interview {i.id} ({i.reference})", _compact(_interview_recorded(i)))}


INTERVIEWS: Kind[Interview] = Kind(
    "interviews", ("id",), _interview_row, _interview_from, _interview_facts, positioned=True
)


# --- tallied interview percentages -----------------------------------------------------------


def _tally_row(t: TalliedPercentage) -> Row:
    # Decimal kept exactly as text ("72.5" stays "72.5"; a float would not).
    return {"prompt_id": t.prompt_id, "percent": str(t.percent), "interviews": t.interviews}


def _decimal_in(row: StoredRow, column: str) -> Decimal:
    try:
        return Decimal(row[column])
    except (TypeError, ValueError, InvalidOperation):
        raise BadValue(column, "not a decimal number") from None


TALLIES: Kind[TalliedPercentage] = Kind(
    "tallies", ("prompt_id",), _tally_row,
    lambda row: TalliedPercentage(
        prompt_id=row["prompt_id"], percent=_decimal_in(row, "percent"), interviews=row["interviews"]
    ),
    lambda t: {
        ("tally", t.prompt_id): Fact(
            f"prompt {t.prompt_id} interview tally",
            _compact({"percent": str(t.percent), "interviews": t.interviews}),
        )
    },
)


# --- case data -------------------------------------------------------------------------------

CaseRating = tuple[str, Rating]  # (standard id, rating), as in Inspection.case_ratings

CASE_RATINGS: Kind[CaseRating] = Kind(
    "case_ratings", ("standard_id",),
    lambda c: {"standard_id": c[0], "rating": c[1].value},
    lambda row: (row["standard_id"], _member(Rating, row, "rating")),
    lambda c: {("case rating", c[0]): Fact(f"standard {c[0]} rating from case data", c[1].value)},
)

CASE_COUNTS: Kind[CaseCount] = Kind(
    "case_counts", ("standard_id", "key_question"),
    lambda c: {"standard_id": c.standard_id, "key_question": c.key_question, "sufficient": c.sufficient,
               "cases": c.cases},
    lambda row: CaseCount(
        standard_id=row["standard_id"], key_question=row["key_question"], sufficient=row["sufficient"],
        cases=row["cases"],
    ),
    lambda c: {
        ("case count", c.standard_id, c.key_question): Fact(
            f"standard {c.standard_id} case count: {c.key_question}",
            _compact({"sufficient": c.sufficient, "cases": c.cases}),
        )
    },
    positioned=True,
)


# --- the ratings panel ------------------------------------------------------------------------


def _panel_decision_facts(d: PanelDecision) -> Facts:
    # The default state (draft) is "not set", like every other default: a standard in draft has no record.
    state = d.state.value if d.state is not PanelState.DRAFT else None
    return {
        ("panel", d.standard_id, "state"): Fact(f"ratings panel {d.standard_id} state", state),
        ("panel", d.standard_id, "agreed"): Fact(f"ratings panel {d.standard_id} agreed rating", _enum(d.agreed)),
        ("panel", d.standard_id, "reason"): Fact(f"ratings panel {d.standard_id} reason", d.reason or None),
    }


PANEL_DECISIONS: Kind[PanelDecision] = Kind(
    "panel_decisions", ("standard_id",),
    lambda d: {"standard_id": d.standard_id, "state": d.state.value, "agreed": _enum(d.agreed), "reason": d.reason},
    lambda row: PanelDecision(
        standard_id=row["standard_id"], state=_member(PanelState, row, "state"),
        agreed=_maybe_member(Rating, row, "agreed"), reason=row["reason"],
    ),
    _panel_decision_facts,
    blank=lambda d: d == PanelDecision(d.standard_id),
    field="panel",
)


def _panel_comment_row(c: PanelComment) -> Row:
    return {"id": c.id, "standard_id": c.standard_id, "kind": c.kind.value, "text": c.text, "by_user": c.by,
            "at": _iso(c.at)}


def _panel_comment_facts(c: PanelComment) -> Facts:
    recorded = {"kind": c.kind.value, "text": c.text, "by": c.by, "at": _iso(c.at)}
    return {("panel comment", c.id): Fact(f"ratings panel comment on {c.standard_id}", _compact(recorded))}


PANEL_COMMENTS: Kind[PanelComment] = Kind(
    "panel_comments", ("id",), _panel_comment_row,
    lambda row: PanelComment(
        standard_id=row["standard_id"], kind=_member(CommentKind, row, "kind"), text=row["text"],
        by=row["by_user"], at=_time_in(row, "at"), id=row["id"],
    ),
    _panel_comment_facts,
    positioned=True,
)


# --- the documents register and the team's assignments ---------------------------------------


def _document_recorded(d: Document) -> Row:
    return {
        "title": d.title, "kind": d.kind.value, "received": _iso(d.received), "supplied_by": d.supplied_by,
        "file_path": d.file_path, "sha256": d.sha256,
    }


DOCUMENTS: Kind[Document] = Kind(
    "documents", ("id",),
    lambda d: {"id": d.id, **_document_recorded(d)},
    lambda row: Document(
        title=row["title"], kind=_member(DocumentKind, row, "kind"), received=_date_in(row, "received"),
        supplied_by=row["supplied_by"], file_path=row["file_path"], sha256=row["sha256"], id=row["id"],
    ),
    lambda d: {("document", d.id): Fact(f"document {d.id}", _compact(_document_recorded(d)))},
    positioned=True,
)

ASSIGNMENTS: Kind[Assignment] = Kind(
    "assignments", ("scope_id",),
    lambda a: {"scope_id": a.scope_id, "member": a.member},
    lambda row: Assignment(scope_id=row["scope_id"], member=row["member"]),
    lambda a: {("assignment", a.scope_id): Fact(f"{a.scope_id} assigned to", a.member)},
)


# --- after fieldwork (format 4): the lead's obligations met, the YJB's labels, the improvement plan ------


def _required_date(row: StoredRow, column: str) -> date:
    found = _date_in(row, column)
    if found is None:
        raise BadValue(column, "not a date")
    return found


def _obligation_recorded(m: ObligationMet) -> Row:
    return {"done_on": _iso(m.done_on), "done_by": m.done_by, "note": m.note}


OBLIGATIONS_MET: Kind[ObligationMet] = Kind(
    "obligations_met", ("obligation_id",),
    lambda m: {"obligation_id": m.obligation_id, **_obligation_recorded(m)},
    lambda row: ObligationMet(
        obligation_id=row["obligation_id"], done_on=_required_date(row, "done_on"), done_by=row["done_by"],
        note=row["note"],
    ),
    lambda m: {("obligation", m.obligation_id): Fact(
        f"after fieldwork: {m.obligation_id} done", _compact(_obligation_recorded(m))
    )},
)


def _yjb_facts(y: YjbOversight) -> Facts:
    values = {
        "priority status": y.priority_status, "quadrant": y.quadrant, "as of": _iso(y.as_of),
        "recorded by": y.recorded_by,
    }
    return {("yjb", name): Fact(f"YJB oversight: {name}", value or None) for name, value in values.items()}


YJB_OVERSIGHT: Kind[YjbOversight] = Kind(
    "yjb_oversight", ("id",),
    lambda y: {"id": 1, "priority_status": y.priority_status, "quadrant": y.quadrant, "as_of": _iso(y.as_of),
               "recorded_by": y.recorded_by},
    lambda row: YjbOversight(
        priority_status=row["priority_status"], quadrant=row["quadrant"], as_of=_date_in(row, "as_of"),
        recorded_by=row["recorded_by"],
    ),
    _yjb_facts,
    single=True,
)


def _plan_facts(p: ImprovementPlan) -> Facts:
    values = {"received": _iso(p.received), "recorded by": p.recorded_by}
    return {("plan", name): Fact(f"improvement plan: {name}", value or None) for name, value in values.items()}


IMPROVEMENT_PLAN: Kind[ImprovementPlan] = Kind(
    "improvement_plan", ("id",),
    lambda p: {"id": 1, "received": _iso(p.received), "recorded_by": p.recorded_by},
    lambda row: ImprovementPlan(received=_date_in(row, "received"), recorded_by=row["recorded_by"]),
    _plan_facts,
    single=True,
)


def _follow_up_recorded(f: FollowUp) -> Row:
    return {"date": _iso(f.date), "how": f.how, "note": f.note, "recorded_by": f.recorded_by}


FOLLOW_UPS: Kind[FollowUp] = Kind(
    "follow_ups", ("id",),
    lambda f: {"id": f.id, **_follow_up_recorded(f)},
    lambda row: FollowUp(
        date=_required_date(row, "date"), how=row["how"], note=row["note"], recorded_by=row["recorded_by"],
        id=row["id"],
    ),
    lambda f: {("follow-up", f.id): Fact(f"improvement plan follow-up {f.id}", _compact(_follow_up_recorded(f)))},
    positioned=True,
)


KINDS: tuple[Kind[Any], ...] = (
    DETAILS, RECOMMENDATIONS, JUDGEMENTS, EVIDENCE, ANSWERS, PROPOSALS, DIVERSITY, INTERVIEWS, TALLIES,
    CASE_RATINGS, CASE_COUNTS, PANEL_DECISIONS, PANEL_COMMENTS, DOCUMENTS, ASSIGNMENTS,
    OBLIGATIONS_MET, YJB_OVERSIGHT, IMPROVEMENT_PLAN, FOLLOW_UPS,
)


def parts(inspection: Inspection) -> list[tuple[Kind[Any], tuple[Any, ...]]]:
    """Every record of an inspection with the kind that stores it."""
    return [
        (kind, (getattr(inspection, kind.attribute),) if kind.single else getattr(inspection, kind.attribute))
        for kind in KINDS
    ]


def all_facts(inspection: Inspection) -> Facts:
    facts: Facts = {}
    for kind, records in parts(inspection):
        for record in records:
            facts.update(kind.facts(record))
    return facts
