"""Exact percentages and the framework's percentage bands (seed lines 3146-3152), read as framework.yaml
declares: each band from its lower bound, inclusive, up to the next band's (the editorial note on lines
3146-3152 says why)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from inspector.framework.model import Framework
from inspector.rules.percentages import band_for, in_band, one_decimal, percent, reaches, shown


@pytest.mark.parametrize(
    ("value", "band"),
    [
        pytest.param(Fraction(81), "Large majority", id="seed-3146-81-is-over-80"),
        pytest.param(Fraction(8001, 100), "Large majority", id="seed-3146-80.01-is-over-80"),
        pytest.param(Fraction(100), "Large majority", id="seed-3146-100"),
        pytest.param(Fraction(80), "Large majority", id="seed-3146-3148-exactly-80-is-a-large-majority"),
        pytest.param(percent(16, 20), "Large majority", id="seed-3146-16-of-20"),
        pytest.param(percent(8, 10), "Large majority", id="seed-3146-8-of-10"),
        pytest.param(percent(4, 5), "Large majority", id="seed-3146-4-of-5"),
        pytest.param(Fraction(7999, 100), "Reasonable majority", id="seed-3146-3148-79.99-below-80"),
        pytest.param(Fraction(795, 10), "Reasonable majority", id="seed-3146-3148-79.5"),
        pytest.param(Fraction(79), "Reasonable majority", id="seed-3148-79"),
        pytest.param(Fraction(65), "Reasonable majority", id="seed-3148-65"),
        pytest.param(percent(13, 20), "Reasonable majority", id="seed-3148-13-of-20-is-exactly-65"),
        pytest.param(percent(7, 10), "Reasonable majority", id="seed-3148-7-of-10-is-70"),
        pytest.param(Fraction(6499, 100), "Too few", id="seed-3148-3150-64.99-below-65"),
        pytest.param(Fraction(645, 10), "Too few", id="seed-3148-3150-64.5"),
        pytest.param(Fraction(64), "Too few", id="seed-3150-64"),
        pytest.param(Fraction(50), "Too few", id="seed-3150-3152-exactly-50-is-too-few"),
        pytest.param(Fraction(4999, 100), "Minority", id="seed-3152-49.99-under-50"),
        pytest.param(Fraction(0), "Minority", id="seed-3152-0"),
    ],
)
def test_band(framework: Framework, value: Fraction, band: str) -> None:
    assert band_for(value, framework).name == band


def _bands_holding(value: Fraction, framework: Framework) -> list[str]:
    return [b.name for b in framework.percentage_bands if in_band(value, b, framework)]


def test_every_hundredth_of_a_per_cent_is_in_exactly_one_band(framework: Framework) -> None:
    for hundredths in range(10_001):
        value = Fraction(hundredths, 100)
        holding = _bands_holding(value, framework)
        assert len(holding) == 1, (value, holding)
        assert band_for(value, framework).name == holding[0]


def test_every_n_of_m_up_to_40_is_in_exactly_one_band(framework: Framework) -> None:
    for whole in range(1, 41):
        for part in range(whole + 1):
            holding = _bands_holding(percent(part, whole), framework)
            assert len(holding) == 1, (part, whole, holding)


@pytest.mark.parametrize(
    ("bound", "higher", "lower"),
    [
        pytest.param(50, "Too few", "Minority", id="seed-3150-3152-at-50"),
        pytest.param(65, "Reasonable majority", "Too few", id="seed-3148-3150-at-65"),
        pytest.param(80, "Large majority", "Reasonable majority", id="seed-3146-3148-at-80"),
    ],
)
def test_a_boundary_lands_in_the_higher_band(framework: Framework, bound: int, higher: str, lower: str) -> None:
    assert band_for(Fraction(bound), framework).name == higher
    assert band_for(Fraction(bound) - Fraction(1, 10**6), framework).name == lower


def test_thresholds_read_the_same_way() -> None:
    # Seed line 888: "less than a reasonable majority (below 65 per cent)": 65 itself reaches it.
    assert reaches(Fraction(65), 65)
    assert not reaches(Fraction(6499, 100), 65)


def test_thirteen_of_twenty_is_exactly_sixty_five() -> None:
    assert percent(13, 20) == 65
    assert not percent(13, 20) < 65
    assert percent(2, 3) != Fraction(6667, 100)


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
