"""The window starts without the Word-report libraries (about 0.15 s of imports): python-docx, docxtpl and
jinja2 are loaded at the first report preview or export, not before the window is painted; matplotlib
(about 0.4 s) only when a publication draft with case counts draws its chart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from inspector.content import load_content
from inspector.demo import load_demo
from inspector.exchange.files import create_inspection_file

# A fresh interpreter runs the `inspector-gui` script's entry point on FILE (with the `inspector` script's
# command line imported too); once the inspection window has painted, every section's page is shown, then
# a ratings-panel report is previewed as the window's worker does. It prints the report libraries loaded
# by each point and closes the window, as File > Quit.
CHILD = """
import json, sys
import inspector.cli
import inspector.gui.app as gui_app
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
# "Who are you?": the lead inspector, as a returning user's remembered answer would be.
QInputDialog.getItem = staticmethod(lambda parent, title, label, names, *rest: (names[0], True))
from inspector.app.navigator import SECTIONS
from inspector.app.report_export import Output, make_preview, take_inputs
from inspector.gui.inspection_window import InspectionWindow

LIBRARIES = ("docx", "docxtpl", "docxcompose", "jinja2", "lxml", "matplotlib", "numpy")

def loaded():
    return sorted({m.split(".")[0] for m in sys.modules} & set(LIBRARIES))

def painted(window):
    for section in SECTIONS:
        window.show_item(section.id)
        QApplication.processEvents()
    started = loaded()
    make_preview(take_inputs(window.session), Output.PANEL, window.session.content.report_templates)
    print("loaded " + json.dumps({"started": started, "previewed": loaded()}), flush=True)
    QApplication.closeAllWindows()

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), InspectionWindow)):
            self.seen = True
            window = watched.window()
            QTimer.singleShot(0, lambda: painted(window))
        return False

watcher = FirstPaint()
configure = gui_app.configure_application
def configure_and_watch(app):
    configure(app)
    app.installEventFilter(watcher)
gui_app.configure_application = configure_and_watch
sys.exit(gui_app.main([sys.argv[1]]))
"""


def test_the_window_starts_without_the_report_libraries(tmp_path: Path) -> None:
    content = load_content()
    path = tmp_path / "demo.yjsi"
    create_inspection_file(path, load_demo(content), content, "tester", "test")
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, capture_output=True, text=True,
                          timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("loaded ")), None)
    assert done.returncode == 0 and line is not None, done.stdout[-2000:] + done.stderr[-2000:]
    loaded = json.loads(line.removeprefix("loaded "))
    assert loaded["started"] == []
    assert {"docx", "docxtpl", "jinja2", "lxml"} <= set(loaded["previewed"])  # the check sees them when loaded
    assert "matplotlib" not in loaded["previewed"]  # the panel report has no chart
