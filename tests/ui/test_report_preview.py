"""The document preview in the application: made on the worker with progress, shown by QtPdf from
memory, printed (copies numbered in the PDF), saved atomically, audited; the Documents dialog."""

from __future__ import annotations

import errno
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QSpinBox, QWidget

from bench.bench_reports import open_demo
from reports.documents import DocumentRequest
from storage.access import open_store
from storage.demo import DEMO_PASSPHRASE
from tests.helpers.qt import FakeClock, make_context
from ui.reports import show_document, show_documents_dialog
from ui.reports.preview import DocumentPreview


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo-template") / "demo"
    open_demo(root).close()
    return root


@pytest.fixture
def ctx(qtbot, tmp_path: Path, demo_template: Path):
    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    settings = tmp_path / "settings"
    settings.mkdir()
    context = make_context(root, settings, FakeClock())

    def open_on_worker(state) -> None:
        state.store = open_store(root, DEMO_PASSPHRASE)

    context.worker.run(open_on_worker, needs_store=False)
    assert context.worker.wait_idle()
    yield context
    context.worker.shutdown()


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def on_worker(ctx, fn):
    box = []
    ctx.worker.with_store(fn, box.append)
    assert ctx.worker.wait_idle()
    return box[0]


def sealed_meeting_number(ctx) -> str:
    from storage.meetings import MeetingQueries

    return on_worker(
        ctx, lambda store: next(m.number for m in MeetingQueries(store).list_meetings() if m.sealed)
    )


def audit(ctx, action: str):
    return on_worker(ctx, lambda store: store.audit.entries(action_prefix=action))


def wait_generated(qtbot, preview: DocumentPreview) -> None:
    qtbot.waitUntil(lambda: preview.document is not None and preview.page_count() > 0, timeout=30_000)


def test_preview_loads_the_pdf_from_memory_with_progress(qtbot, ctx, parent, tmp_path, monkeypatch) -> None:
    watched = tmp_path / "systemtemp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    monkeypatch.setenv("TMPDIR", str(watched))
    number = sealed_meeting_number(ctx)
    preview = DocumentPreview(ctx, DocumentRequest("verslag", meeting_number=number), parent)
    pages_seen: list[int] = []
    preview._relay.page.connect(lambda _generation, n: pages_seen.append(n))
    preview.show()
    preview.generate()
    assert preview.pages.currentIndex() == 0  # the progress page while the worker makes the PDF
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    wait_generated(qtbot, preview)
    document = preview.document
    assert document is not None
    pdf_pages = len(PdfReader(io.BytesIO(document.pdf)).pages)
    assert preview.page_count() == pdf_pages == document.pages
    assert pages_seen == list(range(1, pdf_pages + 1))
    assert preview.pages.currentWidget() is preview.view
    assert preview.view.document() is not None and preview.view.document().pageCount() == pdf_pages
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert number in preview.details.text()
    assert "Vastgesteld" in preview.details.text()  # the UI runs in Dutch
    assert list(watched.iterdir()) == []  # QtPdf reads from a QBuffer, never a temp file


def test_copies_regenerate_with_numbered_copies(qtbot, ctx, parent) -> None:
    number = sealed_meeting_number(ctx)
    preview = show_document(ctx, parent, DocumentRequest("besluitenlijst", meeting_number=number))
    wait_generated(qtbot, preview)
    single = preview.document
    preview.copies.setValue(3)
    preview.copies.editingFinished.emit()
    qtbot.waitUntil(lambda: preview.document is not None and preview.document.copies == 3, timeout=30_000)
    assert preview.page_count() == 3 * single.pages
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.document.pdf)).pages)
    for n in (1, 2, 3):
        assert f"Exemplaar {n} van 3" in text


def test_save_as_is_atomic_and_audited(qtbot, ctx, parent, tmp_path, monkeypatch) -> None:
    watched = tmp_path / "systemtemp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    monkeypatch.setenv("TMPDIR", str(watched))
    number = sealed_meeting_number(ctx)
    preview = show_document(ctx, parent, DocumentRequest("besluitenlijst", meeting_number=number))
    wait_generated(qtbot, preview)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / preview.document.filename
    target.write_bytes(b"an older export")
    with qtbot.waitSignal(preview.saved, timeout=30_000):
        preview.save_to(str(target))
    assert target.read_bytes() == preview.document.pdf
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temp file left over
    assert list(watched.iterdir()) == []  # and nothing in the system temp folder
    assert (target.stat().st_mode & 0o777) == 0o600
    assert "Opgeslagen" in preview.status.text()
    [entry] = audit(ctx, "report.export")
    assert (entry.object_type, entry.object_id) == ("meeting", number)
    assert entry.detail == preview.document.audit_detail()
    assert entry.detail["kind"] == "besluitenlijst" and entry.detail["copies"] == 1
    assert entry.detail["version"] == "1.0"
    assert set(entry.detail) == {"kind", "version", "status", "copies", "pages", "chair_version", "lang"}


