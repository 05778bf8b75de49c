"""The encoded framework against the seed itself: verbatim text, nothing missing, references resolve."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

import pytest

from inspector.content import load_content
from inspector.framework.model import EditorialNote, Framework, InterviewStrength
from inspector.framework.rule_names import BalanceRule, DecisionCheck, DefaultRule, ShareReading
from tests.seed import SEED, SHARED_SEED, SHARED_SOURCES, SOURCES, normalise, pieces, seed_lines

# A text joined from places the PDF conversion split (a table cell across a page break) may span a
# few runs of the seed, but only where an editorial note says so.
MAX_PIECES_WITH_NOTE = 4


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_content().framework


def _texts(framework: Framework) -> Iterator[tuple[str, str, tuple[EditorialNote, ...]]]:
    """(where, text, notes) for every verbatim text field in the framework."""
    yield "framework introduction_rules", framework.introduction_rules, framework.editorial_notes
    for band in framework.percentage_bands:
        yield f"band {band.name}", band.text, ()
    for rule in framework.overall_decision_rules:
        yield f"overall rule {rule.source_line}", rule.text, rule.editorial_notes
    for s in framework.standards:
        for field in ("statement", "guidance", "evidence", "judgement", "characteristics_statement"):
            yield f"{s.id} {field}", getattr(s, field), s.editorial_notes
        for rule in s.decision_rules:
            yield f"{s.id} rule {rule.source_line}", rule.text, rule.editorial_notes
        for kq in s.key_questions:
            for field in ("text", "guidance", "evidence", "judgement"):
                yield f"{kq.id} {field}", getattr(kq, field), kq.editorial_notes
            for p in kq.prompts:
                for field in ("text", "guidance", "evidence", "judgement"):
                    yield f"{p.id} {field}", getattr(p, field), p.editorial_notes
                if p.interview_link:
                    yield f"{p.id} interview wording", p.interview_link.wording, ()
        for c in s.characteristics:
            for field in ("summary", "decision", "text"):
                yield f"{s.id} {c.rating.value} {field}", getattr(c, field), c.editorial_notes
        for row in s.characteristics_table:
            yield f"{s.id} table heading {row.heading}", row.heading, row.editorial_notes
            for field in ("outstanding", "good", "requires_improvement", "inadequate"):
                yield f"{s.id} table {row.heading} {field}", getattr(row, field), row.editorial_notes


def test_repository_seed_is_the_shared_authority() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("the shared seeds folder is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


@pytest.mark.parametrize("seed", sorted(SOURCES))
def test_repository_sources_are_the_shared_documents(seed: str) -> None:
    shared = SHARED_SEED.parent / SHARED_SOURCES[seed]
    if not shared.exists():
        pytest.skip("the shared seeds folder is not beside this checkout")
    assert SOURCES[seed].read_bytes() == shared.read_bytes()


def test_every_text_is_quoted_from_the_seed(framework: Framework) -> None:
    problems = []
    for where, text, notes in _texts(framework):
        if not text:
            continue
        try:
            runs = pieces(text)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        limit = MAX_PIECES_WITH_NOTE if notes else 1
        if len(runs) > limit:
            problems.append(f"{where}: joined from {len(runs)} places in the seed; starts {runs[1][:60]!r}")
    assert not problems, "\n".join(problems)


def test_source_lines_point_at_the_entries(framework: Framework) -> None:
    lines = seed_lines()
    for s in framework.standards:
        for kq in s.key_questions:
            assert normalise(kq.text) in normalise(lines[kq.source_line - 1]), kq.id
            for p in kq.prompts:
                assert normalise(p.text) in normalise(lines[p.source_line - 1]), p.id
        for c in s.characteristics:
            assert c.rating.value in lines[c.source_line - 1], (s.id, c.rating)
        for row in s.characteristics_table:
            assert normalise(row.heading) in normalise(lines[row.source_line - 1]), (s.id, row.heading)
    rules = [*framework.overall_decision_rules, *(r for s in framework.standards for r in s.decision_rules)]
    for rule in rules:
        assert normalise(lines[rule.source_line - 1])[:60] == normalise(rule.text)[:60]


_KQ_HEADING = re.compile(r"^(\d\.\d\.\d)\s+(.+\?)$")
_PROMPT_HEADING = re.compile(r"^([a-z])\)\s+(.+?\?)")


def _seed_headings() -> list[tuple[int, str, str]]:
    """(line, kind, text) for every line of the rules and guidance that reads as a heading."""
    lines = seed_lines()
    start = lines.index("# Rules and guidance")
    end = lines.index("# Rating characteristics")
    found = []
    for number in range(start, end):
        text = normalise(lines[number])
        if len(text) > 400:
            continue
        if m := _KQ_HEADING.match(text):
            found.append((number + 1, "kq", m.group(0)))
        elif m := _PROMPT_HEADING.match(text):
            found.append((number + 1, "prompt", m.group(0)))
    return found


def test_no_heading_in_the_seed_is_missing(framework: Framework) -> None:
    encoded = {kq.source_line: normalise(f"{kq.id} {kq.text}") for s in framework.standards for kq in s.key_questions}
    encoded |= {p.source_line: normalise(f"{p.letter}) {p.text}") for p in framework.prompts}
    headings = _seed_headings()
    missing = [f"line {line}: {text}" for line, _, text in headings if encoded.get(line) != text]
    assert not missing, "\n".join(missing)
    assert len(headings) == len(encoded) == 21 + 117


def test_counts_match_the_seed(framework: Framework) -> None:
    assert [s.id for s in framework.standards] == ["1.1", "1.2", "1.3", "1.4", "3.4", "4.1"]
    assert sum(len(s.key_questions) for s in framework.standards) == 21
    assert len(framework.prompts) == 117


def test_letters_run_without_gaps(framework: Framework) -> None:
    for s in framework.standards:
        for kq in s.key_questions:
            assert [p.letter for p in kq.prompts] == list(string.ascii_lowercase[: len(kq.prompts)]), kq.id


def test_diversity_prompts_are_the_introductions_list(framework: Framework) -> None:
    # Seed lines 57-93: "For domain one and our qualitative standards 3.4 and 4.1, we will use the following prompts"
    lines = seed_lines()
    listed = set()
    standard = ""
    for line in lines[56:93]:
        if m := re.match(r"^### \*(\d\.\d) ", line):
            standard = m.group(1)
        elif m := re.match(r"^- (\d\.\d\.\d) (.+)$", line):
            listed |= {f"{m.group(1)}{letter}" for letter in re.findall(r"\(([a-z])\)", m.group(2))}
            assert m.group(1).startswith(standard)
    assert {p.id for p in framework.prompts if p.diversity} == listed
    assert len(listed) == 19


def test_interview_links_quote_their_section(framework: Framework) -> None:
    linked = [p for p in framework.prompts if p.interview_link]
    assert linked, "the seed names prompts that draw on case-manager interviews"
    for p in linked:
        link = p.interview_link
        assert link is not None
        section = getattr(p, link.section)
        assert normalise(link.wording) in normalise(section), p.id
        if link.strength is not InterviewStrength.TAKEN_INTO_ACCOUNT:
            assert link.strength.value in normalise(link.wording) or "negative judgement" in link.wording, p.id
        if link.threshold_percent is not None:
            assert f"{link.threshold_percent} per cent" in link.wording, p.id


def test_every_prompt_mentioning_case_manager_interviews_is_linked(framework: Framework) -> None:
    mentions = re.compile(r"case managers?['’]? (interviews|views|responses)|interviews with case managers|"
                          r"asked of case managers|case managers interviewed", re.IGNORECASE)
    unlinked = [
        p.id
        for p in framework.prompts
        if mentions.search(" ".join((p.guidance, p.evidence, p.judgement))) and p.interview_link is None
    ]
    assert not unlinked


# --- the document's own places (standards/document.yaml), which citations are made of -------------------

_CONTENTS_ENTRY = re.compile(r"^(?P<name>.+?)\s*\.{2,}\s*(?P<page>\d+)$")


def _heading_text(line: str) -> str:
    """A heading line as the reader sees it: markup gone, '1.1.' numbered as '1.1'."""
    return re.sub(r"^(\d\.\d)\.", r"\1", normalise(line))


def test_places_sit_on_the_seeds_headings(framework: Framework) -> None:
    """Each part, section and passage starts on a heading of the seed that reads as its name (a
    standard's table, which the document does not name, under its standard's title printed again)."""
    lines = seed_lines()
    wrong = []
    for part in framework.document.parts:
        for name, line in ((part.name, part.line),
                           *((s.name, s.line) for s in part.sections),
                           *((p.name, p.line) for s in part.sections for p in s.passages)):
            heading = lines[line - 1]
            text = _heading_text(heading)
            if name == "table":  # the repeated title above 3.4's and 4.1's tables
                owner = next(s for s in part.sections if any(p.line == line for p in s.passages))
                name = owner.name
            if not heading.startswith("#") or text.lower() != name.lower():
                wrong.append(f"line {line}: {heading!r} is not the heading {name!r}")
    assert not wrong, "\n".join(wrong)


def test_parts_are_the_seeds_top_level_headings(framework: Framework) -> None:
    top = [number + 1 for number, line in enumerate(seed_lines()) if line.startswith("# ") and number > 20]
    assert [part.line for part in framework.document.parts[1:]] == top  # the Introduction is a '##' heading


def test_pages_are_the_seeds_contents_list(framework: Framework) -> None:
    """Seed lines 20-35: every part and every section with a page, in order, as the contents list gives them."""
    listed = []
    for line in seed_lines()[19:35]:
        entry = _CONTENTS_ENTRY.match(normalise(line))
        assert entry, line
        listed.append((re.sub(r"^(\d\.\d)\.", r"\1", entry["name"]), int(entry["page"])))
    assert listed[0] == ("Contents", 2)
    declared = []
    for part in framework.document.parts:
        declared.append((part.name, part.page))
        declared += [(s.name, s.page) for s in part.sections if s.page is not None]
    assert declared == listed[1:]


def test_every_standard_has_both_places(framework: Framework) -> None:
    for standard in framework.standards:
        sections = [(part.name, s.line) for part in framework.document.parts for s in part.sections
                    if s.standard == standard.id]
        assert [name for name, _ in sections] == ["Rules and guidance", "Rating characteristics"], standard.id
        assert sections[0][1] == standard.source_line, standard.id


# --- the rules each entry declares (framework/rule_names.py) stand on the seed's wording ----------------------

# The words of the seed each rule name stands for, as normalise() gives them. The engine never reads these: it
# goes by the declarations, and these tests prove each declaration is the seed's at the line it cites, and
# that every text stating a rule declares it.
_BALANCE_WORDING = {
    BalanceRule.YES_WHEN_ABOVE_OUTWEIGHS: "Where on balance the areas above the line outweigh those that are below, "
                                          "the inspector should consider a 'yes' judgement to the key question.",
    BalanceRule.NO_WHEN_BELOW_OUTWEIGHS: "Where on balance the areas below the line outweigh those that are above, "
                                         "the lead inspector should consider a negative judgement.",
    BalanceRule.DECISIVE_SHORTFALL_PRECLUDES_YES: "One or more areas that are considered below the line may be of such "
                                                  "importance that they preclude a judgement of 'yes'.",
}
_DEFAULT_WORDING = {
    DefaultRule.REQUIRES_IMPROVEMENT_IF_ANY_NO: "initial default judgement of 'Requires improvement' in relation to "
                                                "the standard if one or more of the key questions is answered 'no'.",
}
_CHECK_WORDING = {
    DecisionCheck.ALL_GOOD_OR_BETTER: "An 'Outstanding' rating requires that all domain two and three ratings are "
                                      "'Good' or 'Outstanding'",
    DecisionCheck.MAJORITY_GOOD_NONE_INADEQUATE: "a reasonable majority of domain two and three ratings are 'Good' or "
                                                 "'Outstanding' with no 'Inadequate' ratings",
    DecisionCheck.UNDER_HALF_GOOD_REST_REQUIRES_IMPROVEMENT: "fewer than half 'Good' or 'Outstanding' domain two and "
                                                             "three ratings and typically a reasonable majority of the "
                                                             "remainder being 'Requires Improvement' rather than "
                                                             "'Inadequate'",
    DecisionCheck.UNDER_HALF_GOOD_REST_INADEQUATE: "less than half of domain two and three ratings being 'Good' or "
                                                   "'Outstanding' and more than half of the remaining ratings being "
                                                   "'Inadequate'",
    DecisionCheck.BOTH_OUTSTANDING: "requires an 'Outstanding' rating for both 2.3 and 3.3",
    DecisionCheck.BOTH_GOOD_OR_REQUIRES_IMPROVEMENT: "a 'Good' or 'Requires Improvement' rating for both 2.3 and 3.3",
    DecisionCheck.BOTH_INADEQUATE_OR_REQUIRES_IMPROVEMENT: "an 'Inadequate' or 'Requires improvement' rating for both "
                                                           "2.3 and 3.3",
}
_SHARE_WORDING = {ShareReading.OVER: "over {} per cent", ShareReading.AT_LEAST: "{} per cent",
                  ShareReading.OR_LOWER: "{} per cent or lower"}
# A sentence the PDF conversion split over a page break runs on a few lines further (4.1.1's, lines 2568-2572).
_SPAN = 6


def _at(line: int, wording: str) -> bool:
    """The seed's wording starts at `line`: its first words are on the line, the whole within a few lines."""
    lines = seed_lines()
    text = normalise(" ".join(lines[line - 1:line - 1 + _SPAN])).lower()
    opening = " ".join(wording.split()[:4]).lower()
    return normalise(wording).lower() in text and opening in normalise(lines[line - 1]).lower()


