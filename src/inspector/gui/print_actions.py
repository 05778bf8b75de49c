"""The inspection window's File > Print and File > Print to PDF: the page on show, the ratings-panel report
or the publication draft, on paper through the system's print dialog (`Dialogs.print_setup`) or into a PDF
file chosen through `Dialogs.save_file` and written owner-only, all at once (inspector.atomic).

The page on show is printed as a document made from its view model (app/page_print.py: the prompt, key
question, standard, overview and ratings panel pages); the other pages are drawn as they are, scaled to the
page. A report is printed from its preview's HTML, made on a worker thread with a progress dialog if it
takes more than a moment, with the page numbers in the footer. A read-only inspection prints too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QWidget

from inspector import atomic
from inspector.app.navigator import SECTIONS
from inspector.app.page_print import PDF_SUFFIX, printable_page
from inspector.app.report_export import (
    LOADING_TEMPLATES,
    REPORTS,
    Output,
    export_folder,
    file_name,
    file_title,
    make_preview,
    take_inputs,
)
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.gui.background import run_in_background
from inspector.gui.dialogs import Dialogs
from inspector.gui.printing import paint_html, paint_widget, pdf_bytes, set_up_printer
from inspector.gui.report_actions import EXPORT_FOLDER_KEY, AddAction

T = TypeVar("T")
PAGE = "page"  # what "This page" prints, beside the two reports


@dataclass(frozen=True)
class Printable:
    """What is printed: its title (the PDF's, the printer's document name, the footer's), the PDF name
    proposed, and either its HTML (made on the worker thread: a report takes seconds) or the page drawn."""

    title: str
    file_name: str
    what: str  # for the status line and the progress dialog: "prompt 1.2.1c", "the ratings-panel report"
    html: Callable[[], str] | None
    widget: QWidget | None = None


class PrintActions(QObject):
    def __init__(self, window: QWidget, session: Session, settings: QSettings, dialogs: Dialogs,
                 commit_pending: Callable[[], None], current_item: Callable[[], str | None],
                 current_page: Callable[[], QWidget], tell: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._settings = settings
        self._dialogs = dialogs
        self._commit_pending = commit_pending  # typing not yet saved belongs on the paper
        self._current_item = current_item
        self._current_page = current_page
        self._tell = tell
        self.print_actions: dict[str | Output, QAction] = {}
        self.pdf_actions: dict[str | Output, QAction] = {}

    def add_to(self, menu: QMenu, add: AddAction) -> None:
        panel, draft = Output.PANEL, Output.DRAFT
        printing = menu.addMenu("Pr&int")
        self.print_actions = {
            PAGE: add(printing, "This &page\u2026", QKeySequence(QKeySequence.StandardKey.Print), self.print_page),
            panel: add(printing, f"The &{panel.label}\u2026", None, lambda: self.print_report(panel)),
            draft: add(printing, "The publication &draft\u2026", None, lambda: self.print_report(draft)),
        }
        to_pdf = menu.addMenu("Print to P&DF")
        self.pdf_actions = {
            PAGE: add(to_pdf, "This &page\u2026", None, self.pdf_page),
            panel: add(to_pdf, f"The &{panel.label}\u2026", None, lambda: self.pdf_report(panel)),
            draft: add(to_pdf, "The publication &draft\u2026", None, lambda: self.pdf_report(draft)),
        }
        printing.menuAction().setObjectName("printMenu")
        to_pdf.menuAction().setObjectName("printToPdfMenu")

    # --- the menu's actions -------------------------------------------------------------------------

    def print_page(self) -> bool:
        return self._print(self._page())

    def pdf_page(self) -> Path | None:
        return self._pdf(self._page())

    def print_report(self, output: Output) -> bool:
        printable = self._report(output)
        return printable is not None and self._print(printable)

    def pdf_report(self, output: Output) -> Path | None:
        printable = self._report(output)
        return self._pdf(printable) if printable is not None else None

    # --- what is printed ----------------------------------------------------------------------------

    def _page(self) -> Printable:
        self._commit_pending()
        session = self._session
        yjs, now = session.inspection.details.yjs, session.clock()
        item = self._current_item() or ""
        page = printable_page(session.content, session.inspection, session.evaluation, item, now, session.path.name)
        if page is not None:
            html = page.html
            return Printable(f"{page.title} \u2014 {yjs}", page.file_name(yjs, now), page.title, lambda: html)
        # A page with no document of its own: as the window draws it, under the navigator's name for it.
        title = next((s.label for s in SECTIONS if s.id == item), item or "Page")
        return Printable(f"{title} \u2014 {yjs}", file_name(yjs, title, now.astimezone().date(), PDF_SUFFIX), title,
                         None, self._current_page())

    def _report(self, output: Output) -> Printable | None:
        assert output in REPORTS
        content = self._session.content
        templates = self._run(LOADING_TEMPLATES, lambda: content.report_templates)
        if templates is None:
            return None
        self._commit_pending()
        inputs = take_inputs(self._session)
        title = f"{templates.get(output.report_kind()).title} \u2014 {inputs.inspection.details.yjs}"
        name = file_name(inputs.inspection.details.yjs, file_title(output, templates),
                         inputs.produced.astimezone().date(), PDF_SUFFIX)
        # The preview's HTML, made from the Word document as the preview makes it (on the worker thread).
        return Printable(title, name, f"the {output.label}", lambda: make_preview(inputs, output, templates).html)

    # --- on paper, or into a PDF --------------------------------------------------------------------

    def _print(self, printable: Printable) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_printer(printer, printable.title)
        if not self._dialogs.print_setup(self._window, printer):
            return False
        html = printable.html
        if html is None:
            widget = printable.widget
            assert widget is not None  # a printable is either HTML or a widget
            done = self._now(lambda: paint_widget(widget, printer, printable.title))
        else:
            done = self._run(f"Printing {printable.what}\u2026", lambda: paint_html(html(), printer, printable.title))
        if done is None:
            return False
        where = printer.printerName() or Path(printer.outputFileName()).name
        self._tell(f"Printed {printable.what}" + (f" on {where}" if where else ""))
        return True

    def _pdf(self, printable: Printable) -> Path | None:
        remembered = str(self._settings.value(EXPORT_FOLDER_KEY) or "") or None
        proposed = export_folder(remembered, self._session.path) / printable.file_name
        target = self._dialogs.save_file(self._window, proposed)
        if target is None:
            return None
        html, title = printable.html, printable.title
        if html is None:
            widget = printable.widget
            assert widget is not None
            data = self._now(lambda: pdf_bytes(lambda device: paint_widget(widget, device, title), title))
            if data is None or self._now(lambda: atomic.write_atomically(target, data)) is None:
                return None
        else:
            def write() -> Path:
                atomic.write_atomically(target, pdf_bytes(lambda device: paint_html(html(), device, title), title))
                return target

            if self._run(f"Printing {printable.what} to {target.name}\u2026", write) is None:
                return None
        self._settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
        self._tell(f"Printed {printable.what} to {target.name}")
        return target

    # --- helpers ------------------------------------------------------------------------------------

    def _run(self, label: str, job: Callable[[], T]) -> T | None:
        """The job's result on the worker thread, or None when it was refused (and the user told why)."""
        try:
            return run_in_background(self._window, label, job)
        except UserError as refused:
            self._dialogs.error(self._window, str(refused))
            return None

    def _now(self, job: Callable[[], T]) -> T | None:
        """The same on the window's thread (a widget is drawn there only); True for a job with no result."""
        try:
            result = job()
        except UserError as refused:
            self._dialogs.error(self._window, str(refused))
            return None
        return True if result is None else result  # type: ignore[return-value]  # True stands for a job's None

