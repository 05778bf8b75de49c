"""Help > About as data: the version, the framework, the content folder and where it came from, as one
text to copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector import __version__
from inspector.app.about import about, content_origin
from inspector.content import CONTENT_ENV, content_root, load_content, packaged_content


def test_about_names_the_version_the_framework_and_the_content_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONTENT_ENV, raising=False)
    content = load_content()
    shown = about(content.framework, content.root, "6.9.0", "6.9.1")
    framework = content.framework
    assert shown.title == f"YJS Inspector {__version__}" and shown.value("Version") == __version__
    assert shown.value("Framework") == f"{framework.title}, {framework.version} (id {framework.id})"
    assert shown.value("Content folder") == f"{content.root.resolve()} (the source checkout's)"
    assert shown.value("Qt") == "Qt 6.9.0, PySide6 6.9.1"
    lines = shown.text.splitlines()
    assert lines[:2] == [shown.title, shown.what] and lines[2] == ""
    assert f"Framework: {shown.value('Framework')}" in lines


def test_where_the_content_folder_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONTENT_ENV, raising=False)
    assert content_origin(packaged_content()) == "installed with the app"
    assert content_origin(tmp_path) == "given when the app started"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "edited").mkdir()
    monkeypatch.setenv(CONTENT_ENV, "edited")  # relative: to the folder the app was started in
    assert content_root() == Path("edited")
    assert content_origin(tmp_path / "edited") == f"set by {CONTENT_ENV}"
    shown = about(load_content(Path(__file__).resolve().parents[2]).framework, Path("edited"), "6", "6")
    assert shown.value("Content folder") == f"{tmp_path / 'edited'} (set by {CONTENT_ENV})"
