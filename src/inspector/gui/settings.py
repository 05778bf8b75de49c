r"""Where the window keeps its state between sessions (QSettings).

Qt's native store is each platform's proper place for an app's settings, so it is kept: on Linux
~/.config/HMIP/YJS Inspector.conf (under XDG_CONFIG_HOME), on Windows the registry key
HKEY_CURRENT_USER\Software\HMIP\YJS Inspector, on macOS a .plist in ~/Library/Preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "HMIP"
APPLICATION = "YJS Inspector"

GEOMETRY_KEY = "window/geometry"
WINDOW_STATE_KEY = "window/state"
MAIN_SPLITTER_KEY = "window/mainSplitter"
SIDE_SPLITTER_KEY = "window/sideSplitter"
READING_SIZE_KEY = "reading/pointSize"
CURRENT_ITEM_KEY = "navigator/currentItem"


def open_settings() -> QSettings:
    # Named explicitly rather than through QCoreApplication so the store is the same however the
    # app was started (the `inspector gui` command, the `inspector-gui` script, tests).
    return QSettings(ORGANISATION, APPLICATION)
