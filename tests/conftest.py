"""Test set-up: Qt runs offscreen everywhere (CI has no display); fixtures more than one module uses."""

import os
import shutil
from pathlib import Path

import pytest

from tests.seed import REPO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture()
def standards(tmp_path: Path) -> Path:
    """A copy of the standards content folder to edit (tests/test_loader_errors.py, tests/test_citations.py)."""
    folder = tmp_path / "standards"
    shutil.copytree(REPO / "standards", folder)
    return folder
