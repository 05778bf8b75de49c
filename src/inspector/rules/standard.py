"""A standard's default rating, the share of positive responses, and the inspector's proposal checked
against the default and the decision rules.

The inspector proposes the rating; the engine works out the default the seed asks for (the default rule the
standard declares, `default_rule`), says where the proposal departs from it, and asks for a rationale where
one is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from inspector.framework.model import Framework, Rating, Standard
from inspector.framework.rating_scheme import RatingScheme
from inspector.framework.rule_names import DefaultRule
from inspector.inspection.model import Answer, Inspection
from inspector.rules.decisions import check_decision_rules
from inspector.rules.findings import Finding, FindingKind
from inspector.rules.ratings import RESETTLEMENT, resettlement_applies
from inspector.rules.share import Share, standard_share


@dataclass(frozen=True)
class StandardResult:
    standard_id: str
    title: str
    applies: bool  # False: 4.1 with no resettlement cases ("Not rated", seed line 45)
    has_default_rule: bool  # the standard declares a default rule (3.4's judgement states none)
    default: Rating | None
    default_reason: str
    share: Share
    proposed: Rating | None
    rationale: str
    findings: tuple[Finding, ...]

    @property
    def departs_from_default(self) -> bool:
        return self.proposed is not None and self.default is not None and self.proposed != self.default

    @property
    def permitted(self) -> bool:
        """False when the proposal breaches a decision rule."""
        return all(f.permitted for f in self.findings)

    @property
    def rationale_required(self) -> bool:
        return any(f.kind is FindingKind.RATIONALE for f in self.findings)


def standard_result(
    standard: Standard,
    framework: Framework,
    scheme: RatingScheme,
    inspection: Inspection,
    ratings: dict[str, Rating | None],
) -> StandardResult:
    share = standard_share(standard, inspection)
    proposal = inspection.proposal(standard.id)
    has_default_rule = standard.default_rule is not None
    if standard.id == RESETTLEMENT and resettlement_applies(inspection) is False:
        # Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or more
        # relevant cases in the 12 months before the inspection."
        note = Finding(
            FindingKind.NOTE,
            f"{standard.id} is not rated: no resettlement cases in the 12 months before the inspection.",
            45,
        )
        return StandardResult(
            standard.id, standard.title, False, has_default_rule, None, "not rated", share, None, "", (note,)
        )

    default, reason = (
        DEFAULT_RULES[standard.default_rule.name](standard, inspection) if standard.default_rule is not None
        else (None, "the standards document gives no default")
    )
    findings: list[Finding] = []
    if not has_default_rule:
        findings.append(Finding(FindingKind.NOTE, f"{_NO_DEFAULT.format(standard.id)}.", standard.source_line))

    outcome = check_decision_rules(standard, framework, scheme, ratings, proposal.proposed)
    findings.extend(outcome.findings)

    needs: list[str] = []
    if proposal.proposed is not None and default is not None and proposal.proposed != default:
        needs.append(f"it departs from the default '{default.value}'")
    if proposal.proposed is not None and not has_default_rule:
        needs.append("the standards document gives this standard no default to follow")
    if outcome.guidance_departure:
        needs.append("it departs from the decision guidance")
    if needs and proposal.proposed is not None and not proposal.rationale.strip():
        findings.append(Finding(
            FindingKind.RATIONALE,
            f"The proposed '{proposal.proposed.value}' for {standard.id} needs a rationale: {'; '.join(needs)}.",
            standard.source_line,
        ))
    return StandardResult(
        standard.id, standard.title, True, has_default_rule, default, reason, share, proposal.proposed,
        proposal.rationale, tuple(findings),
    )


# Standard 3.4 prints no standard-level judgement (editorial note, seed lines 1984-2009).
_NO_DEFAULT = (
    "The standards document gives {} no standard-level judgement (no initial default of 'Requires "
    "improvement'), so the engine proposes no default; any proposed rating needs a rationale"
)


def _requires_improvement_if_any_no(standard: Standard, inspection: Inspection) -> tuple[Rating | None, str]:
    answers = [(kq.id, inspection.answer(kq.id).answer) for kq in standard.key_questions]
    no = [kq_id for kq_id, a in answers if a is Answer.NO]
    missing = [kq_id for kq_id, a in answers if a is None]
    if no:
        # Seed line 177: "Lead inspectors should make an initial default judgement of 'Requires improvement' in
        # relation to the standard if one or more of the key questions is answered 'no'." One 'no' is enough,
        # whatever the unanswered key questions turn out to be.
        return Rating.REQUIRES_IMPROVEMENT, f"answered 'no': {', '.join(no)}"
    if missing:
        return None, f"not yet answered: {', '.join(missing)}"
    # 'Good' when every key question is answered 'yes' is this tool's reading: the seed states only the
    # 'Requires improvement' default, and then that "the lead inspector can override this and propose a
    # 'Good' rating", which makes 'Good' the rating of a standard with no 'no' answers.
    return Rating.GOOD, "every key question answered 'yes'"


# Each default rule a standard can declare (framework/rule_names.py), and what it gives: the default rating, or
# None while it is not yet known, and why.
DEFAULT_RULES: dict[DefaultRule, Callable[[Standard, Inspection], tuple[Rating | None, str]]] = {
    DefaultRule.REQUIRES_IMPROVEMENT_IF_ANY_NO: _requires_improvement_if_any_no,
}
