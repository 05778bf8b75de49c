"""`inspector gui --smoke-test` from the source tree, as packaging/smoke-test runs it in the bundle: a real
process, offscreen, with a home folder of its own (so its log and any settings land there)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.content import CONTENT_ENV, content_root

# The `inspector` script beside this interpreter, as an inspector would type it.
SMOKE_TEST = [str(Path(sys.executable).with_name("inspector")), "gui", "--smoke-test"]


def run(home: Path, *extra: str, content: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    if content is not None:
        env[CONTENT_ENV] = str(content)
    return subprocess.run([*SMOKE_TEST, *extra], env=env, capture_output=True, text=True, timeout=120)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def log_text(home: Path) -> str:
    (log,) = home.rglob("inspector.log")
    return log.read_text(encoding="utf-8")


def test_the_smoke_test_paints_the_window_exports_the_report_and_exits_0(tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "window.png"
    done = run(tmp_path / "home", "--smoke-test-screenshot", str(shot))

    assert done.returncode == 0, done.stderr
    painted, summary = done.stdout.splitlines()
    assert painted.startswith("smoke test: window painted after ")
    assert summary.startswith("smoke test passed: window painted in ")
    assert "(offscreen, screenshot " in summary and "ratings-panel report exported (" in summary
    assert png_size(shot) == (1366, 768)
    log = log_text(tmp_path / "home")
    assert "start: YJS Inspector" in log and "(source)" in log and "stop: exit code 0" in log
    assert "opened inspection " in log and "Northmoor" not in log  # the demo's YJS, and its file's name
    # Nothing of the user's: no recent list, no demo copy, no settings.
    assert not list((tmp_path / "home").rglob("*.yjsi")) and not list((tmp_path / "home").rglob("recent.json"))
    assert not list((tmp_path / "home").rglob("*.conf"))


def content_copy(tmp_path: Path, leave_out: str) -> Path:
    copy = tmp_path / "content"
    for folder in ("standards", "forms", "report_templates", "demo"):
        if folder != leave_out:
            shutil.copytree(content_root() / folder, copy / folder)
    return copy


@pytest.mark.parametrize(
    ("leave_out", "reason"),
    [
        ("demo", "smoke test failed: the demo inspection is not installed (looked for "),
        ("report_templates", "smoke test failed: "),
    ],
)
def test_a_failure_is_one_line_with_the_reason_and_exit_1(tmp_path: Path, leave_out: str, reason: str) -> None:
    done = run(tmp_path / "home", content=content_copy(tmp_path, leave_out))

    assert done.returncode == 1
    (said,) = [line for line in done.stderr.splitlines() if line.startswith("smoke test failed")]
    assert said.startswith(reason)
    assert leave_out in said or "templates" in said
    assert "smoke test passed" not in done.stdout
    assert "ERROR inspector.gui.smoke_test: smoke test failed" in log_text(tmp_path / "home")
