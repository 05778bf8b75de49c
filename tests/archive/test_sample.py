"""The archive's sample data (archive/sample.py, `inspector archive sample`): fictional inspections as exchange
files, the same every time, each one the exchange reader takes, with ratings the rules engine agrees with."""

from __future__ import annotations

import argparse
import stat
from collections import Counter
from pathlib import Path

import pytest

from inspector.after_fieldwork.obligations import obligation_statuses
from inspector.archive.sample import AS_OF, COUNT, SampleExport, sample_exports, write_sample
from inspector.commands import archive_sample
from inspector.content import Content, load_content
from inspector.errors import UserError
from inspector.exchange.codec import write_exchange
from inspector.exchange.files import read_exchange_file
from inspector.framework.model import RATING_ORDER
from inspector.inspection.model import Answer, Inspection, Nation, PanelState, Recipient, Sufficiency
from inspector.rules.evaluate import Evaluation, evaluate


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, content: Content) -> list[Path]:
    return write_sample(tmp_path_factory.mktemp("archive") / "sample", content)


@pytest.fixture(scope="module")
def read(written: list[Path], content: Content) -> list[Inspection]:
    """Every file of the default sample, through the exchange reader, in the order written."""
    return [read_exchange_file(path, content) for path in written]


@pytest.fixture(scope="module")
def exports(content: Content) -> tuple[SampleExport, ...]:
    return sample_exports(content)


def _evaluated(content: Content, inspection: Inspection) -> Evaluation:
    return evaluate(content.framework, content.rating_scheme, content.forms, inspection)


def test_the_same_seed_gives_the_same_bytes(written: list[Path], tmp_path: Path, content: Content) -> None:
    again = write_sample(tmp_path / "again", content)
    assert [p.name for p in again] == [p.name for p in written]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, written, strict=True))
    other = write_sample(tmp_path / "other", content, count=COUNT, seed=17)
    assert {p.read_bytes() for p in other}.isdisjoint(p.read_bytes() for p in written)


def test_every_file_is_an_exchange_file_the_reader_takes_as_it_is(written: list[Path], read: list[Inspection]) -> None:
    assert written and all(p.suffix == ".json" for p in written)
    # Read, then written again: the same bytes, so each file is in the writer's own canonical form.
    assert all(write_exchange(i) == p.read_text(encoding="utf-8") for p, i in zip(written, read, strict=True))
    assert len({p.name for p in written}) == len(written)
    assert not [p for p in written if "Northmoor" in p.read_text(encoding="utf-8")]  # the demo's place re-worded


def test_the_files_are_the_owners_alone(written: list[Path]) -> None:
    assert stat.S_IMODE(written[0].parent.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o600}
    assert not [p for p in written[0].parent.parent.iterdir() if p.name.startswith(".")]  # no partial folder left


def test_150_inspections_over_six_years_in_england_and_wales(read: list[Inspection]) -> None:
    by_id = {i.details.id: i for i in read}
    assert len(by_id) == COUNT
    details = [i.details for i in by_id.values()]
    assert {d.fieldwork_end.year for d in details if d.fieldwork_end} == set(range(2021, 2027))
    assert all(d.fieldwork_start and d.fieldwork_end and (d.fieldwork_end - d.fieldwork_start).days == 4
               for d in details)
    assert Counter(d.nation for d in details).keys() == {Nation.ENGLAND, Nation.WALES}
    assert all("Northmoor" not in d.yjs and d.yjs.endswith("Youth Justice Service") for d in details)
    # Some services are inspected again later: another inspection, with its own id, of the same YJS.
    services = Counter(d.yjs for d in details)
    assert sum(n == 2 for n in services.values()) > 0 and max(services.values()) == 2


def test_a_newer_export_of_an_inspection_comes_after_its_older_one(
    exports: tuple[SampleExport, ...], written: list[Path], read: list[Inspection]
) -> None:
    assert [f"{e.name}.json" for e in exports] == [p.name for p in written]
    assert [p.name for p in written] == sorted(p.name for p in written)  # listed by name, in the order made
    seen: dict[str, SampleExport] = {}
    twice = 0
    for export in exports:
        older = seen.get(export.inspection.details.id)
        if older is not None:
            twice += 1
            assert older.replaced and not export.replaced and older.exported_on < export.exported_on
            # The older was exported when the ratings went to the panel; the newer holds what came after.
            assert {d.state for d in older.inspection.panel} == {PanelState.PROPOSED}
            assert not older.inspection.obligations_met and export.inspection.obligations_met
        seen[export.inspection.details.id] = export
    assert twice and twice == sum(e.replaced for e in exports) and len(exports) == COUNT + twice


