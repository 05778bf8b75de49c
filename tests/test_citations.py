"""Citations a reader can follow: every rule and text cited by the standards document's own places (part,
section, passage or item, and the page its contents list gives the section), never by a line of the
converted text; and document.yaml, which holds those places, refused with one-line errors when broken."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inspector.content import load_content
from inspector.framework.citations import (
    cite,
    cite_characteristics,
    cite_item,
    cite_lines,
    cite_note,
    cite_standard,
    cite_table,
    place,
    reference,
    source_line,
)
from inspector.framework.model import Framework
from inspector.framework.notes import all_notes
from tests.test_loader_errors import _edit, _error

# The document's contents list (seed lines 20-35).
RULES_AND_GUIDANCE = {"1.1": 7, "1.2": 24, "1.3": 42, "1.4": 55, "3.4": 70, "4.1": 88}
RATING_CHARACTERISTICS = {"1.1": 108, "1.2": 113, "1.3": 116, "1.4": 119, "3.4": 129, "4.1": 134}
TITLES = {"1.1": "Governance and leadership", "1.2": "Staff", "1.3": "Partnerships and services",
          "1.4": "Information and facilities", "3.4": "Out-of-court disposal policy and provision",
          "4.1": "Resettlement policy and provision"}
# Nothing a reader is given may point into the converted text.
_LINE_TALK = re.compile(r"seed|\bline", re.IGNORECASE)


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_content().framework


def test_rating_characteristics_cite_their_section_and_page(framework: Framework) -> None:
    for standard in framework.standards:
        section = f"{standard.id} {TITLES[standard.id]}"
        page = RATING_CHARACTERISTICS[standard.id]
        assert cite_characteristics(framework, standard.id) == f"Rating characteristics, {section}, p. {page}"
        for characteristic in standard.characteristics:
            assert cite(framework, characteristic.source_line) == (
                f"Rating characteristics, {section}, {characteristic.rating.value}, p. {page}")


def test_rules_and_guidance_cite_the_standard_key_question_and_prompt(framework: Framework) -> None:
    for standard in framework.standards:
        section = f"Rules and guidance, {standard.id} {TITLES[standard.id]}"
        page = RULES_AND_GUIDANCE[standard.id]
        assert cite_item(framework, standard.id) == f"{section}, p. {page}"
        for kq in standard.key_questions:
            assert cite_item(framework, kq.id) == f"{section}, key question {kq.id}, p. {page}"
            for prompt in kq.prompts:
                assert cite_item(framework, prompt.id) == f"{section}, prompt {prompt.id}, p. {page}"
        assert cite_standard(framework, standard.id) == (
            f"{section}, p. {page}; Rating characteristics, {standard.id} {TITLES[standard.id]}, "
            f"p. {RATING_CHARACTERISTICS[standard.id]}")


def test_decision_rules_cite_the_introductions_passage(framework: Framework) -> None:
    """The decision rules and decision guidance are printed once, in the introduction (p. 3), under a
    heading for each standard they are about."""
    passage = "Introduction, Decision rules and decision guidance"
    expected = {"1.1": f"{passage}, Standard 1.1 Leadership, p. 3",
                "1.3": f"{passage}, Standard 1.3 Partnerships and Services, p. 3"}
    for standard in framework.standards:
        for rule in standard.decision_rules:
            assert cite(framework, rule.source_line) == expected[standard.id]
    overall = {r.kind.value: cite(framework, r.source_line) for r in framework.overall_decision_rules}
    assert overall == {"rule": f"{passage}, Standard 4.1 Resettlement, p. 3", "limiting": f"{passage}, Diversity, p. 3"}


def test_bands_and_tables(framework: Framework) -> None:
    for band in framework.percentage_bands:
        assert cite(framework, band.source_line) == "Rating characteristics, Definitions, p. 108"
    table_form = "Rating characteristics, Domain one rating characteristics in table form"
    assert cite_table(framework, framework.standard("1.1")) == f"{table_form}, 1.1 Governance and Leadership, p. 119"
    assert cite_table(framework, framework.standard("1.3")) == f"{table_form}, 1.3 Partnership and Services, p. 119"
    assert cite_table(framework, framework.standard("3.4")) == (
        "Rating characteristics, 3.4 Out-of-court disposal policy and provision, table, p. 129")
    assert cite_table(framework, framework.standard("4.1")) == (
        "Rating characteristics, 4.1 Resettlement policy and provision, table, p. 134")


def test_a_line_falls_in_the_section_whose_heading_is_last_before_it(framework: Framework) -> None:
    assert cite(framework, 45) == "Introduction, p. 3"  # before any named section of the introduction
    assert cite(framework, 57) == "Introduction, Inspecting diversity, p. 3"
    assert cite(framework, 146) == "Rules and guidance, p. 7"
    assert cite(framework, 177) == "Rules and guidance, 1.1 Governance and leadership, p. 7"  # before 1.1.1
    assert cite(framework, 629) == "Rules and guidance, 1.1 Governance and leadership, prompt 1.1.3f, p. 7"
    assert cite(framework, 630) == "Rules and guidance, 1.2 Staff, p. 24"
    assert cite(framework, 3156) == "Rating characteristics, 1.1 Governance and leadership, p. 108"
    assert cite(framework, 3637) == "Rating characteristics, Glossary, p. 134"
    assert place(framework, 10) is None and cite(framework, 10) == "" and cite(framework, None) == ""


def test_several_places_name_a_part_once_in_a_row(framework: Framework) -> None:
    assert cite_lines(framework, (177, 650, 650, 3146, 3148)) == (
        "Rules and guidance, 1.1 Governance and leadership, p. 7; 1.2 Staff, p. 24; "
        "Rating characteristics, Definitions, p. 108")


def test_the_full_reference_names_the_document_once(framework: Framework) -> None:
    assert reference(framework) == (
        "HM Inspectorate of Probation, Youth justice inspection standards: domain one, standard 3.4 "
        "(out-of-court) and standard 4.1 (resettlement), v3.4, updated June 2024")
    assert source_line(framework).startswith(reference(framework) + " (pages are those")


def test_no_citation_or_note_speaks_of_lines(framework: Framework) -> None:
    """Every entry and every editorial note is cited by place, and no note's text counts lines."""
    cited = [cite_item(framework, p.id) for p in framework.prompts]
    cited += [cite_standard(framework, s.id) for s in framework.standards]
    for located in all_notes(framework):
        cited.append(cite_note(framework, located.note))
        assert cite_note(framework, located.note), located.where
        assert not re.search(r"\blines? \d", located.note.note), (located.where, located.note.note)
    assert not [c for c in cited if _LINE_TALK.search(c)]


