"""Exchange format version 3: evidence on several prompts citing the register of documents and a page, the
register itself and who covers which standard or key question; versions 1 and 2 still read, without them."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from inspector.demo import load_demo
from inspector.exchange.apply import apply_merge
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.exchange.errors import ExchangeError
from inspector.exchange.merge import format_plan, merge
from inspector.inspection.model import Assignment, Document, DocumentKind, Evidence, Inspection, SourceKind
from inspector.store import InspectionFile
from tests.exchange.strategies import CONTENT

DEMO = load_demo(CONTENT)  # its evidence cites its own register of documents
FORMAT2 = Path(__file__).parent.parent / "store" / "data" / "format2.json"
MINUTES = Document("Board minutes, May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, date(2025, 2, 10), "YJS manager",
                   "evidence/board-minutes-2024-05.pdf", "ab" * 32, id="3c1e0d2a-0000-4000-8000-00000000d001")
LAST = len(DEMO.documents)  # where MINUTES goes: after the demo's register
ON_TWO = Evidence("1.1.1a", "The board reviewed the disproportionality analysis and set actions.",
                  SourceKind.DOCUMENT, "Board minutes", "Daniel Okafor", also=("1.1.2a",),
                  document_id=MINUTES.id, page="p. 12", id="3c1e0d2a-0000-4000-8000-00000000e001")


def _read(text: str) -> Inspection:
    return read_exchange(text, CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms)


def _with_version_3() -> Inspection:
    team = DEMO.details.team
    # After the other items on 1.1.1a: the order the file lists them in.
    at = max(i for i, e in enumerate(DEMO.evidence) if e.prompt_id == "1.1.1a") + 1
    return replace(DEMO, documents=(*DEMO.documents, MINUTES),
                   evidence=(*DEMO.evidence[:at], ON_TWO, *DEMO.evidence[at:]),
                   assignments=(Assignment("1.1", team[0]), Assignment("1.2.1", team[1])))


def test_an_item_on_two_prompts_citing_a_page_round_trips_with_the_register_and_assignments() -> None:
    inspection = _with_version_3()
    assert "1.1.2a" in {p.id for p in CONTENT.framework.prompts}
    text = write_exchange(inspection)
    document = json.loads(text)
    assert document["version"] == 4
    written = document["prompts"]["1.1.1a"]["evidence"][-1]
    assert written["also"] == ["1.1.2a"] and written["document_id"] == MINUTES.id and written["page"] == "p. 12"
    assert len(document["documents"]) == LAST + 1
    assert document["documents"][LAST] == {"id": MINUTES.id, "title": "Board minutes, May 2024",
                                      "kind": "evidence in advance", "received": "2025-02-10",
                                      "supplied_by": "YJS manager", "file_path": "evidence/board-minutes-2024-05.pdf",
                                      "sha256": "ab" * 32}
    assert document["assignments"] == {"1.1": DEMO.details.team[0], "1.2.1": DEMO.details.team[1]}
    read = _read(text)
    assert read == inspection and ON_TWO in read.evidence_for("1.1.2a")
    assert write_exchange(read) == text


def test_a_version_2_file_the_old_app_exported_still_imports() -> None:
    text = FORMAT2.read_text(encoding="utf-8")
    assert json.loads(text)["version"] == 2
    imported = _read(text)
    assert imported.evidence and imported.interviews  # the old app's demo
    assert imported.documents == () and imported.assignments == ()
    assert all(e.also == () and e.document_id is None and e.page == "" for e in imported.evidence)
    again = write_exchange(imported)
    assert json.loads(again)["version"] == 4 and _read(again) == imported


BASE: dict[str, Any] = json.loads(write_exchange(_with_version_3()))
ITEM = "prompts/1.1.1a/evidence/" + str(len(BASE["prompts"]["1.1.1a"]["evidence"]) - 1)
UNREGISTERED = "0f8c3c6e-0000-4000-8000-000000000999"


def _set(path: str, value: Any):  # type: ignore[no-untyped-def]
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[int(last) if isinstance(node, list) else last] = value
    return change


def _older(version: int, keep: str):  # type: ignore[no-untyped-def]
    """The document as version `version`, keeping only the one version 3 field `keep`."""
    def change(doc: dict[str, Any]) -> None:
        doc["version"] = version
        for section in ("documents", "assignments", *(("panel", "panel_comments") if version == 1 else ())):
            if section != keep:
                del doc[section]
        for part in doc["prompts"].values():
            for e in part["evidence"]:
                for name in ("also", "document_id", "page"):
                    if name != keep or e["id"] != ON_TWO.id:
                        e.pop(name)
    return change


INDEX = ITEM.split("/")[-1]
CASES = [
    pytest.param(_set(f"{ITEM}/document_id", UNREGISTERED),
                 f"prompts.1.1.1a.evidence.{INDEX}.document_id: '{UNREGISTERED}' is not in the inspection's "
                 "register of documents", id="unregistered-document"),
    pytest.param(_set("documents", []),  # the demo's first item, on the youth justice plan, is the first to say so
                 f"prompts.1.1.1a.evidence.0.document_id: '{DEMO.evidence[0].document_id}' is not in the inspection's "
                 "register of documents", id="empty-register"),
    pytest.param(_set(f"{ITEM}/document_id", "minutes"),
                 f"prompts.1.1.1a.evidence.{INDEX}.document_id: 'minutes' is not an id (a lower-case UUID such as "
                 "0f8c3c6e-…)", id="document-id-not-an-id"),
    pytest.param(_set(f"{ITEM}/also", ["1.1.9z"]),
                 f"prompts.1.1.1a.evidence.{INDEX}.also.0: '1.1.9z' is not a prompt in the framework",
                 id="also-unknown"),
    pytest.param(_set(f"{ITEM}/also", ["1.1.1a"]),
                 f"prompts.1.1.1a.evidence.{INDEX}.also.0: '1.1.1a' is the prompt it is recorded on; each prompt is "
                 "listed once",
                 id="also-its-own-prompt"),
    pytest.param(_set(f"{ITEM}/also", ["1.1.2a", "1.1.2a"]),
                 f"prompts.1.1.1a.evidence.{INDEX}.also.1: '1.1.2a' appears twice", id="also-twice"),
    pytest.param(_set("documents/0/title", " "), "documents.0.title: should not be empty", id="untitled"),
    pytest.param(_set("documents/0/kind", "leaflet"),
                 "documents.0.kind: 'leaflet' is not a kind of document (evidence in advance, supplied during "
                 "fieldwork, other source)", id="document-kind"),
    pytest.param(_set(f"documents/{LAST}/sha256", "AB" * 32),
                 f"documents.{LAST}.sha256: must be 64 lower-case hexadecimal digits", id="sha256-upper-case"),
    pytest.param(_set(f"documents/{LAST}/file_path", ""),
                 f"documents.{LAST}.sha256: is the digest of a file, and the document names none",
                 id="sha256-without-file"),
    pytest.param(lambda doc: doc["documents"].append(dict(BASE["documents"][LAST], title="Again")),
                 f"documents.{LAST + 1}.id: '{MINUTES.id}' appears twice, first at documents.{LAST}.id",
                 id="document-twice"),
    pytest.param(_set("assignments/1.9", DEMO.details.team[0]),
                 "assignments.1.9: '1.9' is not a standard or key question in the framework",
                 id="assigned-unknown-scope"),
    pytest.param(_set("assignments/1.1", "Someone Else"),
                 "assignments.1.1: is not the lead inspector or a member of the team",
                 id="assigned-outside-the-team"),
    pytest.param(_older(2, "documents"),
                 "documents: version 2 of the exchange format has no register of documents; write version 3",
                 id="register-in-version-2"),
    pytest.param(_older(2, "assignments"),
                 "assignments: version 2 of the exchange format has no assignments of standards and key questions; "
                 "write version 3", id="assignments-in-version-2"),
    pytest.param(_older(1, "also"),
                 f"prompts.1.1.1a.evidence.{INDEX}.also: version 1 of the exchange format has no evidence supporting "
                 "several prompts; write version 3", id="also-in-version-1"),
    pytest.param(_older(2, "page"),
                 f"prompts.1.1.1a.evidence.{INDEX}.page: version 2 of the exchange format has no evidence citing the "
                 "register of documents; write version 3", id="page-in-version-2"),
    pytest.param(_set(f"{ITEM}/pages", "12"),
                 f"prompts.1.1.1a.evidence.{INDEX}.pages: is not a field of the exchange format", id="unknown-field"),
]


@pytest.mark.parametrize(("change", "message"), CASES)
def test_refused_with_one_line_naming_the_field(change, message: str) -> None:  # type: ignore[no-untyped-def]
    document = copy.deepcopy(BASE)
    change(document)
    with pytest.raises(ExchangeError) as refused:
        _read(json.dumps(document, ensure_ascii=False))
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)
    assert "disproportionality" not in str(refused.value)  # never the case text


def test_merge_brings_in_a_members_item_on_two_prompts_with_its_document(tmp_path: Path) -> None:
    team = DEMO.details.team
    lead = replace(DEMO, assignments=(Assignment("1.1", team[0]),))
    changed = replace(DEMO.evidence[0], page="p. 3")
    member = replace(lead, documents=(*DEMO.documents, MINUTES),
                     evidence=(changed, *DEMO.evidence[1:], ON_TWO),
                     assignments=(Assignment("1.1", team[1]), Assignment("1.2", team[1])))
    plan = merge(lead, member)
    assert plan.added_documents == (MINUTES,) and plan.added_evidence == (ON_TWO,)
    (conflict,) = plan.conflicts
    assert conflict.kind == "evidence" and conflict.differences == ("page",)
    summary = format_plan(plan)
    assert f"documents: 1 added, {LAST} already there (skipped), 0 in conflict" in summary  # the demo's register
    assert "evidence: 1 added" in summary and "1 in conflict" in summary
    assert "2 assignments differ from yours: 1.1, 1.2 — assignments stay the lead's" in summary

    path = tmp_path / "lead.yjsi"
    with InspectionFile.create(path, CONTENT.framework, lead.details, "lead", rating_scheme=CONTENT.rating_scheme) as f:
        f.replace_all(lead, "loaded")
        apply_merge(f, merge(f.snapshot(), member), "merged from member.json")
        after = f.snapshot()
        assert merge(after, member).added_documents == () and merge(after, member).added_evidence == ()
    assert after.documents == (*DEMO.documents, MINUTES)
    assert ON_TWO in after.evidence and ON_TWO in after.evidence_for("1.1.2a")
    assert after.document(ON_TWO.document_id or "") == MINUTES
    assert after.assignments == lead.assignments  # the lead's


def test_a_members_differing_document_is_kept_beside_the_leads() -> None:
    lead = replace(DEMO, documents=(*DEMO.documents, MINUTES))
    member = replace(DEMO, documents=(*DEMO.documents, replace(MINUTES, received=date(2025, 2, 11))))
    plan = merge(lead, member)
    (conflict,) = plan.conflicts
    assert conflict.kind == "document" and conflict.differences == ("received",)
    assert plan.documents_to_add == (conflict.copy,) and conflict.copy.title.endswith("(member's version)")
    assert f"document 'Board minutes, May 2024' (id {MINUTES.id}): differs in received" in format_plan(plan)
