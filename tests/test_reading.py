"""Reading-pane documents, against the real framework (and, for parts the content may not have yet,
a copy of it with one prompt changed)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from inspector.content import load_content
from inspector.framework.citations import cite_note
from inspector.framework.items import FRAMEWORK_ID, find_item, item_ids
from inspector.framework.markup import inline_html, to_html
from inspector.framework.model import (
    RATING_ORDER,
    EditorialNote,
    Framework,
    InterviewLink,
    InterviewStrength,
    Prompt,
)
from inspector.framework.reading import HIT_ANCHOR, highlight_html, item_id_from_link, item_link, reading_html
from inspector.framework.sections import DECISION_KIND_LABELS, Section

VOID = {"br", "hr", "img"}


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_content().framework


class _Document(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-3:]}"
        self.stack.pop()
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            self.text.append(data)


def text_of(document: str) -> str:
    """The document's text as a reader sees it; asserts the tags are balanced."""
    parser = _Document()
    parser.feed(document)
    parser.close()
    assert not parser.stack
    return "".join(parser.text)


def with_prompt(framework: Framework, prompt: Prompt) -> Framework:
    """A copy of the framework with one prompt replaced (same id)."""
    standards = []
    for standard in framework.standards:
        kqs = tuple(
            kq.model_copy(update={"prompts": tuple(prompt if p.id == prompt.id else p for p in kq.prompts)})
            for kq in standard.key_questions
        )
        standards.append(standard.model_copy(update={"key_questions": kqs}))
    return framework.model_copy(update={"standards": tuple(standards)})


def test_every_item_renders_with_its_heading(framework: Framework) -> None:
    for item_id in item_ids(framework):
        document = reading_html(framework, item_id)
        assert document.startswith("<html>") and document.endswith("</html>")
        text = text_of(document)
        item = find_item(framework, item_id)
        if item_id == FRAMEWORK_ID:
            assert framework.title in text
        else:
            assert item_id in text
            heading = item.title if item_id.count(".") == 1 else item.text  # type: ignore[union-attr]
            assert inline_html(heading) in document


def test_unknown_item(framework: Framework) -> None:
    with pytest.raises(KeyError):
        reading_html(framework, "9.9.9z")
    with pytest.raises(KeyError):
        reading_html(framework, "nonsense")


def test_standard_document(framework: Framework) -> None:
    standard = framework.standard("1.1")
    document = reading_html(framework, "1.1")
    for text in (standard.statement, standard.guidance, standard.judgement, standard.characteristics_statement):
        assert to_html(text) in document
    for rule in standard.decision_rules:
        assert to_html(rule.text) in document
        assert f"<b>{DECISION_KIND_LABELS[rule.kind]}</b>" in document
    for characteristic in standard.characteristics:
        assert inline_html(" ".join(characteristic.summary.split())) in document
        assert to_html(characteristic.text) in document
        if characteristic.decision:
            assert inline_html(" ".join(characteristic.decision.split())) in document
    table = document[document.index(f'<a name="{Section.TABLE.value}">') :]
    for rating in RATING_ORDER:
        assert f">{rating.value}</th>" in table
    for row in standard.characteristics_table:
        assert f"<th>{inline_html(row.heading)}</th>" in table
        for rating in RATING_ORDER:
            assert f"<td>{to_html(row.cell(rating))}</td>" in table
    for kq in standard.key_questions:
        assert f'href="{item_link(kq.id)}"' in document


def test_section_order_for_a_standard(framework: Framework) -> None:
    document = reading_html(framework, "1.1")
    order = [
        Section.STATEMENT,
        Section.GUIDANCE,
        Section.JUDGEMENT,
        Section.DECISION_RULES,
        Section.CHARACTERISTICS,
        Section.TABLE,
    ]
    positions = [document.index(f'<a name="{s.value}">') for s in order]
    assert positions == sorted(positions)


