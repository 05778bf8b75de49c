"""The report model: everything the ratings-panel report and the publication draft show, as plain values.

Built once from an inspection (`builder.build_report`) and handed to the Word templates, which only
lay it out; no Qt, no docx objects. Texts the inspector wrote are kept exactly as recorded (the
templates escape them); texts the tool adds (ratings, counts, balances) are worded here, in one place,
so both reports say the same thing the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING

from inspector.framework.model import Rating

if TYPE_CHECKING:
    from inspector.reports.after_fieldwork import AfterFieldworkSection
    from inspector.reports.publication import Publication


class RatingStatus(str, Enum):
    """Where a rating stands with the ratings panel (inspection.model.PanelState): the lead inspector's
    draft, put to the panel, or agreed by it. The templates print it beside every rating."""

    DRAFT = "Draft"
    PROPOSED = "Proposed"
    AGREED = "Agreed"


@dataclass(frozen=True)
class Details:
    """The cover: who, where, when, and what the document was made from."""

    yjs: str
    nation: str
    fieldwork: str  # "3 to 7 March 2025", or "Not yet entered"
    lead_inspector: str  # "" when not entered
    team: str  # names joined with commas
    resettlement_cases: str  # "3", or "Not yet entered"
    notes: str
    # The standards document the inspection was recorded against, in full, once (the report's sources line):
    # publisher, title, version, and what the pages in the citations are.
    framework: str
    source: str  # "inspection file Northmoor.yjsi" or "exchange file northmoor.json"
    produced: datetime
    # Agreed once the overall rating is agreed; Proposed once any standard is with the panel; else Draft.
    status: RatingStatus
    panel: str  # what the status means: "5 of 13 ratings agreed by the ratings panel"
    # The fieldwork with a dash, for the dates line: "3–7 March 2025"; "" when not entered.
    fieldwork_span: str = ""

    @property
    def produced_on(self) -> str:
        return long_date(self.produced)

    @property
    def dates(self) -> str:
        """When the report was made and the fieldwork: "Made on 4 December 2026 · fieldwork 3–7 March 2025"."""
        fieldwork = f"fieldwork {self.fieldwork_span}" if self.fieldwork_span else "fieldwork dates not yet entered"
        return f"Made on {self.produced_on} \u00b7 {fieldwork}"


@dataclass(frozen=True)
class FindingLine:
    """A finding of the rules engine, as the panel reads it."""

    kind: str  # "rule", "guidance", "limiting", "rationale required", "incomplete", "note"
    # "Decision guidance (Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3)"
    label: str
    message: str
    seed_text: str  # the standards document's wording of the rule or guidance, verbatim; "" for the engine's own
    # The rule or guidance in plain words (its `summary:` in standards/*.yaml), shown above the seed's
    # wording; "" for the engine's own findings.
    summary: str = ""


@dataclass(frozen=True)
class FlagLine:
    """Something recorded at odds with the figures beside it (rules/consistency.py), for the panel to weigh."""

    kind: str  # "share of positive responses", "diversity", "case counts"
    about: str  # the standard's id, or "diversity"
    title: str  # "1.1 Governance and leadership", "Diversity"
    message: str  # "the share of positive responses, 81.8% (18 of 22 ...), falls in the 'Outstanding' column ..."

    @property
    def line(self) -> str:
        return f"{self.title}: {self.message}"


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of recorded evidence, in the inspector's own words."""

    prompts: tuple[str, ...]  # every prompt it supports: one item, listed once however many
    text: str
    source: str  # "document", "meeting", ...
    reference: str
    recorded_by: str
    tag: str  # "strength", "area for improvement" or "" (not tagged)
    document: str = ""  # the register entry it cites, with the page: "Youth Justice Plan 2024-25, p. 12"

    @property
    def cited(self) -> str:
        """Where it comes from: "1.1.1a, 1.1.1d; document: Youth Justice Plan; recorded by Helen Marsh"."""
        parts = [", ".join(self.prompts), f"{self.source}: {self.reference}" if self.reference else self.source]
        if self.document and self.document != self.reference:  # a reference that is the citation: said once
            parts.append(f"cites {self.document}")
        if self.recorded_by:
            parts.append(f"recorded by {self.recorded_by}")
        return "; ".join(parts)


@dataclass(frozen=True)
class PromptLine:
    id: str
    text: str
    judgement: str  # "Above the line", "Below the line", "Not yet judged"
    decisive: bool  # a decisive shortfall: below the line and marked decisive
    diversity: bool  # one of the introduction's diversity prompts


