"""What the screenshot tests share: the screen sizes (1366×768, the inspectors' laptops; at 150 %, the same
laptop, 911×512 logical), the dark palette (as Windows 11 and GNOME give one) and a high-contrast one,
saving a shot where people can look at it ($INSPECTOR_SCREENSHOT_DIR) with the checks that it is a rendered
window, and the check that a window's labels read on what is drawn behind them and are not cut.

Run a module with QT_SCALE_FACTOR=1.5 for the 150 % shots, named "-150"."""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from inspector.gui.colours import AA, contrast
from tests.gui.test_screenshots import SCREEN, SCREENSHOT_ENV, _distinct_colours

SCALED = 1.5
SCALED_SCREEN = (911, 512)  # 1366×768 at 150 %

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2b2b2b",
    QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#383838",
    QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#7cacf8", QPalette.ColorRole.ToolTipBase: "#383838",
    QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#404040", QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#202020", QPalette.ColorRole.Shadow: "#101010",
}


# Windows' "High contrast black" (Night sky's colours), as Qt reads it from the system.
_HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#000000",
    QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.Highlight: "#1aebff",
    QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.PlaceholderText: "#c0c0c0",
    QPalette.ColorRole.Link: "#ffff00", QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#c0c0c0", QPalette.ColorRole.Mid: "#808080",
    QPalette.ColorRole.Dark: "#404040", QPalette.ColorRole.Shadow: "#000000",
}


def high_contrast_palette(base: QPalette) -> QPalette:
    contrast = QPalette(base)
    for role, colour in _HIGH_CONTRAST.items():
        contrast.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        contrast.setColor(QPalette.ColorGroup.Disabled, role, QColor("#3ff23f"))  # Windows' disabled green
    return contrast


def dark_palette(base: QPalette) -> QPalette:
    dark = QPalette(base)
    for role, colour in _DARK.items():
        dark.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))  # greyed, as a dark theme greys
    return dark


def screen_size() -> tuple[int, int]:
    """The window's size in logical pixels for the screen the test runs on."""
    return SCALED_SCREEN if QApplication.primaryScreen().devicePixelRatio() == SCALED else SCREEN


def save_shot(image: QImage, name: str, palette: str, folder: Path) -> None:
    """Save as "<name>-<palette>[-150].png" in `folder` and $INSPECTOR_SCREENSHOT_DIR, after checking it is a
    whole rendered window."""
    ratio = QApplication.primaryScreen().devicePixelRatio()
    file_name = f"{name}-{palette}{'-150' if ratio == SCALED else ''}.png"
    paths = [folder / file_name]
    if shots := os.environ.get(SCREENSHOT_ENV):
        Path(shots).mkdir(parents=True, exist_ok=True)
        paths.append(Path(shots) / file_name)
    for path in paths:
        assert image.save(str(path)), path
    width, height = screen_size()
    # 911 at 150 % is 1366.5 device pixels: Qt rounds up.
    assert (image.width(), image.height()) == (math.ceil(width * ratio), math.ceil(height * ratio))
    assert _distinct_colours(image) > 20  # a rendered window, not a blank or single-colour grab


_INLINE = re.compile(r"<span style=[\"']([^\"']*)[\"']", re.IGNORECASE)
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", re.IGNORECASE)
_BACKGROUND = re.compile(r"background-color:\s*(#[0-9a-f]{6})", re.IGNORECASE)


def background_under(widget: QWidget, window: QWidget, image: QImage) -> QColor:
    """The colour drawn most behind the widget in the window's grab (text covers far less than its ground)."""
    ratio = image.width() / window.width()
    corner = widget.mapTo(window, QPoint(0, 0))
    counts: Counter[int] = Counter()
    width, height = max(widget.width(), 1), max(widget.height(), 1)
    for y in range(0, height, max(height // 12, 1)):
        for x in range(0, width, max(width // 40, 1)):
            px, py = round((corner.x() + x) * ratio), round((corner.y() + y) * ratio)
            if 0 <= px < image.width() and 0 <= py < image.height():
                counts[image.pixel(px, py)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0]) if counts else QColor(widget.palette().color(
        QPalette.ColorRole.Window))


def unreadable(window: QWidget, image: QImage) -> list[str]:
    """The shown labels whose text (the palette's or a colour in their rich text) has less than WCAG AA's
    4.5:1 against what is drawn behind them, and the labels and buttons too narrow for their text (cut)."""
    problems = []
    for widget in (window, *window.findChildren(QWidget)):
        if not widget.isVisible() or widget.visibleRegion().isEmpty() or widget.window() is not window:
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else "")
        if isinstance(widget, QAbstractButton) and widget.text() and widget.width() < widget.sizeHint().width():
            problems.append(f"cut: {name!r} {widget.width()} < {widget.sizeHint().width()}")
        if not isinstance(widget, QLabel) or not widget.text().strip():
            continue
        if not widget.wordWrap() and not widget.property("elides") and widget.width() < widget.sizeHint().width() - 1:
            problems.append(f"cut: {name[:60]!r} {widget.width()} < {widget.sizeHint().width()}")
        group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
        ground = background_under(widget, window, image)
        inks = [(widget.palette().color(group, QPalette.ColorRole.WindowText), ground)]
        for style in _INLINE.findall(widget.text()):
            if colour := _COLOUR.search(style):
                back = _BACKGROUND.search(style)
                inks.append((QColor(colour.group(1)), QColor(back.group(1)) if back else ground))
        for ink, back in inks:
            ratio = contrast(ink, back)
            if ratio < AA and widget.isEnabled():
                problems.append(f"unreadable: {name[:60]!r} {ink.name()} on {back.name()} = {ratio:.2f}")
    return problems
