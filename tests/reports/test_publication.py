"""The publication draft as HMIP publishes a report, read back with python-docx: its sections in order,
the title page and foreword, the ratings by domain with the overall rating (and the decision rule on 4.1
where it changes it), recommendations under named recipients, contextual facts, diversity, each
standard's strengths and areas for improvement or its case percentages, the annexes; and no internal ids
or talk of the seed in its text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from docx.document import Document
from docx.oxml.ns import qn

from inspector.demo import scaled
from inspector.framework.model import Rating
from inspector.inspection.model import (
    DiversityFinding,
    Evidence,
    EvidenceTag,
    Inspection,
    PanelDecision,
    PanelState,
    Recipient,
    Recommendation,
    SourceKind,
)
from inspector.reports import ReportKind
from inspector.reports.publication import area_of, plain, service_of
from tests.reports.helpers import (
    DEMO,
    FRAMEWORK,
    SCHEME,
    evaluation_of,
    headings,
    rendered,
    report_of,
    rows,
    table_after,
    texts,
)

REPORT = report_of(DEMO)
DRAFT = rendered(REPORT, ReportKind.DRAFT)
PROMPT_ID = re.compile(r"\b\d\.\d\.\d[a-z]\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
SECTIONS = ["Foreword", "Ratings", "Recommendations", "Contextual facts", "Diversity", "1. Organisational delivery",
            "2. Court disposals", "3. Out-of-court disposals", "4. Resettlement", "Annexe 1: Methodology",
            "Annexe 2: Inspection data"]


def _agreed(inspection: Inspection) -> Inspection:
    return replace(inspection, panel=tuple(PanelDecision(p.standard_id, PanelState.AGREED, p.proposed)
                                           for p in evaluation_of(inspection).panel))


def _rated(inspection: Inspection, ratings: dict[str, Rating]) -> Inspection:
    """Every standard at the rating given: proposals for 1.1-1.4, 3.4 and 4.1, entered case ratings else."""
    proposals = tuple(replace(p, proposed=ratings[p.standard_id]) for p in inspection.proposals)
    case = tuple((s.id, ratings[s.id]) for s in SCHEME.standards if s.rated_from == "case_data")
    return replace(inspection, proposals=proposals, case_ratings=case)


def _capped() -> Inspection:
    """36 points, so 'Outstanding' from the points; 4.1 'Inadequate' rules it out (seed line 125)."""
    ratings = {s.id: Rating.OUTSTANDING for s in SCHEME.standards} | {"4.1": Rating.INADEQUATE}
    return _agreed(_rated(DEMO, ratings))


def _running_text(document: Document) -> str:
    """The body's text, tables included, and the comments."""
    return "\n".join([*texts(document), *(c.text for c in document.comments)])


