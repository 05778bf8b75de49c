"""Broken content files give one-line errors naming the file, the entry and the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from inspector.content import Content
from inspector.framework.errors import ContentError


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _error(folder: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        Content(folder).validate()
    message = str(caught.value)
    assert "\n" not in message, "errors are one line"
    return caught.value


def test_untouched_copy_is_valid(standards: Path) -> None:
    Content(standards).validate()


def test_yaml_syntax_error_names_file_and_line(standards: Path) -> None:
    path = standards / "1.3.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[4] = "guidance: [unclosed"
    path.write_text("\n".join(lines), encoding="utf-8")
    error = _error(standards)
    assert error.path.endswith("1.3.yaml")
    assert error.entry.startswith("line ")
    assert "not valid YAML" in error.problem


def test_missing_judgement_names_the_prompt(standards: Path) -> None:
    _edit(standards / "1.2.yaml", lambda d: d["key_questions"][0]["prompts"][2].pop("judgement"))
    error = _error(standards)
    assert str(error).endswith("1.2.yaml: key question 1.2.1, prompt c, field 'judgement': is required but missing")


def test_misspelt_field_is_refused(standards: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        prompt = d["key_questions"][1]["prompts"][0]
        prompt["guidence"] = prompt.pop("guidance")

    _edit(standards / "1.4.yaml", change)
    message = str(_error(standards))
    assert "1.4.yaml: key question 1.4.2, prompt a, field 'guidance'" in message or "guidence" in message


def test_gap_in_prompt_letters(standards: Path) -> None:
    _edit(standards / "3.4.yaml", lambda d: d["key_questions"][2]["prompts"][1].update(letter="z"))
    error = _error(standards)
    assert error.path.endswith("3.4.yaml")
    assert error.entry == "key question 3.4.3"
    assert "expected a, b, c" in error.problem


def test_key_question_out_of_sequence(standards: Path) -> None:
    _edit(standards / "4.1.yaml", lambda d: d["key_questions"][1].update(id="4.1.7"))
    assert "key question 4.1.7: is out of sequence (expected 4.1.2)" in str(_error(standards))


def test_unknown_rating_in_characteristics(standards: Path) -> None:
    _edit(standards / "1.1.yaml", lambda d: d["characteristics"][1].update(rating="Satisfactory"))
    message = str(_error(standards))
    assert "1.1.yaml: rating characteristic Satisfactory, field 'rating'" in message


def test_standard_without_key_questions(standards: Path) -> None:
    _edit(standards / "1.2.yaml", lambda d: d.update(key_questions=[]))
    assert "1.2.yaml: field 'key_questions'" in str(_error(standards))


def test_diversity_list_must_name_real_prompts(standards: Path) -> None:
    _edit(standards / "framework.yaml", lambda d: d["diversity_prompts"]["1.3"].append("1.3.9a"))
    error = _error(standards)
    assert error.path.endswith("framework.yaml")
    assert error.entry == "diversity_prompts 1.3"
    assert "'1.3.9a' is not a prompt" in error.problem


def test_listed_standard_file_missing(standards: Path) -> None:
    (standards / "4.1.yaml").unlink()
    error = _error(standards)
    assert error.path.endswith("4.1.yaml") and error.problem == "is missing"


def test_interview_link_strength_must_be_known(standards: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["key_questions"][0]["prompts"][0]["interview_link"] = {
            "strength": "might hint", "wording": "A response of less than 65 per cent", "section": "judgement"}

    _edit(standards / "1.2.yaml", change)
    assert "1.2.yaml: key question 1.2.1, prompt a, field 'interview_link', field 'strength'" in str(_error(standards))


def test_rating_scheme_band_gap(standards: Path) -> None:
    _edit(standards / "rating-scheme.yaml", lambda d: d["overall_bands"][1].update(minimum=8))
    error = _error(standards)
    assert error.path.endswith("rating-scheme.yaml")
    assert "overall_bands must cover 0-36" in error.problem


def test_rating_scheme_must_cover_the_framework(standards: Path) -> None:
    _edit(standards / "rating-scheme.yaml", lambda d: d.update(standards=d["standards"][:-1]))
    assert "standard 4.1: is in the framework but not in the rating scheme" in str(_error(standards))


def test_file_that_is_not_a_mapping(standards: Path) -> None:
    (standards / "1.1.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    assert str(_error(standards)).endswith("1.1.yaml: top level: must be a mapping of fields")


def test_every_decision_rule_has_a_summary(standards: Path) -> None:
    _edit(standards / "1.3.yaml", lambda d: d["decision_rules"][1].pop("summary"))
    assert str(_error(standards)).endswith("1.3.yaml: decision rule Good, field 'summary': is required but missing")


@pytest.mark.parametrize(("summary", "problem"), [
    ("DECISION GUIDANCE- A 'Good' rating requires that typically a reasonable majority",
     "must say the rule in plain words, not quote the seed"),
    ("Most of the domain two and three ratings are good or better.",
     "must name the rating the rule is about, in quotes ('Good')"),
    ("'Good' needs most domain two and three ratings\n'Good' or better.", "must be one line"),
])
def test_a_summary_is_plain_words_naming_its_rating(standards: Path, summary: str, problem: str) -> None:
    _edit(standards / "1.1.yaml", lambda d: d["decision_rules"][1].update(summary=summary))
    error = _error(standards)
    assert error.path.endswith("1.1.yaml") and error.entry == "decision rule Good"
    assert problem in error.problem


def _band(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(b for b in data["percentage_bands"] if b["name"] == name)


def test_two_bands_starting_at_the_same_percentage(standards: Path) -> None:
    _edit(standards / "framework.yaml", lambda d: _band(d, "Too few").update(from_percent=65))
    assert str(_error(standards)).endswith(
        "framework.yaml: percentage band Too few: from_percent 65 is also where 'Reasonable majority' starts; "
        "each band needs its own lower bound")


def test_the_lowest_band_must_start_at_zero(standards: Path) -> None:
    _edit(standards / "framework.yaml", lambda d: _band(d, "Minority").update(from_percent=10))
    assert str(_error(standards)).endswith(
        "framework.yaml: percentage band Minority: from_percent 10 leaves 0 up to 10 per cent in no band; "
        "the lowest band must start at 0")


def test_a_band_bound_over_100(standards: Path) -> None:
    _edit(standards / "framework.yaml", lambda d: _band(d, "Large majority").update(from_percent=180))
    assert str(_error(standards)).endswith(
        "framework.yaml: percentage band Large majority, field 'from_percent': Input should be less than or equal "
        "to 100")


def test_a_band_without_its_bound(standards: Path) -> None:
    _edit(standards / "framework.yaml", lambda d: _band(d, "Reasonable majority").pop("from_percent"))
    assert str(_error(standards)).endswith(
        "framework.yaml: percentage band Reasonable majority, field 'from_percent': is required but missing")


# --- the rules an entry declares (framework/rule_names.py) ---------------------------------------------------


def test_an_unknown_balance_rule_is_refused(standards: Path) -> None:
    _edit(standards / "1.4.yaml", lambda d: d["key_questions"][1]["balance_rules"][0].update(name="above-wins"))
    assert "1.4.yaml: key question 1.4.2, balance rule above-wins, field 'name': Input should be " \
           "'yes-when-above-outweighs', 'no-when-below-outweighs' or 'decisive-shortfall-precludes-yes'" \
        in str(_error(standards))


def test_a_balance_rule_declared_twice_is_refused(standards: Path) -> None:
    _edit(standards / "4.1.yaml", lambda d: d["key_questions"][0]["balance_rules"].append(
        {"name": "yes-when-above-outweighs", "source_line": 2568}))
    assert "4.1.yaml: key question 4.1.1, field 'balance_rules': Value error, 'yes-when-above-outweighs' is " \
           "declared twice" in str(_error(standards))


def test_a_declared_rule_must_cite_a_line_of_the_document(standards: Path) -> None:
    _edit(standards / "1.2.yaml", lambda d: d["default_rule"].update(source_line=3))
    assert str(_error(standards)).endswith(
        "1.2.yaml: default rule requires-improvement-if-any-no: source_line 3 is before the document's first part "
        "(line 37)")


def test_an_overall_rule_has_no_check(standards: Path) -> None:
    _edit(standards / "framework.yaml",
          lambda d: d["overall_decision_rules"][0].update(check="domain-two-and-three-all-good-or-outstanding"))
    assert "only a standard-level rule has a check on the ratings" in str(_error(standards))


def test_share_thresholds_give_one_figure_per_rating_in_order(standards: Path) -> None:
    _edit(standards / "1.1.yaml", lambda d: d["characteristics_table"][-1]["share_thresholds"].pop(1))
    assert "1.1.yaml: characteristics table row Three key questions and 11 prompts, field 'share_thresholds': " \
           "Value error, must give Outstanding, Good, Requires improvement, Inadequate in that order" \
        in str(_error(standards))
