"""The inspector's own words, kept in the app's data folder (app/places.py, `personal_words_file`): one
word per line, UTF-8, a file only its user can read (owner_only), added to with "Add to dictionary"."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from inspector import owner_only
from inspector.spelling.words import normalised

log = logging.getLogger(__name__)


class PersonalWords:
    """The words of the list, read once; `add` writes a word to the end of the file at once."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._words: set[str] = set()
        if path is not None and path.is_file():
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                log.warning("personal word list not read (%s)", type(exc).__name__)
            else:
                self._words = {normalised(line.strip()) for line in text.splitlines() if line.strip()}

    def __contains__(self, word: str) -> bool:
        """Whether the list has `word`, or has it with a small first letter (a word that starts a sentence)."""
        word = normalised(word)
        words = self._words
        return word in words or (word[:1].isupper() and word[:1].lower() + word[1:] in words)

    def __len__(self) -> int:
        return len(self._words)

    def add(self, word: str) -> None:
        """Keep `word` (as it is written, apostrophes plain) in the list and in the file."""
        word = normalised(word.strip())
        if not word or word in self._words or any(c.isspace() for c in word):
            return
        self._words.add(word)
        if self.path is None:
            return
        owner_only.make_folder(self.path.parent)
        ends_line = True
        if self.path.is_file() and self.path.stat().st_size:
            with self.path.open("rb") as existing:
                existing.seek(-1, os.SEEK_END)
                ends_line = existing.read(1) == b"\n"
        with open(self.path, "a", encoding="utf-8", newline="\n", opener=owner_only.opener) as file:
            file.write(("" if ends_line else "\n") + word + "\n")
