"""Undoable edits to the open inspection.

An edit is one record's value before and after ("1.2.1c: not judged -> below the line"). It knows
how to write itself through the store, how it changes the in-memory snapshot (so the window need not
re-read the whole file after every click), how to describe itself to the user, and its reverse,
which is what undo applies. The in-memory change follows the store's own rules exactly: a record back
at its defaults is removed (the store's `is_blank`), judgements and answers stay in framework order,
and evidence keeps its place (a new item goes last). tests/app/test_session.py checks the two agree.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, ClassVar, Generic, Self, TypeVar

from inspector.app.navigator import CASE_DATA, INTERVIEWS
from inspector.errors import UserError
from inspector.framework.model import Rating
from inspector.inspection.model import (
    CaseCount,
    Evidence,
    EvidenceTag,
    Inspection,
    Interview,
    KeyQuestionAnswer,
    PromptJudgement,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
)
from inspector.rules.evaluation import Evaluation
from inspector.rules.panel import locked_refusal
from inspector.store import BackupFailed, FrameworkIds, InspectionFile, is_blank

# Covariant: an edit of one kind of record is an edit (the window applies any as an Edit[object]).
R = TypeVar("R", covariant=True)
T = TypeVar("T")  # a record in a tuple of them
K = TypeVar("K", bound=Hashable)
P = TypeVar("P", Evidence, Interview)  # records kept in the order they were added

SUFFICIENCY_WORDS = {Sufficiency.ABOVE: "above the line", Sufficiency.BELOW: "below the line"}
TAG_WORDS = {EvidenceTag.STRENGTH: "a strength", EvidenceTag.AREA_FOR_IMPROVEMENT: "an area for improvement"}


@dataclass(frozen=True)
class Edit(ABC, Generic[R]):
    """One record's value before and after the edit."""

    before: R
    after: R

    @property
    @abstractmethod
    def description(self) -> str:
        """What the edit does, as the Edit menu says it: "Set 1.2.1c below the line"."""

    @property
    @abstractmethod
    def item_id(self) -> str:
        """The navigator item the edit belongs to (undo shows it)."""

    @abstractmethod
    def write(self, file: InspectionFile) -> None:
        """Write the `after` value through the store (each store call is its own transaction)."""

    @abstractmethod
    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        """The snapshot as the store would read it after `write`."""

    def reversed(self) -> Edit[R]:
        """The edit that undoes this one."""
        return replace(self, before=self.after, after=self.before)

    def merged(self, later: Edit[object]) -> Edit[R] | None:
        """This edit and the `later` one as one undo step, or None when they should stay apart."""
        return None

    def refusal(self, evaluation: Evaluation) -> str | None:
        """Why the edit may not be saved, judged on the `evaluation` of the snapshot it would make, or None."""
        return None

    @property
    def changes_anything(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class JudgementEdit(Edit[PromptJudgement]):
    """A prompt's place against the line of sufficiency and its decisive-shortfall mark."""

    def __post_init__(self) -> None:
        if self.before.prompt_id != self.after.prompt_id:
            raise ValueError("a judgement edit changes one prompt")

    @property
    def description(self) -> str:
        prompt, before, after = self.after.prompt_id, self.before, self.after
        if before.sufficiency != after.sufficiency:
            if after.sufficiency is None:
                return f"Clear the judgement of {prompt}"
            decisive = " as a decisive shortfall" if after.decisive and not before.decisive else ""
            return f"Set {prompt} {SUFFICIENCY_WORDS[after.sufficiency]}{decisive}"
        if after.decisive:
            return f"Mark {prompt} as a decisive shortfall"
        return f"Clear the decisive shortfall on {prompt}"

    @property
    def item_id(self) -> str:
        return self.after.prompt_id

    def write(self, file: InspectionFile) -> None:
        prompt, after = self.after.prompt_id, self.after
        # Both fields are written whatever `before` says (the store skips a value that has not changed),
        # so the file ends up holding `after` exactly, as the in-memory snapshot will.
        def sufficiency() -> None:
            file.set_sufficiency(prompt, after.sufficiency)

        def decisive() -> None:
            file.set_decisive(prompt, after.decisive)

        # Seed line 391: only "areas that are considered below the line" can be decisive, so the mark is
        # cleared before a prompt leaves 'below' and set after it arrives: the file never holds a
        # decisive mark on a prompt above the line, even between the two transactions.
        write_each([sufficiency, decisive] if after.decisive else [decisive, sufficiency])

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        kept = None if is_blank(self.after) else self.after
        judgements = keyed(inspection.judgements, lambda j: j.prompt_id, self.after.prompt_id, kept, ids.prompts)
        return replace(inspection, judgements=judgements)


@dataclass(frozen=True)
class EvidenceEdit(Edit[Evidence | None]):
    """Adding (before None), changing, or deleting (after None) one evidence item."""

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("an evidence edit needs the evidence before or after")
        if self.before is not None and self.after is not None and self.before.id != self.after.id:
            raise ValueError("an evidence edit changes one item")

    @property
    def evidence(self) -> Evidence:
        item = self.after or self.before
        assert item is not None  # __post_init__
        return item

    @property
    def description(self) -> str:
        before, after, prompt = self.before, self.after, self.evidence.prompt_id
        if before is None:
            return f"Add evidence to {prompt}"
        if after is None:
            return f"Delete evidence from {prompt}"
        changed = _changed_fields(before, after)
        if changed == {"tag"}:
            if after.tag is None:
                return f"Remove the tag from evidence on {prompt}"
            return f"Tag evidence on {prompt} as {TAG_WORDS[after.tag]}"
        if changed == {"source"}:
            return f"Set the source of evidence on {prompt} to {after.source.value}"
        return f"Edit evidence on {prompt}"

    @property
    def item_id(self) -> str:
        return self.evidence.prompt_id

    def write(self, file: InspectionFile) -> None:
        if self.before is None:
            file.add_evidence(self.evidence)
        elif self.after is None:
            file.delete_evidence(self.before.id)
        else:
            file.update_evidence(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, evidence=_positioned(inspection.evidence, self.evidence.id, self.after))


V = TypeVar("V", KeyQuestionAnswer, StandardProposal)


class Keep(Enum):
    CHOICE = "the choice as it stands"  # an edit of the rationale alone


@dataclass(frozen=True)
class _VerdictEdit(Edit[V]):
    """A choice and its rationale for one key question or standard. The rationale is saved as it is
    typed, so later edits of the rationale alone merge into one undo step."""

    _choice_field: ClassVar[str]  # the record's field that holds the choice

    @classmethod
    def changing(cls, before: V, choice: object = Keep.CHOICE, rationale: str | None = None) -> Self:
        """The edit from `before` to `choice` (Keep.CHOICE: as it stands) with `rationale` (None: as it
        stands)."""
        # Any: which field the choice goes in is the subclass's; the page hands the answer or rating it shows.
        changes: dict[str, Any] = {} if rationale is None else {"rationale": rationale}
        if choice is not Keep.CHOICE:
            changes[cls._choice_field] = choice
        return cls(before, replace(before, **changes))

    def __post_init__(self) -> None:
        if self._key(self.before) != self._key(self.after):
            raise ValueError(f"{type(self).__name__} changes one {self._noun}")

    _noun = ""

    @staticmethod
    @abstractmethod
    def _key(record: V) -> str:
        """The key question or standard the record belongs to."""

    @staticmethod
    @abstractmethod
    def _choice(record: V) -> object:
        """The answer or proposed rating, without the rationale."""

    @abstractmethod
    def _chosen(self) -> str:
        """What a change of choice says in the Edit menu."""

    @property
    def description(self) -> str:
        if self._choice(self.before) != self._choice(self.after):
            return self._chosen()
        return f"Edit the rationale for {self._key(self.after)}"

    @property
    def item_id(self) -> str:
        return self._key(self.after)

    def merged(self, later: Edit[object]) -> Edit[V] | None:
        if (
            isinstance(later, type(self)) and later.before == self.after
            and self._choice(self.before) == self._choice(self.after) == self._choice(later.after)
        ):
            return replace(self, after=later.after)
        return None


@dataclass(frozen=True)
class AnswerEdit(_VerdictEdit[KeyQuestionAnswer]):
    """The inspector's answer to a key question and its rationale."""

    _noun = "key question"
    _choice_field = "answer"

    @staticmethod
    def _key(record: KeyQuestionAnswer) -> str:
        return record.key_question_id

    @staticmethod
    def _choice(record: KeyQuestionAnswer) -> object:
        return record.answer

    def _chosen(self) -> str:
        kq, answer = self.after.key_question_id, self.after.answer
        return f"Answer {kq} '{answer.value}'" if answer else f"Clear the answer to {kq}"

    def write(self, file: InspectionFile) -> None:
        file.set_answer(self.after.key_question_id, self.after.answer, self.after.rationale)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        kept = None if is_blank(self.after) else self.after
        answers = keyed(inspection.answers, lambda a: a.key_question_id, self.after.key_question_id, kept,
                         ids.key_questions)
        return replace(inspection, answers=answers)


@dataclass(frozen=True)
class ProposalEdit(_VerdictEdit[StandardProposal]):
    """The rating the inspector proposes for a standard and its rationale."""

    _noun = "standard"
    _choice_field = "proposed"

    @staticmethod
    def _key(record: StandardProposal) -> str:
        return record.standard_id

    @staticmethod
    def _choice(record: StandardProposal) -> object:
        return record.proposed

    def _chosen(self) -> str:
        standard, proposed = self.after.standard_id, self.after.proposed
        return (f"Propose '{proposed.value}' for {standard}" if proposed
                else f"Clear the proposed rating for {standard}")

    def write(self, file: InspectionFile) -> None:
        file.set_proposal(self.after.standard_id, self.after.proposed, self.after.rationale)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        kept = None if is_blank(self.after) else self.after
        proposals = keyed(inspection.proposals, lambda p: p.standard_id, self.after.standard_id, kept, ids.standards)
        return replace(inspection, proposals=proposals)

    def refusal(self, evaluation: Evaluation) -> str | None:
        # Seed line 97: "Decision rules are non-negotiable. Decision guidance should be followed other than in
        # defensible and evidence-based circumstances." A newly chosen rating that breaks a decision rule is
        # not saved; a guidance departure is saved and flagged until its rationale is typed. Only a change
        # of rating is checked, so the rationale of a proposal the ratings have since overtaken can still be
        # edited (the engine flags that proposal as not permitted). A rating with the ratings panel, or agreed
        # by it, is the panel's: it changes only once withdrawn or reopened.
        if self.before.proposed == self.after.proposed:
            return None
        broken = [f for f in evaluation.standard(self.after.standard_id).findings if not f.permitted]
        return locked_refusal(self.after.standard_id, evaluation) or (broken[0].message if broken else None)


class EditRefused(UserError):
    """An edit the rules do not allow (a proposal that breaks a decision rule). Nothing is written."""


def write_each(steps: Sequence[Callable[[], None]]) -> None:
    """Run each store call in turn. A failed backup comes after its edit was committed, so it does
    not stop the next call; it is raised once all have run."""
    failed: BackupFailed | None = None
    for step in steps:
        try:
            step()
        except BackupFailed as exc:
            failed = exc
    if failed is not None:
        raise failed


def keyed(
    records: tuple[T, ...], key: Callable[[T], K], wanted: K, new: T | None, place: dict[K, int],
) -> tuple[T, ...]:
    """Records kept in `place` order (framework order), with the one for `wanted` replaced or removed."""
    kept = [record for record in records if key(record) != wanted]
    if new is not None:
        kept.append(new)
        kept.sort(key=lambda record: place.get(key(record), len(place)))
    return tuple(kept)


def _positioned(records: tuple[P, ...], wanted: str, new: P | None) -> tuple[P, ...]:
    """Evidence (or interviews) in the order added: replaced in its place, removed, or added last."""
    return in_place(records, lambda record: record.id, wanted, new)


_EVIDENCE_FIELDS = ("text", "source", "reference", "tag", "prompt_id", "also", "document_id", "page")


def _changed_fields(before: Evidence, after: Evidence) -> set[str]:
    return {name for name in _EVIDENCE_FIELDS if getattr(before, name) != getattr(after, name)}


@dataclass(frozen=True)
class InterviewEdit(Edit[Interview | None]):
    """Adding (before None), changing, or deleting (after None) one case-manager interview."""

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("an interview edit needs the interview before or after")
        if self.before is not None and self.after is not None and self.before.id != self.after.id:
            raise ValueError("an interview edit changes one interview")

    @property
    def interview(self) -> Interview:
        item = self.after or self.before
        assert item is not None  # __post_init__
        return item

    @property
    def description(self) -> str:
        before, after, reference = self.before, self.after, self.interview.reference
        if before is None:
            return f"Add interview {reference}"
        if after is None:
            return f"Delete interview {reference}"
        if before.responses != after.responses:
            return f"Answer interview {reference}"
        return f"Edit interview {reference}"

    @property
    def item_id(self) -> str:
        return INTERVIEWS

    def write(self, file: InspectionFile) -> None:
        if self.before is None:
            file.add_interview(self.interview)
        elif self.after is None:
            file.delete_interview(self.before.id)
        else:
            file.update_interview(self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        return replace(inspection, interviews=_positioned(inspection.interviews, self.interview.id, self.after))

    def merged(self, later: Edit[object]) -> InterviewEdit | None:
        # Typing the reference or the inspector is saved as it goes; one undo step takes back the typing.
        if (
            isinstance(later, InterviewEdit) and later.before == self.after and self.before is not None
            and self.after is not None and later.before is not None and later.after is not None
            and _interview_changes(self.before, self.after) | _interview_changes(later.before, later.after)
            <= _INTERVIEW_TYPED
        ):
            return InterviewEdit(self.before, later.after)
        return None


_INTERVIEW_TYPED = {"reference", "inspector"}


def _interview_changes(before: Interview, after: Interview) -> set[str]:
    return {name for name in ("reference", "date", "inspector", "responses")
            if getattr(before, name) != getattr(after, name)}


@dataclass(frozen=True)
class TallyEdit(Edit[TalliedPercentage | None]):
    """A prompt's interview result tallied on paper: set (before None), changed, or cleared (after None)."""

    prompt_id: str

    def __post_init__(self) -> None:
        if any(t is not None and t.prompt_id != self.prompt_id for t in (self.before, self.after)):
            raise ValueError("a tally edit changes one prompt's tally")

    @property
    def description(self) -> str:
        if self.after is None:
            return f"Clear the tallied interview result for {self.prompt_id}"
        return f"Tally {self.after.percent}% from interviews for {self.prompt_id}"

    @property
    def item_id(self) -> str:
        return INTERVIEWS

    def write(self, file: InspectionFile) -> None:
        file.set_tally(self.prompt_id, self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        tallies = keyed(inspection.tallies, lambda t: t.prompt_id, self.prompt_id, self.after, ids.prompts)
        return replace(inspection, tallies=tallies)


@dataclass(frozen=True)
class CaseRatingEdit(Edit[Rating | None]):
    """A domain two or three standard's rating entered directly, or (None) taken from the case counts."""

    standard_id: str

    @property
    def description(self) -> str:
        if self.after is None:
            return f"Rate {self.standard_id} from the case counts"
        return f"Rate {self.standard_id} '{self.after.value}'"

    @property
    def item_id(self) -> str:
        return CASE_DATA

    def write(self, file: InspectionFile) -> None:
        file.set_case_rating(self.standard_id, self.after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        new = (self.standard_id, self.after) if self.after is not None else None
        ratings = keyed(inspection.case_ratings, lambda r: r[0], self.standard_id, new, ids.case_data_standards)
        return replace(inspection, case_ratings=ratings)

    def refusal(self, evaluation: Evaluation) -> str | None:
        return locked_refusal(self.standard_id, evaluation)  # with the ratings panel, the rating is the panel's


@dataclass(frozen=True)
class CaseCountEdit(Edit[CaseCount | None]):
    """Adding (before None), changing, or deleting (after None) one key question's case count. A new
    name for the key question is the old count deleted and the new one added (the name is half its key)."""

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a case count edit needs the count before or after")
        if self.before is not None and self.after is not None and self.before.standard_id != self.after.standard_id:
            raise ValueError("a case count edit changes one standard's count")

    @property
    def count(self) -> CaseCount:
        item = self.after or self.before
        assert item is not None  # __post_init__
        return item

    @property
    def description(self) -> str:
        before, after, standard = self.before, self.after, self.count.standard_id
        if after is None:
            return f"Delete the case count for {standard} '{self.count.key_question}'"
        if before is None:
            return f"Add the case count for {standard} '{after.key_question}'"
        if before.key_question != after.key_question:
            return f"Rename the case count for {standard} '{before.key_question}' to '{after.key_question}'"
        return f"Count {after.sufficient} of {after.cases} cases for {standard} '{after.key_question}'"

    @property
    def item_id(self) -> str:
        return CASE_DATA

    def write(self, file: InspectionFile) -> None:
        before, after = self.before, self.after
        if before is not None and (after is None or before.key_question != after.key_question):
            file.delete_case_count(before.standard_id, before.key_question)
        if after is not None:
            file.set_case_count(after)

    def updated(self, inspection: Inspection, ids: FrameworkIds) -> Inspection:
        def key(c: CaseCount) -> tuple[str, str]:
            return c.standard_id, c.key_question

        # As the store does: a count keeps its place when changed; a renamed one is deleted and added last.
        counts = inspection.case_counts
        if self.before is not None and (self.after is None or key(self.before) != key(self.after)):
            counts = in_place(counts, key, key(self.before), None)
        if self.after is not None:
            counts = in_place(counts, key, key(self.after), self.after)
        return replace(inspection, case_counts=counts)

    def merged(self, later: Edit[object]) -> CaseCountEdit | None:
        # Typing the sufficient cases and then the cases of one count is one undo step.
        if (
            isinstance(later, CaseCountEdit) and later.before == self.after and self.before is not None
            and self.after is not None and later.after is not None
            and self.before.key_question == self.after.key_question == later.after.key_question
        ):
            return CaseCountEdit(self.before, later.after)
        return None

    def refusal(self, evaluation: Evaluation) -> str | None:
        return locked_refusal(self.count.standard_id, evaluation)  # the counts make the rating the panel holds


def in_place(records: tuple[T, ...], key: Callable[[T], K], wanted: K, new: T | None) -> tuple[T, ...]:
    """Records in the order written (as the store reads them back): replaced in place, removed, or added last."""
    for index, record in enumerate(records):
        if key(record) == wanted:
            return records[:index] + ((new,) if new is not None else ()) + records[index + 1:]
    return (*records, new) if new is not None else records