def test_every_decision_kind_is_labelled(framework: Framework) -> None:
    labelled = {rule.kind for s in framework.standards for rule in s.decision_rules} | {
        rule.kind for rule in framework.overall_decision_rules
    }
    assert len(labelled) == 3  # rule, guidance, limiting all occur in the seed
    documents = "".join(reading_html(framework, i) for i in (FRAMEWORK_ID, *(s.id for s in framework.standards)))
    for label in DECISION_KIND_LABELS.values():
        assert f"<b>{label}</b>" in documents


def test_key_question_document(framework: Framework) -> None:
    kq = framework.key_question("1.2.1")
    document = reading_html(framework, kq.id)
    for text in (kq.guidance, kq.evidence, kq.judgement):
        if text:
            assert to_html(text) in document
    for prompt in kq.prompts:
        assert f'href="{item_link(prompt.id)}"' in document
        assert inline_html(f"{prompt.letter}) {prompt.text}") in document
    assert f'href="{item_link("1.2")}"' in document  # the way back up


def test_prompt_document(framework: Framework) -> None:
    prompt = framework.prompt("1.1.1a")
    document = reading_html(framework, prompt.id)
    assert to_html(prompt.guidance) in document
    assert to_html(prompt.evidence) in document
    assert to_html(prompt.judgement) in document
    assert document.index(to_html(prompt.guidance)) < document.index(to_html(prompt.judgement))


def test_diversity_marker_exactly_on_diversity_prompts(framework: Framework) -> None:
    diversity = [p for p in framework.prompts if p.diversity]
    assert diversity
    for prompt in framework.prompts:
        assert ("Diversity prompt" in text_of(reading_html(framework, prompt.id))) is prompt.diversity, prompt.id


def test_interview_links_in_the_content_are_shown(framework: Framework) -> None:
    for prompt in framework.prompts:
        text = " ".join(text_of(reading_html(framework, prompt.id)).split())
        link = prompt.interview_link
        if link is None:
            assert "Case-manager interviews" not in text
            continue
        assert "Case-manager interviews" in text
        assert link.strength.value in text
        assert " ".join(html.unescape(re.sub("<[^>]+>", "", inline_html(link.wording))).split()) in text
        if link.threshold_percent is not None:
            assert f"Threshold: {link.threshold_percent} per cent" in text


def test_interview_link_box(framework: Framework) -> None:
    base = framework.prompt("1.1.1a")
    link = InterviewLink(
        strength=InterviewStrength.MAY_SUGGEST,
        threshold_percent=65,
        wording="A response of less than 65 per cent may suggest a negative judgement.",
        section="judgement",
    )
    changed = with_prompt(framework, base.model_copy(update={"interview_link": link}))
    text = " ".join(text_of(reading_html(changed, base.id)).split())
    assert "Case-manager interviews" in text
    assert "Weight: may suggest a negative judgement" in text
    assert "Threshold: 65 per cent" in text
    assert "Quoted from: Judgement" in text
    assert "\u201cA response of less than 65 per cent may suggest a negative judgement.\u201d" in text
    # The key question lists the prompt with its tag.
    assert "Interviews" in text_of(reading_html(changed, base.id[:5]))


def test_editorial_notes_in_the_content_are_shown(framework: Framework) -> None:
    """Every note on an entry appears in that entry's document (standards carry their rules',
    characteristics' and table rows' notes)."""
    for standard in framework.standards:
        owned = [*standard.editorial_notes]
        for rule in standard.decision_rules:
            owned += rule.editorial_notes
        for characteristic in standard.characteristics:
            owned += characteristic.editorial_notes
        for row in standard.characteristics_table:
            owned += row.editorial_notes
        _assert_notes_shown(framework, standard.id, owned)
        for kq in standard.key_questions:
            _assert_notes_shown(framework, kq.id, list(kq.editorial_notes))
            for prompt in kq.prompts:
                _assert_notes_shown(framework, prompt.id, list(prompt.editorial_notes))
    notes = [*framework.editorial_notes] + [n for r in framework.overall_decision_rules for n in r.editorial_notes]
    _assert_notes_shown(framework, FRAMEWORK_ID, notes)


