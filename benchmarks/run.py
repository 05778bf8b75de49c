"""Benchmarks: open, one edit, snapshot, evaluate, export and import on the demo inspection and on
the 10× one (1,000 interviews, 5,000 evidence items).

Plain script, not a test (pytest collects tests/ only): speed is measured here, never asserted.
Run: .venv/bin/python benchmarks/run.py [--repeat N] [--profile]
Prints a table of medians and writes benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from inspector.content import Content, load_content
from inspector.demo import load_demo, scaled
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.inspection.model import Inspection, Sufficiency
from inspector.rules.evaluate import evaluate
from inspector.store import InspectionFile

RESULTS = Path(__file__).with_name("results.md")
# Targets from the issue, reported against the 10× inspection.
TARGETS = {"one edit": 20.0, "evaluate": 100.0}


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(content: Content, inspection: Inspection, folder: Path, repeat: int) -> dict[str, float]:
    framework, scheme, forms = content.framework, content.rating_scheme, content.forms
    path = folder / f"{len(inspection.evidence)}.yjsi"
    with InspectionFile.create(path, framework, inspection.details, "bench", rating_scheme=scheme) as created:
        created.replace_all(inspection, "benchmark")

    def open_close() -> None:
        InspectionFile.open(path, framework, "bench", rating_scheme=scheme).close()

    results = {"open (for editing)": median_ms(open_close, repeat)}
    with InspectionFile.open(path, framework, "bench", rating_scheme=scheme) as opened:
        # An edit that really changes something each time: the judgement flips above/below.
        flips = iter([Sufficiency.BELOW, Sufficiency.ABOVE] * repeat * 2)
        results["one edit"] = median_ms(lambda: opened.set_sufficiency("1.1.1a", next(flips)), repeat * 4)
        results["snapshot"] = median_ms(opened.snapshot, repeat)
        snapshot = opened.snapshot()
    results["evaluate"] = median_ms(lambda: evaluate(framework, scheme, forms, snapshot), repeat)
    # A new tuple of the same interviews, as an interview edit makes: the engine counts them again.
    results["evaluate, interviews changed"] = median_ms(
        lambda: evaluate(framework, scheme, forms, replace(snapshot, interviews=tuple(list(snapshot.interviews)))),
        repeat)
    results["export (JSON text)"] = median_ms(lambda: write_exchange(snapshot), repeat)
    text = write_exchange(snapshot)
    results["import (parse and check)"] = median_ms(lambda: read_exchange(text, framework, scheme, forms), repeat)
    return results


def table(rows: dict[str, dict[str, float]], sizes: dict[str, str]) -> str:
    names = list(next(iter(rows.values())))
    head = "| operation | " + " | ".join(f"{size} ({sizes[size]})" for size in rows) + " | target |"
    lines = [head, "|---|" + "---:|" * len(rows) + "---|"]
    for name in names:
        target = f"< {TARGETS[name]:g} ms at 10×" if name in TARGETS else ""
        lines.append(f"| {name} | " + " | ".join(f"{rows[size][name]:.1f} ms" for size in rows) + f" | {target} |")
    return "\n".join(lines)


def profile(content: Content, inspection: Inspection) -> str:
    """Where the time of evaluate and export goes on the 10× inspection (top functions by own time)."""
    out = []
    for name, action in (
        ("evaluate", lambda: evaluate(content.framework, content.rating_scheme, content.forms, inspection)),
        ("export", lambda: write_exchange(inspection)),
    ):
        profiler = cProfile.Profile()
        profiler.runcall(action)
        stats = pstats.Stats(profiler).sort_stats("tottime")
        out.append(f"### {name}\n")
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:8]  # type: ignore[attr-defined]  # Stats.stats: not in typeshed
        for (file, line, function), (_, calls, own, _, _) in rows:
            where = "/".join(Path(file).parts[-2:])  # forms/model.py, not just model.py
            out.append(f"- `{where}:{line} {function}`: {own * 1000:.1f} ms own, {calls} calls")
        out.append("")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="also profile evaluate and export at 10×")
    args = parser.parse_args()
    content = load_content()
    demo = load_demo(content)
    inspections = {
        "demo": demo,
        "10×": scaled(demo, 10),
    }
    sizes = {name: f"{len(i.interviews):,} interviews, {len(i.evidence):,} evidence" for name, i in inspections.items()}
    with tempfile.TemporaryDirectory() as folder:
        rows = {name: measure(content, i, Path(folder), args.repeat) for name, i in inspections.items()}
    report = table(rows, sizes)
    print(report)
    at_10 = rows["10×"]
    verdicts = [f"- {name}: {at_10[name]:.1f} ms at 10× against a target of {limit:g} ms — "
                f"{'met' if at_10[name] < limit else 'MISSED'}" for name, limit in TARGETS.items()]
    print("\n".join(verdicts))
    text = [
        "# Benchmark results",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} with `benchmarks/run.py --repeat {args.repeat}` "
        "(median of repeated runs) "
        f"on {platform.system()} {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs.",
        "",
        report,
        "",
        *verdicts,
        "",
        "- open: lock, integrity check, schema and framework check (a backup is taken only when the file",
        "  changed since the last);",
        "- one edit: `set_sufficiency` committed with its audit row (WAL, `synchronous=FULL`: on the disk",
        "  when it returns);",
        "- evaluate: the same snapshot again, as after an edit that leaves the interviews alone (a judgement,",
        "  a rating): the interview answers counted for it are reused (`rules/interviews.py`); \"interviews",
        "  changed\": a new tuple of them, as after an interview edit, so they are counted again (one pass);",
        "- export: `write_exchange` of a snapshot; import: `read_exchange` (parse, validate, check against",
        "  the framework).",
    ]
    if args.profile:
        text += ["", "## Profile at 10×", "", profile(content, inspections["10×"])]
    RESULTS.write_text("\n".join(text) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
