"""The app's log: one file per user, rotated, that an inspector can send when something goes wrong.

It says what the app did, never what the inspection holds: start and stop with the versions, which
inspection was opened (its id and counts), the kind of each edit saved, warnings, and every error with
where in the code it happened. No evidence text, no names of services, people or files (a file's name
usually names the YJS) and no exception message, because a message may quote what was typed or the
file's path: an error is logged as its type and its stack of code locations only.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from inspector import owner_only

LOG_FILE = "inspector.log"
# Five files of 1 MB: weeks of fieldwork at a few thousand edits a day, small enough to e-mail.
MAX_BYTES = 1_000_000
KEEP = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("inspector")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def code_locations(kind: type[BaseException], error: BaseException | None, tb: TracebackType | None) -> str:
    """The error's type and where it was raised, for each error in its chain, without any message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while True:
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        parts.append(f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}")
        if current is None:
            break
        seen.add(id(current))
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is None or id(cause) in seen:
            break
        current, kind, tb = cause, type(cause), cause.__traceback__
    return "\n\nwhich led to:\n".join(reversed(parts))  # oldest first, as Python prints a chain


class ContentFreeFormatter(logging.Formatter):
    """Writes exceptions as `code_locations`: their messages stay out of the file."""

    def formatException(self, ei: ExcInfo) -> str:
        kind, error, tb = ei
        return "" if kind is None else code_locations(kind, error, tb)


class OwnerOnlyFileHandler(RotatingFileHandler):
    """Rotates as its base does, but each log file it starts is 0o600: logging's own are the umask's."""

    # logging.FileHandler's own copy of open(), kept for use at interpreter shutdown; typeshed leaves it out.
    _builtin_open: Callable[..., io.TextIOWrapper]

    def _open(self) -> io.TextIOWrapper:
        return self._builtin_open(
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=owner_only.opener,
        )


_handler: RotatingFileHandler | None = None


def start_logging(folder: Path) -> Path:
    """Log to `folder`/inspector.log from now on (again: the previous file is let go); returns the file.

    Uncaught exceptions, on the main thread or any other, are logged before Python reports them as usual.
    """
    global _handler, _previous_hook, _previous_thread_hook
    owner_only.make_folder(folder)
    path = folder / LOG_FILE
    handler = OwnerOnlyFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    handler.setFormatter(ContentFreeFormatter(FORMAT))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = handler
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if sys.excepthook is not _uncaught:
        _previous_hook, sys.excepthook = sys.excepthook, _uncaught
    if threading.excepthook is not _uncaught_in_thread:
        _previous_thread_hook, threading.excepthook = threading.excepthook, _uncaught_in_thread
    return path


def log_file() -> Path | None:
    """The file being logged to, if logging has started."""
    return Path(_handler.baseFilename) if _handler is not None else None


def stop_logging() -> None:
    """Close the file and give Python back its own error reporting (tests; the app logs until it ends)."""
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if sys.excepthook is _uncaught:
        sys.excepthook = _previous_hook
    if threading.excepthook is _uncaught_in_thread:
        threading.excepthook = _previous_thread_hook


# Python's own reporting (the full traceback on stderr) still follows the log's line.
_previous_hook: Callable[[type[BaseException], BaseException, TracebackType | None], object] = sys.__excepthook__
_previous_thread_hook: Callable[[threading.ExceptHookArgs], object] = threading.__excepthook__


def _uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.critical("uncaught error", exc_info=(kind, error, tb))
    _previous_hook(kind, error, tb)


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    thread = args.thread.name if args.thread is not None else "?"
    error = args.exc_value  # typeshed allows None; the hook is called with the exception raised
    exc_info = (args.exc_type, error, args.exc_traceback) if error is not None else None
    log.critical("uncaught error in thread %s", thread, exc_info=exc_info)
    _previous_thread_hook(args)
