"""The en-GB dictionary and the checker that reads it: Hunspell's en_GB.aff and en_GB.dic (LibreOffice's
British English dictionary, as Debian's hunspell-en-gb package has it), read by spylls, a pure-Python
Hunspell.

Where the dictionary is looked for, first found wins: INSPECTOR_DICTIONARY_DIR (a folder holding
en_GB.aff and en_GB.dic), the offline bundle's dictionary/ folder (packaging/inspector.spec copies it from
the Debian package at build time, with its licence), then the system's Hunspell folders. None found, or
spylls missing: `load_checker` says so and returns None, and the app checks no spelling.

Loading takes a few seconds of pure Python and makes some 450,000 objects, so it is done once per process
(on the spelling service's worker thread) with Python's cyclic garbage collector held off, then the
loaded objects are moved out of its way (`gc.freeze`): a full collection would otherwise walk them all,
half a second on the inspectors' laptops, and the window would stop for it.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from inspector.collector import collector_held as held
from inspector.content import bundle_folder

DICTIONARY_ENV = "INSPECTOR_DICTIONARY_DIR"
BUNDLED_DICTIONARY = "dictionary"  # the bundle's folder for it (packaging/inspector.spec)
LANGUAGE = "en_GB"
SYSTEM_FOLDERS = (
    "/usr/share/hunspell",  # Debian, Ubuntu, Fedora
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",  # macOS with Homebrew
    "/Library/Spelling",
)
MAX_SUGGESTIONS = 6
WORKER_SWITCH_S = 0.0005

log = logging.getLogger(__name__)


class Checker(Protocol):
    """What the spelling service asks: is a word correct, and what might have been meant."""

    def correct(self, word: str) -> bool: ...

    def suggestions(self, word: str) -> list[str]: ...


def dictionary_folders() -> list[Path]:
    """The folders looked in for en_GB.aff and en_GB.dic, in order."""
    folders = []
    override = os.environ.get(DICTIONARY_ENV)
    if override:
        folders.append(Path(override))
    bundle = bundle_folder()
    if bundle is not None:
        folders.append(bundle / BUNDLED_DICTIONARY)
    folders += [Path(folder) for folder in SYSTEM_FOLDERS]
    return folders


def find_dictionary() -> Path | None:
    """The dictionary's path without its suffix (…/en_GB), or None when none is found."""
    for folder in dictionary_folders():
        base = folder / LANGUAGE
        if base.with_suffix(".aff").is_file() and base.with_suffix(".dic").is_file():
            return base
    return None


class HunspellChecker:
    """A Hunspell dictionary read by spylls. A hyphenated word is correct when the dictionary has it whole
    or has each of its parts ("child-centred")."""

    def __init__(self, dictionary: Any) -> None:
        self._dictionary = dictionary

    def correct(self, word: str) -> bool:
        lookup = self._dictionary.lookup
        if lookup(word):
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(part and lookup(part) for part in parts)

    def suggestions(self, word: str) -> list[str]:
        return list(islice(self._dictionary.suggest(word), MAX_SUGGESTIONS))


_loaded: dict[Path, HunspellChecker] = {}
_loading = threading.Lock()


def load_checker() -> HunspellChecker | None:
    """The en-GB checker, loaded once per process; None (and one line in the log) when there is no
    dictionary or it cannot be read."""
    base = find_dictionary()
    if base is None:
        log.warning("spell-checking off: no en-GB dictionary found (looked in %d folders)",
                    len(dictionary_folders()))
        return None
    with _loading:
        if base not in _loaded:
            try:
                from spylls.hunspell import Dictionary
            except ImportError:
                log.warning("spell-checking off: spylls is not installed")
                return None
            started = time.monotonic()
            try:
                with collector_held():
                    dictionary = Dictionary.from_files(str(base))
                    gc.freeze()  # the dictionary's objects are never collected: leave them out of every pass
            except Exception as exc:  # a damaged file: no spell-checking, no error box
                log.warning("spell-checking off: the dictionary could not be read (%s)", type(exc).__name__)
                return None
            _loaded[base] = HunspellChecker(dictionary)
            log.info("spell-checking on: en-GB dictionary read in %.1f s", time.monotonic() - started)
        return _loaded[base]


@contextmanager
def collector_held() -> Iterator[None]:
    """The collector held off for the body (inspector.collector), and the interpreter switching threads
    more often meanwhile, so the window's thread is not kept waiting by the worker's long pure-Python work."""
    switch = sys.getswitchinterval()
    sys.setswitchinterval(WORKER_SWITCH_S)
    try:
        with held():
            yield
    finally:
        sys.setswitchinterval(switch)

