"""The demo inspection: the committed file is the builder's output, imports cleanly, and is plausible."""

from __future__ import annotations

import json
from collections import Counter

from inspector.demo import build_demo, build_scaled, demo_file
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.inspection.model import DocumentKind, EvidenceTag, InterviewAnswer
from tests.exchange.strategies import CONTENT, PROMPTS
from tests.seed import REPO

FRAMEWORK, FORMS = CONTENT.framework, CONTENT.forms


def test_the_committed_file_is_the_builders_output() -> None:
    """Regenerate with: inspector.demo.build_demo → write_exchange → demo/northmoor-yjs.json."""
    committed = (REPO / "demo" / "northmoor-yjs.json").read_bytes()
    assert committed == write_exchange(build_demo(FRAMEWORK, FORMS)).encode("utf-8")
    assert json.loads(committed)["version"] == 4
    assert demo_file() == REPO / "demo" / "northmoor-yjs.json"


def test_the_committed_file_imports_to_the_demo() -> None:
    text = demo_file().read_text(encoding="utf-8")
    assert read_exchange(text, FRAMEWORK, CONTENT.rating_scheme, FORMS) == build_demo(FRAMEWORK, FORMS)


def test_every_prompt_is_judged_with_evidence_and_a_mix_of_outcomes() -> None:
    demo = build_demo(FRAMEWORK, FORMS)
    assert [j.prompt_id for j in demo.judgements] == PROMPTS
    assert all(j.sufficiency is not None for j in demo.judgements)
    assert {e.prompt_id for e in demo.evidence} == set(PROMPTS)
    assert 1 <= sum(j.decisive for j in demo.judgements) <= 3
    tags = Counter(e.tag for e in demo.evidence)
    assert tags[EvidenceTag.STRENGTH] > tags[EvidenceTag.AREA_FOR_IMPROVEMENT] > 0 and tags[None] > 0
    assert {p.standard_id for p in demo.proposals} == {s.id for s in FRAMEWORK.standards}
    assert len({r.to for r in demo.recommendations}) >= 3



def test_evidence_cites_a_register_of_the_documents_a_yjs_sends_and_supports_several_prompts() -> None:
    demo = build_demo(FRAMEWORK, FORMS)
    start, end = demo.details.fieldwork_start, demo.details.fieldwork_end
    assert start is not None and end is not None
    kinds = Counter(d.kind for d in demo.documents)
    assert kinds[DocumentKind.EVIDENCE_IN_ADVANCE] > kinds[DocumentKind.DURING_FIELDWORK] > 1
    assert kinds[DocumentKind.OTHER] == 1
    assert len({d.id for d in demo.documents}) == len({d.title for d in demo.documents}) == len(demo.documents)
    for d in demo.documents:
        assert d.received is not None and d.supplied_by and (d.file_path, d.sha256) == ("", "")
        if d.kind is DocumentKind.DURING_FIELDWORK:
            assert start <= d.received <= end
        else:
            assert d.received < start
    registered = {d.id: d for d in demo.documents}
    cited = [e for e in demo.evidence if e.document_id is not None]
    assert all(e.document_id in registered for e in cited)
    assert len({e.document_id for e in cited}) >= len(registered) - 5  # a few are on the register, never cited
    # Where the reference is the register entry and page, the report names it once.
    plan = next(e for e in cited if e.prompt_id == "1.1.1a")
    assert (registered[plan.document_id].title, plan.page, plan.reference) == (
        "Youth Justice Plan 2024–26", "pp. 4–9", "Youth Justice Plan 2024–26, pp. 4–9")
    order = {p: n for n, p in enumerate(PROMPTS)}
    shared = [e for e in demo.evidence if e.also]
    assert len(shared) == 9  # one for each entry of _ALSO: none names an item the demo does not have
    assert all(list(e.also) == sorted(e.also, key=order.__getitem__) for e in shared)
    assert len([e for e in shared if all(p.startswith("1.") for p in e.prompts)]) >= 6
    (minutes,) = [e for e in shared if e.document_id and registered[e.document_id].title == "Board minutes, May 2024"]
    assert minutes.prompts == ("1.1.1a", "1.1.1d", "1.1.3a") and minutes.tag is None

def test_interviews_are_answered_against_the_form() -> None:
    demo = build_demo(FRAMEWORK, FORMS)
    assert 20 <= len(demo.interviews) <= 30
    for interview in demo.interviews:
        form = FORMS.get(interview.form_id, interview.form_version)
        assert form is not None
        assert [q for q, _ in interview.responses] == [q.id for q in form.questions]
    answers = Counter(r.answer for i in demo.interviews for _, r in i.responses)
    assert answers[InterviewAnswer.YES] > answers[InterviewAnswer.NO] > 0


def test_the_builder_is_deterministic_and_scales() -> None:
    assert build_demo(FRAMEWORK, FORMS) == build_demo(FRAMEWORK, FORMS)
    scaled = build_scaled(FRAMEWORK, FORMS, factor=10)
    assert (len(scaled.interviews), len(scaled.evidence)) == (1000, 5000)
    assert len({i.id for i in scaled.interviews}) == 1000 and len({e.id for e in scaled.evidence}) == 5000
    text = write_exchange(scaled)
    assert write_exchange(read_exchange(text, FRAMEWORK, CONTENT.rating_scheme, FORMS)) == text
