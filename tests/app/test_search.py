"""Search across the evidence recorded and the framework: evidence first, in navigator order."""

from __future__ import annotations

from dataclasses import replace

from inspector.app.search import RECORDED_EVIDENCE, EvidenceHit, InspectionSearch
from inspector.content import Content
from inspector.framework.search import SearchIndex
from inspector.inspection.model import Inspection


def test_evidence_hits_come_first_then_the_framework(content: Content, demo: Inspection) -> None:
    search = InspectionSearch(content.framework)
    hits = search.search("supervision", demo)
    evidence = [h for h in hits if isinstance(h, EvidenceHit)]
    assert evidence and hits[: len(evidence)] == evidence
    assert hits[len(evidence):] == SearchIndex(content.framework).search("supervision")
    places = [p.id for p in content.framework.prompts]
    assert [places.index(h.item_id) for h in evidence] == sorted(places.index(h.item_id) for h in evidence)
    first = evidence[0]
    item = next(e for e in demo.evidence if e.id == first.evidence_id)
    assert "supervision" in item.text.lower() or "supervision" in item.reference.lower()
    assert first.field.startswith(RECORDED_EVIDENCE)


def test_every_word_must_appear_in_the_text_or_reference(content: Content, demo: Inspection) -> None:
    search = InspectionSearch(content.framework)
    hits = [h for h in search.search('"workload tool" interviews', demo) if isinstance(h, EvidenceHit)]
    # 1.2.1d's text names the workload tool; its reference, the case-manager interviews.
    assert [h.item_id for h in hits] == ["1.2.1d"]
    assert hits[0].field == f"{RECORDED_EVIDENCE}: Case-manager interviews; workload tool"
    assert search.search("   ", demo) == []


def test_a_changed_item_is_searched_as_it_now_reads(content: Content, demo: Inspection) -> None:
    search = InspectionSearch(content.framework)
    assert not [h for h in search.search("zebra", demo) if isinstance(h, EvidenceHit)]
    item = demo.evidence[0]
    changed = replace(demo, evidence=(replace(item, text=item.text + " Zebra crossing."), *demo.evidence[1:]))
    assert [h.evidence_id for h in search.search("zebra", changed) if isinstance(h, EvidenceHit)] == [item.id]
