"""Hostile exchange files: text a Word document cannot hold, numbers an inspection file cannot hold and
nesting without end, through the real CLI. Each must be one line naming the field, with no case text,
and leave nothing behind: no inspection file, no report, no backup, no change to the lead's file.

The files are written as JSON text directly from the demo's exchange file (not through `export`), so
the literals (`1e-999999`, a lone `\\ud800`, 100,000 brackets) are exactly what a hostile file holds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from inspector.cli import main
from inspector.demo import demo_file
from tests.hostile.helpers import Capture, Folder, refused

SECRET = "Child K told staff about the move"  # stands for case text: it must never reach an error
LITERAL = "@@literal@@"  # a placeholder replaced by a raw JSON literal after dumping
DEMO = json.loads(demo_file().read_text(encoding="utf-8"))
FIRST_PROMPT = next(iter(DEMO["prompts"]))
FIRST_KEY_QUESTION = next(iter(DEMO["key_questions"]))
FIRST_STANDARD = next(iter(DEMO["standards"]))

Edit = Callable[[dict[str, Any]], None]


def crafted(folder: Path, edit: Edit, literal: str = "", *, escaped: bool = True) -> Path:
    """The demo's exchange file with `edit` made to it, written as JSON text; a value set to LITERAL
    becomes `literal` as it stands (so numbers and nesting no JSON writer would produce). `escaped`:
    every non-ASCII character as a \\u escape (so a lone surrogate is "\\ud800", valid JSON text), else
    as itself in UTF-8."""
    document = json.loads(json.dumps(DEMO))
    edit(document)
    path = folder / "hostile.json"
    text = json.dumps(document, ensure_ascii=escaped).replace(f'"{LITERAL}"', literal)
    path.write_bytes(text.encode("utf-8"))
    return path


def _setter(*steps: str | int) -> Callable[[Any], Edit]:
    def make(value: Any) -> Edit:
        def edit(document: dict[str, Any]) -> None:
            target: Any = document
            for step in steps[:-1]:
                target = target[step]
            target[steps[-1]] = value
        return edit
    return make


def _comment(value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document["panel_comments"] = [{"id": "0f8c3c6e-6d0a-4c44-9a4e-3b1f2a6c7d10", "standard": "1.2",
                                       "kind": "challenge", "text": value, "by": "Ann Panel", "at": None}]
    return edit


def _label(value: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document["case_data"]["2.1"][value] = {"sufficient": 1, "cases": 2}
    return edit


# Every kind of text field, with the field path its refusal must name.
TEXT_FIELDS: dict[str, tuple[Callable[[Any], Edit], str]] = {
    "evidence text": (
        _setter("prompts", FIRST_PROMPT, "evidence", 0, "text"), f"prompts.{FIRST_PROMPT}.evidence.0.text"),
    "evidence reference": (_setter("prompts", FIRST_PROMPT, "evidence", 0, "reference"),
                           f"prompts.{FIRST_PROMPT}.evidence.0.reference"),
    "key question rationale": (_setter("key_questions", FIRST_KEY_QUESTION, "rationale"),
                               f"key_questions.{FIRST_KEY_QUESTION}.rationale"),
    "standard rationale": (_setter("standards", FIRST_STANDARD, "rationale"), f"standards.{FIRST_STANDARD}.rationale"),
    "recommendation": (_setter("recommendations", 0, "text"), "recommendations.0.text"),
    "interview comment": (_setter("interviews", 0, "responses", "workload", "comment"),
                          "interviews.0.responses.workload.comment"),
    "details: YJS": (_setter("inspection", "yjs"), "inspection.yjs"),
    "details: notes": (_setter("inspection", "notes"), "inspection.notes"),
    "team name": (_setter("inspection", "team", 1), "inspection.team.1"),
    "diversity note": (_setter("diversity", "note"), "diversity.note"),
    "panel comment": (_comment, "panel_comments.0.text"),
    "case-data label (a key)": (_label, "case_data.2.1"),
}
COMMANDS = ("import", "evaluate", "report", "merge")


@pytest.fixture(scope="module")
def lead(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lead's inspection file a hostile member file is merged into."""
    path = tmp_path_factory.mktemp("lead") / "lead.yjsi"
    assert main(["demo", str(path)]) == 0
    return path


