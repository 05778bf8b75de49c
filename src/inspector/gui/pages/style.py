"""The few colours the pages share, so a warning or a muted line looks the same everywhere."""

WARNING_STYLE = "color: #b3261e; font-weight: 600;"  # needs attention: a departure without rationale
MUTED_STYLE = "color: #555555;"  # explanation and context

# The palette's own: a light panel on a light desktop and a dark one on a dark desktop, where a fixed light
# background would put the palette's light text on it.
PANEL_BACKGROUND, PANEL_BORDER = "palette(alternate-base)", "palette(midlight)"


def box_style(name: str, background: str = PANEL_BACKGROUND, border: str = PANEL_BORDER) -> str:
    """A light panel around a part of a page (by object name, so it does not reach the children)."""
    return f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
