"""Benchmarks for the inspection window: opening, one edit with everything the window redraws after it,
and search, on the demo inspection and on the 10× one (1,000 interviews, 5,000 evidence items).

Plain script, not a test: speed is measured here, never asserted. Target (issue 4): nothing blocks the
window for more than 100 ms; opening runs on a worker thread, so only the edit and search count.
Run: .venv/bin/python benchmarks/session.py [--repeat N]
Prints a table of medians and writes benchmarks/session-results.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from inspector.app.edits import JudgementEdit
from inspector.app.key_question_view import key_question_view
from inspector.app.navigator import node_statuses, progress
from inspector.app.prompt_view import prompt_view
from inspector.app.recent import RecentFiles
from inspector.app.search import InspectionSearch
from inspector.app.session import Session
from inspector.content import Content, load_content
from inspector.demo import load_demo, scaled
from inspector.exchange.files import create_inspection_file
from inspector.gui.controller import Controller
from inspector.gui.dialogs import Dialogs
from inspector.inspection.model import Inspection, PromptJudgement, Sufficiency

RESULTS = Path(__file__).with_name("session-results.md")
TARGET_MS = 100.0
PROMPT = "1.2.1c"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def flip(session: Session) -> JudgementEdit:
    """An edit that really changes something each time: the prompt goes above, then below, the line."""
    now = session.inspection.judgement(PROMPT)
    wanted = Sufficiency.BELOW if now.sufficiency is Sufficiency.ABOVE else Sufficiency.ABOVE
    return JudgementEdit(now, PromptJudgement(PROMPT, wanted))


def measure(content: Content, inspection: Inspection, folder: Path, repeat: int, app: QApplication) -> dict[str, float]:
    path = folder / f"{len(inspection.evidence)}.yjsi"
    create_inspection_file(path, inspection, content, "bench", "benchmark")
    results = {
        "open (file, snapshot, evaluate)": median_ms(lambda: Session.open(path, content, "bench").close(), repeat),
    }
    session = Session.open(path, content, "bench")
    try:
        results["edit: save and update the snapshot in memory"] = median_ms(
            lambda: session.apply(flip(session)), repeat * 2)

        results["re-read the whole file and evaluate (what an edit would cost without it)"] = median_ms(
            session.reload, repeat)

        def views() -> None:
            framework = content.framework
            node_statuses(framework, session.inspection, session.evaluation)
            progress(framework, session.inspection)
            prompt_view(content, session.inspection, session.evaluation, PROMPT)
            key_question_view(content, session.inspection, session.evaluation, PROMPT[:5])
        results["redraw data (navigator, progress, page)"] = median_ms(views, repeat)
        search = InspectionSearch(content.framework)
        search.search("x", session.inspection)  # the first search folds every item once
        results["search as you type (one keystroke)"] = median_ms(
            lambda: search.search("supervision records", session.inspection), repeat)
    finally:
        session.close()

    controller = Controller(content, QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat), login="bench",
                            recent=RecentFiles(folder / "recent.json"), data_folder=folder,
                            dialogs=Dialogs(person=lambda _parent, team: team[0]))
    window = controller.open_path(path)
    assert window is not None
    window.show_item(PROMPT)
    app.processEvents()

    def click() -> None:
        window.perform(flip(window.session))
        app.processEvents()  # the repaint the edit causes
    results["window: one edit, saved and redrawn"] = median_ms(click, repeat * 2)
    controller.quit()
    app.processEvents()
    return results


def table(rows: dict[str, dict[str, float]], sizes: dict[str, str]) -> str:
    names = list(next(iter(rows.values())))
    lines = ["| operation | " + " | ".join(f"{size} ({sizes[size]})" for size in rows) + " |",
             "|---|" + "---:|" * len(rows)]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(f"{rows[size][name]:.1f} ms" for size in rows) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    content = load_content()
    demo = load_demo(content)
    inspections = {
        "demo": demo,
        "10×": scaled(demo, 10),
    }
    sizes = {name: f"{len(i.interviews):,} interviews, {len(i.evidence):,} evidence" for name, i in inspections.items()}
    with tempfile.TemporaryDirectory() as folder:
        rows = {name: measure(content, i, Path(folder), args.repeat, app) for name, i in inspections.items()}
    report = table(rows, sizes)
    print(report)
    edit = rows["10×"]["window: one edit, saved and redrawn"]
    verdict = (f"- one edit in the window at 10×: {edit:.1f} ms against {TARGET_MS:g} ms — "
               f"{'met' if edit < TARGET_MS else 'MISSED'}")
    print(verdict)
    RESULTS.write_text("\n".join([
        "# Inspection window benchmarks",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} with `benchmarks/session.py --repeat {args.repeat}` (medians) on "
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        "Qt offscreen.",
        "",
        report,
        "",
        verdict,
        "",
        "- open: runs on a worker thread with a busy indicator (`gui/background.py`), so the window keeps",
        "  painting however long it takes;",
        "- edit: the store's transaction with its audit row, then the edit's own change to the snapshot in",
        "  memory and a new evaluation (`app/session.py`); re-reading the whole file, which the window does",
        "  only after a refused write, is shown for comparison;",
        "- window: `InspectionWindow.perform` on the prompt page, with the navigator, progress and page",
        "  redrawn and the events processed.",
        "",
    ]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
