"""The small forms of the live meeting: an outcome's details, an action item, a note (disagreement,
reason to keep flagged text) and the closing check.

Each form stays open until the store accepted what it asked for: ``submitted`` carries the values,
the view runs the job and calls ``succeeded()`` or ``failed(exc)``. Free text is typed into the
shared guarded text field (underlined as typed); when the anonymity policy refuses a text the form
shows the shared guard panel, and keeping with a reason submits again with ``keep``. Forms are
opened with ``open()``, never ``exec()``, so a lock can close them.
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
    QVBoxLayout,
    QWidget,
)

from storage.anonymity import Keep, OverrideReasonInvalid, PersonalDataNotKeepable
from storage.meetings import Decision, Outcome, PersonalDataFound
from ui.dates import display_date_format
from ui.live.decision_change import form_notice
from ui.widgets.dialog_keys import save_with_ctrl_enter
from ui.widgets.error_text import user_message
from ui.widgets.guard_panel import BlockedField, GuardPanel
from ui.widgets.guarded_text import GuardedTextEdit, Mark


def guard_findings(exc: BaseException | None) -> tuple[Any, ...] | None:
    """The findings of an anonymity refusal, else None."""
    if not isinstance(exc, PersonalDataFound):
        return None
    return tuple(exc.findings)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _DateEdit(QDateEdit):
    """Tab leaves the field at once (arrows move between day, month and year)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class LiveDateField(QWidget):
    """A date, optionally with "no date" (a check box in front)."""

    def __init__(self, name: str, default: date, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(display_date_format())
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
            QWidget.setTabOrder(self.use, self.edit)
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


class LiveFormDialog(QDialog):
    """A form that stays open until the store accepted it. Free-text fields are guarded text fields
    (``guarded``: the service's field name → widget); when the anonymity policy refuses a text, the
    guard panel shows what and where, and keeping it with a reason submits again with ``keep``."""

    submitted = Signal(object, object)  # values (dict), keep (list[Keep])

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.guarded: dict[str, GuardedTextEdit] = {}
        self.captions: dict[str, str] = {}
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
        self.guard_panel = GuardPanel(self)
        self.guard_panel.keep_requested.connect(self._keep)
        self.guard_panel.goto_requested.connect(self._goto)
        self._refusal: BaseException | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        save_with_ctrl_enter(self, self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.guard_panel)
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

    def guarded_field(self, name: str, caption: str, *, lines: int = 0) -> GuardedTextEdit:
        """A guarded text field for the service field ``name`` (``lines`` 0: one line)."""
        field = GuardedTextEdit(
            name, caption.rstrip(" *"), multiline=lines > 0, lines=max(lines, 1), parent=self
        )
        self.guarded[name] = field
        self.captions[name] = caption.rstrip(" *")
        self.add_row(caption, field)
        return field

    def values(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {}

    def _submit(self, keep: list[Keep] | None = None) -> None:
        self.ok_button.setEnabled(False)
        self.error.setVisible(False)
        self.submitted.emit(self.values(), list(keep or []))

    def _keep(self, _first_reason: str) -> None:
        findings = guard_findings(self._refusal) if self._refusal is not None else None
        if not findings:
            return
        self._submit(self.guard_panel.keeps())  # one Keep per finding, each with its own reason

    def _goto(self, name: str) -> None:
        field = self.guarded.get(name)
        if field is None:
            return
        marks = field.unaccepted()
        if marks:
            field.select_span(marks[0].start, marks[0].end)
        else:
            field.setFocus()

    def succeeded(self) -> None:
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        findings = guard_findings(exc)
        if findings is None:
            self.error.setText(user_message(exc))
            self.error.setVisible(True)
            return
        self._refusal = exc
        blocked = []
        for name in dict.fromkeys(getattr(f, "field", "") for f in findings):
            marks = tuple(
                Mark(f.kind, f.start, f.end, False, getattr(f, "basis", ""))
                for f in findings
                if getattr(f, "field", "") == name
            )
            blocked.append(BlockedField(name, self.captions.get(name, name), marks))
        keepable = not isinstance(exc, PersonalDataNotKeepable)
        self.guard_panel.show_fields(blocked, ready=True, keepable=keepable)
        if isinstance(exc, OverrideReasonInvalid):
            self.guard_panel.set_error(user_message(exc))
        self._fit()
        if keepable:
            self.guard_panel.reason.setFocus()
        else:
            self._goto(blocked[0].field if blocked else "")

    def _fit(self) -> None:
        """Grow with the guard panel, so that nothing in it is squeezed over its own text."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalSizeHint().height())
        if self.height() < height:
            self.resize(self.width(), height)
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """A form that grew (the guard panel) moves up rather than hide its buttons below the screen."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        if frame.bottom() > area.bottom():
            self.move(self.x(), max(area.top(), self.y() - (frame.bottom() - area.bottom())))


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
TEXT_LINES = {"text": 2, "reason": 3, "request": 3, "responsible": 0}


def field_caption(outcome: Outcome, name: str) -> str:
    """Translated captions for the default outcomes; the store's (Dutch) label otherwise."""
    if (outcome.key, name) in FIELD_CAPTIONS:
        return QCoreApplication.translate("LiveForms", str(FIELD_CAPTIONS[(outcome.key, name)]))
    label = outcome.field_label(name)
    if label != name:
        return label
    return QCoreApplication.translate("LiveForms", str(GENERAL_CAPTIONS.get(name, name)))


def organisation_combo(parent: QWidget, *, optional: bool) -> QComboBox:
    combo = QComboBox(parent)
    if optional:
        combo.addItem(QCoreApplication.translate("LiveForms", "(not set)"), "")
    for key, text in (
        ("IND", "IND"),
        ("OM", "OM"),
        ("other", QCoreApplication.translate("LiveForms", "other")),
    ):
        combo.addItem(text, key)
    return combo


def select_data(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


class LiveOutcomeDialog(LiveFormDialog):
    """What an outcome needs: e.g. aangifte — who files and by when."""

    def __init__(
        self,
        outcome: Outcome,
        outcome_label: str,
        item_label: str,
        default_deadline: date,
        existing: Decision | None = None,
        parent: QWidget | None = None,
        *,
        changing: bool = False,
    ) -> None:
        title = self.tr("Change decision: {outcome}") if changing else self.tr("Decision: {outcome}")
        super().__init__(title.format(outcome=outcome_label), parent)
        self.outcome = outcome
        self.notice = QLabel(self)
        self.notice.setObjectName("warningText")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(changing and existing is not None)
        if changing and existing is not None:
            self.notice.setText(form_notice(existing))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.notice)
        self.set_intro(
            self.tr("{item} — fields marked * are required.").format(item=item_label)
            if outcome.required
            else item_label
        )
        self.fields: dict[str, QWidget] = {}
        for name in outcome.fields:
            caption = field_caption(outcome, name)
            required = name in outcome.required and name != "keep_monitoring"
            if required:
                caption += " *"
            widget: QWidget
            if name in TEXT_LINES:
                widget = self.guarded_field(name, caption, lines=TEXT_LINES[name])
            elif name == "responsible_organisation":
                widget = self.add_row(caption, organisation_combo(self, optional=not required))
            elif name == "deadline":
                widget = self.add_row(
                    caption,
                    LiveDateField(caption.rstrip(" *"), default_deadline, optional=not required, parent=self),
                )
            elif name == "keep_monitoring":
                widget = QCheckBox(caption, self)
                widget.setAccessibleName(caption)
                self.form.addRow("", widget)
            else:  # a field a configured outcome may name that this form does not know
                widget = self.guarded_field(name, caption)
            self.fields[name] = widget
        if existing is not None:
            self._fill(existing)
        elif outcome.key == "aangifte" and isinstance(self.fields.get("responsible_organisation"), QComboBox):
            select_data(self.fields["responsible_organisation"], "IND")  # type: ignore[arg-type]
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _fill(self, decision: Decision) -> None:
        for name, widget in self.fields.items():
            value = getattr(decision, name, None)
            if isinstance(widget, GuardedTextEdit):
                widget.set_text(str(value or ""))
            elif isinstance(widget, QComboBox):
                select_data(widget, str(value or ""))
            elif isinstance(widget, LiveDateField):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, GuardedTextEdit):
                out[name] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData() or ""
            elif isinstance(widget, LiveDateField):
                out[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
        return out


# --- actions --------------------------------------------------------------------------------------
class LiveActionDialog(LiveFormDialog):
    def __init__(
        self, text: str, item_label: str, default_deadline: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New action item"), parent)
        self.set_intro(item_label)
        self.text = self.guarded_field("text", self.tr("Action *"), lines=3)
        self.text.set_text(text)
        self.organisation = organisation_combo(self, optional=False)
        self.add_row(self.tr("Owner (organisation) *"), self.organisation)
        self.role = self.guarded_field("owner_role", self.tr("Owner (role)"))
        self.role.setPlaceholderText(self.tr("e.g. unit 1F, officer of justice"))
        self.deadline = LiveDateField(self.tr("Deadline"), default_deadline, optional=True, parent=self)
        self.deadline.set_value(default_deadline)
        self.add_row(self.tr("Deadline"), self.deadline)
        self.text.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.text().strip(),
            "owner_organisation": self.organisation.currentData(),
            "owner_role": self.role.text().strip(),
            "deadline": self.deadline.value(),
        }


class LiveNoteDialog(LiveFormDialog):
    """One guarded text, e.g. the chair's note on a disagreement (service field ``field``)."""

    def __init__(
        self, title: str, caption: str, intro: str = "", *, field: str = "note", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.set_intro(intro)
        self.note = self.guarded_field(field, caption, lines=4)
        self.note.setFocus()

    def values(self) -> dict[str, Any]:
        return {"note": self.note.text().strip()}


class LiveClosingDialog(QDialog):
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
