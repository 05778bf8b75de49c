"""Every quotation of the standards that code in `src/` cites by seed line is the seed's text at that line.

A comment or docstring such as `# Seed line 391: "One or more areas ..."` promises the reader that the
quoted words are the authority's, on that line. Each double-quoted run after a citation (up to the next
citation in the same comment or docstring) must be found, markup and whitespace aside, in one of the cited
lines; an ellipsis splits a quotation into pieces, each of which must be there. A quotation written just
before a parenthesised citation, `"..." (seed line 45)`, is checked the same way.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.seed import REPO, normalise, seed_lines

SRC = REPO / "src" / "inspector"

# "Seed line 45", "seed lines 117 and 119", "Seed lines 3454-3456", "Seed line 177 (and 650, 1160, 2556; 1538".
_CITATION = re.compile(r"[Ss]eed lines? (\d+)((?:(?:\s*(?:,|;|and|-|–|\(and)\s*)\d+)*)")
_NUMBER = re.compile(r"\d+")
_QUOTE = re.compile(r'"([^"]+)"')
_ELLIPSIS = re.compile(r"\.\.\.|…|\[\.\.\.\]")
_AFTER = re.compile(r"\S{0,2}\s*\(((?:see )?[Ss]eed lines? \d+)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_LITERAL = re.compile(r"[A-Za-z]*(\"\"\"|\'\'\'|\"|\')(.*)\1", re.DOTALL)


@dataclass(frozen=True)
class Quotation:
    where: str  # file:line
    lines: tuple[int, ...]  # the seed lines cited
    text: str


def _blocks(path: Path) -> list[tuple[int, str]]:
    """Each comment block (consecutive comment lines joined) and each string literal's text, with its first
    line."""
    blocks: list[tuple[int, str]] = []
    comment: list[str] = []
    start = last = 0
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.COMMENT:
            if comment and token.start[0] != last + 1:
                blocks.append((start, " ".join(comment)))
                comment = []
            if not comment:
                start = token.start[0]
            comment.append(token.string.lstrip("#").strip())
            last = token.start[0]
        elif token.type == tokenize.STRING:
            literal = _LITERAL.fullmatch(token.string)
            blocks.append((token.start[0], " ".join((literal.group(2) if literal else token.string).split())))
    if comment:
        blocks.append((start, " ".join(comment)))
    return sorted(blocks)


def _cited_lines(citation: re.Match[str]) -> tuple[int, ...]:
    rest = citation.group(2)
    numbers = [int(citation.group(1)), *(int(n) for n in _NUMBER.findall(rest))]
    if "-" in rest or "–" in rest:  # a range: every line from the first to the last
        return tuple(range(numbers[0], numbers[-1] + 1))
    return tuple(numbers)


def _owner(
    block: str, quote: re.Match[str], citations: list[re.Match[str]], taken: dict[int, int]
) -> re.Match[str] | None:
    """The citation a quotation belongs to: the one in brackets just after it, `"..." (seed line 45)`, or
    else the last one before it, as long as no sentence has ended since that citation or its last quotation."""
    after = _AFTER.match(block, quote.end())
    if after:
        return next(c for c in citations if c.start() == after.start(1))
    before = [c for c in citations if c.end() <= quote.start()]
    if not before:
        return None
    citation = before[-1]
    since = taken.get(citation.start(), citation.end())
    between = block[since : quote.start()]
    ended = _SENTENCE_END.search(between) or (
        since != citation.end()
        and block[since - 2] in ".!?"
        and between[:1].isspace()
        and between.strip()[:1].isupper()
    )
    return None if ended else citation


def quotations(src: Path = SRC, repo: Path = REPO) -> list[Quotation]:
    found: list[Quotation] = []
    for path in sorted(src.rglob("*.py")):
        for line, block in _blocks(path):
            citations = list(_CITATION.finditer(block))
            taken: dict[int, int] = {}  # a citation's start -> the end of its last quotation so far
            for quote in _QUOTE.finditer(block):
                citation = _owner(block, quote, citations, taken)
                if citation is not None:
                    taken[citation.start()] = quote.end()
                    where = f"{path.relative_to(repo)}:{line}"
                    found.append(Quotation(where, _cited_lines(citation), quote.group(1)))
    return found


def _cited_text(numbers: tuple[int, ...]) -> str:
    """The cited lines, and for a table split over lines by the conversion (cells separated by tabs) each
    column's cells joined too, so that a cell broken over two rows ("65 per" / "cent") reads whole."""
    rows = [seed_lines()[n - 1] for n in numbers]
    cells = [row.split("\t") for row in rows if "\t" in row]
    columns = [" ".join(row[i] for row in cells if i < len(row)) for i in range(max(map(len, cells), default=0))]
    return normalise(" ".join(rows + columns)).casefold()


QUOTATIONS = quotations()


def test_the_code_quotes_the_seed_often() -> None:
    # The check reads what it should: dozens of quotations, in the rules and in the window alike.
    assert len(QUOTATIONS) >= 50
    assert {q.where.split("/")[2] for q in QUOTATIONS} >= {"rules", "app", "gui", "inspection"}


def misquoted(quotation: Quotation) -> str | None:
    """What is wrong with a quotation, or None when every piece of it is on the lines it cites."""
    lines = seed_lines()
    if not all(1 <= n <= len(lines) for n in quotation.lines):
        return f"{quotation.where}: no seed line {quotation.lines}"
    cited = _cited_text(quotation.lines)
    for piece in _ELLIPSIS.split(quotation.text):
        words = normalise(piece).strip(" ,.;:-").casefold()
        if words and words not in cited:
            return f"{quotation.where}: {piece!r} is not in seed line(s) {quotation.lines}"
    return None


@pytest.mark.parametrize("quotation", QUOTATIONS, ids=lambda q: f"{q.where}:{q.lines[0]}")
def test_a_quotation_is_the_seed_at_its_line(quotation: Quotation) -> None:
    assert misquoted(quotation) is None


def test_a_misquotation_is_caught(tmp_path: Path) -> None:
    # The checker itself: true words cited at the wrong line, the right line misquoted, a true quotation.
    module = tmp_path / "src" / "inspector" / "rules" / "example.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        '# Seed line 99: "Decision rules are non-negotiable."\n'
        "x = 1\n"
        'y = 2  # Seed line 97: "Decision rules are negotiable."\n'
        '"""Seed line 97: "Decision rules are non-negotiable. Decision guidance should be followed"."""\n',
        encoding="utf-8",
    )
    found = quotations(module.parent.parent, tmp_path)
    assert [(q.where, q.lines) for q in found] == [
        ("src/inspector/rules/example.py:1", (99,)),
        ("src/inspector/rules/example.py:3", (97,)),
        ("src/inspector/rules/example.py:4", (97,)),
    ]
    assert [misquoted(q) is None for q in found] == [False, False, True]
