"""The words of a text that are spell-checked, with where each is: what is not a word to check (a number,
an id such as 1.2.1a, an acronym, a URL or an e-mail address) is left out here, so the checker never sees it.

A word is letters joined by apostrophes and hyphens ("child's", "well-being", "child’s"); quotes around a
word are not part of it. Left out: anything with a digit or an underscore (1.2.1a, 3rd, Y2K), one letter,
words with a capital after their first letter (YJS, YJB, HMIP, MoJ, YJSs, McDonald: acronyms and names),
URLs, e-mail addresses and dotted or slashed names (gov.uk, e.g., and/or).
"""

from __future__ import annotations

import re

Word = tuple[int, int, str]  # start, end (in the text), the word

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_NOT_LETTERS = re.compile(r"[\d_]")
# Spans that are not prose: URLs, e-mail addresses, ids, dotted and slashed names, paths.
_NOT_PROSE = re.compile(
    r"(?:[a-z][a-z+.\-]*://|www\.)\S+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|\w+(?:[./\\:@]\w+)+",
    re.IGNORECASE,
)


def words(text: str) -> list[Word]:
    """The words of `text` to check, in order."""
    found: list[Word] = []
    skip = [(m.start(), m.end()) for m in _NOT_PROSE.finditer(text)] if _has_marks(text) else []
    next_skip = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while next_skip < len(skip) and skip[next_skip][1] <= start:
            next_skip += 1
        if next_skip < len(skip) and skip[next_skip][0] < end:
            continue  # inside a URL, an address or an id
        word = match.group()
        if checkable(word):
            found.append((start, end, word))
    return found


def checkable(word: str) -> bool:
    """Whether `word` (one match of a word) is one to check."""
    if len(word) < 2 or _NOT_LETTERS.search(word):
        return False
    for part in word.split("-"):
        rest = part[1:]
        if rest != rest.lower():  # YJS, MoJ: an acronym or a name
            return False
    return True


def _has_marks(text: str) -> bool:
    return "." in text or "/" in text or "@" in text or ":" in text or "\\" in text


def normalised(word: str) -> str:
    """The word as the personal word list keeps it: a typographic apostrophe as a plain one."""
    return word.replace("’", "'")