def test_a_failed_save_keeps_the_old_file_and_leaves_nothing(
    qtbot, ctx, parent, tmp_path, monkeypatch
) -> None:
    number = sealed_meeting_number(ctx)
    preview = show_document(ctx, parent, DocumentRequest("actielijst", meeting_number=number))
    wait_generated(qtbot, preview)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "actielijst.pdf"
    target.write_bytes(b"the old file")

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with qtbot.waitSignal(preview.failed, timeout=30_000):
        preview.save_to(str(target))
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in folder.iterdir()) == ["actielijst.pdf"]
    assert "vol" in preview.error.text()  # "De schijf is vol: …"
    assert audit(ctx, "report.export") == []


class FakePrintDialog(QObject):
    """Stands in for QPrintDialog: the user picks "print to PDF file", 2 copies, and accepts."""

    accepted = Signal()
    output: Path
    copies = 2

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(parent)
        self.printer = printer
        FakePrintDialog.instance = self

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def open(self) -> None:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.output))
        self.printer.setCopyCount(self.copies)
        QTimer.singleShot(0, self.accepted.emit)


def test_print_numbers_the_copies_in_the_pdf_and_is_audited(
    qtbot, ctx, parent, tmp_path, monkeypatch
) -> None:
    FakePrintDialog.output = tmp_path / "printed.pdf"
    monkeypatch.setattr("ui.reports.preview.QPrintDialog", FakePrintDialog)
    number = sealed_meeting_number(ctx)
    preview = show_document(ctx, parent, DocumentRequest("agenda", meeting_number=number))
    wait_generated(qtbot, preview)
    pages = preview.document.pages
    with qtbot.waitSignal(preview.printed, timeout=60_000) as printed:
        preview.print_document()
    assert printed.args == [2]
    # The printer got one job holding both numbered copies, not two copies of one.
    assert FakePrintDialog.instance.printer.copyCount() == 1
    assert preview.document.copies == 2 and preview.copies.value() == 2
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.document.pdf)).pages)
    assert "Exemplaar 1 van 2" in text and "Exemplaar 2 van 2" in text
    assert len(PdfReader(str(FakePrintDialog.output)).pages) == 2 * pages
    [entry] = audit(ctx, "report.print")
    assert (entry.object_type, entry.object_id) == ("meeting", number)
    assert entry.detail["kind"] == "agenda" and entry.detail["copies"] == 2
    assert audit(ctx, "report.export") == []


def test_closing_the_preview_drops_the_pdf(qtbot, ctx, parent) -> None:
    number = sealed_meeting_number(ctx)
    preview = show_document(ctx, parent, DocumentRequest("verslag", meeting_number=number))
    wait_generated(qtbot, preview)
    preview.reject()  # what a lock does to every dialog
    assert preview.document is None and preview._buffer is None
    assert preview._pdf.pageCount() == 0


def test_a_missing_meeting_shows_a_message(qtbot, ctx, parent) -> None:
    preview = show_document(ctx, parent, DocumentRequest("verslag", meeting_number="OT 2099-99"))
    qtbot.waitUntil(lambda: preview.error.isVisible(), timeout=30_000)
    assert "OT 2099-99" in preview.error.text()
    assert not preview.save_button.isEnabled()


def _unnamed_controls(root: QWidget) -> list[str]:
    """Visible buttons, combo boxes and spin boxes without an accessible name, label or text."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QSpinBox) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QSpinBox | QComboBox):
            continue  # parts of a compound control
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or widget in buddies or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_documents_dialog_opens_the_chosen_document(qtbot, ctx, parent) -> None:
    from storage.meetings import MeetingQueries

    meeting_id = on_worker(ctx, lambda store: MeetingQueries(store).list_meetings()[0].id)
    dialog = show_documents_dialog(ctx, parent, meeting_id=meeting_id)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=30_000)
    assert dialog.windowTitle() == "Documenten"
    assert dialog.meeting.currentData() == meeting_id
    assert _unnamed_controls(dialog) == []
    # Register: the year field shows, the meeting field hides.
    dialog.kind.setCurrentIndex(dialog.kind.findData("register"))
    assert dialog.year.isVisibleTo(dialog) and not dialog.meeting.isVisibleTo(dialog)
    dialog.year.setValue(2026)
    dialog.open_button.click()
    preview = dialog.preview
    assert preview is not None
    wait_generated(qtbot, preview)
    assert preview.document.kind == "register" and preview.document.object_id == "2026"
    assert _unnamed_controls(preview) == []


def test_documents_dialog_needs_a_case_for_an_excerpt(qtbot, ctx, parent) -> None:
    dialog = show_documents_dialog(ctx, parent, kind="uittreksel")
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=30_000)
    dialog.case.setEditText("bestaat-niet")
    dialog.open_button.click()
    assert dialog.error.isVisible() and dialog.preview is None
    dialog.case.setCurrentIndex(0)
    reference = dialog.case.currentText()
    dialog.open_button.click()
    wait_generated(qtbot, dialog.preview)
    assert dialog.preview.document.object_id == reference