def _argv(command: str, exchange: Path, lead: Path) -> list[str]:
    folder = exchange.parent
    return {
        "import": ["import", str(exchange), str(folder / "imported.yjsi")],
        "evaluate": ["evaluate", str(exchange)],
        "report": ["report", str(exchange), "--kind", "panel", "-o", str(folder / "panel.docx")],
        "merge": ["merge", str(lead), str(exchange)],
    }[command]


def refused_whole(command: str, exchange: Path, lead: Path, capsys: Capture) -> str:
    """The one-line refusal, checked to leave nothing written beside the file or in the lead's folder."""
    before, lead_before = Folder.of(exchange.parent), Folder.of(lead.parent)
    message = refused(_argv(command, exchange, lead), capsys, secrets=[SECRET])
    assert Folder.of(exchange.parent) == before, "a refused command wrote a file"
    assert Folder.of(lead.parent) == lead_before, "a refused merge changed the lead's folder"
    return message


def _path_and_problem(message: str) -> tuple[str, str]:
    """ "hostile.json: prompts.1.1.1a.evidence.0.text: holds ..." -> (field path, problem)."""
    name, field, problem = message.split(": ", 2)
    assert name.endswith("hostile.json")
    return field, problem


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_lone_surrogate_in_any_text_is_refused_naming_the_field(field: str, command: str, tmp_path: Path,
                                                                  lead: Path, capsys: Capture) -> None:
    setter, path = TEXT_FIELDS[field]
    exchange = crafted(tmp_path, setter(f"{SECRET} \ud800 {SECRET}"))
    where, problem = _path_and_problem(refused_whole(command, exchange, lead, capsys))
    assert where == path
    position = len(SECRET) + 2
    assert problem.endswith(f"holds a character Word cannot hold (U+D800) at position {position}")


CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]


