"""The Qt bindings the project installs survive a long session.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing and
aborts the interpreter ("none_dealloc") after a few thousand calls; pyproject.toml keeps it out.
"""

from __future__ import annotations

import os
import subprocess
import sys

# Many more calls that return nothing than the broken bindings survive (None's count starts near
# 5,000 and each call took one away).
SCRIPT = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(50_000):
    widget.resize(120, 80)
print("survived")
"""


def test_many_void_calls_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
