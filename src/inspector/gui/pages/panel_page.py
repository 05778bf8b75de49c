"""The ratings panel page: the overall rating and whether the panel has agreed it, the thirteen standards
(and the overall rating) with where each stands with the panel, and for the one selected the rating put
forward with the lead inspector's rationale and the decision-rule findings, the moves open now, and the
panel's challenges and comments.

During fieldwork the lead inspector puts each rating to the panel or withdraws it; in ratings panel mode
(Go > Ratings panel mode) the panel agrees it, agrees another rating or reopens one, typing its reason
on the page. Every move is the core's edit; the rules refuse what is not allowed (the window says why in
one line) and nothing is written.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.app.panel_edits import PanelCommentEdit, PanelDecisionEdit
from inspector.app.panel_view import DepartureMark, Move, PanelDetail, panel_detail, panel_view
from inspector.app.session import Session
from inspector.framework.model import RATING_ORDER, Rating
from inspector.gui.colours import Ink, colours, follow_style, set_ink, tone_ink
from inspector.gui.navigator_model import ITEM_ID_ROLE
from inspector.gui.pages.heading import PageHeading
from inspector.gui.pages.page import InspectionPage
from inspector.gui.pages.parts import (
    bold_label,
    fit_height,
    framed_box,
    muted_label,
    overall_labels,
    row_table,
    scroll_area,
)
from inspector.gui.pages.rationale import RationaleEdit
from inspector.gui.pages.save_as_typed import SaveAsTyped
from inspector.gui.pages.standard_page import finding_html
from inspector.gui.pages.style import box_style
from inspector.gui.pages.text_boxes import LineBox, TextBox
from inspector.gui.panel_model import STANDARD, PanelModel
from inspector.gui.undo import Apply
from inspector.inspection.model import OVERALL, CommentKind

HEADLINE_SCALE = 1.4
FIELDWORK_CRUMB = ("Fieldwork: put each rating to the ratings panel when it is ready "
                   "(Go > Ratings panel mode, Ctrl+Shift+P, for the panel's own moves)")
PANEL_CRUMB = "Ratings panel mode: agree each rating put forward, or agree another with a reason"
_CONFIRM = {Move.AGREE_OTHER: "Agree &this rating", Move.REOPEN: "Reopen &this rating"}


def departure_html(mark: DepartureMark) -> str:
    """A departure as the panel reads it: the mark (kept after the navigator's flag clears), what departs,
    and the rationale beside it."""
    colour = f" color:{colours().warning.name()};" if mark.rationale_required else ""  # a rationale still to type
    rationale = ("<i>No rationale recorded yet.</i>" if mark.rationale_required
                 else f"<i>Rationale:</i> {escape(mark.rationale)}")
    return (f'<p><span style="font-weight:600;{colour}">\u25c6 {escape(mark.mark)}</span><br>'
            f"{escape(mark.where)}: {escape(mark.what)}.<br>{rationale}</p>")


class PanelPage(InspectionPage):

    def __init__(self, perform: Apply, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(perform, parent)
        self._panel_mode = False
        self._selected = ""  # the standard (or OVERALL) shown below the list
        self._detail: PanelDetail | None = None
        self._form: Move | None = None  # the move whose reason is being typed, if any
        self._typing = SaveAsTyped(self.commit_pending, self)  # the panel's stored reason, corrected

        self.heading = PageHeading()
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        columns.addWidget(self._build_reading(), 1)
        columns.addWidget(self._build_acting(), 1)
        self.detail_title = bold_label()
        self.detail_title.setAccessibleName("Selected standard")
        self.detail_title.setWordWrap(True)
        # In a window too short for the table and the standard under it (150 % on a laptop), the page scrolls.
        layout = self.page_column(self.heading, spacing=6, scrolls=True)
        layout.addWidget(self._build_overall())
        layout.addWidget(self._build_table())
        layout.addWidget(self.detail_title)
        layout.addWidget(body, 1)

    # --- construction -------------------------------------------------------------------------

    def _build_overall(self) -> QWidget:
        box = framed_box("panelOverall")
        self.headline, self.summary = overall_labels(HEADLINE_SCALE)
        self.progress = QLabel()
        self.progress.setAccessibleName("Ratings agreed")
        set_ink(self.progress, Ink.MUTED)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.progress)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.setSpacing(2)
        inner.addLayout(top)
        inner.addWidget(self.summary)
        return box

    def _build_table(self) -> QWidget:
        self.model = PanelModel(self)
        # Fourteen short lines, as tall as its rows (fit_height): the list never scrolls.
        table = row_table(self.model, "The ratings and where each stands with the ratings panel", STANDARD, 6)
        table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table = table
        # Alt+S moves to the list (its header names it, so it has no caption to carry the mnemonic).
        to_table = QShortcut(QKeySequence("Alt+S"), self)
        to_table.setContext(Qt.ShortcutContext.WindowShortcut)  # as a label's mnemonic: only while the page shows
        to_table.setWhatsThis("To the list of ratings")  # Help > Keyboard shortcuts
        to_table.activated.connect(lambda: table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        return table

    def _build_reading(self) -> QWidget:
        """What the panel reads: the rating put forward, the lead's rationale, the findings."""
        self.rating_text = QLabel()
        self.rating_text.setAccessibleName("The rating put forward")
        self.rating_text.setWordWrap(True)
        self.panel_text = QLabel()
        self.panel_text.setAccessibleName("The ratings panel's decision")
        self.panel_text.setWordWrap(True)
        self.panel_text.setStyleSheet("font-weight: 600;")
        self.rationale = QLabel()
        self.rationale.setAccessibleName("The lead inspector's rationale")
        self.rationale.setWordWrap(True)
        self.rationale.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QLabel()
        self.findings.setAccessibleName("Decision rules and guidance")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = muted_label("Notes on the rating")
        self.flags = QLabel()
        self.flags.setAccessibleName("At odds with the figures")
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.departures = QLabel()
        self.departures.setAccessibleName("Departures and their rationale")
        self.departures.setWordWrap(True)
        self.departures.setTextFormat(Qt.TextFormat.RichText)
        self.departures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        for widget in (self.rating_text, self.panel_text, self.rationale, self.flags, self.departures, self.findings,
                       self.notes):
            widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            column.addWidget(widget)
        column.addStretch(1)
        self.reading = scroll_area(holder)
        self.reading.setAccessibleName("The rating, its rationale and findings")
        return self.reading

    def _build_acting(self) -> QWidget:
        """What the lead or the panel does: the moves, the reason typed, challenges and comments."""
        self.move_buttons: dict[Move, QPushButton] = {}
        moves = QHBoxLayout()
        moves.setSpacing(6)
        for move in Move:
            button = QPushButton(move.value)
            button.setAccessibleName(move.value.replace("&", "").rstrip("\u2026"))
            button.clicked.connect(lambda _=False, m=move: self._on_move(m))
            self.move_buttons[move] = button
            moves.addWidget(button)
        moves.addStretch(1)

        self.form = self._build_form()
        self.stored_reason = RationaleEdit("Why the panel agreed another rating, or reopened it", 2, self._typing)
        self.stored_reason.setAccessibleName("The ratings panel's reason")
        self.stored_reason_label = QLabel("The panel's reas&on (saved as you type)")
        self.stored_reason_label.setBuddy(self.stored_reason)

        self.comments = QListWidget()
        self.comments.setAccessibleName("Challenges and comments (Delete removes your own)")
        self.comments.setWordWrap(True)
        self.comments.currentRowChanged.connect(lambda _row: self._enable_delete())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.comments)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.setWhatsThis("Delete your challenge or comment chosen")  # Help > Keyboard shortcuts
        delete.activated.connect(self._delete_comment)
        comments_label = bold_label("Challenges and &comments", self.comments)
        self.comment_text = LineBox()
        self.comment_text.setAccessibleName("Text of the challenge or comment")
        self.comment_text.setPlaceholderText("What the panel challenges or notes")
        text_label = QLabel("Te&xt")
        text_label.setBuddy(self.comment_text)
        self.add_challenge = QPushButton("Add as cha&llenge")
        self.add_challenge.setAccessibleName("Add as a challenge")
        self.add_challenge.clicked.connect(lambda: self._add_comment(CommentKind.CHALLENGE))
        self.add_comment = QPushButton("Add as co&mment")
        self.add_comment.setAccessibleName("Add as a comment")
        self.add_comment.clicked.connect(lambda: self._add_comment(CommentKind.COMMENT))
        self.delete_comment = QPushButton("Delete mine")
        self.delete_comment.setAccessibleName("Delete your challenge or comment")
        self.delete_comment.setToolTip("Delete the challenge or comment you made (Delete in the list)")
        self.delete_comment.clicked.connect(self._delete_comment)
        text_row = QHBoxLayout()
        text_row.addWidget(text_label)
        text_row.addWidget(self.comment_text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_challenge)
        buttons.addWidget(self.add_comment)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_comment)

        self.comments.setMinimumHeight(self.comments.fontMetrics().lineSpacing() * 4 + 8)  # two comments
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(4)
        column.addLayout(moves)
        column.addWidget(self.form)
        column.addWidget(self.stored_reason_label)
        column.addWidget(self.stored_reason)
        column.addWidget(comments_label)
        column.addWidget(self.comments, 1)
        column.addLayout(text_row)
        column.addLayout(buttons)
        # At 768 pixels the open form and the comments may not both fit: this side scrolls, not the page.
        self.acting = scroll_area(area)
        self.acting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return self.acting

    def _build_form(self) -> QWidget:
        """The reason for agreeing another rating or reopening one, typed here rather than in a dialog."""
        box = QFrame()
        box.setObjectName("panelForm")
        follow_style(box, lambda found: box_style("panelForm", found.note_tint.name(), found.note_edge.name()))
        self.form_rating = QComboBox()
        self.form_rating.setAccessibleName("Rating the ratings panel agrees")
        for rating in RATING_ORDER:
            self.form_rating.addItem(rating.value, rating.value)  # Qt keeps a str enum as its plain string
        self.form_rating_label = QLabel("Rat&ing")
        self.form_rating_label.setBuddy(self.form_rating)
        self.form_reason = TextBox()
        self.form_reason.setAccessibleName("The ratings panel's reason")
        self.form_reason.setTabChangesFocus(True)
        self.form_reason.setFixedHeight(self.form_reason.fontMetrics().lineSpacing() * 2 + 14)
        reason_label = QLabel("Reaso&n")
        reason_label.setBuddy(self.form_reason)
        self.form_confirm = QPushButton(_CONFIRM[Move.AGREE_OTHER])
        self.form_confirm.setAccessibleName("Confirm the ratings panel's decision")
        self.form_confirm.clicked.connect(self._confirm)
        self.form_cancel = QPushButton("Cancel")
        self.form_cancel.setAccessibleName("Cancel: nothing is saved")
        self.form_cancel.setToolTip("Nothing is saved (Escape)")
        self.form_cancel.clicked.connect(self._close_form)
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), box)
        escape_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape_key.setWhatsThis("Cancel the panel's decision: nothing is saved")  # Help > Keyboard shortcuts
        escape_key.activated.connect(self._close_form)
        top = QHBoxLayout()
        top.addWidget(self.form_rating_label)
        top.addWidget(self.form_rating)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.form_confirm)
        bottom.addWidget(self.form_cancel)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.setSpacing(4)
        inner.addLayout(top)
        inner.addWidget(reason_label)
        inner.addWidget(self.form_reason)
        inner.addLayout(bottom)
        box.hide()
        return box

    # --- showing --------------------------------------------------------------------------------

    @property
    def panel_mode(self) -> bool:
        return self._panel_mode

    def set_panel_mode(self, on: bool) -> None:
        """Ratings panel mode shows the panel's moves; fieldwork mode the lead inspector's."""
        self.commit_pending()
        self._panel_mode = on
        self._close_form()
        self.redraw()

    @property
    def selected(self) -> str:
        return self._selected

    def select_standard(self, standard_id: str) -> None:
        row = self.model.row_of(standard_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, STANDARD))

    def show_item(self, session: Session, item_id: str, query: str = "") -> None:
        self.refresh(session)

    def refresh(self, session: Session) -> None:
        self._session = session
        view = panel_view(session.content, session.evaluation)
        self.heading.set_item(PANEL_CRUMB if self._panel_mode else FIELDWORK_CRUMB, "Ratings panel", "")
        self.headline.setText(view.headline)
        set_ink(self.headline, tone_ink(view.tone))
        self.summary.setText(view.summary)
        self.progress.setText(view.progress)
        self.model.set_rows(view.rows)
        fit_height(self.table)
        if self.model.row_of(self._selected) < 0:
            self._selected = view.rows[0].standard_id
        row = self.model.row_of(self._selected)
        if self.table.currentIndex().row() != row:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, STANDARD),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_detail(session)

    def _show_detail(self, session: Session) -> None:
        d = panel_detail(session.content, session.inspection, session.evaluation, self._selected, session.user,
                         self._panel_mode)
        self._detail = d
        editable = not session.read_only
        name = d.title if d.standard_id == OVERALL else f"{d.standard_id}\u2002{d.title}"
        self.detail_title.setText(f"{name} \u2014 {d.state_text}")
        self.rating_text.setText(d.rating_text)
        set_ink(self.rating_text, tone_ink(d.tone), bold=True)
        self.panel_text.setText(d.panel_text)
        self.panel_text.setVisible(bool(d.panel_text))
        self.rationale.setText(f"<b>Lead inspector's rationale:</b> {escape(d.rationale)}" if d.rationale else "")
        self.rationale.setVisible(bool(d.rationale))
        self._show_findings(d)
        self.notes.setText("\n".join(d.notes))
        self.notes.setVisible(bool(d.notes))
        warning = colours().warning.name()
        self.flags.setText("".join(f"<p style='margin: 0 0 4px 0; color: {warning}'><b>At odds with the "
                                   f"figures:</b> {escape(flag, quote=False)}</p>" for flag in d.flags))
        self.flags.setVisible(bool(d.flags))
        self.departures.setText("".join(departure_html(m) for m in d.departures))
        self.departures.setVisible(bool(d.departures))

        for move, button in self.move_buttons.items():
            button.setVisible(move in d.moves)
            button.setEnabled(editable)
        self.move_buttons[Move.AGREE].setText(d.agree_text)
        if self._form is not None and self._form not in d.moves:
            self._close_form()
        self.stored_reason.show_text(d.decision.reason, False)
        self.stored_reason.setVisible(d.reason_editable)
        self.stored_reason_label.setVisible(d.reason_editable)
        self.stored_reason.setEnabled(editable)

        here = self.comments.currentRow()
        self.comments.clear()
        for line in d.comments:
            item = QListWidgetItem(f"{line.line.kind}: {line.line.text}\n{line.line.cited}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{line.line.kind} by {line.line.cited}: {line.line.text}")
            if line.comment.kind is CommentKind.CHALLENGE:
                item.setForeground(colours().decisive)  # a challenge asks for an answer
            self.comments.addItem(item)
        if d.comments and here >= 0:  # the row the panel was on (focusing the list picks the first)
            self.comments.setCurrentRow(min(here, len(d.comments) - 1))
        for widget in (self.comment_text, self.add_challenge, self.add_comment):
            widget.setEnabled(editable)
        self._enable_delete()

    def _show_findings(self, d: PanelDetail) -> None:
        findings = "".join(finding_html(f) for f in d.findings)
        if d.agreed_findings:
            findings += "<p><b>Against the rating agreed:</b></p>" + "".join(finding_html(f) for f in d.agreed_findings)
        self.findings.setText(findings)
        self.findings.setVisible(bool(findings))

    def recolour(self) -> None:
        if self._detail is None:
            return
        self._show_findings(self._detail)
        for row, line in enumerate(self._detail.comments):
            if line.comment.kind is CommentKind.CHALLENGE and (item := self.comments.item(row)) is not None:
                item.setForeground(colours().decisive)

    def _enable_delete(self) -> None:
        d, row = self._detail, self.comments.currentRow()
        own = d is not None and 0 <= row < len(d.comments) and d.comments[row].own
        self.delete_comment.setEnabled(own and not (self._session is None or self._session.read_only))

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        standard_id = current.data(ITEM_ID_ROLE) if current.isValid() else None
        if not standard_id or standard_id == self._selected or self._session is None:
            return
        self.commit_pending()
        self._selected = str(standard_id)
        self._typing.done()
        self._close_form()
        self.comments.setCurrentRow(-1)
        self._show_detail(self._session)

    # --- the moves ------------------------------------------------------------------------------

    def _on_move(self, move: Move) -> None:
        d = self._detail
        if d is None:
            return
        self.commit_pending()
        if move is Move.PUT:
            self._perform(PanelDecisionEdit.put(d.decision, d.proposed))
        elif move is Move.WITHDRAW:
            self._perform(PanelDecisionEdit.withdrawn(d.decision, d.proposed))
        elif move is Move.AGREE:
            self._perform(PanelDecisionEdit.agreed(d.decision, d.proposed))
        else:
            self._open_form(move, d)

    def _open_form(self, move: Move, d: PanelDetail) -> None:
        self._form = move
        choosing = move is Move.AGREE_OTHER
        self.form_rating.setVisible(choosing)
        self.form_rating_label.setVisible(choosing)
        if choosing:
            # The first rating other than the one the standard carries: the panel is agreeing another.
            carried = d.decision.agreed or d.proposed
            other = next(r for r in RATING_ORDER if r is not carried)
            self.form_rating.setCurrentIndex(self.form_rating.findData(other.value))
        self.form_confirm.setText(_CONFIRM[move])
        self.form_reason.clear()
        self.form.show()
        (self.form_rating if choosing else self.form_reason).setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_form(self) -> None:
        self._form = None
        self.form.hide()

    def _confirm(self) -> None:
        d, move = self._detail, self._form
        if d is None or move is None:
            return
        reason = self.form_reason.toPlainText()
        if move is Move.AGREE_OTHER:
            chosen = Rating(self.form_rating.currentData())
            edit = PanelDecisionEdit.agreed(d.decision, d.proposed, chosen, reason)
        else:
            edit = PanelDecisionEdit.reopened(d.decision, d.proposed, reason)
        # Refused (no reason, a rule broken): the window has said why; the form stays as typed.
        if self._perform(edit):
            self._close_form()

    def commit_pending(self) -> None:
        """Save the correction of the panel's reason typed so far."""
        d = self._detail
        if not self._typing.dirty or d is None:
            return
        self._typing.done()
        typed = self.stored_reason.toPlainText()
        self._perform(PanelDecisionEdit(d.decision, replace(d.decision, reason=typed), d.proposed))

    # --- challenges and comments ----------------------------------------------------------------

    def _add_comment(self, kind: CommentKind) -> None:
        session, d = self._session, self._detail
        if session is None or d is None:
            return
        edit = PanelCommentEdit.added(d.standard_id, kind, self.comment_text.text(), session.user, session.clock())
        if self._perform(edit):
            self.comment_text.clear()
            self.comments.setCurrentRow(self.comments.count() - 1)

    def _delete_comment(self) -> None:
        session, d, row = self._session, self._detail, self.comments.currentRow()
        if session is None or d is None or not 0 <= row < len(d.comments):
            return
        self._perform(PanelCommentEdit.deleted(d.comments[row].comment, session.user))

