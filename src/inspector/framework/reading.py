"""The reading-pane document for one item, as HTML.

Qt-free: the window only displays what this returns. The HTML keeps to what Qt's rich-text engine
renders (HTML 4 tables, class selectors, no positioning), so it also reads well in any browser.
Section headings carry anchors named after `Section` values so the window can scroll to the part
of the document a search hit came from.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence

from inspector.framework.citations import (
    PAGES_NOTE,
    cite,
    cite_characteristics,
    cite_item,
    cite_note,
    cite_standard,
    cite_table,
    reference,
)
from inspector.framework.items import (
    DIVERSITY_TAG,
    INTERVIEWS_TAG,
    ItemKind,
    find_item,
    kind_of,
    navigator_label,
    navigator_tags,
)
from inspector.framework.markup import inline_html, to_html
from inspector.framework.model import (
    RATING_ORDER,
    CharacteristicsRow,
    DecisionRule,
    EditorialNote,
    Framework,
    KeyQuestion,
    Prompt,
    Rating,
    RatingCharacteristic,
    Standard,
)
from inspector.framework.sections import DECISION_KIND_LABELS, Section
from inspector.framework.terms import find_spans, parse_query

ITEM_LINK_SCHEME = "item"
HIT_ANCHOR = "hit"  # the first highlighted match (after the focused section, if any)

# The colours of the document on a light page; the window passes its own, made from its palette (a dark
# theme's text on its dark base), with these names.
LIGHT_COLOURS = {
    "text": "#1d1d1d", "heading": "#1f3a5f", "muted": "#555555", "on_tone": "#ffffff", "diversity": "#6b3fa0",
    "interviews": "#1f6f8b", "hit": "#ffe27a", "hit_text": "#000000", "note": "#fff6dc", "note_edge": "#e0c46c",
    "callout": "#eaf3f7", "callout_edge": "#9cc3d5", "grid_edge": "#b8b8b8", "outstanding": "#dcefdc",
    "good": "#e8f3d6", "requires_improvement": "#fbecd0", "inadequate": "#f6d6d3", "aspect": "#eeeeee",
    "rating_outstanding": "#2e7d32", "rating_good": "#558b2f", "rating_requires_improvement": "#f2b33d",
    "on_requires_improvement": "#000000", "rating_inadequate": "#b3261e",
}

# Qt's rich text supports class selectors and these properties; nothing here needs a browser.
_CSS = """
body { color: %(text)s; }
h1 { font-size: x-large; font-weight: 600; margin-top: 4px; margin-bottom: 10px; }
h2 { font-size: large; font-weight: 600; color: %(heading)s; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: medium; font-weight: 600; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 9px; }
ul { margin-top: 0px; margin-bottom: 9px; }
li { margin-bottom: 4px; }
.crumb { color: %(muted)s; margin-bottom: 2px; }
.itemid { color: %(muted)s; font-weight: normal; }
.kind { color: %(muted)s; }
.tag { color: %(on_tone)s; background-color: %(diversity)s; font-weight: 600; }
.tag-interviews { color: %(on_tone)s; background-color: %(interviews)s; font-weight: 600; }
.muted { color: %(muted)s; }
.cited { color: %(muted)s; font-size: small; }
.hit { background-color: %(hit)s; color: %(hit_text)s; }
table.note { background-color: %(note)s; border-color: %(note_edge)s; margin-top: 6px; margin-bottom: 12px; }
table.callout { background-color: %(callout)s; border-color: %(callout_edge)s; margin-top: 6px; margin-bottom: 12px; }
table.rule { margin-bottom: 8px; }
table.grid { border-color: %(grid_edge)s; margin-top: 6px; }
th { font-weight: 600; text-align: left; }
th.outstanding { background-color: %(outstanding)s; }
th.good { background-color: %(good)s; }
th.requires-improvement { background-color: %(requires_improvement)s; }
th.inadequate { background-color: %(inadequate)s; }
th.aspect { background-color: %(aspect)s; }
td.note { background-color: %(note)s; }
td p { margin-bottom: 4px; }
td.tags { white-space: nowrap; text-align: right; }
a.item { text-decoration: none; }
td ul { margin-bottom: 4px; }
.rating-outstanding { color: %(on_tone)s; background-color: %(rating_outstanding)s; font-weight: 600; }
.rating-good { color: %(on_tone)s; background-color: %(rating_good)s; font-weight: 600; }
.rating-requires-improvement { color: %(on_requires_improvement)s; background-color: %(rating_requires_improvement)s;
  font-weight: 600; }
