"""Checks of an exchange document against the framework, the rating scheme and the interview forms.

The same refusals the inspection file makes for an edit, made before anything is written, so an
import either loads the whole file or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from inspector.exchange.document import ExchangeDocument
from inspector.exchange.errors import ExchangeError
from inspector.forms.model import Forms
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import OVERALL, PanelState


def check_document(document: ExchangeDocument, framework: Framework, scheme: RatingScheme, forms: Forms) -> None:
    """Raise ExchangeError for the first entry the framework, scheme or forms do not allow."""
    # The file's ids and wording are one framework version's; there is no conversion between versions.
    if (document.framework.id, document.framework.version) != (framework.id, framework.version):
        raise ExchangeError(
            "framework",
            f"the file was made with '{document.framework.id}' {document.framework.version}; "
            f"this tool has '{framework.id}' {framework.version}",
        )
    _check_details(document)
    prompts = {p.id: p for p in framework.prompts}
    key_questions = {kq.id for s in framework.standards for kq in s.key_questions}
    standards = [s.id for s in framework.standards]
    case_standards = [s.id for s in scheme.standards if s.rated_from == "case_data"]
    for prompt_id in document.prompts:
        _known(prompt_id in prompts, f"prompts.{prompt_id}", "not a prompt in the framework")
    for kq in document.key_questions:
        _known(kq in key_questions, f"key_questions.{kq}", "not a key question in the framework")
    for standard in document.standards:
        _known(standard in standards, f"standards.{standard}",
               f"not a standard in the framework ({', '.join(standards)})")
    # A tallied percentage is the share of case managers answering a prompt's interview question
    # positively (e.g. seed line 714: "the proportion of positive answers to the relevant question in
    # their interviews with case managers"), so only a prompt linked to an interview question has one.
    for prompt_id in document.interview_percentages:
        _known(prompt_id in prompts, f"interview_percentages.{prompt_id}", "not a prompt in the framework")
        _known(prompts[prompt_id].interview_link is not None, f"interview_percentages.{prompt_id}",
               "this prompt does not draw on case-manager interviews")
    for section, standard_ids in (("case_ratings", document.case_ratings), ("case_data", document.case_data)):
        for standard in standard_ids:
            _known(standard in case_standards, f"{section}.{standard}",
                   f"not a standard rated from case data ({', '.join(case_standards)})")
    _check_case_data(document)
    _check_interviews(document, forms)
    _check_panel(document, [s.id for s in scheme.standards])
    _check_version_3_records(document)
    _check_evidence(document, prompts.keys())
    _check_register(document)
    scopes = [scope for s in framework.standards for scope in (s.id, *(kq.id for kq in s.key_questions))]
    _check_assignments(document, set(scopes))
    _check_after_fieldwork(document)
    _check_unique_ids(document)


def _known(ok: bool, field: str, problem: str) -> None:
    if not ok:
        raise ExchangeError(field, problem)


def _check_details(document: ExchangeDocument) -> None:
    start, end = document.inspection.fieldwork_start, document.inspection.fieldwork_end
    # Fieldwork is a period: an end before its start is a slip in one of the dates.
    if start is not None and end is not None and end < start:
        raise ExchangeError("inspection.fieldwork_end",
                            f"{end.isoformat()} is before fieldwork_start ({start.isoformat()})")


def _check_case_data(document: ExchangeDocument) -> None:
    for standard, labels in document.case_data.items():
        for label, count in labels.items():
            field = f"case_data.{standard}.{label}"
            # The label names the count (with the standard, it is the count's key in the inspection file).
            _known(bool(label.strip()), field, "the key question label should not be empty")
            # The sufficient cases are some of those inspected, never more.
            _known(count.sufficient <= count.cases, f"{field}.sufficient",
                   f"{count.sufficient} is more than the cases inspected ({count.cases})")


def _check_panel(document: ExchangeDocument, scheme_standards: list[str]) -> None:
    if document.version == 1:
        # Version 1 had no ratings panel: such a document is an older tool's, and records nothing of it.
        for section in ("panel", "panel_comments"):
            _known(section not in document.model_fields_set, section,
                   "version 1 of the exchange format has no ratings panel records; write version 2")
    listed = ", ".join(scheme_standards)
    for standard, decision in document.panel.items():
        field = f"panel.{standard}"
        _known(standard in scheme_standards, field, f"not a standard of the rating scheme ({listed})")
        # The agreed rating is what the panel agreed: an agreed standard has one, any other has none.
        if decision.state is PanelState.AGREED:
            _known(decision.agreed is not None, f"{field}.agreed",
                   "an agreed standard needs the rating the panel agreed")
        else:
            _known(decision.agreed is None, f"{field}.agreed",
                   f"only an agreed standard has an agreed rating (this one is {decision.state.value})")
    for index, comment in enumerate(document.panel_comments):
        _known(comment.standard in scheme_standards or comment.standard == OVERALL,
               f"panel_comments.{index}.standard",
               f"{comment.standard!r} is not a standard of the rating scheme ({listed}) or '{OVERALL}'")


# What version 3 added, and how a refusal of it in an older version's document names it.
_VERSION_3_SECTIONS = {"documents": "register of documents", "assignments": "assignments of standards and key questions"}
_VERSION_3_EVIDENCE = {
    "also": "evidence supporting several prompts",
    "document_id": "evidence citing the register of documents",
    "page": "evidence citing the register of documents",
}
_SHA256 = re.compile(r"[0-9a-f]{64}")


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


def _check_evidence(document: ExchangeDocument, prompts: Iterable[str]) -> None:
    """The prompts an item also supports are the framework's, each once and not the one it is recorded on
    (shown twice on a prompt, it would be counted twice there); a document it cites is in the register."""
    known = set(prompts)
    registered = {d.id for d in document.documents}
    for prompt_id, part in document.prompts.items():
        for index, evidence in enumerate(part.evidence):
            field = f"prompts.{prompt_id}.evidence.{index}"
            seen = {prompt_id: "the prompt it is recorded on"}
            for position, other in enumerate(evidence.also):
                at = f"{field}.also.{position}"
                _known(other in known, at, "not a prompt in the framework")
                _known(other not in seen, at, f"{other} is already {seen.get(other)}")
                seen[other] = f"listed at {at}"
            if evidence.document_id is not None:
                _known(evidence.document_id in registered, f"{field}.document_id",
                       f"{evidence.document_id} is not in the register of documents (documents)")


def _check_register(document: ExchangeDocument) -> None:
    for index, entry in enumerate(document.documents):
        field = f"documents.{index}.sha256"
        if entry.sha256:
            _known(bool(_SHA256.fullmatch(entry.sha256)), field, "should be 64 lower-case hexadecimal digits")
            _known(bool(entry.file_path), field, "is the digest of a file, and file_path names none")


def _check_assignments(document: ExchangeDocument, scopes: set[str]) -> None:
    # Work is shared out to the lead inspector and the team, each named as in the inspection details.
    details = document.inspection
    team = {name for name in (details.lead_inspector, *details.team) if name.strip()}
    for scope, member in document.assignments.items():
        field = f"assignments.{scope}"
        _known(scope in scopes, field, "not a standard or key question in the framework")
        _known(bool(member.strip()), field, "should name the lead inspector or a member of the team")
        _known(member in team, field, "is not the lead inspector or a member of the team (inspection.team)")


_OBLIGATION_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_after_fieldwork(document: ExchangeDocument) -> None:
    """Version 4's record after fieldwork: none in an older version's document; obligation ids shaped as the
    content's (whether the content still lists one is the window's to show: a file's record stays readable);
    every name one of the team."""
    if document.version < 4:
        _known("after_fieldwork" not in document.model_fields_set, "after_fieldwork",
               f"version {document.version} of the exchange format has no record after fieldwork; write version 4")
        return
    details = document.inspection
    team = {name for name in (details.lead_inspector, *details.team) if name.strip()}
    part = document.after_fieldwork
    named = []
    for obligation_id, done in part.obligations_done.items():
        field = f"after_fieldwork.obligations_done.{obligation_id}"
        _known(bool(_OBLIGATION_ID.fullmatch(obligation_id)), field,
               "not an obligation id (lower-case letters, digits and hyphens)")
        named.append((f"{field}.done_by", done.done_by))
    named.append(("after_fieldwork.yjb_oversight.recorded_by", part.yjb_oversight.recorded_by))
    named.append(("after_fieldwork.improvement_plan.recorded_by", part.improvement_plan.recorded_by))
    named.extend((f"after_fieldwork.improvement_plan.follow_ups.{i}.recorded_by", f.recorded_by)
                 for i, f in enumerate(part.improvement_plan.follow_ups))
    for field, name in named:
        _known(not name or name in team, field, "is not the lead inspector or a member of the team (inspection.team)")


def _check_interviews(document: ExchangeDocument, forms: Forms) -> None:
    # An interview is read through its form's questions (which link answers to prompts), so it must
    # name a form this tool has, and answer only that form's questions.
    for index, interview in enumerate(document.interviews):
        form = forms.get(interview.form.id, interview.form.version)
        if form is None:
            known = ", ".join(f"'{i}' version {v}" for i, v in forms.keys()) or "none"
            raise ExchangeError(
                f"interviews.{index}.form",
                f"no interview form '{interview.form.id}' version {interview.form.version} (forms: {known})",
            )
        for question in interview.responses:
            _known(form.question(question) is not None, f"interviews.{index}.responses.{question}",
                   f"not a question in interview form '{interview.form.id}' version {interview.form.version}")


def _check_unique_ids(document: ExchangeDocument) -> None:
    """Ids are how a team member's work is merged: two entries with one id would be one entry."""
    for kind, entries in (
        ("recommendation", ((f"recommendations.{i}.id", r.id) for i, r in enumerate(document.recommendations))),
        ("evidence", _evidence_ids(document)),
        ("interview", ((f"interviews.{i}.id", x.id) for i, x in enumerate(document.interviews))),
        ("ratings panel comment", ((f"panel_comments.{i}.id", c.id) for i, c in enumerate(document.panel_comments))),
        ("document", ((f"documents.{i}.id", d.id) for i, d in enumerate(document.documents))),
        ("follow-up", ((f"after_fieldwork.improvement_plan.follow_ups.{i}.id", f.id)
                       for i, f in enumerate(document.after_fieldwork.improvement_plan.follow_ups))),
    ):
        seen: dict[str, str] = {}
        for field, entry_id in entries:
            _known(entry_id not in seen, field, f"the {kind} id {entry_id} is also used at {seen.get(entry_id)}")
            seen[entry_id] = field


def _evidence_ids(document: ExchangeDocument) -> Iterator[tuple[str, str]]:
    for prompt_id, part in document.prompts.items():
        for index, evidence in enumerate(part.evidence):
            yield f"prompts.{prompt_id}.evidence.{index}.id", evidence.id
