"""`inspector archive sample DIR [--count N] [--seed S] [--passphrase-file PATH]`: write the archive's sample
data, fictional inspections as exchange files (archive/sample.py), for trying out and testing the archive."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector.archive.sample import COUNT, SEED, check_count, write_sample
from inspector.content import load_content
from inspector.exchange.passphrase import from_file


def register(commands: Any) -> None:
    """Add `sample` to the `inspector archive` group's subcommands."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "sample", help="write fictional inspections as exchange files, the archive's sample data")
    parser.add_argument("folder", type=Path, metavar="DIR", help="the folder to write them into (new, or empty)")
    parser.add_argument("--count", type=int, default=COUNT,
                        help=f"how many inspections (default {COUNT}); some are exported twice, adding a file each")
    parser.add_argument("--seed", type=int, default=SEED,
                        help=f"the seed they are drawn from (default {SEED}): the same seed gives the same files")
    parser.add_argument("--passphrase-file", type=Path, metavar="PATH",
                        help="encrypt every file (.json.age) with the passphrase on the first line of PATH; "
                             "without it the files are plain JSON")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    check_count(args.count)  # before the content is loaded or a passphrase read
    secret = from_file(args.passphrase_file) if args.passphrase_file is not None else None
    paths = write_sample(args.folder, load_content(), args.count, args.seed, secret)
    kind = "encrypted exchange files" if secret is not None else "plain exchange files"
    print(f"{args.folder}: {len(paths)} {kind} of {args.count} fictional inspections (seed {args.seed})")
    return 0
