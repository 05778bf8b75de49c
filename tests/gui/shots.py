"""What the screenshot tests share: the screen sizes (1366×768, the inspectors' laptops; at 150 %, a
1920×1080 screen, 1280×720 logical), the dark palette (as Windows 11 and GNOME give one) and saving a shot
where people can look at it ($INSPECTOR_SCREENSHOT_DIR) with the checks that it is a rendered window.

Run a module with QT_SCALE_FACTOR=1.5 for the 150 % shots, named "-150"."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.test_screenshots import SCREEN, SCREENSHOT_ENV, _distinct_colours

SCALED = 1.5
SCALED_SCREEN = (1280, 720)  # 1920×1080 at 150 %

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
    assert (image.width(), image.height()) == (round(width * ratio), round(height * ratio))
    assert _distinct_colours(image) > 20  # a rendered window, not a blank or single-colour grab
