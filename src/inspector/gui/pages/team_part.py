"""The details page's team part: each standard with who covers it, its key questions under it (opened with
Right or a click) for when one goes to someone else. A choice is saved at once; what the rows and choices
say is `app.team_view`'s."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFrame, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from inspector.app.team_view import TeamView
from inspector.gui.pages.parts import bold_label, muted_label
from inspector.gui.pages.style import box_style

Assign = Callable[[str, str | None], None]  # (standard or key question, member or None: nobody)


class TeamPart(QFrame):
    def __init__(self, assign: Assign) -> None:
        super().__init__()
        self._assign = assign
        self._view: TeamView | None = None
        self.setObjectName("team")
        self.setStyleSheet(box_style("team"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Standard or key question", "Assigned to"])
        self.tree.setAccessibleName("Who covers each standard and key question")
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: dict[str, QComboBox] = {}
        self.summary = muted_label("Who covers what")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(bold_label("Team and assignments, &by standard", self.tree))
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)

    def show_view(self, view: TeamView, editable: bool) -> None:
        if not self.combos:
            self._build(view)
        self._view = view
        self.summary.setText(view.summary)
        for row in view.rows:
            combo = self.combos[row.scope_id]
            combo.blockSignals(True)
            choices = view.choices(row)
            if tuple(combo.itemText(i) for i in range(combo.count())) != choices:
                combo.clear()
                combo.addItems(list(choices))
            combo.setCurrentIndex(view.chosen(row))
            combo.blockSignals(False)
            combo.setEnabled(editable)

    def _build(self, view: TeamView) -> None:
        """The rows once: the framework's standards and key questions do not change."""
        items: dict[str, QTreeWidgetItem] = {}
        for row in view.rows:
            parent = items.get(row.standard) if row.standard else None
            item = QTreeWidgetItem([row.label])
            item.setToolTip(0, row.label)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[row.scope_id] = item
            combo = QComboBox()
            combo.setAccessibleName(f"Who covers {row.scope_id}")
            combo.activated.connect(lambda choice, scope=row.scope_id: self._chosen(scope, choice))
            self.tree.setItemWidget(item, 1, combo)
            self.combos[row.scope_id] = combo
        # As tall as the standards: the key questions, opened, scroll inside.
        rows = sum(1 for row in view.rows if row.standard is None)
        height = self.tree.sizeHintForRow(0) * rows + self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(height + 2 * self.tree.frameWidth() + 2)

    def _chosen(self, scope_id: str, choice: int) -> None:
        if self._view is not None:
            self._assign(scope_id, self._view.member_at(choice))
