"""Help > Keyboard shortcuts and Help > About through the real menus and dialogs: the list read from the
window's live keys (a menu's, the navigator's, each page's), found by typing, and the About box's version,
framework and content folder, copied whole."""

from __future__ import annotations

from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QShortcut
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from inspector import __version__
from inspector.app.about import content_origin
from inspector.content import CONTENT_ENV, Content, content_root
from inspector.gui.controller import Controller
from inspector.gui.help_dialogs import AboutDialog, ShortcutsDialog
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.main_window import MainWindow


def _menu_item(window: QWidget, menu_title: str, item: str) -> QAction:
    """The menu bar's item, as a person finds it: the menu by its title, the item by its words."""
    bar = window.menuBar()  # type: ignore[attr-defined]
    (menu,) = [a.menu() for a in bar.actions() if a.text().replace("&", "") == menu_title]
    assert isinstance(menu, QMenu)
    (action,) = [a for a in menu.actions() if a.text().replace("&", "").startswith(item)]
    return action


def _opened(qtbot: QtBot, window: QWidget, kind: type, item: str) -> QWidget:
    _menu_item(window, "Help", item).trigger()
    (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_shortcuts_list_has_the_menus_and_the_pages_keys(qtbot: QtBot, inspection: InspectionWindow) -> None:
    dialog = _opened(qtbot, inspection, ShortcutsDialog, "Keyboard shortcuts")
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    assert ("Go menu", "Ctrl+U", "Next prompt not yet judged") in rows
    assert ("Edit menu", "Ctrl+Shift+Z, Ctrl+Y", "Redo the change undone") in rows
    assert ("File menu", "Ctrl+N", "New inspection\u2026") in rows
    assert ("Interviews page", "Ctrl+Shift+N, Ins", "New interview") in rows
    assert ("Prompt page", "Ctrl+Return, Ctrl+Enter", "Add the evidence item, or save the changes to it") in rows
    assert ("Navigator and search", "Esc", "Clear the search and go back to the navigator") in rows
    groups = list(dict.fromkeys(group for group, _keys, _what in rows))
    assert [g for g in groups if " > " not in g][:4] == ["File menu", "Edit menu", "Go menu", "Help menu"]
    assert "File menu > Print" in groups  # a submenu's keys under it, after its menu
    assert {"Documents page", "Inspection details page", "Ratings panel page"} <= set(groups)
    # Each row is a row of the tree, under its group.
    shown = [(dialog.tree.topLevelItem(g).text(0), dialog.tree.topLevelItem(g).child(r).text(0),
              dialog.tree.topLevelItem(g).child(r).text(1))
             for g in range(dialog.tree.topLevelItemCount()) for r in range(dialog.tree.topLevelItem(g).childCount())]
    assert shown == rows


def test_every_key_of_a_page_says_what_it_does(inspection: InspectionWindow) -> None:
    """A key added to a page without its line would be listed by its widget's name: each one has its own."""
    missing = [f"{s.key().toString()} on {type(s.parent()).__name__}" for s in inspection.findChildren(QShortcut)
               if not s.whatsThis()]
    assert missing == []


def test_typing_finds_a_shortcut_by_what_it_does_or_its_keys(qtbot: QtBot, inspection: InspectionWindow) -> None:
    dialog = _opened(qtbot, inspection, ShortcutsDialog, "Keyboard shortcuts")
    assert isinstance(dialog, ShortcutsDialog)
    every = len(dialog.rows())
    assert dialog.search.hasFocus() and dialog.count.text() == f"{every} shortcuts"
    qtbot.keyClicks(dialog.search, "not yet judged")
    assert dialog.rows() == [("Go menu", "Ctrl+U", "Next prompt not yet judged")]
    assert dialog.count.text() == f"1 of {every} shortcuts"
    assert dialog.tree.topLevelItemCount() == 1
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+shift+n")
    assert dialog.rows() == [("Interviews page", "Ctrl+Shift+N, Ins", "New interview")]
    qtbot.keyClicks(dialog.search, " nothing")
    assert dialog.rows() == [] and dialog.count.text() == "No shortcut matches \u201cctrl+shift+n nothing\u201d"
    dialog.search.clear()
    assert len(dialog.rows()) == every
    # What is printed is what is shown.
    document = dialog.document().toPlainText()
    assert "Keyboard shortcuts" in document and "Next prompt not yet judged" in document
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_shows_the_version_framework_and_content_folder_and_copies_them(
    qtbot: QtBot, inspection: InspectionWindow, content: Content
) -> None:
    dialog = _opened(qtbot, inspection, AboutDialog, "About YJS Inspector")
    assert isinstance(dialog, AboutDialog)
    framework = content.framework
    assert dialog.windowTitle() == "About YJS Inspector"
    assert dialog.values["Version"].text() == __version__
    assert dialog.values["Framework"].text() == f"{framework.title}, {framework.version} (id {framework.id})"
    assert dialog.values["Content folder"].text().startswith(str(content.root.resolve()))
    assert dialog.values["Qt"].text() == f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    assert dialog.copy_button.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Copy
    qtbot.waitUntil(lambda: bool(dialog.copied.text()))
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"YJS Inspector {__version__}\nA fieldwork tool for HM Inspectorate of Probation")
    assert f"Content folder: {content.root.resolve()}" in copied and framework.id in copied


def test_the_framework_browser_has_both_in_its_help_menu(qtbot: QtBot, controller: Controller) -> None:
    browser = controller.show_framework()
    qtbot.waitExposed(browser)
    dialog = _opened(qtbot, browser, ShortcutsDialog, "Keyboard shortcuts")
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    assert ("View menu", "F6", "Next pane") in rows and ("Edit menu", "Ctrl+F", "Find\u2026") in rows
    assert ("Search and navigator", "Down", "From the search to its results") in rows
    about = _opened(qtbot, browser, AboutDialog, "About")
    assert isinstance(about, AboutDialog)
    assert about.values["Content folder"].text().startswith(str(controller.content.root.resolve()))


def test_about_says_where_the_content_folder_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, framework: object, window_settings: object
) -> None:
    assert content_origin(content_root()) == "the source checkout's"
    monkeypatch.setenv(CONTENT_ENV, str(tmp_path))
    assert content_root() == tmp_path
    assert content_origin(tmp_path) == f"set by {CONTENT_ENV}"
    monkeypatch.setenv(CONTENT_ENV, "   ")  # blank: as if not set
    assert content_root() != Path("   ")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(CONTENT_ENV, "~/content")  # quoted in a desktop shortcut: no shell to expand it
    assert content_root() == tmp_path / "content"
    browser = MainWindow(framework, window_settings)  # type: ignore[arg-type]
    qtbot.addWidget(browser)
    about = browser.show_about()
    assert about.values["Content folder"].text() == f"{tmp_path / 'content'} (set by {CONTENT_ENV})"


def test_go_navigator_filter_reaches_the_filter(qtbot: QtBot, inspection: InspectionWindow) -> None:
    """"Show" has no letter (each is taken on some page, and Alt+H is Help's): Ctrl+Shift+L goes there."""
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(inspection.tree, Qt.Key.Key_L, ctrl_shift)
    assert inspection.filter_box.hasFocus()
    assert "Ctrl+Shift+L" in inspection.filter_box.toolTip()
