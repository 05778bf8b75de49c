"""What the snapshot records that the content does not know: shown, never applied.

An inspection file can outlive a framework or form version; anything it refers to that the loaded
content lacks is left out of the evaluation and named here, so nothing is dropped silently.
"""

from __future__ import annotations

from inspector.forms.model import Forms
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import Inspection
from inspector.rules.findings import Finding, FindingKind


def unknown_references(
    framework: Framework, scheme: RatingScheme, forms: Forms, inspection: Inspection
) -> tuple[Finding, ...]:
    notes: list[str] = []
    if (inspection.framework_id, inspection.framework_version) != (framework.id, framework.version):
        notes.append(
            f"The inspection was recorded against framework {inspection.framework_id} "
            f"({inspection.framework_version}); it is evaluated against {framework.id} ({framework.version})."
        )
    prompts = {p.id for p in framework.prompts}
    linked = {p.id for p in framework.prompts if p.interview_link is not None}
    key_questions = {kq.id for s in framework.standards for kq in s.key_questions}
    standards = {s.id for s in framework.standards}
    case_data = {s.id for s in scheme.standards if s.rated_from == "case_data"}
    notes += [f"A judgement is recorded for {j.prompt_id}, which is not a prompt; it is not used."
              for j in inspection.judgements if j.prompt_id not in prompts]
    notes += [f"An answer is recorded for {a.key_question_id}, which is not a key question; it is not used."
              for a in inspection.answers if a.key_question_id not in key_questions]
    notes += [f"A rating is proposed for {p.standard_id}, which is not a standard of the framework; it is not used."
              for p in inspection.proposals if p.standard_id not in standards]
    notes += [f"A tallied percentage is recorded for {t.prompt_id}, which does not draw on interviews; it is not used."
              for t in inspection.tallies if t.prompt_id not in linked]
    recorded = {c.standard_id for c in inspection.case_counts} | {s for s, _ in inspection.case_ratings}
    notes += [f"Case data is recorded for {sid}, which is not rated from case data; it is not used."
              for sid in sorted(recorded - case_data)]
    for interview in inspection.interviews:
        form = forms.get(interview.form_id, interview.form_version)
        if form is None:
            notes.append(
                f"Interview {interview.reference} uses form {interview.form_id} version {interview.form_version}, "
                "which is not in forms/; its answers are not counted."
            )
            continue
        known = form.question_ids  # this runs on every edit, for every answer of every interview: a set look-up
        notes += [
            f"Interview {interview.reference} answers question '{qid}', which form {form.id} version {form.version} "
            "does not have; the answer is not counted."
            for qid, _ in interview.responses if qid not in known
        ]
    return tuple(Finding(FindingKind.NOTE, n) for n in notes)
