"""The font carried by the offline bundle (DejaVu Sans, packaging/fonts/), so text is drawn on a machine
that has no fonts of its own: a bare Linux install has none, and Qt then draws boxes instead of letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector.content import bundle_folder

FONTS = "fonts"  # the bundle's folder for them (packaging/inspector.spec)


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Register the bundle's fonts (none from a source tree); the families added.

    The system's own interface font stays the app's font where there is one.
    """
    bundle = bundle_folder()
    if bundle is None:
        return []
    families: list[str] = []
    for path in sorted(Path(bundle, FONTS).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    if families and set(QFontDatabase.families()) <= set(families):
        app.setFont(QFont(families[0], app.font().pointSize()))
    return families
