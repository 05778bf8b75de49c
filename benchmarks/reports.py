"""Benchmark: exporting the ratings-panel report and the publication draft, on the demo inspection and on
the 10× one (1,000 interviews, 5,000 evidence items). Target: an export under 2 s at 10×.

Plain script, not a test: speed is measured here, never asserted.
Run: .venv/bin/python benchmarks/reports.py [--repeat N] [--profile]
Prints a table of medians and writes benchmarks/reports-results.md.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from inspector.content import Content, load_content
from inspector.demo import load_demo, scaled
from inspector.exchange.files import create_inspection_file
from inspector.inspection.model import Inspection
from inspector.reports import (
    ReportKind,
    ReportTemplates,
    build_report,
    export_report,
    load_templates,
    read_report_source,
)

RESULTS = Path(__file__).with_name("reports-results.md")
TARGET_MS = 2000.0  # the target for an export at 10×


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def export(content: Content, templates: ReportTemplates, path: Path, kind: ReportKind, out: Path) -> None:
    """What `inspector report` does after start-up: read the file, evaluate, build, fill in, write."""
    source = read_report_source(path, content, "bench")
    report = build_report(content.framework, content.rating_scheme, content.forms, source.inspection,
                          audit=source.audit, source=source.description)
    export_report(report, templates.get(kind), out)


def measure(content: Content, templates: ReportTemplates, inspection: Inspection, folder: Path,
            repeat: int) -> dict[str, float]:
    path = folder / f"{len(inspection.evidence)}.yjsi"
    create_inspection_file(path, inspection, content, "bench", "benchmark")
    results = {}
    report = build_report(content.framework, content.rating_scheme, content.forms, inspection, audit=None,
                          source="benchmark")
    results["build the report model (with evaluate)"] = median_ms(
        lambda: build_report(content.framework, content.rating_scheme, content.forms, inspection, audit=None,
                             source="benchmark"), repeat)
    for kind in ReportKind:
        out = folder / f"{kind.value}.docx"
        template = templates.get(kind)
        results[f"fill in and write: {kind.value}"] = median_ms(
            lambda t=template, o=out: export_report(report, t, o), repeat)
        results[f"export from the inspection file: {kind.value}"] = median_ms(
            lambda k=kind, o=out: export(content, templates, path, k, o), repeat)
    for kind in ReportKind:  # what an inspector waits for at the command line: every import paid once
        results[f"`inspector report` in a fresh process: {kind.value}"] = median_ms(
            lambda k=kind: fresh(path, k, folder / f"fresh-{k.value}.docx"), max(1, repeat // 2))
    return results


def fresh(path: Path, kind: ReportKind, out: Path) -> None:
    """`inspector report PATH --kind KIND -o OUT` in a new interpreter: start-up and imports (python-docx,
    docxtpl, and matplotlib for the draft's chart) included."""
    subprocess.run([sys.executable, "-c", "import sys; from inspector.cli import main; sys.exit(main(sys.argv[1:]))",
                    "report", str(path), "--kind", kind.value, "-o", str(out)], check=True, capture_output=True)


def table(rows: dict[str, dict[str, float]], sizes: dict[str, str]) -> str:
    names = list(next(iter(rows.values())))
    lines = ["| operation | " + " | ".join(f"{size} ({sizes[size]})" for size in rows) + " | target |",
             "|---|" + "---:|" * len(rows) + "---|"]
    for name in names:
        target = f"< {TARGET_MS:g} ms at 10×" if name.startswith("export") else ""
        lines.append(f"| {name} | " + " | ".join(f"{rows[size][name]:.0f} ms" for size in rows) + f" | {target} |")
    return "\n".join(lines)


def profile(content: Content, templates: ReportTemplates, inspection: Inspection, folder: Path) -> str:
    """Where an export of the panel report goes at 10× (top functions by cumulative time)."""
    report = build_report(content.framework, content.rating_scheme, content.forms, inspection, audit=None,
                          source="benchmark")
    profiler = cProfile.Profile()
    profiler.runcall(export_report, report, templates.get(ReportKind.PANEL), folder / "profile.docx")
    stats = pstats.Stats(profiler)
    out = ["### fill in and write the panel report at 10×", ""]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)  # type: ignore[attr-defined]  # Stats.stats: not in typeshed
    shown = [r for r in rows if "docxtpl" in r[0][0] or "inspector" in r[0][0] or "docx" in r[0][0]][:10]
    for (file, line, function), (_, calls, _own, cumulative, _) in shown:
        where = "/".join(Path(file).parts[-2:])
        out.append(f"- `{where}:{line} {function}`: {cumulative * 1000:.0f} ms cumulative, {calls} calls")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="also profile the panel report at 10×")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    content = load_content()
    templates = load_templates(content.root)
    demo = load_demo(content)
    inspections = {
        "demo": demo,
        "10×": scaled(demo, 10),
    }
    sizes = {name: f"{len(i.interviews):,} interviews, {len(i.evidence):,} evidence" for name, i in inspections.items()}
    with tempfile.TemporaryDirectory() as folder:
        rows = {name: measure(content, templates, i, Path(folder), args.repeat) for name, i in inspections.items()}
        profiled = profile(content, templates, inspections["10×"], Path(folder)) if args.profile else ""
    report = table(rows, sizes)
    print(report)
    at_10 = rows["10×"]
    verdicts = [f"- {name}: {at_10[name]:.0f} ms at 10× against a target of {TARGET_MS:g} ms — "
                f"{'met' if at_10[name] < TARGET_MS else 'MISSED'}" for name in at_10 if name.startswith("export")]
    print("\n".join(verdicts))
    text = [
        "# Report export benchmark",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} with `benchmarks/reports.py --repeat {args.repeat}` (median of "
        f"repeated runs) on {platform.system()} {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs" + (f", load average {load:.1f} at the start (other work on the machine slows "
                                    "every figure)." if load is not None else "."),
        "",
        report,
        "",
        *verdicts,
        "",
        "- build: `build_report` from a snapshot, including the rules engine's `evaluate`;",
        "- fill in and write: `export_report` (docxtpl fills the template, python-docx finishes it, written",
        "  atomically);",
        "- export from the inspection file: what `inspector report` does after start-up — open the .yjsi",
        "  read-only, snapshot and audit log, build, fill in, write (the draft: and draw its chart);",
        "- `inspector report` in a fresh process: the same from the command line in a new interpreter, start-up",
        "  and the imports included (matplotlib's, about 0.4 s, for the draft's chart).",
    ]
    if profiled:
        text += ["", "## Profile", "", profiled]
    RESULTS.write_text("\n".join(text) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
