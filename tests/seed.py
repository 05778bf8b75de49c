"""Reading the seed for the cross-check tests: normalise away markup and whitespace, then look text up."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "standards" / "source-hmip-yj-standards-v3.4.txt"
SHARED_SEED = REPO.parent / "shared" / "seeds" / "002_213c3913baa57a29.txt"
# The other sources the after-fieldwork content quotes, kept beside the standards like the authority (seeds
# 003 and 000 in the shared folder: tests/test_seed_crosscheck.py checks each copy against it).
SOURCES = {
    "003": REPO / "standards" / "source-hmip-yjb-moj-memorandum-2019.txt",
    "000": REPO / "standards" / "source-yjb-oversight-framework-2025.txt",
}
SHARED_SOURCES = {"003": "003_6149c4f833a2bfea.txt", "000": "000_e19bfee8e208e384.txt"}

_MARKUP = re.compile(r"<[^>]+>|\*+|^#+\s*|^\s*-\s+", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Whitespace and PDF-conversion markup aside, as the issue allows ("whitespace aside")."""
    text = _MARKUP.sub(" ", text)
    text = text.replace("\u2019", "'")
    return _SPACE.sub(" ", text).strip()


@cache
def seed_lines() -> tuple[str, ...]:
    return tuple(SEED.read_text(encoding="utf-8").split("\n"))


@cache
def seed_text() -> str:
    return normalise("\n".join(seed_lines()))


def pieces(text: str) -> list[str]:
    """Split `text` into the fewest runs each found verbatim in the seed (greedy, longest first).

    One piece: the text is a verbatim quote. More: it was joined from places the PDF conversion
    split (a table cell over a page break), which the data must explain in an editorial note.
    Raises ValueError naming the first word that cannot be found at all.
    """
    seed = seed_text()
    words = normalise(text).split(" ")
    found: list[str] = []
    start = 0
    while start < len(words):
        low, high = start + 1, len(words)
        if " ".join(words[start:low]) not in seed:
            raise ValueError(f"not in the seed from: {' '.join(words[start:start + 12])!r}")
        while low < high:  # longest run words[start:end] found in the seed
            mid = (low + high + 1) // 2
            if " ".join(words[start:mid]) in seed:
                low = mid
            else:
                high = mid - 1
        found.append(" ".join(words[start:low]))
        start = low
    return found
