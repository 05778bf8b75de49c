"""Exact percentages, the framework's percentage bands and the one boundary reading every band and
threshold uses (`reaches`).

Percentages are fractions.Fraction throughout so that 13 of 20 is exactly 65 per cent (a float
could land a hair below and fall out of 'reasonable majority'); rounding happens only for display.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from inspector.framework.model import Framework, PercentageBand


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


def reaches(value: Fraction, bound: int) -> bool:
    """Whether a percentage reaches a band's lower bound or a threshold: at it or above. This is the
    boundary reading framework.yaml declares for the percentage bands (each from its `from_percent`,
    inclusive; editorial note on seed lines 3146-3152), and it is how the seed's thresholds read (seed line
    888: "less than a reasonable majority (below 65 per cent)") and the rating scheme's case-data bands too."""
    return value >= bound


def in_band(value: Fraction, band: PercentageBand, framework: Framework) -> bool:
    """From the band's `from_percent` (reached) up to the next band's (not reached)."""
    above = min(
        (b.from_percent for b in framework.percentage_bands if b.from_percent > band.from_percent), default=None)
    return reaches(value, band.from_percent) and (above is None or not reaches(value, above))


def band_for(value: Fraction, framework: Framework) -> PercentageBand:
    """The one band a percentage (0 to 100) falls in. There is always exactly one: the loader makes sure the
    lowest band starts at 0 and no two bands start at the same percentage."""
    [band] = [b for b in framework.percentage_bands if in_band(value, b, framework)]
    return band


def named_band(framework: Framework, name: str) -> PercentageBand:
    """A band by the seed's name ('Reasonable majority'), for rules that use the term."""
    for band in framework.percentage_bands:
        if band.name.lower() == name.lower():
            return band
    raise KeyError(name)
