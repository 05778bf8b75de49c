"""Checks of an exchange document against the framework, the rating scheme and the interview forms.

What the content of an inspection may be is checked in one place, inspection/validation.py, for the
store and this reader alike; here is what only a file has: the framework it names, what its version
of the format can hold, its id-keyed sections (a key can name a prompt without any record coming of
it), the interview forms its interviews were answered on, and the place in the file a refusal names.
All before anything is written, so an import either loads the whole file or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from inspector.exchange.document import ExchangeDocument
from inspector.exchange.errors import ExchangeError
from inspector.forms.model import Forms
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import (
    Assignment,
    CaseCount,
    DiversityFinding,
    Evidence,
    FollowUp,
    ImprovementPlan,
    Inspection,
    InspectionDetails,
    KeyQuestionAnswer,
    ObligationMet,
    PanelDecision,
    PromptJudgement,
    StandardProposal,
    TalliedPercentage,
    YjbOversight,
)
from inspector.inspection.validation import FrameworkIds, InvalidEdit, stored_records


def check_document(
    document: ExchangeDocument, inspection: Inspection, framework: Framework, scheme: RatingScheme, forms: Forms
) -> None:
    """Raise ExchangeError for the first entry the framework, scheme or forms do not allow; `inspection`
    is what `document` converts to."""
    # The file's ids and wording are one framework version's; there is no conversion between versions.
    if (document.framework.id, document.framework.version) != (framework.id, framework.version):
        raise ExchangeError(
            "framework",
            f"the file was made with '{document.framework.id}' {document.framework.version}; "
            f"this tool has '{framework.id}' {framework.version}",
        )
    _check_version_1_records(document)
    _check_version_3_records(document)
    _check_version_4_records(document)
    ids = FrameworkIds.of(framework, scheme)
    _check_keys(document, ids)
    _check_interviews(document, forms)
    try:
        # Every text was checked against the text gate with the rest of the parsed JSON (bounds.py).
        with stored_records():
            ids.inspection(inspection, framework)
    except InvalidEdit as refused:
        raise _located(refused, inspection) from None


def _check_version_1_records(document: ExchangeDocument) -> None:
    if document.version == 1:
        # Version 1 had no ratings panel: such a document is an older tool's, and records nothing of it.
        for section in ("panel", "panel_comments"):
            _known(section not in document.model_fields_set, section,
                   "version 1 of the exchange format has no ratings panel records; write version 2")


# What version 3 added, and how a refusal of it in an older version's document names it.
_VERSION_3_SECTIONS = {
    "documents": "register of documents", "assignments": "assignments of standards and key questions",
}
_VERSION_3_EVIDENCE = {
    "also": "evidence supporting several prompts",
    "document_id": "evidence citing the register of documents",
    "page": "evidence citing the register of documents",
}


def _check_version_3_records(document: ExchangeDocument) -> None:
    """A version 1 or 2 document is an older tool's: it records nothing version 3 added."""
    if document.version >= 3:
        return
    wrong = f"version {document.version} of the exchange format has no"
    for section, what in _VERSION_3_SECTIONS.items():
        _known(section not in document.model_fields_set, section, f"{wrong} {what}; write version 3")
    for prompt_id, part in document.prompts.items():
        for index, evidence in enumerate(part.evidence):
            for name, what in _VERSION_3_EVIDENCE.items():
                _known(name not in evidence.model_fields_set, f"prompts.{prompt_id}.evidence.{index}.{name}",
                       f"{wrong} {what}; write version 3")


def _check_keys(document: ExchangeDocument, ids: FrameworkIds) -> None:
    """Each section's keys are the framework's or the rating scheme's, whether or not a record comes of
    the entry (a prompt with nothing recorded on it makes none)."""
    sections: tuple[tuple[str, Iterable[str], Callable[[str, str], None]], ...] = (
        ("prompts", document.prompts, ids.prompt),
        ("key_questions", document.key_questions, ids.key_question),
        ("standards", document.standards, ids.standard),
        # A tallied percentage is the share of case managers answering a prompt's interview question
        # positively (seed line 714); which prompts draw on interviews is checked with the tally itself.
        ("interview_percentages", document.interview_percentages, ids.prompt),
        ("case_ratings", document.case_ratings, ids.case_data_standard),
        ("case_data", document.case_data, ids.case_data_standard),
        ("panel", document.panel, ids.scheme_standard),
        ("assignments", document.assignments, ids.scope),
    )
    for section, keys, check in sections:
        for key in keys:
            try:
                check(section, key)
            except InvalidEdit as refused:
                raise ExchangeError(f"{section}.{key}", refused.problem) from None