@dataclass(frozen=True)
class InterviewLine:
    """A prompt's case-manager interview result."""

    prompt_id: str
    result: str  # "70.8% (17 of 24 answers)", "83.3% (tallied on paper over 6 interviews)", "Nothing recorded"
    band: str  # "reasonable majority", "no band", ""
    consequence: str  # "Below 65%: would result in a negative judgement", "Not below 65%", "No threshold: …"
    notes: tuple[str, ...]


@dataclass(frozen=True)
class KeyQuestionSection:
    id: str
    text: str
    suggestion: str  # "Yes", "No" or "No suggestion"
    answer: str  # "Yes", "No" or "Not yet answered"
    departs: bool  # the answer differs from the suggestion
    rationale: str  # the inspector's, verbatim
    balance: str  # the engine's reason: "6 of 8 prompts above the line, 2 below: above outweighs below"
    above: int
    below: int
    unjudged: int
    decisive: tuple[str, ...]
    prompts: tuple[PromptLine, ...]
    strengths: tuple[EvidenceItem, ...]
    improvements: tuple[EvidenceItem, ...]
    untagged: int  # evidence recorded but tagged neither way (not shown as key evidence)
    interviews: tuple[InterviewLine, ...]
    findings: tuple[FindingLine, ...]


@dataclass(frozen=True)
class StandardSection:
    """One framework standard (1.1-1.4, 3.4, 4.1) as the panel and the editors see it."""

    id: str
    title: str
    domain: str  # "Domain one", "Domain three", "Resettlement"
    applies: bool  # False: 4.1 with no resettlement cases
    status: RatingStatus
    rating: Rating | None  # the rating the standard carries: agreed by the panel, else proposed
    rating_shown: str  # "Good", "Not yet proposed", "Not rated"
    panel: str  # "Draft", "Proposed", "Agreed", "Agreed 'Requires improvement' (proposed 'Good'): reason", ...
    default_shown: str  # "Requires improvement", "None", "Not rated"
    default_reason: str
    departs_from_default: bool
    rationale: str  # the inspector's rationale for the proposal, verbatim
    permitted: bool  # False: the proposal breaches a decision rule
    share: str
    key_questions: tuple[KeyQuestionSection, ...]
    findings: tuple[FindingLine, ...]
    flags: tuple[FlagLine, ...] = ()  # the consistency flags about this standard

    @property
    def not_yet_agreed(self) -> bool:
        """A rating the ratings panel has not agreed yet (the publication draft marks it)."""
        return self.rating is not None and self.status is not RatingStatus.AGREED


@dataclass(frozen=True)
class SummaryRow:
    """One of the 13 standards in the ratings summary table."""

    id: str
    title: str
    domain: str
    rating_shown: str  # agreed by the panel, else as put forward
    basis: str  # "proposed by the lead inspector", "entered from case data", "from case counts", ...
    points: str  # "2", "–" (no rating yet) or "Not counted"
    status: RatingStatus
    panel: str  # as StandardSection.panel
    rating: Rating | None  # the rating rating_shown shows; None when there is none

    @property
    def not_yet_agreed(self) -> bool:
        """A rating the ratings panel has not agreed yet (the publication draft marks it)."""
        return self.rating is not None and self.status is not RatingStatus.AGREED


@dataclass(frozen=True)
class CaseCountLine:
    """One key question of a domain two or three standard's case inspection: how many cases were sufficient."""

    standard: str  # "2.1 Assessment" on its standard's first key question, "" on the others (a table reads so)
    key_question: str  # "Keeping other people safe"
    cases: str  # "13 of 20"
    percent: str  # "65%"
    band: str  # the rating the percentage gives on its own: "Good"
    lowest: bool  # the lowest-scoring key question, which the rating from the case counts comes from


@dataclass(frozen=True)
class CaseRatingLine:
    """A domain two or three standard rated from the case inspections."""

    id: str
    title: str
    domain: str
    rating_shown: str
    basis: str
    lowest: str  # "Keeping other people safe: 13 of 20 cases sufficient (65%)", or ""
    findings: tuple[FindingLine, ...]
    counts: tuple[CaseCountLine, ...] = ()  # every key question counted, in the order recorded
    derived: str = ""  # what the case counts give: "Good", or "No case counts recorded"
    flags: tuple[FlagLine, ...] = ()  # the consistency flags about this standard


@dataclass(frozen=True)
class OverallLine:
    score: str  # "21 of 36", or "No score yet"
    band: str  # the rating the points give
    rating_shown: str  # after the decision rule on 4.1
    capped: bool
    missing: str  # counted standards without a rating, "" when none
    resettlement: str  # "Requires improvement (not counted in the score)"
    findings: tuple[FindingLine, ...]
    agreed: bool  # the ratings panel has agreed every rating the overall rating is made from


