"""Shared set-up for the core of the inspection window: the real content, the demo inspection in a
file, a fake clock, and a second, read-only look at the file to check what reached it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inspector.app.edits import Edit
from inspector.app.session import Session
from inspector.content import Content, load_content
from inspector.demo import load_demo
from inspector.exchange.files import create_inspection_file
from inspector.inspection.model import Inspection
from inspector.store import InspectionFile


@dataclass
class FakeClock:
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 10, 30, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="session")
def demo(content: Content) -> Inspection:
    return load_demo(content)


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture()
def demo_path(tmp_path: Path, content: Content, demo: Inspection) -> Path:
    path = tmp_path / "Northmoor.yjsi"
    create_inspection_file(path, demo, content, "helen", "demo for tests")
    return path


@pytest.fixture()
def session(demo_path: Path, content: Content, clock: FakeClock) -> Iterator[Session]:
    opened = Session.open(demo_path, content, "jane", clock=clock)
    yield opened
    opened.close()


def on_disk(path: Path, content: Content) -> Inspection:
    """What the file holds, read by a second, read-only opener."""
    with InspectionFile.open(path, content.framework, "reader", read_only=True,
                             rating_scheme=content.rating_scheme) as reader:
        return reader.snapshot()


Step = tuple[object, ...]


def replay_against_file(
    steps: Sequence[Step], demo_path: Path, content: Content, folder: Path,
    make_edit: Callable[[Session, Step, int], Edit[object] | None],
) -> None:
    """Apply each step's edit to a copy of the demo (an ("undo",) step undoes the last one still applied)
    and check after every step that the snapshot in memory equals what a second reader finds in the file."""
    path = folder / "copy.yjsi"
    shutil.copy(demo_path, path)
    session = Session.open(path, content, "jane")
    done: list[Edit[object]] = []
    try:
        for number, step in enumerate(steps):
            if step[0] == "undo":
                if done:
                    session.undo(done.pop())
            elif (edit := make_edit(session, step, number)) is not None:
                session.apply(edit)
                done.append(edit)
            assert session.inspection == on_disk(path, content), step
    finally:
        session.close()
