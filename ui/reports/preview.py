"""The document preview: the PDF is made on the worker (with a progress indicator), shown with
QtPdf from memory, printed through QPrintDialog or saved atomically. Every print and export is
recorded in the audit log (document kind, meeting or case, version, copies; never content).

The PDF exists only in this dialog's memory: no temporary file, and it is dropped when the
dialog closes (a lock closes every dialog).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reports.documents import MAX_COPIES, DocumentRequest, RenderedDocument
from ui.context import AppContext
from ui.printing import load_into, render_to_printer
from ui.widgets.error_text import user_message

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer

    from storage.store import Store


def show_document(ctx: AppContext, parent: QWidget, request: DocumentRequest) -> DocumentPreview:
    """Open the preview of `request` (non-modal) and start making the PDF; returns the dialog."""
    preview = DocumentPreview(ctx, request, parent)
    preview.show()
    preview.generate()
    return preview


class _Relay(QObject):
    """Carries page progress from the worker thread to the GUI thread (queued signal). It has no
    parent, so a job still running after the dialog closed never touches a deleted object."""

    page = Signal(int, int)  # generation, pages laid out so far


class DocumentPreview(QDialog):
    """Preview of one document with Print and Save as. Non-modal; open it with ``show_document``."""

    generated = Signal(object)  # RenderedDocument, once it is shown
    saved = Signal(str)
    printed = Signal(int)  # copies
    failed = Signal(str)

    def __init__(self, ctx: AppContext, request: DocumentRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        self.document: RenderedDocument | None = None
        self._pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._generation = 0
        self._after_generation: list[object] = []
        self._relay = _Relay()
        self._relay.page.connect(self._on_page)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Document preview"))
        self.resize(900, 720)
        self._build()
        self.finished.connect(self._drop)

    # -- construction -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("areaTitle")
        self.details = QLabel(self)
        self.details.setObjectName("hintText")
        self.details.setWordWrap(True)
        tools = self._build_tools()
        self._build_pages()
        self._build_messages()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.ask_save_path)
        self._set_ready(False)

    def _build_tools(self) -> QHBoxLayout:
        self.copies_label = QLabel(self.tr("&Copies"), self)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(self.request.copies)
        self.copies.setAccessibleName(self.tr("Number of copies"))
        self.copies.setToolTip(self.tr("Each copy is numbered on its pages: “Copy n of N”."))
        self.copies_label.setBuddy(self.copies)
        self.copies.editingFinished.connect(self._copies_changed)

        self.fit_width = QPushButton(self.tr("Fit &width"), self)
        self.fit_width.setAccessibleName(self.tr("Fit the page width"))
        self.fit_width.clicked.connect(lambda: self._zoom(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QPushButton(self.tr("Whole &page"), self)
        self.fit_page.setAccessibleName(self.tr("Show the whole page"))
        self.fit_page.clicked.connect(lambda: self._zoom(QPdfView.ZoomMode.FitInView))

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the document"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save the document as PDF"))
        self.save_button.clicked.connect(self.ask_save_path)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.close_button.clicked.connect(self.reject)

        tools = QHBoxLayout()
        tools.addWidget(self.copies_label)
        tools.addWidget(self.copies)
        tools.addSpacing(12)
        tools.addWidget(self.fit_width)
        tools.addWidget(self.fit_page)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)
        tools.addWidget(self.close_button)
        return tools

    def _build_pages(self) -> None:
        self.progress_text = QLabel(self)
        self.progress_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Making the document"))
        self.progress.setMaximumWidth(360)
        waiting = QWidget(self)
        wait_layout = QVBoxLayout(waiting)
        wait_layout.addStretch(1)
        wait_layout.addWidget(self.progress_text)
        wait_layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        wait_layout.addStretch(1)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._pdf)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(waiting)
        self.pages.addWidget(self.view)

    def _build_messages(self) -> None:
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("okText")
        self.status.setWordWrap(True)
        self.status.setVisible(False)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.print_button, self.save_button, self.fit_width, self.fit_page):
            widget.setEnabled(ready)

    # -- generation -------------------------------------------------------------------------------
    def generate(self) -> None:
        """(Re)make the PDF on the worker; the newest request wins."""
        self._generation += 1
        generation = self._generation
        request = self.request
        relay = self._relay
        self._set_ready(False)
        self.error.setVisible(False)
        self.pages.setCurrentIndex(0)
        self.progress_text.setText(self.tr("Making the document…"))

        def job(store: Store) -> RenderedDocument:
            from reports.documents import build_document

            return build_document(store, request, progress=lambda n: relay.page.emit(generation, n))

        self.ctx.worker.with_store(
            job,
            lambda doc: self._on_generated(generation, doc),
            lambda exc: self._on_generation_failed(generation, exc),
            owner=self,
            label="report-generate",
        )

    def _on_page(self, generation: int, pages: int) -> None:
        if generation == self._generation:
            self.progress_text.setText(self.tr("Making the document… page {page}").format(page=pages))

    def _on_generated(self, generation: int, document: RenderedDocument) -> None:
        if generation != self._generation:
            return
        self._release_pdf()
        self.document = document
        self._buffer = load_into(self._pdf, document.pdf, self)
        self.pages.setCurrentIndex(1)
        self.title.setText(document.title)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=document.title))
        self.details.setText(self._details(document))
        self._set_ready(True)
        self.generated.emit(document)
        pending, self._after_generation = self._after_generation, []
        for step in pending:
            step()  # type: ignore[operator]

    def _details(self, document: RenderedDocument) -> str:
        status = {
            "concept": self.tr("Draft"),
            "vastgesteld": self.tr("Adopted"),
        }.get(document.status, "")
        parts = [document.object_id]
        if status:
            parts.append(status)
        parts.append(self.tr("version {version}").format(version=document.version))
        parts.append(self.tr("pages: {pages}").format(pages=document.pages))
        if document.copies > 1:
            parts.append(self.tr("copies: {copies}").format(copies=document.copies))
        return " · ".join(parts)

    def _on_generation_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._after_generation = []  # e.g. a print waiting for its copies: nothing to print
        self.pages.setCurrentIndex(0)
        self.progress.setVisible(False)
        self.progress_text.setText("")
        self._show_error(user_message(exc))

    def _copies_changed(self) -> None:
        copies = self.copies.value()
        if copies != self.request.copies:
            self.request = self.request.with_copies(copies)
            self.generate()

    def page_count(self) -> int:
        return self._pdf.pageCount()

    def _zoom(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    # -- print ----------------------------------------------------------------------------------
    def print_document(self) -> None:
        """Ask for a printer; the copies chosen there are numbered in the PDF itself."""
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.title)
        printer.setFullPage(True)
        printer.setCopyCount(self.request.copies)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.document.title))
        dialog.accepted.connect(lambda: self._printer_chosen(printer))
        self._print_dialog = dialog  # keeps the printer and dialog alive until accepted
        # QPrintDialog inherits QDialog.open(); PySide's stub lists only open(receiver, member).
        dialog.open()  # type: ignore[call-arg]

    def _printer_chosen(self, printer: QPrinter) -> None:
        copies = max(1, printer.copyCount())
        # Every copy is in the PDF with its own "Exemplaar n van N"; the printer prints it once.
        printer.setCopyCount(1)
        if self.document is not None and copies == self.document.copies:
            self._send_to_printer(printer)
            return
        self.copies.setValue(copies)
        self.request = self.request.with_copies(copies)
        self._after_generation.append(lambda: self._send_to_printer(printer))
        self.generate()

    def _send_to_printer(self, printer: QPrinter) -> None:
        document, pdf = self.document, self._pdf
        if document is None:
            return
        self.pages.setCurrentIndex(0)
        self.progress.setVisible(True)
        try:
            render_to_printer(
                pdf,
                printer,
                page_done=lambda n: self.progress_text.setText(
                    self.tr("Printing page {page}…").format(page=n)
                ),
            )
        except OSError:
            self.pages.setCurrentIndex(1)
            self._show_error(self.tr("The printer could not be opened. Nothing was printed."))
            return
        self.pages.setCurrentIndex(1)
        copies = document.copies
        self.ctx.worker.with_store(
            lambda store: _record(store, document, "report.print", copies),
            lambda _r: self._done(
                self.tr("Sent to the printer (copies: {copies}).").format(copies=copies), self.printed, copies
            ),
            lambda exc: self._show_error(user_message(exc)),
            owner=self,
            label="report-print",
        )

    # -- save -----------------------------------------------------------------------------------
    def ask_save_path(self) -> None:
        if self.document is None:
            return
        dialog = QFileDialog(self, self.tr("Save {title}").format(title=self.document.title))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(self.document.filename)
        dialog.fileSelected.connect(self.save_to)
        self._save_dialog = dialog
        dialog.open()

    def save_to(self, path: str) -> None:
        """Write the PDF atomically (temp file in the same folder, fsync, rename) on the worker."""
        document = self.document
        if document is None or not path:
            return
        target = Path(path)

        def job(store: Store) -> str:
            from storage.atomic import write_atomic

            write_atomic(target, document.pdf)
            _record(store, document, "report.export", document.copies)
            return str(target)

        self.ctx.worker.with_store(
            job,
            lambda saved: self._done(self.tr("Saved to {path}.").format(path=saved), self.saved, saved),
            lambda exc: self._show_error(user_message(exc)),
            owner=self,
            label="report-save",
        )

    # -- feedback and clean-up --------------------------------------------------------------------
    def _done(self, message: str, signal: SignalInstance, value: object) -> None:
        self.error.setVisible(False)
        self.status.setText(message)
        self.status.setVisible(True)
        signal.emit(value)

    def _show_error(self, message: str) -> None:
        self.status.setVisible(False)
        self.error.setText(message)
        self.error.setVisible(True)
        self.failed.emit(message)

    def _release_pdf(self) -> None:
        self._pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(b"")
            self._buffer.deleteLater()
        self._buffer = None

    def _drop(self, _result: int = 0) -> None:
        """Closing (also by a lock) forgets the PDF: no decrypted record outlives the dialog."""
        self._generation += 1  # results still on their way are ignored
        self._after_generation = []
        with contextlib.suppress(RuntimeError, TypeError):
            self._relay.page.disconnect(self._on_page)  # a running job may still report pages
        self._release_pdf()
        self.document = None

    def goto_page(self, page: int) -> None:
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())


def _record(store: Store, document: RenderedDocument, action: str, copies: int) -> None:
    from reports.documents import record_output

    record_output(store, document, action, copies)
