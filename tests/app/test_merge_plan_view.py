"""What the merge plan dialog says, and the team part of the details page and team files, as plain data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from inspector.app.merge_plan_view import merge_plan_view, version
from inspector.app.team_files import imported_path, is_exchange_name, needs_passphrase, share_name
from inspector.app.team_view import team_view
from inspector.content import Content
from inspector.exchange.merge import merge
from inspector.inspection.model import (
    Assignment,
    CommentKind,
    Document,
    DocumentKind,
    Evidence,
    Inspection,
    PanelComment,
    SourceKind,
)

SOURCE = "Northmoor - Priya.yjsi"
NEW = Evidence("1.2.1a", "Two further vacancies.", SourceKind.DOCUMENT, "Recruitment tracker", "Priya Raman",
               id="6a1d2c3e-0000-4000-8000-0000000000e1")


def _member(demo: Inspection) -> Inspection:
    changed = replace(demo.evidence[0], text="Changed by the member.", tag=None)
    judged = tuple(replace(j, sufficiency=None) if j.prompt_id == "1.1.1a" else j for j in demo.judgements)
    return replace(demo, evidence=(changed, *demo.evidence[1:], NEW), judgements=judged)


def test_the_plan_as_the_dialog_says_it(demo: Inspection) -> None:
    view = merge_plan_view(merge(demo, _member(demo)), SOURCE)
    assert view.title == f"Bring in the work from {SOURCE}"
    assert view.added_counts == "no interviews, 1 evidence item, no documents, no ratings panel comments"
    assert view.added == ("Evidence 1.2.1a 'Recruitment tracker'",)
    assert view.already == (f"{len(demo.interviews)} interviews, {len(demo.evidence) - 1} evidence items, "
                            f"{len(demo.documents)} documents, no ratings panel comments: the same in both files, "
                            "so skipped")
    (conflict,) = view.conflicts
    first = demo.evidence[0]
    assert conflict.what == f"Evidence {first.prompt_id} '{first.reference}'"
    assert conflict.differs.startswith("differs in text")
    assert f"Text: {first.text}" in conflict.lead and "Text: Changed by the member." in conflict.member
    assert "Reference: " + first.reference + " (member's version)" in conflict.member
    assert view.conflicts_note.startswith("Your version stays as it is")
    assert view.not_merged == ("1 judgement differs from yours: 1.1.1a \u2014 judgements stay the lead's",)
    assert view.anything and view.to_bring_in == 2
    assert view.brought_line == f"Brought in 2 items from {SOURCE}"


def test_nothing_to_bring_in(demo: Inspection) -> None:
    view = merge_plan_view(merge(demo, demo), "same.yjsi")
    assert not view.anything and view.added == () and view.conflicts == ()
    assert view.conflicts_note == "None: nothing in the member's file differs from yours."
    assert view.nothing_line == "Nothing to bring in from same.yjsi: everything in it is already in this inspection"


def test_each_kind_of_version_names_its_fields(demo: Inspection) -> None:
    interview = demo.interviews[0]
    assert version(interview).startswith(f"Reference: {interview.reference}\nDate: {interview.date.isoformat()}")
    document = Document("Board minutes", DocumentKind.EVIDENCE_IN_ADVANCE, date(2025, 2, 1), "YJS manager")
    assert version(document) == ("Title: Board minutes\nKind: evidence in advance\nReceived: 2025-02-01\n"
                                 "Supplied by: YJS manager")
    comment = PanelComment("1.2", CommentKind.CHALLENGE, "Is it fair?", "Ann")
    assert version(comment) == "On: 1.2\nKind: challenge\nBy: Ann\nText: Is it fair?"


def test_the_team_part_of_the_details_page(content: Content, demo: Inspection) -> None:
    assigned = replace(demo, assignments=(Assignment("1.2", "Priya Raman"), Assignment("1.2.3", "Daniel Okafor")))
    view = team_view(content.framework, assigned)
    assert view.team == ("Helen Marsh", "Daniel Okafor", "Priya Raman", "Gareth Llewellyn")
    rows = {row.scope_id: row for row in view.rows}
    assert [r.scope_id for r in view.rows][:5] == ["1.1", "1.1.1", "1.1.2", "1.1.3", "1.2"]
    assert len(view.rows) == 6 + 21 and rows["1.2"].label == "1.2 Staff"
    assert view.choices(rows["1.2.1"]) == ("As 1.2: Priya Raman", *view.team)
    assert view.chosen(rows["1.2.1"]) == 0 and view.chosen(rows["1.2.3"]) == 2
    assert view.member_at(0) is None and view.member_at(3) == "Priya Raman"
    assert rows["1.1.1"].nobody == "Unassigned"
    assert view.summary == "Priya Raman: 1.2 \u00b7 Daniel Okafor: 1.2.3 \u00b7 5 standards unassigned"
    assert team_view(content.framework, demo).summary == "6 standards unassigned"


def test_the_names_of_shared_files(tmp_path: Path) -> None:
    assert share_name("Northmoor Youth Justice Service", "Priya Raman") == "Northmoor YJS - for Priya Raman.json.age"
    assert share_name('A/B "YJS"', "Jo: Smith") == "A B YJS - for Jo Smith.json.age"
    shared = tmp_path / "Northmoor YJS - for Priya Raman.json.age"
    assert all(is_exchange_name(Path(name)) for name in ("a.json.age", "a.JSON", "a.age"))
    assert not is_exchange_name(Path("a.yjsi")) and needs_passphrase(shared)
    assert not needs_passphrase(Path("a.json"))
    assert imported_path(shared) == tmp_path / "Northmoor YJS - for Priya Raman.yjsi"
    (tmp_path / "Northmoor YJS - for Priya Raman.yjsi").touch()
    assert imported_path(shared).name == "Northmoor YJS - for Priya Raman (2).yjsi"
    assert imported_path(tmp_path / "plain.json").name == "plain.yjsi"
