"""The evaluation as readable plain text (`inspector evaluate`)."""

from __future__ import annotations

from inspector.framework.citations import cite
from inspector.framework.model import Framework, Rating
from inspector.inspection.model import PanelComment, PanelState
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import Finding
from inspector.rules.percentages import shown


def format_evaluation(evaluation: Evaluation, framework: Framework) -> str:
    """Each finding is cited by its place in the standards document, as the window and reports cite it."""

    def _findings(findings: tuple[Finding, ...]) -> list[str]:
        return _cited_findings(framework, findings)

    out: list[str] = ["Key questions"]
    for k in evaluation.key_questions:
        suggested = k.suggestion.value if k.suggestion else "no suggestion"
        answer = k.answer.value if k.answer else "not answered"
        departs = " (departs from the suggestion)" if k.departs else ""
        out.append(f"  {k.key_question_id}  suggested: {suggested}; answer: {answer}{departs}")
        out.append(f"      {k.reason}")
        out += _findings(k.findings)

    out += ["", "Standards"]
    for s in evaluation.standards:
        out.append(f"  {s.standard_id} {s.title}")
        if not s.applies:
            out.append("      Not rated")
        else:
            out.append(f"      default: {_rating(s.default, 'none')} ({s.default_reason})")
            out.append(f"      proposed: {_rating(s.proposed, 'not yet proposed')}"
                       + (" (departs from the default)" if s.departs_from_default else ""))
            out.append(f"      share: {s.share.explanation}")
        out += _findings(s.findings)

    out += ["", "Interview results"]
    for r in evaluation.interview_results:
        if r.percent is None:
            out.append(f"  {r.prompt_id}  nothing recorded")
        else:
            counted = f"{r.yes} of {r.n}" if r.basis == "interviews" else f"tallied{f' over {r.n}' if r.n else ''}"
            band = r.band.name.lower() if r.band else "no band"
            below = f"; below {r.threshold_percent}%: {r.strength.value}" if r.below_threshold else ""
            out.append(f"  {r.prompt_id}  {shown(r.percent)} ({counted}; {band}){below}")
        out += _findings(r.findings)

    out += ["", "Domain two and three ratings"]
    for c in evaluation.case_ratings:
        source = {"entered": " (entered)", "case counts": " (from case counts)", None: ""}[c.derived_from]
        lowest = f"; lowest key question: {c.lowest.key_question}, {shown(c.lowest.percent)}" if c.lowest else ""
        out.append(f"  {c.standard_id} {c.title}: {_rating(c.rating, 'not yet known')}{source}{lowest}")
        out += _findings(c.findings)

    o = evaluation.overall
    out += ["", "Overall"]
    if o.score is None:
        out.append(f"  no score yet (missing: {', '.join(o.incomplete)})")
    else:
        out.append(f"  {o.score} of {o.maximum} points: {_rating(o.band_from_points, '')}")
        out.append(f"  overall rating: {_rating(o.rating, '')}" + (" (after the decision rule)" if o.capped else ""))
    resettlement = "Not rated" if o.resettlement.status == "not rated" else _rating(
        o.resettlement.rating, o.resettlement.status)
    out.append(f"  4.1 resettlement: {resettlement} (not counted in the score)")
    if o.agreed:
        out.append("  agreed by the ratings panel")
    out += _findings(o.findings)

    out += ["", "Ratings panel"]
    for p in evaluation.panel:
        put = _rating(p.proposed, "no rating yet") if p.applies else "Not rated"
        agreed = f"; agreed: {_rating(p.agreed, '')}" if p.state is PanelState.AGREED else ""
        reason = f"; reason: {p.reason}" if p.reason else ""
        out.append(f"  {p.standard_id} {p.title}: {p.state.value} ({put}){agreed}{reason}")
        out += _comments(p.comments)
        out += _findings(p.agreed_findings)
    if o.comments:
        out.append("  the overall rating")
        out += _comments(o.comments)

    if evaluation.findings:
        out += ["", "Notes"]
        out += _findings(evaluation.findings)
    return "\n".join(out) + "\n"


def _cited_findings(framework: Framework, findings: tuple[Finding, ...]) -> list[str]:
    lines = []
    for f in findings:
        place = cite(framework, f.source_line)
        where = f" ({place})" if place else ""
        lines.append(f"      [{f.kind.value}]{where} {f.message}")
    return lines


def _comments(comments: tuple[PanelComment, ...]) -> list[str]:
    return [f"      [{c.kind.value}]{f' {c.by}:' if c.by else ''} {c.text}" for c in comments]


def _rating(rating: Rating | None, otherwise: str) -> str:
    return rating.value if rating is not None else otherwise