def _body(document: Document, heading: str) -> list[str]:
    """The paragraphs after a heading, up to the next heading of the same or a higher level."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == heading and p.style.name.startswith("Heading"))
    level = int(paragraphs[start].style.name.split()[-1])
    out = []
    for p in paragraphs[start + 1:]:
        name = p.style.name
        if name.startswith("Heading") and int(name.split()[-1]) <= level:
            break
        out.append(p.text)
    return out


def test_the_sections_are_in_hmip_order() -> None:
    assert headings(DRAFT, 1) == SECTIONS
    assert headings(DRAFT, 2) == [
        *(f"{s.id}. {s.title}" for s in SCHEME.standards),
        "Domain one: organisational delivery", "Domains two and three: court and out-of-court disposals",
        "Resettlement", "Ratings and scoring", "Case inspection data", "Case-manager interviews"]
    chapters = {h: _body(DRAFT, h) for h in SECTIONS[5:9]}
    assert [h for h in headings(DRAFT, 2) if h[:1] == "3"] == [
        "3.1. Assessment", "3.2. Planning", "3.3. Implementation and delivery",
        "3.4. Out-of-court disposal policy and provision"]
    assert "4.1. Resettlement policy and provision" in chapters["4. Resettlement"]


def test_the_title_page_and_the_foreword() -> None:
    assert [p.text for p in DRAFT.paragraphs[:4]] == [
        "An inspection of youth justice services in Northmoor", "Northmoor Youth Justice Service", "March 2025",
        "HM Inspectorate of Probation"]
    assert DRAFT.paragraphs[0].style.name == "Title"
    foreword = _body(DRAFT, "Foreword")
    assert "Overall, Northmoor YJS was rated as 'Good' (not yet agreed)." in foreword
    assert ("We also inspected the quality of resettlement policy and provision, which was separately rated as "
            "'Requires improvement' (not yet agreed).") in foreword
    assert any(t.startswith("[Editor: write the foreword") for t in foreword)
    agreed = _body(rendered(report_of(_agreed(DEMO)), ReportKind.DRAFT), "Foreword")
    assert "Overall, Northmoor YJS was rated as 'Good'." in agreed


def test_the_ratings_are_grouped_by_domain_with_the_overall_rating_and_its_score() -> None:
    table = rows(table_after(DRAFT, "Ratings"))
    assert table[0] == ["Standard", "Rating"]
    assert table[1] == ["Overall rating", "Good (not yet agreed)"]
    groups = [r[0] for r in table[2:] if r[0] == r[1]]  # a domain's name spans the row
    assert groups == ["Domain one: organisational delivery", "Domain two: court disposals",
                      "Domain three: out-of-court disposals",
                      "Resettlement (rated separately, not counted in the score)"]
    standards = [r[0] for r in table[2:] if r[0] != r[1]]
    assert standards == [f"{s.id} {s.title}" for s in SCHEME.standards]
    assert table[-1] == ["4.1 Resettlement policy and provision", "Requires improvement (not yet agreed)"]
    after = _body(DRAFT, "Ratings")
    assert ("The overall rating of 'Good' came from a score of 21 out of 36 across the twelve core standards "
            "(annexe 1 explains the scoring). Resettlement policy and provision (4.1) was rated separately and did "
            "not count towards the score.") in after


def test_an_inadequate_resettlement_rating_that_rules_out_outstanding_is_explained() -> None:
    document = rendered(report_of(_capped()), ReportKind.DRAFT)
    table = rows(table_after(document, "Ratings"))
    assert table[1] == ["Overall rating", "Good"]
    assert table[-1] == ["4.1 Resettlement policy and provision", "Inadequate"]
    after = _body(document, "Ratings")
    assert ("The score of 36 out of 36 would have given an overall rating of 'Outstanding'. Resettlement policy and "
            "provision (4.1) was rated as 'Inadequate', and a YJS rated 'Inadequate' for resettlement cannot achieve "
            "an 'Outstanding' overall rating, so Northmoor YJS was rated as 'Good' overall.") in after
    assert not any("came from a score" in t for t in after)  # never "36 of 36" beside 'Good'
    foreword = _body(document, "Foreword")
    assert "Overall, Northmoor YJS was rated as 'Good'." in foreword
    assert ("Because resettlement policy and provision was rated as 'Inadequate', Northmoor YJS could not be rated "
            "'Outstanding' overall, although its score would otherwise have given that rating.") in foreword


def test_the_diversity_limiting_judgement_is_put_to_the_editor_where_it_applies() -> None:
    outstanding = _agreed(_rated(DEMO, {s.id: Rating.OUTSTANDING for s in SCHEME.standards}))
    insufficient = replace(outstanding, diversity=DiversityFinding(False, "Diversity needs were not assessed."))
    after = _body(rendered(report_of(insufficient), ReportKind.DRAFT), "Ratings")
    assert any(t.startswith("[Editor: practice on diversity was recorded as insufficient. Under our limiting "
                            "judgement on diversity, the ratings panel challenges an 'Outstanding' overall rating")
               for t in after)
    unknown = _body(rendered(report_of(replace(outstanding, diversity=DiversityFinding())), ReportKind.DRAFT),
                    "Ratings")
    assert any(
        t.startswith("[Editor: whether practice on diversity was sufficient is not yet recorded") for t in unknown)
    assert not any("diversity" in t for t in _body(DRAFT, "Ratings"))  # the demo: 'Good', sufficient


def test_resettlement_without_cases_is_not_rated_and_says_why() -> None:
    none = replace(DEMO, details=replace(DEMO.details, resettlement_cases_12_months=0))
    document = rendered(report_of(none), ReportKind.DRAFT)
    because = "Not rated, because there were no relevant resettlement cases in the 12 months before fieldwork"
    assert rows(table_after(document, "Ratings"))[-1] == ["4.1 Resettlement policy and provision", because]
    assert not any("(4.1) was rated separately" in t for t in _body(document, "Ratings"))
    assert _body(document, "4.1. Resettlement policy and provision") == [
        "Rating: Not rated",
        "We did not rate resettlement policy and provision, because there were no relevant resettlement cases in the "
        "12 months before fieldwork."]
    assert ("There were no relevant resettlement cases in the 12 months before fieldwork, so we did not rate "
            "resettlement policy and provision.") in _body(document, "Foreword")
    assert _body(document, "Resettlement")[0].startswith("The YJS had no relevant resettlement cases")


def test_recommendations_are_numbered_under_their_named_recipients() -> None:
    added = Recommendation("Fund the replacement case-management system.", Recipient.MOJ)
    more = replace(DEMO, recommendations=(*DEMO.recommendations, added))
    section = _body(rendered(report_of(more), ReportKind.DRAFT), "Recommendations")
    assert section[0].startswith("As a result of our inspection, we made five recommendations that we believe, if "
                                 "implemented, will have a positive impact on the quality of youth justice services "
                                 "in Northmoor.")
    texts_of = {r.to: [x.text for x in more.recommendations if x.to is r.to] for r in more.recommendations}
    assert section[1:] == [
        "The Northmoor YJS Management Board should:", *texts_of[Recipient.YJS],
        "The local authority in Northmoor should:", *texts_of[Recipient.LOCAL_AUTHORITY],
        "The Youth Justice Board should:", *texts_of[Recipient.YJB],
        "The Ministry of Justice should:", *texts_of[Recipient.MOJ],
    ]
    numbered = [p for p in DRAFT.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == [r.text for r in DEMO.recommendations]  # one list: numbered 1 to 4


def test_the_contextual_facts_are_what_the_file_holds() -> None:
    table = rows(table_after(DRAFT, "Contextual facts"))
    assert table[0] == ["Fact", "Northmoor YJS"]
    facts = dict(table[1:])
    assert facts["Fieldwork"] == "3 to 7 March 2025"
    assert facts["Lead inspector"] == DEMO.details.lead_inspector
    assert facts["Inspection team"] == ", ".join(DEMO.details.team)
    assert facts["Caseload at the time of the inspection"].startswith("[Editor:")
    assert facts["Court disposals inspected"] == "20" and facts["Out-of-court disposals inspected"] == "12"
    assert facts["Resettlement cases in the 12 months before fieldwork"] == "3"
    assert facts["Case-manager interviews"] == "24 (and two further results tallied on paper)"
    assert facts["Documents examined"].startswith(f"{len(DEMO.documents)} (")


def test_diversity_gives_the_judgement_and_the_note_without_prompt_ids() -> None:
    section = _body(DRAFT, "Diversity")
    assert section[0] == "We judged the practice of Northmoor YJS on diversity to be sufficient."
    assert "(see 1.1.2d" in DEMO.diversity.note
    assert section[1] == ("Diversity is understood and the equality objectives are clear; the board and leaders now "
                          "need to act on disproportionality data rather than note it.")


def test_each_standard_gathers_its_tagged_evidence_from_all_its_prompts_an_item_once() -> None:
    section = _body(DRAFT, "1.1. Governance and leadership")
    strengths, improvements = section.index("Strengths"), section.index("Areas for improvement")
    standard = FRAMEWORK.standard("1.1")
    prompts = {p.id for p in standard.prompts}
    tagged = [e for e in DEMO.evidence if prompts & set(e.prompts)]
    wanted = [e.text for e in tagged if e.tag is EvidenceTag.STRENGTH]
    assert sorted(section[strengths + 1:improvements]) == sorted(wanted)
    assert len(section[strengths + 1:improvements]) == len(set(wanted))
    assert sorted(section[improvements + 1:]) == sorted(e.text for e in tagged
                                                        if e.tag is EvidenceTag.AREA_FOR_IMPROVEMENT)
    # The progress report is on 1.1.3c and 1.1.1h: listed once, at 1.1.1h, its first prompt in the framework.
    progress = next(e for e in DEMO.evidence if e.prompt_id == "1.1.3c" and e.also == ("1.1.1h",))
    shown = section[strengths + 1:improvements]
    assert shown.count(progress.text) == 1
    on_1_1_1h = next(e for e in DEMO.evidence if e.prompt_id == "1.1.1h" and e.tag)
    assert shown.index(progress.text) == shown.index(on_1_1_1h.text) + 1
    # An item on prompts of two standards is under each.
    quarterly = next(e for e in DEMO.evidence if e.prompt_id == "1.1.1h" and e.also == ("1.4.4a",))
    assert quarterly.text in _body(DRAFT, "1.4. Information and facilities")
    # No key question heads its own findings in the draft.
    assert not any(kq.text in headings(DRAFT, 3) for kq in standard.key_questions)


def test_domain_two_and_three_give_the_percentage_per_key_question() -> None:
    assert _body(DRAFT, "2. Court disposals")[0].startswith("We took a detailed look at 20 court disposals")
    assert _body(DRAFT, "3. Out-of-court disposals")[0].startswith("We took a detailed look at 12 out-of-court "
                                                                   "disposals")
    table = rows(table_after(DRAFT, "2.1. Assessment"))
    assert table == [["Key question", "Cases judged sufficient", "Percentage"],
                     ["Desistance", "15 of 20", "75%"], ["Keeping the child safe", "14 of 20", "70%"],
                     ["Keeping other people safe (lowest)", "13 of 20", "65%"]]
    assert rows(table_after(DRAFT, "3.1. Assessment"))[1] == ["Desistance", "10 of 12", "83.3%"]
    entered = _body(DRAFT, "2.3. Implementation and delivery")
    assert entered[0] == "Rating: Good (not yet agreed)"
    assert entered[1].startswith("[Editor: this rating was entered from the case inspection")
    three_four = _body(DRAFT, "3.4. Out-of-court disposal policy and provision")
    assert "Strengths" in three_four and "Areas for improvement" in three_four


def test_the_annexes_give_the_methodology_and_the_inspection_data_with_a_chart() -> None:
    method = _body(DRAFT, "Annexe 1: Methodology")
    assert ("Each of these standards was rated from its lowest-scoring key question, that is the key question with the "
            "smallest percentage of cases judged sufficient: 'Outstanding' for 80 per cent or more; 'Good' for 65 to "
            "79 per cent; 'Requires improvement' for 50 to 64 per cent; 'Inadequate' for under 50 per cent.") in method
    assert ("Each of the twelve core standards scored points by its rating: 'Outstanding' 3, 'Good' 2, 'Requires "
            "improvement' 1, 'Inadequate' 0. The points were added up to give the overall rating: 31 to 36 points "
            "'Outstanding'; 19 to 30 points 'Good'; 7 to 18 points 'Requires improvement'; 0 to 6 points "
            "'Inadequate'.") in method
    data = rows(table_after(DRAFT, "Case inspection data"))
    assert data[0] == ["Standard", "Key question", "Cases judged sufficient", "Percentage", "Rating band"]
    assert data[1:4] == [["2.1 Assessment", "Desistance", "15 of 20", "75%", "Good"],
                         ["2.1 Assessment", "Keeping the child safe", "14 of 20", "70%", "Good"],
                         ["2.1 Assessment", "Keeping other people safe", "13 of 20", "65%", "Good"]]
    assert len(data) == 1 + 9  # 2.1, 2.2 and 3.1 have counts; the other case ratings were entered
    pictures = list(DRAFT.element.body.iter(qn("wp:docPr")))
    assert len(pictures) == 1
    alt = pictures[0].get("descr")
    assert alt.startswith("Bar chart of the percentage of inspected cases judged sufficient for each key question, "
                          "with the rating thresholds marked at 50% (Requires improvement), 65% (Good), 80% "
                          "(Outstanding).")
    assert "2.1 Assessment: keeping other people safe 65%" in alt and "3.1 Assessment: desistance 83.3%" in alt
    image = DRAFT.inline_shapes[0]
    assert image.width.cm == pytest.approx(16.0, abs=0.01)
    interviews = rows(table_after(DRAFT, "Case-manager interviews"))
    assert interviews[0] == ["Question", "Answered 'yes'", "Percentage"]
    assert interviews[1] == ["Is your workload manageable, given the profile of your cases and the range of work you "
                             "undertake?", "17 of 24", "70.8%"]
    assert ["Tallied on paper over 6 interviews", "83.3%"] in [r[1:] for r in interviews]


def test_without_case_counts_there_is_no_chart_and_the_editor_is_told() -> None:
    document = rendered(report_of(replace(DEMO, case_counts=())), ReportKind.DRAFT)
    assert list(document.element.body.iter(qn("wp:docPr"))) == []
    assert _body(document, "Case inspection data") == ["[Editor: no case counts are recorded in the inspection file.]"]
    assert _body(document, "2. Court disposals")[0].startswith("[Editor: no case counts for this domain")


@pytest.mark.parametrize("inspection", [DEMO, scaled(DEMO, 10)], ids=["demo", "10x"])
def test_no_prompt_id_uuid_or_seed_in_the_running_text(inspection: Inspection) -> None:
    text = _running_text(rendered(report_of(inspection), ReportKind.DRAFT))
    assert PROMPT_ID.findall(text) == []
    assert UUID.findall(text) == []
    assert "seed" not in text.lower()


def test_prompt_ids_in_inspector_text_are_taken_out() -> None:
    assert plain("Noted at three meetings (see 1.1.2d, 1.1.3d and 1.3.1c).") == "Noted at three meetings."
    assert plain("As 1.2.3a shows, supervision lapsed.") == "As standard 1.2 shows, supervision lapsed."
    assert plain("Audit (prompts 1.4.4a; 1.4.4e) done; ref 0f8fad5b-d9cb-469f-a165-70867728950e.") == "Audit done; ref."
    assert plain("Version 1.2.3 of the policy") == "Version 1.2.3 of the policy"  # not a prompt id
    tagged = Evidence("1.2.3a", "Supervision lapsed (see 1.2.3a).", SourceKind.MEETING, tag=EvidenceTag.STRENGTH)
    report = report_of(replace(DEMO, evidence=(tagged,)))
    staff = next(s for d in report.publication.domains for s in d.standards if s.id == "1.2")
    assert staff.strengths == ("Supervision lapsed.",)


def test_the_area_is_the_service_name_less_youth_justice_service() -> None:
    assert area_of("Northmoor Youth Justice Service") == "Northmoor"
    assert area_of("Calderdale YOT") == "Calderdale"
    assert area_of("Youth Justice Service") == "Youth Justice Service"
    assert area_of("Gwasanaeth Cyfiawnder Ieuenctid Ynys Môn") == "Gwasanaeth Cyfiawnder Ieuenctid Ynys Môn"
    assert service_of("Northmoor Youth Justice Service") == "Northmoor YJS"
    assert service_of("Calderdale Youth Offending Team") == "Calderdale YOT"
    assert service_of("Anytown yot") == "Anytown YOT"
    assert service_of("Youth Justice Service") == "Youth Justice Service"


def test_a_new_inspection_gives_the_whole_draft_with_notes_to_the_editor() -> None:
    from inspector.inspection.model import InspectionDetails, Nation

    bare = Inspection(InspectionDetails("Anytown YOT", Nation.WALES), FRAMEWORK.id, FRAMEWORK.version)
    document = rendered(report_of(bare), ReportKind.DRAFT)
    assert headings(document, 1) == SECTIONS
    assert [p.text for p in document.paragraphs[:3]] == [
        "An inspection of youth justice services in Anytown", "Anytown YOT", "Fieldwork dates not yet entered"]
    foreword = _body(document, "Foreword")
    assert any(t.startswith("[Editor: the overall rating is not yet known (no rating yet for 1.1,") for t in foreword)
    assert _body(document, "Recommendations") == [
        "[Editor: no recommendations were recorded in the inspection file; add them here, under the recipient of "
        "each.]"]
    assert list(document.element.body.iter(qn("wp:docPr"))) == []
