"""One-line refusals of an exchange document, naming the field path and the problem."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from inspector.errors import UserError


class ExchangeError(UserError):
    """An exchange document the tool will not read: `field` is the dotted path, e.g. 'prompts.1.1.9z'."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


# pydantic's wording is for programmers; these say the same to an inspector editing a file by hand.
_PROBLEMS = {
    "missing": "is missing",
    "extra_forbidden": "is not a field of the exchange format",
    "string_type": "should be text",
    "int_type": "should be a whole number",
    "bool_type": "should be true or false",
    "dict_type": "should be an object ({...})",
    "model_type": "should be an object ({...})",
    "model_attributes_type": "should be an object ({...})",
    "list_type": "should be a list ([...])",
    "string_too_short": "should not be empty",
}


def shown(value: Any) -> str:
    """A value as the user wrote it: strings quoted, numbers as digits."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | Decimal):
        return str(value)
    containers: dict[type, str] = {dict: "an object", list: "a list"}
    return containers.get(type(value), type(value).__name__)


def from_validation_error(error: ValidationError) -> ExchangeError:
    """The first problem pydantic found, as one line."""
    first = error.errors()[0]
    path = ".".join(str(step) for step in first["loc"]) or "document"
    kind = first["type"]
    if kind == "greater_than_equal":
        problem = f"should be {first['ctx']['ge']} or more, not {shown(first['input'])}"
    elif kind in _PROBLEMS:
        problem = _PROBLEMS[kind]
        if kind.endswith("_type"):
            problem = f"{problem}, not {shown(first['input'])}"
    else:
        problem = first["msg"]
    return ExchangeError(path, problem)