# --- document.yaml refused when broken ----------------------------------------------------------------


def test_a_missing_document_file_is_named(standards: Path) -> None:
    (standards / "document.yaml").unlink()
    assert str(_error(standards)).endswith("document.yaml: file: is missing")


def test_a_section_without_its_line_is_named(standards: Path) -> None:
    _edit(standards / "document.yaml", lambda d: d["parts"][1]["sections"][1].pop("line"))
    assert str(_error(standards)).endswith(
        "document.yaml: part Rules and guidance, section 1.2 Staff, field 'line': is required but missing")


def test_a_heading_out_of_order_is_named(standards: Path) -> None:
    _edit(standards / "document.yaml", lambda d: d["parts"][1]["sections"][2].update(line=600))
    assert str(_error(standards)).endswith(
        "document.yaml: part Rules and guidance, section 1.3 Partnerships and services: starts at line 600, "
        "not after the heading before it (line 630)")


def test_a_page_going_back_is_named(standards: Path) -> None:
    _edit(standards / "document.yaml", lambda d: d["parts"][2]["sections"][3].update(page=100))
    assert str(_error(standards)).endswith(
        "document.yaml: part Rating characteristics, section 1.2 Staff: is given page 100, before the page of "
        "the entry above it (108)")


def test_an_unknown_standard_is_named(standards: Path) -> None:
    _edit(standards / "document.yaml", lambda d: d["parts"][1]["sections"][0].update(standard="2.1"))
    assert str(_error(standards)).endswith(
        "document.yaml: part Rules and guidance, section 1.1 Governance and leadership: names standard 2.1, "
        "which the framework does not have")


def test_an_entry_before_the_first_part_is_named(standards: Path) -> None:
    _edit(standards / "1.2.yaml", lambda d: d["key_questions"][0].update(source_line=12))
    assert str(_error(standards)).endswith(
        "1.2.yaml: key question 1.2.1: source_line 12 is before the document's first part (line 37)")
