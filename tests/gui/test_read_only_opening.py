"""The window opens read-only what it cannot open for editing, and says why: a file on a read-only medium,
or one changed outside the app in a way a read still shows truly. One whose reads could show what is not
stored (a view where a table belongs) is refused with its reason and no offer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from tests.gui.conftest import Answers
from tests.mounts import read_only_folder


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


def test_a_file_on_a_read_only_stick_opens_read_only_saying_why(
    controller: Controller, demo_path: Path, tmp_path: Path, answers: Answers
) -> None:
    with read_only_folder(tmp_path / "stick", [demo_path]) as stick:
        path = stick / demo_path.name
        answers.accept = False
        assert controller.open_path(path) is None
        assert answers.asked == [
            "Northmoor.yjsi cannot be opened for editing: the folder cannot be written to; open it read-only "
            "[Open read-only]"
        ]
        answers.accept = True
        window = controller.open_path(path)
        assert isinstance(window, InspectionWindow) and window.session.read_only
        assert "(read-only: the folder cannot be written to)" in window.windowTitle()
        assert window.saved_label.text() == "Read-only: the folder cannot be written to"
        window.close()


def test_a_file_changed_outside_is_offered_read_only(
    controller: Controller, demo_path: Path, answers: Answers
) -> None:
    _tamper(demo_path, "CREATE TRIGGER zz AFTER INSERT ON evidence BEGIN DELETE FROM evidence; END")
    window = controller.open_path(demo_path)
    assert answers.asked == [
        "Northmoor.yjsi was changed outside YJS Inspector: extra trigger zz; it can only be opened read-only, "
        "in the window [Open read-only]"
    ]
    assert isinstance(window, InspectionWindow) and window.session.read_only
    assert window.saved_label.text() == "Read-only: changed outside YJS Inspector: extra trigger zz"
    window.close()


def test_a_view_in_place_of_a_table_is_not_opened_at_all(
    controller: Controller, demo_path: Path, answers: Answers
) -> None:
    _tamper(demo_path, "ALTER TABLE evidence RENAME TO kept; CREATE VIEW evidence AS SELECT * FROM kept")
    assert controller.open_path(demo_path) is None
    assert answers.asked == []
    assert answers.said == [
        "Northmoor.yjsi was changed outside YJS Inspector: evidence is a view, not a table; it cannot be opened"
    ]
