"""On the command line, who records is a person from the inspection's team (`--as NAME`, by default the
lead inspector), never the computer account, which the audit log keeps beside the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.cli import main
from inspector.content import Content
from inspector.demo import demo_file
from inspector.exchange.files import read_exchange_file
from inspector.store import InspectionFile
from inspector.store.audit import computer_account


def _log(path: Path, content: Content) -> list[tuple[str, str | None]]:
    with InspectionFile.open(path, content.framework, "", read_only=True, rating_scheme=content.rating_scheme) as f:
        return [(e.user, e.login) for e in f.audit()]


def test_the_lead_inspector_is_who_by_default_and_a_member_may_say_who_they_are(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    details = read_exchange_file(demo_file(), content).details
    assert details.lead_inspector and details.team and computer_account() not in (details.lead_inspector, *details.team)
    lead = tmp_path / "lead.yjsi"
    assert main(["demo", str(lead)]) == 0
    assert set(_log(lead, content)) == {(details.lead_inspector, computer_account())}

    member = tmp_path / "member.yjsi"
    assert main(["import", str(demo_file()), str(member), "--as", details.team[0]]) == 0
    assert {user for user, _ in _log(member, content)} == {details.team[0]}


def test_a_name_outside_the_team_is_refused_in_one_line_and_nothing_is_made(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.yjsi"
    assert main(["import", str(demo_file()), str(target), "--as", "root"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: --as: 'root' is not in the inspection's team (") and "\n" not in error
    assert not target.exists()
