"""The one gate for text: what a Word document (XML 1.0) and an inspection file can hold.

Every text that enters — an exchange file, an edit the store validates, text pasted into the window —
is checked here, so the reader, the store and the reports agree on what is refused. Refused:

- lone surrogates (U+D800–U+DFFF): valid in JSON ("\\ud800") but not Unicode text; SQLite cannot
  encode one and XML cannot hold one;
- C0 controls other than tab, line feed and carriage return (a vertical tab or form feed pasted from
  Word): XML 1.0 has no way to write them;
- the 66 noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and U+FFFF
  among them): XML 1.0 excludes U+FFFE/U+FFFF and discourages the rest, and Unicode reserves them all
  for a program's internal use, so one in an inspector's text is damage, never meaning.

A problem names the character by its code point and its position, never the text around it: the text
is about children and must not reach an error message or a log.
"""

from __future__ import annotations

import re

_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f"
_REFUSED = re.compile(f"[{_CONTROLS}\ud800-\udfff{_NONCHARACTERS}]")
_REFUSED_ASCII = re.compile(f"[{_CONTROLS}]")


def text_problem(value: str) -> str | None:
    """Why `value` cannot be held ("holds a character Word cannot hold (U+0001) at position 5", the
    position counted from 1), or None when it can."""
    # Almost every text is ASCII (a flag CPython keeps), and most of those printable: a search through the
    # whole class, astral noncharacters and all, costs six times as much over a 10x inspection's texts.
    if value.isascii():
        found = None if value.isprintable() else _REFUSED_ASCII.search(value)
    else:
        found = _REFUSED.search(value)
    if found is None:
        return None
    return f"holds a character Word cannot hold (U+{ord(found.group()):04X}) at position {found.start() + 1}"


def cleaned(value: str) -> tuple[str, int]:
    """`value` without the characters `text_problem` refuses, and how many were removed."""
    # Every text a report shows passes through here (30,000 at 30× the demo): the ASCII ones, almost all,
    # are checked as in `text_problem`, without the search through the whole class.
    if value.isascii():
        return (value, 0) if value.isprintable() else _REFUSED_ASCII.subn("", value)
    return _REFUSED.subn("", value)


def paste_notice(removed: int) -> str:
    """What the window says when it removed characters from pasted text."""
    which = "character" if removed == 1 else "characters"
    return f"Removed {removed} {which} from the pasted text that a Word document cannot hold"
