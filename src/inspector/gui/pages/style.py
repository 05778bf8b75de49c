"""The few colours the pages share, so a warning or a muted line looks the same everywhere."""

WARNING_STYLE = "color: #b3261e; font-weight: 600;"  # needs attention: a departure without rationale
MUTED_STYLE = "color: #555555;"  # explanation and context


def box_style(name: str, background: str = "palette(alternate-base)", border: str = "palette(mid)") -> str:
    """A panel around a part of a page (by object name, so it does not reach the children); by default in
    the palette's own colours, so its text stays readable in a dark theme as in a light one."""
    return f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
