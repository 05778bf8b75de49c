"""The keys a window binds, as Qt will see them, and where two of them clash.

Written for any window or dialog, so a new page or dialog is covered by showing it: every `&` mnemonic of
a visible widget (a button's text, a label's with a buddy, a group box's title, a tab's, the menu bar's
titles) and every shortcut (a QAction's, a QShortcut's, a button's own) becomes a `Binding` with the part
of the window it applies in (the whole window, one widget and its children, or one widget alone). Two
bindings of one key clash when those parts overlap: Qt then cycles between two mnemonics, and fires
neither of two shortcuts ("ambiguous shortcut"). Inside each menu, an item's letter must not repeat either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@dataclass(frozen=True)
class Binding:
    keys: str  # portable text: "Alt+N", "Ctrl+Shift+N"
    what: str  # what binds it, as a person reading the failure would find it
    scope: QWidget  # where it applies: the window, or one widget (and its children when `children`)
    children: bool
    mnemonic: bool  # an &-letter rather than a shortcut set on purpose
    # For a label's mnemonic: its text and its buddy's class. Labels alike in each of a run of like parts
    # (the case-data page's "&Rating" in every standard's box) are not a clash: each press of the letter
    # moves to the next part, in order, as a press of Tab would.
    like: str = ""

    def overlaps(self, other: Binding) -> bool:
        if self.scope is other.scope:
            return True
        if self.children and self.scope.isAncestorOf(other.scope):
            return True
        return other.children and other.scope.isAncestorOf(self.scope)


def mnemonic(text: str) -> str:
    """The Alt+letter Qt takes from `text` ("Fi&le" -> "Alt+L"; "&&" is a plain ampersand), or ""."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def _portable(keys: Iterable[QKeySequence]) -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys if not k.isEmpty()]


def _named(widget: QWidget, text: str = "") -> str:
    name = widget.accessibleName() or widget.objectName()
    shown = f" {text!r}" if text else ""
    return f"{type(widget).__name__}{shown}" + (f" ({name})" if name and name != text.replace("&", "") else "")


def _own_widgets(window: QWidget) -> Iterator[QWidget]:
    """The visible widgets of `window` itself (not of a dialog it owns, which is a window of its own)."""
    for widget in window.findChildren(QWidget):
        if widget.window() is window and widget.isVisible():
            yield widget


def _live_menu(menu: QMenu, window: QWidget) -> bool:
    """Whether the menu can be opened from the window's menu bar (its items' keys then work)."""
    for owner in menu.menuAction().associatedObjects():
        if isinstance(owner, QMenuBar) and owner.window() is window and owner.isVisible():
            return True
        if isinstance(owner, QMenu) and owner is not menu and _live_menu(owner, window):
            return True
    return False


def _action_scopes(action: QAction, window: QWidget) -> list[tuple[QWidget, bool]]:
    """Where an action's shortcut works: nowhere unless one of its widgets is shown (or its menu reachable)."""
    live: list[QWidget] = []
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):  # a popup, a window of its own: live when the window's menu bar opens it
            if _live_menu(owner, window):
                live.append(owner)
        elif isinstance(owner, QWidget) and owner.window() is window and owner.isVisible():
            live.append(owner)
    if not live:
        return []
    context = action.shortcutContext()
    if context in _WINDOW_WIDE:
        return [(window, True)]
    shown = [w for w in live if not isinstance(w, QMenu)]
    return [(w, context == Qt.ShortcutContext.WidgetWithChildrenShortcut) for w in shown]


