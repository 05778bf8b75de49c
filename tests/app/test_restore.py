"""The restore offer for a damaged file: every backup, newest first, with when it was taken, how long ago
and what it holds, beside what the damaged file last held; the newest good one offered first. Reading
the offer changes neither the backups nor the damaged file."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inspector.app.restore import age, restore_offer, taken_at
from inspector.content import Content
from inspector.demo import load_demo
from inspector.exchange.files import create_inspection_file
from inspector.inspection.model import Sufficiency
from inspector.store import DamagedFile, InspectionFile

# An hour ahead: the backups taken at "now" by `create_inspection_file` come before those taken at NOW - 20 min.
NOW = datetime.now(UTC) + timedelta(hours=1)


@pytest.mark.parametrize(("elapsed", "said"), [
    (timedelta(seconds=30), "just now"), (timedelta(minutes=1), "1 minute ago"),
    (timedelta(minutes=59), "59 minutes ago"),
    (timedelta(hours=1, minutes=50), "1 hour ago"), (timedelta(hours=23), "23 hours ago"),
    (timedelta(days=1, hours=5), "1 day ago"), (timedelta(days=6), "6 days ago"),
])
def test_an_age_is_said_in_its_largest_whole_unit(elapsed: timedelta, said: str) -> None:
    assert age(elapsed) == said


def test_a_time_is_said_in_local_time_as_hmip_writes_dates() -> None:
    local = NOW.astimezone()
    assert taken_at(NOW) == f"{local:%a} {local.day} {local:%b %Y %H:%M}"


def _damaged(path: Path, content: Content) -> DamagedFile:
    page = 4096
    with path.open("r+b") as f:
        f.seek(page * (path.stat().st_size // page // 2))
        f.write(random.Random(3).randbytes(page))
    with pytest.raises(DamagedFile) as raised:
        InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme)
    return raised.value


def test_the_offer_lists_the_backups_newest_first_with_what_each_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "Northmoor.yjsi"
    demo = load_demo(content)
    create_inspection_file(path, demo, content, "helen", "demo")  # its first backup holds the demo
    judged = sum(j.sufficiency is not None for j in demo.judgements)
    later = lambda: NOW - timedelta(minutes=20)  # noqa: E731
    with InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme, clock=later) as f:
        f.set_sufficiency(demo.judgements[0].prompt_id, None)
        f.backup_now()
    folder = path.with_name("Northmoor.yjsi.backups")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    damaged = _damaged(path, content)
    damaged_bytes = path.read_bytes()

    offer = restore_offer(damaged, tmp_path / "elsewhere", NOW)
    assert offer.headline == f"Northmoor.yjsi is damaged ({damaged.problem}) and was not changed."
    assert offer.last_held.startswith("The damaged file last held: ")
    assert [row.judged for row in offer.rows] == [str(judged - 1), str(judged)]
    assert [row.evidence for row in offer.rows] == [str(len(demo.evidence))] * 2
    assert [row.interviews for row in offer.rows] == [str(len(demo.interviews))] * 2
    assert offer.rows[0].age == "20 minutes ago" and offer.default == 0
    assert offer.rows[0].described == (
        f"{taken_at(NOW - timedelta(minutes=20))} (20 minutes ago): {judged - 1} prompts "
        f"judged, {len(demo.evidence)} evidence items, {len(demo.interviews)} interviews")
    # Read-only throughout: neither a backup nor the damaged file changed, nothing added beside them.
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert path.read_bytes() == damaged_bytes


def test_a_damaged_backup_is_listed_but_not_offered(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "Leeds.yjsi"
    demo = load_demo(content)
    create_inspection_file(path, demo, content, "helen", "demo")
    with InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme,
                             clock=lambda: NOW - timedelta(minutes=20)) as f:
        f.set_sufficiency(demo.judgements[0].prompt_id, Sufficiency.ABOVE if demo.judgements[0].sufficiency
                          is Sufficiency.BELOW else Sufficiency.BELOW)
        newest = f.backup_now()
    newest.write_bytes(b"garbage" * 100)
    offer = restore_offer(_damaged(path, content), tmp_path, NOW)
    assert offer.rows[0].path == newest and not offer.rows[0].restorable
    assert offer.rows[0].problem == "it is not a database" and offer.rows[0].judged == "—"
    assert offer.default == 1 and offer.rows[1].restorable


def test_a_file_of_which_nothing_can_be_read_says_so(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "Leeds.yjsi"
    create_inspection_file(path, load_demo(content), content, "helen", "demo")
    path.write_bytes(path.read_bytes()[:100] + b"\0" * 8000)  # the header only
    offer = restore_offer(DamagedFile(path, "wiped", None), tmp_path, NOW)
    assert offer.last_held == "The damaged file last held: nothing that can be read."
    assert offer.default == 0