@dataclass(frozen=True)
class DiversitySection:
    judgement: str  # "Sufficient", "Insufficient", "Not yet recorded"
    note: str  # the inspector's, verbatim
    prompts: tuple[PromptLine, ...]  # the diversity prompts with their judgements
    counted: str = ""  # "6 of the 19 diversity prompts above the line, 13 below"
    flags: tuple[FlagLine, ...] = ()  # the judgement at odds with the prompts' (rules/consistency.py)


@dataclass(frozen=True)
class RecommendationGroup:
    recipient: str  # "The YJS", "The local authority", ...
    items: tuple[str, ...]  # the recommendations, verbatim


@dataclass(frozen=True)
class Departure:
    """A departure from a suggestion, a default or decision guidance, or a decision rule not met."""

    where: str  # "Key question 1.3.1", "Standard 1.4"
    kind: str  # "From the suggested answer", "From the default rating", "From decision guidance", ...
    what: str  # "Answered 'Yes'; the balance of its prompts suggests 'No'"
    rationale: str  # verbatim; "" when none was recorded
    # "Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3: DECISION GUIDANCE- ..."
    # for guidance and rules (the place, then the wording as printed), else ""
    seed: str
    summary: str = ""  # the guidance or rule in plain words (standards/*.yaml), for guidance and rules, else ""


@dataclass(frozen=True)
class AuditLine:
    at: str  # "3 Mar 2025 09:15 UTC"
    user: str
    what: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class PanelCommentLine:
    """A ratings panel member's challenge or comment, in their words."""

    kind: str  # "Challenge" or "Comment"
    text: str
    by: str
    at: str  # "30 Nov 2026 14:05 UTC", or ""

    @property
    def cited(self) -> str:
        """Who and when: "Ann Panel, 30 Nov 2026 14:05 UTC"; "" when neither was recorded."""
        return ", ".join(part for part in (self.by, self.at) if part)


@dataclass(frozen=True)
class PanelCommentGroup:
    """The challenges and comments on one standard, or on the overall rating."""

    about: str  # "Standard 1.2: Staff", "The overall rating"
    comments: tuple[PanelCommentLine, ...]


@dataclass(frozen=True)
class DomainSection:
    """The standards of one domain, as the published report groups them."""

    name: str
    standards: tuple[StandardSection, ...]
    case_ratings: tuple[CaseRatingLine, ...]


@dataclass(frozen=True)
class Report:
    details: Details
    summary: tuple[SummaryRow, ...]  # the 13 standards of the rating scheme, in its order
    overall: OverallLine
    standards: tuple[StandardSection, ...]  # the framework's standards
    case_ratings: tuple[CaseRatingLine, ...]
    diversity: DiversitySection
    recommendations: tuple[RecommendationGroup, ...]
    departures: tuple[Departure, ...]
    # The audit of rating changes; None when the source carries no audit log (an exchange file).
    rating_changes: tuple[AuditLine, ...] | None
    notes: tuple[FindingLine, ...]  # about the inspection as a whole (what the content does not know)
    # The ratings panel's challenges and comments: standards in the scheme's order, then the overall rating;
    # only those with any.
    panel_comments: tuple[PanelCommentGroup, ...]
    # The publication draft's parts: the inspection as HMIP publishes it (reports/publication.py).
    publication: Publication
    # What the ratings panel should see that is at odds with the figures beside it: the framework's standards,
    # diversity, then the case-data standards.
    flags: tuple[FlagLine, ...] = ()
    # The first rows of the audit log, written when the file was created (or imported), in one line:
    # "Inspection created from northmoor-yjs.json by Helen Marsh on 4 December 2026: 375 entries ..."; ""
    # without an audit log or when the log does not start with the file's creation.
    created: str = ""
    # The record after fieldwork (reports/after_fieldwork.py); None when the report was built without the
    # after-fieldwork content.
    after_fieldwork: AfterFieldworkSection | None = None

    @property
    def case_counts(self) -> tuple[CaseCountLine, ...]:
        """Every case-inspection key question of domains two and three, standard by standard."""
        return tuple(k for c in self.case_ratings for k in c.counts)

    @property
    def domains(self) -> tuple[DomainSection, ...]:
        """Domain one, two, three, then resettlement: the order of the rating scheme."""
        names = dict.fromkeys(row.domain for row in self.summary)
        return tuple(
            DomainSection(
                name,
                tuple(s for s in self.standards if s.domain == name),
                tuple(c for c in self.case_ratings if c.domain == name),
            )
            for name in names
        )


def long_date(when: date) -> str:
    """UK style, no leading zero: "3 March 2025"."""
    return f"{when.day} {when:%B %Y}"


def short_time(when: datetime) -> str:
    """A moment in UTC, UK style: "3 Mar 2025 09:15 UTC"."""
    utc = when.astimezone(UTC)
    return f"{utc.day} {utc:%b %Y %H:%M} UTC"
