"""Shared set-up for the inspection-file tests: the real framework, a fake clock, a base inspection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.content import Content, load_content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    Evidence,
    EvidenceTag,
    InspectionDetails,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    Nation,
    Recipient,
    Recommendation,
    SourceKind,
    Sufficiency,
    TalliedPercentage,
)
from inspector.store import InspectionFile


@dataclass
class FakeClock:
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 10, 30, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


DETAILS = InspectionDetails(
    yjs="Leeds Youth Justice Service", nation=Nation.ENGLAND, lead_inspector="Jane Inspector",
    id="inspection-1",
)
EVIDENCE_1 = Evidence(
    "1.2.1c", "Caseloads seen in the team meeting", SourceKind.MEETING, reference="M3", recorded_by="jane",
    recorded_at=datetime(2026, 11, 17, 9, 15, tzinfo=UTC), tag=EvidenceTag.STRENGTH, id="evidence-1",
)
INTERVIEW_1 = Interview(
    reference="CM-01", form_id="case-manager", form_version="1", date=date(2026, 11, 18), inspector="jane",
    responses=(("q1", InterviewResponse(InterviewAnswer.YES, "good supervision")),
               ("q2", InterviewResponse(InterviewAnswer.NOT_ASKED))),
    id="interview-1",
)
RECOMMENDATION_1 = Recommendation("Review staffing levels", Recipient.YJS, id="recommendation-1")
COUNT_1 = CaseCount("2.1", "Does assessment focus on keeping the child safe?", 5, 10)


def fill(f: InspectionFile) -> None:
    """The base content every edit test starts from: one of each kind of record."""
    f.set_recommendation(RECOMMENDATION_1)
    f.set_sufficiency("1.1.1a", Sufficiency.ABOVE)
    f.add_evidence(EVIDENCE_1)
    f.set_answer("1.1.1", Answer.YES, "Board attendance is strong")
    f.set_proposal("1.1", Rating.GOOD, "Most prompts above the line")
    f.add_interview(INTERVIEW_1)
    f.set_tally("1.2.1d", TalliedPercentage("1.2.1d", Decimal("50"), 8))
    f.set_case_rating("2.1", Rating.GOOD)
    f.set_case_count(COUNT_1)


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    return tmp_path / "Leeds.yjsi"


@pytest.fixture()
def make(path: Path, content: Content, clock: FakeClock) -> Callable[..., InspectionFile]:
    """Create the inspection file at `path` (the user is "jane")."""

    def create(**options: object) -> InspectionFile:
        options = {"rating_scheme": content.rating_scheme, "clock": clock, **options}
        return InspectionFile.create(path, content.framework, DETAILS, "jane", **options)  # type: ignore[arg-type]

    return create


@pytest.fixture()
def opener(path: Path, content: Content, clock: FakeClock) -> Callable[..., InspectionFile]:
    def open_(user: str = "jane", **options: object) -> InspectionFile:
        options = {"rating_scheme": content.rating_scheme, "clock": clock, **options}
        return InspectionFile.open(path, content.framework, user, **options)  # type: ignore[arg-type]

    return open_


@pytest.fixture()
def filled(make: Callable[..., InspectionFile]) -> Iterator[InspectionFile]:
    f = make()
    fill(f)
    yield f
    f.close()


def integrity(path: Path) -> str:
    """SQLite's own verdict ("ok", or the first problem), read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
