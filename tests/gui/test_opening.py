"""Starting and opening: the start window, the demo, recent files, and a clear message for every
refusal the store gives (locked, damaged with a backup to restore, another framework, a newer file
format, not an inspection file)."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from inspector.app.places import DEMO_FILE, backup_folder
from inspector.app.restore import RestoreOffer, taken_at
from inspector.content import Content
from inspector.gui.controller import Controller
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.restore_dialog import RestoreDialog
from inspector.inspection.model import Evidence, Inspection, SourceKind, Sufficiency
from inspector.store import InspectionFile
from inspector.store.backups import default_folder
from tests.gui.conftest import Answers, on_disk


def test_the_start_window_opens_the_demo_and_lists_it(
    qtbot: QtBot, controller: Controller, tmp_path: Path, content: Content
) -> None:
    start = controller.show_start()
    qtbot.waitExposed(start)
    assert start.no_recent.isVisible() and not start.recent_view.isVisible()
    qtbot.mouseClick(start.demo_button, Qt.MouseButton.LeftButton)
    (window,) = controller.windows
    demo = tmp_path / "data" / DEMO_FILE
    assert window.session.path == demo and demo.is_file()
    assert window.session.inspection.details.yjs == "Northmoor Youth Justice Service"
    qtbot.waitUntil(lambda: controller.start_window is None)  # the start window makes way
    controller.close_to_start(window)
    start = controller.start_window
    assert start is not None and start.recent_view.isVisible()
    assert start.recent_model.index(0, 0).data().startswith("Northmoor Youth Justice Service\n")

    # Reopen from the list with the keyboard.
    start.recent_view.setFocus()
    qtbot.keyClick(start.recent_view, Qt.Key.Key_Return)
    (again,) = controller.windows
    assert again.session.path == demo


def test_open_through_the_file_dialog_remembers_the_folder(
    controller: Controller, demo_path: Path, answers: Answers
) -> None:
    answers.chosen_file = demo_path
    start = controller.show_start()
    start.open_button.click()
    (window,) = controller.windows
    assert window.session.path == demo_path
    assert controller._last_folder() == demo_path.parent
    answers.chosen_file = None  # cancelled: nothing happens
    assert controller.choose_and_open(window) is None


def test_opening_a_file_twice_brings_its_window_forward(controller: Controller, demo_path: Path) -> None:
    first = controller.open_path(demo_path)
    assert controller.open_path(demo_path) is first and len(controller.windows) == 1


def test_a_locked_file_names_who_holds_it_and_opens_read_only(
    controller: Controller, demo_path: Path, content: Content, answers: Answers
) -> None:
    holder = InspectionFile.open(demo_path, content.framework, "bob", rating_scheme=content.rating_scheme)
    try:
        answers.accept = False
        assert controller.open_path(demo_path) is None
        (asked,) = answers.asked
        assert asked.startswith("Northmoor.yjsi is open for editing by bob on ")
        assert asked.endswith("open it read-only, or ask them to close it [Open read-only]")

        answers.accept = True
        window = controller.open_path(demo_path)
        assert isinstance(window, InspectionWindow) and window.session.read_only
        assert "(read-only)" in window.windowTitle()
        assert window.saved_label.text() == "Read-only: nothing can be changed"
        window.show_item("1.1.1a")
        page = window.prompt_page
        assert not page.below.isEnabled() and not page.evidence_text.isEnabled() and not page.save_button.isEnabled()
        window.show_item("1.1.1")
        assert not window.key_question_page.yes.isEnabled()
        assert not window.undo_action.isEnabled()
        holder.set_sufficiency("1.1.1a", Sufficiency.BELOW)  # the holder goes on editing meanwhile
    finally:
        holder.close()
    assert on_disk(demo_path, content).judgement("1.1.1a").sufficiency is Sufficiency.BELOW


def _corrupt_middle(path: Path) -> None:
    page = 4096
    pages = path.stat().st_size // page
    with path.open("r+b") as f:
        f.seek(page * (pages // 2))
        f.write(random.Random(7).randbytes(page))


def test_a_damaged_file_offers_its_backup_restored_to_a_new_file(
    controller: Controller, demo_path: Path, content: Content, answers: Answers
) -> None:
    window = controller.open_path(demo_path)  # opening for editing takes a backup
    assert window is not None
    backed_up = window.session.inspection
    window.close()
    # In the user's data folder, not beside the file: a lost USB stick does not take the backups with it.
    assert list(backup_folder(demo_path, controller.data_folder).glob("Northmoor *.yjsi"))
    assert not default_folder(demo_path).exists()
    _corrupt_middle(demo_path)
    damaged = demo_path.read_bytes()

    answers.accept = False
    assert controller.open_path(demo_path) is None
    (offer,) = answers.offers
    assert offer.headline.startswith("Northmoor.yjsi is damaged (") and offer.default == 0
    assert sorted(p.name for p in demo_path.parent.glob("*.yjsi")) == ["Northmoor.yjsi"]

    answers.accept = True
    restored = controller.open_path(demo_path)
    assert restored is not None
    assert restored.session.path.name.startswith("Northmoor (restored ")
    assert restored.session.inspection == backed_up
    assert restored.saved_label.text().startswith("Restored from the backup Northmoor ")
    assert demo_path.read_bytes() == damaged  # the damaged file is never written to


def _backups_over_a_week(path: Path, folder: Path, content: Content, now: datetime) -> list[Inspection]:
    """Three backups of `path` in `folder`, taken 6 days, 3 hours and 10 minutes before `now`, each after
    one more prompt was judged; what each holds, oldest first."""
    held = []
    for n, before in enumerate([timedelta(days=6), timedelta(hours=3), timedelta(minutes=10)]):
        with InspectionFile.open(path, content.framework, "jane", rating_scheme=content.rating_scheme,
                                 backup_dir=folder, clock=lambda before=before: now - before) as f:
            f.set_sufficiency("1.1.1a", (Sufficiency.ABOVE, Sufficiency.BELOW, None)[n])
            f.add_evidence(Evidence("1.1.1a", f"Found on visit {n}", SourceKind.MEETING))
            f.backup_now()
            held.append(f.snapshot())
    return held


def test_the_restore_dialog_lists_each_backup_with_its_age_and_what_it_holds(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content, answers: Answers
) -> None:
    now = datetime.now(UTC)
    controller.clock = lambda: now
    folder = backup_folder(demo_path, controller.data_folder)
    held = _backups_over_a_week(demo_path, folder, content, now)
    judged = [sum(j.sufficiency is not None for j in h.judgements) for h in held]
    _corrupt_middle(demo_path)

    shown: list[RestoreDialog] = []

    def older_by_keyboard(parent: QWidget | None, offer: RestoreOffer) -> Path | None:
        dialog = RestoreDialog(offer, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        shown.append(dialog)
        rows = [dialog.backups.topLevelItem(n) for n in range(dialog.backups.topLevelItemCount())]
        assert [row.text(1) for row in rows[:3]] == ["10 minutes ago", "3 hours ago", "6 days ago"]
        assert [row.text(2) for row in rows[:3]] == [str(n) for n in reversed(judged)]
        assert [row.text(3) for row in rows[:3]] == [str(len(h.evidence)) for h in reversed(held)]
        assert rows[0].text(4) == str(len(held[0].interviews))
        assert rows[0].text(0) == taken_at(now - timedelta(minutes=10))
        assert dialog.backups.currentItem() is rows[0] and dialog.backups.hasFocus()  # the newest good one
        assert dialog.last_held.text().startswith("The damaged file last held: ")
        qtbot.keyClick(dialog.backups, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.backups, Qt.Key.Key_Down)  # the one of 6 days ago
        qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.chosen()

    answers.restore_with = older_by_keyboard
    window = controller.open_path(demo_path)
    assert window is not None and shown
    assert window.session.inspection == held[0]
    assert window.session.path.name.startswith("Northmoor (restored ")


def test_a_damaged_backup_is_greyed_and_passed_over(
    qtbot: QtBot, controller: Controller, demo_path: Path, content: Content, answers: Answers
) -> None:
    now = datetime.now(UTC)
    controller.clock = lambda: now
    folder = backup_folder(demo_path, controller.data_folder)
    _backups_over_a_week(demo_path, folder, content, now)
    newest = sorted(folder.glob("Northmoor *.yjsi"))[-1]
    newest.write_bytes(b"not a database")
    _corrupt_middle(demo_path)
    answers.accept = False
    assert controller.open_path(demo_path) is None
    (offer,) = answers.offers
    dialog = RestoreDialog(offer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.backups.topLevelItem(0)
    assert first.text(2) == "damaged: it is not a database" and not first.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.backups.currentItem() is dialog.backups.topLevelItem(1)
    qtbot.keyClick(dialog.backups, Qt.Key.Key_Up)  # the damaged one cannot be chosen
    assert dialog.backups.currentItem() is dialog.backups.topLevelItem(1)
    qtbot.keyClick(dialog.backups, Qt.Key.Key_Escape)
    assert dialog.chosen() is None
    assert newest.read_bytes() == b"not a database"


def test_a_damaged_file_without_a_backup_is_said(controller: Controller, demo_path: Path, answers: Answers) -> None:
    _corrupt_middle(demo_path)
    assert controller.open_path(demo_path) is None
    assert answers.asked == []
    (said,) = answers.said
    assert said.startswith("Northmoor.yjsi is damaged (") and said.endswith("no good backup was found")


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("framework_version", "v9.9, January 2031",
         "was made with the framework hmip-yj-domain-one-3.4-4.1 v9.9, January 2031, which this app does not have"),
        ("schema_version", "99", "was made by a newer version of the app"),
    ],
)
def test_a_file_from_elsewhere_is_refused_with_its_reason(
    controller: Controller, demo_path: Path, answers: Answers, key: str, value: str, words: str
) -> None:
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    db.close()
    assert controller.open_path(demo_path) is None
    (said,) = answers.said
    assert said.startswith("Northmoor.yjsi ") and words in said
    assert controller.windows == []


def test_not_an_inspection_file(controller: Controller, tmp_path: Path, answers: Answers) -> None:
    notes = tmp_path / "notes.yjsi"
    notes.write_text("meeting notes " * 20)
    assert controller.open_path(notes) is None
    assert answers.said == [f"{notes} is not an inspection file: it is not a database"]
    assert controller.open_path(tmp_path / "gone.yjsi") is None
    assert answers.said[-1] == f"{tmp_path / 'gone.yjsi'} is not an inspection file: there is no such file"
