"""The panels the pages share, so a part of a page looks the same everywhere. Text colours (muted, warning)
are gui/colours.py's, made from the palette."""

from PySide6.QtGui import QColor, QPalette

from inspector.gui.colours import colours

# The palette's own: a light panel on a light desktop and a dark one on a dark desktop, where a fixed light
# background would put the palette's light text on it.
PANEL_BACKGROUND, PANEL_BORDER = "palette(alternate-base)", "palette(midlight)"


def box_style(name: str, background: str = PANEL_BACKGROUND, border: str = PANEL_BORDER) -> str:
    """A panel around a part of a page (by object name, so it does not reach the children); by default in
    the palette's own colours, so its text stays readable in a dark theme as in a light one."""
    return f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"


def warning_colour(palette: QPalette) -> QColor:
    """The warning red made from the palette, readable on its window and base."""
    return colours(palette).warning
