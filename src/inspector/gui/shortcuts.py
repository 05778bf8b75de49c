"""A page's own keys, each with a line saying what it does (the QShortcut's whatsThis), so that Help >
Keyboard shortcuts lists it as the window has it; and the gathering of every key a window has, from its
live QActions, QShortcuts and buttons, into `app.shortcuts_view` rows (grouped by menu and by page)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMenu, QMenuBar, QWidget

from inspector.app.shortcuts_view import ShortcutRow

NATIVE = QKeySequence.SequenceFormat.NativeText


def page_shortcut(keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str, parent: QWidget,
                  slot: Callable[[], object], what: str,
                  context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut) -> QShortcut:
    """A key of `parent` (only while it has the focus, unless `context` says otherwise), described by `what`."""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.setWhatsThis(what)
    made.activated.connect(slot)
    return made


def keys_text(keys: Iterable[QKeySequence]) -> tuple[str, ...]:
    """The keys as the platform writes them ("Ctrl+Shift+N"; "⇧⌘N" on a Mac)."""
    return tuple(k.toString(NATIVE) for k in keys if not k.isEmpty())


def plain(text: str) -> str:
    """A menu item's or button's text as read: no mnemonic's "&" (a doubled one is one ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _what(action: QAction | QShortcut) -> str:
    return action.whatsThis() or (plain(action.text()) if isinstance(action, QAction) else "")


def menu_rows(bar: QMenuBar) -> list[ShortcutRow]:
    """Every item with keys in the menu bar's menus, in menu order; a submenu's under "Menu > Submenu"."""
    rows: list[ShortcutRow] = []

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                submenu = action.menu()
                assert isinstance(submenu, QMenu)
                walk(submenu, f"{group} > {plain(submenu.title())}")
            elif keys := keys_text(action.shortcuts()):
                rows.append(ShortcutRow(group, keys, _what(action)))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            walk(menu, f"{plain(menu.title())} menu")
    return rows


def part_rows(group: str, part: QWidget) -> list[ShortcutRow]:
    """The keys of a part of a window (a page, the navigator): its QShortcuts and its buttons' own keys (not
    a button's "&" letter, which Qt also holds as its shortcut: the letter is shown underlined on the button)."""
    rows: list[ShortcutRow] = []
    for shortcut in part.findChildren(QShortcut):
        if keys := keys_text(shortcut.keys()):
            rows.append(ShortcutRow(group, keys, _what(shortcut) or _parent_name(shortcut)))
    for button in part.findChildren(QAbstractButton):
        if button.shortcut() == QKeySequence.mnemonic(button.text()):
            continue
        if keys := keys_text([button.shortcut()]):
            rows.append(ShortcutRow(group, keys, button.accessibleName() or plain(button.text())))
    return rows


def _parent_name(shortcut: QShortcut) -> str:
    parent = shortcut.parent()
    return parent.accessibleName() if isinstance(parent, QWidget) else ""


def window_rows(window: QWidget, parts: Iterable[tuple[str, QWidget]], rest: str = "Anywhere in the window") \
        -> list[ShortcutRow]:
    """Every key `window` has: its menus' first, then each part's, then any other under `rest`. Read from the
    live actions and shortcuts, so a key added to a menu or a page is listed without being named here."""
    parts = list(parts)
    rows: list[ShortcutRow] = []
    for bar in window.findChildren(QMenuBar):
        if bar.window() is window:
            rows += menu_rows(bar)
    for group, part in parts:
        rows += part_rows(group, part)
    inside = [part for _group, part in parts]
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not isinstance(parent, QWidget) or parent.window() is not window:
            continue
        if any(part is parent or part.isAncestorOf(parent) for part in inside):
            continue
        if keys := keys_text(shortcut.keys()):
            rows.append(ShortcutRow(rest, keys, _what(shortcut) or _parent_name(shortcut)))
    return rows
