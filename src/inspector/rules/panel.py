"""The ratings panel: where each of the rating scheme's 13 standards stands with the panel, and which
moves between the states are allowed.

"Ratings panels challenge and agree the proposed ratings": the lead inspector puts a standard's rating
to the panel (draft -> proposed, or back: withdrawn), the panel agrees it or agrees another rating with
a reason (proposed -> agreed), and an agreed rating is locked unless the panel reopens it with a reason
(agreed -> proposed). This is HMIP's process, not a rule of the seed; the seed's one rule about the
panel is the diversity limiting judgement (line 129, in overall.py). What the panel agrees is still held
to the decision rules (seed line 97: "Decision rules are non-negotiable").

The store checks a decision's values; the functions here say whether a move is allowed, in one line
the window can show (the app's edits call them for their `refusal`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import CommentKind, Inspection, PanelComment, PanelDecision, PanelState
from inspector.rules.case_data import CaseRating
from inspector.rules.decisions import check_decision_rules
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.standard import StandardResult

if TYPE_CHECKING:  # evaluation.py holds PanelStandard values: import its type for hints only
    from inspector.rules.evaluation import Evaluation


@dataclass(frozen=True)
class PanelStandard:
    """One of the rating scheme's 13 standards as the ratings panel sees it."""

    standard_id: str
    title: str  # the rating scheme's
    applies: bool  # False: 4.1 with no resettlement cases ("Not rated", seed line 45)
    state: PanelState
    # The rating put forward: the lead inspector's proposal for 1.1-1.4, 3.4 and 4.1, the case-data rating
    # for 2.1-2.4 and 3.1-3.3 (rules/ratings.proposed_ratings). None: nothing to put to the panel yet.
    proposed: Rating | None
    agreed: Rating | None  # set only when agreed
    reason: str  # why the panel agreed another rating than the one proposed, or why it reopened this one
    rationale: str  # the lead inspector's rationale for the proposal; "" for the case-data standards
    comments: tuple[PanelComment, ...]  # the panel's challenges and comments, in the order added
    # The engine's findings on the rating put forward: for 1.1-1.4, 3.4 and 4.1 the standard's (decision
    # rules in the seed's wording, rationale required, ...); for the case-data standards the case rating's.
    findings: tuple[Finding, ...]
    # The decision rules checked against an agreed rating other than the one proposed; () otherwise.
    agreed_findings: tuple[Finding, ...] = ()

    @property
    def rating(self) -> Rating | None:
        """The rating the standard carries: the agreed one once agreed, else the one put forward."""
        return self.agreed if self.state is PanelState.AGREED else self.proposed

    @property
    def locked(self) -> bool:
        """With the panel (proposed) or agreed: the lead's rating for it may not change."""
        return self.state is not PanelState.DRAFT

    @property
    def agreed_otherwise(self) -> bool:
        """Agreed at a rating other than the one put forward."""
        return self.state is PanelState.AGREED and self.agreed != self.proposed

    @property
    def permitted(self) -> bool:
        """False when the rating the standard carries breaks a decision rule."""
        return all(f.permitted for f in (self.agreed_findings if self.agreed_otherwise else self.findings))

    @property
    def rationale_required(self) -> bool:
        """The proposal departs from a default or decision guidance and its rationale is not yet recorded."""
        return any(f.kind is FindingKind.RATIONALE for f in self.findings)

    @property
    def challenges(self) -> tuple[PanelComment, ...]:
        return tuple(c for c in self.comments if c.kind is CommentKind.CHALLENGE)


def panel_standards(
    framework: Framework,
    scheme: RatingScheme,
    inspection: Inspection,
    proposed: dict[str, Rating | None],
    ratings: dict[str, Rating | None],
    standards: tuple[StandardResult, ...],
    cases: tuple[CaseRating, ...],
) -> tuple[PanelStandard, ...]:
    """Every scheme standard with the panel, in scheme order. `proposed` is `proposed_ratings`, `ratings`
    `standard_ratings` (what the decision rules read), `standards` and `cases` the evaluation's."""
    results = {s.standard_id: s for s in standards}
    case_results = {c.standard_id: c for c in cases}
    panel: list[PanelStandard] = []
    for scheme_standard in scheme.standards:
        sid = scheme_standard.id
        decision = inspection.panel_decision(sid)
        result = results.get(sid)
        agreed_findings: tuple[Finding, ...] = ()
        if result is not None:
            applies, rationale, findings = result.applies, result.rationale, result.findings
            if decision.state is PanelState.AGREED and decision.agreed != proposed[sid]:
                # Seed line 97: "Decision rules are non-negotiable" - for the rating the panel agrees too.
                agreed_findings = check_decision_rules(
                    framework.standard(sid), framework, scheme, ratings, decision.agreed
                ).findings
        else:
            applies, rationale, findings = True, "", case_results[sid].findings
        panel.append(PanelStandard(
            sid, scheme_standard.title, applies, decision.state, proposed[sid], decision.agreed, decision.reason,
            rationale, inspection.panel_comments_on(sid), findings, agreed_findings,
        ))
    return tuple(panel)


