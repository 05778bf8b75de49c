"""The one gate for text (inspector/text.py): what it refuses, where it says it is, and the cleaning."""

from __future__ import annotations

import pytest

from inspector.text import cleaned, text_problem

REFUSED = (
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + ["\ud800", "\udfff", "\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
)
KEPT = ["\t", "\n", "\r", "é", "ŵ", "’", "\u0085", "\u007f", "\ufffd", "\ufdcf", "\ufdf0", "😀", "\U0010fffd"]


@pytest.mark.parametrize("character", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
def test_refused_characters_are_named_by_code_point_and_position(character: str) -> None:
    assert text_problem(f"abcd{character}ef") == (
        f"holds a character Word cannot hold (U+{ord(character):04X}) at position 5")


@pytest.mark.parametrize("character", KEPT, ids=[f"U+{ord(c):04X}" for c in KEPT])
def test_text_an_inspector_types_passes(character: str) -> None:
    assert text_problem(f"Good {character} work") is None


def test_the_problem_never_quotes_the_text() -> None:
    problem = text_problem("Child K disclosed\x0b more")
    assert problem is not None and "Child" not in problem and "disclosed" not in problem


def test_cleaning_removes_every_refused_character_and_counts_them() -> None:
    text, removed = cleaned("".join(REFUSED) + "kept\ttext")
    assert (text, removed) == ("kept\ttext", len(REFUSED))
    assert cleaned("nothing to do") == ("nothing to do", 0)
    # ASCII text (checked without the whole class): its controls go, its tabs and line breaks stay.
    assert cleaned("one\x0btwo\x0c\tthree\r\nfour\x00") == ("onetwo\tthree\r\nfour", 3)


def test_all_66_noncharacters_are_refused() -> None:
    noncharacters = [c for c in range(0x110000) if 0xFDD0 <= c <= 0xFDEF or c & 0xFFFE == 0xFFFE]
    assert len(noncharacters) == 66
    assert all(text_problem(chr(c)) for c in noncharacters)
