"""The start window: create an inspection, open one, reopen a recent one, open the demo, or read the
framework. What each button does is the controller's; this window only lays them out."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector import __version__
from inspector.app.recent import RecentFile
from inspector.gui.colours import Ink, set_ink
from inspector.gui.delegates import SearchHitDelegate
from inspector.gui.dialogs import APP_TITLE
from inspector.gui.recent_model import RecentFilesModel

START_SIZE = (900, 600)
PANEL_WIDTH = 760


class StartActions(Protocol):
    def new_inspection(self, parent: QWidget | None) -> object: ...
    def choose_and_open(self, parent: QWidget | None) -> object: ...
    def open_path(self, path: Path, parent: QWidget | None) -> object: ...
    def open_demo(self, parent: QWidget | None) -> object: ...
    def show_framework(self) -> object: ...


class StartWindow(QMainWindow):
    def __init__(self, actions: StartActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.setWindowTitle(APP_TITLE)
        self.resize(*START_SIZE)

        title = QLabel(APP_TITLE)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel("HM Inspectorate of Probation \u00b7 youth justice inspections \u00b7 fieldwork and ratings")
        set_ink(subtitle, Ink.MUTED)

        self.new_button = QPushButton("&New inspection\u2026")
        self.new_button.setAccessibleDescription("Set up a new inspection file with the inspection's details")
        self.new_button.clicked.connect(lambda: actions.new_inspection(self))
        self.open_button = QPushButton("&Open an inspection\u2026")
        self.open_button.clicked.connect(lambda: actions.choose_and_open(self))
        self.demo_button = QPushButton("Open the &demo inspection")
        self.demo_button.setAccessibleDescription("Northmoor YJS, a fictional inspection for practice and training")
        self.demo_button.clicked.connect(lambda: actions.open_demo(self))
        self.framework_button = QPushButton("Read the &framework")
        self.framework_button.clicked.connect(actions.show_framework)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.open_button.setShortcut(QKeySequence.StandardKey.Open)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button, self.framework_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)

        recent_label = QLabel("&Recent inspections")
        bold = QFont(recent_label.font())
        bold.setBold(True)
        recent_label.setFont(bold)
        self.recent_model = RecentFilesModel(self)
        self.recent_view = QListView()
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setAccessibleName("Recent inspections (Enter opens)")
        self.recent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_view.setItemDelegate(SearchHitDelegate(self.recent_view))
        self.recent_view.activated.connect(self._open_recent)
        recent_label.setBuddy(self.recent_view)
        self.no_recent = QLabel("None yet: create an inspection, open one, or try the demo.")
        set_ink(self.no_recent, Ink.MUTED)
        version = QLabel(f"Version {__version__}")
        set_ink(version, Ink.MUTED)

        panel = QWidget()
        panel.setMaximumWidth(PANEL_WIDTH)
        column = QVBoxLayout(panel)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(recent_label)
        column.addWidget(self.no_recent)
        column.addWidget(self.recent_view, 1)
        column.addWidget(version, 0, Qt.AlignmentFlag.AlignRight)
        outer = QWidget()
        centre = QHBoxLayout(outer)
        centre.setContentsMargins(24, 24, 24, 16)
        centre.addStretch(1)
        centre.addWidget(panel, 4)
        centre.addStretch(1)
        self.setCentralWidget(outer)
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_recent(self, entries: list[RecentFile]) -> None:
        self.recent_model.set_entries(entries)
        self.recent_view.setVisible(bool(entries))
        self.no_recent.setVisible(not entries)
        if entries:
            self.recent_view.setCurrentIndex(self.recent_model.index(0, 0))

    def _open_recent(self, index: QModelIndex) -> None:
        entry = self.recent_model.entry(index.row())
        if entry is not None:
            self._actions.open_path(entry.path, self)
