"""Case-manager interview forms: versioned question sets, each question naming the prompts it informs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Question(_Entry):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    text: str = Field(min_length=10)
    # The prompts whose interview evidence this question provides (e.g. "1.2.1c"); checked at load
    # against the framework: each must be a prompt with an interview link.
    informs: tuple[str, ...] = Field(min_length=1)


class InterviewForm(_Entry):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: str = Field(min_length=1)
    title: str = Field(min_length=3)
    source: str = Field(min_length=10, description="where the wording comes from")
    questions: tuple[Question, ...] = Field(min_length=1)

    # Evaluation looks these up once per interview and prompt (14,000 times at 1,000 interviews):
    # index them once.
    @cached_property
    def _by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def _by_prompt(self) -> dict[str, tuple[Question, ...]]:
        prompts = {p for q in self.questions for p in q.informs}
        return {p: tuple(q for q in self.questions if p in q.informs) for p in prompts}

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    @cached_property
    def question_ids(self) -> frozenset[str]:
        return frozenset(self._by_id)

    def informing(self, prompt_id: str) -> tuple[Question, ...]:
        """The questions whose answers count towards the prompt's interview result."""
        return self._by_prompt.get(prompt_id, ())


@dataclass(frozen=True)
class Forms:
    """Every form in forms/, keyed by (id, version): an inspection records the version it used, so
    older versions stay loadable next to the current one."""

    forms: tuple[InterviewForm, ...] = ()

    @cached_property
    def _by_key(self) -> dict[tuple[str, str], InterviewForm]:
        return {(f.id, f.version): f for f in self.forms}

    def get(self, form_id: str, version: str) -> InterviewForm | None:
        return self._by_key.get((form_id, version))

    def keys(self) -> tuple[tuple[str, str], ...]:
        return tuple((f.id, f.version) for f in self.forms)

    def __iter__(self) -> Iterator[InterviewForm]:
        return iter(self.forms)

    def __len__(self) -> int:
        return len(self.forms)
