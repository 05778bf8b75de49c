"""The national picture of the HMIP-wide archive: plain frozen values, no database, no Word.

`national_figures` (archive/national.py) fills these in from the archive's reader views; the Word report
(archive/national_report.py) and the CSV folder (archive/national_csv.py) write them out. Counts are of
inspections in the archive; a table lists every row the archive gives, never the first few only, so what
HMIP shares with the YJB and MoJ is the whole picture.

Seed 003 line 154: "Where strategic themes are emerging across inspections these are shared with MoJ and
YJB." Seed 003 line 164: "Discussions on progress made by inspected YOS take place through regular
quarterly engagement between the YJB and HMIP. Particular consideration is given to those services rated
'requires improvement' or 'inadequate'."
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# The four ratings, best first, as the exchange format and the rating scheme spell them.
RATINGS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
# Seed 003 line 164: "Particular consideration is given to those services rated 'requires improvement' or
# 'inadequate'."
CONCERN = ("Requires improvement", "Inadequate")
NOT_RATED = "Not rated"


@dataclass(frozen=True)
class RatingCounts:
    """How many inspections had each rating, in the order of RATINGS, and how many had none."""

    counts: tuple[int, int, int, int]
    not_rated: int = 0

    def __post_init__(self) -> None:
        if len(self.counts) != len(RATINGS) or min(self.counts, default=0) < 0 or self.not_rated < 0:
            raise ValueError(f"rating counts must be {len(RATINGS)} whole numbers, none negative")

    @property
    def rated(self) -> int:
        return sum(self.counts)

    @property
    def total(self) -> int:
        return self.rated + self.not_rated


@dataclass(frozen=True)
class StandardRatings:
    """One standard's ratings in one year and nation (year: of the fieldwork's last day)."""

    standard: str  # "1.1"
    title: str  # "Governance and leadership"
    year: int
    nation: str  # "England", "Wales"
    ratings: RatingCounts


@dataclass(frozen=True)
class OverallRatings:
    """The overall ratings of one year's inspections in one nation."""

    year: int
    nation: str
    ratings: RatingCounts


@dataclass(frozen=True)
class PromptBelow:
    """A prompt judged below the line, and in how many inspections."""

    prompt: str  # "1.2.1c"
    text: str
    below: int  # inspections that judged it below the line
    judged: int  # inspections that judged it at all

    @property
    def share(self) -> str:
        return _percent(self.below, self.judged)


@dataclass(frozen=True)
class KeyQuestionNo:
    """A key question answered 'no', and in how many inspections."""

    key_question: str  # "1.2.1"
    text: str
    no: int
    answered: int

    @property
    def share(self) -> str:
        return _percent(self.no, self.answered)


@dataclass(frozen=True)
class Recommendation:
    """A recommendation an inspection made to the YJB or the Ministry of Justice (seed 003 line 154: "Where
    recommendations are directed towards the YJB or MoJ ... HMIP shares these in advance of publication.")."""

    yjs: str
    fieldwork_end: date
    to: str  # "YJB", "MoJ", as the exchange format names them
    text: str


@dataclass(frozen=True)
class ServiceOfConcern:
    """A service whose latest overall rating is 'Requires improvement' or 'Inadequate', with where its
    improvement plan and any re-inspection stand, for the quarterly YJB–HMIP meeting."""

    yjs: str
    nation: str
    fieldwork_end: date
    overall: str  # one of CONCERN
    plan_received: date | None  # when HMIP received the improvement plan; None not yet
    follow_ups: int  # HMIP's follow-ups of progress against the plan
    last_follow_up: date | None
    # A later inspection of the same service in the archive: its fieldwork's last day and overall rating.
    reinspected: date | None
    reinspection_rating: str | None

    @property
    def plan(self) -> str:
        return f"Received {_long(self.plan_received)}" if self.plan_received else "Not yet received"

    @property
    def progress(self) -> str:
        if not self.follow_ups:
            return "No follow-up yet"
        times = "1 follow-up" if self.follow_ups == 1 else f"{self.follow_ups} follow-ups"
        return f"{times}, the last on {_long(self.last_follow_up)}" if self.last_follow_up else times

    @property
    def reinspection(self) -> str:
        if self.reinspected is None:
            return "Not yet re-inspected"
        rating = f", rated '{self.reinspection_rating}'" if self.reinspection_rating else ", not yet rated"
        return f"Re-inspected (fieldwork ended {_long(self.reinspected)}){rating}"


@dataclass(frozen=True)
class NationalFigures:
    """The whole national picture at one moment."""

    made_on: date
    source: str  # what the figures were read from, e.g. "the archive yjs_archive on db.hmip.local"
    inspections: int
    services: int
    first_fieldwork: date | None
    last_fieldwork: date | None
    by_standard: tuple[StandardRatings, ...]
    overall: tuple[OverallRatings, ...]
    prompts_below: tuple[PromptBelow, ...]  # most often below the line first
    key_questions_no: tuple[KeyQuestionNo, ...]  # most often 'no' first
    recommendations: tuple[Recommendation, ...]
    of_concern: tuple[ServiceOfConcern, ...]
    ratings: tuple[str, ...] = RATINGS

    @property
    def overall_total(self) -> RatingCounts:
        """Every inspection's overall rating, all years and nations together."""
        return _summed(o.ratings for o in self.overall)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({o.year for o in self.overall} | {s.year for s in self.by_standard}))

    @property
    def nations(self) -> tuple[str, ...]:
        return tuple(sorted({o.nation for o in self.overall} | {s.nation for s in self.by_standard}))

    def standard_totals(self) -> tuple[tuple[str, str, RatingCounts], ...]:
        """Each standard's ratings, all years and nations together, in the order the standards first come."""
        order: dict[str, str] = {}
        for row in self.by_standard:
            order.setdefault(row.standard, row.title)
        return tuple(
            (s, title, _summed(r.ratings for r in self.by_standard if r.standard == s)) for s, title in order.items()
        )

    @property
    def period(self) -> str:
        if self.first_fieldwork is None or self.last_fieldwork is None:
            return "no inspections"
        return f"fieldwork from {_long(self.first_fieldwork)} to {_long(self.last_fieldwork)}"


def _summed(rows: Iterable[RatingCounts]) -> RatingCounts:
    counts = [0] * len(RATINGS)
    not_rated = 0
    for r in rows:
        counts = [a + b for a, b in zip(counts, r.counts, strict=True)]
        not_rated += r.not_rated
    return RatingCounts((counts[0], counts[1], counts[2], counts[3]), not_rated)


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"
