"""The new-inspection wizard: the service and fieldwork dates, the team, and where to keep the file.

Each page is checked by the core (`inspector.app.wizard`) when Next or Finish is pressed; a wrong field
keeps the page open, with the one-line problem under it and the cursor in that field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from inspector.app.wizard import (
    DATE_EXAMPLE,
    FIELDWORK_END,
    FIELDWORK_START,
    FILE_NAME,
    FOLDER,
    LEAD_INSPECTOR,
    NATION,
    NATIONS,
    RESETTLEMENT_CASES,
    TEAM,
    YJS,
    DetailsForm,
    DetailsProblem,
    check_details,
    first_problem,
    new_file_path,
    suggested_file_name,
)
from inspector.gui.colours import Ink, set_ink
from inspector.gui.dialogs import Dialogs
from inspector.gui.pages.parts import ProblemLine
from inspector.gui.pages.text_boxes import LineBox, TextBox
from inspector.inspection.model import InspectionDetails

WIZARD_SIZE = (720, 520)


class _Page(QWizardPage):
    """A page whose fields are checked by the core when the user moves on."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.fields: dict[str, QWidget] = {}  # the core's field name -> the widget that holds it
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.problem = ProblemLine()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.problem)

    def add(self, field: str, label: str, widget: QWidget, help_text: str = "") -> None:
        self.fields[field] = widget
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, widget)
        if help_text:
            note = QLabel(help_text)
            note.setWordWrap(True)
            set_ink(note, Ink.MUTED)
            self.form.addRow("", note)

    def refuse(self, problem: DetailsProblem) -> bool:
        self.problem.say(str(problem))
        widget = self.fields.get(problem.field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def check(self, form: DetailsForm) -> bool:
        problem = first_problem(form, self.fields)
        if problem:
            return self.refuse(problem)
        self.problem.say("")
        return True

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, NewInspectionWizard)
        return self.check(wizard.form())


class _FilePage(_Page):
    def __init__(self, wizard: NewInspectionWizard, start_folder: Path, dialogs: Dialogs) -> None:
        super().__init__("3 of 3: where to keep the file",
                         "Every change is saved to this file as you work: there is no Save button.")
        self._wizard = wizard
        self._dialogs = dialogs
        self.folder = QLineEdit(str(start_folder))
        self.browse = QPushButton("B&rowse\u2026")  # Alt+B is Back
        self.browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(self.browse)
        self.add(FOLDER, "F&older", row)  # Alt+F is Finish
        self.fields[FOLDER] = self.folder
        self.folder.setAccessibleName("Folder")
        self.file_name = QLineEdit()
        self.add(FILE_NAME, "File &name", self.file_name,
                 "Keep it on this laptop's own disk during fieldwork; a shared drive may not be reachable.")

    def initializePage(self) -> None:
        self.file_name.setText(suggested_file_name(self._wizard.form()))

    def _browse(self) -> None:
        chosen = self._dialogs.folder(self, Path(self.folder.text() or "."))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def validatePage(self) -> bool:
        try:
            self._wizard.chosen_path = new_file_path(self.folder.text(), self.file_name.text())
        except DetailsProblem as problem:
            return self.refuse(problem)
        self.problem.say("")
        return True


class NewInspectionWizard(QWizard):
    def __init__(self, start_folder: Path, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New inspection")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(*WIZARD_SIZE)
        self.chosen_path: Path | None = None

        service = _Page("1 of 3: the service", "The youth justice service inspected, and the fieldwork week.")
        self.yjs = LineBox()
        self.yjs.setPlaceholderText("e.g. Northmoor Youth Justice Service")
        service.add(YJS, "&YJS name", self.yjs)
        self.nation = QComboBox()
        self.nation.addItems(list(NATIONS))
        service.add(NATION, "N&ation", self.nation)  # Alt+N is Next
        self.start = QLineEdit()
        self.start.setPlaceholderText(f"day/month/year, e.g. {DATE_EXAMPLE}")
        service.add(FIELDWORK_START, "Fieldwork &start", self.start)
        self.end = QLineEdit()
        self.end.setPlaceholderText("day/month/year")
        service.add(FIELDWORK_END, "Fieldwork &end", self.end)

        team = _Page("2 of 3: the team",
                     "Who is inspecting. The audit log records each change under the login name of whoever makes it.")
        self.lead = LineBox()
        team.add(LEAD_INSPECTOR, "&Lead inspector", self.lead)
        self.team = TextBox(spelling=False)  # names
        self.team.setTabChangesFocus(True)
        self.team.setPlaceholderText("One name per line")
        self.team.setFixedHeight(self.team.fontMetrics().lineSpacing() * 5 + 12)
        team.add(TEAM, "&Team", self.team)
        self.resettlement = QLineEdit()
        self.resettlement.setPlaceholderText("Leave blank if not yet known")
        # Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or more
        # relevant cases in the 12 months before the inspection".
        team.add(RESETTLEMENT_CASES, "&Resettlement cases", self.resettlement,
                 "Relevant resettlement cases in the 12 months before the inspection. Standard 4.1 applies "
                 "only where there was one or more.")

        self.file_page = _FilePage(self, start_folder, dialogs)
        for page in (service, team, self.file_page):
            self.addPage(page)
        self.service_page, self.team_page = service, team

    def form(self) -> DetailsForm:
        return DetailsForm(
            yjs=self.yjs.text(), nation=self.nation.currentText(), fieldwork_start=self.start.text(),
            fieldwork_end=self.end.text(), lead_inspector=self.lead.text(), team=self.team.toPlainText(),
            resettlement_cases=self.resettlement.text(),
        )

    def details(self) -> InspectionDetails:
        return check_details(self.form())

    def path(self) -> Path:
        if self.chosen_path is None:
            raise DetailsProblem(FILE_NAME, "enter a name for the inspection file")
        return self.chosen_path
