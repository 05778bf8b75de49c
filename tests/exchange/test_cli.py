"""`inspector export / import / merge / evaluate / demo` through the CLI's main()."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from inspector.cli import main
from inspector.demo import demo_file, load_demo
from inspector.exchange.codec import write_exchange
from inspector.exchange.merge import MEMBER_MARK
from inspector.rules.evaluate import evaluate, evaluation_to_json, format_evaluation
from inspector.store import InspectionFile
from tests.exchange.strategies import CONTENT

DEMO = load_demo(CONTENT)
Capture = pytest.CaptureFixture[str]


def _open(path: Path) -> InspectionFile:
    return InspectionFile.open(path, CONTENT.framework, "test", read_only=True, rating_scheme=CONTENT.rating_scheme)


def _demo_file(folder: Path, capsys: Capture) -> Path:
    path = folder / "northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


def _refused(argv: list[str], capsys: Capture) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    return err


def test_demo_creates_the_demo_inspection(tmp_path: Path, capsys: Capture) -> None:
    path = _demo_file(tmp_path, capsys)
    with _open(path) as opened:
        assert opened.snapshot() == DEMO
        reasons = {entry.reason for entry in opened.audit()[1:]}
    assert reasons == {"", "demo inspection (northmoor-yjs.json)"}
    assert "already exists" in _refused(["demo", str(path)], capsys)


def test_export_prints_or_writes_the_exchange_file(tmp_path: Path, capsys: Capture) -> None:
    path = _demo_file(tmp_path, capsys)
    assert main(["export", str(path), "--plain"]) == 0
    printed = capsys.readouterr().out
    # The demo as this tool writes it (the committed demo file may still be its version 2 spelling).
    assert printed == write_exchange(DEMO)
    out = tmp_path / "out.json"
    out.write_text("an older export", encoding="utf-8")
    assert main(["export", str(path), "--plain", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == printed
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")) == []


def test_export_of_something_that_is_not_an_inspection_writes_nothing(tmp_path: Path, capsys: Capture) -> None:
    fake = tmp_path / "notes.yjsi"
    fake.write_text("not an inspection", encoding="utf-8")
    out = tmp_path / "out.json"
    assert "not an inspection file" in _refused(["export", str(fake), "--plain", "-o", str(out)], capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.yjsi"]


def test_import_then_export_gives_the_same_bytes(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "imported.yjsi"
    assert main(["import", str(demo_file()), str(target)]) == 0
    assert "created" in capsys.readouterr().out
    with _open(target) as opened:
        assert opened.snapshot() == DEMO
        assert {e.reason for e in opened.audit() if e.what.startswith("evidence")} == {f"imported from {demo_file()}"}
    out = tmp_path / "again.json"
    assert main(["export", str(target), "--plain", "-o", str(out)]) == 0
    assert out.read_bytes() == write_exchange(DEMO).encode("utf-8")


def test_import_refuses_bad_input_and_writes_nothing(tmp_path: Path, capsys: Capture) -> None:
    document = json.loads(demo_file().read_text(encoding="utf-8"))
    document["standards"]["1.2"]["proposed"] = "Satisfactory"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "new.yjsi"
    err = _refused(["import", str(bad), str(target)], capsys)
    assert err == f"error: {bad}: standards.1.2.proposed: 'Satisfactory' is not a rating " \
                  "(Outstanding, Good, Requires improvement, Inadequate)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_import_refuses_an_existing_file_and_a_wrong_name(tmp_path: Path, capsys: Capture) -> None:
    existing = _demo_file(tmp_path, capsys)
    before = existing.read_bytes()
    assert "already exists" in _refused(["import", str(demo_file()), str(existing)], capsys)
    assert existing.read_bytes() == before
    assert "must end in .yjsi" in _refused(["import", str(demo_file()), str(tmp_path / "x.db")], capsys)
    assert "no such file" in _refused(["import", str(tmp_path / "missing.json"), str(tmp_path / "y.yjsi")], capsys)
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "y.yjsi").exists()


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_evaluate_an_inspection_file_or_an_exchange_file(tmp_path: Path, capsys: Capture, as_json: bool) -> None:
    evaluation = evaluate(CONTENT.framework, CONTENT.rating_scheme, CONTENT.forms, DEMO)
    flag = ["--json"] if as_json else []
    for path in (_demo_file(tmp_path, capsys), demo_file()):
        assert main(["evaluate", str(path), *flag]) == 0
        out = capsys.readouterr().out
        if as_json:
            assert json.loads(out) == json.loads(json.dumps(evaluation_to_json(evaluation)))
        else:
            assert out.rstrip("\n") == format_evaluation(evaluation, CONTENT.framework).rstrip("\n")


def test_evaluate_refuses_what_is_not_an_inspection(tmp_path: Path, capsys: Capture) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not an inspection", encoding="utf-8")
    refused = _refused(["evaluate", str(text)], capsys)
    assert "give an inspection file (.yjsi) or an exchange file (.json.age or .json)" in refused
    fake = tmp_path / "notes.yjsi"
    fake.write_text("not an inspection", encoding="utf-8")
    assert "not an inspection file" in _refused(["evaluate", str(fake)], capsys)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "yjs-inspection", "version": 5}', encoding="utf-8")
    assert _refused(["evaluate", str(broken)], capsys) == \
        f"error: {broken}: version: 5 is newer than this tool reads (4); update YJS Inspector\n"


def test_merge_adds_reports_and_audits(tmp_path: Path, capsys: Capture) -> None:
    lead = _demo_file(tmp_path, capsys)
    first = DEMO.evidence[0]
    extra = replace(DEMO.interviews[0], id="0b8e1f0a-1111-4222-8333-444455556666", reference="CM-25")
    member = replace(DEMO, evidence=(replace(first, text="Signed off in June, not May."), *DEMO.evidence[1:]),
                     interviews=(*DEMO.interviews, extra))
    member_file = tmp_path / "member.json"
    member_file.write_text(write_exchange(member), encoding="utf-8")
    assert main(["merge", str(lead), str(member_file)]) == 0
    out = capsys.readouterr().out
    assert "interviews: 1 added, 24 already there (skipped), 0 in conflict" in out
    assert f"evidence: 0 added, {len(DEMO.evidence) - 1} already there (skipped), 1 in conflict" in out
    assert f"(id {first.id}): differs in text" in out
    with _open(lead) as opened:
        merged = opened.snapshot()
        rows = [e for e in opened.audit() if e.reason == f"merged from {member_file}"]
    assert first in merged.evidence
    (copy,) = [e for e in merged.evidence if e.reference == first.reference + MEMBER_MARK]
    assert copy.text == "Signed off in June, not May."
    assert "CM-25" in {i.reference for i in merged.interviews}
    assert len(rows) == 2


def test_merge_refuses_another_inspection_and_writes_nothing(tmp_path: Path, capsys: Capture) -> None:
    lead = _demo_file(tmp_path, capsys)
    other = replace(DEMO, details=replace(DEMO.details, id="0b8e1f0a-1111-4222-8333-444455556666", yjs="Southdale YJS"))
    member_file = tmp_path / "other.json"
    member_file.write_text(write_exchange(other), encoding="utf-8")
    with _open(lead) as opened:
        before = (opened.snapshot(), len(opened.audit()))
    assert "is a different inspection ('Southdale YJS'" in _refused(["merge", str(lead), str(member_file)], capsys)
    with _open(lead) as opened:
        assert (opened.snapshot(), len(opened.audit())) == before


def test_merge_from_a_member_inspection_file(tmp_path: Path, capsys: Capture) -> None:
    lead = _demo_file(tmp_path, capsys)
    member = tmp_path / "member.yjsi"
    assert main(["import", str(demo_file()), str(member)]) == 0
    with InspectionFile.open(member, CONTENT.framework, "member", rating_scheme=CONTENT.rating_scheme) as opened:
        opened.add_evidence(replace(DEMO.evidence[0], id="0b8e1f0a-1111-4222-8333-444455556666", text="New note."))
    capsys.readouterr()
    assert main(["merge", str(lead), str(member)]) == 0
    assert f"evidence: 1 added, {len(DEMO.evidence)} already there (skipped), 0 in conflict" in capsys.readouterr().out
