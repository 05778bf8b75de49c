"""Help > Keyboard shortcuts as plain data: every key a window has, grouped by menu and by page, found by
what it does or by its keys, and written out as text (to copy) or HTML (to print).

Qt-free: the window's live QActions and QShortcuts are read into `ShortcutRow`s by `gui/shortcuts.py`,
so nothing here is a hand-kept list of keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

TITLE = "Keyboard shortcuts"


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # "Go menu", "Interviews page"
    keys: tuple[str, ...]  # as the platform writes them: ("Ctrl+Shift+Z", "Ctrl+Y")
    what: str  # "Next prompt not yet judged"

    @property
    def keys_line(self) -> str:
        return ", ".join(self.keys)

    def matches(self, words: Iterable[str]) -> bool:
        """Every word (any case) appears in what it does, its keys or its group."""
        haystack = f"{self.what} {self.keys_line} {self.group}".casefold()
        return all(word in haystack for word in words)


@dataclass(frozen=True)
class ShortcutGroup:
    name: str
    rows: tuple[ShortcutRow, ...]


def grouped(rows: Iterable[ShortcutRow]) -> tuple[ShortcutGroup, ...]:
    """Groups in the order first met; within one, a thing done by two keys (Ctrl+Return and the keypad's
    Ctrl+Enter) is one row with both, and a key listed twice is listed once."""
    groups: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        keys = groups.setdefault(row.group, {}).setdefault(row.what, [])
        keys.extend(k for k in row.keys if k not in keys)
    return tuple(ShortcutGroup(name, tuple(ShortcutRow(name, tuple(keys), what) for what, keys in whats.items()))
                 for name, whats in groups.items())


def matching(groups: Iterable[ShortcutGroup], query: str) -> tuple[ShortcutGroup, ...]:
    """The rows the query finds (every word in it), groups with none left out; all of them for no query."""
    words = query.casefold().split()
    found = (ShortcutGroup(g.name, tuple(r for r in g.rows if r.matches(words))) for g in groups)
    return tuple(g for g in found if g.rows)


def count_line(shown: Iterable[ShortcutGroup], every: Iterable[ShortcutGroup], query: str) -> str:
    shown_count = sum(len(g.rows) for g in shown)
    total = sum(len(g.rows) for g in every)
    if not query.strip():
        return f"{total} shortcuts"
    if not shown_count:
        return f"No shortcut matches \u201c{query.strip()}\u201d"
    return f"{shown_count} of {total} shortcuts"


def as_text(groups: Iterable[ShortcutGroup], title: str = TITLE) -> str:
    """The list as plain text: a group's name, then a line per row, the keys first."""
    lines = [title]
    for group in groups:
        lines += ["", group.name]
        lines += [f"  {row.keys_line}\t{row.what}" for row in group.rows]
    return "\n".join(lines) + "\n"


def as_html(groups: Iterable[ShortcutGroup], title: str = TITLE) -> str:
    """The list as an HTML document (for printing): a heading, then a table per group."""
    parts = [f"<h1>{escape(title)}</h1>"]
    for group in groups:
        parts.append(f"<h2>{escape(group.name)}</h2>")
        parts.append('<table cellspacing="0" cellpadding="3">')
        parts += [f"<tr><td><b>{escape(row.keys_line)}</b></td><td>{escape(row.what)}</td></tr>"
                  for row in group.rows]
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"
