"""Read-only media for tests: a folder or a single file mounted read-only, as a write-protected stick or a
read-only share is. Tests run as root, whom `chmod` does not stop writing; a read-only mount stops root
too, so what fails on a real stick fails here. A test using one is skipped where mounting is not allowed.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.strip() or done.returncode})")


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@contextmanager
def read_only_folder(folder: Path, files: Sequence[Path]) -> Iterator[Path]:
    """`folder` (made here) holding copies of `files`, then mounted read-only."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder))
    try:
        for file in files:
            shutil.copy(file, folder / file.name)
        _mount("-o", "remount,ro", str(folder))
        yield folder
    finally:
        _unmount(folder)


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """`path` itself made read-only (bound over itself read-only); its folder can still be written."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    _mount("--bind", str(path), str(path))
    try:
        _mount("-o", "remount,ro,bind", str(path))
        yield path
    finally:
        _unmount(path)
