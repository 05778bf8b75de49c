"""Both reports open in LibreOffice and convert to a PDF with pages (`soffice --headless --convert-to pdf`),
for the demo and for the 10× inspection (1,000 interviews, 5,000 evidence items).

scripts/setup installs LibreOffice and poppler-utils (for pdfinfo) when it runs as root, so CI runs this.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from inspector.demo import scaled
from inspector.reports import ReportKind, export_report
from tests.reports.helpers import DEMO, TEMPLATES, report_of

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFINFO = shutil.which("pdfinfo")


@pytest.mark.skipif(SOFFICE is None or PDFINFO is None,
                    reason="LibreOffice (soffice) or poppler-utils (pdfinfo) is not installed; scripts/setup "
                           "installs them when run as root")
@pytest.mark.parametrize(("kind", "factor", "at_least"), [
    (ReportKind.PANEL, 1, 20), (ReportKind.DRAFT, 1, 15), (ReportKind.PANEL, 10, 200), (ReportKind.DRAFT, 10, 100)],
    ids=["panel", "draft", "panel-10x", "draft-10x"])
def test_the_report_converts_to_a_pdf_with_pages(tmp_path: Path, kind: ReportKind, factor: int, at_least: int) -> None:
    inspection = DEMO if factor == 1 else scaled(DEMO, factor)
    document = tmp_path / f"{kind.value}.docx"
    export_report(report_of(inspection), TEMPLATES.get(kind), document)
    profile = tmp_path / "profile"  # a LibreOffice profile of its own: no clash with one already running
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(document)],
        check=True, capture_output=True, timeout=600,
    )
    info = subprocess.run([str(PDFINFO), str(tmp_path / f"{kind.value}.pdf")], check=True, capture_output=True,
                          text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert pages >= at_least
