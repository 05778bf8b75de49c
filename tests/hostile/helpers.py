"""What every hostile or damaged input must come to: one line naming where and what, or a whole result.

`refused` runs the CLI in-process and holds the refusal to the project's promise: exit 2, exactly one line
on stderr starting "error: ", no traceback, none of the case text given as `secrets` in it, nothing on
stdout. `Folder` records a folder's files (names, bytes) so a test can say nothing was left or changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.cli import main

Capture = pytest.CaptureFixture[str]


def refused(argv: Sequence[str], capsys: Capture, *, secrets: Iterable[str] = ()) -> str:
    """The one-line refusal the CLI gives for `argv` (the message after "error: ")."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2, f"exit {code}, stderr {err!r}"
    assert "Traceback" not in err
    assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert out == ""
    for secret in secrets:
        assert secret not in err, f"case text {secret!r} in the error"
    return err.removeprefix("error: ").rstrip("\n")


@dataclass(frozen=True)
class Folder:
    """The files under a folder, by relative path, with a digest of their bytes."""

    files: dict[str, str]

    @classmethod
    def of(cls, folder: Path) -> Folder:
        return cls({
            str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()
        })

    def added_in(self, folder: Path) -> set[str]:
        return set(Folder.of(folder).files) - set(self.files)

    def changed_in(self, folder: Path) -> set[str]:
        now = Folder.of(folder).files
        return {name for name, digest in self.files.items() if now.get(name) != digest}
