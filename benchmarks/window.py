"""Benchmarks for the inspection window as the inspector meets it: cold start of `inspector gui FILE` to
the window's first paint (and what the import time goes to), then switching pages, one edit and one
evidence item added through the form on the 10× inspection (1,000 interviews, 5,000 evidence items).

Plain script, not a test: speed is measured here, never asserted. Target (issue 4): no operation blocks
the window for more than 100 ms.
Run: .venv/bin/python benchmarks/window.py [--starts N] [--repeat N] [--profile] [--pages-only]
    [--typing-only]
Prints the tables and writes benchmarks/window-results.md, keeping its hand-written "Reading" section;
with --pages-only, only the page switching (and the edit) is measured and printed, nothing is written;
with --typing-only, only typing into a spell-checked text box (issue 13: spell-checking a 5,000-character
text never blocks typing).

Cold start runs the real entry points (`inspector.cli.main(["gui", FILE])`, what the `inspector` script
calls, and `inspector.gui.app.main([FILE])`, the `inspector-gui` script's) in a fresh interpreter each
time, offscreen, with a home folder of its own so the user's settings and recent files are untouched.
The product has no benchmark hook: the child wraps a few of its functions to note the time
(CLOCK_MONOTONIC, shared by parent and child) and, once the inspection window has painted, closes it so
the app ends as it would on File > Quit.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.app.navigator import SECTIONS
from inspector.app.recent import RecentFiles
from inspector.content import Content, load_content
from inspector.demo import load_demo, scaled
from inspector.exchange.files import create_inspection_file
from inspector.gui.controller import Controller
from inspector.gui.dialogs import Dialogs
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.pages.text_boxes import TextBox
from inspector.gui.spelling import install, uninstall
from inspector.inspection.model import Document, DocumentKind, Inspection
from inspector.spelling import PersonalWords, SpellService, find_dictionary, words
from inspector.spelling.service import LOADING, READY
from session import flip

RESULTS = Path(__file__).with_name("window-results.md")
READING = "## Reading"  # the results file's hand-written part, kept when the figures are measured again
TARGET_MS = 100.0
EVIDENCE_TARGET_MS = 50.0  # issue 11: one evidence item added, from Ctrl+Return to the page showing it
EVIDENCE_PROMPTS = ("1.2.1c", "1.2.1a")  # a prompt with a few items at 10×, and the one with the most

# The child: one of the app's entry points (argv: FILE, "inspector" or "inspector-gui"), with time stamps
# taken around it. Printed to stderr as one JSON line, "stamps {...}", once the first paint of the
# inspection window has been processed.
CHILD = """
import json, sys, time
stamps = {"interpreter ready": time.monotonic()}
path, entry = sys.argv[1:]
if entry == "inspector":
    from inspector.cli import main as cli_main
    run = lambda: cli_main(["gui", path])
import inspector.gui.app as gui_app
if entry == "inspector-gui":
    run = lambda: gui_app.main([path])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
# "Who are you?" is asked on the first run only (a returning user's answer is remembered): the lead.
QInputDialog.getItem = staticmethod(lambda parent, title, label, names, *rest: (names[0], True))
from inspector.app.session import Session
from inspector.gui.inspection_window import InspectionWindow
stamps["imports done"] = time.monotonic()

def stamped(name, function):
    def timed(*args, **kwargs):
        result = function(*args, **kwargs)
        stamps[name] = time.monotonic()
        return result
    return timed

gui_app.load_content = stamped("content loaded", gui_app.load_content)
Session.open = staticmethod(stamped("file opened and evaluated", Session.open))
InspectionWindow.__init__ = stamped("window built", InspectionWindow.__init__)

def painted():
    stamps["first paint done"] = time.monotonic()
    print("stamps " + json.dumps(stamps), file=sys.stderr, flush=True)
    QApplication.closeAllWindows()

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), InspectionWindow)):
            self.seen = True
            QTimer.singleShot(0, painted)  # after the whole paint pass
        return False

watcher = FirstPaint()
configure = gui_app.configure_application
def configure_and_watch(app):
    configure(app)
    app.installEventFilter(watcher)
