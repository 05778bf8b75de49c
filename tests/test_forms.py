"""Interview forms (forms/*.yaml): loaded whole, checked against the framework, one-line errors."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from inspector.content import Content, load_content
from inspector.framework.errors import ContentError
from tests.seed import REPO

FORM = "case-manager-interview.yaml"


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "standards", tmp_path / "standards")
    shutil.copytree(REPO / "forms", tmp_path / "forms")
    return tmp_path


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _error(root: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        Content(root).validate()
    assert "\n" not in str(caught.value), "errors are one line"
    return caught.value


def _question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["id"] == question_id)


def test_the_shipped_form_informs_every_interview_linked_prompt() -> None:
    content = load_content()
    [form] = list(content.forms)
    assert content.forms.keys() == (("case-manager-interview", "1"),)
    linked = [p.id for p in content.framework.prompts if p.interview_link]
    assert all(form.informing(prompt_id) for prompt_id in linked)
    assert "Drafted for this tool" in form.source and "replace it" in form.source
    supervision = ["management-oversight", "supervision-regular", "supervision-quality"]
    assert [q.id for q in form.informing("1.2.3a")] == supervision


def test_unknown_prompt(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: _question(d, "ict")["informs"].append("1.4.9z"))
    error = _error(root)
    assert error.path.endswith(FORM)
    assert error.entry == "question ict, field 'informs'"
    assert error.problem == "'1.4.9z' is not a prompt"


def test_prompt_without_an_interview_link(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: _question(d, "ict")["informs"].append("1.4.3b"))
    error = _error(root)
    assert error.entry == "question ict, field 'informs'"
    assert "prompt 1.4.3b does not draw on case-manager interviews" in error.problem


def test_duplicate_question_id(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: d["questions"].append({**_question(d, "workload")}))
    error = _error(root)
    assert (error.entry, error.problem) == ("question workload", "appears twice")


def test_missing_field(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: _question(d, "policies").pop("text"))
    assert str(_error(root)).endswith(f"{FORM}: question policies, field 'text': is required but missing")


def test_missing_version(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: d.pop("version"))
    assert str(_error(root)).endswith(f"{FORM}: field 'version': is required but missing")


def test_misspelt_field(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: _question(d, "ict").update(inform=["1.4.3a"]))
    assert "question ict, field 'inform': is not a known field" in str(_error(root))


def test_linked_prompt_left_uninformed(root: Path) -> None:
    _edit(root / "forms" / FORM, lambda d: d.update(questions=[q for q in d["questions"] if q["id"] != "ict"]))
    error = _error(root)
    assert error.entry == "field 'questions'"
    assert "no question informs prompt(s) 1.4.3a" in error.problem


def test_versions_coexist_and_duplicates_are_refused(root: Path) -> None:
    second = root / "forms" / "case-manager-interview-v2.yaml"
    shutil.copy(root / "forms" / FORM, second)
    _edit(second, lambda d: d.update(version="2"))
    content = Content(root)
    content.validate()
    assert content.forms.keys() == (("case-manager-interview", "2"), ("case-manager-interview", "1"))
    assert content.forms.get("case-manager-interview", "2") is not None

    _edit(second, lambda d: d.update(version="1"))
    error = _error(root)
    assert error.path.endswith(FORM) and error.entry == "form case-manager-interview version 1"
    assert error.problem == "is also defined in case-manager-interview-v2.yaml"


def test_broken_yaml(root: Path) -> None:
    (root / "forms" / FORM).write_text("questions: [unclosed\n", encoding="utf-8")
    error = _error(root)
    assert error.path.endswith(FORM) and "not valid YAML" in error.problem


def test_a_folder_with_only_standards_has_no_forms(tmp_path: Path) -> None:
    shutil.copytree(REPO / "standards", tmp_path / "standards")
    content = Content(tmp_path)
    content.validate()
    assert len(content.forms) == 0
