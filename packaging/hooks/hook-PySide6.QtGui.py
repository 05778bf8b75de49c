# Replaces PyInstaller's hook for PySide6.QtGui (hooks given in the spec's hookspath come first): the same
# collection, less the Qt plugins a desktop app on a laptop never loads. Leaving them out here, before
# PyInstaller looks up the libraries they link to, keeps those libraries out too (GTK for the gtk3 theme,
# QtNetwork for the TUIO touch plugin) and the build free of "library not found" for them.
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = {
    # Linux framebuffer, embedded and remote display platforms: a laptop uses xcb (X11) or wayland.
    "platforms": {"eglfs", "linuxfb", "minimal", "minimalegl", "vkkhrdisplay", "vnc"},
    "egldeviceintegrations": None,  # None: the whole folder (eglfs only)
    "generic": None,  # evdev and TUIO input, for the platforms above
    "platformthemes": {"gtk3"},  # needs GTK 3; the xdg-desktop-portal theme stays
}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)


def _unused(source: str) -> bool:
    path = PurePath(source)
    names = UNUSED_PLUGINS.get(path.parent.name, set()) if path.parent.parent.name == "plugins" else set()
    return names is None or path.stem.removeprefix("libq").removeprefix("q") in names


binaries = [(source, target) for source, target in binaries if not _unused(source)]
