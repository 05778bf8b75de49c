"""Case-manager interview forms: versioned question sets, each question naming the prompts it informs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def informing(self, prompt_id: str) -> tuple[Question, ...]:
        """The questions whose answers count towards the prompt's interview result."""
        return tuple(q for q in self.questions if prompt_id in q.informs)


@dataclass(frozen=True)
class Forms:
    """Every form in forms/, keyed by (id, version): an inspection records the version it used, so
    older versions stay loadable next to the current one."""

    forms: tuple[InterviewForm, ...] = ()

    def get(self, form_id: str, version: str) -> InterviewForm | None:
        return next((f for f in self.forms if (f.id, f.version) == (form_id, version)), None)

    def keys(self) -> tuple[tuple[str, str], ...]:
        return tuple((f.id, f.version) for f in self.forms)

    def __iter__(self) -> Iterator[InterviewForm]:
        return iter(self.forms)

    def __len__(self) -> int:
        return len(self.forms)
