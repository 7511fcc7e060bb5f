"""Shared pieces of the meetings screens: labels, Dutch dates and times, colours, the inline error
line, the link between guarded text fields and the guard panel, and the hooks to features built
elsewhere (live view, documents)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from storage.anonymity import Keep, OverrideReasonInvalid, PersonalDataFound, PersonalDataNotKeepable
from storage.settings import CLASSIFICATION_MARKINGS
from ui.dates import display_date
from ui.reports import show_document
from ui.style import current_theme
from ui.widgets.error_text import user_message
from ui.widgets.guard_panel import BlockedField, GuardPanel
from ui.widgets.guarded_text import GuardedTextEdit, Mark

if TYPE_CHECKING:
    from reports.documents import DocumentRequest
    from ui.context import AppContext

    DocumentOpener = Callable[[AppContext, QWidget, DocumentRequest], object]

CONTEXT = "Meetings"


def t(text: str) -> str:
    """Translate a label marked with ``QT_TRANSLATE_NOOP("Meetings", …)``."""
    return QCoreApplication.translate(CONTEXT, text)


STATUS_LABELS = {
    "concept": str(QT_TRANSLATE_NOOP("Meetings", "Draft agenda")),
    "agenda_vastgesteld": str(QT_TRANSLATE_NOOP("Meetings", "Agenda fixed")),
    "in_vergadering": str(QT_TRANSLATE_NOOP("Meetings", "In session")),
    "afgelopen": str(QT_TRANSLATE_NOOP("Meetings", "Ended (draft minutes)")),
    "vastgesteld": str(QT_TRANSLATE_NOOP("Meetings", "Minutes adopted")),
}
ORGANISATION_LABELS = {
    "IND": str(QT_TRANSLATE_NOOP("Meetings", "IND")),
    "OM": str(QT_TRANSLATE_NOOP("Meetings", "OM")),
    "other": str(QT_TRANSLATE_NOOP("Meetings", "other")),
}
ATTENDANCE_LABELS = {
    "present": str(QT_TRANSLATE_NOOP("Meetings", "present")),
    "apologies": str(QT_TRANSLATE_NOOP("Meetings", "absent with apologies")),
    "absent": str(QT_TRANSLATE_NOOP("Meetings", "absent")),
}
ACTION_STATUS_LABELS = {
    "open": str(QT_TRANSLATE_NOOP("Meetings", "open")),
    "done": str(QT_TRANSLATE_NOOP("Meetings", "done")),
    "cancelled": str(QT_TRANSLATE_NOOP("Meetings", "cancelled")),
}
CONFIRMATION_LABELS = {
    "concept": str(QT_TRANSLATE_NOOP("Meetings", "pending")),
    "bevestigd": str(QT_TRANSLATE_NOOP("Meetings", "final")),
    "verschil_van_inzicht": str(QT_TRANSLATE_NOOP("Meetings", "final (disagreement)")),
}
MARKINGS = CLASSIFICATION_MARKINGS


def status_label(status: str) -> str:
    return t(STATUS_LABELS.get(status, status))


def organisation_label(organisation: str, name: str = "") -> str:
    if organisation == "other" and name:
        return name
    return t(ORGANISATION_LABELS.get(organisation, organisation))


def owner_label(organisation: str, role: str = "") -> str:
    """Who holds an action or a decision, as the printed records write it: "OM, afdeling 1F";
    for another organisation only its role or name ("TIM", never "anders, TIM")."""
    role = role.strip()
    if organisation == "other" and role:
        return role
    org = organisation_label(organisation) if organisation else ""
    return ", ".join(p for p in (org, role) if p)


def attendance_label(attendance: str) -> str:
    return t(ATTENDANCE_LABELS.get(attendance, attendance))


def action_status_label(status: str) -> str:
    return t(ACTION_STATUS_LABELS.get(status, status))


def confirmation_label(confirmation: str) -> str:
    return t(CONFIRMATION_LABELS.get(confirmation, confirmation))


# --- dates and times ----------------------------------------------------------------------------
def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def long_date(value: date | None) -> str:
    """``5 maart 2026`` in Dutch (the month in lower case), ``5 March 2026`` in English."""
    return display_date(value)


short_date = long_date  # one date format in the UI (issue 10.12); kept for the lists that used it


def clock(value: time) -> str:
    """``10.00 uur`` in Dutch, ``10:00`` in English."""
    return QCoreApplication.translate("Meetings", "{hh}:{mm}").format(
        hh=f"{value.hour:02d}", mm=f"{value.minute:02d}"
    )


def duration(minutes: int) -> str:
    hours, rest = divmod(max(0, minutes), 60)
    if hours:
        return QCoreApplication.translate("Meetings", "{h} h {m} min").format(h=hours, m=rest)
    return QCoreApplication.translate("Meetings", "{m} min").format(m=rest)


# --- colours (WCAG AA against the base colour of the theme) -------------------------------------
def colour(role: str) -> QColor:
    theme = current_theme(QApplication.instance())  # type: ignore[arg-type]
    return QColor(getattr(theme, role))


# --- small widgets ------------------------------------------------------------------------------
class ErrorLine(QLabel):
    """One line of red text under a form; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorText")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_error(self, exc: BaseException | str) -> None:
        text = exc if isinstance(exc, str) else user_message(exc)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setAccessibleName("")
        self.setVisible(False)