.rating-inadequate { color: %(on_tone)s; background-color: %(rating_inadequate)s; font-weight: 600; }
"""


def reading_css(colours: Mapping[str, str] = LIGHT_COLOURS) -> str:
    """The document's style sheet in the colours given (each of LIGHT_COLOURS' names)."""
    return _CSS % dict(colours)


READING_CSS = reading_css()

_TAG_SPLIT = re.compile(r"(<[^>]*>)")


def reading_html(framework: Framework, item_id: str, query: str = "", focus: Section | None = None,
                 css: str = READING_CSS) -> str:
    """The whole document for an item; matches of the query's terms are highlighted.

    `focus` names the section a search hit came from: the first match after it gets the
    HIT_ANCHOR anchor, so the window can scroll there. KeyError for an unknown id.
    """
    kind = kind_of(item_id)
    item = find_item(framework, item_id)
    if kind is ItemKind.FRAMEWORK:
        assert isinstance(item, Framework)
        body = _framework_body(item)
    elif kind is ItemKind.STANDARD:
        assert isinstance(item, Standard)
        body = _standard_body(framework, item)
    elif kind is ItemKind.KEY_QUESTION:
        assert isinstance(item, KeyQuestion)
        body = _key_question_body(framework, item)
    else:
        assert isinstance(item, Prompt)
        body = _prompt_body(framework, item)
    terms = parse_query(query)
    if terms:
        body = highlight_html(body, terms, focus)
    return f"<html><head><style>{css}</style></head><body>{body}</body></html>"


def item_link(item_id: str) -> str:
    return f"{ITEM_LINK_SCHEME}:{item_id}"


def item_id_from_link(href: str) -> str | None:
    """The item id a link in the document points at, or None for an ordinary web link."""
    prefix = f"{ITEM_LINK_SCHEME}:"
    return href[len(prefix):] if href.startswith(prefix) else None


def highlight_html(fragment: str, terms: Sequence[str], focus: Section | None = None) -> str:
    """Wrap matches of the terms in <span class="hit">, in text only: tags and attributes are
    left alone, and entities are matched as the characters they stand for."""
    out: list[str] = []
    passed_focus = focus is None
    anchored = False
    in_anchor = 0  # no anchor may be placed inside another <a>
    for piece in _TAG_SPLIT.split(fragment):
        if piece.startswith("<"):
            if focus is not None and piece == f'<a name="{focus.value}">':
                passed_focus = True
            if piece.startswith("<a "):
                in_anchor += 1
            elif piece == "</a>":
                in_anchor = max(in_anchor - 1, 0)
            out.append(piece)
            continue
        text = html.unescape(piece)
        position = 0
        for start, end in find_spans(text, terms):
            out.append(html.escape(text[position:start]))
            match = f'<span class="hit">{html.escape(text[start:end])}</span>'
            if passed_focus and not anchored and not in_anchor:
                match = f'<a name="{HIT_ANCHOR}">{match}</a>'
                anchored = True
            out.append(match)
            position = end
        out.append(html.escape(text[position:]) if position else piece)
    return "".join(out)


# --- building blocks ---------------------------------------------------------------------------


def _heading(item_id: str, text: str) -> str:
    return f'<h1><span class="itemid">{html.escape(item_id)}</span>&nbsp; {inline_html(text)}</h1>'


def _section(section: Section, content: str, heading: str | None = None) -> str:
    if not content:
        return ""
    title = html.escape(heading or section.heading)
    return f'<h2><a name="{section.value}">{title}</a></h2>{content}'


def _box(css_class: str, content: str) -> str:
    # A one-cell table is the only box with a background and border that Qt's rich text draws.
    return (
        f'<table class="{css_class}" width="100%" border="1" cellspacing="0" cellpadding="8">'
        f"<tr><td>{content}</td></tr></table>"
    )


def _note_label(framework: Framework, note: EditorialNote) -> str:
    """'Editorial note (Rating characteristics, Definitions, p. 108):', the places the note is about."""
    where = cite_note(framework, note)
    return f"Editorial note ({html.escape(where)}):" if where else "Editorial note:"


def _note_html(framework: Framework, note: EditorialNote) -> str:
    """The note's label and text as one block, the label leading the first paragraph."""
    label = f"<b>{_note_label(framework, note)}</b> "
    text = to_html(note.note)
    return f"<p>{label}{text[3:]}" if text.startswith("<p>") else f"<p>{label}</p>{text}"


def _notes(framework: Framework, notes: Iterable[EditorialNote]) -> str:
    return "".join(_box("note", _note_html(framework, note)) for note in notes)