def _states(text: str, wording: str) -> bool:
    return normalise(wording).lower() in normalise(text).lower()


def test_every_rule_name_has_the_seeds_wording() -> None:
    assert set(_BALANCE_WORDING) == set(BalanceRule)
    assert set(_DEFAULT_WORDING) == set(DefaultRule)
    assert set(_CHECK_WORDING) == set(DecisionCheck)
    assert set(_SHARE_WORDING) == set(ShareReading)


def test_balance_rules_are_the_judgements_at_their_lines(framework: Framework) -> None:
    wrong = []
    for kq in (kq for s in framework.standards for kq in s.key_questions):
        declared = {d.name for d in kq.balance_rules}
        stated = {name for name, wording in _BALANCE_WORDING.items() if _states(kq.judgement, wording)}
        if declared != stated:
            wrong.append(f"{kq.id}: declares {sorted(declared)}, its judgement states {sorted(stated)}")
        wrong += [f"{kq.id}: {d.name} is not the seed's at line {d.source_line}"
                  for d in kq.balance_rules if not _at(d.source_line, _BALANCE_WORDING[d.name])]
        wrong += [f"{kq.id}: {d.name} cites line {d.source_line}, outside the key question"
                  for d in kq.balance_rules if not kq.source_line < d.source_line < kq.prompts[0].source_line]
    assert not wrong, "\n".join(wrong)


