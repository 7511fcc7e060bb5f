"""Printing a generated PDF: the user picks the printer in QPrintDialog and the PDF's own pages
go to it, rendered by QtPdf. The PDF never passes through a temporary file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def load_pdf(pdf: bytes, parent: QObject) -> tuple[QPdfDocument, QBuffer]:
    """Load PDF bytes into QtPdf from memory. Keep the buffer alive as long as the document."""
    document = QPdfDocument(parent)
    return document, load_into(document, pdf, parent)


def load_into(document: QPdfDocument, pdf: bytes, parent: QObject | None = None) -> QBuffer:
    """(Re)load an existing QPdfDocument from PDF bytes in memory; returns the buffer it reads,
    which must stay alive (and open) as long as the document shows these bytes."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.close()
    document.load(buffer)
    return buffer


# Pages are rasterised by QtPdf before they go to the printer. A "high resolution" printer reports
# 1200 dpi, which would make one A4 page a 550 MB image; 300 dpi keeps text crisp on paper.
MAX_RENDER_DPI = 300


def render_to_printer(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    max_dpi: int = MAX_RENDER_DPI,
    page_done: Callable[[int], None] | None = None,
) -> None:
    """Send every page of `document` to `printer`; `page_done(n)` after each page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("de printer kon niet worden geopend")
    try:
        dpi = min(printer.resolution(), max_dpi)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size_pt = document.pagePointSize(page)
            target = QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
            image = document.render(page, target)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
            if page_done is not None:
                page_done(page + 1)
    finally:
        painter.end()


def print_pdf(pdf: bytes, parent: QWidget, title: str) -> int:
    """Ask for a printer and print; returns the number of copies sent (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    document, _buffer = load_pdf(pdf, parent)
    try:
        render_to_printer(document, printer)
    finally:
        document.close()
    return max(1, printer.copyCount())
