"""`evaluate`: the whole engine over one inspection snapshot, and its two views.

Pure: no I/O, nothing written. The inspector decides; the evaluation proposes and explains.
"""

from __future__ import annotations

from inspector.forms.model import Forms
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import Inspection
from inspector.rules.balance import key_question_balance
from inspector.rules.case_data import case_ratings
from inspector.rules.evaluation import Evaluation
from inspector.rules.interviews import interview_results
from inspector.rules.json_view import evaluation_to_json
from inspector.rules.overall import overall
from inspector.rules.panel import panel_standards
from inspector.rules.ratings import proposed_ratings, standard_ratings
from inspector.rules.references import unknown_references
from inspector.rules.standard import standard_result
from inspector.rules.text_view import format_evaluation

__all__ = ["Evaluation", "evaluate", "evaluation_to_json", "format_evaluation"]


def evaluate(framework: Framework, scheme: RatingScheme, forms: Forms, inspection: Inspection) -> Evaluation:
    cases = case_ratings(scheme, inspection)
    proposed = proposed_ratings(scheme, inspection, cases)
    ratings = standard_ratings(scheme, inspection, cases)
    standards = tuple(standard_result(s, framework, scheme, inspection, ratings) for s in framework.standards)
    return Evaluation(
        key_questions=tuple(
            key_question_balance(kq, inspection) for s in framework.standards for kq in s.key_questions
        ),
        standards=standards,
        interview_results=interview_results(framework, forms, inspection),
        case_ratings=cases,
        overall=overall(framework, scheme, inspection, ratings),
        findings=unknown_references(framework, scheme, forms, inspection),
        panel=panel_standards(framework, scheme, inspection, proposed, ratings, standards, cases),
    )
