"""The main window driven through real widgets and keys (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from inspector.framework.markup import plain_text
from inspector.framework.model import Framework
from inspector.framework.search import SearchIndex
from inspector.gui.colours import colours
from inspector.gui.main_window import READING_POINT_SIZE, WINDOW_TITLE, MainWindow
from inspector.gui.settings import open_settings


def highlight() -> str:
    return colours().hit_tint.name()  # the reading pane's mark colour (gui/colours.py, .hit)


def pane_text(window: MainWindow) -> str:
    return " ".join(window.reading_pane.toPlainText().split())


def first_paragraph(text: str) -> str:
    return " ".join(plain_text(text).split("\n\n")[0].split())


def tree_item(window: MainWindow) -> str | None:
    return window.tree_model.item_id(window.tree.currentIndex())


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_title_status_bar_and_names(window: MainWindow, framework: Framework) -> None:
    assert window.windowTitle() == WINDOW_TITLE == "HMIP youth justice inspection"
    status = window.framework_label.text()
    assert framework.title in status and framework.version in status
    assert window.framework_label.isVisible()
    for widget in (window.search_field, window.results_view, window.tree, window.reading_pane):
        assert widget.accessibleName()


def test_opens_on_the_introduction_with_the_navigator_focused(window: MainWindow, framework: Framework) -> None:
    assert tree_item(window) == "framework"
    assert framework.title in pane_text(window)
    assert focused() is window.tree


def test_keyboard_moves_through_the_tree_and_the_pane_follows(
    qtbot: QtBot, window: MainWindow, framework: Framework
) -> None:
    tree = window.tree
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree_item(window) == "1.1"
    assert first_paragraph(framework.standard("1.1").statement) in pane_text(window)

    qtbot.keyClick(tree, Qt.Key.Key_Down)  # standards open at start, so this is the first key question
    assert tree_item(window) == "1.1.1"
    assert first_paragraph(framework.key_question("1.1.1").guidance) in pane_text(window)

    qtbot.keyClick(tree, Qt.Key.Key_Right)  # open it
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree_item(window) == "1.1.1a"
    first, second = framework.prompt("1.1.1a"), framework.prompt("1.1.1b")
    assert first_paragraph(first.guidance) in pane_text(window)

    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree_item(window) == "1.1.1b"
    assert first_paragraph(second.guidance) in pane_text(window)
    assert first_paragraph(first.guidance) not in pane_text(window)

    qtbot.keyClick(tree, Qt.Key.Key_Left)  # from a prompt, Left goes up to its key question
    assert tree_item(window) == "1.1.1"


def test_typing_a_search_lists_hits_and_choosing_one_selects_it(
    qtbot: QtBot, window: MainWindow, framework: Framework
) -> None:
    query = "management board minutes"
    expected = SearchIndex(framework).search(query)
    assert len({hit.item_id for hit in expected}) > 1  # the test needs hits in different items

    window.focus_search()
    qtbot.keyClicks(window.search_field, query)
    assert window.results_panel.isVisible()
    assert window.results_model.rowCount() == len(expected)
    assert window.results_count.text().startswith(f"{len(expected)} matches")

    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)  # into the results, on the first hit
    assert focused() is window.results_view
    assert tree_item(window) == expected[0].item_id

    qtbot.keyClick(window.results_view, Qt.Key.Key_End)
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    last = expected[-1]
    assert tree_item(window) == last.item_id != expected[0].item_id
    assert window.current_item() == last.item_id
    assert focused() is window.reading_pane
    html = window.reading_pane.toHtml()
    assert highlight() in html
    # The highlighted words are the query's, in the chosen item's text.
    assert "minutes" in pane_text(window).lower()


def test_return_in_the_search_field_opens_the_first_hit(qtbot: QtBot, window: MainWindow, framework: Framework) -> None:
    expected = SearchIndex(framework).search("resettlement accommodation")
    assert expected
    qtbot.keyClicks(window.search_field, "resettlement accommodation")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert tree_item(window) == expected[0].item_id


def test_no_matches(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "xyzzy plugh")
    assert window.results_model.rowCount() == 0
    assert window.results_count.text() == "No matches"


def test_ctrl_f_focuses_search_from_anywhere(qtbot: QtBot, window: MainWindow) -> None:
    for start in (window.tree, window.reading_pane):
        start.setFocus()
        qtbot.waitUntil(lambda start=start: focused() is start)
        qtbot.keyClick(start, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert focused() is window.search_field


def test_escape_clears_the_search_then_returns_to_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_field, "diversity")
    assert highlight() in window.reading_pane.toHtml()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert not window.results_panel.isVisible()
    assert highlight() not in window.reading_pane.toHtml()
    assert focused() is window.search_field
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert focused() is window.tree


def test_f6_cycles_between_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.tree.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_F6)  # type: ignore[arg-type]
        order.append(focused())
    assert order == [window.reading_pane, window.search_field, window.tree]
    qtbot.keyClick(window.tree, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.search_field

    qtbot.keyClicks(window.search_field, "diversity")  # with results showing, they are a stop too
    qtbot.keyClick(window.search_field, Qt.Key.Key_F6)
    assert focused() is window.results_view


def test_links_in_the_pane_select_the_item(window: MainWindow, framework: Framework) -> None:
    window.select_item("1.2")
    window.reading_pane.anchorClicked.emit(QUrl("item:1.2.3"))
    assert tree_item(window) == "1.2.3"
    assert first_paragraph(framework.key_question("1.2.3").text) in pane_text(window)


def test_text_size_can_be_changed(qtbot: QtBot, window: MainWindow) -> None:
    assert window.reading_pane.font().pointSize() == READING_POINT_SIZE
    qtbot.keyClick(window.tree, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+= is Qt's zoom in
    bigger = window.reading_pane.font().pointSize()
    qtbot.keyClick(window.tree, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.tree, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert bigger > READING_POINT_SIZE > window.reading_pane.font().pointSize()


def test_readable_fonts(window: MainWindow) -> None:
    assert window.reading_pane.font().pointSize() >= 11
    assert QApplication.font().pointSizeF() >= 10


def test_layout_and_place_are_remembered(qtbot: QtBot, framework: Framework, window_settings: QSettings) -> None:
    first = MainWindow(framework, window_settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(770, 520)
    first.main_splitter.setSizes([300, 470])
    first.select_item("1.3.2")
    sizes = first.main_splitter.sizes()
    first.close()

    second = MainWindow(framework, window_settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(770, 520)
    assert second.main_splitter.sizes() == sizes
    assert second.current_item() == "1.3.2"


def test_settings_stay_out_of_the_users_folder(isolated_settings) -> None:  # type: ignore[no-untyped-def]
    assert open_settings().fileName().startswith(str(isolated_settings))
