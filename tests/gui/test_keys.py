"""No key is bound twice where it works: every window and dialog walked through its real widgets, each page
of the inspection window shown in turn (and again with the first row of each of its lists chosen, which
opens the forms a list has), with `tests/gui/keys.py` reading what Qt binds. A page or dialog added later is
covered here by being shown: the walk takes the inspection window's pages from its stack and fails on one it
did not reach."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from inspector.app.merge_plan_view import ConflictRow, MergePlanView
from inspector.app.navigator import SECTION_IDS
from inspector.app.report_export import Output
from inspector.app.restore import BackupRow, RestoreOffer
from inspector.gui.controller import Controller
from inspector.gui.dialogs import Dialogs
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.merge_plan_dialog import MergePlanDialog
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from inspector.gui.passphrase_dialog import NewPassphraseDialog
from inspector.gui.report_preview import ReportPreview
from inspector.gui.restore_dialog import RestoreDialog
from inspector.gui.shortcuts import page_shortcut
from tests.gui.keys import clashes, mnemonic


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose_first_rows(page: QWidget) -> bool:
    """The first row of every list shown on the page made current and selected, as a click would."""
    chose = False
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and view.selectionModel() is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            view.selectionModel().setCurrentIndex(model.index(0, 0), flags)
            chose = True
    return chose


def _walk_pages(qtbot: QtBot, window: InspectionWindow, where: str) -> list[str]:
    framework = window.session.content.framework
    prompt = framework.prompts[0].id
    found: list[str] = []
    shown: set[int] = set()
    for item in (prompt, prompt[:5], prompt[:3], *sorted(SECTION_IDS)):
        window.show_item(item)
        qtbot.wait(5)
        page = window.pages.currentWidget()
        shown.add(id(page))
        found += clashes(window, f"{where}, {item}")
        if _choose_first_rows(page):
            qtbot.wait(5)
            found += clashes(window, f"{where}, {item} with a row chosen")
    every = {id(window.pages.widget(n)) for n in range(window.pages.count())}
    assert shown == every, "a page of the inspection window was not walked: give the walk an item that shows it"
    return found


def test_no_key_is_bound_twice_on_any_page_of_the_inspection_window(
    qtbot: QtBot, inspection: InspectionWindow
) -> None:
    found = _walk_pages(qtbot, inspection, "inspection window")
    inspection.set_panel_mode(True)
    found += _walk_pages(qtbot, inspection, "ratings panel mode")
    assert not found, "\n".join(found)


def test_no_key_is_bound_twice_in_the_start_window_or_the_framework_browser(
    qtbot: QtBot, controller: Controller
) -> None:
    start = controller.show_start()
    qtbot.waitExposed(start)
    browser = controller.show_framework()
    qtbot.waitExposed(browser)
    found = clashes(start, "start window") + clashes(browser, "framework browser")
    assert not found, "\n".join(found)


def test_no_key_is_bound_twice_in_the_report_preview(qtbot: QtBot, inspection: InspectionWindow) -> None:
    found = []
    for output in (Output.PANEL, Output.DRAFT):
        inspection.reports.preview_actions[output].trigger()
        (preview,) = [w for w in inspection.findChildren(ReportPreview) if w.isVisible()]
        qtbot.waitExposed(preview)
        found += clashes(preview, f"{output.label} preview")
        preview.close()
        qtbot.waitUntil(lambda preview=preview: not preview.isVisible())
    assert not found, "\n".join(found)


def test_no_key_is_bound_twice_in_the_help_dialogs(qtbot: QtBot, inspection: InspectionWindow) -> None:
    found = []
    for dialog in (inspection.show_shortcuts(), inspection.show_about()):
        qtbot.waitExposed(dialog)
        found += clashes(dialog, dialog.windowTitle())
        dialog.close()
    assert not found, "\n".join(found)


def test_no_key_is_bound_twice_on_any_page_of_the_new_inspection_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = NewInspectionWizard(tmp_path, Dialogs())
    _shown(qtbot, wizard)
    wizard.yjs.setText("Leeds Youth Justice Service")
    wizard.start.setText("3/3/2025")
    wizard.end.setText("7/3/2025")
    wizard.lead.setText("Helen Marsh")
    found, pages = [], []
    while True:
        pages.append(wizard.currentId())
        found += clashes(wizard, f"wizard, {wizard.currentPage().title()}")
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        wizard.next()
    assert pages == wizard.pageIds()  # every page reached
    assert not found, "\n".join(found)
    # Next and Finish are reached by their letters: no field of a page takes them.
    assert mnemonic(wizard.button(QWizard.WizardButton.NextButton).text()) == "Alt+N"


def test_no_key_is_bound_twice_in_the_passphrase_restore_and_merge_dialogs(qtbot: QtBot, tmp_path: Path) -> None:
    passphrase = _shown(qtbot, NewPassphraseDialog(tmp_path / "Northmoor.json.age"))
    rows = tuple(BackupRow(tmp_path / f"backup {n}.yjsi", f"Mon {n} Nov 2026 10:30", f"{n} hours ago", "12", "30",
                           "4", "" if n else "it is not a database") for n in range(3))
    restore = _shown(qtbot, RestoreDialog(RestoreOffer(tmp_path / "Northmoor.yjsi", "Northmoor.yjsi is damaged.",
                                                      "The damaged file last held: 12 prompts judged.", rows)))
    conflict = ConflictRow("evidence 1.2.1c 'Supervision audit'", "differs in text", "text: a", "text: b")
    view = MergePlanView("Bring in the work from Priya.yjsi", "Priya.yjsi", "1 interview", ("interview CM-25",),
                         "23 interviews already there: skipped", (conflict,), "Both are kept.", ("judgements",), 2)
    merge = _shown(qtbot, MergePlanDialog(view))
    found = clashes(passphrase, "passphrase") + clashes(restore, "restore") + clashes(merge, "merge plan")
    assert not found, "\n".join(found)


def test_no_key_is_bound_twice_in_a_read_only_window(
    qtbot: QtBot, controller: Controller, demo_path: Path
) -> None:
    """Read-only, the pages show fewer controls, and none of them may take a key another does."""
    window = controller.open_path(demo_path, read_only=True)
    assert window is not None
    qtbot.waitExposed(window)
    found = _walk_pages(qtbot, window, "read-only window")
    assert not found, "\n".join(found)


def test_a_letter_repeated_in_like_parts_moves_through_them_in_view(qtbot: QtBot, inspection: InspectionWindow) -> None:
    """The case-data page's "&Rating" in each standard's box: Alt+R goes to the next box, scrolled to."""
    inspection.show_item("case-data")
    page = inspection.case_data_page
    boxes = [block.rating for block in page.blocks.values()]
    seen = []
    for _ in range(len(boxes) + 1):
        qtbot.keyClick(QApplication.focusWidget() or inspection, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        seen.append(focused)
        assert not focused.visibleRegion().isEmpty()  # in view, not below the fold
    assert seen == [*boxes, boxes[0]]


def test_the_walk_sees_what_qt_binds(qtbot: QtBot) -> None:
    """The helper itself: a repeated letter, a menu's letter taken by a field, a key bound twice where both
    work; not two keys each on its own widget, nor what is hidden."""
    window = QMainWindow()
    window.menuBar().addMenu("&Go").addAction(QAction("&Next", window, shortcut=QKeySequence("Ctrl+N")))
    body = QWidget()
    layout = QVBoxLayout(body)
    first, second, hidden = QPushButton("&Next"), QPushButton("&Nation"), QPushButton("&Hidden")
    tag, field = QLabel("Ta&g"), QLineEdit()
    tag.setBuddy(field)
    for widget in (first, second, hidden, tag, field):
        layout.addWidget(widget)
    page_shortcut("Ctrl+N", body, lambda: None, "New interview", Qt.ShortcutContext.WindowShortcut)
    page_shortcut("Delete", field, lambda: None, "Delete this")
    page_shortcut("Delete", first, lambda: None, "Delete that")
    window.setCentralWidget(body)
    _shown(qtbot, window)
    hidden.hide()
    found = clashes(window)
    assert len(found) == 3, found
    assert any("Alt+N" in line and "'&Next'" in line and "'&Nation'" in line for line in found)
    assert any("Alt+G" in line and "Ta&g" in line and "menu '&Go'" in line for line in found)
    assert any(line.startswith("shortcut bound twice Ctrl+N") and "New interview" in line for line in found)
