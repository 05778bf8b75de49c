"""Exact percentages and the framework's percentage bands.

Percentages are fractions.Fraction throughout so that 13 of 20 is exactly 65 per cent (a float
could land a hair below and fall out of 'reasonable majority'); rounding happens only for display.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from inspector.framework.model import EditorialNote, Framework, PercentageBand


def percent(part: int, whole: int) -> Fraction:
    """part of whole, as an exact percentage; whole must be positive."""
    return Fraction(part * 100, whole)


def one_decimal(value: Fraction) -> float:
    """For display and JSON only: rounded half up to one decimal place, exactly."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def shown(value: Fraction) -> str:
    """'65%', '64.5%': whole numbers without a decimal point."""
    rounded = one_decimal(value)
    return f"{rounded:g}%"


def in_band(value: Fraction, band: PercentageBand) -> bool:
    """The band's bounds applied literally, as the seed prints them (lines 3146-3152)."""
    below_minimum = band.minimum is not None and (
        value < band.minimum or (value == band.minimum and not band.minimum_inclusive))
    above_maximum = band.maximum is not None and (
        value > band.maximum or (value == band.maximum and not band.maximum_inclusive))
    return not below_minimum and not above_maximum


def band_for(value: Fraction, framework: Framework) -> PercentageBand | None:
    """The one band the percentage falls in, or None in the gaps the seed leaves (exactly 80, above
    79 and below 80, above 64 and below 65). The engine does not close the gaps: see band_gap_note."""
    matches = [b for b in framework.percentage_bands if in_band(value, b)]
    return matches[0] if len(matches) == 1 else None


def band_gap_note(value: Fraction, framework: Framework) -> EditorialNote | None:
    """The editorial note explaining why a percentage falls in no band: the note that cites the
    source lines of the bands on either side of the gap."""
    below = [b for b in framework.percentage_bands if b.maximum is not None and b.maximum <= value]
    above = [b for b in framework.percentage_bands if b.minimum is not None and b.minimum >= value]
    if not below or not above:
        return None
    lower = max(below, key=lambda b: b.maximum or 0)
    upper = min(above, key=lambda b: b.minimum or 0)
    wanted = {str(lower.source_line), str(upper.source_line)}
    for note in framework.editorial_notes:
        if wanted <= {part.strip() for part in note.lines.split(",")}:
            return note
    return None


def named_band(framework: Framework, name: str) -> PercentageBand:
    """A band by the seed's name ('Reasonable majority'), for rules that use the term."""
    for band in framework.percentage_bands:
        if band.name.lower() == name.lower():
            return band
    raise KeyError(name)


def first_line(note: EditorialNote) -> int:
    """The first seed line a note cites ('3146, 3148' -> 3146; '1984-2009' -> 1984)."""
    return int(note.lines.split(",")[0].split("-")[0])
