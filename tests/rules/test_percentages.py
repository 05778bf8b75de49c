"""Exact percentages and the seed's percentage bands (lines 3146-3152), applied literally."""

from __future__ import annotations

from fractions import Fraction

import pytest

from inspector.framework.model import Framework
from inspector.rules.percentages import band_for, band_gap_note, one_decimal, percent, shown


@pytest.mark.parametrize(
    ("value", "band"),
    [
        pytest.param(Fraction(81), "Large majority", id="seed-3146-81-is-over-80"),
        pytest.param(Fraction(8001, 100), "Large majority", id="seed-3146-80.01-is-over-80"),
        pytest.param(Fraction(100), "Large majority", id="seed-3146-100"),
        pytest.param(Fraction(80), None, id="seed-3146-3148-exactly-80-in-no-band"),
        pytest.param(Fraction(795, 10), None, id="seed-3146-3148-79.5-in-no-band"),
        pytest.param(Fraction(79), "Reasonable majority", id="seed-3148-79"),
        pytest.param(Fraction(65), "Reasonable majority", id="seed-3148-65"),
        pytest.param(percent(13, 20), "Reasonable majority", id="seed-3148-13-of-20-is-exactly-65"),
        pytest.param(percent(7, 10), "Reasonable majority", id="seed-3148-7-of-10-is-70"),
        pytest.param(Fraction(645, 10), None, id="seed-3148-3150-64.5-in-no-band"),
        pytest.param(Fraction(64), "Too few", id="seed-3150-64"),
        pytest.param(Fraction(50), "Too few", id="seed-3150-50"),
        pytest.param(Fraction(4999, 100), "Minority", id="seed-3152-49.99-under-50"),
        pytest.param(Fraction(0), "Minority", id="seed-3152-0"),
    ],
)
def test_band(framework: Framework, value: Fraction, band: str | None) -> None:
    found = band_for(value, framework)
    assert (found.name if found else None) == band


def test_thirteen_of_twenty_is_exactly_sixty_five() -> None:
    assert percent(13, 20) == 65
    assert not percent(13, 20) < 65
    assert percent(2, 3) != Fraction(6667, 100)


@pytest.mark.parametrize(
    ("value", "lines"),
    [
        pytest.param(Fraction(80), "3146, 3148", id="seed-3146-3148-note-for-80"),
        pytest.param(Fraction(7999, 100), "3146, 3148", id="seed-3146-3148-note-for-79.99"),
        pytest.param(Fraction(6401, 100), "3148, 3150", id="seed-3148-3150-note-for-64.01"),
    ],
)
def test_band_gap_cites_the_editorial_note(framework: Framework, value: Fraction, lines: str) -> None:
    note = band_gap_note(value, framework)
    assert note is not None and note.lines == lines


@pytest.mark.parametrize(
    ("value", "rounded", "text"),
    [
        pytest.param(percent(13, 20), 65.0, "65%", id="seed-3148-13-of-20-shown-as-65"),
        pytest.param(percent(2, 3), 66.7, "66.7%", id="two-thirds-one-decimal"),
        pytest.param(Fraction(645, 10), 64.5, "64.5%", id="seed-3148-3150-64.5-kept"),
        pytest.param(Fraction(12345, 1000), 12.3, "12.3%", id="12.345-rounds-down"),
        pytest.param(Fraction(12350, 1000), 12.4, "12.4%", id="12.35-rounds-half-up-not-to-even"),
        pytest.param(percent(1, 8), 12.5, "12.5%", id="one-eighth"),
    ],
)
def test_display_rounding(value: Fraction, rounded: float, text: str) -> None:
    assert one_decimal(value) == rounded
    assert shown(value) == text
