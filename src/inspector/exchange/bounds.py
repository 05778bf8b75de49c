"""What parsed JSON may hold before anything reads it as an exchange document: text a Word document
can hold, numbers an inspection file can hold, and no deeper nesting than the format has.

Checked on the whole parsed value, keys included, so no field can carry such a value past the reader
by being one the models do not name; each refusal names the field path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from inspector.exchange.errors import ExchangeError
from inspector.numbers import WHOLE_MAX, WHOLE_MIN, decimal_problem, whole_problem
from inspector.text import text_problem

# The format's deepest value is five levels down (case_data.2.1.Desistance.cases, or
# prompts.1.1.1a.evidence.0.text); the limit leaves room without letting a file nest without end.
MAX_DEPTH = 16
# json.loads turns every whole number's digits into an int, and Python refuses more than 4,300 digits
# with a ValueError that names no field; no whole number an inspection holds needs more than 19.
MAX_WHOLE_DIGITS = 19


@dataclass(frozen=True)
class LongWhole:
    """A whole number with too many digits to convert, kept for the walk to refuse with its path."""

    digits: int


@dataclass(frozen=True)
class Constant:
    """NaN, Infinity or -Infinity, which Python's parser reads and JSON does not allow; kept for the walk to
    refuse with its path."""

    name: str


def constant(name: str) -> Constant:
    """json.loads' parse_constant."""
    return Constant(name)


def whole(text: str) -> int | LongWhole:
    """json.loads' parse_int: the int, or a LongWhole when converting it would be refused or pointless."""
    digits = len(text.lstrip("-"))
    return LongWhole(digits) if digits > MAX_WHOLE_DIGITS else int(text)


def check_bounds(value: Any, source: str | bytes | None) -> None:
    """Refuse, naming the field path, the first value in `value` (parsed from the JSON text `source`, or
    written as its UTF-8 bytes) that no inspection can hold. Its texts are looked at one by one only when
    the source could hold a refused character at all (or there is no source): the look at the source costs
    a fortieth of the text-by-text check (5 ms against 200 at 10x), and most files hold none."""
    _check(value, "document", 0, texts=source is None or _may_hold_refused(source))


# The JSON escapes that can make a refused character: the short \b and \f (a backspace and a form feed,
# as Python's and most writers' JSON spell them), \u0000–\u001F, surrogates (lone, or a pair making an
# astral noncharacter), \uFDD0–\uFDEF, \uFFFE and \uFFFF. A "\\u0001" or "\\f" (an escaped backslash)
# also matches, which only costs the text-by-text check.
_REFUSED_ESCAPE = re.compile(rb"\\(?:[bf]|u(?:00[01]|[dD][89a-fA-F]|[fF][dD][dDeE]|[fF]{3}[eEfF]))")
# In UTF-8, U+FDD0–U+FDEF begin EF B7, and every U+xFFFE / U+xFFFF ends BF BE / BF BF; a few real
# characters share these bytes (U+FDC0, U+1FFE), which again only costs the slower check. A control
# character cannot be in the source as itself: JSON refuses one inside a string, and outside one too.
_NONCHARACTER_BYTES = (b"\xef\xb7", b"\xbf\xbe", b"\xbf\xbf")


def _may_hold_refused(source: str | bytes) -> bool:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = source.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate as itself
            return True
    # A marker's first byte is looked for first: one byte is found at memory speed, and EF and BF are rare
    # (U+F000–U+FFFF), where a search for the pair takes 4 ms a marker on 4 MB.
    return bool(_REFUSED_ESCAPE.search(data)) or any(
        marker[:1] in data and marker in data for marker in _NONCHARACTER_BYTES
    )


def _check(value: Any, path: str, depth: int, *, texts: bool) -> None:
    kind = type(value)
    if kind is not dict and kind is not list:
        _check_scalar(value, path, texts=texts)
        return
    if depth >= MAX_DEPTH:
        raise ExchangeError(path, f"is nested more than {MAX_DEPTH} deep; the exchange format is not")
    # The common values are settled here without a call or a path: this runs over every value of a file.
    for key, item in value.items() if kind is dict else enumerate(value):
        if texts and isinstance(key, str) and (problem := text_problem(key)):  # a name, not a list's index
            # The name itself cannot be shown, so the path stops at the object that holds it.
            raise ExchangeError(path, f"the name of an entry {problem}")
        step = type(item)
        if step is str:
            if texts:
                _check_scalar(item, _joined(path, str(key)), texts=True)
        elif step is dict or step is list:
            _check(item, _joined(path, str(key)), depth + 1, texts=texts)
        elif not (step is int and WHOLE_MIN <= item <= WHOLE_MAX) and step is not bool and item is not None:
            _check_scalar(item, _joined(path, str(key)), texts=texts)


def _check_scalar(value: Any, path: str, *, texts: bool) -> None:
    problem: str | None = None
    if isinstance(value, str):
        problem = text_problem(value) if texts else None
    elif isinstance(value, Constant):
        problem = f"{value.name} is not a number JSON allows"
    elif isinstance(value, LongWhole):
        problem = f"is a whole number of {value.digits} digits, beyond what an inspection file can hold"
    elif isinstance(value, int) and not isinstance(value, bool):
        problem = whole_problem(value)
    elif isinstance(value, Decimal):
        problem = decimal_problem(value)
    if problem:
        raise ExchangeError(path, problem)


def _joined(path: str, key: str) -> str:
    # A path names the field the user sees ("prompts.1.1.1a"), so the whole document is no step of it.
    return key if path == "document" else f"{path}.{key}"
