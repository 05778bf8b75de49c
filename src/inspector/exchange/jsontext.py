"""JSON text for the exchange format: exact numbers in, stable bytes out.

Percentages are Decimals end to end: read with `parse_float=Decimal` and written digit for digit,
so 72.5 never becomes 72.49999…; the writer keeps the key order it is given and always lays the
text out the same way, so export → import → export gives identical bytes.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from json.encoder import encode_basestring  # the C encoder's string escaping, non-ASCII kept as is
from typing import Any

from inspector.exchange.bounds import MAX_DEPTH, check_bounds, constant, whole
from inspector.exchange.errors import ExchangeError
from inspector.text import text_problem

_INDENT = "  "


def parse(text: str) -> Any:
    """Parse JSON text; numbers with a fraction or exponent become Decimal, never float. What no
    inspection can hold (exchange/bounds.py) is refused here, naming its field path."""
    try:
        raw = json.loads(
            text, parse_float=Decimal, parse_int=whole, parse_constant=constant,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ExchangeError("document", f"is not valid JSON ({where}: {exc.msg})") from None
    except RecursionError:
        # The C parser recurses once per level; far past the format's depth it runs out of stack.
        raise ExchangeError("document", f"is nested more than {MAX_DEPTH} deep; the exchange format is not") from None
    check_bounds(raw, text)
    return raw


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys; a hand-edited file that says
    # "1.1.1a" twice is ambiguous, so it is refused rather than half-read.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # A name that cannot be printed (a lone surrogate) is not quoted.
            named = "a name" if text_problem(key) else f"'{key}'"
            raise ExchangeError("document", f"{named} appears twice in one object")
        result[key] = value
    return result


def dumps(value: Any) -> str:
    """Two-space indented JSON in the given key order, UTF-8 text as is, ending with a newline."""
    out: list[str] = []
    _write(value, "\n", out)
    out.append("\n")
    return "".join(out)


def _write(value: Any, pad: str, out: list[str]) -> None:
    """Append `value` as JSON; `pad` is the newline and indent of the line it is on."""
    kind = type(value)
    if kind is dict:
        if not value:
            out.append("{}")
            return
        inner = pad + _INDENT
        separator = "{" + inner
        for key, item in value.items():
            out.append(separator)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
            separator = "," + inner
        out.append(pad + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = pad + _INDENT
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, inner, out)
            separator = "," + inner
        out.append(pad + "]")
    elif kind is str:
        out.append(encode_basestring(value))
    else:
        out.append(_scalar(value))


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as JSON")
        return str(value)  # Decimal's own text is valid JSON: 72.5, 65, 1E+2
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Enum):
        return encode_basestring(value.value)
    if isinstance(value, date | datetime):
        return encode_basestring(value.isoformat())
    raise TypeError(f"cannot write {type(value).__name__} as exchange JSON")
