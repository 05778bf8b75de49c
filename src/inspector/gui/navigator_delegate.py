"""Painting a navigator row: the label, shortened to leave room at the right for the node's state as a
small coloured pill ("below, decisive", "suggested: no", "Good"), a "!" marker when the node has
something that needs attention, and, before them, the team member it is assigned to. The words are always
there: colour only repeats them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from inspector.app.navigator import Tone
from inspector.gui.colours import colours
from inspector.gui.model_index import ModelIndex
from inspector.gui.navigator_model import ASSIGNEE_ROLE, FLAGS_ROLE, STATE_ROLE, TONE_ROLE

# Filled pills for what the inspector has decided; outlined for what is open or only suggested. The colours
# are the palette's (gui/colours.py): a filled pill's text is the base colour on the tone, an outlined
# pill's the tone on the base, both at least 4.5:1.
FILLED = (Tone.POSITIVE, Tone.NEGATIVE, Tone.DECISIVE)
_PAD, _GAP = 6, 6


def _small(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * 0.85, 7.0))
    font.setBold(True)
    return font


class StatusDelegate(QStyledItemDelegate):
    ROW_PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.ROW_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        state = str(index.data(STATE_ROLE) or "")
        tone = Tone(index.data(TONE_ROLE) or Tone.OPEN.value)
        flags = index.data(FLAGS_ROLE) or ()
        assignee = str(index.data(ASSIGNEE_ROLE) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        if style is None or not state:
            super().paint(painter, option, index)
            return
        font = _small(opt.font)
        metrics = QFontMetrics(font)
        pill_width = metrics.horizontalAdvance(state) + 2 * _PAD
        flag_width = metrics.height() if flags else 0
        assignee_width = QFontMetrics(opt.font).horizontalAdvance(assignee) if assignee else 0
        reserved = (pill_width + (flag_width + _GAP if flags else 0) + (assignee_width + _GAP if assignee else 0)
                    + 2 * _GAP)
        opt.text = opt.fontMetrics.elidedText(
            opt.text, Qt.TextElideMode.ElideRight, max(opt.rect.width() - reserved - 8, 20))
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        height = metrics.height() + 2
        top = opt.rect.top() + (opt.rect.height() - height) // 2
        right = opt.rect.right() - _GAP
        pill = QRect(right - pill_width, top, pill_width, height)
        found = colours(opt.palette)
        colour = found.tone(tone)
        if tone in FILLED:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, 4, 4)
            painter.setPen(found.on_tone)
        else:
            painter.setPen(colour)
            painter.setBrush(opt.palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), 4, 4)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, state)
        if flags:
            marker = QRect(pill.left() - _GAP - flag_width, top, flag_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(found.decisive)
            painter.drawEllipse(marker.adjusted(1, 1, -1, -1))
            painter.setPen(found.on_tone)
            painter.drawText(marker, Qt.AlignmentFlag.AlignCenter, "!")
        if assignee:
            left_of = pill.left() - _GAP - (flag_width + _GAP if flags else 0)
            place = QRect(left_of - assignee_width, opt.rect.top(), assignee_width, opt.rect.height())
            painter.setFont(opt.font)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(role))
            painter.drawText(place, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, assignee)
        painter.restore()
