"""Spell-checking off the typing path: words are checked on a worker thread, and the window only reads
the answers.

The window asks `known(word)`, a look-up in what has been checked (True, False, or None: not checked
yet), never waiting on the checker; it hands the words not checked yet to `request`, and is called back
(on the worker thread: the window passes the answer to its own thread) with the words found misspelt, to
underline them. Suggestions are worked out when asked for (a context menu), also on the worker, and the
answer comes back the same way. "Add to dictionary" keeps a word in the personal word list; "Ignore" only
until the app closes. Every box shares the one service, and each word is checked once per session.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Mapping

from inspector.spelling.dictionary import Checker, collector_held, load_checker
from inspector.spelling.personal import PersonalWords
from inspector.spelling.words import normalised

WAITING, LOADING, READY, OFF = "waiting", "loading", "ready", "off"
BATCH_S = 0.03  # words checked before the window hears of the misspelt ones, at most
STOP_WAIT_S = 1.0

Checked = Callable[[frozenset[str]], None]
Suggested = Callable[[str, list[str]], None]

log = logging.getLogger(__name__)


def _nothing(*_args: object) -> None:
    pass


class SpellService:
    def __init__(self, personal: PersonalWords, load: Callable[[], Checker | None] = load_checker) -> None:
        self.personal = personal
        self._load = load
        self.state = WAITING
        self._correct: dict[str, bool] = {}  # written by the worker, read by the window
        self._suggestions: dict[str, list[str]] = {}
        self._suggesting: set[str] = set()  # suggestions asked for and not yet worked out
        self._asked: set[str] = set()  # asked and not yet answered
        self._ignored: set[str] = set()
        self._jobs: queue.SimpleQueue[tuple[str, object] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._checked: Checked = _nothing
        self._suggested: Suggested = _nothing
        self._changed: Checked = _nothing
        self._said_tripped = False

    def listen(self, checked: Checked, suggested: Suggested, changed: Checked | None = None) -> None:
        """`checked(words)`: words found misspelt, called on the worker thread; `suggested(word, list)`: the
        suggestions for a word, on the worker thread; `changed(words)`: words added or ignored, on the
        caller's thread (default `checked`)."""
        self._checked, self._suggested = checked, suggested
        self._changed = changed or checked

    # --- the worker -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker (it reads the dictionary first); again, nothing."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="inspector-spelling", daemon=True)
            self._thread.start()

    def close(self, timeout: float = STOP_WAIT_S) -> None:
        """Stop the worker (what it is doing is finished first, if it is quick)."""
        self._jobs.put(None)
        if self._thread is not None:
            self._thread.join(timeout)
        self._checked = self._suggested = self._changed = _nothing

    @property
    def available(self) -> bool:
        """False once it is known that there is no dictionary (or that it cannot be read)."""
        return self.state != OFF

    def _work(self) -> None:
        self.state = LOADING
        with collector_held():
            try:
                checker = self._load()
            except Exception as exc:  # no spell-checking, no error box
                log.warning("spell-checking off: the checker failed to start (%s)", type(exc).__name__)
                checker = None
        if checker is None:
            self.state = OFF
            self._asked.clear()
            return
        self.state = READY
        while True:
            job = self._jobs.get()
            if job is None:
                return
            with collector_held():
                try:
                    self._do(checker, job)
                except RuntimeError:  # the window's side has gone (the app is closing)
                    return

    def _do(self, checker: Checker, job: tuple[str, object]) -> None:
        """One job, and the check jobs queued behind it (for up to BATCH_S)."""
        kind, payload = job
        if kind == "suggest":
            assert isinstance(payload, str)
            found = self._suggestions.get(payload)
            if found is None:
                try:
                    found = checker.suggestions(payload)
                except Exception as exc:  # a word the checker trips on: no suggestions, and on
                    self._tripped(exc)
                    found = []
                self._suggestions[payload] = found
            self._suggesting.discard(payload)
            self._suggested(payload, found)
            return
        misspelt: set[str] = set()
        until = time.monotonic() + BATCH_S
        while True:
            assert isinstance(payload, tuple)
            for word in payload:
                if word not in self._correct:
                    try:
                        ok = self._check(checker, word)
                    except Exception as exc:  # not underlined: the checker cannot say
                        self._tripped(exc)
                        ok = True
                    self._correct[word] = ok
                    if not ok:
                        misspelt.add(word)
                self._asked.discard(word)
            if time.monotonic() > until:
                break
            try:
                following = self._jobs.get_nowait()
            except queue.Empty:
                break
            if following is None or following[0] != "check":
                self._jobs.put(following)  # handled next (a stop: after these are told)
                break
            payload = following[1]
        if misspelt:
            self._checked(frozenset(misspelt))

    def _tripped(self, exc: Exception) -> None:
        if not self._said_tripped:  # once: the word itself is not logged (case content)
            self._said_tripped = True
            log.warning("the spell-checker failed on a word (%s)", type(exc).__name__)

    def _check(self, checker: Checker, word: str) -> bool:
        if checker.correct(word):
            return True
        parts = word.split("-")
        personal, ignored = self.personal, self._ignored
        return len(parts) > 1 and all(
            p and (p in personal or normalised(p) in ignored or checker.correct(p)) for p in parts)

    # --- the window's side: never waits ---------------------------------------------------------

    @property
    def checked(self) -> Mapping[str, bool]:
        """Every word checked so far (read only): True correct, False misspelt (the inspector's words and
        those ignored are not in it: `known` says those)."""
        return self._correct

    def known(self, word: str) -> bool | None:
        """True: correct (or the inspector's, or ignored); False: misspelt; None: not checked yet."""
        ok = self._correct.get(word)
        if ok:
            return True
        if word in self.personal or normalised(word) in self._ignored:
            return True
        return ok

    def request(self, words: Iterable[str]) -> None:
        """Have these words checked (those not checked or asked already); the answer comes to `checked`."""
        if self.state == OFF:
            return
        new = tuple(w for w in dict.fromkeys(words) if w not in self._correct and w not in self._asked)
        if new:
            self._asked.update(new)
            self._jobs.put(("check", new))

    def suggestions(self, word: str) -> list[str] | None:
        """The suggestions for `word` if worked out already; else None, and they are asked for (the
        answer comes to `suggested`)."""
        found = self._suggestions.get(word)
        if found is None and self.state != OFF and word not in self._suggesting:
            self._suggesting.add(word)
            self._jobs.put(("suggest", word))
        return found

    def add(self, word: str) -> None:
        """"Add to dictionary": the word is the inspector's from now on, in every box and session."""
        self.personal.add(word)
        self._accepted(word)

    def ignore(self, word: str) -> None:
        """"Ignore": the word is not underlined again until the app closes."""
        self._ignored.add(normalised(word))
        self._accepted(word)

    def _accepted(self, word: str) -> None:
        # Hyphenated words found misspelt for this part are checked again ("Northmoor-based").
        key = normalised(word)
        again = {w for w, ok in list(self._correct.items())
                 if not ok and "-" in w and key in normalised(w).split("-")}
        for w in again:
            self._correct.pop(w, None)
        self._changed(frozenset({word, *again}))
