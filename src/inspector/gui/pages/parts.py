"""The pieces several pages build alike (a caption, a muted line, the problem line, the overall rating,
a framed box, a part that scrolls, a read-only table of rows), made in one place so that they look and
behave alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QTableView,
    QWidget,
)

from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.style import box_style


def bold_label(text: str = "", buddy: QWidget | None = None) -> QLabel:
    """A part's title; with a buddy, its mnemonic moves to the part."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def overall_labels(scale: float) -> tuple[QLabel, QLabel]:
    """The overall rating in large bold type (the page colours it by the rating), and the line under it:
    the points, the band and resettlement."""
    headline = QLabel()
    headline.setAccessibleName("Overall rating")
    font = QFont(headline.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    headline.setFont(font)
    headline.setWordWrap(True)  # a narrow page (150 % on a laptop) wraps it rather than cutting it
    summary = QLabel()
    summary.setAccessibleName("Points, band and resettlement")
    summary.setWordWrap(True)
    return headline, summary


class ElidedLabel(QLabel):
    """One line that, given less room than it needs, drops the middle of its text ("…") rather than its end;
    the whole text in its tooltip (a file's path in the status bar at 150 %)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("elides", True)  # the screenshot tests' check: shortened on purpose, not cut
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("\u2026") * 12, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        area = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, area.width())
        painter.drawText(area, int(self.alignment()), shown)


def muted_label(name: str) -> QLabel:
    """Explanation or context, wrapped, in grey."""
    label = QLabel()
    label.setAccessibleName(name)
    set_ink(label, Ink.MUTED)
    label.setWordWrap(True)
    return label


class ProblemLine(QLabel):
    """The one line saying why an entry was refused; hidden until there is one."""

    def __init__(self, name: str = "Problem") -> None:
        super().__init__()
        self.setAccessibleName(name)
        set_ink(self, Ink.WARNING)
        self.setWordWrap(True)
        self.hide()

    def say(self, problem: str) -> None:
        """Show `problem` as a sentence (the core words its problems in lower case, to be embedded); an
        empty problem hides the line."""
        self.setText(problem[:1].upper() + problem[1:])
        self.setVisible(bool(problem))


def framed_box(name: str) -> QFrame:
    """A light panel around a part of a page."""
    box = QFrame()
    box.setObjectName(name)
    box.setStyleSheet(box_style(name))
    return box


_FOLLOWS_FOCUS = "followsFocus"
_following: list[QApplication] = []  # the application whose focus is followed (once)


def _follow_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """A part the focus moves to out of sight is scrolled to: Tab does so already, but a mnemonic does not (the
    case-data page's Alt+R moves through every standard's rating box, most of them below the fold)."""
    if new is None or not new.visibleRegion().isEmpty():
        return
    parent = new.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.property(_FOLLOWS_FOCUS):
            parent.ensureWidgetVisible(new)
            return
        parent = parent.parentWidget()


def scroll_area(widget: QWidget) -> QScrollArea:
    """The widget, scrolling when it is taller than the room it is given (and to what the focus moves to),
    with no frame of its own."""
    application = QApplication.instance()
    if isinstance(application, QApplication) and application not in _following:
        application.focusChanged.connect(_follow_focus)
        _following.append(application)
    area = QScrollArea()
    area.setProperty(_FOLLOWS_FOCUS, True)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def row_table(model: QAbstractItemModel, name: str, stretch: int, row_padding: int) -> QTableView:
    """A read-only table of a page's rows, one line each, a row selected whole, Tab leaving it; the
    column `stretch` shortens a long text, not the rest. No scroll bar: `fit_height` makes it as tall
    as its rows."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fit_height(view: QTableView | QListView) -> None:
    """As tall as its rows: the page scrolls (or has room for them all), not the list."""
    if isinstance(view, QTableView):
        rows = view.verticalHeader().length() + view.horizontalHeader().sizeHint().height()
    else:
        rows = sum(view.sizeHintForRow(r) + 2 * view.spacing() for r in range(view.model().rowCount()))
    view.setFixedHeight(rows + 2 * view.frameWidth())
