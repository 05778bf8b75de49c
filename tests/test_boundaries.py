"""Core first, GUI thin: nothing outside inspector.gui may import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import inspector
from tests.seed import REPO


def _core_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(inspector.__path__, "inspector.")]
    return sorted(n for n in names if not n.startswith("inspector.gui"))


def test_core_modules_load_without_qt() -> None:
    modules = _core_modules()
    assert "inspector.framework.loader" in modules and "inspector.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'inspector.gui')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_import_linter_contract_holds() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 1 kept, 0 broken." in result.stdout