def _check_version_4_records(document: ExchangeDocument) -> None:
    """A version 1 to 3 document is an older tool's: it has no record after fieldwork."""
    if document.version < 4:
        _known("after_fieldwork" not in document.model_fields_set, "after_fieldwork",
               f"version {document.version} of the exchange format has no record after fieldwork; write version 4")


def _check_interviews(document: ExchangeDocument, forms: Forms) -> None:
    # An interview is read through its form's questions (which link answers to prompts), so it must
    # name a form this tool has, and answer only that form's questions.
    for index, interview in enumerate(document.interviews):
        form = forms.get(interview.form.id, interview.form.version)
        if form is None:
            known = ", ".join(f"'{held.id}' version {held.version}" for held in forms) or "none"
            raise ExchangeError(
                f"interviews.{index}.form",
                f"no interview form '{interview.form.id}' version {interview.form.version} (forms: {known})",
            )
        for question in interview.responses:
            _known(form.question(question) is not None, f"interviews.{index}.responses.{question}",
                   f"not a question in interview form '{interview.form.id}' version {interview.form.version}")


def _known(ok: bool, field: str, problem: str) -> None:
    if not ok:
        raise ExchangeError(field, problem)


# The model's attributes the file names otherwise.
_KEYS = {"standard_id": "standard"}


def _located(refused: InvalidEdit, inspection: Inspection) -> ExchangeError:
    """The refusal of a record of `inspection`, naming the place in the file it came from."""
    problem = refused.problem
    if refused.other is not None:
        problem = f"{problem}, first at {_field(refused.other, refused.at, inspection)}"
    return ExchangeError(_field(refused.record, refused.at, inspection), problem)


def _field(record: object, at: str | None, inspection: Inspection) -> str:
    place = _place(record, inspection)
    return place if at is None else f"{place}.{_KEYS.get(at, at)}"


def _place(record: object, inspection: Inspection) -> str:
    """Where the record is in the exchange document (docs/exchange-format.md) it was converted from."""
    match record:
        case InspectionDetails():
            return "inspection"
        case DiversityFinding():
            return "diversity"
        case Evidence(prompt_id=prompt_id):
            on_prompt = [e for e in inspection.evidence if e.prompt_id == prompt_id]
            return f"prompts.{prompt_id}.evidence.{_index(on_prompt, record)}"
        case PromptJudgement(prompt_id=prompt_id) | TalliedPercentage(prompt_id=prompt_id):
            section = "prompts" if isinstance(record, PromptJudgement) else "interview_percentages"
            return f"{section}.{prompt_id}"
        case KeyQuestionAnswer(key_question_id=key_question_id):
            return f"key_questions.{key_question_id}"
        case StandardProposal(standard_id=standard_id):
            return f"standards.{standard_id}"
        case CaseCount(standard_id=standard_id, key_question=label):
            return f"case_data.{standard_id}.{label}"
        case PanelDecision(standard_id=standard_id):
            return f"panel.{standard_id}"
        case Assignment(scope_id=scope_id):
            return f"assignments.{scope_id}"
        case ObligationMet(obligation_id=obligation_id):
            return f"after_fieldwork.obligations_done.{obligation_id}"
        case YjbOversight():
            return "after_fieldwork.yjb_oversight"
        case ImprovementPlan():
            return "after_fieldwork.improvement_plan"
        case FollowUp():
            return f"after_fieldwork.improvement_plan.follow_ups.{_index(inspection.follow_ups, record)}"
        case (str() as standard_id, _):
            return f"case_ratings.{standard_id}"
    listed: dict[str, Sequence[object]] = {
        "recommendations": inspection.recommendations, "interviews": inspection.interviews,
        "panel_comments": inspection.panel_comments, "documents": inspection.documents,
    }
    for section, records in listed.items():
        if any(r is record for r in records):
            return f"{section}.{_index(records, record)}"
    return "document"


def _index(records: Sequence[object], record: object) -> str:
    return str(next(n for n, r in enumerate(records) if r is record))
