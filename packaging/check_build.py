"""Fail the build on what would make the bundle crash later instead of now (run by packaging/build).

- "Library not found" in PyInstaller's output: a library a collected binary links to is not on the build
  machine, so the bundle would lack it (for Qt's xcb platform plugin: the libxcb-* packages).
- A library loaded through ctypes that is not found, other than Windows' own DLLs on another platform.
- A module the app or Qt imports at the top level that is missing or excluded (PyInstaller's warn file).

Usage: python packaging/check_build.py PYINSTALLER_OUTPUT WARN_FILE
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

# platformdirs, click and dateutil reach these through ctypes only on Windows.
WINDOWS_DLLS = {"ole32", "shell32", "user32", "kernel32", "advapi32"}
# Packages whose top-level imports always run in the app.
OURS = ("inspector", "PySide6", "shiboken6")

_LIBRARY = re.compile(r"Library not found: (.*)", re.IGNORECASE)
_CTYPES = re.compile(r"Library (\S+) required via ctypes not found")
_MODULE = re.compile(r"^(missing|excluded) module named (\S+) - imported by (.*)$")
_IMPORTER = re.compile(r"([\w.]+) \(([^)]*)\)")


def problems(output: str, warnings: str, windows: bool) -> list[str]:
    found = [f"library not found: {m[1]}" for m in _LIBRARY.finditer(output)]
    found += [f"library not found (ctypes): {m[1]}" for m in _CTYPES.finditer(output)
              if windows or m[1].lower() not in WINDOWS_DLLS]
    for line in warnings.splitlines():
        match = _MODULE.match(line)
        if not match:
            continue
        kind, module, importers = match.groups()
        if _is_attribute(module):
            continue
        ours = [name for name, how in _IMPORTER.findall(importers)
                if name.split(".")[0] in OURS and "top-level" in how]
        if ours:
            found.append(f"{kind} module {module}, imported by {', '.join(ours)}")
    return found


def _is_attribute(name: str) -> bool:
    """`from pydantic import BaseModel` is reported as a missing module pydantic.BaseModel when the package
    makes its names on first use; what the package has is no missing module."""
    parent, _, last = name.rpartition(".")
    try:
        return bool(parent) and hasattr(importlib.import_module(parent), last)
    except ImportError:
        return False


def main(argv: list[str]) -> int:
    output, warn_file = (Path(arg) for arg in argv)
    found = problems(output.read_text(encoding="utf-8", errors="replace"),
                     warn_file.read_text(encoding="utf-8", errors="replace"), sys.platform == "win32")
    for problem in found:
        print(f"build failed: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