def _assert_notes_shown(framework: Framework, item_id: str, notes: list[EditorialNote]) -> None:
    text = " ".join(text_of(reading_html(framework, item_id)).split())
    for note in notes:
        assert f"Editorial note ({cite_note(framework, note)}):" in text, (item_id, note.lines)
        assert " ".join(html.unescape(re.sub("<[^>]+>", "", to_html(note.note))).split()) in text


def test_editorial_note_on_a_prompt(framework: Framework) -> None:
    base = framework.prompt("1.2.1a")
    note = EditorialNote(lines="664-665", note="The source repeats this sentence <twice> & more.")
    changed = with_prompt(framework, base.model_copy(update={"editorial_notes": (note,)}))
    document = reading_html(changed, base.id)
    text = " ".join(text_of(document).split())
    # Labelled with the place in the standards document, never a line of the converted text.
    assert ("Editorial note (Rules and guidance, 1.2 Staff, prompt 1.2.1a, p. 24): The source repeats this sentence "
            "<twice> & more.") in text
    assert "&lt;twice&gt; &amp; more" in document
    # Shown before the guidance so it is read first.
    assert document.index("Editorial note") < document.index(f'<a name="{Section.GUIDANCE.value}">')


def test_highlighting_changes_no_text_and_keeps_tags_balanced(framework: Framework) -> None:
    for item_id in ("framework", "1.1", "1.1.1", "1.1.1b"):
        plain = reading_html(framework, item_id)
        # "span", "class", "href" and "name" also occur inside tags: they must be left alone there.
        marked = reading_html(framework, item_id, "span class href name the & ' diversity")
        assert text_of(marked) == text_of(plain)
        assert '<span class="hit">' in marked


def test_highlight_marks_matches_case_insensitively(framework: Framework) -> None:
    document = reading_html(framework, "1.1", "GOVERNANCE")
    assert '<span class="hit">Governance</span>' in document
    assert '<span class="hit">governance</span>' in document
    # The style sheet is not text: a term that occurs in it ("color") leaves it alone.
    head = reading_html(framework, "1.1").split("</head>")[0]
    assert reading_html(framework, "1.1", "color").split("</head>")[0] == head


def test_highlight_handles_entities() -> None:
    fragment = "<p>R&amp;D &lt;tag&gt; and &quot;quoted&quot;</p>"
    assert highlight_html(fragment, ("&",)) == (
        '<p>R<a name="hit"><span class="hit">&amp;</span></a>D &lt;tag&gt; and &quot;quoted&quot;</p>'
    )
    assert highlight_html(fragment, ("<tag>",)) == (
        '<p>R&amp;D <a name="hit"><span class="hit">&lt;tag&gt;</span></a> and &quot;quoted&quot;</p>'
    )
    assert highlight_html(fragment, ("amp", "lt;", "gt")) == fragment  # entity names are not text
    # No anchor inside a link: Qt cannot nest them.
    assert highlight_html('<a href="x">link text</a>', ("link",)) == (
        '<a href="x"><span class="hit">link</span> text</a>'
    )


def test_hit_anchor_follows_the_focused_section(framework: Framework) -> None:
    document = reading_html(framework, "1.1", "diverse", focus=Section.TABLE)
    assert document.count(f'<a name="{HIT_ANCHOR}">') == 1
    assert document.index(f'<a name="{Section.TABLE.value}">') < document.index(f'<a name="{HIT_ANCHOR}">')
    unfocused = reading_html(framework, "1.1", "diverse")
    assert unfocused.index(f'<a name="{HIT_ANCHOR}">') < unfocused.index(f'<a name="{Section.TABLE.value}">')
    assert f'<a name="{HIT_ANCHOR}">' not in reading_html(framework, "1.1")


def test_item_links_round_trip() -> None:
    assert item_id_from_link(item_link("1.1.1a")) == "1.1.1a"
    assert item_id_from_link("https://example.org") is None
