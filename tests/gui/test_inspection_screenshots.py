"""Screenshots of the inspection window's pages at 1366×768 (the inspectors' laptops), for people to
look at: the start window, the new-inspection wizard (over the start window, as on screen), the prompt
page with evidence and an interview result, its evidence form filled in, the key question page departing
with a rationale, the navigator with a filter on, the standard page and the rest: each in the light and a
dark palette, the pages with most colour in a high-contrast one, and each light one again at 150 % (911×512
logical pixels, in a pytest run of its own). Every shot is checked: no label's text below 4.5:1 against
what is drawn behind it, no label or button cut (tests/gui/shots.py `unreadable`).

Saved to the test's temporary folder, and also to $INSPECTOR_SCREENSHOT_DIR when set, named
"<scenario>-<palette>[-150].png":

    INSPECTOR_SCREENSHOT_DIR=/tmp/shots .venv/bin/pytest tests/gui/test_inspection_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from inspector.app.edits import AnswerEdit, JudgementEdit, ProposalEdit
from inspector.app.navigator import PANEL, Filter
from inspector.app.panel_edits import PanelCommentEdit, PanelDecisionEdit
from inspector.app.panel_view import Move
from inspector.app.report_export import Output
from inspector.framework.model import Rating
from inspector.gui.controller import Controller
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from inspector.inspection.model import CommentKind, Sufficiency
from tests.gui.shots import SCALED, high_contrast_palette, save_shot, screen_size, unreadable


def start(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    assert controller.open_path(demo_path) is not None
    controller.close_to_start(controller.windows[0])  # so the list has a recent inspection
    window = controller.show_start()
    window.resize(*screen_size())
    qtbot.wait(20)
    assert window.recent_view.isVisible()
    return _grabbed(window)


def wizard(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    screen = start(qtbot, controller, demo_path)
    dialog = NewInspectionWizard(Path.home(), controller.dialogs, controller.start_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.yjs, "Leeds Youth Justice Service")
    qtbot.keyClicks(dialog.start, "3/3/2025")
    qtbot.keyClicks(dialog.end, "1/3/2025")
    dialog.next()  # refused: shows the problem under the page
    assert dialog.service_page.problem.text().startswith("Fieldwork end:")
    qtbot.wait(20)
    return _over(screen, dialog)


def prompt(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("1.2.3a")  # below, decisive; interviews below 65%; two evidence items
    page = window.prompt_page
    page.evidence_table.setCurrentIndex(page.evidence_model.index(0, 0))
    qtbot.wait(20)
    assert page.interview_flag.isVisible() and page.evidence_model.rowCount() == 2
    return _grabbed(window)


def evidence_form(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("1.1.1a")
    page = window.prompt_page
    qtbot.keyClicks(page.evidence_text, "The board minutes record partners agreeing the plan's priorities.")
    qtbot.keyClicks(page.reference, "Board minutes 12/5/24")
    page.prompts.end(False)
    qtbot.keyClicks(page.prompts, ", 1.1.2b")
    page.prompts.prompt_completer.popup().hide()
    qtbot.wait(20)
    assert page.save_button.text() == "Add e&vidence"
    return _grabbed(window)


def key_question(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("1.3.1")  # answered 'yes' against the suggested 'no', with the rationale
    qtbot.wait(20)
    assert window.key_question_page.departure.text().endswith("the rationale is recorded.")
    return _grabbed(window)


def standard(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("1.1")  # the share against the table row, the guidance met, 'Good' proposed
    qtbot.wait(20)
    assert window.standard_page.findings.isVisible()
    return _grabbed(window)


def navigator_filtered(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    # Every flag of the demo is settled; two that are not: a departure's rationale and a judgement against the
    # interview result, each unexplained.
    for kq in ("1.3.1", "1.2.1"):
        answer = window.session.inspection.answer(kq)
        window.perform(AnswerEdit(answer, replace(answer, rationale="")))
    judged = window.session.inspection.judgement("1.2.1d")
    window.perform(JudgementEdit(judged, replace(judged, sufficiency=Sufficiency.ABOVE)))
    window.filter_box.setCurrentIndex(list(Filter).index(Filter.FINDINGS))
    window.show_item("1.2.1d")
    assert window.nav_filter.index_for_id("1.3.1").isValid()
    window.prompt_page.framework_text.toggle.setChecked(True)  # and the framework text, opened
    qtbot.wait(20)
    return _grabbed(window)


def interviews(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("interviews")  # the demo's 24 interviews, the last one open for entry
    page = window.interviews_page
    page.grid.setCurrentCell(2, 0)
    qtbot.wait(20)
    assert page.interview_list.count() == 24 and page.results_model.rowCount() > 0
    return _grabbed(window)


def case_data(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("case-data")  # 2.1, 2.2 and 3.1 from the demo's counts, the others entered
    page = window.case_data_page
    page.blocks["2.1"].rating.setCurrentIndex(page.blocks["2.1"].rating.findText("Inadequate"))  # differs: a note
    qtbot.wait(20)
    assert len(page.blocks) == 7 and page.blocks["2.1"].notes.text()
    return _grabbed(window)


def details(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("details")  # the demo's details, diversity recorded as sufficient, four recommendations
    page = window.pages.currentWidget()
    page.table.setCurrentIndex(page.model.index(1, 0))  # the second in the editor
    qtbot.wait(20)
    assert page.model.rowCount() == 4 and page.resettlement_meaning.text().startswith("4.1 is rated")
    return _grabbed(window)


def audit(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    window.show_item("1.2.1c")
    qtbot.mouseClick(window.prompt_page.below, Qt.MouseButton.LeftButton)  # a change of jane's, on top
    window.show_item("audit")  # with the demo's import, filtered to one key question
    qtbot.keyClicks(window.audit_page.filter_field, "1.2.1")
    qtbot.wait(20)
    assert window.audit_page.model.rowCount() > 1 and window.audit_page.detail.text()
    return _grabbed(window)


def overview(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    session = window.session
    judged = session.inspection.judgement("1.2.1c")
    window.perform(JudgementEdit(judged, replace(judged, sufficiency=None)))  # something still missing
    proposed = session.inspection.proposal("1.4")
    window.perform(ProposalEdit(proposed, replace(proposed, rationale="")))  # a rationale required
    window.show_item("overall")
    qtbot.wait(20)
    assert window.overview_page.missing_model.rowCount() == 2
    return _grabbed(window)


def panel_fieldwork(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    session = window.session
    for standard in session.evaluation.panel[:6]:  # 1.1-2.2 put to the panel, a challenge on 1.2
        decision = session.inspection.panel_decision(standard.standard_id)
        window.perform(PanelDecisionEdit.put(decision, standard.proposed))
    window.perform(PanelCommentEdit.added("1.2", CommentKind.CHALLENGE, "Is 'Requires improvement' fair given the "
                                          "new supervision policy?", "ann", session.clock()))
    window.show_item(PANEL)
    window.panel_page.select_standard("1.2")
    qtbot.wait(20)
    assert window.panel_page.comments.count() == 1
    return _grabbed(window)


def panel_mode(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    session = window.session
    for standard in session.evaluation.panel:
        decision = session.inspection.panel_decision(standard.standard_id)
        window.perform(PanelDecisionEdit.put(decision, standard.proposed))
    window.set_panel_mode(True)
    for standard in session.evaluation.panel[:9]:
        window.perform(PanelDecisionEdit.agreed(session.inspection.panel_decision(standard.standard_id),
                                                standard.proposed))
    agreed_otherwise = PanelDecisionEdit.agreed(
        session.inspection.panel_decision("2.4"), session.evaluation.panel_standard("2.4").proposed, Rating.GOOD,
        "The reviewing sample was small; the panel weighed the quality seen on fieldwork.")
    window.perform(agreed_otherwise)
    page = window.panel_page
    page.select_standard("1.4")
    page.move_buttons[Move.AGREE_OTHER].click()  # the form open, a reason being typed
    qtbot.keyClicks(page.form_reason, "The information sharing gaps")
    qtbot.wait(20)
    assert window.windowTitle().endswith("ratings panel \u2014 YJS Inspector") and page.form.isVisible()
    return _grabbed(window)


def report_preview(qtbot: QtBot, controller: Controller, demo_path: Path) -> QImage:
    window = _inspection(qtbot, controller, demo_path)
    preview = window.reports.preview(Output.PANEL)  # the ratings-panel report, from its title page
    assert preview is not None
    preview.resize(*screen_size())
    qtbot.waitExposed(preview)
    qtbot.wait(20)
    assert preview.banner.text().startswith("DRAFT: made ")
    return _grabbed(preview)


def _inspection(qtbot: QtBot, controller: Controller, demo_path: Path):  # type: ignore[no-untyped-def]
    window = controller.open_path(demo_path)
    assert window is not None
    window.resize(*screen_size())
    qtbot.waitExposed(window)
    return window


CHECKED: list[tuple[QWidget, QImage]] = []  # the window last grabbed, for the readability check


def _grabbed(window: QWidget) -> QImage:
    image = window.grab().toImage()
    CHECKED.append((window, image))
    return image


def _over(screen: QImage, dialog: QWidget) -> QImage:
    """The dialog drawn in the middle of the screen shot, where the window system would put it, with a
    frame and the window behind it dimmed (offscreen, there is no window system to draw them)."""
    shot = _grabbed(dialog)
    painter = QPainter(screen)
    painter.fillRect(screen.rect(), QColor(0, 0, 0, 70))
    corner = QPoint((screen.width() - shot.width()) // 2, (screen.height() - shot.height()) // 2)
    painter.drawImage(corner, shot)
    painter.setPen(QColor("#5a5a5a"))
    painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    return screen


SCENARIOS: dict[str, Callable[[QtBot, Controller, Path], QImage]] = {
    "inspection-start": start,
    "inspection-wizard": wizard,
    "inspection-prompt": prompt,
    "inspection-evidence-form": evidence_form,
    "inspection-key-question": key_question,
    "inspection-navigator-filter": navigator_filtered,
    "inspection-interviews": interviews,
    "inspection-case-data": case_data,
    "inspection-details": details,
    "inspection-standard": standard,
    "inspection-report-preview": report_preview,
    "inspection-overview": overview,
    "inspection-audit": audit,
    "inspection-panel-fieldwork": panel_fieldwork,
    "inspection-panel-mode": panel_mode,
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_screenshot(scenario: str, palette: str, qtbot: QtBot, controller: Controller, demo_path: Path,
                    tmp_path: Path) -> None:
    image = SCENARIOS[scenario](qtbot, controller, demo_path)
    save_shot(image, scenario, palette, tmp_path)
    assert unreadable(*CHECKED[-1]) == []


HIGH_CONTRAST = ("inspection-prompt", "inspection-standard", "inspection-key-question", "inspection-overview",
                 "inspection-panel-mode")


@pytest.mark.parametrize("scenario", HIGH_CONTRAST)
def test_high_contrast_screenshot(scenario: str, qapp: QApplication, qtbot: QtBot, controller: Controller,
                                  demo_path: Path, tmp_path: Path) -> None:
    """The pages with the most colours of their own, in Windows' high-contrast black."""
    kept = QPalette(qapp.palette())
    qapp.setPalette(high_contrast_palette(kept))
    try:
        image = SCENARIOS[scenario](qtbot, controller, demo_path)
        save_shot(image, scenario, "high-contrast", tmp_path)
        assert unreadable(*CHECKED[-1]) == []
    finally:
        qapp.setPalette(kept)


@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") is not None, reason="already scaled: this is the run it starts")
def test_every_page_at_150_percent(tmp_path: Path) -> None:
    """The light shots again at 150 % on the laptop (911×512 logical pixels), in a run of their own: Qt reads
    QT_SCALE_FACTOR only before the application is made. Nothing cut, everything readable."""
    environment = {**os.environ, "QT_SCALE_FACTOR": str(SCALED), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider", "-p", "no:logging",
         "-k", "test_screenshot and light", "--basetemp", str(tmp_path / "run")],
        env=environment, cwd=Path(__file__).parents[2], capture_output=True, text=True, timeout=600, check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
