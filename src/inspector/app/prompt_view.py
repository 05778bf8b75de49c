"""What the prompt page shows, as plain data: the prompt, where it sits, the inspector's judgement,
the evidence recorded against it, and the case-manager interview result it draws on.

The framework's own text for the prompt (guidance, evidence, judgement) is the reading-pane document
(`inspector.framework.reading.reading_html`), which the page shows as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.content import Content
from inspector.framework.items import navigator_label
from inspector.inspection.model import (
    Document,
    Evidence,
    EvidenceTag,
    Inspection,
    PromptJudgement,
    SourceKind,
    Sufficiency,
)
from inspector.rules.evaluation import Evaluation
from inspector.rules.interviews import InterviewResult
from inspector.rules.percentages import shown

# The choices the evidence editor offers, with the words it shows.
SOURCE_CHOICES: tuple[tuple[SourceKind, str], ...] = tuple((kind, kind.value.capitalize()) for kind in SourceKind)
TAG_CHOICES: tuple[tuple[EvidenceTag | None, str], ...] = (
    (None, "No tag"),
    (EvidenceTag.STRENGTH, "Strength"),
    (EvidenceTag.AREA_FOR_IMPROVEMENT, "Area for improvement"),
)
_REGISTER = "Register: "  # a citation named as the register's, so it reads apart from a reference typed beside it
_SOURCE_LABELS = dict(SOURCE_CHOICES)
_TAG_LABELS = dict(TAG_CHOICES)


@dataclass(frozen=True)
class EvidenceRow:
    evidence: Evidence
    tag: str  # "Strength", "Area for improvement" or "" (no tag)
    source: str  # "Meeting"
    reference: str
    cited: str  # the register entry and where in it: "Register: Board minutes 12 May 2024, p. 4", or ""
    also: str  # the other prompts it supports: "also 1.1.1d, 1.1.2b", or ""
    text: str
    recorded: str  # "Daniel Okafor, 4 Mar 2025 09:07"

    @property
    def where(self) -> tuple[str, ...]:
        """Where the item came from, a line each: the reference typed, the register entry and page it cites
        (a reference that only repeats the citation said once, as the reports say it) and the other prompts."""
        repeats = self.cited == f"{_REGISTER}{self.reference}"
        return tuple(part for part in ("" if repeats else self.reference, self.cited, self.also) if part)


@dataclass(frozen=True)
class InterviewView:
    headline: str  # "17 of 24 answers 'yes' (70.8%)"
    band: str  # "Reasonable majority", or why there is none
    below_threshold: bool
    flag: str  # "Below 65%: would support a negative judgement", or "" when not below
    wording: str  # the seed's sentence, verbatim
    by_question: tuple[str, ...]  # "17 of 24 'yes': Is your workload manageable ..."
    notes: tuple[str, ...]


@dataclass(frozen=True)
class PromptView:
    prompt_id: str
    heading: str  # "1.2.1c"
    text: str
    standard: str  # "1.2 Staff"
    key_question: str  # "1.2.1 Does ..."
    diversity: bool
    judgement: PromptJudgement
    evidence: tuple[EvidenceRow, ...]
    interview: InterviewView | None
    balance: str  # the key question's balance and suggestion, one line
    notes: tuple[str, ...]  # the engine's notes about this prompt's judgement

    @property
    def decisive_allowed(self) -> bool:
        # Seed line 391: "One or more areas that are considered below the line may be of such importance
        # that they preclude a judgement of 'yes'" - only a prompt below the line can be decisive.
        return self.judgement.sufficiency is Sufficiency.BELOW


def prompt_view(content: Content, inspection: Inspection, evaluation: Evaluation, prompt_id: str) -> PromptView:
    framework = content.framework
    prompt = framework.prompt(prompt_id)
    kq = framework.key_question(prompt_id[:5])
    balance = evaluation.key_question(kq.id)
    suggestion = f"suggested answer: {balance.suggestion.value}" if balance.suggestion else "no suggested answer yet"
    interview = evaluation.interview_result(prompt_id) if prompt.interview_link else None
    return PromptView(
        prompt_id=prompt_id,
        heading=prompt_id,
        text=prompt.text,
        standard=navigator_label(framework.standard(prompt_id[:3])),
        key_question=navigator_label(kq),
        diversity=prompt.diversity,
        judgement=inspection.judgement(prompt_id),
        evidence=evidence_rows(inspection.evidence_for(prompt_id), prompt_id, inspection.documents),
        interview=interview_view(content, interview) if interview else None,
        balance=(f"Key question {kq.id}: {len(balance.above)} above the line, {len(balance.below)} below, "
                 f"{len(balance.unjudged)} not yet judged; {suggestion}"),
        # The balance's notes about a prompt carry that prompt's seed line (balance.py).
        notes=(*(f.message for f in balance.findings if f.source_line == prompt.source_line),
               *_against_interviews(inspection, interview, kq.id, bool(balance.rationale.strip()))),
    )


def _against_interviews(
    inspection: Inspection, result: InterviewResult | None, kq_id: str, explained: bool,
) -> tuple[str, ...]:
    """Judged above the line though the interview result is below its threshold: where the reason goes,
    and whether it is there (the navigator flags the prompt until it is; app/navigator.py)."""
    if result is None or not result.below_threshold or inspection.judgement(result.prompt_id).sufficiency \
            is not Sufficiency.ABOVE:
        return ()
    said = f"Judged above the line though the interviews are below {result.threshold_percent}%"
    if explained:
        return (f"{said}; the rationale of key question {kq_id} is recorded.",)
    return (f"{said}: say why in the rationale of key question {kq_id}.",)


def evidence_rows(
    items: tuple[Evidence, ...], prompt_id: str, documents: tuple[Document, ...]
) -> tuple[EvidenceRow, ...]:
    """The evidence supporting `prompt_id` (recorded on it or on another prompt), in the order it was
    recorded (items with no time first, as stored): undoing a deletion, which adds the item back at the
    end of the file, puts it back in its place on the page."""
    titles = {d.id: d.title for d in documents}
    ordered = sorted(
        items, key=lambda e: (e.recorded_at is not None, e.recorded_at.timestamp() if e.recorded_at else 0))
    return tuple(
        EvidenceRow(e, _TAG_LABELS[e.tag] if e.tag else "", _SOURCE_LABELS[e.source], e.reference, _cited(e, titles),
                    _also(e, prompt_id), e.text, recorded(e))
        for e in ordered
    )


def _cited(e: Evidence, titles: dict[str, str]) -> str:
    if e.document_id is None:
        return ""
    return _REGISTER + ", ".join(part for part in (titles.get(e.document_id, ""), e.page) if part)


def _also(e: Evidence, prompt_id: str) -> str:
    others = [p for p in e.prompts if p != prompt_id]
    return f"also {', '.join(others)}" if others else ""


def recorded(e: Evidence) -> str:
    """Who recorded it and when, in the laptop's local time: "Daniel Okafor, 4 Mar 2025 09:07"."""
    when = e.recorded_at.astimezone() if e.recorded_at else None
    stamp = f"{when.day} {when:%b %Y %H:%M}" if when else ""
    return ", ".join(part for part in (e.recorded_by, stamp) if part)


