"""Any sequence of valid edits, applied to the file and to an in-memory Inspection, gives the same
inspection (and the same after reopening); an edit writes audit rows exactly when it changes something."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.content import Content, load_content
from inspector.framework.model import Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    DiversityFinding,
    Evidence,
    EvidenceTag,
    Inspection,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    KeyQuestionAnswer,
    PromptJudgement,
    Recipient,
    Recommendation,
    SourceKind,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
)
from inspector.store import InspectionFile
from tests.store.conftest import DETAILS

CONTENT: Content = load_content()
PROMPTS = ("1.1.1a", "1.2.1c", "1.2.1d", "3.4.1a", "4.1.1a")
INTERVIEW_PROMPTS = ("1.2.1c", "1.2.1d")  # only these may carry a tallied percentage
KEY_QUESTIONS = ("1.1.1", "1.3.2", "4.1.1")
STANDARDS = ("1.1", "1.4", "3.4")
CASE_STANDARDS = ("2.1", "2.4", "3.3")
IDS = ("a", "b", "c")
TEXT = st.sampled_from(["", "seen at the board", "caseloads high", "Ça va — “quoted”"])


@dataclass
class Model:
    """The oracle: what the file should hold, kept as plain dictionaries."""

    details: Any = DETAILS
    recommendations: dict[str, Recommendation] = field(default_factory=dict)
    judgements: dict[str, PromptJudgement] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    answers: dict[str, KeyQuestionAnswer] = field(default_factory=dict)
    proposals: dict[str, StandardProposal] = field(default_factory=dict)
    diversity: DiversityFinding = field(default_factory=DiversityFinding)
    interviews: dict[str, Interview] = field(default_factory=dict)
    tallies: dict[str, TalliedPercentage] = field(default_factory=dict)
    case_ratings: dict[str, Rating] = field(default_factory=dict)
    case_counts: dict[tuple[str, str], CaseCount] = field(default_factory=dict)

    def inspection(self) -> Inspection:
        fw = CONTENT.framework
        ids = [
            *(p.id for p in fw.prompts), *(kq.id for s in fw.standards for kq in s.key_questions),
            *(s.id for s in CONTENT.rating_scheme.standards),  # framework standards in the same order
        ]
        order = {i: n for n, i in enumerate(ids)}
        return Inspection(
            details=self.details, framework_id=fw.id, framework_version=fw.version,
            recommendations=tuple(self.recommendations.values()),
            judgements=tuple(sorted((j for j in self.judgements.values() if j != PromptJudgement(j.prompt_id)),
                                    key=lambda j: order[j.prompt_id])),
            evidence=tuple(self.evidence.values()),
            answers=tuple(sorted((a for a in self.answers.values() if a != KeyQuestionAnswer(a.key_question_id)),
                                 key=lambda a: order[a.key_question_id])),
            proposals=tuple(sorted((p for p in self.proposals.values() if p != StandardProposal(p.standard_id)),
                                   key=lambda p: order[p.standard_id])),
            diversity=self.diversity,
            interviews=tuple(self.interviews.values()),
            tallies=tuple(sorted(self.tallies.values(), key=lambda t: order[t.prompt_id])),
            case_ratings=tuple(sorted(self.case_ratings.items(), key=lambda c: order[c[0]])),
            case_counts=tuple(self.case_counts.values()),
        )


def _sufficiency(f: InspectionFile, m: Model, prompt: str, value: Sufficiency | None) -> None:
    f.set_sufficiency(prompt, value)
    m.judgements[prompt] = replace(m.judgements.get(prompt, PromptJudgement(prompt)), sufficiency=value)


def _decisive(f: InspectionFile, m: Model, prompt: str, value: bool) -> None:
    f.set_decisive(prompt, value)
    m.judgements[prompt] = replace(m.judgements.get(prompt, PromptJudgement(prompt)), decisive=value)


def _answer(f: InspectionFile, m: Model, kq: str, answer: Answer | None, rationale: str) -> None:
    f.set_answer(kq, answer, rationale)
    m.answers[kq] = KeyQuestionAnswer(kq, answer, rationale)


def _proposal(f: InspectionFile, m: Model, standard: str, rating: Rating | None, rationale: str) -> None:
    f.set_proposal(standard, rating, rationale)
    m.proposals[standard] = StandardProposal(standard, rating, rationale)


def _add_update_or_delete(
    records: dict[str, Any], item: Any, delete: bool,
    add: Callable[[Any], None], update: Callable[[Any], None], remove: Callable[[str], None],
) -> None:
    """Evidence and interviews: delete the record if asked and it is there, else update or add it."""
    if delete:
        if item.id in records:
            remove(item.id)
            del records[item.id]
    elif item.id in records:
        update(item)
        records[item.id] = item
    else:
        add(item)
        records[item.id] = item


def _evidence(
    f: InspectionFile, m: Model, ident: str, prompt: str, text: str, tag: EvidenceTag | None, delete: bool
) -> None:
    item = Evidence(prompt, text, SourceKind.DOCUMENT, tag=tag, id=ident)
    _add_update_or_delete(m.evidence, item, delete, f.add_evidence, f.update_evidence, f.delete_evidence)


def _interview(f: InspectionFile, m: Model, ident: str, answer: InterviewAnswer, delete: bool) -> None:
    item = Interview("CM-" + ident, "case-manager", "1", date(2026, 11, 18),
                     responses=(("q1", InterviewResponse(answer)),), id=ident)
    _add_update_or_delete(m.interviews, item, delete, f.add_interview, f.update_interview, f.delete_interview)


def _recommendation(f: InspectionFile, m: Model, ident: str, text: str, to: Recipient, delete: bool) -> None:
    if delete:
        if ident in m.recommendations:
            f.delete_recommendation(ident)
            del m.recommendations[ident]
        return
    item = Recommendation(text, to, id=ident)
    f.set_recommendation(item)
    m.recommendations[ident] = item


def _tally(f: InspectionFile, m: Model, prompt: str, percent: Decimal | None, interviews: int | None) -> None:
    tally = TalliedPercentage(prompt, percent, interviews) if percent is not None else None
    f.set_tally(prompt, tally)
    if tally:
        m.tallies[prompt] = tally
    else:
        m.tallies.pop(prompt, None)


def _case_rating(f: InspectionFile, m: Model, standard: str, rating: Rating | None) -> None:
    f.set_case_rating(standard, rating)
    if rating:
        m.case_ratings[standard] = rating
    else:
        m.case_ratings.pop(standard, None)


def _case_count(f: InspectionFile, m: Model, standard: str, kq: str, sufficient: int, extra: int, delete: bool) -> None:
    if delete:
        if (standard, kq) in m.case_counts:
            f.delete_case_count(standard, kq)
            del m.case_counts[(standard, kq)]
        return
    count = CaseCount(standard, kq, sufficient, sufficient + extra)
    f.set_case_count(count)
    m.case_counts[(standard, kq)] = count


def _diversity(f: InspectionFile, m: Model, sufficient: bool | None, note: str) -> None:
    f.set_diversity(DiversityFinding(sufficient, note))
    m.diversity = DiversityFinding(sufficient, note)


def _details(f: InspectionFile, m: Model, start: date | None, days: int, cases: int | None, lead: str) -> None:
    new = replace(DETAILS, fieldwork_start=start, fieldwork_end=start and date.fromordinal(start.toordinal() + days),
                  resettlement_cases_12_months=cases, lead_inspector=lead)
    f.set_details(new)
    m.details = new


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


EDITS = st.one_of(
    st.tuples(st.just(_sufficiency), st.sampled_from(PROMPTS), _optional(st.sampled_from(Sufficiency))),
    st.tuples(st.just(_decisive), st.sampled_from(PROMPTS), st.booleans()),
    st.tuples(st.just(_answer), st.sampled_from(KEY_QUESTIONS), _optional(st.sampled_from(Answer)), TEXT),
    st.tuples(st.just(_proposal), st.sampled_from(STANDARDS), _optional(st.sampled_from(Rating)), TEXT),
    st.tuples(st.just(_evidence), st.sampled_from(IDS), st.sampled_from(PROMPTS), TEXT,
              _optional(st.sampled_from(EvidenceTag)), st.booleans()),
    st.tuples(st.just(_interview), st.sampled_from(IDS), st.sampled_from(InterviewAnswer), st.booleans()),
    st.tuples(st.just(_recommendation), st.sampled_from(IDS), TEXT, st.sampled_from(Recipient), st.booleans()),
    st.tuples(st.just(_tally), st.sampled_from(INTERVIEW_PROMPTS),
              _optional(st.decimals(min_value=0, max_value=100, places=2)), _optional(st.integers(0, 40))),
    st.tuples(st.just(_case_rating), st.sampled_from(CASE_STANDARDS), _optional(st.sampled_from(Rating))),
    st.tuples(st.just(_case_count), st.sampled_from(CASE_STANDARDS), st.sampled_from(["Safety", "Desistance"]),
              st.integers(0, 20), st.integers(0, 5), st.booleans()),
    st.tuples(st.just(_diversity), _optional(st.booleans()), TEXT),
    st.tuples(st.just(_details), _optional(st.dates(date(2026, 1, 1), date(2027, 12, 31))), st.integers(0, 6),
              _optional(st.integers(0, 9)), TEXT),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(EDITS, max_size=25))
def test_any_valid_edits_give_the_same_inspection_as_the_model(edits: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Leeds.yjsi"
        model = Model()
        scheme = CONTENT.rating_scheme
        with InspectionFile.create(path, CONTENT.framework, DETAILS, "jane", rating_scheme=scheme) as f:
            for edit, *arguments in edits:
                before, logged = model.inspection(), len(f.audit())
                edit(f, model, *arguments)
                expected = model.inspection()
                assert f.snapshot() == expected
                # audit rows exactly when something changed
                assert (len(f.audit()) > logged) == (expected != before)
        with InspectionFile.open(path, CONTENT.framework, "jane", read_only=True, rating_scheme=scheme) as again:
            assert again.snapshot() == model.inspection()
