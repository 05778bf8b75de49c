"""The exchange file's passphrase question through the real dialog: typed twice in fields that show no
characters, refused until both match, by keyboard only (Alt+P, Alt+A, Enter, Escape), mnemonics unique;
and from the window's File menu, the file written encrypted with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from inspector.app.passphrase_entry import MATCH
from inspector.app.report_export import Output
from inspector.content import Content
from inspector.exchange.files import read_exchange_file
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.passphrase_dialog import NewPassphraseDialog, ask_new_passphrase
from tests.gui.conftest import Answers, on_disk

TARGET = Path("/exports/Northmoor YJS - exchange file - 2026-11-23.json.age")


def _dialog(qtbot: QtBot) -> NewPassphraseDialog:
    dialog = NewPassphraseDialog(TARGET)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics reach only the active window
    return dialog


def test_both_fields_hide_what_is_typed_and_the_first_has_the_focus(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.first.echoMode() == dialog.again.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.focusWidget() is dialog.first
    assert TARGET.name in dialog.findChildren(QLabel)[0].text()
    assert not dialog.export_button.isEnabled()


def test_it_is_refused_until_both_match(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.first, "kestrel lane")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)  # moves on; the second is still empty
    assert dialog.isVisible() and dialog.focusWidget() is dialog.again
    qtbot.keyClicks(dialog.again, "kestrel")
    assert dialog.message.text() == "" and not dialog.export_button.isEnabled()  # not "differ" at every key
    qtbot.keyClicks(dialog.again, " lame")
    assert dialog.message.text() == "The two passphrases differ." and not dialog.export_button.isEnabled()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.again, "ne")
    assert dialog.message.text() == MATCH and dialog.export_button.isEnabled()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.passphrase() == "kestrel lane"


def test_the_mnemonics_reach_the_fields_and_are_unique(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QPushButton)]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert sorted(letters) == ["a", "e", "p"] and len(set(letters)) == len(letters)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.again
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.first


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.first, "kestrel lane")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.passphrase() is None


def _answer_the_dialog(steps: Callable[[NewPassphraseDialog], None], problems: list[BaseException]) -> None:
    """Run `steps` on the real dialog once it is up (modal: exec() runs until it closes)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewPassphraseDialog):
            QTimer.singleShot(20, look)
            return
        try:
            steps(dialog)
        except BaseException as exc:  # recorded, and the dialog closed, so the test does not hang
            problems.append(exc)
            dialog.reject()

    QTimer.singleShot(0, look)


def test_the_window_exports_the_exchange_file_encrypted_with_what_was_typed(
    qtbot: QtBot, inspection: InspectionWindow, answers: Answers, content: Content, demo_path: Path,
    tmp_path: Path,
) -> None:
    inspection.reports._dialogs = replace(inspection.reports._dialogs, new_passphrase=ask_new_passphrase)
    answers.chosen_file = tmp_path / "exports" / "northmoor.json.age"
    answers.chosen_file.parent.mkdir()
    problems: list[BaseException] = []

    def type_it_twice(dialog: NewPassphraseDialog) -> None:
        qtbot.keyClicks(dialog.first, "kestrel lane")
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.again, "kestrel lane")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    _answer_the_dialog(type_it_twice, problems)
    inspection.reports.export_actions[Output.EXCHANGE].trigger()
    assert problems == [] and answers.said == []
    assert read_exchange_file(answers.chosen_file, content, lambda file: "kestrel lane") == on_disk(demo_path, content)

    # Escape in the dialog: nothing is written, nothing is said.
    answers.chosen_file = answers.chosen_file.with_name("again.json.age")
    _answer_the_dialog(lambda dialog: qtbot.keyClick(dialog.first, Qt.Key.Key_Escape), problems)
    inspection.reports.export_actions[Output.EXCHANGE].trigger()
    assert problems == [] and answers.said == []
    assert [p.name for p in answers.chosen_file.parent.iterdir()] == ["northmoor.json.age"]
