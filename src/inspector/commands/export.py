"""`inspector export FILE.yjsi [-o OUT.json.age] [--plain]`: write an inspection as an exchange file
(docs/exchange-format.md), encrypted with a passphrase unless `--plain` is given."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from inspector.commands import passphrase
from inspector.content import load_content
from inspector.errors import UserError
from inspector.exchange.codec import write_exchange
from inspector.exchange.files import check_exchange_name, read_inspection, write_exchange_file
from inspector.exchange.sealed import seal

PRINTED = Path("the exchange file")  # named so in the passphrase prompt when it is printed


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "export", help="write an inspection file as an exchange file (encrypted JSON, or plain with --plain)")
    parser.add_argument("file", type=Path, help="the inspection file (.yjsi; opened read-only), or an exchange file")
    parser.add_argument("-o", "--output", type=Path,
                        help="the exchange file to write, OUT.json.age (OUT.json with --plain); default: print it")
    parser.add_argument("--plain", action="store_true",
                        help="write plain JSON, not encrypted: anyone who finds the file can read it")
    passphrase.add_argument(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    encrypted = not args.plain
    if args.output is not None:
        check_exchange_name(args.output, encrypted=encrypted)  # before anything is read or asked for
    elif encrypted and sys.stdout.isatty():
        raise UserError("an encrypted exchange file is not text to print: give -o OUT.json.age")
    text = write_exchange(read_inspection(args.file, load_content(), getpass.getuser(), passphrase.for_reading(args)))
    secret = passphrase.for_writing(args)(args.output or PRINTED) if encrypted else None
    if args.output is not None:
        write_exchange_file(args.output, text, secret)
    elif secret is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(seal(text, secret))
    else:
        sys.stdout.write(text)
    return 0
