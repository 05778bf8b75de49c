"""The preview of a report (app.report_export.Preview): a window beside the inspection, not blocking it,
with the document as HTML, a line saying it is a draft and when it was made, Export… and Close.

Qt's reading of the HTML is done on the worker thread too (`laid_out`): it took 0.1 s for the demo's
panel report and 0.6 s at 10× on the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from inspector.app.report_export import Preview
from inspector.gui.colours import follow_style
from inspector.gui.dialogs import APP_TITLE

PREVIEW_SIZE = (1000, 700)  # beside the inspection window on a 1366×768 screen, or over it
_BANNER = "previewBanner"


def laid_out(preview: Preview) -> QTextDocument:
    """On the worker thread: the preview's HTML read into a document, then handed to the window's thread
    (a QObject is used on the thread it belongs to; it is given from its own)."""
    document = QTextDocument()
    document.setHtml(preview.html)
    application = QCoreApplication.instance()
    assert application is not None
    document.moveToThread(application.thread())
    return document


class ReportPreview(QDialog):
    exportRequested = Signal()

    def __init__(self, preview: Preview, document: QTextDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(f"{preview.title} (preview) \u2014 {APP_TITLE}")
        self.setSizeGripEnabled(True)

        self.banner = QLabel(preview.banner)
        self.banner.setObjectName(_BANNER)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("About this preview")
        follow_style(self.banner, lambda found: f"QLabel#{_BANNER} {{ background: {found.note_tint.name()}; "
                     f"border: 1px solid {found.note_edge.name()}; border-radius: 4px; padding: 6px 8px; }}")

        self.browser = QTextBrowser()
        self.browser.setAccessibleName(f"The {preview.output.label}")
        self.browser.setOpenExternalLinks(False)  # the contents' links go to headings in the document
        document.setParent(self.browser)  # kept as long as the browser shows it
        self.browser.setDocument(document)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton("&Export\u2026", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleName(f"Export the {preview.output.label} to Word")
        self.export_button.clicked.connect(self.exportRequested)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close the preview")
        self.close_button.clicked.connect(self.close)
        for button in (self.export_button, self.close_button):
            button.setAutoDefault(False)  # Enter while reading does not export; Alt+E and Escape do their jobs
        # Escape closes any dialog; Ctrl+W as every other window.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close).setWhatsThis("Close the preview")

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(*PREVIEW_SIZE)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
