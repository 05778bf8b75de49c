"""Benchmark: making the archive's sample data (archive/sample.py), 150 and 1,500 fictional inspections:
drawing them (with the rules engine's checks), writing them as exchange JSON, and the whole
`write_sample` (every file written atomically and flushed to the disk, owner-only).

Plain script, not a test: speed is measured here, never asserted.
Run: .venv/bin/python benchmarks/archive_sample.py [--counts 150 1500]
Prints a table and writes benchmarks/archive-sample-results.md.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from inspector.archive.sample import sample_exports, write_sample
from inspector.content import load_content
from inspector.exchange.codec import write_exchange

RESULTS = Path(__file__).with_name("archive-sample-results.md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", type=int, nargs="+", default=[150, 1500])
    args = parser.parse_args()
    content = load_content()
    rows = []
    for count in args.counts:
        start = time.perf_counter()
        exports = sample_exports(content, count)
        drawn = time.perf_counter() - start
        start = time.perf_counter()
        size = sum(len(write_exchange(e.inspection).encode("utf-8")) for e in exports)
        written = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            write_sample(Path(folder) / "sample", content, count)
            whole = time.perf_counter() - start
        rows.append((count, len(exports), drawn, written, whole, size))
        print(f"{count} inspections, {len(exports)} files: drawn {drawn:.1f} s, JSON {written:.1f} s, "
              f"write_sample {whole:.1f} s, {size / 1e6:.0f} MB")
    lines = [
        "# The archive's sample data: how long it takes to make",
        "",
        f"`benchmarks/archive_sample.py`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()} (a 2-CPU VM shared with other work: one run each).",
        "",
        "| inspections | files | drawn (with the engine's checks) | as exchange JSON | `write_sample` (all, to disk) "
        "| per inspection | size |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        *(f"| {count:,} | {files:,} | {drawn:.1f} s | {written:.1f} s | {whole:.1f} s | {1000 * whole / count:.0f} ms "
          f"| {size / 1e6:.0f} MB |" for count, files, drawn, written, whole, size in rows),
        "",
        "`write_sample` draws the inspections, writes each as exchange JSON and puts each file in place with the "
        "tool's atomic write (flushed to the disk), into a hidden folder that then takes the sample's name. "
        "With `--passphrase-file` each file is also encrypted, and age's scrypt takes about 1.4 s a file on this "
        "VM, which then dominates (about 4 minutes for 150 inspections).",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
