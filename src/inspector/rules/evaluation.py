"""Everything the engine works out for one inspection snapshot, as one immutable value."""

from __future__ import annotations

from dataclasses import dataclass

from inspector.rules.balance import KeyQuestionBalance
from inspector.rules.case_data import CaseRating
from inspector.rules.findings import Finding
from inspector.rules.interviews import InterviewResult
from inspector.rules.overall import Overall
from inspector.rules.panel import PanelStandard
from inspector.rules.standard import StandardResult


@dataclass(frozen=True)
class Evaluation:
    key_questions: tuple[KeyQuestionBalance, ...]  # in framework order
    standards: tuple[StandardResult, ...]  # the framework's standards: 1.1-1.4, 3.4, 4.1
    interview_results: tuple[InterviewResult, ...]  # prompts that draw on case-manager interviews
    case_ratings: tuple[CaseRating, ...]  # 2.1-2.4, 3.1-3.3
    overall: Overall
    findings: tuple[Finding, ...]  # about the snapshot as a whole (what the content does not know)
    panel: tuple[PanelStandard, ...]  # the rating scheme's 13 standards with the ratings panel, in its order

    def key_question(self, key_question_id: str) -> KeyQuestionBalance:
        return next(k for k in self.key_questions if k.key_question_id == key_question_id)

    def standard(self, standard_id: str) -> StandardResult:
        return next(s for s in self.standards if s.standard_id == standard_id)

    def interview_result(self, prompt_id: str) -> InterviewResult:
        return next(r for r in self.interview_results if r.prompt_id == prompt_id)

    def case_rating(self, standard_id: str) -> CaseRating:
        return next(c for c in self.case_ratings if c.standard_id == standard_id)

    def panel_standard(self, standard_id: str) -> PanelStandard:
        return next(p for p in self.panel if p.standard_id == standard_id)
