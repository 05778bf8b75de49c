"""The record after fieldwork in the ratings-panel report: each obligation with the memorandum's words, its
due date (UK long form) and where it stands, the YJB's labels said to be the YJB's, the improvement plan and
its follow-ups; made from the window's and the command's source alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from inspector.framework.model import Rating
from inspector.inspection.model import FollowUp, ImprovementPlan, Inspection, ObligationMet, YjbOversight
from inspector.reports import ReportKind, build_report
from inspector.reports.after_fieldwork import YJB_LABELS_NOTE
from tests.reports.helpers import (
    CONTENT,
    DEMO,
    FORMS,
    FRAMEWORK,
    PRODUCED,
    SCHEME,
    after_heading,
    rendered,
    table_after,
)

RECORDED = replace(
    DEMO,
    obligations_met=(ObligationMet("submission-to-secretary-of-state", date(2025, 4, 14), "Priya Raman",
                                   "copied to YJB and MoJ"),),
    yjb_oversight=YjbOversight("Priority service", "Performance Quadrant three: Improvement needed",
                               date(2025, 1, 10), "Helen Marsh"),
    improvement_plan=ImprovementPlan(date(2025, 6, 2), "Helen Marsh"),
    follow_ups=(FollowUp(date(2025, 9, 1), "update asked for", "six months on", "Daniel Okafor"),),
)


def _section(inspection: Inspection = RECORDED) -> list[str]:
    """The panel report's paragraphs after its heading "After fieldwork", up to the next section's."""
    report = build_report(FRAMEWORK, SCHEME, FORMS, inspection, audit=None, source="the exchange file test.json",
                          produced=PRODUCED, after_fieldwork=CONTENT.after_fieldwork)
    document = rendered(report, ReportKind.PANEL)
    following = after_heading(document, "After fieldwork")
    return following[:following.index("Appendix A: departures from defaults, guidance and suggestions")]


def _cells() -> list[str]:
    report = build_report(FRAMEWORK, SCHEME, FORMS, RECORDED, audit=None, source="the exchange file test.json",
                          produced=PRODUCED, after_fieldwork=CONTENT.after_fieldwork)
    table = table_after(rendered(report, ReportKind.PANEL), "After fieldwork")
    return [cell.text for row in table.rows for cell in row.cells]


def test_the_panel_report_lists_the_obligations_the_yjbs_labels_and_the_plan() -> None:
    section = _section()
    assert "The overall rating is 'Good', not 'Requires improvement' or 'Inadequate'." in section
    cells = _cells()
    assert cells[:3] == ["Obligation", "Due", "Where it stands"]
    assert "21 March 2025" in cells  # the indicative rating: two weeks after Friday 7 March 2025
    assert "Does not apply: the overall rating is 'Good', not 'Requires improvement' or 'Inadequate'" in cells
    assert "Done on 14 April 2025 by Priya Raman (copied to YJB and MoJ)" in cells
    assert "To do: 1 recommendation to the YJB or MoJ" in cells
    assert any(t.startswith("Submission to the Secretary of State") and "paragraph 5.18" in t for t in cells)
    assert ("Priority status: Priority service; performance quadrant: Performance Quadrant three: Improvement "
            "needed; as of 10 January 2025") in section
    assert YJB_LABELS_NOTE in section
    assert "Received on 2 June 2025 (recorded by Helen Marsh)." in section
    assert "1 September 2025: update asked for (six months on), recorded by Daniel Okafor" in section


def test_a_cause_for_concern_makes_the_indicative_rating_due() -> None:
    weaker = replace(DEMO, proposals=tuple(replace(p, proposed=Rating.INADEQUATE) if p.proposed else p
                                           for p in DEMO.proposals),
                     case_ratings=tuple((s, Rating.INADEQUATE) for s, _ in DEMO.case_ratings))
    assert _section(weaker)[0] == "The overall rating is 'Inadequate': a cause for concern."
