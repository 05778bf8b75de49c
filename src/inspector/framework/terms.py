"""Search terms: how a query is split and how terms are matched in text.

Search (which fields match) and highlighting (what is marked in the reading pane) share this, so
the pane marks exactly what made an item a hit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "exact phrase" or a bare word.
_TERM = re.compile(r'"([^"]+)"|(\S+)')
# Typographic quotes and dashes fold to their plain forms: the seed mixes both, typists use plain.
_FOLD_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def fold(text: str) -> str:
    """Case- and quote-insensitive form of text, the same length as the text.

    Keeping the length means a position found in the folded text is the same position in the
    original, which highlighting relies on. Characters whose lower case is longer (rare: "İ") are
    left as they are rather than shift every later position.
    """
    if not text.isascii():  # the quotes and dashes folded are not
        text = text.translate(_FOLD_CHARS)
    if text.isascii():
        return text.lower()  # the same, at once: the audit page folds 6,000 rows
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def parse_query(query: str) -> tuple[str, ...]:
    """The folded terms of a query, in order, without repeats; "quoted words" stay one term."""
    terms: list[str] = []
    for phrase, word in _TERM.findall(query.translate(_FOLD_CHARS)):
        term = fold(" ".join((phrase or word).split()))
        if term and term not in terms:
            terms.append(term)
    return tuple(terms)


def contains_all(folded_text: str, terms: Sequence[str]) -> bool:
    return bool(terms) and all(term in folded_text for term in terms)


def find_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of any term in text, sorted, overlaps merged."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