@pytest.mark.parametrize("character", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_each_control_character_is_refused(character: str, tmp_path: Path, lead: Path, capsys: Capture) -> None:
    exchange = crafted(tmp_path, TEXT_FIELDS["evidence text"][0](f"{SECRET}{character}"))
    message = refused_whole("import", exchange, lead, capsys)
    assert message.endswith(f"text: holds a character Word cannot hold (U+{ord(character):04X}) at position "
                            f"{len(SECRET) + 1}")


@pytest.mark.parametrize("command", COMMANDS)
# A backspace and a form feed are written "\b" and "\f" in JSON, not as \u escapes.
@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\ufdd0", "\U0010ffff", "\x0b", "\x08", "\x0c"])
def test_noncharacters_and_controls_are_refused_by_every_command(character: str, command: str, tmp_path: Path,
                                                                 lead: Path, capsys: Capture) -> None:
    exchange = crafted(tmp_path, TEXT_FIELDS["recommendation"][0](character + SECRET))
    assert refused_whole(command, exchange, lead, capsys).endswith(
        f"recommendations.0.text: holds a character Word cannot hold (U+{ord(character):04X}) at position 1")


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff"])
def test_noncharacters_written_as_themselves_are_refused(character: str, tmp_path: Path, lead: Path,
                                                         capsys: Capture) -> None:
    exchange = crafted(tmp_path, TEXT_FIELDS["interview comment"][0](SECRET + character), escaped=False)
    assert refused_whole("import", exchange, lead, capsys).endswith(
        f"comment: holds a character Word cannot hold (U+{ord(character):04X}) at position {len(SECRET) + 1}")


def test_tab_newline_and_carriage_return_are_text(tmp_path: Path, capsys: Capture) -> None:
    exchange = crafted(tmp_path, TEXT_FIELDS["evidence text"][0]("one\ttwo\nthree\r\nfour"))
    assert main(["import", str(exchange), str(tmp_path / "ok.yjsi")]) == 0
    capsys.readouterr()


DEEP = 100_000

# (edit, literal, the field path, the start of the problem)
NUMBERS: dict[str, tuple[Edit, str, str, str]] = {
    "deep arrays": (_setter("inspection", "notes")(LITERAL), "[" * DEEP + "]" * DEEP, "document",
                    "is nested more than 16 deep"),
    "deep objects": (_setter("inspection", "notes")(LITERAL), '{"a":' * DEEP + "1" + "}" * DEEP, "document",
                     "is nested more than 16 deep"),
    "nesting past the limit, within the parser's": (
        _setter("diversity", "note")(LITERAL), "[" * 40 + "]" * 40, "diversity.note" + ".0" * 14,
        "is nested more than 16 deep"),
    "a 5,000-digit whole number": (_setter("inspection", "resettlement_cases_12_months")(LITERAL), "7" * 5000,
                                   "inspection.resettlement_cases_12_months", "is a whole number of 5000 digits"),
    "a whole number past 2**63 - 1": (_setter("case_data", "2.1", "Desistance", "cases")(LITERAL), str(2**63),
                                      "case_data.2.1.Desistance.cases", "is beyond the whole numbers"),
    "a huge negative number": (_setter("interview_percentages", "1.2.5e", "interviews")(LITERAL),
                               str(-(2**63) - 1), "interview_percentages.1.2.5e.interviews",
                               "is beyond the whole numbers"),
    "a 5,000-digit negative number": (_setter("interview_percentages", "1.2.5e", "interviews")(LITERAL),
                                      "-" + "9" * 5000, "interview_percentages.1.2.5e.interviews",
                                      "is a whole number of 5000 digits"),
    "percent 1e-999999": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "1e-999999",
                          "interview_percentages.1.2.5e.percent", "has more digits than"),
    "percent 1e999999": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "1e999999",
                         "interview_percentages.1.2.5e.percent", "has more digits than"),
    "percent -1": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "-1",
                   "interview_percentages.1.2.5e.percent", "-1 is outside 0–100"),
    "percent 100.5": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "100.5",
                      "interview_percentages.1.2.5e.percent", "100.5 is outside 0–100"),
    "percent 1e3": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "1e3",
                    "interview_percentages.1.2.5e.percent", "1E+3 is outside 0–100"),
    "NaN": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "NaN",
            "interview_percentages.1.2.5e.percent",
            "NaN is not a number JSON allows"),
    "Infinity": (_setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "Infinity",
                 "interview_percentages.1.2.5e.percent",
                 "Infinity is not a number JSON allows"),
    "-Infinity": (_setter("case_data", "2.1", "Desistance", "cases")(LITERAL), "-Infinity",
                  "case_data.2.1.Desistance.cases",
                  "-Infinity is not a number JSON allows"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", NUMBERS)
def test_numbers_and_nesting_no_inspection_holds_are_refused(case: str, command: str, tmp_path: Path,
                                                             lead: Path, capsys: Capture) -> None:
    edit, literal, path, problem = NUMBERS[case]
    message = refused_whole(command, crafted(tmp_path, edit, literal), lead, capsys)
    assert len(message) < 300  # one readable line, never the 5,000 digits
    where, said = _path_and_problem(message)
    assert (where, said[:len(problem)]) == (path, problem)


def test_percent_1e2_is_exactly_100_and_accepted(tmp_path: Path, capsys: Capture) -> None:
    exchange = crafted(tmp_path, _setter("interview_percentages", "1.2.5e", "percent")(LITERAL), "1e2")
    assert main(["evaluate", str(exchange)]) == 0
    assert "1.2.5e  100% (tallied over 6" in capsys.readouterr().out


def test_the_largest_whole_number_sqlite_holds_is_accepted(tmp_path: Path, capsys: Capture) -> None:
    exchange = crafted(tmp_path, _setter("case_data", "2.1", "Desistance", "cases")(LITERAL), str(2**63 - 1))
    assert main(["import", str(exchange), str(tmp_path / "big.yjsi")]) == 0
    capsys.readouterr()
