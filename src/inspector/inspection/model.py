"""What an inspector records during an inspection, as immutable values.

The store (inspector.store) persists these record by record; the rules engine (inspector.rules)
reads an `Inspection` snapshot; the exchange format (inspector.exchange) writes and reads it whole.
Ids of things that can be added by several people (evidence, interviews, recommendations, ratings
panel comments) are UUID strings so that a team member's file can be merged into the lead's without
clashes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cached_property

from inspector.framework.model import Rating


def new_id() -> str:
    return str(uuid.uuid4())


class Nation(str, Enum):
    ENGLAND = "England"
    WALES = "Wales"


class Sufficiency(str, Enum):
    """Where delivery sits against "the line of sufficiency" for a prompt (seed, e.g. line 391)."""

    ABOVE = "above"
    BELOW = "below"


class Answer(str, Enum):
    YES = "yes"
    NO = "no"


class SourceKind(str, Enum):
    DOCUMENT = "document"
    MEETING = "meeting"
    INTERVIEW = "interview"
    CASE_DATA = "case data"
    SURVEY = "survey"
    OBSERVATION = "observation"


class EvidenceTag(str, Enum):
    STRENGTH = "strength"
    AREA_FOR_IMPROVEMENT = "area for improvement"


class Recipient(str, Enum):
    YJS = "YJS"
    LOCAL_AUTHORITY = "local authority"
    YJB = "YJB"
    MOJ = "MoJ"


class InterviewAnswer(str, Enum):
    YES = "yes"
    NO = "no"
    NOT_ASKED = "not asked"


@dataclass(frozen=True)
class Recommendation:
    text: str
    to: Recipient
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class InspectionDetails:
    yjs: str
    nation: Nation
    fieldwork_start: date | None = None
    fieldwork_end: date | None = None
    lead_inspector: str = ""
    team: tuple[str, ...] = ()
    # 4.1 applies only where the YJS "had one or more relevant cases in the 12 months before the
    # inspection" (seed line 45); None means not yet entered.
    resettlement_cases_12_months: int | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


class DocumentKind(str, Enum):
    # Seed line 41: domain one judgements are "informed by the evidence submitted by the organisation in
    # advance of the inspection, interviews undertaken during the inspection fieldwork weeks" and more.
    EVIDENCE_IN_ADVANCE = "evidence in advance"
    DURING_FIELDWORK = "supplied during fieldwork"
    OTHER = "other source"


@dataclass(frozen=True)
class Document:
    """An entry in the inspection's register of documents: what evidence cites by title and page. The
    file itself stays where it is; its path and SHA-256 are kept so that a changed file is noticed."""

    title: str
    kind: DocumentKind
    received: date | None = None
    supplied_by: str = ""
    file_path: str = ""
    sha256: str = ""  # lower-case hex of the file's contents when registered, or "" with no file
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Evidence:
    """One item of evidence. It was recorded on `prompt_id` and may support other prompts too (`also`):
    a single set of board minutes can be evidence for several prompts, and is still one item."""

    prompt_id: str
    text: str
    source: SourceKind
    reference: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None
    tag: EvidenceTag | None = None
    id: str = field(default_factory=new_id)
    also: tuple[str, ...] = ()  # other prompts it supports, in framework order
    document_id: str | None = None  # the register entry it cites
    page: str = ""  # where in that document ("p. 12", "section 4")

    @property
    def prompts(self) -> tuple[str, ...]:
        return (self.prompt_id, *self.also)


@dataclass(frozen=True)
class PromptJudgement:
    """The inspector's judgement on one prompt. `decisive`: a shortfall "of such importance that
    [it] preclude[s] a judgement of 'yes'" (seed, key question judgement, e.g. line 391)."""

    prompt_id: str
    sufficiency: Sufficiency | None = None
    decisive: bool = False


@dataclass(frozen=True)
class KeyQuestionAnswer:
    key_question_id: str
    answer: Answer | None = None
    rationale: str = ""


@dataclass(frozen=True)
class StandardProposal:
    standard_id: str
    proposed: Rating | None = None
    rationale: str = ""


@dataclass(frozen=True)
class DiversityFinding:
    """Diversity is not rated but the ratings panel "will challenge any proposed overall outstanding
    rating if we consider a YJS's practice on diversity to be insufficient" (seed line 129)."""

    sufficient: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class InterviewResponse:
    answer: InterviewAnswer
    comment: str = ""


@dataclass(frozen=True)
class Interview:
    """One case-manager interview, answered against a question set from forms/."""

    reference: str  # anonymous: never the case manager's name
    form_id: str
    form_version: str
    date: date | None = None
    inspector: str = ""
    responses: tuple[tuple[str, InterviewResponse], ...] = ()  # (question id, response), in form order
    id: str = field(default_factory=new_id)

    @cached_property
    def _by_question(self) -> dict[str, InterviewResponse]:
        # Evaluating 1,000 interviews asks for each response many times; build the map once.
        return dict(self.responses)

    def response(self, question_id: str) -> InterviewResponse | None:
        return self._by_question.get(question_id)


@dataclass(frozen=True)
class TalliedPercentage:
    """A prompt's interview result tallied on paper: the percentage responding positively."""

    prompt_id: str
    percent: Decimal
    interviews: int | None = None


@dataclass(frozen=True)
class CaseCount:
    """Case inspection result for one key question of a domain two or three standard."""

    standard_id: str
    key_question: str  # the case-inspection key question's label
    sufficient: int
    cases: int


@dataclass(frozen=True)
class Assignment:
    """Who in the team covers a standard (1.2) or a key question (1.2.1) during fieldwork: the lead
    shares it out, the member records it."""

    scope_id: str
    member: str


