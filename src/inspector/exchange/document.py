"""The exchange document's shape (docs/exchange-format.md) as strict pydantic models.

Strict: unknown fields are refused, text must be text and counts whole numbers (no "12" for 12,
no true for 1), rating words and other choices must be spelt exactly. The field order here is
the order the writer puts keys in. Checks that need the framework live in `check.py`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from inspector.exchange.errors import shown
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    CommentKind,
    DocumentKind,
    EvidenceTag,
    InterviewAnswer,
    Nation,
    PanelState,
    Recipient,
    SourceKind,
    Sufficiency,
)

FORMAT = "yjs-inspection"
# Raise with every change an older reader could not read, and keep reading the older versions.
# 2: the ratings panel's decisions and comments (a version-1 document has none).
# 3: evidence supporting several prompts and citing the register of documents (page), the register
#    itself, and who in the team covers which standard or key question (a version-1 or 2 document has none).
# 4: the record after fieldwork: the lead's obligations done, the YJB's own labels, the improvement plan and
#    its follow-ups (a version 1-3 document has none). A version 3 reader refuses the section as unknown, so
#    it could not be an optional part of version 3.
VERSION = 4

E = TypeVar("E", bound=Enum)


def _problem(text: str) -> PydanticCustomError:
    return PydanticCustomError("exchange", "{problem}", {"problem": text})


def _choice(enum: type[E], noun: str) -> BeforeValidator:
    """The check of an enum field (`Annotated[enum, _choice(enum, noun)]`) that names the allowed words
    when it refuses one."""
    words = ", ".join(member.value for member in enum)
    # Looked up by value, not by walking the members: a file at ten times the demo holds 24,000 choices.
    by_value: dict[object, E] = {member.value: member for member in enum}

    def check(value: object) -> E:
        if isinstance(value, enum):
            return value
        member = by_value.get(value) if type(value) is str else None
        if member is None:
            raise _problem(f"{shown(value)} is not {noun} ({words})")
        return member

    return BeforeValidator(check)


def _iso_date(value: object) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    # Only the one spelling the writer uses, so a file always round-trips to the same bytes.
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _problem(f"{shown(value)} is not a date (YYYY-MM-DD)")


_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?(Z|[+-]\d{2}:\d{2})?")


def _iso_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _problem(f"{shown(value)} is not a date and time (YYYY-MM-DDTHH:MM:SS, with +HH:MM)")


def _percent(value: object) -> Decimal:
    # JSON numbers arrive as int or (parse_float) Decimal, never float: 72.5 stays exactly 72.5.
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise _problem(f"should be a number, not {shown(value)}")
    number = Decimal(value)
    # A share of interview responses (the seed's percentage boundaries, line 3144), so 0 to 100.
    if not number.is_finite() or not 0 <= number <= 100:
        raise _problem(f"{shown(value)} is outside 0–100")
    return abs(number) if number == 0 else number  # -0 is written back as 0


# What str(uuid.UUID(text)) gives back unchanged: any 32 lower-case hex digits in groups of 8-4-4-4-12 (the
# form the tool writes, and the only one that round-trips); a pattern, as 8,700 ids are read at 10× the demo.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: str) -> str:
    if not _UUID.fullmatch(value):
        raise _problem(f"{shown(value)} is not an id (a lower-case UUID such as 0f8c3c6e-…)")
    return value


def _named(value: str) -> str:
    if not value.strip():
        raise _problem("should not be empty")
    return value


Id = Annotated[str, AfterValidator(_uuid)]
Named = Annotated[str, AfterValidator(_named)]
Count = Annotated[int, Field(ge=0)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
IsoDateTime = Annotated[datetime, BeforeValidator(_iso_datetime)]
Percent = Annotated[Decimal, BeforeValidator(_percent)]
# The choices, each named in the refusal: "'Satisfactory' is not a rating (Outstanding, Good, …)".
RatingWord = Annotated[Rating, _choice(Rating, "a rating")]
NationWord = Annotated[Nation, _choice(Nation, "a nation")]
RecipientWord = Annotated[Recipient, _choice(Recipient, "a recipient")]
SourceWord = Annotated[SourceKind, _choice(SourceKind, "a source")]
TagWord = Annotated[EvidenceTag, _choice(EvidenceTag, "a tag")]
SufficiencyWord = Annotated[Sufficiency, _choice(Sufficiency, "a sufficiency")]
AnswerWord = Annotated[Answer, _choice(Answer, "an answer")]
InterviewAnswerWord = Annotated[InterviewAnswer, _choice(InterviewAnswer, "an interview answer")]
PanelStateWord = Annotated[PanelState, _choice(PanelState, "a ratings panel state")]
CommentKindWord = Annotated[CommentKind, _choice(CommentKind, "a kind of ratings panel comment")]
DocumentKindWord = Annotated[DocumentKind, _choice(DocumentKind, "a kind of document")]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FrameworkRef(_Part):
    id: str
    version: str


class DetailsPart(_Part):
    id: Id
    yjs: Named
    nation: NationWord
    fieldwork_start: IsoDate | None = None
    fieldwork_end: IsoDate | None = None
    lead_inspector: str = ""
    team: list[str] = []
    resettlement_cases_12_months: Count | None = None
    notes: str = ""


class RecommendationPart(_Part):
    id: Id
    to: RecipientWord
    text: str


class EvidencePart(_Part):
    id: Id
    text: str
    source: SourceWord
    reference: str = ""
    recorded_by: str = ""
    recorded_at: IsoDateTime | None = None
    tag: TagWord | None = None
    # Version 3:
    also: list[str] = []  # other prompts it supports
    document_id: Id | None = None  # the register entry it cites
    page: str = ""


class PromptPart(_Part):
    sufficiency: SufficiencyWord | None = None
    decisive: bool = False
    evidence: list[EvidencePart] = []


class KeyQuestionPart(_Part):
    answer: AnswerWord | None = None
    rationale: str = ""


class StandardPart(_Part):
    proposed: RatingWord | None = None
    rationale: str = ""


class DiversityPart(_Part):
    sufficient: bool | None = None
    note: str = ""


class FormRef(_Part):
    id: Named
    version: Named


class ResponsePart(_Part):
    answer: InterviewAnswerWord
    comment: str = ""


class InterviewPart(_Part):
    id: Id
    reference: str
    date: IsoDate | None = None
    inspector: str = ""
    form: FormRef
    responses: dict[str, ResponsePart] = {}


class TallyPart(_Part):
    percent: Percent
    interviews: Count | None = None


class CountPart(_Part):
    sufficient: Count
    cases: Count


class PanelDecisionPart(_Part):
    state: PanelStateWord = PanelState.DRAFT
    agreed: RatingWord | None = None
    reason: str = ""


class PanelCommentPart(_Part):
    id: Id
    standard: str
    kind: CommentKindWord
    text: Named
    by: str = ""
    at: IsoDateTime | None = None


class DocumentPart(_Part):
    id: Id
    title: Named
    kind: DocumentKindWord
    received: IsoDate | None = None
    supplied_by: str = ""
    file_path: str = ""
    sha256: str = ""


class ObligationDonePart(_Part):
    done_on: IsoDate
    done_by: Named
    note: str = ""


class YjbOversightPart(_Part):
    priority_status: str = ""  # the YJB's own label, as the YJB gives it; "" not known
    quadrant: str = ""
    as_of: IsoDate | None = None
    recorded_by: str = ""


class FollowUpPart(_Part):
    id: Id
    date: IsoDate
    how: Named
    note: str = ""
    recorded_by: str = ""


class ImprovementPlanPart(_Part):
    received: IsoDate | None = None
    recorded_by: str = ""
    follow_ups: list[FollowUpPart] = []


class AfterFieldworkPart(_Part):
    obligations_done: dict[str, ObligationDonePart] = {}  # obligation id (standards/after-fieldwork.yaml) → done
    yjb_oversight: YjbOversightPart = YjbOversightPart()
    improvement_plan: ImprovementPlanPart = ImprovementPlanPart()


class ExchangeDocument(_Part):
    format: Literal["yjs-inspection"]
    version: Literal[1, 2, 3, 4]
    framework: FrameworkRef
    inspection: DetailsPart
    recommendations: list[RecommendationPart] = []
    prompts: dict[str, PromptPart] = {}
    key_questions: dict[str, KeyQuestionPart] = {}
    standards: dict[str, StandardPart] = {}
    diversity: DiversityPart = DiversityPart()
    interviews: list[InterviewPart] = []
    interview_percentages: dict[str, TallyPart] = {}
    case_ratings: dict[str, RatingWord] = {}
    case_data: dict[str, dict[str, CountPart]] = {}
    panel: dict[str, PanelDecisionPart] = {}
    panel_comments: list[PanelCommentPart] = []
    documents: list[DocumentPart] = []  # version 3
    assignments: dict[str, str] = {}  # version 3: standard or key question id → team member
    after_fieldwork: AfterFieldworkPart = AfterFieldworkPart()  # version 4; written only when something is recorded
