"""packaging/check_build.py: the bundle's build fails on what would make the bundle crash later."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from tests.seed import REPO


def check_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_build", REPO / "packaging" / "check_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# As PyInstaller 6 writes them.
XCB_MISSING = ("23753 WARNING: Library not found: could not resolve 'libxcb-cursor.so.0', dependency of "
               "'/venv/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so'.")
WINDOWS_DLL = "22473 WARNING: Library shell32 required via ctypes not found"
WARN_FILE = """missing module named winreg - imported by platformdirs.windows (delayed, optional)
missing module named pydantic.BaseModel - imported by pydantic (conditional), inspector.framework.model (top-level)
excluded module named PySide6.QtDBus - imported by PySide6.QtWidgets (top-level), PySide6.QtGui (top-level)
missing module named docxcompose - imported by docxtpl.subdoc (top-level)
"""


def test_a_library_not_found_and_a_module_qt_imports_fail_the_build() -> None:
    problems = check_build().problems(f"INFO: fine\n{XCB_MISSING}\n{WINDOWS_DLL}\n", WARN_FILE, windows=False)
    assert problems == [
        "library not found: could not resolve 'libxcb-cursor.so.0', dependency of "
        "'/venv/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so'.",
        "excluded module PySide6.QtDBus, imported by PySide6.QtWidgets, PySide6.QtGui",
    ]


def test_windows_dlls_count_on_windows_and_a_clean_build_passes(tmp_path: Path) -> None:
    module = check_build()
    assert module.problems(WINDOWS_DLL, "", windows=True) == ["library not found (ctypes): shell32"]
    output, warnings = tmp_path / "out.log", tmp_path / "warn.txt"
    output.write_text(f"INFO: built\n{WINDOWS_DLL}\n", encoding="utf-8")
    warnings.write_text(WARN_FILE.splitlines()[0] + "\n", encoding="utf-8")
    assert module.main([str(output), str(warnings)]) == 0
    output.write_text(XCB_MISSING, encoding="utf-8")
    assert module.main([str(output), str(warnings)]) == 1
