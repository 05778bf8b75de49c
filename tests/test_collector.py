"""The collector is held off while any worker works, and comes back as it was when the last one ends."""

from __future__ import annotations

import gc
import threading

from inspector.collector import collector_held


def test_holds_from_two_threads_are_counted_and_the_collector_comes_back() -> None:
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_held():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=other)
    with collector_held():
        worker.start()
        assert inside.wait(5)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread still holds it
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