def _cited(where: str) -> str:
    """Where in the standards document the text above or below is, in its own places."""
    return f'<p class="cited">{html.escape(where)}</p>' if where else ""


def _link(item_id: str, label: str) -> str:
    return f'<a class="item" href="{item_link(item_id)}">{inline_html(label)}</a>'


def _crumbs(framework: Framework, *item_ids: str) -> str:
    parts = []
    for item_id in item_ids:
        item = find_item(framework, item_id)
        kind = kind_of(item_id)
        label = f"Standard {navigator_label(item)}" if kind is ItemKind.STANDARD else f"Key question {item_id}"
        parts.append(_link(item_id, label))
    return f'<p class="crumb">{" &nbsp;›&nbsp; ".join(parts)}</p>'


def _rating_badge(rating: Rating) -> str:
    css = "rating-" + rating.name.lower().replace("_", "-")
    return f'<span class="{css}">&nbsp;{html.escape(rating.value)}&nbsp;</span>'


def _judged_sections(item: KeyQuestion | Prompt) -> str:
    return (
        _section(Section.GUIDANCE, to_html(item.guidance))
        + _section(Section.EVIDENCE, to_html(item.evidence))
        + _section(Section.JUDGEMENT, to_html(item.judgement))
    )


# --- documents ---------------------------------------------------------------------------------


def _framework_body(framework: Framework) -> str:
    meta = (
        f'<p class="muted">{html.escape(framework.version)}</p>'
        f'<p class="muted"><i>Source:</i> {inline_html(framework.source)}</p>'
        f'<p class="muted"><i>Cited as:</i> {html.escape(reference(framework))}; places are the document\u2019s '
        f"parts, sections and passages, and {html.escape(PAGES_NOTE)}.</p>"
    )
    bands = "".join(f"<li>{inline_html(band.text)}</li>" for band in framework.percentage_bands)
    standards = "".join(f"<li>{_link(s.id, navigator_label(s))}</li>" for s in framework.standards)
    return (
        f"<h1>{inline_html(framework.title)}</h1>"
        + meta
        + _notes(framework, framework.editorial_notes)
        + _section(Section.INTRODUCTION, to_html(framework.introduction_rules))
        + _section(Section.OVERALL_RULES, _rules_html(framework, framework.overall_decision_rules))
        + _section(Section.BANDS, _cited(cite(framework, _first_band_line(framework))) + f"<ul>{bands}</ul>")
        + _section(Section.STANDARDS, f"<ul>{standards}</ul>")
    )


def _first_band_line(framework: Framework) -> int | None:
    return framework.percentage_bands[0].source_line if framework.percentage_bands else None


def _standard_body(framework: Framework, standard: Standard) -> str:
    key_questions = "".join(f"<li>{_link(kq.id, navigator_label(kq))}</li>" for kq in standard.key_questions)
    return (
        f'<p class="crumb">Standard</p>{_heading(standard.id, standard.title)}'
        + _cited(cite_standard(framework, standard.id))
        + _notes(framework, standard.editorial_notes)
        + _section(Section.STATEMENT, to_html(standard.statement))
        + _section(Section.GUIDANCE, to_html(standard.guidance))
        + _section(Section.EVIDENCE, to_html(standard.evidence))
        + _section(Section.JUDGEMENT, to_html(standard.judgement))
        + _section(Section.DECISION_RULES, _rules_html(framework, standard.decision_rules))
        + _section(Section.CHARACTERISTICS, _characteristics_html(framework, standard))
        + _section(Section.TABLE, _table_html(framework, standard))
        + _section(Section.KEY_QUESTIONS, f"<ul>{key_questions}</ul>")
    )


def _key_question_body(framework: Framework, kq: KeyQuestion) -> str:
    # A table rather than a list so each prompt's tags keep to their own column, not wrapped
    # under the question.
    rows = "".join(
        f'<tr><td>{_link(p.id, navigator_label(p))}</td><td class="tags">{_prompt_tags(p)}</td></tr>'
        for p in kq.prompts
    )
    return (
        _crumbs(framework, kq.id[:3])
        + _heading(kq.id, kq.text)
        + _cited(cite_item(framework, kq.id))
        + _notes(framework, kq.editorial_notes)
        + _judged_sections(kq)
        + _section(
            Section.PROMPTS, f'<table class="prompts" width="100%" cellspacing="0" cellpadding="4">{rows}</table>'
        )
    )


