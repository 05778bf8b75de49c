"""Core first, GUI thin: nothing outside inspector.gui may import Qt; the store is used through its
package API. The import-linter contracts (pyproject.toml) are checked by scripts/lint, which the test
command runs before the tests."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import inspector


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


def _store_modules_imported(importer: str, source: str) -> set[tuple[str, str]]:
    """(importer, store module) for each import of a module inside the store, not the package itself."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update((importer, name) for name in names if name.startswith("inspector.store."))
    return found


def test_the_store_check_sees_imports_of_its_modules_only() -> None:
    source = ("from inspector.store import InspectionFile, utc_now\n"
              "from inspector.store.records import ANSWERS\n"
              "def later():\n    import inspector.store.validation\n")
    assert _store_modules_imported("inspector.x", source) == {
        ("inspector.x", "inspector.store.records"), ("inspector.x", "inspector.store.validation")}


def test_the_store_is_used_through_its_package_api() -> None:
    package = Path(inspector.__path__[0])
    found: set[tuple[str, str]] = set()
    for path in package.rglob("*.py"):
        module = ".".join(("inspector", *path.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
        if module != "inspector.store" and not module.startswith("inspector.store."):
            found |= _store_modules_imported(module, path.read_text(encoding="utf-8"))
    # The import-linter contract covers inspector.app, inspector.gui and inspector.commands; this, every module.
    assert not found, f"imports of the store's modules, not its package: {sorted(found)}"
