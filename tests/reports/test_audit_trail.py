"""Appendix B's audit of rating changes: the rows written when the file was made are one line naming the
file, the person and the day; the changes since are rows, each with who made it (a team member's name)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from inspector.exchange.files import create_inspection_file
from inspector.framework.model import Rating
from inspector.inspection.model import PanelDecision, PanelState
from inspector.reports import ReportKind, build_report, read_report_source
from inspector.reports.audit_trail import created_line, creation_rows, rating_changes
from inspector.reports.model import long_date
from inspector.store import AuditEntry, InspectionFile
from tests.reports.helpers import CONTENT, DEMO, FRAMEWORK, PRODUCED, after_heading, rendered, rows, table_after

MADE = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


def _entry(number: int, what: str, old: str | None, new: str | None, reason: str = "", *,
           at: datetime = MADE, user: str = "Helen Marsh") -> AuditEntry:
    return AuditEntry(number, at, user, what, old, new, reason, login="hmarsh")


def _made(reason: str) -> list[AuditEntry]:
    """The rows `_create` writes for an import: the file, a detail, and the values loaded."""
    return [
        _entry(1, "inspection file", None, "created with hmip-yj 3.4"),
        _entry(2, "inspection details: YJS", None, "Northmoor Youth Justice Service"),
        _entry(3, "standard 1.1 proposed rating", None, "Good", reason),
        _entry(4, "standard 1.1 rationale", None, "All yes.", reason),
        _entry(5, "prompt 1.1.1a sufficiency", None, "above", reason),
    ]


@pytest.mark.parametrize(("reason", "line"), [
    ("imported from /home/helen/Shared/northmoor-yjs.json",
     "Inspection created from northmoor-yjs.json by Helen Marsh on 4 December 2026: 5 entries, 2 of them ratings "
     "and their rationales (not listed below)."),
    ("imported from C:\\Users\\helen\\northmoor.json.age",
     "Inspection created from northmoor.json.age by Helen Marsh on 4 December 2026: 5 entries, 2 of them ratings "
     "and their rationales (not listed below)."),
    ("demo inspection (northmoor-yjs.json)",
     "Inspection created from northmoor-yjs.json by Helen Marsh on 4 December 2026: 5 entries, 2 of them ratings "
     "and their rationales (not listed below)."),
    ("restored by hand",
     "Inspection created by Helen Marsh (restored by hand) on 4 December 2026: 5 entries, 2 of them ratings and "
     "their rationales (not listed below)."),
])
def test_the_files_creation_is_one_line(reason: str, line: str) -> None:
    entries = _made(reason)
    later = _entry(6, "standard 1.1 proposed rating", "Good", "Requires improvement", "after the panel",
                   at=MADE + timedelta(days=1), user="Daniel Okafor")
    assert creation_rows([*entries, later]) == 5
    assert created_line([*entries, later]) == line
    (change,) = rating_changes([*entries, later])
    assert (change.user, change.what, change.old, change.new) == (
        "Daniel Okafor", "standard 1.1 proposed rating", "Good", "Requires improvement")


def test_a_new_empty_file_is_one_line_too() -> None:
    entries = _made("")[:2]
    assert created_line(entries) == "Inspection created by Helen Marsh on 4 December 2026: 2 entries."
    assert rating_changes(entries) == ()


def test_a_change_at_the_same_moment_by_someone_else_is_not_part_of_the_creation() -> None:
    entries = [*_made("imported from a.json"), _entry(6, "standard 1.2 proposed rating", None, "Good",
                                                      user="Priya Raman")]
    assert creation_rows(entries) == 5
    assert [c.user for c in rating_changes(entries)] == ["Priya Raman"]


def test_a_log_that_does_not_start_with_the_file_is_listed_whole() -> None:
    entries = _made("imported from a.json")[2:]
    assert creation_rows(entries) == 0 and created_line(entries) == ""
    assert [(c.old, c.new) for c in rating_changes(entries)] == [("(not set)", "Good"), ("(not set)", "All yes.")]
    assert created_line([]) == "" and rating_changes([]) == ()


def test_the_appendix_names_people_from_the_inspection_file(tmp_path: Path) -> None:
    path = tmp_path / "Northmoor.yjsi"
    create_inspection_file(path, DEMO, CONTENT, "Helen Marsh", "imported from northmoor-yjs.json")
    with InspectionFile.open(path, FRAMEWORK, "Helen Marsh", rating_scheme=CONTENT.rating_scheme) as opened:
        opened.set_panel_decision(PanelDecision("1.2", PanelState.PROPOSED), reason="put to the panel")
    with InspectionFile.open(path, FRAMEWORK, "Daniel Okafor", rating_scheme=CONTENT.rating_scheme) as opened:
        opened.set_panel_decision(PanelDecision("1.2", PanelState.AGREED, Rating.GOOD, "Supervision is improving."),
                                  reason="panel meeting, 12 March")
        log = opened.audit()
    made = creation_rows(log)
    assert made > 100 and {e.user for e in log[:made]} == {"Helen Marsh"}
    assert {e.login for e in log} != {"Helen Marsh"}  # the computer account, kept beside it, is not shown

    source = read_report_source(path, CONTENT, "Daniel Okafor")
    report = build_report(FRAMEWORK, CONTENT.rating_scheme, CONTENT.forms, source.inspection, audit=source.audit,
                          source=source.description, produced=PRODUCED)
    document = rendered(report, ReportKind.PANEL)
    appendix = after_heading(document, "Appendix B: audit of rating changes")
    loaded = 2 * len(DEMO.proposals) + len(DEMO.case_ratings)
    assert appendix[0] == (f"Inspection created from northmoor-yjs.json by Helen Marsh on {long_date(log[0].at)}: "
                           f"{made} entries, {loaded} of them ratings and their rationales (not listed below).")
    table = rows(table_after(document, "Appendix B: audit of rating changes"))
    assert [r[1:5] for r in table[1:]] == [
        ["Helen Marsh", "ratings panel 1.2 state", "draft", "proposed"],
        ["Daniel Okafor", "ratings panel 1.2 state", "proposed", "agreed"],
        ["Daniel Okafor", "ratings panel 1.2 agreed rating", "(not set)", "Good"],
        ["Daniel Okafor", "ratings panel 1.2 reason", "(not set)", "Supervision is improving."],
    ]


def test_the_audit_tables_columns_keep_their_widths() -> None:
    """A short reason on two lines at most, not broken over three: the columns are laid out at the widths
    the template gives (fixed), the reason's wide enough for a few words."""
    template = docx.Document(str(CONTENT.root / "report_templates" / "panel-report.docx"))
    table = template.tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["When", "Who", "What", "From", "To", "Reason"]
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))
    assert layout is not None and layout.get(qn("w:type")) == "fixed"
    widths = [c.width.cm for c in table.rows[0].cells]
    assert min(widths) >= 2.0 and widths[-1] >= 3.2  # "after the panel's challenge" fits on two lines
