"""The "Documents" dialog: choose a document and what it is about (meeting, case or year), then
open its preview. The lists of meetings and cases are read on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reports.documents import MAX_COPIES, DocumentKind, DocumentRequest
from storage.errors import StoreError
from ui.context import AppContext
from ui.dates import display_date
from ui.reports.preview import DocumentPreview, show_document
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.error_text import user_message

if TYPE_CHECKING:
    from storage.store import Store

_KIND_SOURCES = {
    DocumentKind.AGENDA: str(QT_TRANSLATE_NOOP("Reports", "Agenda")),
    DocumentKind.VERSLAG: str(QT_TRANSLATE_NOOP("Reports", "Minutes (verslag)")),
    DocumentKind.BESLUITENLIJST: str(QT_TRANSLATE_NOOP("Reports", "Decision list (besluitenlijst)")),
    DocumentKind.ACTIELIJST: str(QT_TRANSLATE_NOOP("Reports", "Action list (actielijst)")),
    DocumentKind.UITTREKSEL: str(QT_TRANSLATE_NOOP("Reports", "Case excerpt (uittreksel)")),
    DocumentKind.REGISTER: str(QT_TRANSLATE_NOOP("Reports", "Decision register (besluitenregister)")),
    DocumentKind.JAAROVERZICHT: str(QT_TRANSLATE_NOOP("Reports", "Annual overview (jaaroverzicht)")),
}


def kind_label(kind: DocumentKind) -> str:
    """The document's name in the UI language (looked up when shown)."""
    return QCoreApplication.translate("Reports", _KIND_SOURCES[kind])


@dataclass(frozen=True)
class Choices:
    meetings: tuple[tuple[int, str, date], ...]  # id, number, date (newest first)
    cases: tuple[tuple[int, str], ...]  # id, reference
    upcoming: int | None


def load_choices(store: Store) -> Choices:
    """What the dialog offers (runs on the worker)."""
    from storage.meetings import MeetingQueries

    queries = MeetingQueries(store)
    meetings = tuple((m.id, m.number, m.date) for m in reversed(queries.list_meetings()))
    upcoming = queries.upcoming_meeting()
    cases: tuple[tuple[int, str], ...] = ()
    try:
        from storage.cases.service import CaseService

        service = CaseService(store)
        cases = tuple((row.id, row.reference) for row in service.rows(service.ids()))
    except (ImportError, StoreError):  # pragma: no cover - without a case register: none to pick
        cases = ()
    return Choices(meetings, tuple(sorted(cases, key=lambda c: c[1])), upcoming.id if upcoming else None)


class DocumentsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        meeting_id: int | None = None,
        case_id: int | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._wanted_meeting = meeting_id
        self._wanted_case = case_id
        self.preview: DocumentPreview | None = None
        self.setWindowTitle(self.tr("Documents"))

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Document"))
        for k in DocumentKind:
            self.kind.addItem(kind_label(k), k.value)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.case = QComboBox(self)
        self.case.setEditable(True)
        self.case.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.case.setAccessibleName(self.tr("Case"))
        completer = self.case.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year or date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.chair = QCheckBox(self.tr("Chair's version (internal notes and durations)"), self)
        self.chair.setAccessibleName(self.tr("Chair's version"))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setAccessibleName(self.tr("Number of copies"))

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text, widget in (
            ("kind", self.tr("&Document"), self.kind),
            ("meeting", self.tr("&Meeting"), self.meeting),
            ("case", self.tr("C&ase"), self.case),
            ("year", self.tr("&Year"), self.year),
            ("copies", self.tr("C&opies"), self.copies),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow("", self.chair)

        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("&Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("primaryButton")
        self.open_button.setAccessibleName(self.tr("Open the preview"))
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self._open_preview)
        save_with_ctrl_enter(self, self.open_button)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.ctx.worker.with_store(load_choices, self._fill, self._failed, owner=self, label="report-choices")

    # -- filling ---------------------------------------------------------------------------------
    def _fill(self, choices: Choices) -> None:
        for meeting_id, number, day in choices.meetings:
            self.meeting.addItem(f"{number} · {display_date(day)}", meeting_id)
        wanted = self._wanted_meeting if self._wanted_meeting is not None else choices.upcoming
        if wanted is not None and self.meeting.findData(wanted) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(wanted))
        for case_id, reference in choices.cases:
            self.case.addItem(reference, case_id)
        if self._wanted_case is not None and self.case.findData(self._wanted_case) >= 0:
            self.case.setCurrentIndex(self.case.findData(self._wanted_case))
        elif choices.cases:
            self.case.setCurrentIndex(-1)
            self.case.setEditText("")
        self.open_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._show_error(user_message(exc))

    def _kind_changed(self) -> None:
        kind = DocumentKind(self.kind.currentData())
        visible = {
            "meeting": kind.needs_meeting,
            "case": kind is DocumentKind.UITTREKSEL,
            "year": kind in (DocumentKind.REGISTER, DocumentKind.JAAROVERZICHT),
        }
        for key, widget in (("meeting", self.meeting), ("case", self.case), ("year", self.year)):
            widget.setVisible(visible[key])
            self.labels[key].setVisible(visible[key])
        self.chair.setVisible(kind is DocumentKind.AGENDA)
        self.error.setVisible(False)

    # -- result ----------------------------------------------------------------------------------
    def request(self) -> DocumentRequest | None:
        """The request for the chosen document, or None (with a message) when something is missing."""
        kind = DocumentKind(self.kind.currentData())
        copies = self.copies.value()
        if kind.needs_meeting:
            meeting_id = self.meeting.currentData()
            if meeting_id is None:
                self._show_error(self.tr("Choose a meeting."))
                return None
            return DocumentRequest(
                kind.value,
                meeting_id=int(meeting_id),
                chair_version=kind is DocumentKind.AGENDA and self.chair.isChecked(),
                copies=copies,
            )
        if kind is DocumentKind.UITTREKSEL:
            reference = self.case.currentText().strip()
            index = self.case.findText(reference, Qt.MatchFlag.MatchFixedString)
            if not reference or index < 0:
                self._show_error(self.tr("Choose a case from the list."))
                return None
            return DocumentRequest(kind.value, case_id=int(self.case.itemData(index)), copies=copies)
        return DocumentRequest(kind.value, year=self.year.value(), copies=copies)

    def _open_preview(self) -> None:
        request = self.request()
        if request is None:
            return
        parent = self.parentWidget()
        self.accept()
        self.preview = show_document(self.ctx, parent if parent is not None else self, request)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
