"""The numbers an inspection can hold, shared by the exchange reader and the store's validation.

Whole numbers (counts, cases, resettlement cases) go into SQLite INTEGER columns, which hold 64 bits;
a larger one would be refused by SQLite halfway through writing a file. Percentages are exact decimals,
and a decimal's size is bounded before anything compares or formats it: Decimal("1e-999999") is one
short literal, but formatting it for a report writes a million digits.
"""

from __future__ import annotations

from decimal import Decimal

WHOLE_MIN = -(2**63)
WHOLE_MAX = 2**63 - 1
# A percentage is 0 to 100: three whole digits, and 20 decimal places is more than any tally needs
# (the exchange format keeps "64.99999999999999999", 17 places, exactly).
DECIMAL_MAX_PLACES = 20
DECIMAL_MAX_DIGITS = 40


def whole_problem(value: int) -> str | None:
    """Why `value` cannot be stored as a whole number, or None."""
    if WHOLE_MIN <= value <= WHOLE_MAX:
        return None
    return f"is beyond the whole numbers an inspection file can hold ({WHOLE_MIN} to {WHOLE_MAX})"


def decimal_problem(value: Decimal) -> str | None:
    """Why `value` is not a decimal number an inspection holds exactly, or None. Reads only its digits
    and exponent, so it costs nothing whatever the number's size."""
    if not value.is_finite():
        return "is not a number"
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    whole_digits = len(digits) + exponent
    if len(digits) > DECIMAL_MAX_DIGITS or exponent < -DECIMAL_MAX_PLACES or whole_digits > DECIMAL_MAX_DIGITS:
        return (f"has more digits than an inspection's numbers need (at most {DECIMAL_MAX_PLACES} decimal places and "
                f"{DECIMAL_MAX_DIGITS} digits)")
    return None
