"""The framework's small text markup, turned into safe HTML or plain text.

The markup (see model.py): paragraphs separated by a blank line, list items as lines starting with
"- ", *italic* and **bold** as in Markdown, and links as `<https://…>` or `[text](url)`. The seed
lost most link targets in the PDF conversion, so `[text](#)` is shown as plain text.

Safety: the source text is HTML-escaped before any markup is recognised, so nothing in the content
can inject tags; the only tags in the output are the ones this module writes. URLs are accepted for
http(s) only, and arrive in attributes already escaped (quotes included).
"""

from __future__ import annotations

import html
import re

# A line that starts a list item. Leading spaces are tolerated: YAML block scalars sometimes keep them.
_LIST_ITEM = re.compile(r"^[ \t]*- (.*)$")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")

# These run on escaped text: "<" has become "&lt;" and '"' has become "&quot;".
_AUTOLINK = re.compile(r"&lt;(https?://[^\s]+?)&gt;")
# Only "#" (a target lost in conversion) or a web address; anything else stays literal text.
_LINK = re.compile(r"\[([^\]\n]+)\]\((#|https?://[^)\s]+)\)")
# Emphasis must hug its text (Markdown's rule), so "2 * 3 * 4" and a stray "*" stay literal.
_BOLD = re.compile(r"\*\*(?![\s*])(.+?)(?<![\s*])\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?![\s*])(.+?)(?<![\s*])\*(?![*\w])")
# Placeholders keep finished links away from the emphasis patterns. NUL never survives input
# cleaning, so the content cannot forge one.
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")
_TAG = re.compile(r"<[^>]*>")


def to_html(text: str) -> str:
    """Block-level HTML: <p> paragraphs and <ul> lists, with inline markup inside."""
    blocks: list[tuple[str, list[str]]] = []  # ("p" | "ul", inline HTML pieces)
    for chunk in _BLANK_LINES.split(_clean(text).strip("\n")):
        for kind, lines in _group_lines(chunk):
            if kind == "ul" and blocks and blocks[-1][0] == "ul":
                # A list whose items are separated by blank lines is still one list.
                blocks[-1][1].extend(lines)
            else:
                blocks.append((kind, list(lines)))
    out: list[str] = []
    for kind, lines in blocks:
        if kind == "ul":
            items = "".join(f"<li>{inline_html(line)}</li>" for line in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{inline_html(' '.join(lines))}</p>")
    return "".join(out)


def inline_html(text: str) -> str:
    """One line of text with its inline markup (emphasis, links) as HTML; no block tags."""
    escaped = html.escape(_clean(text), quote=True)
    links: list[str] = []

    def keep(fragment: str) -> str:
        links.append(fragment)
        return f"\x00{len(links) - 1}\x00"

    def autolink(match: re.Match[str]) -> str:
        url = match.group(1)
        return keep(f'<a href="{url}">{url}</a>')

    def link(match: re.Match[str]) -> str:
        label, url = _emphasis(match.group(1)), match.group(2)
        if url == "#":
            # The target was lost in conversion; the text is still worth showing.
            return keep(label)
        return keep(f'<a href="{url}">{label}</a>')

    escaped = _AUTOLINK.sub(autolink, escaped)
    escaped = _LINK.sub(link, escaped)
    escaped = _emphasis(escaped)
    return _PLACEHOLDER.sub(lambda m: links[int(m.group(1))], escaped)


def plain_text(text: str) -> str:
    """The text without markup, as a reader sees it: for search and snippets.

    Paragraphs stay separated by a blank line and list items by a newline, so callers can
    choose how to flatten them.
    """
    paragraphs: list[str] = []
    for chunk in _BLANK_LINES.split(_clean(text).strip("\n")):
        for kind, lines in _group_lines(chunk):
            if kind == "ul":
                paragraphs.append("\n".join(_strip_inline(line) for line in lines))
            else:
                paragraphs.append(_strip_inline(" ".join(lines)))
    return "\n\n".join(p for p in paragraphs if p)


def _emphasis(escaped: str) -> str:
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _ITALIC.sub(r"<i>\1</i>", escaped)


def _strip_inline(line: str) -> str:
    return html.unescape(_TAG.sub("", inline_html(line)))


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _group_lines(chunk: str) -> list[tuple[str, list[str]]]:
    """Split one blank-line-separated chunk into runs of list items and runs of prose lines."""
    groups: list[tuple[str, list[str]]] = []
    for line in chunk.split("\n"):
        match = _LIST_ITEM.match(line)
        kind, content = ("ul", match.group(1).strip()) if match else ("p", line.strip())
        if not content:
            continue
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(content)
        else:
            groups.append((kind, [content]))
    return groups
