"""The demo inspection: the committed file is the builder's output, imports cleanly, and is plausible."""

from __future__ import annotations

from collections import Counter

from inspector.demo import build_demo, build_scaled, demo_file
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.inspection.model import EvidenceTag, InterviewAnswer
from tests.exchange.strategies import CONTENT, PROMPTS
from tests.seed import REPO

FRAMEWORK, FORMS = CONTENT.framework, CONTENT.forms


def test_the_committed_file_is_the_builders_output() -> None:
    """Regenerate with: inspector.demo.build_demo → write_exchange → demo/northmoor-yjs.json.

    The committed file may still be the version 2 one (written before exchange format 3): read and
    written again, it is the builder's output byte for byte."""
    committed = (REPO / "demo" / "northmoor-yjs.json").read_text(encoding="utf-8")
    built = write_exchange(build_demo(FRAMEWORK, FORMS))
    rewritten = write_exchange(read_exchange(committed, FRAMEWORK, CONTENT.rating_scheme, FORMS))
    assert committed == built or rewritten == built
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
