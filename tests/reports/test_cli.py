"""`inspector report PATH --kind panel|draft -o OUT.docx` through the CLI's main()."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from inspector.cli import main
from inspector.content import CONTENT_ENV
from inspector.demo import demo_file
from tests.reports.helpers import CONTENT, DEMO, after_heading

Capture = pytest.CaptureFixture[str]


def _refused(argv: list[str], capsys: Capture) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    return err


@pytest.fixture
def inspection_file(tmp_path: Path, capsys: Capture) -> Path:
    path = tmp_path / "northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


def test_the_panel_report_from_an_inspection_file_has_the_audit(inspection_file: Path, tmp_path: Path,
                                                                 capsys: Capture) -> None:
    out = tmp_path / "panel.docx"
    assert main(["report", str(inspection_file), "--kind", "panel", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Ratings panel report"
    # The demo loaded, by its lead inspector: one line, not a row per value; nothing changed since.
    appendix = after_heading(document, "Appendix B: audit of rating changes")
    loaded = 2 * len(DEMO.proposals) + len(DEMO.case_ratings)  # each proposal's rating and rationale, each case rating
    assert appendix[0].startswith("Inspection created from northmoor-yjs.json by Helen Marsh on ")
    assert appendix[0].endswith(f" entries, {loaded} of them ratings and their rationales (not listed below).")
    assert appendix[1] == "No rating changes recorded since."


def test_the_draft_from_an_exchange_file(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "draft.docx"
    assert main(["report", str(demo_file()), "--kind", "draft", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs[:2]] == ["An inspection of youth justice services in Northmoor",
                                                          "Northmoor Youth Justice Service"]
    assert after_heading(document, "1.4. Information and facilities")[0] == "Rating: Good (not yet agreed)"


def test_refusals_are_one_line(inspection_file: Path, tmp_path: Path, capsys: Capture) -> None:
    assert "give the inspection or exchange file and -o OUT.docx" in _refused(["report", str(inspection_file)], capsys)
    out = tmp_path / "panel.docx"
    out.write_bytes(b"old")
    (tmp_path / "~$panel.docx").write_bytes(b"owner")
    assert "panel.docx is open in Word or LibreOffice" in _refused(
        ["report", str(inspection_file), "-o", str(out)], capsys)
    assert out.read_bytes() == b"old"
    assert "no such file" in _refused(["report", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.docx")],
                                      capsys)
    with pytest.raises(SystemExit):
        main(["report", str(inspection_file), "--kind", "summary", "-o", str(out)])


def test_check_names_the_templates_or_the_broken_one(tmp_path: Path, capsys: Capture,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["report", "--check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["panel", "draft"]
    for folder in ("standards", "forms", "report_templates"):
        shutil.copytree(CONTENT.root / folder, tmp_path / folder)
    (tmp_path / "report_templates" / "publication-draft.docx").write_bytes(b"broken")
    monkeypatch.setenv(CONTENT_ENV, str(tmp_path))
    error = _refused(["report", "--check"], capsys)
    assert error.startswith(f"error: {tmp_path / 'report_templates' / 'publication-draft.docx'}: file: is not a Word "
                            "document")
