"""The small forms of the live meeting: an outcome's details, an action item, a note (disagreement,
reason to keep flagged text) and the closing check.

Each form stays open until the store accepted what it asked for: ``submitted`` carries the values,
the view runs the job and calls ``succeeded()`` or ``failed(exc)``. When the anonymity guard refuses
a text the form shows why and a field for the reason to keep it anyway. Forms are opened with
``open()``, never ``exec()``, so a lock can close them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from storage.meetings import Decision, Outcome
from ui.widgets.error_text import user_message


def guard_findings(exc: BaseException) -> tuple[Any, ...] | None:
    """The findings of an anonymity refusal (either guard error class), else None."""
    findings = getattr(exc, "findings", None)
    return tuple(findings) if findings is not None else None


def text_edit(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QWidget):
    """A date, optionally with "no date" (a check box in front)."""

    def __init__(self, name: str, default: date, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d-M-yyyy")
        self.edit.setDate(qdate(default))
        self.edit.setAccessibleName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.use: QCheckBox | None = None
        if optional:
            self.use = QCheckBox(self.tr("Set a date"), self)
            self.use.setAccessibleName(self.tr("Set a date: {name}").format(name=name))
            self.use.toggled.connect(self.edit.setEnabled)
            self.use.setChecked(False)
            self.edit.setEnabled(False)
            row.addWidget(self.use)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.use or self.edit)

    def value(self) -> date | None:
        if self.use is not None and not self.use.isChecked():
            return None
        return pydate(self.edit.date())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(qdate(value))
        if self.use is not None:
            self.use.setChecked(value is not None)


class FormDialog(QDialog):
    submitted = Signal(dict, object)  # values, override reason (str | None)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason to keep the marked text"))
        self.reason.setPlaceholderText(self.tr("e.g. the name of a public organisation, not of a person"))
        self.reason_label = QLabel(self.tr("Reason to keep it"), self)
        self.reason_label.setBuddy(self.reason)
        self.reason.setVisible(False)
        self.reason_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        reason_row = QFormLayout()
        reason_row.addRow(self.reason_label, self.reason)
        layout.addLayout(reason_row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, label: str, field: QWidget) -> QWidget:
        caption = QLabel(label, self)
        caption.setWordWrap(True)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        if not field.accessibleName():
            field.setAccessibleName(label)
        return field

    def values(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {}

    def _submit(self) -> None:
        reason = self.reason.text().strip() if self.reason.isVisible() else ""
        self.ok_button.setEnabled(False)
        self.error.setVisible(False)
        self.submitted.emit(self.values(), reason or None)

    def succeeded(self) -> None:
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(user_message(exc))
        self.error.setVisible(True)
        if guard_findings(exc) is not None:
            self.reason.setVisible(True)
            self.reason_label.setVisible(True)
            self.reason.setFocus()


# --- outcomes -------------------------------------------------------------------------------------
FIELD_CAPTIONS = {
    ("aangifte", "responsible"): QT_TRANSLATE_NOOP("LiveForms", "Who files the complaint"),
    ("aangifte", "deadline"): QT_TRANSLATE_NOOP("LiveForms", "Files by"),
    ("aangifte", "responsible_organisation"): QT_TRANSLATE_NOOP("LiveForms", "Organisation filing"),
    ("nadere_informatie", "request"): QT_TRANSLATE_NOOP("LiveForms", "Which information"),
    ("nadere_informatie", "responsible_organisation"): QT_TRANSLATE_NOOP(
        "LiveForms", "From whom (organisation)"
    ),
    ("nadere_informatie", "responsible"): QT_TRANSLATE_NOOP("LiveForms", "From whom (role)"),
    ("nadere_informatie", "deadline"): QT_TRANSLATE_NOOP("LiveForms", "By"),
    ("aanhouden", "reason"): QT_TRANSLATE_NOOP("LiveForms", "Why"),
    ("aanhouden", "deadline"): QT_TRANSLATE_NOOP("LiveForms", "Deferred until"),
    ("geen_aangifte", "reason"): QT_TRANSLATE_NOOP("LiveForms", "Reason"),
    ("geen_aangifte", "keep_monitoring"): QT_TRANSLATE_NOOP(
        "LiveForms", "Keep monitoring (e.g. a naturalisation request)"
    ),
    ("afgesloten", "reason"): QT_TRANSLATE_NOOP("LiveForms", "Explanation"),
}
GENERAL_CAPTIONS = {
    "text": QT_TRANSLATE_NOOP("LiveForms", "Wording of the decision"),
    "responsible_organisation": QT_TRANSLATE_NOOP("LiveForms", "Organisation"),
    "responsible": QT_TRANSLATE_NOOP("LiveForms", "Responsible (role)"),
    "deadline": QT_TRANSLATE_NOOP("LiveForms", "Date"),
    "reason": QT_TRANSLATE_NOOP("LiveForms", "Reason"),
    "request": QT_TRANSLATE_NOOP("LiveForms", "Request"),
    "keep_monitoring": QT_TRANSLATE_NOOP("LiveForms", "Keep monitoring"),
}


def field_caption(outcome: Outcome, name: str) -> str:
    """Translated captions for the default outcomes; the store's (Dutch) label otherwise."""
    if (outcome.key, name) in FIELD_CAPTIONS:
        return QCoreApplication.translate("LiveForms", FIELD_CAPTIONS[(outcome.key, name)])
    label = outcome.field_label(name)
    if label != name:
        return label
    return QCoreApplication.translate("LiveForms", GENERAL_CAPTIONS.get(name, name))


