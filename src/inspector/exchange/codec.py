"""An Inspection to exchange JSON and back, losslessly.

The writer's layout is canonical, so export → import → export gives identical bytes:
- id-keyed maps (prompts, key questions, standards, percentages, case ratings, case data) in id
  order ("1.1.1a" < "1.1.1b" < "1.2.1a"), which is also the framework's order;
- a prompt, key question or standard appears only when something is recorded against it (a
  judgement, a decisive shortfall, evidence, an answer, a proposal or a rationale), and a standard
  in the ratings panel's section only when it is no longer in draft (or has a reason);
- lists (recommendations, evidence of a prompt, the prompts it also supports, interviews, responses,
  panel comments, the register of documents) in the inspection's order; assignments in id order (a
  standard before its key questions);
- every field of an entry is written, defaults included, so the file shows what can be recorded;
- the record after fieldwork (version 4) only when something of it is recorded, whole (obligations done in
  id order, follow-ups in the order recorded).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import ValidationError

from inspector.exchange.bounds import check_bounds
from inspector.exchange.check import check_document
from inspector.exchange.document import FORMAT, VERSION, AfterFieldworkPart, ExchangeDocument
from inspector.exchange.errors import ExchangeError, from_validation_error, shown
from inspector.exchange.jsontext import Unwritable, encode, parse
from inspector.forms.model import Forms
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import (
    Assignment,
    CaseCount,
    DiversityFinding,
    Document,
    Evidence,
    FollowUp,
    ImprovementPlan,
    Inspection,
    InspectionDetails,
    Interview,
    InterviewResponse,
    KeyQuestionAnswer,
    ObligationMet,
    PanelComment,
    PanelDecision,
    PromptJudgement,
    Recommendation,
    StandardProposal,
    TalliedPercentage,
    YjbOversight,
)

AFTER_FIELDWORK = "after_fieldwork"


def write_exchange(inspection: Inspection) -> str:
    """The inspection as exchange JSON text (UTF-8, ending with a newline).

    The reader's bounds are checked here too: a file made before the text gate (a vertical tab pasted
    from Word in 2025) would otherwise export a file that no import takes. Refused naming the field path.
    """
    document = _document(inspection)
    if not _after_fieldwork_recorded(inspection):
        del document[AFTER_FIELDWORK]  # only what is recorded: a file of the fieldwork week shows no empty section
    try:
        data: bytes | None = encode(document)
    except Unwritable:
        data = None  # a lone surrogate, say: the bounds name where it is
    try:
        check_bounds(document, data)
    except ExchangeError as refused:
        raise ExchangeError(refused.field, f"{refused.problem}: edit it and export again") from None
    if data is None:
        raise TypeError("the inspection holds a value exchange JSON cannot hold")
    return data.decode("utf-8")


def read_exchange(text: str, framework: Framework, scheme: RatingScheme, forms: Forms) -> Inspection:
    """Parse, validate against the framework, rating scheme and interview forms, and convert.

    Raises ExchangeError (one line: field path and problem) on the first fault; nothing else
    happens, so a refused file leaves everything as it was.
    """
    raw = parse(text)
    _check_envelope(raw)
    try:
        document = ExchangeDocument.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(exc) from None
    inspection = from_document(document)
    check_document(document, inspection, framework, scheme, forms)
    return inspection


def _check_envelope(raw: Any) -> None:
    """Say plainly when the file is not an exchange document at all, or is from a newer tool,
    before listing fields it does not know."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        found = shown(raw.get("format")) if isinstance(raw, dict) else "no JSON object"
        raise ExchangeError("format", f"{found} is not '{FORMAT}': this is not an inspection exchange file")
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError("version", f"should be a whole number, not {shown(version)}")
    if version > VERSION:
        raise ExchangeError("version", f"{version} is newer than this tool reads ({VERSION}); update YJS Inspector")
    if version < 1:
        raise ExchangeError("version", f"{version} is not a version of the exchange format (1 is the first)")


def _after_fieldwork_recorded(inspection: Inspection) -> bool:
    return bool(inspection.obligations_met or inspection.follow_ups) or (
        (inspection.yjb_oversight, inspection.improvement_plan) != (YjbOversight(), ImprovementPlan())
    )


def _id_order(key: str) -> list[Any]:
    # "1.1.10a" after "1.1.9a": numbers compare as numbers.
    return [int(part) if part.isdigit() else part for part in re.findall(r"\d+|\D+", key)]


