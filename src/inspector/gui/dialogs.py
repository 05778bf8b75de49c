"""The app's messages and questions to the user, in one replaceable place: tests pass their own
functions (recording what was said and giving the answer), the app the real message boxes.

Every message is the core's one line (a `UserError`), shown as plain text so a file name with "<" or
"&" reads as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from inspector.app.merge_plan_view import MergePlanView
from inspector.app.restore import RestoreOffer
from inspector.gui.merge_plan_dialog import review_merge_plan
from inspector.gui.passphrase_dialog import ask_new_passphrase, ask_passphrase
from inspector.gui.restore_dialog import choose_backup
from inspector.store import FILE_SUFFIX

APP_TITLE = "YJS Inspector"
# An exchange file opens too: a team member opens what the lead shared (imported into an inspection file).
FILE_FILTER = f"Inspection and exchange files (*{FILE_SUFFIX} *.json.age *.json);;Inspection files (*{FILE_SUFFIX})"
SAVE_FILTERS = {".docx": "Word documents (*.docx)", ".json.age": "Encrypted exchange files (*.json.age)",
                ".pdf": "PDF documents (*.pdf)"}

Tell = Callable[[QWidget | None, str], None]
Ask = Callable[[QWidget | None, str, str], bool]  # (parent, message, the action offered) -> taken
ChoosePath = Callable[[QWidget | None, Path], Path | None]  # (parent, where to start) -> chosen
AskPassphrase = Callable[[QWidget | None, Path], str | None]  # (parent, the file) -> typed, or None
ChooseBackup = Callable[[QWidget | None, RestoreOffer], Path | None]  # (parent, the offer) -> the backup
ChoosePerson = Callable[[QWidget | None, tuple[str, ...]], str | None]  # (parent, the team) -> who, or None
ReviewMerge = Callable[[QWidget | None, MergePlanView], bool]  # (parent, the plan) -> "Bring in" chosen
SetUpPrinter = Callable[[QWidget | None, QPrinter], bool]  # (parent, the printer to set up) -> "Print" chosen


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, message: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(APP_TITLE)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message[:1].upper() + message[1:])
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_error(parent: QWidget | None, message: str) -> None:
    box = message_box(parent, QMessageBox.Icon.Warning, message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def offer(parent: QWidget | None, message: str, action: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, message)
    take = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(take)
    box.exec()
    return box.clickedButton() is take


def choose_file(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Open an inspection", str(start), FILE_FILTER)
    return Path(chosen) if chosen else None


def choose_work(parent: QWidget | None, start: Path) -> Path | None:
    """A team member's inspection or exchange file, to bring their work in."""
    chosen, _ = QFileDialog.getOpenFileName(parent, "Bring in a team member's work", str(start), FILE_FILTER)
    return Path(chosen) if chosen else None


def choose_document(parent: QWidget | None, start: Path) -> Path | None:
    """A document's file to attach to the register: any kind of file (minutes, a PDF, a spreadsheet)."""
    chosen, _ = QFileDialog.getOpenFileName(parent, "Attach the document's file", str(start))
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Choose the folder for the inspection file", str(start))
    return Path(chosen) if chosen else None


def choose_save_file(parent: QWidget | None, proposed: Path) -> Path | None:
    """Where to export: the proposed name in its folder, the name's ending added if left off."""
    # ".json.age" is one ending of two parts, which Path.suffix would cut to ".age".
    suffix = next((s for s in SAVE_FILTERS if proposed.name.endswith(s)), proposed.suffix)
    dialog = QFileDialog(parent, "Export", str(proposed.parent), SAVE_FILTERS.get(suffix, ""))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(proposed.name)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_person(parent: QWidget | None, team: tuple[str, ...]) -> str | None:
    """"Who are you?": one of the inspection's team (the lead inspector first), or None when cancelled."""
    name, chosen = QInputDialog.getItem(
        parent, f"Who are you? \u2014 {APP_TITLE}",
        "Your name as the inspection's team gives it.\nWhat you record, and the audit trail, carry this name.",
        list(team), 0, False,
    )
    return name if chosen else None


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system's print dialog: the printer, the pages and the copies. Not to a file: File > Print to PDF
    writes the file owner-only, as every file the tool makes."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print \u2014 {APP_TITLE}")
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class Dialogs:
    error: Tell = show_error
    ask: Ask = offer
    open_file: ChoosePath = choose_file
    work_file: ChoosePath = choose_work
    document_file: ChoosePath = choose_document
    folder: ChoosePath = choose_folder
    save_file: ChoosePath = choose_save_file
    new_passphrase: AskPassphrase = ask_new_passphrase
    restore: ChooseBackup = choose_backup
    person: ChoosePerson = choose_person
    passphrase: AskPassphrase = ask_passphrase  # an encrypted file's, to read it
    review_merge: ReviewMerge = review_merge_plan
    print_setup: SetUpPrinter = choose_printer
