"""Search across the framework, against the real content."""

from __future__ import annotations

import re

import pytest

from inspector.content import load_content
from inspector.framework.items import find_item, item_ids
from inspector.framework.markup import plain_text
from inspector.framework.model import Framework
from inspector.framework.search import SearchHit, SearchIndex, search, snippet
from inspector.framework.sections import DECISION_KIND_LABELS, Section
from inspector.framework.terms import find_spans, fold, parse_query


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_content().framework


@pytest.fixture(scope="module")
def index(framework: Framework) -> SearchIndex:
    return SearchIndex(framework)


def words(text: str, count: int) -> str:
    """The first `count` words of a text as the user would type them (no markup, no punctuation)."""
    return " ".join(re.findall(r"[\w']+", plain_text(text))[:count])


def places(hits: list[SearchHit]) -> list[tuple[str, str]]:
    return [(h.item_id, h.field) for h in hits]


@pytest.mark.parametrize("query", ["", "   ", '""', "\t\n"])
def test_empty_query_has_no_hits(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_prompt_guidance_is_found_by_its_own_words(framework: Framework, index: SearchIndex) -> None:
    prompt = framework.prompt("1.1.1a")
    assert ("1.1.1a", "Guidance") in places(index.search(words(prompt.guidance, 8)))


def test_every_prompt_is_found_by_its_text(framework: Framework, index: SearchIndex) -> None:
    for prompt in framework.prompts:
        assert (prompt.id, "Prompt") in places(index.search(words(prompt.text, 6))), prompt.id


def test_key_question_text_and_standard_statement(framework: Framework, index: SearchIndex) -> None:
    kq = framework.key_question("1.2.1")
    assert ("1.2.1", "Key question") in places(index.search(words(kq.text, 6)))
    standard = framework.standard("1.3")
    assert ("1.3", "Standard statement") in places(index.search(words(standard.statement, 8)))


def test_table_cells_are_named_by_row_and_rating(framework: Framework, index: SearchIndex) -> None:
    standard = framework.standards[0]
    row = standard.characteristics_table[1]
    hits = index.search(words(row.good, 6))
    assert (standard.id, f"Characteristics table: {row.heading}, Good") in places(hits)
    hit = next(h for h in hits if h.field.startswith("Characteristics table"))
    assert hit.section is Section.TABLE


def test_rating_characteristics_and_decision_rules(framework: Framework, index: SearchIndex) -> None:
    standard = framework.standards[0]
    inadequate = standard.characteristics[3]
    assert (standard.id, "Rating characteristics: Inadequate") in places(index.search(words(inadequate.text, 8)))
    rule = standard.decision_rules[0]
    expected = f"{DECISION_KIND_LABELS[rule.kind]} ({rule.rating.value})"
    hits = index.search(words(rule.text, 10))
    assert (standard.id, expected) in places(hits)


def test_framework_level_text(framework: Framework, index: SearchIndex) -> None:
    hits = index.search(words(framework.introduction_rules, 8))
    assert ("framework", "How decision rules and guidance apply") in places(hits)
    assert ("framework", "Percentage bands") in places(index.search("reasonable majority 65"))


def test_all_words_must_appear_in_one_field(framework: Framework, index: SearchIndex) -> None:
    assert index.search("governance") != []
    assert index.search("governance xyzzy") == []
    fields = {"Guidance": "guidance", "Evidence": "evidence", "Judgement": "judgement"}
    hits = [h for h in index.search("youth justice plan") if h.field in fields and h.item_id != "framework"]
    assert hits
    for hit in hits:
        text = fold(plain_text(getattr(find_item(framework, hit.item_id), fields[hit.field])))
        assert all(word in text for word in ("youth", "justice", "plan")), hit
    # And a field holding only some of the words is not a hit: 1.1.1a's guidance has "YJS" but no "xyzzy".
    assert ("1.1.1a", "Guidance") not in places(index.search("YJS xyzzy"))


def test_case_and_word_order_do_not_matter(index: SearchIndex) -> None:
    hits = index.search("Crime and Disorder Act")
    assert ("1.1", "Guidance") in places(hits) and ("1.1.1", "Guidance") in places(hits)
    assert index.search("cRIME aND dISORDER aCT") == hits
    assert places(index.search("act disorder crime")) == places(hits)


def test_phrases_in_quotes(index: SearchIndex) -> None:
    words_hits = places(index.search("managers case"))
    phrase_hits = places(index.search('"case managers"'))
    assert phrase_hits and set(phrase_hits) <= set(words_hits)
    assert len(phrase_hits) < len(words_hits)


def test_hits_come_in_navigator_order(framework: Framework, index: SearchIndex) -> None:
    order = {item_id: position for position, item_id in enumerate(item_ids(framework))}
    hits = index.search("diversity")
    assert len({h.item_id for h in hits}) > 10
    positions = [order[h.item_id] for h in hits]
    assert positions == sorted(positions)


def test_hits_name_their_section(index: SearchIndex) -> None:
    for hit in index.search("evidence"):
        if hit.field in ("Guidance", "Evidence", "Judgement"):
            assert hit.section.value == hit.field.lower()


def test_snippets_are_short_one_line_and_show_the_match(index: SearchIndex) -> None:
    hits = index.search("safeguarding")
    assert hits
    for hit in hits:
        assert "\n" not in hit.snippet
        assert len(hit.snippet) <= 2 * 50 + len("safeguarding") + 2
        assert "safeguarding" in fold(hit.snippet)
        assert "*" not in hit.snippet  # markup is gone


def test_snippet_centres_on_the_longest_term() -> None:
    text = "and " * 40 + "the Crime and Disorder Act 1998 " + "and " * 40
    result = snippet(text, parse_query("crime and disorder"))
    assert "Crime and Disorder Act" in result
    assert result.startswith("…") and result.endswith("…")


def test_snippet_of_a_short_field_is_whole() -> None:
    assert snippet("Culture", ("culture",)) == "Culture"


def test_quotes_and_case_fold() -> None:
    # Typed straight quotes find the seed's curly ones; Welsh letters fold like any other.
    assert fold("Children\u2019s ŴŶ") == "children's ŵŷ"
    assert find_spans("The child\u2019s plan", parse_query("child's")) == [(4, 11)]
    assert parse_query('  Diversity "Case  Managers" diversity ') == ("diversity", "case managers")


def test_one_off_search_matches_index(framework: Framework, index: SearchIndex) -> None:
    assert search(framework, "resettlement") == index.search("resettlement")
