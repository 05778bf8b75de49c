"""The HMIP youth justice inspection framework as immutable domain objects.

Every text field holds the seed's wording verbatim (whitespace aside). Text fields use a small
markup: paragraphs separated by a blank line, list items as lines starting with "- ", and the
seed's italics as *single asterisks*. `source_line` is the line of the seed
(standards/source-hmip-yj-standards-v3.4.txt) where the entry starts.
"""

from __future__ import annotations

from enum import Enum
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from inspector.framework.document import SourceDocument
from inspector.framework.rule_names import BalanceRule, DecisionCheck, DefaultRule, ShareReading


class Rating(str, Enum):
    OUTSTANDING = "Outstanding"
    GOOD = "Good"
    REQUIRES_IMPROVEMENT = "Requires improvement"
    INADEQUATE = "Inadequate"


RATING_ORDER: tuple[Rating, ...] = (
    Rating.OUTSTANDING,
    Rating.GOOD,
    Rating.REQUIRES_IMPROVEMENT,
    Rating.INADEQUATE,
)


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class EditorialNote(_Entry):
    """Where the source contradicts itself, is truncated or garbled: the data keeps the source
    wording and says so here (shown to the user, listed in docs/framework-notes.md)."""

    lines: str = Field(pattern=r"^\d+(-\d+)?(, ?\d+(-\d+)?)*$")
    note: str = Field(min_length=10)


class InterviewStrength(str, Enum):
    """How strongly the seed says case-manager interview responses weigh on the prompt,
    strongest first, named after the seed's own verbs."""

    WOULD_RESULT = "would result in a negative judgement"
    WOULD_SUPPORT = "would support a negative judgement"
    MAY_SUPPORT = "may support a negative judgement"
    MAY_SUGGEST = "may suggest a negative judgement"
    TAKEN_INTO_ACCOUNT = "taken into account"


class InterviewLink(_Entry):
    """A prompt that draws on case-manager interview responses."""

    strength: InterviewStrength
    threshold_percent: int | None = Field(default=None, ge=1, le=100)
    wording: str = Field(min_length=10, description="the seed's sentence(s), verbatim")
    section: Literal["guidance", "evidence", "judgement"]


_Name = TypeVar("_Name", BalanceRule, DefaultRule)


class Declared(_Entry, Generic[_Name]):
    """A rule an entry declares it follows, by its name in `rule_names`, and the seed line that states it.
    The engine applies the rule the name gives, whatever the entry's prose says."""

    name: _Name
    source_line: int = Field(ge=1)


class _Judged(_Entry):
    """Common to key questions and prompts. Every key question and prompt in the seed has guidance
    and a judgement; the schema requires them so an incomplete file is refused at load."""

    text: str = Field(min_length=5)
    guidance: str = Field(min_length=10)
    evidence: str = ""
    judgement: str = Field(min_length=10)
    source_line: int = Field(ge=1)
    editorial_notes: tuple[EditorialNote, ...] = ()


class Prompt(_Judged):
    letter: str = Field(pattern=r"^[a-z]$")
    # Every prompt in the seed lists its evidence.
    evidence: str = Field(min_length=5)
    interview_link: InterviewLink | None = None
    # Derived at load from the introduction's "Inspecting diversity" list.
    diversity: bool = False
    # Set at load from the key question; not written in the content files.
    id: str = ""


class KeyQuestion(_Judged):
    id: str = Field(pattern=r"^\d\.\d\.\d$")
    prompts: tuple[Prompt, ...] = Field(min_length=1)
    # The parts of the balance rule the judgement states (rules/balance.py); none: the engine suggests no answer.
    balance_rules: tuple[Declared[BalanceRule], ...] = ()

    @field_validator("balance_rules")
    @classmethod
    def _each_once(cls, value: tuple[Declared[BalanceRule], ...]) -> tuple[Declared[BalanceRule], ...]:
        names = [d.name for d in value]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f"'{name.value}' is declared twice")
        return value


class DecisionKind(str, Enum):
    RULE = "rule"  # "Decision rules are non-negotiable."
    GUIDANCE = "guidance"  # "Decision guidance should be followed other than in defensible ..."
    LIMITING = "limiting"  # "the ratings panel will challenge any proposed overall outstanding rating"


# The seed opens each rule with its kind in capitals ("DECISION GUIDANCE- A 'Good' rating ..."): a summary
# that starts so is the seed's wording pasted in, not a summary.
_SEED_OPENINGS = ("DECISION RULE", "DECISION GUIDANCE", "LIMITING JUDGEMENT")


class DecisionRule(_Entry):
    kind: DecisionKind
    rating: Rating = Field(description="the rating the rule or guidance is about")
    applies_to: Literal["standard", "overall"]
    text: str = Field(min_length=10)
    # Not the seed's: the rule in plain words, written by methodology staff beside the rule and shown above
    # the seed's wording (which stays verbatim in `text`) wherever the rule is quoted. One line; it names
    # the rating the rule is about, in quotes as the seed does ('Good').
    summary: str = Field(min_length=20, max_length=300)
    source_line: int = Field(ge=1)
    editorial_notes: tuple[EditorialNote, ...] = ()
    # The check on the ratings that applies (rules/decisions.py), stated by the rule's own text at
    # `source_line`; none: the engine does not check the standard's rules and the ratings panel applies them.
    check: DecisionCheck | None = None

    @model_validator(mode="after")
    def _plain_summary(self) -> DecisionRule:
        if self.check is not None and self.applies_to != "standard":
            raise ValueError("check: only a standard-level rule has a check on the ratings")
        summary = self.summary.strip()
        if "\n" in summary:
            raise ValueError("summary: must be one line")
        if summary.upper().startswith(_SEED_OPENINGS) or summary == self.text.strip():
            raise ValueError("summary: must say the rule in plain words, not quote the seed (its wording is 'text')")
        if f"'{self.rating.value.lower()}'" not in summary.lower():
            raise ValueError(f"summary: must name the rating the rule is about, in quotes ('{self.rating.value}')")
        return self


