"""Python's cyclic garbage collector held off while work runs on a thread of its own.

A collection starts on whichever thread happens to allocate when the collector's threshold is reached. Run
on a worker thread, it can destroy a Qt object left in a reference cycle there, and Qt crashes when an
object is destroyed on a thread that is not its own. So every worker (opening a file, making a report, the
spell-checker) holds the collector off while it works; the window's thread collects once they are done.
Holds from several threads at once are counted: the collector comes back, as it was, when the last ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_held() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