def _prompt_body(framework: Framework, prompt: Prompt) -> str:
    diversity = (
        '<p><span class="tag">&nbsp;Diversity prompt&nbsp;</span>&nbsp; '
        '<span class="muted">One of the prompts the introduction lists under \u2018Inspecting diversity\u2019.'
        "</span></p>"
        if prompt.diversity
        else ""
    )
    return (
        _crumbs(framework, prompt.id[:3], prompt.id[:5])
        + _heading(prompt.id, prompt.text)
        + _cited(cite_item(framework, prompt.id))
        + diversity
        + _notes(framework, prompt.editorial_notes)
        + _interview_html(prompt)
        + _judged_sections(prompt)
    )


def _prompt_tags(prompt: Prompt) -> str:
    # The same tags the navigator draws beside the prompt, in the same colours.
    tags = [
        f'<span class="{_TAG_CLASSES[tag]}">&nbsp;{html.escape(tag.label)}&nbsp;</span>'
        for tag in navigator_tags(prompt)
    ]
    return "&nbsp;".join(tags)


_TAG_CLASSES = {DIVERSITY_TAG: "tag", INTERVIEWS_TAG: "tag-interviews"}


def _interview_html(prompt: Prompt) -> str:
    link = prompt.interview_link
    if link is None:
        return ""
    facts = [f"<b>Weight:</b> {html.escape(link.strength.value)}"]
    if link.threshold_percent is not None:
        facts.append(f"<b>Threshold:</b> {link.threshold_percent} per cent")
    facts.append(f"<b>Quoted from:</b> {html.escape(Section(link.section).heading)}")
    content = (
        f'<p><a name="{Section.INTERVIEWS.value}">'
        '<span class="tag-interviews">&nbsp;Case-manager interviews&nbsp;</span></a>&nbsp; '
        "This prompt draws on case managers\u2019 interview responses.</p>"
        f"<p>{' &nbsp;·&nbsp; '.join(facts)}</p>"
        f"<p><i>\u201c{inline_html(' '.join(link.wording.split()))}\u201d</i></p>"
    )
    return _box("callout", content)


def _rules_html(framework: Framework, rules: Sequence[DecisionRule]) -> str:
    """The rules, cited once above them when they sit in one passage (a standard's), else each below it."""
    places = {cite(framework, r.source_line) for r in rules}
    if len(places) == 1:
        return _cited(places.pop()) + "".join(_rule_html(framework, r, cited=False) for r in rules)
    return "".join(_rule_html(framework, r) for r in rules)


def _rule_html(framework: Framework, rule: DecisionRule, cited: bool = True) -> str:
    label = DECISION_KIND_LABELS[rule.kind]
    scope = "the overall rating" if rule.applies_to == "overall" else "this standard"
    head = (
        f'<p><b>{html.escape(label)}</b> &nbsp;{_rating_badge(rule.rating)}'
        f'&nbsp; <span class="muted">applies to {scope}</span></p>'
    )
    where = _cited(cite(framework, rule.source_line)) if cited else ""
    return head + to_html(rule.text) + where + _notes(framework, rule.editorial_notes)


def _characteristics_html(framework: Framework, standard: Standard) -> str:
    parts = [_cited(cite_characteristics(framework, standard.id)), to_html(standard.characteristics_statement)]
    for characteristic in standard.characteristics:
        parts.append(_characteristic_html(framework, characteristic))
    return "".join(parts)


def _characteristic_html(framework: Framework, characteristic: RatingCharacteristic) -> str:
    decision = characteristic.decision
    decision_html = f"<p><b>{inline_html(' '.join(decision.split()))}</b></p>" if decision else ""
    return (
        f"<h3>{_rating_badge(characteristic.rating)}</h3>"
        + f"<p><i>{inline_html(' '.join(characteristic.summary.split()))}</i></p>"
        + decision_html
        + to_html(characteristic.text)
        + _notes(framework, characteristic.editorial_notes)
    )


def _table_html(framework: Framework, standard: Standard) -> str:
    rows: Sequence[CharacteristicsRow] = standard.characteristics_table
    header = '<th class="aspect">Aspect</th>' + "".join(
        f'<th class="{r.name.lower().replace("_", "-")}">{html.escape(r.value)}</th>' for r in RATING_ORDER
    )
    body = []
    for row in rows:
        cells = "".join(f"<td>{to_html(row.cell(r))}</td>" for r in RATING_ORDER)
        body.append(f"<tr><th>{inline_html(row.heading)}</th>{cells}</tr>")
        for note in row.editorial_notes:
            # The note sits directly under the row it qualifies, across the whole table.
            body.append(f'<tr><td class="note" colspan="5">{_note_html(framework, note)}</td></tr>')
    return (
        _cited(cite_table(framework, standard))
        + '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="6">'
        f"<tr>{header}</tr>{''.join(body)}</table>"
    )