class RatingCharacteristic(_Entry):
    """The prose characteristics of one rating for one standard."""

    rating: Rating
    summary: str = Field(min_length=10, description="the italic one-line summary")
    decision: str = Field(default="", description="the bold decision rule or guidance, if printed")
    text: str = Field(min_length=10)
    source_line: int = Field(ge=1)
    editorial_notes: tuple[EditorialNote, ...] = ()


class ShareThreshold(_Entry):
    """The figure a table row's cell gives a rating for the share of positive responses: 'over 80 per cent'."""

    rating: Rating
    reading: ShareReading
    percent: int = Field(ge=0, le=100)


class CharacteristicsRow(_Entry):
    """One row of the rating characteristics in table form: a heading and a cell per rating."""

    heading: str = Field(min_length=3)
    outstanding: str
    good: str
    requires_improvement: str
    inadequate: str
    source_line: int = Field(ge=1)
    editorial_notes: tuple[EditorialNote, ...] = ()
    # For a row whose cells give percentages of positive responses (1.1's), the figures they give, one per
    # rating (rules/share.py compares the share with them); none: the row gives no percentages.
    share_thresholds: tuple[ShareThreshold, ...] = ()

    @field_validator("share_thresholds")
    @classmethod
    def _threshold_per_rating(cls, value: tuple[ShareThreshold, ...]) -> tuple[ShareThreshold, ...]:
        if value and tuple(t.rating for t in value) != RATING_ORDER:
            raise ValueError("must give Outstanding, Good, Requires improvement, Inadequate in that order")
        return value

    def cell(self, rating: Rating) -> str:
        return {
            Rating.OUTSTANDING: self.outstanding,
            Rating.GOOD: self.good,
            Rating.REQUIRES_IMPROVEMENT: self.requires_improvement,
            Rating.INADEQUATE: self.inadequate,
        }[rating]


class Standard(_Entry):
    id: str = Field(pattern=r"^\d\.\d$")
    title: str = Field(min_length=3)
    statement: str = Field(min_length=10)
    guidance: str = Field(min_length=10)
    evidence: str = ""
    # The standard-level default ("initial default judgement of 'Requires improvement' ..."); 3.4
    # prints none in the seed, so it may be empty (see docs/framework-notes.md).
    judgement: str = ""
    # The default rating the judgement states (rules/standard.py); none: the engine proposes no default.
    default_rule: Declared[DefaultRule] | None = None
    source_line: int = Field(ge=1)
    key_questions: tuple[KeyQuestion, ...] = Field(min_length=1)
    decision_rules: tuple[DecisionRule, ...] = ()
    characteristics_statement: str = Field(min_length=10)
    characteristics: tuple[RatingCharacteristic, ...] = Field(min_length=4, max_length=4)
    characteristics_table: tuple[CharacteristicsRow, ...] = Field(min_length=1)
    editorial_notes: tuple[EditorialNote, ...] = ()

    @field_validator("characteristics")
    @classmethod
    def _one_per_rating(cls, value: tuple[RatingCharacteristic, ...]) -> tuple[RatingCharacteristic, ...]:
        if tuple(c.rating for c in value) != RATING_ORDER:
            raise ValueError("must give Outstanding, Good, Requires improvement, Inadequate in that order")
        return value

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return tuple(p for kq in self.key_questions for p in kq.prompts)

    def characteristic(self, rating: Rating) -> RatingCharacteristic:
        return next(c for c in self.characteristics if c.rating == rating)


class PercentageBand(_Entry):
    """'Where the terms large majority/reasonable majority/too few/minority are used, the following
    percentage boundaries apply' (seed, rating characteristics, Definitions)."""

    name: str
    text: str = Field(description="the seed's definition, verbatim")
    # The boundary reading framework.yaml declares (its editorial note on seed lines 3146-3152 says why):
    # the band runs from `from_percent`, inclusive, up to the next band's `from_percent`, exclusive, so
    # every percentage falls in exactly one band. Checked at load (framework/loader.py).
    from_percent: int = Field(ge=0, le=100)
    source_line: int = Field(ge=1)


class Framework(_Entry):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    title: str
    version: str
    source: str
    source_file: str
    introduction_rules: str = Field(description="how decision rules and guidance are to be read")
    percentage_bands: tuple[PercentageBand, ...] = Field(min_length=4, max_length=4)
    overall_decision_rules: tuple[DecisionRule, ...] = ()
    standards: tuple[Standard, ...] = Field(min_length=1)
    editorial_notes: tuple[EditorialNote, ...] = ()
    # The standards document's own places, for citations (standards/document.yaml).
    document: SourceDocument

    def standard(self, standard_id: str) -> Standard:
        for s in self.standards:
            if s.id == standard_id:
                return s
        raise KeyError(standard_id)

    def key_question(self, kq_id: str) -> KeyQuestion:
        for kq in self.standard(kq_id[:3]).key_questions:
            if kq.id == kq_id:
                return kq
        raise KeyError(kq_id)

    def prompt(self, prompt_id: str) -> Prompt:
        for p in self.key_question(prompt_id[:5]).prompts:
            if p.id == prompt_id:
                return p
        raise KeyError(prompt_id)

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return tuple(p for s in self.standards for p in s.prompts)