gui_app.configure_application = configure_and_watch
sys.exit(run())
"""

PHASES = ("interpreter ready", "imports done", "content loaded", "file opened and evaluated", "window built",
          "first paint done")
IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def child_environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        env[variable] = str(home / folder)
    return env


def cold_start(path: Path, home: Path, entry: str, *flags: str) -> tuple[dict[str, float], str]:
    """One start in a fresh interpreter: ms from just before the process is spawned to each phase's end,
    and the child's stderr."""
    start = time.monotonic()
    done = subprocess.run([sys.executable, *flags, "-c", CHILD, str(path), entry], env=child_environment(home),
                          capture_output=True, text=True, timeout=120)
    line = next((x for x in done.stderr.splitlines() if x.startswith("stamps ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"the app did not start and paint: exit {done.returncode}\n{done.stderr[-2000:]}")
    stamps = json.loads(line.removeprefix("stamps "))
    return {phase: (stamps[phase] - start) * 1000 for phase in PHASES}, done.stderr


def interpreter_alone(home: Path, runs: int) -> float:
    """ms to spawn a bare interpreter and let it end, for comparison."""
    times = []
    for _ in range(runs):
        start = time.monotonic()
        subprocess.run([sys.executable, "-c", "pass"], env=child_environment(home), check=True)
        times.append((time.monotonic() - start) * 1000)
    return statistics.median(times)


def import_times(stderr: str) -> tuple[dict[str, float], dict[str, float]]:
    """From `-X importtime` output: ms of own import time per module, and per package (top-level, or
    the app's own subpackages: inspector.gui, inspector.reports, ...)."""
    own: dict[str, float] = {}
    packages: dict[str, float] = defaultdict(float)
    for match in IMPORT_LINE.finditer(stderr):
        own_us, name = int(match.group(1)), match.group(4)
        own[name] = own_us / 1000
        parts = name.split(".")
        packages[".".join(parts[:2] if parts[0] == "inspector" else parts[:1])] += own_us / 1000
    return own, dict(packages)


def median_by_key(runs: list[dict[str, float]]) -> dict[str, float]:
    keys = {key for run in runs for key in run}
    return {key: statistics.median(run.get(key, 0.0) for run in runs) for key in keys}


def measure_starts(files: dict[str, Path], folder: Path, starts: int) -> tuple[dict[str, dict[str, float]], str]:
    """Cold starts of `inspector gui FILE` on each file, and of `inspector-gui FILE` (the desktop
    shortcut's script, which skips the command line's other commands) on the 10× one."""
    rows: dict[str, dict[str, float]] = {}
    runs = [(name, path, "inspector") for name, path in files.items()] + [("10×", files["10×"], "inspector-gui")]
    for name, path, entry in runs:
        home = folder / f"home-{name}-{entry}"
        cold_start(path, home, entry)  # the first run writes the settings and recent list a returning user has
        rows[f"`{entry}`, {name}"] = median_by_key([cold_start(path, home, entry)[0] for _ in range(starts)])
    home = folder / "home-imports"
    measured = [import_times(cold_start(files["10×"], home, "inspector", "-X", "importtime")[1])
                for _ in range(starts)]
    own = median_by_key([m[0] for m in measured])
    packages = median_by_key([m[1] for m in measured])
    lines = [f"Median over {starts} starts of `python -X importtime` (the 10× start; importtime's own",
             "overhead included). Own import time by package (the app's own by subpackage):", "",
             "| package | own import time |", "|---|---:|"]
    lines += [f"| `{p}` | {ms:.0f} ms |" for p, ms in sorted(packages.items(), key=lambda kv: -kv[1])[:12]]
    lines += [f"| all ({len(own)} modules) | {sum(own.values()):.0f} ms |", "",
              "The ten modules that take longest themselves:", "", "| module | own import time |", "|---|---:|"]
    lines += [f"| `{m}` | {ms:.1f} ms |" for m, ms in sorted(own.items(), key=lambda kv: -kv[1])[:10]]
    rows["interpreter alone (python -c pass)"] = {"first paint done": interpreter_alone(home, starts)}
    return rows, "\n".join(lines)


def start_table(rows: dict[str, dict[str, float]]) -> str:
    starts = [name for name in rows if name.startswith("`")]
    lines = ["| process start to the end of … | " + " | ".join(starts) + " |", "|---|" + "---:|" * len(starts)]
    for phase in PHASES:
        lines.append(f"| {phase} | " + " | ".join(f"{rows[n][phase]:.0f} ms" for n in starts) + " |")
    bare = rows["interpreter alone (python -c pass)"]["first paint done"]
    lines.append(f"\nFor comparison, a bare interpreter (`python -c pass`) starts and ends in {bare:.0f} ms.")
    return "\n".join(lines)


# --- in-process: switching pages at 10× ---------------------------------------------------------


def page_kinds(content: Content) -> dict[str, list[str]]:
    """The items shown, by kind of page, each kind cycling through its items so every show is new."""
    framework = content.framework
    kinds = {
        "prompt": [p.id for p in framework.prompts],
        "key question": [kq.id for s in framework.standards for kq in s.key_questions],
        "standard": [s.id for s in framework.standards],
    }
    kinds.update({f"{section.label} (section)": [section.id] for section in SECTIONS})
    return kinds


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure_pages(window: InspectionWindow, app: QApplication, content: Content,
                  repeat: int) -> dict[str, dict[str, float]]:
    kinds = page_kinds(content)
    shown: dict[str, list[float]] = defaultdict(list)
    painted: dict[str, list[float]] = defaultdict(list)
    for round_ in range(repeat + 1):  # round 0: each page's first visit
        for kind, items in kinds.items():
            item = items[round_ % len(items)]
            shown[kind].append(time_ms(partial(window.show_item, item)) + time_ms(app.processEvents))
            painted[kind].append(time_ms(window.repaint))
    return {kind: {"first visit": shown[kind][0], "median": statistics.median(shown[kind][1:]),
                   "max": max(shown[kind][1:]), "repaint median": statistics.median(painted[kind][1:]),
                   "repaint max": max(painted[kind][1:])} for kind in kinds}


def measure_edit(window: InspectionWindow, app: QApplication, repeat: int) -> dict[str, float]:
    window.show_item("1.2.1c")  # the prompt session.py's flip changes
    app.processEvents()

    def click() -> None:
        window.perform(flip(window.session))
        app.processEvents()  # the redraw the edit causes
    times = [time_ms(click) for _ in range(repeat)]
    return {"median": statistics.median(times), "max": max(times)}


def with_document(inspection: Inspection) -> Inspection:
    minutes = Document("Management board minutes, 12 May 2024", DocumentKind.EVIDENCE_IN_ADVANCE, id="bench-minutes")
    return replace(inspection, documents=(*inspection.documents, minutes))


def measure_evidence(window: InspectionWindow, app: QApplication, prompt_id: str, repeat: int) -> dict[str, float]:
    """One evidence item added through the window: the form filled (text, reference, register entry as
    there is one, page), saved as Ctrl+Return saves it, and the events processed until the page shows it."""
    window.show_item(prompt_id)
    app.processEvents()
    page = window.prompt_page

    def add(n: int) -> None:
        text = f"Benchmark item {n}: the board minutes record the partnership agreeing the plan"
        page.evidence_text.setPlainText(text)
        page.reference.setText("Board minutes 12/5/24")
        page.document.setCurrentIndex(min(1, page.document.count() - 1))
        page.document_page.setText("p. 4" if page.document.currentIndex() > 0 else "")
        assert page.save_form(), page.editor_problem.text()
        app.processEvents()  # the redraw the edit causes
        shown = page.evidence_model.evidence(page.evidence_model.rowCount() - 1)  # the newest is last
        assert shown is not None and shown.text == text

    times = [time_ms(lambda n=n: add(n)) for n in range(repeat)]  # type: ignore[misc]  # mypy cannot infer a lambda with a default
    return {"median": statistics.median(times), "max": max(times), "items": page.evidence_model.rowCount()}


# --- typing into a spell-checked text box ------------------------------------------------------------

TYPING_CHARACTERS = 5000
TYPED = "The case manager recieved the plan and the child's behaviour improved; partners agreed the next steps. "
TYPED_KEYS = 200  # keystrokes measured in each state (the sentence above, again and again)
LOADING_KEYS_MAX = 5000  # while the dictionary is read: as many as it takes, no more than this
TURN_KEYS = 10  # keys typed into one box before the other's turn


def evidence_text(inspection: Inspection, characters: int = TYPING_CHARACTERS) -> str:
    """`characters` of the demo's evidence texts, one after another in one paragraph (the highlighter's
    worst case: the whole paragraph is looked at again on each keystroke), ending at a word."""
    text = ""
    for item in inspection.evidence:
        text += item.text.replace("\n", " ") + " "
        if len(text) >= characters:
            break
    return text[:characters].rsplit(" ", 1)[0] + "."


def type_keys(app: QApplication, boxes: tuple[TextBox, TextBox], keys: int,
              until: Callable[[], bool] | None = None) -> tuple[list[float], list[float]]:
    """Per keystroke, in ms: the key pressed and released, then the events processed (the paint, and any
    answer of the worker's that came meanwhile). The keys go to the two boxes in turn, TURN_KEYS at a time,
    one without the checker and one with it, so both are measured under the same load; the box typed into
    has the focus, as it would. With `until`, typing goes on while it is false, up to LOADING_KEYS_MAX keys
    a box."""
    times: tuple[list[float], list[float]] = ([], [])
    n = 0
    while (n < keys) if until is None else (not until() and n < LOADING_KEYS_MAX):
        for box, kept in zip(boxes, times, strict=True):
            focus(app, box)
            for k in range(n, n + TURN_KEYS):
                start = time.perf_counter()
                QTest.keyClick(box, TYPED[k % len(TYPED)])
                app.processEvents()
                kept.append((time.perf_counter() - start) * 1000)
        n += TURN_KEYS
    return times


def typing_box(app: QApplication, text: str, spelling: bool) -> TextBox:
    box = TextBox(spelling=spelling)
    box.resize(640, 220)  # about the evidence form's box on a laptop, a little taller
    box.show()
    box.setPlainText(text)
    cursor = box.textCursor()
    cursor.setPosition(len(text) // 2)  # typing in the middle of the text
    cursor.movePosition(QTextCursor.MoveOperation.StartOfWord)
    box.setTextCursor(cursor)
    app.processEvents()
    return box


def focus(app: QApplication, box: TextBox) -> None:
    """`box` has the focus, as the box typed into does (with the checker, the word being typed is then
    left alone until the cursor leaves it)."""
    box.activateWindow()
    box.setFocus()
    deadline = time.monotonic() + 5
    while not box.hasFocus() and time.monotonic() < deadline:
        app.processEvents()


def all_checked(service: SpellService, box: TextBox) -> bool:
    return all(service.known(word) is not None for _s, _e, word in words(box.toPlainText()))


def measure_typing(app: QApplication, inspection: Inspection, folder: Path) -> dict[str, dict[str, float]]:
    """Typing into a text box holding 5,000 characters of evidence text with the checker on, in the states
    it can be in (while it reads the dictionary, the first seconds after the app starts; the text's words
    checked; while the worker works out suggestions, a context menu opened and closed), each against a box
    without the checker typed into in turn."""
    text = evidence_text(inspection)
    if find_dictionary() is None:
        print("no en-GB dictionary: typing not measured", file=sys.stderr)
        return {}
    spelling = install(SpellService(PersonalWords(folder / "Personal words.txt")))
    service = spelling.service
    rows: dict[str, tuple[list[float], list[float]]] = {}
    try:
        off, on = typing_box(app, text, spelling=False), typing_box(app, text, spelling=True)
        service.start()  # the dictionary is read from now: typing goes on meanwhile
        while service.state != LOADING:
            time.sleep(0.001)
        rows["while it reads the dictionary"] = type_keys(app, (off, on), 0, until=lambda: service.state != LOADING)
        assert service.state == READY, service.state
        for box in (off, on):
            box.close()
        off, on = typing_box(app, text, spelling=False), typing_box(app, text, spelling=True)
        deadline = time.monotonic() + 30
        while not all_checked(service, on) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        rows["the text's words checked"] = type_keys(app, (off, on), TYPED_KEYS)
        # Suggestions for a dozen words not seen before: some seconds of the worker's time.
        for word in ("recieved", "organisaton", "behavour", "safegaurding", "accomodation", "comittee",
                     "neccessary", "occured", "seperate", "definately", "enviroment", "goverment"):
            service.suggestions(word)
        rows["while it works out suggestions"] = type_keys(app, (off, on), TYPED_KEYS)
        for box in (off, on):
            box.close()
    finally:
        uninstall()
    app.processEvents()
    return {name: {"keys": len(on_times), **_summary("off", off_times), **_summary("on", on_times)}
            for name, (off_times, on_times) in rows.items()}


def _summary(prefix: str, times: list[float]) -> dict[str, float]:
    return {f"{prefix} median": statistics.median(times), f"{prefix} max": max(times)}


def typing_table(rows: dict[str, dict[str, float]]) -> str:
    lines = ["| the checker … | keystrokes a box | checker off: median | max | checker on: median | max |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, row in rows.items():
        lines.append(f"| {name} | {row['keys']:.0f} | {row['off median']:.1f} ms | {row['off max']:.1f} ms | "
                     f"{row['on median']:.1f} ms | {row['on max']:.1f} ms |")
    return "\n".join(lines)


def typing_section(rows: dict[str, dict[str, float]]) -> list[str]:
    return [
        "## Typing into a spell-checked text box",
        "",
        f"Two `TextBox`es, each holding {TYPING_CHARACTERS:,} characters of the demo's evidence texts in one "
        f"paragraph, typed into in the middle in turn ({TURN_KEYS} keys each, the one typed into with the focus), "
        "one without the checker and one with it: each keystroke "
        "is `QTest.keyClick` then `QApplication.processEvents()` (the paint, and any answer of the worker's "
        "that came meanwhile), keys back to back.",
        "",
        typing_table(rows),
    ]


def profile_switch(window: InspectionWindow, app: QApplication, item: str, away: str) -> str:
    """Where the time of showing `item` goes (top functions by cumulative time)."""
    window.show_item(away)
    app.processEvents()
    profiler = cProfile.Profile()
    profiler.enable()
    window.show_item(item)
    app.processEvents()
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)  # type: ignore[attr-defined]  # Stats.stats: not in typeshed
    out = []
    for (file, line, function), (_, calls, own, cumulative, _) in rows[:14]:
        where = "/".join(Path(file).parts[-2:])
        out.append(f"- `{where}:{line} {function}`: {cumulative * 1000:.1f} ms cumulative, "
                   f"{own * 1000:.1f} ms own, {calls} calls")
    return "\n".join(out)


def page_table(rows: dict[str, dict[str, float]], edit: dict[str, float], evidence: dict[str, dict[str, float]],
               repeat: int) -> str:
    lines = [f"| page shown (show_item, then the events processed) | first visit | median of {repeat} | max | "
             "repaint() median | repaint() max |", "|---|---:|---:|---:|---:|---:|"]
    for kind, row in rows.items():
        lines.append(f"| {kind} | {row['first visit']:.1f} ms | {row['median']:.1f} ms | {row['max']:.1f} ms | "
                     f"{row['repaint median']:.1f} ms | {row['repaint max']:.1f} ms |")
    lines.append(f"| one edit through `window.perform` (prompt page, redrawn) | | {edit['median']:.1f} ms | "
                 f"{edit['max']:.1f} ms | | |")
    for prompt_id, row in evidence.items():
        lines.append(f"| one evidence item added through the form on {prompt_id} ({row['items']:.0f} items after) | | "
                     f"{row['median']:.1f} ms | {row['max']:.1f} ms | | |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=7, help="cold starts per file")
    parser.add_argument("--repeat", type=int, default=20, help="shows of each kind of page")
    parser.add_argument("--profile", action="store_true", help="profile the slowest page switch")
    parser.add_argument("--pages-only", action="store_true",
                        help="measure the page switching only and print it (the results file is left as it is)")
    parser.add_argument("--typing-only", action="store_true",
                        help="measure typing into a spell-checked box only and print it (nothing is written)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    content = load_content()
    if args.typing_only:
        with tempfile.TemporaryDirectory() as name:
            rows = measure_typing(app, load_demo(content), Path(name))
        print(f"load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after\n")
        print("\n".join(typing_section(rows)))
        return 0
    demo = load_demo(content)
    inspections = {
        "demo": demo,
        # With a register entry for the evidence form to cite.
        "10×": with_document(scaled(demo, 10)),
    }
    sizes = {name: f"{len(i.interviews):,} interviews, {len(i.evidence):,} evidence" for name, i in inspections.items()}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = {}
        for size, inspection in inspections.items():
            files[size] = folder / f"{len(inspection.evidence)}.yjsi"
            create_inspection_file(files[size], inspection, content, "bench", "benchmark")
        starts, imports = ({}, "") if args.pages_only else measure_starts(files, folder, args.starts)

        controller = Controller(content, QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat),
                                login="bench", recent=RecentFiles(folder / "recent.json"), data_folder=folder,
                                dialogs=Dialogs(person=lambda _parent, team: team[0]))
        window = controller.open_path(files["10×"])
        assert window is not None
        app.processEvents()
        pages = measure_pages(window, app, content, args.repeat)
        edit = measure_edit(window, app, args.repeat)
        evidence = {prompt_id: measure_evidence(window, app, prompt_id, args.repeat) for prompt_id in EVIDENCE_PROMPTS}
        typing = [] if args.pages_only else typing_section(measure_typing(app, inspections["demo"], folder))
        slowest = max(pages, key=lambda kind: pages[kind]["max"])
        profile = ""
        if args.profile:
            kinds = page_kinds(content)
            away = kinds["prompt"][0] if slowest != "prompt" else kinds["standard"][0]
            profile = profile_switch(window, app, kinds[slowest][0], away)
        controller.quit()
        app.processEvents()

    over = [kind for kind, row in pages.items() if row["max"] > TARGET_MS or row["first visit"] > TARGET_MS]
    verdict = (f"- page switches over {TARGET_MS:g} ms at 10×: {', '.join(over)}" if over else
               f"- every page switch at 10× is under {TARGET_MS:g} ms (first visits included)")
    verdict += (f"\n- one edit in the window at 10×: {edit['median']:.1f} ms median, {edit['max']:.1f} ms max, "
                f"against {TARGET_MS:g} ms")
    for prompt_id, row in evidence.items():
        verdict += (f"\n- one evidence item added through the window at 10× on {prompt_id}: {row['median']:.1f} ms "
                    f"median, {row['max']:.1f} ms max, against {EVIDENCE_TARGET_MS:g} ms median")
    switching = [
        "## Switching pages, one edit and one evidence item at 10×",
        "",
        f"In one process on the 10× inspection ({sizes['10×']}): each kind of page shown in turn, "
        f"{args.repeat} rounds, each show a different item of its kind where there is one. A show is",
        "`window.show_item` then `QApplication.processEvents()` (layout and paint); `repaint()` is a forced",
        "repaint of the whole window afterwards.",
        "",
        page_table(pages, edit, evidence, args.repeat),
        "",
        verdict,
    ]
    if profile:
        switching += ["", f"## Profile: showing a {slowest} page at 10×", "", profile]
    if args.pages_only:
        print("\n".join(switching))
        return 0
    text = [
        "# Inspection window: cold start and page switching",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} with `benchmarks/window.py --starts {args.starts} "
        f"--repeat {args.repeat}` on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), Qt offscreen; "
        f"load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after (other work on the machine).",
        "",
        "## Cold start: `inspector gui FILE` to the first painted inspection window",
        "",
        f"Median of {args.starts} starts, each a fresh interpreter (the operating system's file cache warm,",
        "as on a second start of the day); the file's settings and recent list as a returning user has them.",
        "",
        f"Demo: {sizes['demo']}; 10×: {sizes['10×']}.",
        "",
        start_table(starts),
        "",
        imports,
        "",
        *switching,
        "",
        *typing,
    ]
    report = "\n".join(text) + "\n"
    print(report)
    earlier = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    reading = READING + earlier.split(READING, 1)[1] if READING in earlier else ""
    RESULTS.write_text(report + ("\n" + reading if reading else ""), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