# What a ratings panel comment may be about besides one of the rating scheme's 13 standards.
OVERALL = "overall"


class PanelState(str, Enum):
    """Where a standard's rating stands with the ratings panel ("ratings panels challenge and agree the
    proposed ratings"): HMIP's process, not a rule of the seed."""

    DRAFT = "draft"  # the lead inspector is still working on it (the default: no record)
    PROPOSED = "proposed"  # put to the ratings panel
    AGREED = "agreed"  # agreed by the panel


@dataclass(frozen=True)
class PanelDecision:
    """Where one of the rating scheme's 13 standards stands with the ratings panel."""

    standard_id: str
    state: PanelState = PanelState.DRAFT
    agreed: Rating | None = None  # set only in state AGREED: the rating the panel agreed (may differ from the proposal)
    reason: str = ""  # why the panel agreed a rating other than the one proposed, or why it reopened one


class CommentKind(str, Enum):
    CHALLENGE = "challenge"
    COMMENT = "comment"


@dataclass(frozen=True)
class PanelComment:
    """A ratings panel member's challenge or comment on one standard's rating or on the overall rating."""

    standard_id: str  # a rating scheme standard id (1.1 ... 4.1) or OVERALL
    kind: CommentKind
    text: str
    by: str = ""
    at: datetime | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class ObligationMet:
    """One of the lead's obligations after fieldwork (standards/after-fieldwork.yaml, from the memorandum
    between HMIP, the YJB and MoJ: seed 003) marked done: on which day, by which team member."""

    obligation_id: str  # the content's id, e.g. "indicative-rating-to-yjb"
    done_on: date
    done_by: str  # a name from the inspection's team
    note: str = ""


@dataclass(frozen=True)
class YjbOversight:
    """The YJB's own classification of the YJS, as the YJB words it: never an HMIP rating. Seed 000 line 168:
    services in performance quadrants 3 and 4 "are considered 'priority services'"; the quadrants, lines
    156-164. Empty text: not known."""

    priority_status: str = ""
    quadrant: str = ""
    as_of: date | None = None  # the YJB's assessment it comes from (quarterly: seed 000 line 154)
    recorded_by: str = ""


@dataclass(frozen=True)
class ImprovementPlan:
    """The YJS's improvement plan (seed 003 line 90: "All YOS are expected to produce an improvement plan
    following their inspections"): when HMIP received it, recorded by whom."""

    received: date | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class FollowUp:
    """One follow-up of the improvement plan (seed 003 line 90: "HMIP will ask the YOS for an update or will
    conduct a visit in order to monitor progress against the recommendations")."""

    date: date
    how: str  # one of the content's follow-up kinds ("update asked for", "visit")
    note: str = ""
    recorded_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Inspection:
    """Everything recorded, as one consistent snapshot."""

    details: InspectionDetails
    framework_id: str
    framework_version: str
    recommendations: tuple[Recommendation, ...] = ()
    judgements: tuple[PromptJudgement, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    answers: tuple[KeyQuestionAnswer, ...] = ()
    proposals: tuple[StandardProposal, ...] = ()
    diversity: DiversityFinding = DiversityFinding()
    interviews: tuple[Interview, ...] = ()
    tallies: tuple[TalliedPercentage, ...] = ()
    case_ratings: tuple[tuple[str, Rating], ...] = ()  # (standard id, rating) entered directly
    case_counts: tuple[CaseCount, ...] = ()
    panel: tuple[PanelDecision, ...] = ()  # rating scheme order; a standard still in draft has none
    panel_comments: tuple[PanelComment, ...] = ()  # in the order added
    documents: tuple[Document, ...] = ()  # the register, in the order entered
    assignments: tuple[Assignment, ...] = ()  # framework order of the standard or key question
    # After fieldwork (format 4): obligations met, in the content's order of ids as recorded; the YJB's labels;
    # the improvement plan and its follow-ups (in the order recorded).
    obligations_met: tuple[ObligationMet, ...] = ()
    yjb_oversight: YjbOversight = YjbOversight()
    improvement_plan: ImprovementPlan = ImprovementPlan()
    follow_ups: tuple[FollowUp, ...] = ()

    def judgement(self, prompt_id: str) -> PromptJudgement:
        for j in self.judgements:
            if j.prompt_id == prompt_id:
                return j
        return PromptJudgement(prompt_id)

    def answer(self, key_question_id: str) -> KeyQuestionAnswer:
        for a in self.answers:
            if a.key_question_id == key_question_id:
                return a
        return KeyQuestionAnswer(key_question_id)

    def proposal(self, standard_id: str) -> StandardProposal:
        for p in self.proposals:
            if p.standard_id == standard_id:
                return p
        return StandardProposal(standard_id)

    def evidence_for(self, prompt_id: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if prompt_id in e.prompts)

    def document(self, document_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def tally(self, prompt_id: str) -> TalliedPercentage | None:
        return next((t for t in self.tallies if t.prompt_id == prompt_id), None)

    def case_rating(self, standard_id: str) -> Rating | None:
        return dict(self.case_ratings).get(standard_id)

    def case_counts_for(self, standard_id: str) -> tuple[CaseCount, ...]:
        return tuple(c for c in self.case_counts if c.standard_id == standard_id)

    def panel_decision(self, standard_id: str) -> PanelDecision:
        for d in self.panel:
            if d.standard_id == standard_id:
                return d
        return PanelDecision(standard_id)

    def panel_comments_on(self, standard_id: str) -> tuple[PanelComment, ...]:
        return tuple(c for c in self.panel_comments if c.standard_id == standard_id)

    def obligation_met(self, obligation_id: str) -> ObligationMet | None:
        return next((m for m in self.obligations_met if m.obligation_id == obligation_id), None)
