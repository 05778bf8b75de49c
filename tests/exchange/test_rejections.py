"""Every way an exchange document is refused: one line naming the field path and the problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from inspector.demo import load_demo
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.exchange.errors import ExchangeError
from inspector.inspection.model import Inspection, PanelDecision, PanelState
from inspector.store import FrameworkIds, InvalidEdit
from tests.exchange.strategies import CONTENT

DEMO = load_demo(CONTENT)
BASE: dict[str, Any] = json.loads(write_exchange(DEMO))
FIRST_EVIDENCE = BASE["prompts"]["1.1.1a"]["evidence"][0]["id"]


def _parent(doc: dict[str, Any], path: str) -> tuple[Any, Any]:
    """The node holding the last key of a path of keys separated by '/' (prompt ids contain dots),
    and that key (a number in a list)."""
    *parents, last = path.split("/")
    node: Any = doc
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node, int(last) if isinstance(node, list) else last


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node, key = _parent(doc, path)
        node[key] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node, key = _parent(doc, path)
        del node[key]

    return change


RATINGS = "(Outstanding, Good, Requires improvement, Inadequate)"

CASES = [
    pytest.param(_set("format", "yjs-report"),
                 "format: 'yjs-report' is not 'yjs-inspection': this is not an inspection exchange file",
                     id="wrong-format"),
    pytest.param(_delete("format"), "format: null is not 'yjs-inspection': this is not an inspection exchange file",
                 id="no-format"),
    pytest.param(_set("version", 5), "version: 5 is newer than this tool reads (4); update YJS Inspector",
                 id="newer-version"),
    pytest.param(_set("version", "1"), "version: should be a whole number, not '1'", id="version-as-text"),
    pytest.param(_set("version", 0), "version: 0 is not a version of the exchange format (1 is the first)",
                 id="version-0"),
    pytest.param(_set("framework/version", "v3.3, May 2023"),
                 "framework: the file was made with 'hmip-yj-domain-one-3.4-4.1' v3.3, May 2023; "
                 "this tool has 'hmip-yj-domain-one-3.4-4.1' v3.4, June 2024", id="other-framework"),
    pytest.param(_set("prompts/1.1.9z", {"sufficiency": "above", "decisive": False, "evidence": []}),
                 "prompts.1.1.9z: '1.1.9z' is not a prompt in the framework", id="unknown-prompt"),
    pytest.param(_set("key_questions/1.1.9", {"answer": "yes", "rationale": ""}),
                 "key_questions.1.1.9: '1.1.9' is not a key question in the framework", id="unknown-key-question"),
    pytest.param(_set("standards/2.1", {"proposed": "Good", "rationale": ""}),
                 "standards.2.1: '2.1' is not a standard in the framework (1.1, 1.2, 1.3, 1.4, 3.4, 4.1)",
                     id="unknown-standard"),
    pytest.param(_set("standards/1.2/proposed", "Satisfactory"),
                 f"standards.1.2.proposed: 'Satisfactory' is not a rating {RATINGS}", id="unknown-rating"),
    pytest.param(_set("case_ratings/2.3", "good"), f"case_ratings.2.3: 'good' is not a rating {RATINGS}",
                 id="rating-wrong-case"),
    pytest.param(_set("case_ratings/1.1", "Good"),
                 "case_ratings.1.1: '1.1' is not a standard rated from case data (2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3)",
                 id="case-rating-for-framework-standard"),
    pytest.param(_set("prompts/1.1.1a/sufficiency", "on the line"),
                 "prompts.1.1.1a.sufficiency: 'on the line' is not a sufficiency (above, below)",
                     id="unknown-sufficiency"),
    pytest.param(_set("key_questions/1.1.1/answer", "partly"),
                 "key_questions.1.1.1.answer: 'partly' is not an answer (yes, no)", id="unknown-answer"),
    pytest.param(_set("prompts/1.1.1a/evidence/0/tag", "weakness"),
                 "prompts.1.1.1a.evidence.0.tag: 'weakness' is not a tag (strength, area for improvement)",
                     id="unknown-tag"),
    pytest.param(_set("interviews/0/responses/workload/answer", "maybe"),
                 "interviews.0.responses.workload.answer: 'maybe' is not an interview answer (yes, no, not asked)",
                 id="unknown-interview-answer"),
    pytest.param(_set("inspection/nation", "Scotland"),
                 "inspection.nation: 'Scotland' is not a nation (England, Wales)",
                 id="unknown-nation"),
    pytest.param(_set("interview_percentages/1.2.1c", {"percent": 100.5, "interviews": 20}),
                 "interview_percentages.1.2.1c.percent: 100.5 is outside 0–100", id="percent-over-100"),
    pytest.param(_set("interview_percentages/1.2.1c", {"percent": -1, "interviews": 20}),
                 "interview_percentages.1.2.1c.percent: -1 is outside 0–100", id="percent-negative"),
    pytest.param(_set("interview_percentages/1.2.1c", {"percent": "72", "interviews": 20}),
                 "interview_percentages.1.2.1c.percent: should be a number, not '72'", id="percent-as-text"),
    pytest.param(_set("interview_percentages/1.1.1a", {"percent": 50, "interviews": 20}),
                 "interview_percentages.1.1.1a: 1.1.1a does not draw on case-manager interviews",
                 id="percent-for-prompt-without-interviews"),
    pytest.param(_set("inspection/resettlement_cases_12_months", "3"),
                 "inspection.resettlement_cases_12_months: should be a whole number, not '3'", id="count-as-text"),
    pytest.param(_set("inspection/resettlement_cases_12_months", 2.0),
                 "inspection.resettlement_cases_12_months: should be a whole number, not 2.0", id="count-as-decimal"),
    pytest.param(_set("inspection/resettlement_cases_12_months", -1),
                 "inspection.resettlement_cases_12_months: should be 0 or more, not -1", id="count-negative"),
    pytest.param(_set("prompts/1.1.1a/decisive", "yes"), "prompts.1.1.1a.decisive: should be true or false, not 'yes'",
                 id="flag-as-text"),
    pytest.param(_set("inspection/team", "Daniel Okafor"),
                 "inspection.team: should be a list ([...]), not 'Daniel Okafor'", id="team-not-a-list"),
    pytest.param(_set("diversity", []), "diversity: should be an object ({...}), not a list", id="object-as-list"),
    pytest.param(_set("inspection/colour", "blue"), "inspection.colour: is not a field of the exchange format",
                 id="unknown-field"),
    pytest.param(_delete("inspection/yjs"), "inspection.yjs: is missing", id="missing-field"),
    pytest.param(_set("inspection/yjs", "  "), "inspection.yjs: should not be empty", id="blank-yjs"),
    pytest.param(_set("inspection/fieldwork_start", "03/03/2025"),
                 "inspection.fieldwork_start: '03/03/2025' is not a date (YYYY-MM-DD)", id="date-format"),
    pytest.param(_set("inspection/fieldwork_end", "2025-02-28"),
                 "inspection.fieldwork_end: 28 February 2025 is before fieldwork start 03 March 2025",
                 id="end-before-start"),
    pytest.param(_set("prompts/1.1.1a/evidence/0/recorded_at", "yesterday"),
                 "prompts.1.1.1a.evidence.0.recorded_at: 'yesterday' is not a date and time "
                 "(YYYY-MM-DDTHH:MM:SS, with +HH:MM)", id="datetime-format"),
    pytest.param(_set("case_data/2.1/Desistance/sufficient", 21),
                 "case_data.2.1.Desistance.sufficient: 21 sufficient is more than the 20 cases inspected",
                     id="more-sufficient-than-cases"),
    pytest.param(_set("case_data/2.1/ ", {"sufficient": 1, "cases": 2}),
                 "case_data.2.1. : must name the case-inspection key question", id="blank-case-label"),
    pytest.param(_set("interviews/0/form/version", "9"),
                 "interviews.0.form: no interview form 'case-manager-interview' version 9 "
                 "(forms: 'case-manager-interview' version 1)", id="unknown-form"),
    pytest.param(_set("interviews/0/responses/favourite-colour", {"answer": "yes", "comment": ""}),
                 "interviews.0.responses.favourite-colour: "
                 "not a question in interview form 'case-manager-interview' version 1",
                 id="unknown-question"),
    pytest.param(_set("prompts/1.1.1b/evidence/0/id", FIRST_EVIDENCE),
                 f"prompts.1.1.1b.evidence.0.id: '{FIRST_EVIDENCE}' appears twice, first at "
                 "prompts.1.1.1a.evidence.0.id",
                 id="duplicate-evidence-id"),
    pytest.param(_set("interviews/1/id", "CM-02"),
                 "interviews.1.id: 'CM-02' is not an id (a lower-case UUID such as 0f8c3c6e-…)", id="id-not-a-uuid"),
    pytest.param(_set("panel/5.1", {"state": "proposed"}),
                 "panel.5.1: '5.1' is not a standard of the rating scheme (1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, "
                 "3.1, 3.2, 3.3, 3.4, 4.1)", id="panel-unknown-standard"),
    pytest.param(_set("panel/1.2", {"state": "settled"}),
                 "panel.1.2.state: 'settled' is not a ratings panel state (draft, proposed, agreed)",
                 id="panel-unknown-state"),
    pytest.param(_set("panel/1.2", {"state": "agreed", "agreed": None}),
                 "panel.1.2.agreed: an agreed standard needs the rating the panel agreed", id="agreed-without-rating"),
    pytest.param(_set("panel/2.1", {"state": "proposed", "agreed": "Good"}),
                 "panel.2.1.agreed: only an agreed standard has an agreed rating (2.1 is proposed)",
                 id="proposed-with-agreed-rating"),
    pytest.param(_set("panel/1.2", {"state": "agreed", "agreed": "good"}),
                 f"panel.1.2.agreed: 'good' is not a rating {RATINGS}", id="agreed-rating-misspelt"),
    pytest.param(_set("panel_comments", [{"id": FIRST_EVIDENCE, "standard": "1.2", "kind": "challenge",
                                          "text": " "}]),
                 "panel_comments.0.text: should not be empty", id="blank-comment"),
    pytest.param(_set("panel_comments", [{"id": FIRST_EVIDENCE, "standard": "overall rating", "kind": "comment",
                                          "text": "Why?"}]),
                 "panel_comments.0.standard: 'overall rating' is not a standard of the rating scheme (1.1, 1.2, 1.3, "
                 "1.4, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4, 4.1) or 'overall'", id="comment-on-unknown"),
    pytest.param(_set("panel_comments", [{"id": FIRST_EVIDENCE, "standard": "1.2", "kind": "question",
                                          "text": "Why?"}]),
                 "panel_comments.0.kind: 'question' is not a kind of ratings panel comment (challenge, comment)",
                 id="comment-kind"),
    pytest.param(_set("panel_comments", [{"id": FIRST_EVIDENCE, "standard": "1.2", "kind": "comment", "text": "A"},
                                         {"id": FIRST_EVIDENCE, "standard": "1.3", "kind": "comment", "text": "B"}]),
                 f"panel_comments.1.id: '{FIRST_EVIDENCE}' appears twice, first at panel_comments.0.id",
                 id="duplicate-comment-id"),
    pytest.param(lambda doc: doc.update(version=1, panel={"1.2": {"state": "proposed"}}),
                 "panel: version 1 of the exchange format has no ratings panel records; write version 2",
                 id="panel-in-version-1"),
]


@pytest.mark.parametrize(("change", "message"), CASES)
def test_refused_with_one_line_naming_the_field(change: Callable[[dict[str, Any]], None], message: str) -> None:
    document = copy.deepcopy(BASE)
    change(document)
    with pytest.raises(ExchangeError) as refused:
        _read(json.dumps(document))
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(("text", "message"), [
    pytest.param('{"format": "yjs-inspection",',
                 "document: is not valid JSON (line 1, column 29: Expecting property name "
                 "enclosed in double quotes)", id="broken-json"),
    pytest.param('[1, 2]', "format: no JSON object is not 'yjs-inspection': this is not an inspection exchange file",
                 id="not-an-object"),
    pytest.param('{"format": "yjs-inspection", "version": NaN}', "version: NaN is not a number JSON allows", id="nan"),
    pytest.param('{"format": "yjs-inspection", "format": "yjs-inspection"}',
                 "document: 'format' appears twice in one object", id="duplicate-key"),
])
def test_text_that_is_not_a_document(text: str, message: str) -> None:
    with pytest.raises(ExchangeError) as refused:
        _read(text)
    assert str(refused.value) == message


def test_the_unchanged_base_document_is_accepted() -> None:
    """The table above changes one thing each; the document it starts from is valid."""
    assert _read(json.dumps(BASE)).details.yjs == "Northmoor Youth Justice Service"


@pytest.mark.parametrize(("inspection", "field"), [
    pytest.param(replace(DEMO, evidence=(*DEMO.evidence, replace(DEMO.evidence[0], prompt_id="1.1.1b"))),
                 f"prompts.1.1.1b.evidence.{sum(e.prompt_id == '1.1.1b' for e in DEMO.evidence)}.id",  # after its own
                 id="evidence-id-twice"),
    pytest.param(replace(DEMO, case_counts=(replace(DEMO.case_counts[0], sufficient=DEMO.case_counts[0].cases + 1),
                                            *DEMO.case_counts[1:])),
                 f"case_data.{DEMO.case_counts[0].standard_id}.{DEMO.case_counts[0].key_question}.sufficient",
                 id="more-sufficient-than-cases"),
    pytest.param(replace(DEMO, panel=(PanelDecision("1.2", PanelState.AGREED),)), "panel.1.2.agreed",
                 id="agreed-without-rating"),
])
def test_a_file_and_the_store_refuse_an_inspection_for_the_same_reason(inspection: Inspection, field: str) -> None:
    """One validation of an inspection (inspection/validation.py): the store names the field in the inspector's
    words, the reader the place in the file; the problem is the same."""
    with pytest.raises(InvalidEdit) as stored:
        FrameworkIds.of(CONTENT.framework, CONTENT.rating_scheme).inspection(inspection, CONTENT.framework)
    with pytest.raises(ExchangeError) as read:
        _read(write_exchange(inspection))
    assert read.value.field == field
    assert read.value.problem.startswith(stored.value.problem)


def _read(text: str) -> object:
    return read_exchange(text, CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms)
