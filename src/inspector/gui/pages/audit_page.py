"""The audit trail page: every change recorded in the file in words, newest first, a run of typing as
one change unless Every save is ticked, filtered by words, who, the kind of change and dates; the
selected change in full under the list; Enter or a double click opens the item it was made to.
Read-only: the log is the file's own record and nothing here changes it.

The log is read when the page is shown and after each edit while it is (the session reads only the
rows added since); typing in the filter only filters the rows already read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from inspector.app.audit_view import (
    AuditChange,
    AuditFilter,
    AuditTrail,
    ChangeKind,
    item_names,
)
from inspector.app.session import Session
from inspector.gui.audit_model import (
    CHANGE,
    HEADERS,
    REASON,
    WHAT,
    WHEN,
    WHO,
    AuditModel,
)
from inspector.gui.colours import Ink, set_ink
from inspector.gui.pages.flow_layout import flow_row
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import ProblemLine, scroll_area

ANYONE = "Anyone"
ANY_KIND = "Any kind"
ANY_DATE = "Any date"
# A date edit at its minimum shows ANY_DATE: no limit on that side.
_NO_DATE = QDate(2000, 1, 1)


class DateLimit(QDateEdit):
    """A day to filter from or to, or "Any date" (the minimum, shown as that; Delete goes back to it)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setDisplayFormat("d MMM yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(ANY_DATE)
        self.setDate(_NO_DATE)
        self.setToolTip("Type or pick a date; Delete: any date")
        self.setAccessibleDescription("Type or pick a date; Delete for any date")

    def day(self) -> date | None:
        chosen = self.date()
        return None if chosen == _NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def clear_day(self) -> None:
        self.setDate(_NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.clear_day()
        else:
            super().keyPressEvent(event)


class AuditPage(InspectionPage):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._trail: AuditTrail | None = None

        self.heading = PageHeading()
        self.heading.set_item("Every change recorded in this inspection file", "Audit trail", "")
        self.filter_field = QLineEdit()
        self.filter_field.setAccessibleName("Filter changes by words in what changed, the values or the reason")
        self.filter_field.setPlaceholderText("Words in what changed, the change, the reason")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._apply_filter)
        self.user_box = QComboBox()
        self.user_box.setAccessibleName("Changes by")
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName("Kind of change")
        self.start_date = DateLimit("Changes from this date")
        self.end_date = DateLimit("Changes up to this date")
        for box in (self.user_box, self.kind_box):
            box.currentIndexChanged.connect(self._apply_filter)
        for limit in (self.start_date, self.end_date):
            limit.dateChanged.connect(self._apply_filter)
        self.every_save = QCheckBox("Every &save")
        self.every_save.setToolTip("List each save on its own: text typed in a minute is otherwise one change")
        self.every_save.setAccessibleDescription(
            "List each save on its own; otherwise text typed in a minute is one change")
        self.every_save.toggled.connect(self._apply_filter)
        self.count = QLabel()
        self.count.setAccessibleName("Number of changes shown")
        set_ink(self.count, Ink.MUTED)
        self.problem = ProblemLine()

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Changes: when, who, what, the change, reason")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: nothing measures thousands of rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        # Who is a name from the team; the change has what is left.
        for column, sample in ((WHEN, "23 Nov 2026 10:31"), (WHO, "Gwen Llewellyn"),
                               (WHAT, "key question 1.3.2 rationale"), (REASON, "demo for tests")):
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             metrics.horizontalAdvance(HEADERS[column])) + 24)
        self.table.activated.connect(self._open)
        self.filter_field.returnPressed.connect(self.table.setFocus)  # Enter again opens the change's item
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setAccessibleName("The selected change in full")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Scrolling within six lines: an interview added lists each of its answers.
        self.detail_area = scroll_area(self.detail)
        self.detail_area.setFixedHeight(6 * metrics.lineSpacing() + 4)

        filter_label = QLabel("Fi&lter")  # not &Filter: Alt+F is the File menu
        filter_label.setBuddy(self.filter_field)
        words = QHBoxLayout()
        words.addWidget(filter_label)
        words.addWidget(self.filter_field, 1)
        words.addSpacing(12)
        words.addWidget(self.count)
        pairs: list[QWidget] = []
        for text, control in (("&Who", self.user_box), ("&Kind", self.kind_box), ("F&rom", self.start_date),
                              ("&To", self.end_date)):
            label = QLabel(text)
            label.setBuddy(control)
            # The underlined mnemonic breaks the kerning the label was measured with: "To" lost its "o".
            label.setMinimumWidth(label.sizeHint().width() + 4)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(control)
            pairs.append(pair)
        # On a narrow page (150 % on a laptop) the narrowing controls wrap rather than being cut.
        narrowing = flow_row([*pairs, self.every_save], spacing=12)
        layout = self.page_column(self.heading)
        layout.addLayout(words)
        layout.addWidget(narrowing)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_area)

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        if self._trail is None:
            self._trail = AuditTrail(item_names(session.content.framework))
        if self._trail.update(session.audit()):
            self._fill_choices(self._trail)
            self._apply_filter()

    def current_filter(self) -> AuditFilter:
        user = self.user_box.currentData()
        kind = self.kind_box.currentData()
        return AuditFilter(
            self.filter_field.text(), user or None,
            # By position in the enum: a combo box's item data would turn the str-valued enum into a plain str.
            list(ChangeKind)[kind] if kind is not None and kind >= 0 else None,
            self.start_date.day(), self.end_date.day(),
        )

    def _fill_choices(self, trail: AuditTrail) -> None:
        """The users and kinds the log holds, keeping what is chosen."""
        for box, first, choices in (
            (self.user_box, (ANYONE, ""), [(user, user) for user in trail.users()]),
            (self.kind_box, (ANY_KIND, -1), [(kind.value, list(ChangeKind).index(kind)) for kind in trail.kinds()]),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, data in (first, *choices):
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)

    def _apply_filter(self) -> None:
        trail = self._trail
        if trail is None:
            return
        wanted = self.current_filter()
        selected = self._selected()
        every_save = self.every_save.isChecked()
        rows = trail.matching(wanted, every_save)
        self.model.set_rows(rows)
        self.count.setText(trail.count_text(len(rows), every_save))
        self.problem.say(wanted.problem or "")
        self._select(selected.first.id if selected else None)

    def _select(self, entry_id: int | None) -> None:
        """The row of that change again if it is still listed, else the first (the newest)."""
        model = self.model
        row = model.row_holding(entry_id) if entry_id is not None else None
        if model.rowCount():
            self.table.setCurrentIndex(model.index(row or 0, 0))
        else:
            self._show_detail(QModelIndex())

    def _selected(self) -> AuditChange | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.detail.setText(row.detail if row else "")

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.item_id is not None:
            self.openItem.emit(row.item_id)
