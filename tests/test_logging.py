"""The app's log (inspector.logs): what happened, never what the inspection holds; rotated; uncaught errors
logged by type and code location, without their messages; Help > Show log folder."""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from inspector import logs
from inspector.app.details_edits import DetailsEdit
from inspector.app.edits import AnswerEdit, EvidenceEdit
from inspector.app.session import Session
from inspector.content import Content, load_content
from inspector.demo import load_demo
from inspector.exchange.files import create_inspection_file
from inspector.gui.app_log import show_log_folder
from inspector.inspection.model import Answer, Evidence, KeyQuestionAnswer, SourceKind

SECRET_EVIDENCE = "Child R disclosed exploitation by a relative at the Tuesday visit"
SECRET_RATIONALE = "Partners described the vision as aspirational only"


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture()
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logs.start_logging(folder)
    yield folder
    logs.stop_logging()


def logged(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob(f"{logs.LOG_FILE}*")))


def test_a_session_with_edits_logs_ids_and_kinds_not_content(
    log_folder: Path, tmp_path: Path, content: Content
) -> None:
    demo = load_demo(content)
    path = tmp_path / "Northmoor Youth Justice Service.yjsi"
    create_inspection_file(path, demo, content, "helen", "demo for tests")

    session = Session.open(path, content, "Helen Marsh")
    try:
        evidence = Evidence("1.1.1a", SECRET_EVIDENCE, SourceKind.MEETING, "Visit notes, 4 Mar 2025", "Helen Marsh")
        session.apply(EvidenceEdit(None, evidence))
        before = session.inspection.answer("1.1.1")
        session.apply(AnswerEdit(before, KeyQuestionAnswer("1.1.1", Answer.NO, SECRET_RATIONALE)))
        details = session.inspection.details
        session.apply(DetailsEdit(details, dataclasses.replace(details, yjs="Southmoor Youth Justice Service")))
    finally:
        session.close()

    text = logged(log_folder)
    assert f"opened inspection {demo.details.id}: {len(demo.evidence)} evidence items" in text
    assert "saved EvidenceEdit" in text and "saved AnswerEdit" in text and "saved DetailsEdit" in text
    for content_word in (SECRET_EVIDENCE, "exploitation", "Visit notes", SECRET_RATIONALE, "Northmoor", "Southmoor",
                         "Helen", "Marsh", path.name):
        assert content_word not in text


@pytest.mark.qt_no_exception_capture  # pytest-qt would take the error reported as its own test's failure
def test_an_uncaught_error_is_logged_by_type_and_place_without_its_message(
    log_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def save_evidence() -> None:
        try:
            raise OSError(f"cannot write {SECRET_EVIDENCE}")
        except OSError as exc:
            raise ValueError(f"evidence '{SECRET_EVIDENCE}' not saved") from exc

    try:
        save_evidence()
    except ValueError:
        sys.excepthook(*sys.exc_info())  # as Python does for an error nothing caught

    text = logged(log_folder)
    assert "CRITICAL inspector: uncaught error" in text
    assert "builtins.ValueError" in text and "builtins.OSError" in text  # the cause too
    assert "in save_evidence" in text and "test_logging.py" in text
    assert SECRET_EVIDENCE not in text
    assert SECRET_EVIDENCE in capsys.readouterr().err  # Python's own report on stderr is untouched


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # Python's report, kept
def test_an_uncaught_error_on_a_worker_thread_is_logged(log_folder: Path) -> None:
    def work() -> None:
        raise RuntimeError(f"the report for {SECRET_RATIONALE} failed")

    worker = threading.Thread(target=work, name="inspector-background")
    worker.start()
    worker.join()

    text = logged(log_folder)
    assert "uncaught error in thread inspector-background" in text and "builtins.RuntimeError" in text
    assert SECRET_RATIONALE not in text


def test_the_log_rotates_keeping_a_few_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    folder = tmp_path / "logs"
    path = logs.start_logging(folder)
    try:
        for n in range(400):
            logging.getLogger("inspector.test").info("line %d of a long fieldwork week", n)
    finally:
        logs.stop_logging()
    files = sorted(p.name for p in folder.iterdir())
    assert files == [logs.LOG_FILE] + [f"{logs.LOG_FILE}.{n}" for n in range(1, logs.KEEP + 1)]
    assert all(p.stat().st_size <= 2_000 for p in folder.iterdir())
    assert "line 399 of" in path.read_text(encoding="utf-8")  # the newest is in the file named inspector.log


def test_starting_again_moves_the_log(tmp_path: Path) -> None:
    first = logs.start_logging(tmp_path / "first")
    second = logs.start_logging(tmp_path / "second")
    try:
        logging.getLogger("inspector.test").info("after the move")
        assert logs.log_file() == second
    finally:
        logs.stop_logging()
    assert "after the move" in second.read_text(encoding="utf-8")
    assert "after the move" not in first.read_text(encoding="utf-8")
    assert logs.log_file() is None


class _Opened(QObject):
    """Stands in for the file manager: QDesktopServices hands it the file: URLs it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_show_log_folder_opens_the_folder_being_logged_to(qapp: QApplication, log_folder: Path) -> None:
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        show_log_folder()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [log_folder]
