"""HMIP's rating scheme: which standards count, points, overall bands and the case-data rule.

Not from the standards seed but from HMIP's published youth justice methodology; the content
file (standards/rating-scheme.yaml) says so in its `source`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from inspector.framework.model import RATING_ORDER, Rating


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SchemeStandard(_Entry):
    id: str = Field(pattern=r"^\d\.\d$")
    title: str
    domain: int = Field(ge=1, le=4)
    counts_to_overall: bool
    rated_from: Literal["framework", "case_data"]
    not_rated_when: str = ""


class RatingBand(_Entry):
    """A closed range [minimum, maximum] of whole points mapped to a rating."""

    rating: Rating
    minimum: int = Field(ge=0)
    maximum: int = Field(ge=0)


class PercentageThreshold(_Entry):
    """A rating given from `from_percent` (inclusive) up to the next threshold (exclusive)."""

    rating: Rating
    from_percent: int = Field(ge=0, le=100)


class RatingScheme(_Entry):
    id: str
    title: str
    source: str
    standards: tuple[SchemeStandard, ...] = Field(min_length=1)
    points: dict[Rating, int]
    overall_bands: tuple[RatingBand, ...] = Field(min_length=4, max_length=4)
    case_data_rule: str
    case_data_bands: tuple[PercentageThreshold, ...] = Field(min_length=4, max_length=4)

    @model_validator(mode="after")
    def _complete(self) -> RatingScheme:
        if set(self.points) != set(RATING_ORDER):
            raise ValueError("points must give a value for each of the four ratings")
        top = sum(self.points[Rating.OUTSTANDING] for s in self.standards if s.counts_to_overall)
        _check_bands(self.overall_bands, 0, top, "overall_bands")
        thresholds = [b.from_percent for b in self.case_data_bands]
        if thresholds[0] != 0 or thresholds != sorted(set(thresholds)):
            raise ValueError("case_data_bands must start at 0 and rise")
        if {b.rating for b in self.case_data_bands} != set(RATING_ORDER):
            raise ValueError("case_data_bands must give each of the four ratings once")
        return self

    @property
    def counted(self) -> tuple[SchemeStandard, ...]:
        return tuple(s for s in self.standards if s.counts_to_overall)


def _check_bands(bands: tuple[RatingBand, ...], low: int, high: int, name: str) -> None:
    """Bands must cover low..high without gap or overlap."""
    ordered = sorted(bands, key=lambda b: b.minimum)
    expected = low
    for band in ordered:
        if band.minimum != expected or band.maximum < band.minimum:
            raise ValueError(f"{name} must cover {low}-{high} without gaps or overlaps (at {band.rating.value})")
        expected = band.maximum + 1
    if expected != high + 1:
        raise ValueError(f"{name} must end at {high}")
