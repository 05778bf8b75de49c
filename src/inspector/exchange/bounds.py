"""What parsed JSON may hold before anything reads it as an exchange document: text a Word document
can hold, numbers an inspection file can hold, and no deeper nesting than the format has.

Checked on the whole parsed value, keys included, so no field can carry such a value past the reader
by being one the models do not name; each refusal names the field path.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from inspector.exchange.errors import ExchangeError
from inspector.numbers import decimal_problem, whole_problem
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


def check_bounds(value: Any, path: str = "document", depth: int = 0) -> None:
    """Refuse, naming the field path, the first value no inspection can hold."""
    if isinstance(value, str):
        problem = text_problem(value)
        if problem:
            raise ExchangeError(path, problem)
    elif isinstance(value, bool):
        return
    elif isinstance(value, Constant):
        raise ExchangeError(path, f"{value.name} is not a number JSON allows")
    elif isinstance(value, LongWhole):
        raise ExchangeError(path, f"is a whole number of {value.digits} digits, beyond what an inspection "
                                  "file can hold")
    elif isinstance(value, int):
        problem = whole_problem(value)
        if problem:
            raise ExchangeError(path, problem)
    elif isinstance(value, Decimal):
        problem = decimal_problem(value)
        if problem:
            raise ExchangeError(path, problem)
    elif isinstance(value, dict | list):
        if depth >= MAX_DEPTH:
            raise ExchangeError(path, f"is nested more than {MAX_DEPTH} deep; the exchange format is not")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(key, str) and (problem := text_problem(key)):
                # The name itself cannot be shown, so the path stops at the object that holds it.
                raise ExchangeError(path, f"the name of an entry {problem}")
            check_bounds(item, _joined(path, str(key)), depth + 1)


def _joined(path: str, key: str) -> str:
    # A path names the field the user sees ("prompts.1.1.1a"), so the whole document is no step of it.
    return key if path == "document" else f"{path}.{key}"
