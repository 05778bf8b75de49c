"""The window cites the standards document by its own places and never speaks of the seed or of lines of
the converted text: every page of the demo inspection, driven in turn, and the framework browser, with
every label, button, text, table cell, tooltip and accessible name collected."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from inspector.app.navigator import SECTIONS
from inspector.framework.items import item_ids
from inspector.framework.model import Framework
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.main_window import MainWindow

NOT_SHOWN = re.compile(r"seed|\blines? \d", re.IGNORECASE)
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = QModelIndex() if parent is None else parent
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount to itself: one column
        columns = 1
    if not parent.isValid():
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:
            yield from _model_texts(model, first)


def shown_texts(root: QWidget) -> Iterator[str]:
    """Everything a reader (or a screen reader) is given in a widget and its children."""
    for widget in (root, *root.findChildren(QWidget)):
        yield from (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.statusTip(),
                    widget.whatsThis(), widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget.toPlainText()
            yield widget.placeholderText()
        elif isinstance(widget, QLineEdit):
            yield widget.text()
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model())


def _offending(texts: Iterator[str]) -> list[str]:
    return sorted({text for text in texts if text and NOT_SHOWN.search(text)})


def test_no_page_of_the_inspection_speaks_of_the_seed(
    qtbot: QtBot, inspection: InspectionWindow, framework: Framework
) -> None:
    wrong: dict[str, list[str]] = {}
    shown_places = False
    for item_id in [*(s.id for s in SECTIONS), *(i for i in item_ids(framework) if i != "framework")]:
        inspection.show_item(item_id)
        page = inspection.pages.currentWidget()
        texts = list(shown_texts(page))
        shown_places = shown_places or any("Rules and guidance, 1.1 Governance and leadership" in t for t in texts)
        if found := _offending(iter(texts)):
            wrong[item_id] = found
    assert not _offending(shown_texts(inspection)), "the window around the pages"
    assert not wrong, wrong
    assert shown_places  # the framework text on the pages cites the document


def test_the_pages_cite_places(qtbot: QtBot, inspection: InspectionWindow) -> None:
    inspection.show_item("1.1")
    page = inspection.standard_page
    assert page.characteristics_place.text() == "Rating characteristics, 1.1 Governance and leadership, p. 108"
    assert "(Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)" in page.findings.text()
    inspection.show_item("1.2.3a")
    framework_text = inspection.prompt_page.framework_text.browser.toPlainText()
    assert "Rules and guidance, 1.2 Staff, prompt 1.2.3a, p. 24" in framework_text


def test_the_framework_browser_speaks_of_places(window: MainWindow, framework: Framework) -> None:
    wrong: dict[str, list[str]] = {}
    for item_id in item_ids(framework):
        window.select_item(item_id)
        if found := _offending(shown_texts(window)):
            wrong[item_id] = found
    assert not wrong, wrong
    window.select_item("1.1")
    assert "Rating characteristics, 1.1 Governance and leadership, p. 108" in window.reading_pane.toPlainText()
