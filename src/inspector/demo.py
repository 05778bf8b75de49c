"""The demo inspection: Northmoor Youth Justice Service, a fictional YJS in England.

The demo is one file, demo/northmoor-yjs.json (an exchange file; demo/README.md says what it shows),
read through the exchange reader like any other: `inspector demo`, the window's demo, the tests and the
benchmarks all load it from there. `scaled` repeats its interviews and evidence under fresh ids to give
the benchmarks a long inspection.
"""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from inspector.content import Content, content_root
from inspector.errors import UserError
from inspector.exchange.files import read_exchange_file
from inspector.inspection.model import Inspection

DEMO_FILE = "northmoor-yjs.json"
# The ids of a scaled inspection's copies: uuid5 of fixed names, so the same factor gives the same
# inspection every time (and the benchmarks' figures stay comparable between runs).
_NAMESPACE = uuid.UUID("8a1d6f0e-7c2b-4e55-b1a4-2f3c9d0e6b17")


def demo_file() -> Path:
    """The committed demo inspection (exchange JSON), from the source tree or the installed package."""
    path = content_root() / "demo" / DEMO_FILE
    if not path.is_file():
        raise UserError(f"the demo inspection is not installed (looked for {path})")
    return path


def load_demo(content: Content) -> Inspection:
    """The demo inspection, read and checked against `content` as an imported file is."""
    return read_exchange_file(demo_file(), content)


def scaled(inspection: Inspection, factor: int = 10) -> Inspection:
    """`inspection` with factor × 100 interviews and factor × 500 evidence items (its own, repeated under
    fresh ids and, for interviews, numbered references): a long inspection with the whole team's notes
    merged, for the benchmarks."""
    interviews, evidence = inspection.interviews, inspection.evidence
    return dataclasses.replace(
        inspection,
        interviews=tuple(
            dataclasses.replace(
                interviews[n % len(interviews)], id=_id("scaled interview", n),
                reference=f"{interviews[n % len(interviews)].reference}/{n // len(interviews) + 1}",
            )
            for n in range(100 * factor)
        ),
        evidence=tuple(
            dataclasses.replace(evidence[n % len(evidence)], id=_id("scaled evidence", n))
            for n in range(500 * factor)
        ),
    )


def scaled_demo(content: Content, factor: int = 10) -> Inspection:
    """The demo at `factor` times its size (`scaled`)."""
    return scaled(load_demo(content), factor)


def _id(kind: str, n: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}/{n}"))