def _by_id(keys: Iterable[str]) -> list[str]:
    return sorted(set(keys), key=_id_order)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _document(inspection: Inspection) -> dict[str, Any]:
    """The exchange document as JSON values, keys in the order of the models in document.py.

    Built as plain dicts, not as the models: the inspection comes from the store or from read_exchange,
    both of which validated it, and making (then dumping) 21,000 models was three quarters of an export at
    10×. Enum members are written as their values by the encoder; dates are written here, in the one
    spelling the reader takes.
    """
    d = inspection.details
    evidence: dict[str, list[dict[str, Any]]] = {}
    for e in inspection.evidence:
        evidence.setdefault(e.prompt_id, []).append({
            "id": e.id, "text": e.text, "source": e.source, "reference": e.reference, "recorded_by": e.recorded_by,
            "recorded_at": _iso(e.recorded_at), "tag": e.tag, "also": list(e.also), "document_id": e.document_id,
            "page": e.page,
        })
    judgements = {j.prompt_id: j for j in inspection.judgements if j.sufficiency is not None or j.decisive}
    case_ratings = dict(inspection.case_ratings)
    case_data: dict[str, dict[str, dict[str, Any]]] = {}
    for count in inspection.case_counts:
        case_data.setdefault(count.standard_id, {})[count.key_question] = {
            "sufficient": count.sufficient, "cases": count.cases,
        }
    return {
        "format": FORMAT,
        "version": VERSION,
        "framework": {"id": inspection.framework_id, "version": inspection.framework_version},
        "inspection": {
            "id": d.id, "yjs": d.yjs, "nation": d.nation, "fieldwork_start": _iso(d.fieldwork_start),
            "fieldwork_end": _iso(d.fieldwork_end), "lead_inspector": d.lead_inspector, "team": list(d.team),
            "resettlement_cases_12_months": d.resettlement_cases_12_months, "notes": d.notes,
        },
        "recommendations": [{"id": r.id, "to": r.to, "text": r.text} for r in inspection.recommendations],
        "prompts": {
            p: {
                "sufficiency": judgements[p].sufficiency if p in judgements else None,
                "decisive": judgements[p].decisive if p in judgements else False,
                "evidence": evidence.get(p, []),
            }
            for p in _by_id(judgements.keys() | evidence.keys())
        },
        "key_questions": {
            a.key_question_id: {"answer": a.answer, "rationale": a.rationale}
            for a in sorted(inspection.answers, key=lambda a: _id_order(a.key_question_id))
            if a.answer is not None or a.rationale
        },
        "standards": {
            p.standard_id: {"proposed": p.proposed, "rationale": p.rationale}
            for p in sorted(inspection.proposals, key=lambda p: _id_order(p.standard_id))
            if p.proposed is not None or p.rationale
        },
        "diversity": {"sufficient": inspection.diversity.sufficient, "note": inspection.diversity.note},
        "interviews": [
            {
                "id": i.id, "reference": i.reference, "date": _iso(i.date), "inspector": i.inspector,
                "form": {"id": i.form_id, "version": i.form_version},
                "responses": {q: {"answer": r.answer, "comment": r.comment} for q, r in i.responses},
            }
            for i in inspection.interviews
        ],
        "interview_percentages": {
            t.prompt_id: {"percent": t.percent, "interviews": t.interviews}
            for t in sorted(inspection.tallies, key=lambda t: _id_order(t.prompt_id))
        },
        "case_ratings": {s: case_ratings[s] for s in _by_id(case_ratings)},
        "case_data": {s: case_data[s] for s in _by_id(case_data)},
        "panel": {
            p.standard_id: {"state": p.state, "agreed": p.agreed, "reason": p.reason}
            for p in sorted(inspection.panel, key=lambda p: _id_order(p.standard_id))
            if p != PanelDecision(p.standard_id)
        },
        "panel_comments": [
            {"id": c.id, "standard": c.standard_id, "kind": c.kind, "text": c.text, "by": c.by, "at": _iso(c.at)}
            for c in inspection.panel_comments
        ],
        "documents": [
            {"id": doc.id, "title": doc.title, "kind": doc.kind, "received": _iso(doc.received),
             "supplied_by": doc.supplied_by, "file_path": doc.file_path, "sha256": doc.sha256}
            for doc in inspection.documents
        ],
        "assignments": {
            a.scope_id: a.member for a in sorted(inspection.assignments, key=lambda a: _id_order(a.scope_id))
        },
        AFTER_FIELDWORK: _after_fieldwork_part(inspection),
    }


