"""The aangifte follow-up track of one decision: did the IND file the aangifte (when, or why not),
and what did the OM answer (when)? Loading and saving run on the worker; a refused save (bad date,
personal data in the note, a purged case) shows why and keeps everything typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storage.followup import Feedback, FollowUp, FollowUpService
from ui.context import AppContext
from ui.meetings.common import ErrorLine

FEEDBACK_ORDER = ("", "started", "not_started", "merged", "unknown")


def _qdate(value: date | None, fallback: date) -> QDate:
    day = value or fallback
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FollowUpDialog(QDialog):
    def __init__(self, ctx: AppContext, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decision_id = decision_id
        self.track: FollowUp | None = None
        self.setWindowTitle(self.tr("Aangifte follow-up"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.state_open = QRadioButton(self.tr("Not filed yet"), self)
        self.state_filed = QRadioButton(self.tr("Filed on"), self)
        self.state_not = QRadioButton(self.tr("Not filed, because"), self)
        self.states = QButtonGroup(self)
        for button in (self.state_open, self.state_filed, self.state_not):
            self.states.addButton(button)
        self.filed_on = QDateEdit(self)
        self.filed_on.setCalendarPopup(True)
        self.filed_on.setAccessibleName(self.tr("Date the aangifte was filed"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Why no aangifte was filed"))
        self.feedback = QComboBox(self)
        self.feedback.setAccessibleName(self.tr("Feedback from the OM"))
        for key in FEEDBACK_ORDER:
            self.feedback.addItem(Feedback(key).label(), key)
        self.feedback_dated = QCheckBox(self.tr("on"), self)
        self.feedback_dated.setAccessibleName(self.tr("The date of the feedback is known"))
        self.feedback_on = QDateEdit(self)
        self.feedback_on.setCalendarPopup(True)
        self.feedback_on.setAccessibleName(self.tr("Date of the OM's feedback"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._layout()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.states.buttonToggled.connect(lambda _b, _on: self._enable())
        self.feedback.currentIndexChanged.connect(lambda _i: self._enable())
        self.feedback_dated.toggled.connect(lambda _on: self._enable())
        ctx.worker.with_store(
            lambda store: FollowUpService(store).track(decision_id),
            self._loaded,
            self.error.show_error,
            owner=self,
        )

    def _layout(self) -> None:
        form = QFormLayout()
        filed = QHBoxLayout()
        filed.addWidget(self.state_filed)
        filed.addWidget(self.filed_on)
        filed.addStretch(1)
        not_filed = QHBoxLayout()
        not_filed.addWidget(self.state_not)
        not_filed.addWidget(self.reason, 1)
        filing = QVBoxLayout()
        filing.addWidget(self.state_open)
        filing.addLayout(filed)
        filing.addLayout(not_filed)
        form.addRow(self.tr("Aangifte"), filing)
        feedback = QHBoxLayout()
        feedback.addWidget(self.feedback, 1)
        feedback.addWidget(self.feedback_dated)
        feedback.addWidget(self.feedback_on)
        label = QLabel(self.tr("OM feedback"), self)
        label.setBuddy(self.feedback)
        form.addRow(label, feedback)
        note_label = QLabel(self.tr("Note"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 380)

    def _loaded(self, track: FollowUp) -> None:
        self.track = track
        today = self.ctx.wall_clock().date()
        self.heading.setText(
            self.tr("Decision {number} of {date}, case {case}. The case status stays “aangifte”.").format(
                number=track.decision_number, date=track.decided_on.isoformat(), case=track.case_reference
            )
        )
        self.filed_on.setDate(_qdate(track.filed_on, today))
        self.reason.setText(track.not_filed_reason)
        self.feedback.setCurrentIndex(max(0, self.feedback.findData(track.om_feedback)))
        self.feedback_dated.setChecked(track.om_feedback_on is not None)
        self.feedback_on.setDate(_qdate(track.om_feedback_on, today))
        self.note.setPlainText(track.note)
        button = {"filed": self.state_filed, "not_filed": self.state_not}.get(
            track.state.value, self.state_open
        )
        button.setChecked(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._enable()

    def _enable(self) -> None:
        filed = self.state_filed.isChecked()
        self.filed_on.setEnabled(filed)
        self.reason.setEnabled(self.state_not.isChecked())
        self.feedback.setEnabled(filed)
        self.feedback_dated.setEnabled(filed and bool(self.feedback.currentData()))
        self.feedback_on.setEnabled(self.feedback_dated.isEnabled() and self.feedback_dated.isChecked())

    def values(self) -> dict[str, object]:
        filed = self.state_filed.isChecked()
        feedback = str(self.feedback.currentData() or "") if filed else ""
        return {
            "filed_on": _pydate(self.filed_on.date()) if filed else None,
            "not_filed": self.state_not.isChecked(),
            "not_filed_reason": self.reason.text() if self.state_not.isChecked() else "",
            "om_feedback": feedback,
            "om_feedback_on": _pydate(self.feedback_on.date())
            if feedback and self.feedback_dated.isChecked()
            else None,
            "note": self.note.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        decision_id = self.decision_id
        self.buttons.setEnabled(False)
        self.ctx.worker.with_store(
            lambda store: FollowUpService(store).record(decision_id, **values),  # type: ignore[arg-type]
            self._saved,
            self._refused,
            owner=self,
        )

    def _saved(self, track: FollowUp) -> None:
        self.track = track
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(exc)
