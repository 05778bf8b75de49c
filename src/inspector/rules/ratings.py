"""The rating each standard carries into the decision rules and the overall rating.

One place decides where a standard's rating comes from, so the decision rules (standard level), the
overall rating and the ratings panel read the same values.
"""

from __future__ import annotations

from inspector.framework.model import Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import Inspection, PanelState
from inspector.rules.case_data import CaseRating

# The modular resettlement standard, named by the seed's decision rule (line 125) and the
# applicability rule (line 45).
RESETTLEMENT = "4.1"


def resettlement_applies(inspection: Inspection) -> bool | None:
    """Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or
    more relevant cases in the 12 months before the inspection." None: not yet entered."""
    cases = inspection.details.resettlement_cases_12_months
    if cases is None or cases < 0:
        return None
    return cases > 0


def proposed_ratings(
    scheme: RatingScheme, inspection: Inspection, case_results: tuple[CaseRating, ...]
) -> dict[str, Rating | None]:
    """Every scheme standard's rating as the lead inspector puts it forward: the inspector's proposal for
    the standards rated from the framework (1.1-1.4, 3.4, 4.1), the case-data rating for the others
    (2.1-2.4, 3.1-3.3). None: not yet known (and for 4.1, also when it does not apply)."""
    by_case = {c.standard_id: c.rating for c in case_results}
    ratings: dict[str, Rating | None] = {}
    for standard in scheme.standards:
        if standard.rated_from == "case_data":
            ratings[standard.id] = by_case.get(standard.id)
        elif standard.id == RESETTLEMENT and not resettlement_applies(inspection):
            ratings[standard.id] = None
        else:
            ratings[standard.id] = inspection.proposal(standard.id).proposed
    return ratings


def standard_ratings(
    scheme: RatingScheme, inspection: Inspection, case_results: tuple[CaseRating, ...]
) -> dict[str, Rating | None]:
    """Every scheme standard's rating so far: the rating the ratings panel agreed where it has agreed
    one, otherwise the rating put forward (`proposed_ratings`). 4.1 has none while it does not apply,
    whatever was agreed for it before."""
    ratings = proposed_ratings(scheme, inspection, case_results)
    for decision in inspection.panel:
        applies = decision.standard_id != RESETTLEMENT or resettlement_applies(inspection)
        if decision.state is PanelState.AGREED and decision.standard_id in ratings and applies:
            ratings[decision.standard_id] = decision.agreed
    return ratings