def _after_fieldwork_part(inspection: Inspection) -> dict[str, Any]:
    yjb, plan = inspection.yjb_oversight, inspection.improvement_plan
    return {
        "obligations_done": {
            m.obligation_id: {"done_on": _iso(m.done_on), "done_by": m.done_by, "note": m.note}
            for m in sorted(inspection.obligations_met, key=lambda m: m.obligation_id)
        },
        "yjb_oversight": {
            "priority_status": yjb.priority_status, "quadrant": yjb.quadrant, "as_of": _iso(yjb.as_of),
            "recorded_by": yjb.recorded_by,
        },
        "improvement_plan": {
            "received": _iso(plan.received), "recorded_by": plan.recorded_by,
            "follow_ups": [
                {"id": f.id, "date": _iso(f.date), "how": f.how, "note": f.note, "recorded_by": f.recorded_by}
                for f in inspection.follow_ups
            ],
        },
    }


def from_document(document: ExchangeDocument) -> Inspection:
    d = document.inspection
    return Inspection(
        details=InspectionDetails(
            id=d.id, yjs=d.yjs, nation=d.nation, fieldwork_start=d.fieldwork_start, fieldwork_end=d.fieldwork_end,
            lead_inspector=d.lead_inspector, team=tuple(d.team),
            resettlement_cases_12_months=d.resettlement_cases_12_months, notes=d.notes,
        ),
        framework_id=document.framework.id,
        framework_version=document.framework.version,
        recommendations=tuple(Recommendation(id=r.id, to=r.to, text=r.text) for r in document.recommendations),
        judgements=tuple(
            PromptJudgement(prompt_id, part.sufficiency, part.decisive)
            for prompt_id, part in document.prompts.items()
            if part.sufficiency is not None or part.decisive
        ),
        evidence=tuple(
            Evidence(prompt_id=prompt_id, id=e.id, text=e.text, source=e.source, reference=e.reference,
                     recorded_by=e.recorded_by, recorded_at=e.recorded_at, tag=e.tag, also=tuple(e.also),
                     document_id=e.document_id, page=e.page)
            for prompt_id, part in document.prompts.items()
            for e in part.evidence
        ),
        answers=tuple(
            KeyQuestionAnswer(kq, part.answer, part.rationale)
            for kq, part in document.key_questions.items()
            if part.answer is not None or part.rationale
        ),
        proposals=tuple(
            StandardProposal(standard, part.proposed, part.rationale)
            for standard, part in document.standards.items()
            if part.proposed is not None or part.rationale
        ),
        diversity=DiversityFinding(document.diversity.sufficient, document.diversity.note),
        interviews=tuple(
            Interview(
                id=i.id, reference=i.reference, form_id=i.form.id, form_version=i.form.version, date=i.date,
                inspector=i.inspector,
                responses=tuple((q, InterviewResponse(r.answer, r.comment)) for q, r in i.responses.items()),
            )
            for i in document.interviews
        ),
        tallies=tuple(
            TalliedPercentage(prompt_id, part.percent, part.interviews)
            for prompt_id, part in document.interview_percentages.items()
        ),
        case_ratings=tuple(document.case_ratings.items()),
        case_counts=tuple(
            CaseCount(standard, label, part.sufficient, part.cases)
            for standard, labels in document.case_data.items()
            for label, part in labels.items()
        ),
        panel=tuple(
            decision
            for standard, part in document.panel.items()
            if (decision := PanelDecision(standard, part.state, part.agreed, part.reason)) != PanelDecision(standard)
        ),
        panel_comments=tuple(
            PanelComment(standard_id=c.standard, kind=c.kind, text=c.text, by=c.by, at=c.at, id=c.id)
            for c in document.panel_comments
        ),
        documents=tuple(
            Document(id=doc.id, title=doc.title, kind=doc.kind, received=doc.received, supplied_by=doc.supplied_by,
                     file_path=doc.file_path, sha256=doc.sha256)
            for doc in document.documents
        ),
        assignments=tuple(Assignment(scope, member) for scope, member in document.assignments.items()),
        **_after_fieldwork_records(document.after_fieldwork),
    )


def _after_fieldwork_records(part: AfterFieldworkPart) -> dict[str, Any]:
    yjb, plan = part.yjb_oversight, part.improvement_plan
    return {
        "obligations_met": tuple(
            ObligationMet(obligation_id, done.done_on, done.done_by, done.note)
            for obligation_id, done in sorted(part.obligations_done.items())
        ),
        "yjb_oversight": YjbOversight(yjb.priority_status, yjb.quadrant, yjb.as_of, yjb.recorded_by),
        "improvement_plan": ImprovementPlan(plan.received, plan.recorded_by),
        "follow_ups": tuple(
            FollowUp(date=f.date, how=f.how, note=f.note, recorded_by=f.recorded_by, id=f.id) for f in plan.follow_ups
        ),
    }
