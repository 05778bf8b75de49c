"""The demo inspection: demo/northmoor-yjs.json is the demo, reads cleanly, shows what demo/README.md says,
and scales for the benchmarks."""

from __future__ import annotations

import json
from collections import Counter

from inspector.demo import demo_file, load_demo, scaled
from inspector.exchange.codec import read_exchange, write_exchange
from inspector.inspection.model import DocumentKind, EvidenceTag, InterviewAnswer
from tests.exchange.strategies import CONTENT, PROMPTS
from tests.seed import REPO

FRAMEWORK, FORMS = CONTENT.framework, CONTENT.forms
DEMO = load_demo(CONTENT)


def test_the_demo_is_the_committed_file_in_the_writers_layout() -> None:
    assert demo_file() == REPO / "demo" / "northmoor-yjs.json"
    committed = demo_file().read_text(encoding="utf-8")
    assert json.loads(committed)["version"] == 4
    # Canonical: the file is what the writer makes of what it holds, so an edit in the app exported over it
    # shows only the change (demo/README.md).
    assert write_exchange(DEMO) == committed
    assert read_exchange(committed, FRAMEWORK, CONTENT.rating_scheme, FORMS) == DEMO


def test_the_demo_holds_what_its_readme_says() -> None:
    readme = (REPO / "demo" / "README.md").read_text(encoding="utf-8")
    assert (len(DEMO.interviews), len(DEMO.documents), len(DEMO.evidence)) == (24, 43, 125)
    for said in ("24 case-manager interviews", "A register of 43 documents", "125 evidence items, nine of them",
                 "(1.2.3a)", "(4.1.2a)", "(1.3.1)", "(1.4)", "(1.2.5e, 4.1.2e)"):
        assert said in readme.replace("\n", " "), said
    assert [j.prompt_id for j in DEMO.judgements if j.decisive] == ["1.2.3a", "4.1.2a"]
    assert [t.prompt_id for t in DEMO.tallies] == ["1.2.5e", "4.1.2e"]
    assert sorted(s for s, _ in DEMO.case_ratings) == ["2.3", "2.4", "3.2", "3.3"]
    assert sorted({c.standard_id for c in DEMO.case_counts}) == ["2.1", "2.2", "3.1"]
    assert len(DEMO.recommendations) == 4


def test_every_prompt_is_judged_with_evidence_and_a_mix_of_outcomes() -> None:
    assert [j.prompt_id for j in DEMO.judgements] == PROMPTS
    assert all(j.sufficiency is not None for j in DEMO.judgements)
    assert {e.prompt_id for e in DEMO.evidence} == set(PROMPTS)
    assert 1 <= sum(j.decisive for j in DEMO.judgements) <= 3
    tags = Counter(e.tag for e in DEMO.evidence)
    assert tags[EvidenceTag.STRENGTH] > tags[EvidenceTag.AREA_FOR_IMPROVEMENT] > 0 and tags[None] > 0
    assert {p.standard_id for p in DEMO.proposals} == {s.id for s in FRAMEWORK.standards}
    assert len({r.to for r in DEMO.recommendations}) >= 3


def test_evidence_cites_a_register_of_the_documents_a_yjs_sends_and_supports_several_prompts() -> None:
    start, end = DEMO.details.fieldwork_start, DEMO.details.fieldwork_end
    assert start is not None and end is not None
    kinds = Counter(d.kind for d in DEMO.documents)
    assert kinds[DocumentKind.EVIDENCE_IN_ADVANCE] > kinds[DocumentKind.DURING_FIELDWORK] > 1
    assert kinds[DocumentKind.OTHER] == 1
    assert len({d.id for d in DEMO.documents}) == len({d.title for d in DEMO.documents}) == len(DEMO.documents)
    for d in DEMO.documents:
        assert d.received is not None and d.supplied_by and (d.file_path, d.sha256) == ("", "")
        if d.kind is DocumentKind.DURING_FIELDWORK:
            assert start <= d.received <= end
        else:
            assert d.received < start
    registered = {d.id: d for d in DEMO.documents}
    cited = [e for e in DEMO.evidence if e.document_id is not None]
    assert all(e.document_id in registered for e in cited)
    assert len({e.document_id for e in cited}) >= len(registered) - 5  # a few are on the register, never cited
    # Where the reference is the register entry and page, the report names it once.
    plan = next(e for e in cited if e.prompt_id == "1.1.1a")
    assert (registered[plan.document_id].title, plan.page, plan.reference) == (
        "Youth Justice Plan 2024–26", "pp. 4–9", "Youth Justice Plan 2024–26, pp. 4–9")
    order = {p: n for n, p in enumerate(PROMPTS)}
    shared = [e for e in DEMO.evidence if e.also]
    assert len(shared) == 9
    assert all(list(e.also) == sorted(e.also, key=order.__getitem__) for e in shared)
    assert len([e for e in shared if all(p.startswith("1.") for p in e.prompts)]) >= 6
    (minutes,) = [e for e in shared if e.document_id and registered[e.document_id].title == "Board minutes, May 2024"]
    assert minutes.prompts == ("1.1.1a", "1.1.1d", "1.1.3a") and minutes.tag is None


def test_interviews_are_answered_against_the_form() -> None:
    assert 20 <= len(DEMO.interviews) <= 30
    for interview in DEMO.interviews:
        form = FORMS.get(interview.form_id, interview.form_version)
        assert form is not None
        assert [q for q, _ in interview.responses] == [q.id for q in form.questions]
    answers = Counter(r.answer for i in DEMO.interviews for _, r in i.responses)
    assert answers[InterviewAnswer.YES] > answers[InterviewAnswer.NO] > 0


def test_the_demo_scales_under_fresh_ids_and_round_trips() -> None:
    ten = scaled(DEMO, 10)
    assert (len(ten.interviews), len(ten.evidence)) == (1000, 5000)
    assert len({i.id for i in ten.interviews}) == 1000 and len({e.id for e in ten.evidence}) == 5000
    assert not {i.id for i in ten.interviews} & {i.id for i in DEMO.interviews}
    assert [i.reference for i in ten.interviews[23:26]] == ["CM-24/1", "CM-01/2", "CM-02/2"]
    assert ten == scaled(DEMO, 10)  # the benchmarks' figures compare like with like between runs
    text = write_exchange(ten)
    assert write_exchange(read_exchange(text, FRAMEWORK, CONTENT.rating_scheme, FORMS)) == text
