"""What the GUI adds to the app's log (inspector.logs): the start and stop lines, Qt's own messages; and
Help > Show log folder."""

from __future__ import annotations

import logging
import platform
import sys

import PySide6
from PySide6.QtCore import QMessageLogContext, QtMsgType, QUrl, qInstallMessageHandler, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

import inspector
from inspector import owner_only
from inspector.app.places import log_folder
from inspector.content import bundle_folder
from inspector.logs import log_file

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO, QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR, QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_log = logging.getLogger("inspector.app")
_qt_log = logging.getLogger("inspector.qt")


def log_qt_messages() -> None:
    """From now on Qt's warnings (a platform plugin that will not load, a missing font) go to the log too."""
    qInstallMessageHandler(_handle)


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category if context.category not in (None, "", "default") else ""
    _qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", f"{category}: " if category else "", message)
    print(message, file=sys.stderr)  # as Qt's own handler would


def show_log_folder() -> None:
    """Open the folder holding the log in the system's file manager, to attach the file to an e-mail."""
    current = log_file()
    folder = current.parent if current is not None else log_folder()
    owner_only.make_folder(folder)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def log_start(app: QApplication) -> None:
    """The first line of a run: versions and where it runs, for whoever reads a log sent in."""
    _log.info("start: YJS Inspector %s (%s), Python %s, Qt %s, PySide6 %s, %s, platform plugin %s",
              inspector.__version__, "bundle" if bundle_folder() is not None else "source",
              platform.python_version(), qVersion(), PySide6.__version__, platform.platform(), app.platformName())


def log_stop(code: int) -> None:
    _log.info("stop: exit code %d", code)
