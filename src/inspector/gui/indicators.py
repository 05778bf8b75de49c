"""Radio buttons and check boxes that can be told apart in any palette.

Fusion (the style on Linux and the offscreen platform) draws a radio button's ring and a check box's
frame in the window colour darkened, which on a dark theme is darker than the window itself: the rings
vanish, each button reads as a dark dot and the chosen one as a slightly different dark dot. Here the ring
and the frame are drawn in gui/colours.py's outline (at least 3:1 against the window, as WCAG asks of a
control's boundary) and the chosen radio button's dot is the palette's text colour, half the ring across.
Other styles (Windows', macOS's) draw their own and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from inspector.gui.colours import colours, mix

_PE = QStyle.PrimitiveElement
_STATE = QStyle.StateFlag


class ClearIndicatorStyle(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == _PE.PE_IndicatorRadioButton:
            self._radio(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == _PE.PE_IndicatorCheckBox:
            self._frame(option, painter)

    @staticmethod
    def _ring(option: QStyleOption) -> QPen:
        found = colours(option.palette)
        palette = option.palette
        if not option.state & _STATE.State_Enabled:
            colour = mix(found.outline, palette.color(QPalette.ColorRole.Window), 0.5)
        elif option.state & (_STATE.State_MouseOver | _STATE.State_HasFocus):
            colour = palette.color(QPalette.ColorRole.Highlight)
        else:
            colour = found.outline
        return QPen(colour, 1.0)

    def _radio(self, option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        enabled = bool(option.state & _STATE.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        side = min(option.rect.width(), option.rect.height())
        ring = QRectF(option.rect.x() + (option.rect.width() - side) / 2 + 0.5,
                      option.rect.y() + (option.rect.height() - side) / 2 + 0.5, side - 1.0, side - 1.0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._ring(option))
        painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
        painter.drawEllipse(ring)
        if option.state & _STATE.State_On:
            inset = ring.width() / 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(group, QPalette.ColorRole.Text))
            painter.drawEllipse(ring.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def _frame(self, option: QStyleOption, painter: QPainter) -> None:
        """The check box's frame again, over Fusion's, as Fusion places it."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(0.5, 0.5)
        painter.setPen(self._ring(option))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def use_clear_indicators(app: QApplication) -> None:
    """Fusion's indicators replaced (once) by ones that show in any palette; any other style kept."""
    style = app.style()
    if isinstance(style, ClearIndicatorStyle) or style.name().lower() != "fusion":
        return
    app.setStyle(ClearIndicatorStyle("Fusion"))