def bindings(window: QWidget, *, enabled_only: bool = False) -> list[Binding]:
    """Every key the shown `window` binds now: the mnemonics and shortcuts of what is visible in it."""
    found: list[Binding] = []

    def add(keys: str, what: str, scope: QWidget = window, children: bool = True, is_mnemonic: bool = True,
            like: str = "") -> None:
        if keys:
            found.append(Binding(keys, what, scope, children, is_mnemonic, like))

    for widget in _own_widgets(window):
        if enabled_only and not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            add(mnemonic(widget.text()), _named(widget, widget.text()))
            for keys in _portable([widget.shortcut()]):
                if keys != mnemonic(widget.text()):
                    add(keys, _named(widget, widget.text()), is_mnemonic=False)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            buddy = widget.buddy()
            add(mnemonic(widget.text()), f"{_named(widget, widget.text())} for {_named(buddy)}",
                like=f"{widget.text()} for a {type(buddy).__name__}")
        elif isinstance(widget, QGroupBox):
            add(mnemonic(widget.title()), _named(widget, widget.title()))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab) and (widget.isTabEnabled(tab) or not enabled_only):
                    add(mnemonic(widget.tabText(tab)), f"tab {widget.tabText(tab)!r} of {_named(widget)}")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(mnemonic(action.text()), f"menu {action.text()!r}")

    for action in window.findChildren(QAction):
        if not action.isVisible() or (enabled_only and not action.isEnabled()):
            continue
        for scope, children in _action_scopes(action, window):
            for keys in _portable(action.shortcuts()):
                add(keys, f"action {action.text()!r}", scope, children, is_mnemonic=False)

    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not (isinstance(parent, QWidget) and parent.window() is window and parent.isVisible()):
            continue
        if not shortcut.isEnabled():
            continue
        context = shortcut.context()
        scope, children = (window, True) if context in _WINDOW_WIDE else (
            parent, context == Qt.ShortcutContext.WidgetWithChildrenShortcut)
        described = shortcut.whatsThis() or "no description"
        for keys in _portable(shortcut.keys()):
            add(keys, f"QShortcut on {_named(parent)} ({described})", scope, children, is_mnemonic=False)
    return found


@dataclass(frozen=True)
class Clash:
    keys: str
    first: Binding
    second: Binding

    @property
    def mnemonics(self) -> bool:
        """Both are &-letters: a repeated mnemonic rather than a shortcut bound twice."""
        return self.first.mnemonic and self.second.mnemonic

    def __str__(self) -> str:
        return f"{self.keys}: {self.first.what} and {self.second.what}"


def clashes(window: QWidget, where: str = "", *, enabled_only: bool = False) -> list[str]:
    """Each key bound twice in one part of the window, as a line naming both (and `where`, the page shown)."""
    by_key: dict[str, list[Binding]] = {}
    for binding in bindings(window, enabled_only=enabled_only):
        by_key.setdefault(binding.keys.lower(), []).append(binding)
    lines = []
    prefix = f"{where}: " if where else ""
    for keyed in by_key.values():
        for n, first in enumerate(keyed):
            for second in keyed[n + 1:]:
                if first.overlaps(second) and not (first.like and first.like == second.like):
                    clash = Clash(first.keys, first, second)
                    kind = "repeated mnemonic" if clash.mnemonics else "shortcut bound twice"
                    lines.append(f"{prefix}{kind} {clash}")
    lines.extend(f"{prefix}{line}" for line in menu_clashes(window))
    return lines


def _menus(window: QWidget) -> Iterator[QMenu]:
    for bar in window.findChildren(QMenuBar):
        if bar.window() is not window:
            continue
        stack = [a.menu() for a in bar.actions() if a.menu() is not None]
        while stack:
            menu = stack.pop()
            assert isinstance(menu, QMenu)
            yield menu
            stack.extend(a.menu() for a in menu.actions() if a.menu() is not None)


def menu_clashes(window: QWidget) -> list[str]:
    """An item's &-letter used twice in one menu of the window's menu bar."""
    lines = []
    for menu in _menus(window):
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if not letter:
                continue
            key = letter.lower()
            if key in seen:
                lines.append(f"repeated mnemonic {letter} in menu {menu.title()!r}: "
                             f"{seen[key]!r} and {action.text()!r}")
            else:
                seen[key] = action.text()
    return lines