def test_default_rules_are_the_standards_judgements_at_their_lines(framework: Framework) -> None:
    for standard in framework.standards:
        stated = [name for name, wording in _DEFAULT_WORDING.items() if _states(standard.judgement, wording)]
        declared = standard.default_rule
        assert ([declared.name] if declared else []) == stated, standard.id
        if declared is not None:
            assert _at(declared.source_line, _DEFAULT_WORDING[declared.name]), standard.id
            assert standard.source_line < declared.source_line < standard.key_questions[0].source_line
    # Seed lines 1984-2009: 3.4 prints no standard-level judgement, so it has no default.
    assert [s.id for s in framework.standards if s.default_rule is None] == ["3.4"]


def test_decision_checks_are_the_rules_wording(framework: Framework) -> None:
    rules = [r for s in framework.standards for r in s.decision_rules if r.applies_to == "standard"]
    assert rules and all(r.check is not None for r in rules)
    for rule in rules:
        assert rule.check is not None
        assert _states(rule.text, _CHECK_WORDING[rule.check]), (rule.source_line, rule.check)
        assert normalise(_CHECK_WORDING[rule.check]).lower() in normalise(seed_lines()[rule.source_line - 1]).lower()
    assert all(r.check is None for r in framework.overall_decision_rules)


def test_share_thresholds_are_the_cells_figures(framework: Framework) -> None:
    """Each declared figure is its cell's (each cell is the seed's wording at the row's lines, as
    test_every_text_is_quoted_from_the_seed proves); a row whose every cell gives a percentage declares them."""
    figure = re.compile(r"\d+ per ?cent")
    declared = []
    for standard in framework.standards:
        for row in standard.characteristics_table:
            cells = [normalise(row.cell(c.rating)) for c in standard.characteristics]
            assert bool(row.share_thresholds) == all(figure.search(c) for c in cells), (standard.id, row.heading)
            for threshold, cell in zip(row.share_thresholds, cells if row.share_thresholds else (), strict=True):
                wording = _SHARE_WORDING[threshold.reading].format(threshold.percent)
                # 'over' and 'or lower' are part of the wording; a bare figure has neither.
                bare = threshold.reading is ShareReading.AT_LEAST
                assert re.search(rf"(?<!over ){re.escape(wording)}(?! or lower)" if bare else re.escape(wording),
                                 cell), (row.heading, wording)
                declared.append((standard.id, wording))
    assert declared == [
        ("1.1", "over 80 per cent"), ("1.1", "65 per cent"), ("1.1", "50 per cent"), ("1.1", "40 per cent or lower")]
