"""What the command line prints cites the standards document by its own places and never by a line of the
converted text ("seed line N"): `inspector evaluate` on the demo, `inspector framework` and its notes."""

from __future__ import annotations

import json
import re

import pytest

from inspector.cli import main
from inspector.demo import demo_file

# Nothing a reader is given may speak of the seed or count its lines.
NOT_SHOWN = re.compile(r"seed|\blines? \d", re.IGNORECASE)


def _printed(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_evaluate_cites_places(capsys: pytest.CaptureFixture[str]) -> None:
    out = _printed(capsys, "evaluate", str(demo_file()))
    assert not NOT_SHOWN.search(out), NOT_SHOWN.search(out)
    assert ("[guidance] (Introduction, Decision rules and decision guidance, Standard 1.1 Leadership, p. 3) "
            "The proposed 'Good' for 1.1") in out
    assert "[note] (Rules and guidance, 3.4 Out-of-court disposal policy and provision, p. 70)" in out


def test_evaluate_json_messages_say_no_lines(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON keeps each finding's source_line as data for programs; its words say nothing of lines."""
    data = json.loads(_printed(capsys, "evaluate", "--json", str(demo_file())))
    words: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key != "source_line":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            words.append(node)

    walk(data)
    assert words and not [w for w in words if NOT_SHOWN.search(w)]


@pytest.mark.parametrize("args", [("framework",), ("framework", "notes")], ids=["tree", "notes"])
def test_framework_output_cites_places(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    out = _printed(capsys, *args)
    assert not NOT_SHOWN.search(out), NOT_SHOWN.search(out)
    assert "HM Inspectorate of Probation, Youth justice inspection standards" in out
    assert "Rating characteristics, 1.1 Governance and leadership" in out
