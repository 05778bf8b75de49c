"""The words of a text that are spell-checked, with where each is: what is not a word to check (a number,
an id such as 1.2.1a, an acronym, a URL or an e-mail address) is left out here, so the checker never sees it.

A word is letters joined by apostrophes and hyphens ("child's", "well-being", "child’s"); quotes around a
word are not part of it. Left out: anything with a digit or an underscore (1.2.1a, 3rd, Y2K), one letter,
words with a capital after their first letter (YJS, YJB, HMIP, MoJ, YJSs, McDonald: acronyms and names),
URLs, e-mail addresses and dotted or slashed names (gov.uk, e.g., and/or).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

Word = tuple[int, int, str]  # start, end (in the text), the word

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_NOT_LETTERS = re.compile(r"[\d_]")
# What is not prose, taken whole between spaces: URLs (://), e-mail addresses (@), ids, dotted and slashed
# names and paths (a letter or digit on each side of . / \ : @).
_NOT_PROSE = re.compile(r"(?<!\S)\S*?(?:://|\w[./\\:@]\w)\S*")
_MARKS = frozenset("./\\:@")


def words(text: str) -> list[Word]:
    """The words of `text` to check, in order."""
    found: list[Word] = []
    skip = [m.span() for m in _NOT_PROSE.finditer(text)] if not _MARKS.isdisjoint(text) else []
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


def normalised(word: str) -> str:
    """The word as the personal word list keeps it: a typographic apostrophe as a plain one."""
    return word.replace("’", "'")


class ParagraphWords:
    """The words of one paragraph as it is edited, the same as `words(text)` each time; after a change only
    the stretch between the spaces around it is looked at again (typing into a paragraph of 5,000
    characters costs a few words' work, not 800)."""

    __slots__ = ("text", "words")

    def __init__(self) -> None:
        self.text = ""
        self.words: list[Word] = []

    def update(self, text: str) -> list[Word]:
        old = self.text
        if text == old:
            return self.words
        self.text = text
        if not old or not text:
            self.words = words(text)
            return self.words
        before = _common_prefix(old, text)
        after = _common_suffix(old, text, min(len(old), len(text)) - before)
        # Between spaces (or the ends), the words of a stretch of text are those of the whole text there.
        low = before
        while low > 0 and not text[low - 1].isspace():
            low -= 1
        high = len(text) - after
        while high < len(text) and not text[high].isspace():
            high += 1
        shift = len(text) - len(old)
        kept = self.words
        first = bisect_right(kept, low, key=_end)  # kept[:first] end before the stretch
        last = bisect_left(kept, high - shift, key=_start)  # kept[last:] begin after it (in the old text)
        middle = [(start + low, end + low, word) for start, end, word in words(text[low:high])]
        tail = kept[last:] if not shift else [(start + shift, end + shift, word) for start, end, word in kept[last:]]
        self.words = [*kept[:first], *middle, *tail]
        return self.words


def _start(word: Word) -> int:
    return word[0]


def _end(word: Word) -> int:
    return word[1]


def _common_prefix(a: str, b: str) -> int:
    """The length of the start `a` and `b` share (halving: each comparison runs in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, at_most: int) -> int:
    low, high = 0, at_most
    la, lb = len(a), len(b)
    while low < high:
        middle = (low + high + 1) // 2
        if a[la - middle:] == b[lb - middle:]:
            low = middle
        else:
            high = middle - 1
    return low
