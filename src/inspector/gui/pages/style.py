"""The few colours the pages share, so a warning or a muted line looks the same everywhere."""

from PySide6.QtGui import QColor, QPalette

WARNING_STYLE = "color: #b3261e; font-weight: 600;"  # needs attention: a departure without rationale
MUTED_STYLE = "color: #555555;"  # explanation and context
_WARNING_HUE = 4 / 360  # the red of WARNING_STYLE

# The palette's own: a light panel on a light desktop and a dark one on a dark desktop, where a fixed light
# background would put the palette's light text on it.
PANEL_BACKGROUND, PANEL_BORDER = "palette(alternate-base)", "palette(midlight)"


def box_style(name: str, background: str = PANEL_BACKGROUND, border: str = PANEL_BORDER) -> str:
    """A panel around a part of a page (by object name, so it does not reach the children); by default in
    the palette's own colours, so its text stays readable in a dark theme as in a light one."""
    return f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"


def warning_colour(palette: QPalette) -> QColor:
    """The warning red made from the palette: as dark as WARNING_STYLE's on a light theme's text, light
    enough to read on a dark theme's base."""
    text = palette.color(QPalette.ColorRole.Text)
    return QColor.fromHslF(_WARNING_HUE, 0.7, 0.4 + 0.3 * text.lightnessF())
