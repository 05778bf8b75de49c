"""Help > Keyboard shortcuts as data: groups in the order met, a thing done by two keys one row, found by
every word typed, and written out for copying and printing."""

from __future__ import annotations

from inspector.app.shortcuts_view import ShortcutRow, as_html, as_text, count_line, grouped, matching

ROWS = [
    ShortcutRow("Go menu", ("Ctrl+U",), "Next prompt not yet judged"),
    ShortcutRow("Go menu", ("Ctrl+K",), "Key question of this prompt"),
    ShortcutRow("Prompt page", ("Ctrl+Return",), "Add the evidence item"),
    ShortcutRow("Prompt page", ("Ctrl+Enter",), "Add the evidence item"),
    ShortcutRow("Prompt page", ("Ctrl+Return",), "Add the evidence item"),
    ShortcutRow("Interviews page", ("Ctrl+Shift+N",), "New interview <form>"),
]


def test_groups_keep_their_order_and_a_thing_done_by_two_keys_is_one_row() -> None:
    groups = grouped(ROWS)
    assert [g.name for g in groups] == ["Go menu", "Prompt page", "Interviews page"]
    (evidence,) = groups[1].rows
    assert evidence.keys == ("Ctrl+Return", "Ctrl+Enter") and evidence.keys_line == "Ctrl+Return, Ctrl+Enter"


def test_every_word_must_appear_in_what_it_does_its_keys_or_its_group() -> None:
    groups = grouped(ROWS)
    assert [r.what for g in matching(groups, "PROMPT judged") for r in g.rows] == ["Next prompt not yet judged"]
    assert [g.name for g in matching(groups, "ctrl+shift")] == ["Interviews page"]
    assert [g.name for g in matching(groups, "prompt page")] == ["Prompt page"]
    assert matching(groups, "") == groups and matching(groups, "nowhere") == ()
    assert count_line(groups, groups, "") == "4 shortcuts"
    assert count_line(matching(groups, "go"), groups, "go ") == "2 of 4 shortcuts"
    assert count_line((), groups, " nowhere ") == "No shortcut matches \u201cnowhere\u201d"


def test_written_out_as_text_and_as_html() -> None:
    groups = grouped(ROWS)
    text = as_text(groups)
    assert text.startswith("Keyboard shortcuts\n\nGo menu\n  Ctrl+U\tNext prompt not yet judged\n")
    html = as_html(groups, "Keys & more")
    assert "<h1>Keys &amp; more</h1>" in html and "New interview &lt;form&gt;" in html
    assert html.count("<table") == 3