def test_judgements_answers_and_ratings_vary(content: Content, read: list[Inspection]) -> None:
    final = {i.details.id: i for i in read}.values()  # the newer export of each
    overall = Counter(_evaluated(content, i).overall.rating for i in final)
    assert set(overall) == set(RATING_ORDER)
    judgements = Counter((j.sufficiency, j.decisive) for i in final for j in i.judgements)
    assert judgements.keys() == {(Sufficiency.ABOVE, False), (Sufficiency.BELOW, False), (Sufficiency.BELOW, True)}
    assert {a.answer for i in final for a in i.answers} == {Answer.YES, Answer.NO}
    for standard in content.framework.standards:
        assert len({p.proposed for i in final for p in i.proposals if p.standard_id == standard.id}) >= 3
    recipients = Counter(r.to for i in final for r in i.recommendations)
    assert recipients.keys() == set(Recipient)
    assert sum(i.improvement_plan.received is not None for i in final) > COUNT // 2
    assert sum(bool(i.follow_ups) for i in final) > COUNT // 4
    assert any(i.details.resettlement_cases_12_months == 0 for i in final)


def test_the_rules_engine_agrees_with_what_the_tool_derives(content: Content, read: list[Inspection]) -> None:
    for inspection in read:
        evaluation = _evaluated(content, inspection)
        where = inspection.details.yjs
        for balance in evaluation.key_questions:
            if balance.answer is None:  # 4.1 where it is not inspected
                assert balance.key_question_id.startswith("4.1.") and len(balance.unjudged) == balance.prompts
                continue
            assert not balance.unjudged, where
            assert balance.answer == balance.suggestion or balance.rationale, (where, balance.key_question_id)
        for standard in evaluation.standards:
            assert standard.permitted and not standard.rationale_required, (where, standard.standard_id)
            assert standard.proposed is not None or not standard.applies, (where, standard.standard_id)
        for rated in evaluation.case_ratings:
            assert rated.rating is not None, (where, rated.standard_id)
        assert all(p.permitted for p in evaluation.panel if p.applies), where
        assert evaluation.overall.rating is not None and evaluation.overall.score is not None, where
        if inspection.obligations_met:
            assert evaluation.overall.agreed, where
        statuses = {s.obligation.id: s for s in obligation_statuses(
            content.after_fieldwork, inspection, evaluation.overall.rating, AS_OF)}
        for met in inspection.obligations_met:
            assert statuses[met.obligation_id].applies is True and met.done_on <= AS_OF, (where, met.obligation_id)


def _command(argv: list[str]) -> int:
    """`inspector archive ...` with only the sample's subcommand, as the archive group registers it."""
    parser = argparse.ArgumentParser(prog="inspector archive")
    archive_sample.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.run(args))


def test_the_command_writes_plain_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: Content) -> None:
    assert _command(["sample", str(tmp_path / "out"), "--count", "3", "--seed", "5"]) == 0
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) >= 3 and all(f.suffix == ".json" for f in files)
    assert len({read_exchange_file(f, content).details.id for f in files}) == 3
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'out'}: {len(files)} plain exchange files of 3 ")


def test_the_command_encrypts_with_a_passphrase_file(tmp_path: Path, content: Content) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("sample passphrase\n", encoding="utf-8")
    assert _command(["sample", str(tmp_path / "out"), "--count", "1", "--passphrase-file", str(secret)]) == 0
    files = sorted((tmp_path / "out").iterdir())
    plain = write_sample(tmp_path / "plain", content, count=1)
    assert [f.name for f in files] == [f"{p.name}.age" for p in plain]
    assert not any(f.read_bytes().startswith(b"{") for f in files)
    assert [read_exchange_file(f, content, lambda _path: "sample passphrase") for f in files] == [
        read_exchange_file(p, content) for p in plain]


@pytest.mark.parametrize("count", ["0", "3001", "-4"])
def test_a_count_out_of_range_is_refused_in_one_line(tmp_path: Path, count: str) -> None:
    with pytest.raises(UserError, match=rf"^--count {count}: give a number of inspections from 1 to 3000$"):
        _command(["sample", str(tmp_path / "out"), "--count", count])
    assert not (tmp_path / "out").exists()


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path, content: Content) -> None:
    (tmp_path / "kept.json").write_text("{}", encoding="utf-8")
    with pytest.raises(UserError, match="not an empty folder"):
        write_sample(tmp_path, content, count=1)
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]


def test_a_failure_part_way_leaves_no_sample(tmp_path: Path, content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector import atomic

    written: list[Path] = []
    real = atomic.write_atomically

    def full_after_two(target: Path, data: bytes) -> None:
        if len(written) == 2:
            raise UserError(f"{target.name} was not written (no space left on device)")
        written.append(target)
        real(target, data)

    monkeypatch.setattr(atomic, "write_atomically", full_after_two)
    refusal = r"^.*/out: the sample was not written \(.*json was not written \(no space left on device\)\)$"
    with pytest.raises(UserError, match=refusal):
        write_sample(tmp_path / "out", content, count=3)
    assert list(tmp_path.iterdir()) == []  # neither the folder nor the hidden one it was being made in
