"""The inspection window's File menu for reports: preview the ratings-panel report or the publication
draft, export either to Word, export the exchange file (encrypted with a passphrase asked for twice).

What is made and how is app.report_export's; here the menu, the file question, the remembered folder
(QSettings, per user) and the status line. The session is read on this thread; the rest runs on a
worker thread (gui/background.py) with a progress dialog if it takes more than a moment, while the
window keeps painting. A refusal is the core's one line, through `Dialogs.error`.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from inspector.app.report_export import (
    LOADING_TEMPLATES,
    Output,
    Preview,
    export,
    export_folder,
    export_preview,
    exported,
    exporting,
    make_preview,
    making,
    proposed_name,
    take_inputs,
)
from inspector.app.session import Session
from inspector.errors import UserError
from inspector.gui.background import run_in_background
from inspector.gui.colours import Ink, set_ink
from inspector.gui.dialogs import Dialogs
from inspector.gui.report_preview import ReportPreview, laid_out
from inspector.reports import ReportTemplates

EXPORT_FOLDER_KEY = "exports/lastFolder"
T = TypeVar("T")

AddAction = Callable[[QMenu, str, QKeySequence | None, Callable[[], object]], QAction]


class ReportActions(QObject):
    def __init__(self, window: QMainWindow, session: Session, settings: QSettings, dialogs: Dialogs,
                 commit_pending: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._settings = settings
        self._dialogs = dialogs
        self._commit_pending = commit_pending  # typing not yet saved belongs in the report
        self.preview_actions: dict[Output, QAction] = {}
        self.export_actions: dict[Output, QAction] = {}

        self.exported_label = QLabel()
        self.exported_label.setAccessibleName("Export status")
        set_ink(self.exported_label, Ink.MUTED)
        self.exported_label.setTextFormat(Qt.TextFormat.RichText)
        self.exported_label.setOpenExternalLinks(True)  # "Open folder": the system's file manager
        self.exported_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.exported_label.hide()
        window.statusBar().addWidget(self.exported_label)

    def add_to(self, menu: QMenu, add: AddAction) -> None:
        panel, draft, exchange = Output.PANEL, Output.DRAFT, Output.EXCHANGE
        self.preview_actions = {
            panel: add(menu, f"&Preview {panel.label}", None, lambda: self.preview(panel)),
            draft: add(menu, f"Pre&view {draft.label}", None, lambda: self.preview(draft)),
        }
        self.export_actions = {
            panel: add(menu, f"&Export {panel.label}\u2026", QKeySequence("Ctrl+E"), lambda: self.export(panel)),
            draft: add(menu, f"Expor&t {draft.label}\u2026", None, lambda: self.export(draft)),
            exchange: add(menu, f"E&xport {exchange.label}\u2026", None, lambda: self.export(exchange)),
        }

    # --- the menu's actions -------------------------------------------------------------------------

    def preview(self, output: Output) -> ReportPreview | None:
        templates = self._templates()
        if templates is None:
            return None
        self._commit_pending()
        inputs = take_inputs(self._session)
        made = self._run(self._window, making(output), lambda: _laid_out(make_preview(inputs, output, templates)))
        if made is None:
            return None
        preview, document = made
        window = ReportPreview(preview, document, self._window)
        window.exportRequested.connect(lambda: self.export_previewed(preview, window))
        window.show()
        return window

    def export(self, output: Output) -> Path | None:
        templates = self._templates() if output.is_report else None
        if output.is_report and templates is None:
            return None
        self._commit_pending()
        inputs = take_inputs(self._session)
        proposed = export_folder(self._remembered(), inputs.path) / proposed_name(inputs, output, templates)
        target = self._dialogs.save_file(self._window, proposed)
        if target is None:
            return None
        passphrase = None if output.is_report else self._dialogs.new_passphrase(self._window, target)
        if not output.is_report and passphrase is None:
            return None
        # Encrypting takes a second or two (scrypt, on purpose): on the worker thread with the writing.
        return self._write(self._window, target, lambda: export(inputs, output, templates, target, passphrase))

    def export_previewed(self, preview: Preview, parent: QWidget) -> Path | None:
        """The preview's Export…: the document as it was read."""
        proposed = export_folder(self._remembered(), preview.inputs.path) / preview.file_name
        target = self._dialogs.save_file(parent, proposed)
        if target is None:
            return None
        return self._write(parent, target, lambda: export_preview(preview, target))

    # --- helpers ------------------------------------------------------------------------------------

    def _templates(self) -> ReportTemplates | None:
        """Loaded and checked at the first preview or export (Content.report_templates), then kept."""
        content = self._session.content
        return self._run(self._window, LOADING_TEMPLATES, lambda: content.report_templates)

    def _write(self, parent: QWidget, target: Path, job: Callable[[], Path]) -> Path | None:
        if self._run(parent, exporting(target), job) is None:
            return None
        self._settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
        folder = QUrl.fromLocalFile(str(target.parent)).toString()
        self.exported_label.setText(f'{escape(exported(target))} \u00b7 <a href="{escape(folder)}">Open folder</a>')
        self.exported_label.setToolTip(str(target))
        self.exported_label.show()
        return target

    def _run(self, parent: QWidget, label: str, job: Callable[[], T]) -> T | None:
        """The job's result, or None when it was refused (and the user told why)."""
        try:
            return run_in_background(parent, label, job)
        except UserError as refused:
            self._dialogs.error(parent, str(refused))
            return None

    def _remembered(self) -> str | None:
        return str(self._settings.value(EXPORT_FOLDER_KEY) or "") or None


def _laid_out(preview: Preview) -> tuple[Preview, QTextDocument]:
    return preview, laid_out(preview)
