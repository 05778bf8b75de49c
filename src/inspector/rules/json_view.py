"""The evaluation as plain JSON-ready data (`inspector evaluate --json`).

Percentages are numbers rounded to one decimal place; the exact values stay in the Evaluation.
A standard that does not apply (4.1 without resettlement cases) shows "Not rated".
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from inspector.framework.model import Rating
from inspector.inspection.model import Answer, PanelComment
from inspector.rules.balance import KeyQuestionBalance
from inspector.rules.case_data import CaseRating
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import Finding
from inspector.rules.interviews import InterviewResult
from inspector.rules.overall import Overall
from inspector.rules.panel import PanelStandard
from inspector.rules.percentages import one_decimal
from inspector.rules.standard import StandardResult

NOT_RATED = "Not rated"


def evaluation_to_json(evaluation: Evaluation) -> dict[str, Any]:
    return {
        "key_questions": {k.key_question_id: _key_question(k) for k in evaluation.key_questions},
        "standards": {s.standard_id: _standard(s) for s in evaluation.standards},
        "interview_results": {r.prompt_id: _interview(r) for r in evaluation.interview_results},
        "case_ratings": {c.standard_id: _case_rating(c) for c in evaluation.case_ratings},
        "overall": _overall(evaluation.overall),
        "findings": [_finding(f) for f in evaluation.findings],
        "panel": {p.standard_id: _panel(p) for p in evaluation.panel},
    }


def _key_question(k: KeyQuestionBalance) -> dict[str, Any]:
    return {
        "suggested": _answer(k.suggestion),
        "answer": _answer(k.answer),
        "departs": k.departs,
        "rationale_required": k.rationale_required,
        "above": len(k.above),
        "below": len(k.below),
        "unjudged": len(k.unjudged),
        "prompts": {"above": list(k.above), "below": list(k.below), "unjudged": list(k.unjudged)},
        "decisive": list(k.decisive),
        "reason": k.reason,
        "findings": [_finding(f) for f in k.findings],
    }


def _standard(s: StandardResult) -> dict[str, Any]:
    share = s.share
    return {
        "title": s.title,
        "applies": s.applies,
        "default": _rating(s.default) if s.applies else NOT_RATED,
        "default_reason": s.default_reason,
        "rating": _rating(s.proposed) if s.applies else NOT_RATED,
        "departs_from_default": s.departs_from_default,
        "rationale_required": s.rationale_required,
        "permitted": s.permitted,
        "share": {
            "positive": share.positive,
            "total": share.total,
            "not_yet_judged": share.outstanding,
            "percent": _percent(share.percent),
            "table_row": share.row.heading if share.row else None,
            "column": _rating(share.column),
            "explanation": share.explanation,
        },
        "findings": [_finding(f) for f in s.findings],
    }


def _interview(r: InterviewResult) -> dict[str, Any]:
    return {
        "basis": r.basis,
        "n": r.n,
        "yes": r.yes,
        "percent": _percent(r.percent),
        "band": r.band.name.lower() if r.band else None,
        "below_threshold": r.below_threshold,
        "threshold_percent": r.threshold_percent,
        "strength": r.strength.value,
        "wording": r.wording,
        "by_question": [{"question": q.question_id, "yes": q.yes, "n": q.answered} for q in r.by_question],
        "findings": [_finding(f) for f in r.findings],
    }


def _case_rating(c: CaseRating) -> dict[str, Any]:
    return {
        "title": c.title,
        "rating": _rating(c.rating),
        "derived_from": c.derived_from,
        "derived": _rating(c.derived),
        "lowest": {"key_question": c.lowest.key_question, "percent": _percent(c.lowest.percent)} if c.lowest else None,
        "counts": [
            {"key_question": k.key_question, "sufficient": k.sufficient, "cases": k.cases,
             "percent": _percent(k.percent)}
            for k in c.counts
        ],
        "findings": [_finding(f) for f in c.findings],
    }


def _overall(o: Overall) -> dict[str, Any]:
    return {
        "score": o.score,
        "max": o.maximum,
        "rating": _rating(o.rating),
        "band_from_points": _rating(o.band_from_points),
        "capped": o.capped,
        "incomplete": list(o.incomplete),
        "points": dict(o.points),
        "resettlement": {
            "status": o.resettlement.status,
            "rating": NOT_RATED if o.resettlement.status == "not rated" else _rating(o.resettlement.rating),
        },
        "agreed": o.agreed,
        "comments": [_comment(c) for c in o.comments],
        "findings": [_finding(f) for f in o.findings],
    }


def _panel(p: PanelStandard) -> dict[str, Any]:
    return {
        "state": p.state.value,
        "proposed": _rating(p.proposed) if p.applies else NOT_RATED,
        "agreed": _rating(p.agreed),
        "rating": _rating(p.rating) if p.applies else NOT_RATED,
        "reason": p.reason,
        "locked": p.locked,
        "permitted": p.permitted,
        "agreed_findings": [_finding(f) for f in p.agreed_findings],
        "comments": [_comment(c) for c in p.comments],
    }


def _comment(c: PanelComment) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind.value, "text": c.text, "by": c.by,
            "at": c.at.isoformat() if c.at is not None else None}


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind.value,
        "message": f.message,
        "source_line": f.source_line,
        "text": f.text,
        "met": f.met,
        "permitted": f.permitted,
    }


def _rating(rating: Rating | None) -> str | None:
    return rating.value if rating is not None else None


def _answer(answer: Answer | None) -> str | None:
    return answer.value if answer is not None else None


def _percent(value: Fraction | None) -> float | None:
    return one_decimal(value) if value is not None else None