def transition_refusal(before: PanelDecision, after: PanelDecision, standard: PanelStandard) -> str | None:
    """Why the move from `before` to `after` is not allowed, or None. `standard` is the standard as the
    evaluation of the snapshot after the move sees it.

    Allowed: draft -> proposed (the lead puts it to the panel: it needs a rating that breaks no decision
    rule and has the rationale it needs); proposed -> draft (withdrawn); proposed -> agreed (the panel
    agrees a rating, with a reason when it is not the one proposed); agreed -> agreed at another rating
    (a change, with a new reason); agreed -> proposed (reopened, with a new reason). A change of reason
    alone keeps the state. Everything else is refused.
    """
    if before.standard_id != after.standard_id or standard.standard_id != after.standard_id:
        raise ValueError("a ratings panel move changes one standard")
    sid = standard.standard_id
    move = (before.state, after.state)
    if move == (PanelState.DRAFT, PanelState.PROPOSED):
        return _proposal_refusal(standard)
    if move == (PanelState.AGREED, PanelState.PROPOSED):
        return None if _new_reason(before, after) else f"Give a reason for reopening {sid}"
    if after.state is PanelState.AGREED and before.state is not PanelState.DRAFT:
        return _agreement_refusal(before, after, standard)
    if move == (PanelState.DRAFT, PanelState.AGREED):
        return f"{sid} is not proposed: the panel can agree only a proposed rating"
    if move == (PanelState.AGREED, PanelState.DRAFT):
        return f"{sid} is agreed by the ratings panel: the panel must reopen it before it can be withdrawn"
    return None  # proposed -> draft (withdrawn), or the reason alone changed


def locked_refusal(standard_id: str, evaluation: Evaluation) -> str | None:
    """Why a standard's rating may not change now (its proposal, case rating or case counts), or None."""
    state = evaluation.panel_standard(standard_id).state
    if state is PanelState.PROPOSED:
        return f"{standard_id} is with the ratings panel (proposed): withdraw it before changing its rating"
    if state is PanelState.AGREED:
        return f"{standard_id} is agreed by the ratings panel: the panel must reopen it before it can change"
    return None


def _proposal_refusal(standard: PanelStandard) -> str | None:
    sid = standard.standard_id
    if standard.proposed is None:
        return f"{sid} has no rating to put to the ratings panel"
    if not standard.permitted:
        return f"{sid} breaks a decision rule: it cannot be put to the panel"
    if standard.rationale_required:
        return f"{sid} needs a rationale for its rating: type the rationale first"
    return None


def _agreement_refusal(before: PanelDecision, after: PanelDecision, standard: PanelStandard) -> str | None:
    sid, proposed, agreed = standard.standard_id, standard.proposed, after.agreed
    if proposed is None:
        return f"{sid} has no rating put to the ratings panel to agree"
    if agreed is None:
        return f"Choose the rating the ratings panel agreed for {sid}"
    if before.state is PanelState.AGREED and before.agreed is not None and agreed != before.agreed \
            and not _new_reason(before, after):
        return f"Give a reason for changing the agreed rating of {sid} from '{before.agreed.value}' to '{agreed.value}'"
    if agreed != proposed and not after.reason.strip():
        return f"Give a reason for agreeing '{agreed.value}' when '{proposed.value}' was proposed"
    if not standard.permitted:
        return f"'{agreed.value}' for {sid} breaks a decision rule: the ratings panel cannot agree it"
    return None


def _new_reason(before: PanelDecision, after: PanelDecision) -> bool:
    """A reason typed for this move, not the one the decision already had."""
    return bool(after.reason.strip()) and after.reason != before.reason
