"""The `inspector framework` commands."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.cli import main
from inspector.content import load_content
from tests.seed import REPO


def test_framework_json_has_every_standard_key_question_and_prompt(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    framework = load_content().framework
    assert (data["id"], data["title"], data["version"]) == (framework.id, framework.title, "v3.4, June 2024")
    assert [s["id"] for s in data["standards"]] == ["1.1", "1.2", "1.3", "1.4", "3.4", "4.1"]
    prompts = [p for s in data["standards"] for kq in s["key_questions"] for p in kq["prompts"]]
    assert len(prompts) == 117
    for p in prompts:
        assert {"id", "letter", "text", "guidance", "evidence", "judgement", "diversity", "interview_link"} <= set(p)
        assert p["id"].endswith(p["letter"])
        assert p["text"] == framework.prompt(p["id"]).text
    first = data["standards"][0]
    assert first["statement"].startswith("The governance and leadership of the YOT")
    assert first["key_questions"][0]["id"] == "1.1.1"
    assert sum(p["diversity"] for p in prompts) == 19


def test_framework_tree_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework"]) == 0
    out = capsys.readouterr().out
    assert ("1.2 Staff\n  (Rules and guidance, 1.2 Staff, p. 24; Rating characteristics, 1.2 Staff, p. 113)\n"
            "  1.2.1 Do staffing and workload levels support") in out
    assert "Cited from: HM Inspectorate of Probation, Youth justice inspection standards" in out
    assert "seed" not in out.lower()
    assert "    a) Are staffing levels sufficient?" in out
    assert out.rstrip().endswith("6 standards, 21 key questions, 117 prompts")


def test_check_valid_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "check", str(REPO)]) == 0
    assert "valid (v3.4, June 2024, 6 standards, 117 prompts)" in capsys.readouterr().out


def test_check_lists_the_rules_recognised_per_standard(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "check", str(REPO)]) == 0
    out = capsys.readouterr().out
    framework = load_content().framework
    assert "\nRules recognised:\n1.1 Governance and leadership\n" in out
    assert ("\n  default rule: requires-improvement-if-any-no (Rules and guidance, 1.1 Governance and leadership, "
            "p. 7)\n") in out
    assert ("\n  1.2.5 balance: no-when-below-outweighs, decisive-shortfall-precludes-yes (Rules and guidance, "
            "1.2 Staff, key question 1.2.5, p. 24)\n") in out
    assert ("\n  decision guidance 'Good': 2.3-and-3.3-both-good-or-requires-improvement (Introduction, Decision rules "
            "and decision guidance, Standard 1.3 Partnerships and Services, p. 3)\n") in out
    assert "\n  share of positive responses, per cent: table row 'Three key questions and 11 prompts', Outstanding " \
           "over 80, Good 65, Requires improvement 50, Inadequate 40 or lower (Rating characteristics" in out
    # 3.4 prints no standard-level judgement, so it declares no default (seed lines 1984-2009).
    assert "3.4 Out-of-court disposal policy and provision\n  default rule: none (the engine proposes no default)\n" \
        in out
    balanced = [line.split(" balance: ")[0].strip() for line in out.splitlines() if " balance: " in line]
    assert balanced == [kq.id for s in framework.standards for kq in s.key_questions]
    assert out.count("balance: yes-when-above-outweighs, decisive-shortfall-precludes-yes") == 20
    assert out.count("\n  decision ") == 8 and "seed" not in out.lower()


@pytest.mark.parametrize(
    ("find", "replace", "where"),
    [
        pytest.param("name: yes-when-above-outweighs", "name: yes-when-above-outweigh", "1.3.yaml: key question 1.3.1, "
                     "balance rule yes-when-above-outweigh, field 'name': Input should be 'yes-when-above-outweighs'",
                     id="balance-rule"),
        pytest.param("name: requires-improvement-if-any-no", "name: good-if-all-yes",
                     "1.3.yaml: field 'default_rule', field 'name': Input should be 'requires-improvement-if-any-no'",
                     id="default-rule"),
        pytest.param("check: 2.3-and-3.3-both-outstanding", "check: both-outstanding",
                     "1.3.yaml: decision rule Outstanding, field 'check': Input should be", id="decision-check"),
    ],
)
def test_check_refuses_an_unknown_rule_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], find: str, replace: str, where: str
) -> None:
    folder = tmp_path / "standards"
    shutil.copytree(REPO / "standards", folder)
    path = folder / "1.3.yaml"
    text = path.read_text(encoding="utf-8")
    assert find in text
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")
    assert main(["framework", "check", str(folder)]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and not captured.out
    assert where in captured.err


def test_check_broken_folder_gives_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "standards"
    shutil.copytree(REPO / "standards", folder)
    path = folder / "1.2.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- letter: b", "- letter: q", 1), encoding="utf-8")
    assert main(["framework", "check", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "1.2.yaml: key question 1.2.1: prompt letters run a, q" in err


def test_notes_document_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    """docs/framework-notes.md is generated from the data; regenerate it when a note changes."""
    assert main(["framework", "notes"]) == 0
    assert (REPO / "docs" / "framework-notes.md").read_text(encoding="utf-8") == capsys.readouterr().out


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "inspector.cli", "framework", "--json"], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout)["version"] == "v3.4, June 2024"


def test_output_cut_short_is_not_an_error() -> None:
    """`inspector framework --json | head` : the reader stops early; no traceback, exit 0."""
    process = subprocess.Popen(
        [sys.executable, "-m", "inspector.cli", "framework", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # the JSON is far larger than the pipe's buffer, so the writer meets a closed pipe
    error = process.stderr.read()
    assert process.wait() == 0
    assert b"Traceback" not in error


def test_an_unexpected_fault_is_one_line_without_its_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The last defence: a fault no check caught never prints a traceback or the exception's message,
    # which may quote case text.
    import inspector.cli

    def fault(args: object) -> int:
        raise ValueError("Child A disclosed exploitation")

    real = inspector.cli.build_parser

    def faulty_parser() -> argparse.ArgumentParser:
        parser = real()
        for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
            for command in action.choices.values():
                command.set_defaults(run=fault)
        return parser

    monkeypatch.setattr(inspector.cli, "build_parser", faulty_parser)
    assert main(["framework"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: an unexpected fault stopped the command (ValueError at ")
    assert "Child A" not in err and "Traceback" not in err