class OutcomeDialog(FormDialog):
    """What an outcome needs: e.g. aangifte — who files and by when."""

    def __init__(
        self,
        outcome: Outcome,
        outcome_label: str,
        item_label: str,
        default_deadline: date,
        existing: Decision | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Decision: {outcome}").format(outcome=outcome_label), parent)
        self.outcome = outcome
        self.set_intro(
            self.tr("{item} — fields marked * are required.").format(item=item_label)
            if outcome.required
            else item_label
        )
        self.fields: dict[str, QWidget] = {}
        for name in outcome.fields:
            caption = field_caption(outcome, name)
            if name in outcome.required and name != "keep_monitoring":
                caption += " *"
            widget: QWidget
            if name in ("text", "reason", "request"):
                widget = text_edit(self, caption.rstrip(" *"), 2 if name == "text" else 3)
            elif name == "responsible_organisation":
                combo = QComboBox(self)
                if name not in outcome.required:
                    combo.addItem(self.tr("(not set)"), "")
                for key, text in (("IND", "IND"), ("OM", "OM"), ("other", self.tr("other"))):
                    combo.addItem(text, key)
                widget = combo
            elif name == "deadline":
                widget = DateField(
                    caption.rstrip(" *"), default_deadline, optional=name not in outcome.required
                )
            elif name == "keep_monitoring":
                widget = QCheckBox(caption, self)
            else:
                widget = QLineEdit(self)
            self.fields[name] = widget
            if isinstance(widget, QCheckBox):
                widget.setAccessibleName(caption)
                self.form.addRow("", widget)
            else:
                self.add_row(caption, widget)
        if existing is not None:
            self._fill(existing)
        elif outcome.key == "aangifte" and "responsible_organisation" in self.fields:
            self._select(self.fields["responsible_organisation"], "IND")
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    @staticmethod
    def _select(combo: QWidget, key: str) -> None:
        if isinstance(combo, QComboBox):
            index = combo.findData(key)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _fill(self, decision: Decision) -> None:
        for name, widget in self.fields.items():
            value = getattr(decision, name, None)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QComboBox):
                self._select(widget, str(value or ""))
            elif isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData() or ""
            elif isinstance(widget, DateField):
                out[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
        return out


# --- actions --------------------------------------------------------------------------------------
class ActionDialog(FormDialog):
    def __init__(
        self, text: str, item_label: str, default_deadline: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New action item"), parent)
        self.set_intro(item_label)
        self.text = text_edit(self, self.tr("Action"), 3)
        self.text.setPlainText(text)
        self.add_row(self.tr("Action *"), self.text)
        self.organisation = QComboBox(self)
        for key, label in (("IND", "IND"), ("OM", "OM"), ("other", self.tr("other"))):
            self.organisation.addItem(label, key)
        self.add_row(self.tr("Owner (organisation) *"), self.organisation)
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("e.g. unit 1F, officer of justice"))
        self.add_row(self.tr("Owner (role)"), self.role)
        self.deadline = DateField(self.tr("Deadline"), default_deadline, optional=True, parent=self)
        self.deadline.set_value(default_deadline)
        self.add_row(self.tr("Deadline"), self.deadline)
        self.text.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText().strip(),
            "owner_organisation": self.organisation.currentData(),
            "owner_role": self.role.text().strip(),
            "deadline": self.deadline.value(),
        }


class NoteDialog(FormDialog):
    """One text: the chair's note on a disagreement, or the reason to keep flagged text."""

    def __init__(
        self,
        title: str,
        caption: str,
        intro: str = "",
        *,
        single_line: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.set_intro(intro)
        self.note: QLineEdit | QPlainTextEdit = (
            QLineEdit(self) if single_line else text_edit(self, caption, 4)
        )
        self.add_row(caption, self.note)
        self.note.setFocus()

    def values(self) -> dict[str, Any]:
        text = self.note.text() if isinstance(self.note, QLineEdit) else self.note.toPlainText()
        return {"note": text.strip()}


class ClosingDialog(QDialog):
    """Before closing the meeting: what is still open (close anyway, or go back)."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the meeting"))
        self.setModal(True)
        label = QLabel(message, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(
            self.tr("Close the meeting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        back = buttons.addButton(self.tr("Back to the meeting"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
