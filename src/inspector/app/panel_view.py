"""What the ratings panel page shows, as plain data: the overall rating and whether the panel has agreed
it, the rating scheme's thirteen standards (and the overall rating) with the rating put forward, where
each stands with the panel and what it agreed, and for the one selected: the lead inspector's rationale,
the decision-rule findings in the seed's wording, what is at odds with the figures beside it (the
consistency flags the ratings-panel report lists, rules/consistency.py), the panel's challenges and
comments, and the moves open to the lead inspector (fieldwork) or to the panel (ratings panel mode).

The wording is shared: the ratings and the panel's state as the reports word them (reports/builder.py),
the findings as the standard page shows them (app/standard_view.py), the points line as the overview's.
Whether a move is allowed is the rules' (rules/panel.py), asked when it is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from inspector.app.navigator import Tone, rating_tone
from inspector.app.overview_view import overall_headline, overall_summary
from inspector.app.standard_view import DECISION_KINDS, DecisionFinding, decision_finding
from inspector.content import Content
from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import SchemeStandard
from inspector.inspection.model import OVERALL, CommentKind, Inspection, PanelComment, PanelDecision, PanelState
from inspector.reports.builder import DOMAIN_NAMES, comment_lines, overall_line, panel_shown, summary_row
from inspector.reports.departures import FROM_DEFAULT, FROM_GUIDANCE, FROM_SUGGESTION
from inspector.reports.model import PanelCommentLine
from inspector.reports.wording import answer_shown
from inspector.rules.consistency import DIVERSITY, consistency_flags
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.panel import PanelStandard

OVERALL_TITLE = "Overall rating"


class Move(str, Enum):
    """A move the page offers for the selected standard; the value is what its button says."""

    PUT = "Put to the &panel"
    WITHDRAW = "&Withdraw from the panel"
    AGREE = "&Agree"
    AGREE_OTHER = "Agree a &different rating\u2026"
    REOPEN = "&Reopen\u2026"


# Who makes which move: the lead inspector puts a rating to the panel or withdraws it during fieldwork;
# the panel agrees it, agrees another rating, or reopens one it agreed.
_FIELDWORK_MOVES = {PanelState.DRAFT: (Move.PUT,), PanelState.PROPOSED: (Move.WITHDRAW,), PanelState.AGREED: ()}
_PANEL_MOVES = {
    PanelState.DRAFT: (),
    PanelState.PROPOSED: (Move.AGREE, Move.AGREE_OTHER),
    PanelState.AGREED: (Move.AGREE_OTHER, Move.REOPEN),
}

_STATE_WORDS = {
    PanelState.DRAFT: "Draft: with the lead inspector",
    PanelState.PROPOSED: "Proposed: with the ratings panel",
    PanelState.AGREED: "Agreed by the ratings panel",
}


@dataclass(frozen=True)
class PanelRow:
    """One line of the list: a standard, or the overall rating (last)."""

    standard_id: str  # a scheme standard id, or OVERALL
    title: str
    proposed: str  # the rating put forward: "Good", "Not yet proposed", "Not rated"
    state: str  # "draft", "proposed", "agreed", "not rated"
    agreed: str  # the rating the panel agreed, or ""
    challenges: int
    tone: Tone  # of the rating the standard carries
    otherwise: bool  # agreed at a rating other than the one put forward
    departures: int = 0  # its key questions' and its own departures (`DepartureMark`), rationale recorded or not
    departures_unexplained: int = 0  # of them, without their rationale yet


# What a departure is from, as the ratings panel page marks it.
_DEPARTED = {
    FROM_SUGGESTION: "Departed from the suggested answer",
    FROM_DEFAULT: "Departed from the default rating",
    FROM_GUIDANCE: "Departed from decision guidance",
}


@dataclass(frozen=True)
class DepartureMark:
    """A departure from the engine's suggestion, the default or decision guidance, beside its rationale. The
    navigator's flag clears once the rationale is typed; the ratings panel keeps seeing the departure here
    (and in the ratings-panel report's appendix of departures, reports/departures.py)."""

    where: str  # "Key question 1.3.1", "Standard 1.4"
    kind: str  # reports/departures.py's: "From the suggested answer", "From the default rating", ...
    what: str  # "Answered 'Yes'; the balance of its prompts suggests 'No'"
    rationale: str  # the lead inspector's, or ""

    @property
    def rationale_required(self) -> bool:
        return not self.rationale.strip()

    @property
    def mark(self) -> str:
        """"Departed from the suggested answer, rationale recorded"."""
        said = "rationale not yet recorded" if self.rationale_required else "rationale recorded"
        return f"{_DEPARTED[self.kind]}, {said}"


@dataclass(frozen=True)
class CommentLine:
    comment: PanelComment
    line: PanelCommentLine  # kind, text, who and when, as the ratings-panel report words them
    own: bool  # made by the user of this session: only they may delete it


@dataclass(frozen=True)
class PanelDetail:
    """The selected standard (or the overall rating) as the panel reads it."""

    standard_id: str
    title: str
    decision: PanelDecision  # where it stands now: the edits start from it
    proposed: Rating | None  # the rating put forward
    state_text: str  # "Proposed: with the ratings panel"
    rating_text: str  # "Put forward: 'Good' · Proposed by the lead inspector"
    panel_text: str  # the reports' "Agreed 'Requires improvement' (proposed 'Good'): reason", or ""
    tone: Tone
    rationale: str  # the lead inspector's; "" for the case-data standards and the overall rating
    findings: tuple[DecisionFinding, ...]  # decision rules, guidance and limiting judgements, in the document's words
    agreed_findings: tuple[DecisionFinding, ...]  # the decision rules checked against a different agreed rating
    notes: tuple[str, ...]  # the engine's other findings
    # What is at odds with the figures, as the ratings-panel report says it: about this standard; for the
    # overall rating, the diversity finding (the panel challenges an 'Outstanding' on it, seed line 129).
    flags: tuple[str, ...]
    departures: tuple[DepartureMark, ...]  # its key questions' first, then its own
    comments: tuple[CommentLine, ...]
    moves: tuple[Move, ...]  # the buttons shown, by state and mode
    reason_editable: bool  # the panel's stored reason can be corrected here (ratings panel mode)

    @property
    def agree_text(self) -> str:
        """The Agree button names the rating it agrees: "&Agree 'Good'"."""
        return f"{Move.AGREE.value} '{self.proposed.value}'" if self.proposed is not None else Move.AGREE.value


@dataclass(frozen=True)
class PanelView:
    headline: str  # "Overall rating agreed: Good", "Overall rating: Good (not yet agreed)"
    summary: str  # the points, the band and 4.1
    progress: str  # "5 of 13 agreed · 3 proposed · 5 in draft"
    tone: Tone
    rows: tuple[PanelRow, ...]  # the scheme's standards in its order, then the overall rating


def panel_view(content: Content, evaluation: Evaluation) -> PanelView:
    overall = evaluation.overall
    shown = overall_line(evaluation).rating_shown
    rated = [p for p in evaluation.panel if p.applies]  # 4.1 is not rated without resettlement cases
    counts = {state: sum(p.state is state for p in rated) for state in PanelState}
    progress = (f"{counts[PanelState.AGREED]} of {len(rated)} agreed \u00b7 {counts[PanelState.PROPOSED]} proposed "
                f"\u00b7 {counts[PanelState.DRAFT]} in draft")
    schemed = {s.id: s for s in content.rating_scheme.standards}
    rows = [_row(schemed[p.standard_id], evaluation, p, departure_marks(content, evaluation, p.standard_id))
            for p in evaluation.panel]
    rows.append(PanelRow(
        OVERALL, OVERALL_TITLE, shown, "agreed" if overall.agreed else "not agreed",
        shown if overall.agreed else "", sum(c.kind is CommentKind.CHALLENGE for c in overall.comments),
        rating_tone(overall.rating) if overall.rating is not None else Tone.OPEN, False,
    ))
    tone = rating_tone(overall.rating) if overall.rating is not None else Tone.OPEN
    return PanelView(overall_headline(evaluation), overall_summary(evaluation), progress, tone, tuple(rows))


def departure_marks(content: Content, evaluation: Evaluation, standard_id: str) -> tuple[DepartureMark, ...]:
    """A framework standard's departures, whether or not their rationale is recorded: its key questions'
    answers against the suggestion, then its proposed rating against the default or decision guidance.
    The case-data standards and the overall rating have none."""
    standard = next((s for s in content.framework.standards if s.id == standard_id), None)
    if standard is None:
        return ()
    marks: list[DepartureMark] = []
    for kq in standard.key_questions:
        balance = evaluation.key_question(kq.id)
        if balance.departs:
            marks.append(DepartureMark(
                f"Key question {kq.id}", FROM_SUGGESTION,
                f"Answered '{answer_shown(balance.answer, '')}'; the balance of its prompts suggests "
                f"'{answer_shown(balance.suggestion, '')}'", balance.rationale,
            ))
    result = evaluation.standard(standard_id)
    if result.applies and result.proposed is not None:
        where = f"Standard {standard_id}"
        if result.departs_from_default and result.default is not None:
            marks.append(DepartureMark(
                where, FROM_DEFAULT, f"Proposed '{result.proposed.value}'; the default is '{result.default.value}'",
                result.rationale,
            ))
        if any(f.kind is FindingKind.GUIDANCE and f.met is False for f in result.findings):
            marks.append(DepartureMark(
                where, FROM_GUIDANCE,
                f"Proposed '{result.proposed.value}', which the decision guidance does not support",
                result.rationale,
            ))
    return tuple(marks)


def _row(scheme_standard: SchemeStandard, evaluation: Evaluation, p: PanelStandard,
         marks: tuple[DepartureMark, ...]) -> PanelRow:
    summary = summary_row(scheme_standard, evaluation, DOMAIN_NAMES[scheme_standard.domain])
    if not p.applies:
        proposed, state = summary.rating_shown, "not rated"
    else:
        proposed = p.proposed.value if p.proposed is not None else summary.rating_shown
        state = p.state.value
    agreed = p.agreed.value if p.state is PanelState.AGREED and p.agreed is not None else ""
    tone = rating_tone(p.rating) if p.rating is not None and p.applies else Tone.OPEN
    return PanelRow(p.standard_id, p.title, proposed, state, agreed, len(p.challenges), tone, p.agreed_otherwise,
                    len(marks), sum(m.rationale_required for m in marks))


def panel_detail(
    content: Content, inspection: Inspection, evaluation: Evaluation, standard_id: str, user: str, panel_mode: bool,
) -> PanelDetail:
    """The standard (or OVERALL) selected on the page; `user` is the session's, `panel_mode` the window's."""
    flags = consistency_flags(content.framework, inspection, evaluation)
    about = DIVERSITY if standard_id == OVERALL else standard_id
    flagged = tuple(f"{f.message[0].upper()}{f.message[1:]}" for f in flags if f.about == about)
    if standard_id == OVERALL:
        return _overall_detail(content.framework, evaluation, user, flagged)
    p = evaluation.panel_standard(standard_id)
    scheme_standard = next(s for s in content.rating_scheme.standards if s.id == standard_id)
    summary = summary_row(scheme_standard, evaluation, DOMAIN_NAMES[scheme_standard.domain])
    decision = inspection.panel_decision(standard_id)
    findings, notes = _split(content.framework, p.findings)
    agreed_findings, _ = _split(content.framework, p.agreed_findings)
    moves = (_PANEL_MOVES if panel_mode else _FIELDWORK_MOVES)[p.state] if p.applies else ()
    put = f"'{p.proposed.value}'" if p.proposed is not None else "nothing yet"
    return PanelDetail(
        standard_id=standard_id,
        title=p.title,
        decision=decision,
        proposed=p.proposed,
        state_text=_STATE_WORDS[p.state] if p.applies else summary.rating_shown,
        rating_text=f"Put forward: {put} \u00b7 {summary.basis}",
        # The panel's own words where it gave a reason or agreed another rating; the state says the rest.
        panel_text=panel_shown(p) if p.applies and (p.reason or p.agreed_otherwise) else "",
        tone=rating_tone(p.rating) if p.rating is not None and p.applies else Tone.OPEN,
        rationale=p.rationale,
        findings=findings,
        agreed_findings=agreed_findings,
        notes=notes,
        flags=flagged,
        departures=departure_marks(content, evaluation, standard_id),
        comments=_comments(p.comments, user),
        moves=moves,
        reason_editable=panel_mode and bool(decision.reason),
    )


def _overall_detail(framework: Framework, evaluation: Evaluation, user: str, flags: tuple[str, ...]) -> PanelDetail:
    overall = evaluation.overall
    findings, notes = _split(framework, overall.findings)
    rated = [p for p in evaluation.panel if p.applies]
    waiting = [p.standard_id for p in rated if p.state is not PanelState.AGREED]
    if overall.agreed:
        state = "Agreed: the ratings panel has agreed every rating it is made from"
    elif waiting:
        state = f"Not yet agreed: {len(waiting)} of {len(rated)} ratings still to agree ({', '.join(waiting)})"
    else:  # 4.1 may yet apply (seed line 45): the overall rating waits for the number of resettlement cases
        state = "Not yet agreed: the number of resettlement cases is not entered"
    return PanelDetail(
        standard_id=OVERALL,
        title=OVERALL_TITLE,
        decision=PanelDecision(OVERALL),
        proposed=overall.rating,
        state_text=state,
        rating_text=overall_summary(evaluation),
        panel_text="Agreed" if overall.agreed else "",
        tone=rating_tone(overall.rating) if overall.rating is not None else Tone.OPEN,
        rationale="",
        findings=findings,
        agreed_findings=(),
        notes=notes,
        flags=flags,
        departures=(),
        comments=_comments(overall.comments, user),
        moves=(),  # agreed once every rating it is made from is agreed
        reason_editable=False,
    )


def _split(framework: Framework, findings: tuple[Finding, ...]) -> tuple[tuple[DecisionFinding, ...], tuple[str, ...]]:
    """The decision rules, guidance and limiting judgements in the document's wording, each cited by its
    place; the rest as notes."""
    return (tuple(decision_finding(framework, f) for f in findings if f.kind in DECISION_KINDS),
            tuple(f.message for f in findings if f.kind not in DECISION_KINDS))


def _comments(comments: tuple[PanelComment, ...], user: str) -> tuple[CommentLine, ...]:
    return tuple(CommentLine(c, line, c.by == user) for c, line in zip(comments, comment_lines(comments), strict=True))
