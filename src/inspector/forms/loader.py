"""Load and validate every interview form in a `forms/` folder against the framework.

Like the standards, the whole folder is checked before anything is returned; a broken form stops
the app with one line naming the file, the entry and the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from inspector.forms.model import Forms, InterviewForm
from inspector.framework.errors import ContentError, from_validation_error
from inspector.framework.loader import read_yaml
from inspector.framework.model import Framework


def load_forms(folder: Path, framework: Framework) -> Forms:
    """Every `*.yaml` in the folder, in name order. A content folder without forms/ has no forms."""
    if not folder.is_dir():
        return Forms()
    forms: list[InterviewForm] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        form = _load_form(path, framework)
        key = (form.id, form.version)
        if key in seen:
            raise ContentError(path, f"form {form.id} version {form.version}", f"is also defined in {seen[key].name}")
        seen[key] = path
        forms.append(form)
    return Forms(tuple(forms))


def _load_form(path: Path, framework: Framework) -> InterviewForm:
    raw = read_yaml(path)
    try:
        form = InterviewForm.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(path, raw, exc) from None
    _check_questions(form, path, framework)
    return form


def _check_questions(form: InterviewForm, path: Path, framework: Framework) -> None:
    """Question ids are unique; every `informs` entry is a prompt that draws on case-manager
    interviews; and every such prompt is informed by at least one question, so no interview-linked
    prompt is left without a result."""
    linked = {p.id for p in framework.prompts if p.interview_link is not None}
    known = {p.id for p in framework.prompts}
    seen: set[str] = set()
    for question in form.questions:
        if question.id in seen:
            raise ContentError(path, f"question {question.id}", "appears twice")
        seen.add(question.id)
        for prompt_id in question.informs:
            if prompt_id not in known:
                raise ContentError(path, f"question {question.id}, field 'informs'", f"'{prompt_id}' is not a prompt")
            if prompt_id not in linked:
                raise ContentError(
                    path,
                    f"question {question.id}, field 'informs'",
                    f"prompt {prompt_id} does not draw on case-manager interviews (it has no interview link)",
                )
    informed = {p for q in form.questions for p in q.informs}
    missing = sorted(linked - informed, key=_prompt_order(framework))
    if missing:
        raise ContentError(
            path, "field 'questions'", f"no question informs prompt(s) {', '.join(missing)}, which draw on interviews"
        )


def _prompt_order(framework: Framework) -> Callable[[str], int]:
    """Sort prompt ids in framework order (1.2.1c before 1.10.1a would not hold for plain strings)."""
    return {p.id: i for i, p in enumerate(framework.prompts)}.__getitem__
