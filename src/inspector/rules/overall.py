"""The overall rating: points for the twelve counted standards, the band they give, then the overall
decision rule (4.1) and the limiting judgement (diversity).

Points and bands are HMIP's published scheme (standards/rating-scheme.yaml), not the seed; the decision
rule and the limiting judgement are the seed's (lines 125 and 129, framework.yaml's
overall_decision_rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from inspector.framework.model import RATING_ORDER, DecisionKind, DecisionRule, Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import OVERALL, Inspection, PanelComment, PanelState
from inspector.rules.findings import Finding, FindingKind, from_decision_rule
from inspector.rules.ratings import RESETTLEMENT, resettlement_applies

ResettlementStatus = Literal["not rated", "not yet known", "not yet proposed", "rated"]


@dataclass(frozen=True)
class Resettlement:
    status: ResettlementStatus
    rating: Rating | None


@dataclass(frozen=True)
class Overall:
    points: tuple[tuple[str, int | None], ...]  # per counted standard, in scheme order; None: rating not known
    score: int | None  # None while any counted standard is missing
    maximum: int
    band_from_points: Rating | None
    rating: Rating | None  # after the decision rule
    incomplete: tuple[str, ...]  # counted standards without a rating yet
    resettlement: Resettlement
    findings: tuple[Finding, ...]
    # The "agreed overall rating": the ratings panel has agreed every counted standard and, where it
    # applies, 4.1 (whose decision rule can change the overall rating, seed line 125).
    agreed: bool
    comments: tuple[PanelComment, ...]  # the ratings panel's challenges and comments on the overall rating

    @property
    def capped(self) -> bool:
        return self.band_from_points is not None and self.rating != self.band_from_points


def overall(
    framework: Framework, scheme: RatingScheme, inspection: Inspection, ratings: dict[str, Rating | None]
) -> Overall:
    # rating-scheme.yaml: the twelve standards with counts_to_overall; points per rating. Seed line 43:
    # resettlement sits "outside our 12 core standards. The rating will not contribute to a YJS's overall
    # composite score".
    counted = scheme.counted
    points = tuple(
        (s.id, scheme.points[r] if (r := ratings.get(s.id)) is not None else None) for s in counted
    )
    incomplete = tuple(sid for sid, p in points if p is None)
    maximum = scheme.points[Rating.OUTSTANDING] * len(counted)
    score = None if incomplete else sum(p for _, p in points if p is not None)
    band = _band(score, scheme) if score is not None else None
    resettlement = _resettlement(inspection, ratings)

    findings: list[Finding] = []
    if incomplete:
        findings.append(Finding(
            FindingKind.INCOMPLETE, f"No overall score yet: no rating for {', '.join(incomplete)}.",
        ))
    rating = band
    rule = _overall_rule(framework, DecisionKind.RULE)
    if rule is not None:
        rating, finding = _resettlement_rule(rule, band, resettlement)
        findings.extend(finding)
    limiting = _overall_rule(framework, DecisionKind.LIMITING)
    if limiting is not None:
        findings.extend(_diversity(limiting, rating, incomplete, inspection))
    return Overall(
        points, score, maximum, band, rating, incomplete, resettlement, tuple(findings), _agreed(scheme, inspection),
        inspection.panel_comments_on(OVERALL),
    )


def _agreed(scheme: RatingScheme, inspection: Inspection) -> bool:
    def agreed(standard_id: str) -> bool:
        return inspection.panel_decision(standard_id).state is PanelState.AGREED

    # 4.1 is not rated without resettlement cases (seed line 45); while the number is not entered it may
    # yet apply, so the overall rating cannot be agreed.
    applies = resettlement_applies(inspection)
    resettlement_done = applies is False or (applies is True and agreed(RESETTLEMENT))
    return all(agreed(s.id) for s in scheme.counted) and resettlement_done


def _band(score: int, scheme: RatingScheme) -> Rating:
    # rating-scheme.yaml, overall_bands: Inadequate 0-6, Requires improvement 7-18, Good 19-30,
    # Outstanding 31-36 (validated at load to cover 0..maximum without gaps).
    return next(b.rating for b in scheme.overall_bands if b.minimum <= score <= b.maximum)


def _resettlement(inspection: Inspection, ratings: dict[str, Rating | None]) -> Resettlement:
    applies = resettlement_applies(inspection)
    if applies is False:
        # Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or more
        # relevant cases in the 12 months before the inspection."
        return Resettlement("not rated", None)
    if applies is None:
        return Resettlement("not yet known", None)
    rating = ratings.get(RESETTLEMENT)
    return Resettlement("rated" if rating is not None else "not yet proposed", rating)


def _overall_rule(framework: Framework, kind: DecisionKind) -> DecisionRule | None:
    return next((r for r in framework.overall_decision_rules if r.kind is kind), None)


def _resettlement_rule(
    rule: DecisionRule, band: Rating | None, resettlement: Resettlement
) -> tuple[Rating | None, list[Finding]]:
    # Seed line 125: "DECISION RULE- Any YJS that is rated as inadequate on the resettlement standard (4.1) is
    # unable to achieve an outstanding overall rating."
    if band is not Rating.OUTSTANDING:
        return band, []
    if resettlement.rating is Rating.INADEQUATE:
        # The seed says only that the YJS is "unable to achieve an outstanding overall rating"; the highest
        # rating still open to it is the next one down, 'Good'.
        capped = RATING_ORDER[RATING_ORDER.index(Rating.OUTSTANDING) + 1]
        return capped, [from_decision_rule(
            rule,
            f"The points give 'Outstanding', but {RESETTLEMENT} is rated 'Inadequate': the overall rating is "
            f"'{capped.value}'.",
            met=False,
        )]
    if resettlement.status in ("not yet known", "not yet proposed"):
        return band, [Finding(
            FindingKind.INCOMPLETE,
            f"The points give 'Outstanding'; {RESETTLEMENT} is {resettlement.status}, and an 'Inadequate' "
            f"{RESETTLEMENT} would rule 'Outstanding' out.",
            rule.source_line,
        )]
    return band, []


def _diversity(
    rule: DecisionRule, rating: Rating | None, incomplete: tuple[str, ...], inspection: Inspection
) -> list[Finding]:
    # Seed line 129: "... the ratings panel will challenge any proposed overall outstanding rating if we
    # consider a YJS's practice on diversity to be insufficient." A challenge, not a cap: the rating stays.
    sufficient = inspection.diversity.sufficient
    if rating is Rating.OUTSTANDING and sufficient is False:
        return [from_decision_rule(
            rule,
            "The overall rating is 'Outstanding' and practice on diversity is recorded as insufficient: the "
            "ratings panel will challenge the 'Outstanding' rating.",
        )]
    if sufficient is None and (rating is Rating.OUTSTANDING or incomplete):
        return [Finding(
            FindingKind.INCOMPLETE,
            "Whether practice on diversity is sufficient is not yet recorded; the ratings panel will challenge "
            "an overall 'Outstanding' rating if it is not.",
            rule.source_line,
        )]
    return []
