"""Putting a document on paper, or into a PDF: an HTML document laid out on the pages with a footer
("… · page 2 of 14"), or a page of the window drawn as it is and scaled to fit one page.

`paint_html` and `pdf_bytes` run on a worker thread too (Qt paints on a QPrinter or a PDF writer from any
thread; the document and the writer are made, used and dropped on the same one). A widget is drawn on the
window's thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QRegion,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from inspector.errors import UserError
from inspector.gui.dialogs import APP_TITLE

# What pages are painted on: a printer or a PDF (QPagedPaintDevice itself has no resolution()).
PageDevice = QPrinter | QPdfWriter

MARGIN_MM = 15.0
FOOTER_POINTS = 8.0
INK = QColor("#222222")  # on paper the text is dark whatever the window's theme
LINK = QColor("#1f3864")
FOOTER_INK = QColor("#595959")  # the footer's grey, on white paper (7:1)


def page_layout() -> QPageLayout:
    """A4 upright with 15 mm margins: what the PDFs are, and where a printer starts."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def paint_html(html: str, device: PageDevice, footer: str) -> int:
    """Lay `html` out on the device's pages and paint them, each with `footer` and its page number;
    the number of pages. A printer's page range, if one was chosen, is kept to."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # fonts measured at the device's resolution
    document.setHtml(html)
    painter = _begin(device)
    try:
        area = device.pageLayout().paintRectPixels(device.resolution())
        footer_height = _footer_font(painter)
        body = QSizeF(area.width(), area.height() - footer_height)
        document.setPageSize(body)
        pages = document.pageCount()
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _paper()
        first = True
        for index in _pages_wanted(device, pages):
            if not first:
                device.newPage()
            first = False
            top = index * body.height()
            painter.save()
            painter.translate(0, -top)
            context.clip = QRectF(0, top, body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, QRectF(0, body.height(), body.width(), footer_height), footer, index + 1, pages)
    finally:
        painter.end()
    return pages


def paint_widget(widget: QWidget, device: PageDevice, footer: str) -> None:
    """The widget as the window draws it, scaled to fit one page, with `footer` under it."""
    painter = _begin(device)
    try:
        area = device.pageLayout().paintRectPixels(device.resolution())
        footer_height = _footer_font(painter)
        room = QSizeF(area.width(), area.height() - footer_height)
        size = widget.size()
        scale = min(room.width() / max(size.width(), 1), room.height() / max(size.height(), 1))
        painter.save()
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0), QRegion(),
                      QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground)
        painter.restore()
        _footer(painter, QRectF(0, room.height(), room.width(), footer_height), footer, 1, 1)
    finally:
        painter.end()


def pdf_bytes(paint: Callable[[PageDevice], object], title: str) -> bytes:
    """A PDF made in memory (written to its file all at once, owner-only, by the caller): A4, `title` in its
    properties, painted by `paint`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_TITLE)
    writer.setPageLayout(page_layout())
    try:
        paint(writer)
    finally:
        buffer.close()
        # Dropped here, on the thread that made them (a QObject is destroyed on its own thread).
        del writer
    made = bytes(data.data())
    del buffer
    return made


def set_up_printer(printer: QPrinter, title: str) -> None:
    printer.setDocName(title)
    printer.setCreator(APP_TITLE)
    printer.setPageLayout(page_layout())


def _begin(device: PageDevice) -> QPainter:
    painter = QPainter()
    if not painter.begin(device):
        what = device.printerName() if isinstance(device, QPrinter) and device.printerName() else "the printer"
        raise UserError(f"Nothing was printed: {what} could not be started; check it is connected and try again")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def _footer_font(painter: QPainter) -> float:
    """Set the footer's font (the app's, small); the height kept for the footer under the body."""
    font = QFont()
    font.setPointSizeF(FOOTER_POINTS)
    painter.setFont(font)
    return painter.fontMetrics().height() * 2.0


def _footer(painter: QPainter, place: QRectF, text: str, page: int, pages: int) -> None:
    painter.save()
    painter.setPen(FOOTER_INK)
    _footer_font(painter)
    painter.drawText(place, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
    painter.drawText(place, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, f"Page {page} of {pages}")
    painter.restore()


def _pages_wanted(device: PageDevice, pages: int) -> range:
    """Every page, or the range chosen in the print dialog (numbered from 1)."""
    if isinstance(device, QPrinter) and device.printRange() == QPrinter.PrintRange.PageRange \
            and device.fromPage() > 0:
        return range(device.fromPage() - 1, min(device.toPage() or pages, pages))
    return range(pages)


def _paper() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.WindowText, INK)
    palette.setColor(QPalette.ColorRole.Link, LINK)
    return palette