class GuardGate:
    """Connects guarded text fields to the shared guard panel: when the store refuses a write
    because of possible personal data (``PersonalDataFound``), the panel says which field holds
    which kind of data where, and "keep with reason" sends the write again with the user's
    ``Keep`` decisions. ``fields`` maps the store's field names to (editor, label)."""

    def __init__(
        self,
        panel: GuardPanel,
        fields: dict[str, tuple[GuardedTextEdit, str]],
        resubmit: Callable[[list[Keep]], None],
    ) -> None:
        self.panel = panel
        self.fields = fields
        self.resubmit = resubmit
        panel.keep_requested.connect(self._keep)
        panel.goto_requested.connect(self._goto)

    def handle(self, exc: BaseException) -> bool:
        """Show a refusal of the guard; False when ``exc`` is something else."""
        if isinstance(exc, OverrideReasonInvalid):
            self.panel.set_error(user_message(exc))
            return True
        if not isinstance(exc, PersonalDataFound):
            return False
        items = []
        for name in exc.fields:
            editor, label = self.fields.get(name, (None, name))
            marks = tuple(
                Mark(f.kind, f.start, f.end, False, f.basis)
                for f in exc.findings
                if f.field == name and not f.accepted
            )
            if editor is not None:
                editor.set_blocked(True)
            items.append(BlockedField(name, label, marks))
        self.panel.show_fields(items, ready=True, keepable=not isinstance(exc, PersonalDataNotKeepable))
        return True

    def clear(self) -> None:
        self.panel.clear()
        for editor, _label in self.fields.values():
            editor.set_blocked(False)

    def _keep(self, _first_reason: str) -> None:
        keeps = self.panel.keeps()  # one per finding, each with its own reason
        if keeps:
            self.resubmit(keeps)

    def _goto(self, name: str) -> None:
        editor = self.fields.get(name, (None, ""))[0]
        if editor is None:
            return
        for item in self.panel.fields:
            if item.field == name and item.marks:
                editor.select_span(item.marks[0].start, item.marks[0].end)
                return
        editor.setFocus()


def guarded_field(
    parent: QWidget, field_name: str, accessible_name: str, *, multiline: bool = True, lines: int = 3
) -> GuardedTextEdit:
    """A free-text field with the anonymity guard (the shared editor of the case register)."""
    return GuardedTextEdit(field_name, accessible_name, multiline=multiline, lines=lines, parent=parent)


# --- features built elsewhere -------------------------------------------------------------------
def document_opener() -> DocumentOpener:
    """``ui.reports.show_document(ctx, parent, request)``: previews, prints or saves a document."""
    return show_document


def fit_columns(view: QTableView, *, stretch: int, limit: int = 320) -> None:
    """Size every column but the stretching one to its contents (at most ``limit`` pixels)."""
    for column in range(view.model().columnCount()):
        if column != stretch:
            view.resizeColumnToContents(column)
            if view.columnWidth(column) > limit:
                view.setColumnWidth(column, limit)


# --- actions ------------------------------------------------------------------------------------
def make_action(
    parent: QWidget,
    text: str,
    shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
    slot: Callable[[], Any],
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action for the area's menu whose shortcut works while the focus is in ``parent``."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action
