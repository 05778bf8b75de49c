"""The demo inspection copied into the app's data folder: made once, then reused as it is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from inspector.app.places import APP_NAME, DEMO_FILE, data_folder, demo_inspection
from inspector.content import Content
from inspector.inspection.model import Inspection, Sufficiency
from inspector.store import InspectionFile
from tests.app.conftest import on_disk


def test_the_demo_is_made_from_the_bundled_demo_once(tmp_path: Path, content: Content, demo: Inspection) -> None:
    folder = tmp_path / "data"
    path = demo_inspection(content, folder)
    assert path == folder / DEMO_FILE
    assert on_disk(path, content) == demo

    with InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme) as f:
        f.set_sufficiency("1.1.1a", Sufficiency.BELOW)
    assert demo_inspection(content, folder) == path  # the inspector's practice is kept
    assert on_disk(path, content).judgement("1.1.1a").sufficiency is Sufficiency.BELOW


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG data folder is Linux's")
def test_the_data_folder_is_the_apps_own_in_the_users_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_folder() == tmp_path / APP_NAME