def interview_view(content: Content, result: InterviewResult) -> InterviewView:
    if result.basis == "interviews" and result.percent is not None:
        headline = f"{result.yes:,} of {result.n:,} answers 'yes' ({shown(result.percent)})"
    elif result.basis == "tally" and result.percent is not None:
        headline = f"{shown(result.percent)} responding positively, tallied on paper"
        headline += f" from {result.n:,} interviews" if result.n else ""
    else:
        headline = "No interview answers or tally recorded yet"
    band = result.band.name if result.band is not None else ""
    flag = ""
    if result.below_threshold:
        # e.g. seed line 888: "where less than a reasonable majority (below 65 per cent) respond positively
        # to the relevant question, this would support a negative judgement".
        flag = f"Below {result.threshold_percent}%: {result.strength.value}"
    return InterviewView(
        headline=headline,
        band=band,
        below_threshold=result.below_threshold,
        flag=flag,
        wording=result.wording,
        by_question=tuple(
            f"{count.yes:,} of {count.answered:,} 'yes': {_question_text(content, count.question_id)}"
            for count in result.by_question
        ),
        notes=tuple(f.message for f in result.findings),
    )


def _question_text(content: Content, question_id: str) -> str:
    for form in content.forms:
        question = form.question(question_id)
        if question is not None:
            return question.text
    return question_id
