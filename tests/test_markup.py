"""The framework's text markup → safe HTML and plain text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from inspector.content import load_content
from inspector.framework.markup import inline_html, plain_text, to_html

ALLOWED_TAGS = {"p", "ul", "li", "b", "i", "a"}


class _Tags(HTMLParser):
    """Records tags and attributes, and checks nesting as it goes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    assert not parser.stack, f"unclosed {parser.stack}"
    return parser


def test_paragraphs_and_lists() -> None:
    text = "First paragraph\nstill first.\n\nIntro:\n- one\n- two\n\n- three\n\nLast."
    assert to_html(text) == (
        "<p>First paragraph still first.</p><p>Intro:</p>"
        "<ul><li>one</li><li>two</li><li>three</li></ul><p>Last.</p>"
    )


def test_everything_is_escaped() -> None:
    text = "<script>alert('x')</script> & \"quotes\" <b>not bold</b>"
    result = to_html(text)
    assert "<script>" not in result and "<b>" not in result
    assert "&lt;script&gt;" in result and "&amp;" in result and "&quot;quotes&quot;" in result
    assert {tag for tag, _ in parse(result).tags} == {"p"}
    assert "".join(parse(result).text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**bold** and *italic*", "<b>bold</b> and <i>italic</i>"),
        ("*Crime and Disorder Act 1998* (Section 39)", "<i>Crime and Disorder Act 1998</i> (Section 39)"),
        ("2 * 3 * 4", "2 * 3 * 4"),  # spaced asterisks are arithmetic, not emphasis
        ("*unbalanced", "*unbalanced"),
        ("unbalanced*", "unbalanced*"),
        ("**open bold *and italic", "**open bold *and italic"),
        ("* not italic *", "* not italic *"),
        ("a*b*c", "a*b*c"),  # no emphasis inside a word
        ("***both***", "<i><b>both</b></i>"),
        ("Gŵyl *ŷ Ŵ* caf\u00e9", "Gŵyl <i>ŷ Ŵ</i> caf\u00e9"),
        ("*a < b*", "<i>a &lt; b</i>"),
    ],
)
def test_inline_emphasis(text: str, expected: str) -> None:
    assert inline_html(text) == expected


def test_emphasis_does_not_cross_lines_or_list_items() -> None:
    result = to_html("- *starts here\n- ends here*")
    assert "<i>" not in result
    parse(result)


def test_autolinks_are_http_only_and_escaped() -> None:
    result = inline_html('see <https://example.org/a?b=1&c="2">.')
    assert result == (
        'see <a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">https://example.org/a?b=1&amp;c=&quot;2&quot;</a>.'
    )
    assert parse(result).tags == [("a", [("href", 'https://example.org/a?b=1&c="2"')])]
    assert "href" not in inline_html("<javascript:alert(1)>")


def test_markdown_links() -> None:
    # The seed's link targets were lost in conversion: "[here](#)" keeps just the words.
    assert inline_html("can be found [here](#):") == "can be found here:"
    expected = '<a href="https://example.org/x_y">the <i>guide</i></a>'
    assert inline_html("[the *guide*](https://example.org/x_y)") == expected
    assert "href" not in inline_html("[x](javascript:alert(1))")


def test_asterisks_in_urls_are_not_emphasis() -> None:
    result = inline_html("<https://example.org/*a*> and *b*")
    assert result == '<a href="https://example.org/*a*">https://example.org/*a*</a> and <i>b</i>'


def test_nul_cannot_forge_a_placeholder() -> None:
    assert inline_html("\x000\x00 <https://a.example>") == '0 <a href="https://a.example">https://a.example</a>'


def test_plain_text() -> None:
    text = "**Bold** & *it*\n\n- a [here](#)\n- <https://x.example>"
    assert plain_text(text) == "Bold & it\n\na here\nhttps://x.example"
    assert plain_text("") == ""


def test_windows_line_endings() -> None:
    assert to_html("one\r\n\r\n- two\r\n- three") == "<p>one</p><ul><li>two</li><li>three</li></ul>"


def test_every_framework_text_renders_to_well_formed_html() -> None:
    framework = load_content().framework
    texts = [framework.introduction_rules]
    for standard in framework.standards:
        texts += [standard.statement, standard.guidance, standard.evidence, standard.judgement]
        texts += [c.text for c in standard.characteristics]
        texts += [rule.text for rule in standard.decision_rules]
        for kq in standard.key_questions:
            for item in (kq, *kq.prompts):
                texts += [item.text, item.guidance, item.evidence, item.judgement]
    for text in texts:
        result = to_html(text)
        tags = parse(result)
        assert {tag for tag, _ in tags.tags} <= ALLOWED_TAGS, result[:200]
        # No markup character survives where it was paired: every "**" left is genuinely unpaired.
        assert result.count("**") <= text.count("**")
