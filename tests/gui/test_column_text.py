"""The standard page's characteristic column text and the measured label: they take the height a
word-wrapped QLabel with the same text takes at every width, measure again when the text or the font
changes, and keep what the user sees (a selection) when the same text is shown again."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from inspector.content import Content
from inspector.framework.markup import plain_text, to_html
from inspector.framework.model import RATING_ORDER
from inspector.gui.pages.column_text import ColumnText
from inspector.gui.pages.measured_label import MeasuredLabel

WIDTHS = (120, 162, 177, 199, 337, 640)


def characteristics(content: Content, standard_id: str) -> list[str]:
    standard = content.framework.standard(standard_id)
    return [f"<p><i>{html.escape(plain_text(c.summary))}</i></p>{to_html(c.text)}"
            for c in (standard.characteristic(rating) for rating in RATING_ORDER)]


def label_heights(qtbot: QtBot, text: str) -> list[int]:
    label = QLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(text)
    return [label.heightForWidth(width) for width in WIDTHS]


@pytest.mark.parametrize("standard_id", ["1.1", "3.4"])
def test_a_column_is_as_high_as_a_label_with_its_text(qtbot: QtBot, content: Content, standard_id: str) -> None:
    column = ColumnText(162)
    qtbot.addWidget(column)
    column.resize(177, 400)
    column.show()
    for text in characteristics(content, standard_id):
        column.setText(text)
        assert column.text() == text
        assert [column.heightForWidth(width) for width in WIDTHS] == label_heights(qtbot, text)
        assert column.sizeHint().height() == column.heightForWidth(177)  # at the width it has


def test_a_column_measures_again_for_a_new_text_and_a_new_font(qtbot: QtBot, content: Content) -> None:
    short, long = sorted(characteristics(content, "1.1"), key=len)[::3]
    column = ColumnText(162)
    qtbot.addWidget(column)
    column.setText(short)
    height = column.heightForWidth(177)
    column.setText(long)
    assert column.heightForWidth(177) > height
    font = column.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    before = column.heightForWidth(177)
    column.setFont(font)
    assert column.heightForWidth(177) > before


def test_a_column_is_selectable_by_mouse_and_keeps_a_selection_when_shown_again(
    qtbot: QtBot, content: Content
) -> None:
    text = characteristics(content, "1.2")[0]
    column = ColumnText(162)
    qtbot.addWidget(column)
    column.setText(text)
    column.resize(177, column.heightForWidth(177))
    column.show()
    qtbot.waitExposed(column)
    viewport = column.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(2, 5))
    qtbot.mouseMove(viewport, QPoint(150, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(150, 40))
    selected = column.textCursor().selectedText()
    assert selected and selected in column.toPlainText()
    column.setText(text)  # the page shows the same standard again
    assert column.textCursor().selectedText() == selected
    assert column.isReadOnly() and column.focusPolicy() is Qt.FocusPolicy.ClickFocus  # no tab stop


def test_a_measured_label_is_as_high_as_a_label_and_measures_again_for_a_new_text(
    qtbot: QtBot, content: Content
) -> None:
    short, long = sorted(characteristics(content, "1.3"), key=len)[::3]
    label = MeasuredLabel()
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(short)
    assert [label.heightForWidth(width) for width in WIDTHS] == label_heights(qtbot, short)
    label.setText(long)
    assert [label.heightForWidth(width) for width in WIDTHS] == label_heights(qtbot, long)
    label.show()
    label.setStyleSheet("font-size: 20pt;")  # a style reaching it changes its measurements
    assert label.heightForWidth(177) > label_heights(qtbot, long)[WIDTHS.index(177)]
