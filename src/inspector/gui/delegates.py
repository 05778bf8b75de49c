"""Painting for the navigator (tags beside prompts) and the results list (two-line hits).

Drawing only; what a tag says and what a hit contains come from the models.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from inspector.gui.colours import colours
from inspector.gui.framework_model import TAGS_ROLE
from inspector.gui.model_index import ModelIndex
from inspector.gui.results_model import HEADING_ROLE, ITEM_LABEL_ROLE, SNIPPET_ROLE

# Colours match the reading pane's tags (gui/colours.py reading_css) so a tag means the same in both.
_TAG_INKS = {"Diversity": "diversity", "Interviews": "interviews"}
_TAG_PADDING = 5
_TAG_GAP = 4


def _tag_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * 0.8, 7.0))
    font.setBold(True)
    return font


class TaggedItemDelegate(QStyledItemDelegate):
    """The default item, its text shortened to leave room for small coloured tags at the right."""

    ROW_PADDING = 6  # a little air between rows: the default is tight for reading long labels

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.ROW_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        tags: tuple[str, ...] = index.data(TAGS_ROLE) or ()
        if not tags:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        font = _tag_font(opt.font)
        metrics = QFontMetrics(font)
        widths = [metrics.horizontalAdvance(tag) + 2 * _TAG_PADDING for tag in tags]
        reserved = sum(widths) + _TAG_GAP * len(tags) + 4
        # Elide the text ourselves so the style paints the full-width row (selection included)
        # without running the text under the tags.
        text_width = max(opt.rect.width() - reserved - 8, 20)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, text_width)
        style = opt.widget.style() if opt.widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        painter.save()
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = metrics.height() + 2
        top = opt.rect.top() + (opt.rect.height() - height) // 2
        x = opt.rect.right() - reserved + _TAG_GAP
        found = colours(opt.palette)
        for tag, width in zip(tags, widths, strict=True):
            box = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(getattr(found, _TAG_INKS.get(tag, "muted")))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(found.on_tone)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tag)
            x += width + _TAG_GAP
        painter.restore()


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per hit: where (bold, then the item's words, muted) and the snippet, elided to
    the list's width."""

    _MARGIN = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.lineSpacing() + 2 * self._MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the background and focus; the text is drawn below
        widget: QWidget | None = opt.widget
        style = widget.style() if widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group, text_role)

        area = opt.rect.adjusted(self._MARGIN + 2, self._MARGIN, -self._MARGIN, -self._MARGIN)
        line = QFontMetrics(opt.font).lineSpacing()
        bold = QFont(opt.font)
        bold.setBold(True)
        plain = QFontMetrics(opt.font)
        elide = Qt.TextElideMode.ElideRight
        heading = QFontMetrics(bold).elidedText(str(index.data(HEADING_ROLE) or ""), elide, area.width())
        heading_width = QFontMetrics(bold).horizontalAdvance(heading)
        # The item's own words after the heading, as room allows: "1.2.3a" alone means little.
        label_width = area.width() - heading_width - 10
        label = plain.elidedText(str(index.data(ITEM_LABEL_ROLE) or ""), elide, label_width) if label_width > 40 else ""
        snippet = plain.elidedText(str(index.data(SNIPPET_ROLE) or ""), elide, area.width())
        muted = colour if selected else colours(opt.palette).muted
        first = QRect(area.left(), area.top(), area.width(), line)
        second = QRect(area.left(), area.top() + line, area.width(), line)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        painter.setPen(colour)
        painter.setFont(bold)
        painter.drawText(first, align, heading)
        painter.setFont(opt.font)
        painter.setPen(muted)
        painter.drawText(first.adjusted(heading_width + 10, 0, 0, 0), align, label)
        painter.setPen(colour)
        painter.drawText(second, align, snippet)
        painter.restore()

