"""Search across the evidence recorded and the framework's text, with the framework search's rules
(every word must appear, case- and quote-insensitive, "phrases" too).

Evidence hits come first (in navigator order, then as recorded): during fieldwork the inspector is
more often looking for a note than for the framework's wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.framework.model import Framework
from inspector.framework.search import SearchHit, SearchIndex, snippet
from inspector.framework.sections import Section
from inspector.framework.terms import contains_all, fold, parse_query
from inspector.inspection.model import Evidence, Inspection

RECORDED_EVIDENCE = "Recorded evidence"


@dataclass(frozen=True)
class EvidenceHit(SearchHit):
    evidence_id: str = ""


class InspectionSearch:
    def __init__(self, framework: Framework) -> None:
        self._framework = SearchIndex(framework)
        self._place = {p.id: n for n, p in enumerate(framework.prompts)}
        # Folding text is the slow part at 5,000 items; each item is folded once, again only when it changes.
        self._folded: dict[str, tuple[Evidence, str]] = {}

    def search(self, query: str, inspection: Inspection) -> list[SearchHit]:
        terms = parse_query(query)
        if not terms:
            return []
        hits: list[tuple[int, SearchHit]] = []
        for item in inspection.evidence:
            if contains_all(self._fold(item), terms):
                field = f"{RECORDED_EVIDENCE}: {item.reference}" if item.reference else RECORDED_EVIDENCE
                # The field names the reference, so a match only there still shows where it is.
                hit = EvidenceHit(item.prompt_id, field, snippet(" ".join(item.text.split()), terms),
                                  Section.EVIDENCE, item.id)
                hits.append((self._place.get(item.prompt_id, len(self._place)), hit))
        hits.sort(key=lambda pair: pair[0])
        return [hit for _, hit in hits] + self._framework.search(query)

    def _fold(self, item: Evidence) -> str:
        cached = self._folded.get(item.id)
        if cached is None or cached[0] is not item:
            cached = (item, fold(f"{item.text}\n{item.reference}"))
            self._folded[item.id] = cached
        return cached[1]
