"""The case editor: every field of a case, saved automatically, with undo/redo, inline validation,
the anonymity guard on every text field and the case's history.

No Save button: changes go to the store within a second (``FieldAutosaver``); the typed text stays
in the widgets until the worker confirmed it. One QUndoStack covers the whole form (Ctrl+Z,
Ctrl+Shift+Z); undoing a change saves the old value again. Findings of the guard are underlined as
you type; a field with findings is not stored until the finding is removed or kept with a reason
in the panel at the top (``GuardPanel``), which the audit log records without the flagged text.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.anonymity import Keep, OverrideReasonInvalid, PersonalDataFound, normalise_span
from storage.cases.history import HistoryEvent
from storage.cases.model import GROUNDS, IND_STATUSES, TEXT_FIELDS, Case, field_error, period_order_error
from storage.cases.risk import CaseRisk, RiskService
from storage.cases.service import CaseService
from storage.cases.status import CaseStatus
from storage.guard import SPECIFIC, Finding, find_specific
from storage.i18n import language
from ui.cases import labels
from ui.cases.risk_hint import RiskHint
from ui.context import AppContext
from ui.dates import display_date
from ui.widgets.autosave import FieldAutosaver
from ui.widgets.empty_state import EmptyState
from ui.widgets.error_text import user_message
from ui.widgets.guard_panel import BlockedField, GuardPanel, keepable
from ui.widgets.guarded_text import GuardedTextEdit
from ui.widgets.typing_undo import TypingEdit

MERGE_SECONDS = 1.5
PERIOD_FIELDS = ("period_from", "period_to")
# The fields the re-identification risk is computed from; a save of another field leaves it.
RISK_DELAY_MS = 400
RISK_FIELDS = ("grounds", "country", "period_from", "period_to", "role", "organisations", "ind_status")


# Free-text fields searched for specific phrases ("commandant van de 3e brigade in Kunduz").
SPECIFIC_FIELDS = (
    "country",
    "role",
    "organisations",
    "ind_status_note",
    "urgency_reason",
    "question",
    "summary",
)


def _specific_in(texts: dict[str, str]) -> list[tuple[str, str, int]]:
    return [(name, f.basis, f.start) for name, text in texts.items() for f in find_specific(text)]


def _risk_of(store: Any, case_id: int) -> tuple[CaseRisk, int]:
    service = RiskService(store)
    return service.assess(case_id), service.threshold()


def _polish(widget: QWidget) -> None:
    """Polish what is new under ``widget`` now (Qt skips what it polished before), so that showing
    the form later does not polish all of it in one turn."""
    widget.ensurePolished()
    for child in widget.findChildren(QWidget):
        child.ensurePolished()


class CaseEditor(QWidget):
    case_saved = Signal(object)  # Case
    reference_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        """``deferred``: build only the frame now and the form on ``finish()`` (the register builds
        its editor over a few event-loop turns, so opening it never holds the GUI thread long)."""
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.break_merge = False
        self._loading = False
        self._values: dict[str, object] = {}
        self.undo_stack = QUndoStack(self)
        self.autosaver = FieldAutosaver(
            ctx,
            self,
            self._save_function(None),
            self.value_of,
            is_valid=lambda name: self.error_for(name) is None,
            label="case-save",
        )
        self.finished = False
        self._steps: Iterator[None] | None = None
        self._build()
        if not deferred:
            self.finish()
        self.show_empty()

    def finish(self) -> None:
        """Build the rest of the form now."""
        while not self.build_step():
            pass

    def build_step(self) -> bool:
        """Build the next part of the form; True once the editor is complete."""
        if self.finished:
            return True
        if self._steps is None:
            self._steps = self._form_steps()
            # The form grows on the shown page (disabled, no case in it yet): each step's widgets
            # are shown and laid out in their own turn, not all 160 when the first case opens.
            self.page.setEnabled(False)
            self.stack.setCurrentWidget(self.page)
        try:
            next(self._steps)
        except StopIteration:
            self.finished = True
            self._wire()
            self.page.setEnabled(True)
            if self.case is None:
                self.stack.setCurrentWidget(self.empty)
            return True
        return False

    # -- construction -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            self.tr("No case selected"),
            self.tr("Choose a case in the register, or make a new one with Ctrl+N."),
            self.stack,
        )
        self.page = QWidget(self.stack)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.page)
        header = self._build_header()
        self._build_sections()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.guard_panel)
        layout.addWidget(self.risk_hint)
        layout.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel(self.page)
        self.title.setObjectName("areaTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state = QLabel(self.page)
        self.save_state.setObjectName("hintText")
        self.save_state.setWordWrap(True)
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.redo_action.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QToolButton(self.page)
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button = QToolButton(self.page)
        self.redo_button.setDefaultAction(self.redo_action)
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(
                self.tr("Undo: {what} (Ctrl+Z)").format(what=text) if text else self.tr("Undo (Ctrl+Z)")
            )
        )
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(
                self.tr("Redo: {what} (Ctrl+Shift+Z)").format(what=text)
                if text
                else self.tr("Redo (Ctrl+Shift+Z)")
            )
        )
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.save_state, 1)
        header.addWidget(self.undo_button)
        header.addWidget(self.redo_button)
        return header

    def _build_sections(self) -> None:
        self.guard_panel = GuardPanel(self.page)
        self.risk_hint = RiskHint(self.page)
        self.risk_hint.generalise_requested.connect(self._generalise)
        self._risk_basis: tuple[object, ...] | None = None
        # Browsing the register with the arrow keys opens case after case: count only for the
        # case the user stays on, so the worker queue does not fill up with counts.
        self._risk_timer = QTimer(self)
        self._risk_timer.setSingleShot(True)
        self._risk_timer.setInterval(RISK_DELAY_MS)
        self._risk_timer.timeout.connect(self._count_risk)
        self._specific_basis: tuple[object, ...] | None = None
        self.tabs = QTabWidget(self.page)
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.setDocumentMode(True)
        # The form's scroll area and page are in their place from the start: the form steps add
        # their widgets where they stay. Moving a finished form into the tabs made Qt polish all
        # of its 160 widgets again for the style sheet (18-40 ms in one turn, issue 17).
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_page = QWidget()
        self.form_scroll.setWidget(self.form_page)
        self.fields: dict[str, GuardedTextEdit] = {}
        self.tabs.addTab(self.form_scroll, self.tr("&Details"))
        self.tabs.addTab(self._build_history(), self.tr("&History"))

    def _text(
        self, name: str, *, multiline: bool = True, guard: bool = True, lines: int = 3
    ) -> GuardedTextEdit:
        widget = GuardedTextEdit(name, labels.field(name), multiline=multiline, guard=guard, lines=lines)
        self.fields[name] = widget
        return widget

    def _form_steps(self) -> Iterator[None]:
        """The form in steps of a few milliseconds each: the controls, then one field at a time
        (a field is a guarded text editor with its label and message line), each polished in its
        place in the step that made it."""
        yield  # the page alone: showing it lays out the tabs and the scroll area
        form, grid = self._build_form_grid()
        made: dict[str, Any] = {}
        for _part in self._build_form_controls(form, made):
            _polish(form)
            yield
        grounds_row, grounds, period = made["grounds_row"], made["grounds"], made["period"]

        row = 0
        for name, text, widget in self._form_rows(grounds, period):
            self._add_form_row(form, grid, grounds_row, row, (name, text, widget))
            _polish(form)
            row += 2
            yield
        self._visual_tab_order()
        grid.addWidget(self.retention_label, row, 1)
        grid.setRowStretch(row + 1, 1)

    def _build_form_grid(self) -> tuple[QWidget, QGridLayout]:
        form = self.form_page
        grid = QGridLayout(form)
        grid.setContentsMargins(4, 8, 12, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.messages: dict[str, QLabel] = {}
        return form, grid

    def _build_form_controls(self, form: QWidget, made: dict[str, Any]) -> Iterator[None]:
        """The status, the 1F grounds, the period, the IND status and urgency controls, in three
        parts (all at once with the page took 13 ms of one turn); ``made`` gets the grounds' row
        and widget and the period's widget."""
        self.status_combo = QComboBox(form)
        self.status_combo.setAccessibleName(labels.field("status"))
        for status in CaseStatus:
            self.status_combo.addItem(labels.status(status.value), status.value)
        self.ground_boxes: dict[str, QCheckBox] = {}
        grounds_row = QHBoxLayout()
        grounds_row.setContentsMargins(0, 0, 0, 0)
        for ground in GROUNDS:
            box = QCheckBox(f"1F({ground})", form)
            box.setToolTip(labels.t(labels.GROUND[ground]))
            box.setAccessibleName(labels.t(labels.GROUND[ground]))
            self.ground_boxes[ground] = box
            grounds_row.addWidget(box)
        grounds_row.addStretch(1)
        grounds = QWidget(form)
        grounds.setLayout(grounds_row)
        made["grounds_row"], made["grounds"] = grounds_row, grounds
        yield
        period_row = QHBoxLayout()
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(self._text("period_from", multiline=False, guard=False), 1)
        period_row.addWidget(QLabel("–", form))
        period_row.addWidget(self._text("period_to", multiline=False, guard=False), 1)
        for name in PERIOD_FIELDS:
            self.fields[name].setPlaceholderText(self.tr("year, year-month or date"))
            self.fields[name].setToolTip(
                self.tr("A year (1994), year and month (1994-04) or a date (1994-04-07)")
            )
        period = QWidget(form)
        period.setLayout(period_row)
        made["period"] = period
        yield
        self.ind_combo = QComboBox(form)
        self.ind_combo.setAccessibleName(labels.field("ind_status"))
        for code in ("", *IND_STATUSES):
            self.ind_combo.addItem(labels.ind_status(code), code)
        self.urgent_box = QCheckBox(labels.field("urgent"), form)
        self.urgent_box.setAccessibleName(labels.field("urgent"))
        self.retention_label = QLabel(form)
        self.retention_label.setObjectName("hintText")
        self.retention_label.setWordWrap(True)
        yield

    def _form_rows(self, grounds: QWidget, period: QWidget) -> list[tuple[str, str, QWidget]]:
        """(field, label, widget) from top to bottom; the text fields are made here."""
        return [
            ("reference", labels.field("reference"), self._text("reference", multiline=False)),
            ("status", labels.field("status"), self.status_combo),
            ("grounds", labels.field("grounds"), grounds),
            ("country", labels.field("country"), self._text("country", multiline=False)),
            ("period", self.tr("Period"), period),
            ("role", labels.field("role"), self._text("role", lines=2)),
            ("organisations", labels.field("organisations"), self._text("organisations", multiline=False)),
            ("ind_status", labels.field("ind_status"), self.ind_combo),
            ("ind_status_note", labels.field("ind_status_note"), self._text("ind_status_note", lines=2)),
            ("urgent", "", self.urgent_box),
            ("urgency_reason", labels.field("urgency_reason"), self._text("urgency_reason", lines=2)),
            ("question", labels.field("question"), self._text("question", lines=3)),
            ("summary", labels.field("summary"), self._text("summary", lines=8)),
        ]

    def _add_form_row(
        self,
        form: QWidget,
        grid: QGridLayout,
        grounds_row: QHBoxLayout,
        row: int,
        field: tuple[str, str, QWidget],
    ) -> None:
        """The label, the widget and the (hidden) message line of one field."""
        name, text, widget = field
        label = QLabel(text, form)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        if text:
            buddy = {"grounds": self.ground_boxes["a"], "period": self.fields["period_from"]}.get(
                name, widget
            )
            label.setBuddy(buddy)
        grid.addWidget(label, row, 0)
        grid.addWidget(widget, row, 1)
        message = QLabel(form)
        message.hide()
        self.messages[name] = message
        if name == "grounds":
            # beside the boxes: ticking 1F(a) hides "no ground yet" without moving the form
            grounds_row.insertWidget(grounds_row.count() - 1, message)
        else:
            message.setWordWrap(True)
            grid.addWidget(message, row + 1, 1)

    def _visual_tab_order(self) -> None:
        """Tab follows the form top to bottom (the period fields were made before the country)."""
        f = self.fields
        chain: list[QWidget] = [f["reference"], self.status_combo, *self.ground_boxes.values()]
        chain += [f["country"], f["period_from"], f["period_to"], f["role"], f["organisations"]]
        chain += [self.ind_combo, f["ind_status_note"], self.urgent_box, f["urgency_reason"]]
        chain += [f["question"], f["summary"]]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_history(self) -> QWidget:
        page = QWidget()
        self.history_list = QListWidget(page)
        self.history_list.setAccessibleName(self.tr("History of the case"))
        self.history_list.setWordWrap(True)
        self.history_hint = QLabel(
            self.tr(
                "Discussions in meetings, decisions and action items appear here once the case has "
                "been on the agenda."
            ),
            page,
        )
        self.history_hint.setObjectName("hintText")
        self.history_hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_list, 1)
        layout.addWidget(self.history_hint)
        return page

    def _wire(self) -> None:
        for name, widget in self.fields.items():
            widget.edited.connect(lambda _text, n=name: self._edited(n, typing=True))
            widget.undo_requested.connect(self.undo_stack.undo)
            widget.redo_requested.connect(self.undo_stack.redo)
            widget.focus_left.connect(self._focus_left)
            widget.findings_changed.connect(self._update_guard)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._edited("status"))
        self.ind_combo.currentIndexChanged.connect(lambda _i: self._edited("ind_status"))
        self.urgent_box.toggled.connect(lambda _on: self._edited("urgent"))
        for box in self.ground_boxes.values():
            box.toggled.connect(lambda _on: self._edited("grounds"))
        self.autosaver.state_changed.connect(self._show_state)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.blocked_changed.connect(self._update_guard)
        self.guard_panel.keep_requested.connect(self._keep)
        self.guard_panel.goto_requested.connect(self._goto_finding)

    # -- values -------------------------------------------------------------------------------------
    def value_of(self, name: str) -> object:
        if name in self.fields:
            text = self.fields[name].text()
            return text.strip() if name in ("reference", *PERIOD_FIELDS) else text
        if name == "status":
            return self.status_combo.currentData()
        if name == "ind_status":
            return self.ind_combo.currentData()
        if name == "urgent":
            return self.urgent_box.isChecked()
        if name == "grounds":
            return tuple(g for g, box in self.ground_boxes.items() if box.isChecked())
        raise KeyError(name)

    def apply_value(self, name: str, value: object) -> None:
        """Put a value into a widget (undo/redo) and save it."""
        self._loading = True
        try:
            self._set_widget(name, value)
        finally:
            self._loading = False
        widget = self.fields.get(name) or {
            "status": self.status_combo,
            "ind_status": self.ind_combo,
            "urgent": self.urgent_box,
        }.get(name)
        if widget is None and name == "grounds":
            widget = self.ground_boxes["a"]
        if widget is not None:
            self.tabs.setCurrentIndex(0)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._values[name] = self.value_of(name)
        self._validate(name)
        self.autosaver.changed(name)

    def _set_widget(self, name: str, value: object, kept: set[str] | None = None) -> None:
        if name in self.fields:
            self.fields[name].set_text(str(value or ""), kept_spans=kept)
        elif name == "status":
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(value)))
        elif name == "ind_status":
            self.ind_combo.setCurrentIndex(max(0, self.ind_combo.findData(value or "")))
        elif name == "urgent":
            self.urgent_box.setChecked(bool(value))
        elif name == "grounds":
            chosen = set(value or ())  # type: ignore[call-overload]
            for ground, box in self.ground_boxes.items():
                box.setChecked(ground in chosen)

    def _edited(self, name: str, *, typing: bool = False) -> None:
        if self._loading or self.case is None:
            return
        old = self._values.get(name)
        new = self.value_of(name)
        if old == new:
            return
        self._values[name] = new
        self.undo_stack.push(
            TypingEdit(
                labels.field(name),
                name,
                old,
                new,
                self.ctx.monotonic(),
                partial(self.apply_value, name),
                merge_seconds=MERGE_SECONDS,
                may_merge=lambda: not self.break_merge,
                typing=typing,
            )
        )
        self.break_merge = False
        self._validate(name)
        self.autosaver.changed(name)

    def _focus_left(self) -> None:
        self.break_merge = True

    # -- validation ---------------------------------------------------------------------------------
    def error_for(self, name: str) -> str | None:
        if name not in self.fields and name not in ("status", "ind_status", "urgent", "grounds"):
            return None
        error = field_error(name, self.value_of(name))
        if error is None and name in PERIOD_FIELDS:
            error = period_order_error(str(self.value_of("period_from")), str(self.value_of("period_to")))
        return error

    def _validate(self, name: str) -> None:
        names = ["period"] if name in PERIOD_FIELDS else [name]
        names += ["grounds", "urgency_reason", "question"]
        for item in dict.fromkeys(names):
            self._show_message(item)

    def _show_message(self, name: str) -> None:
        label = self.messages.get(name)
        if label is None:
            return
        error: str | None
        if name == "period":
            error = self.error_for("period_from") or self.error_for("period_to")
        else:
            error = self.error_for(name) if name in self.fields else None
        warning = self._warning(name)
        if error:
            label.setText(error[:1].upper() + error[1:] + " " + self.tr("(not saved)"))
            label.setObjectName("errorText")
        elif warning:
            label.setText(warning)
            label.setObjectName("warningText")
        else:
            label.clear()
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(label.text()))

    def _warning(self, name: str) -> str:
        if name == "grounds" and not self.value_of("grounds"):
            return self.tr("No 1F ground chosen yet.")
        if (
            name == "urgency_reason"
            and self.value_of("urgent")
            and not str(self.value_of("urgency_reason")).strip()
        ):
            return self.tr("Give the reason for the urgency.")
        if name == "question" and not str(self.value_of("question")).strip():
            return self.tr("What does the IND ask of the OM?")
        return ""

    # -- loading ------------------------------------------------------------------------------------
    def show_empty(self) -> None:
        self.case = None
        self.stack.setCurrentWidget(self.empty)

    def load(self, case: Case, kept: dict[str, set[str]], history: list[HistoryEvent]) -> None:
        """Show a case. ``kept``: per text field, the flagged spans kept before (normalised)."""
        self.finish()
        self._loading = True
        try:
            self.case = case
            self.autosaver.retarget(self._save_function(case.id))
            for name in (*TEXT_FIELDS, *PERIOD_FIELDS):
                self._set_widget(name, case.value(name), kept.get(name, set()))
            for name in ("status", "ind_status", "urgent", "grounds"):
                self._set_widget(name, case.value(name))
            self._values = {
                name: self.value_of(name)
                for name in (*self.fields, "status", "ind_status", "urgent", "grounds")
            }
        finally:
            self._loading = False
        self.undo_stack.clear()
        self.guard_panel.clear()
        self.title.setText(case.reference)
        self._show_retention(case)
        self.show_history(history)
        for name in self.messages:
            self._show_message(name)
        self._show_state("saved")
        self.stack.setCurrentWidget(self.page)
        self._risk_basis = self._specific_basis = None
        self.risk_hint.show_risk(None, 0)
        self.risk_hint.show_specific([])
        self._refresh_risk(case)

    def _show_retention(self, case: Case) -> None:
        if case.retention_until:
            self.retention_label.setText(
                self.tr("Closed on {closed}; keep until {until} (retention rule of the store).").format(
                    closed=display_date(case.closed_at), until=display_date(case.retention_until)
                )
            )
        elif case.is_open:
            self.retention_label.setText(self.tr("The retention date is set when the case is closed."))
        else:
            self.retention_label.clear()

    def show_history(self, events: list[HistoryEvent]) -> None:
        self.history_list.clear()
        for event in events:
            when = display_date(event.at)
            ref = f"  [{event.ref}]" if event.ref else ""
            detail = f"\n{event.detail}" if event.detail else ""
            self.history_list.addItem(f"{when}  {event.title}{ref}{detail}")

    def _save_function(self, case_id: int | None) -> Callable[[Any, dict[str, object], list[Keep]], Any]:
        def save(
            store: Any, values: dict[str, object], keep: list[Keep]
        ) -> tuple[Case, list[HistoryEvent] | None]:
            if case_id is None:
                raise RuntimeError("no case")
            service = CaseService(store)
            case = service.update(case_id, values, keep)
            return case, service.history(case_id) if "status" in values else None

        return save

    # -- saving -------------------------------------------------------------------------------------
    def flush(self) -> None:
        self.autosaver.flush()

    def has_unsaved(self) -> bool:
        return self.autosaver.has_unsaved()

    def _saved(self, result: tuple[Case, list[HistoryEvent] | None]) -> None:
        case, history = result
        if self.case is None or case.id != self.case.id:
            return
        self.case = case
        self.title.setText(case.reference)
        self._show_retention(case)
        if history is not None:
            self.show_history(history)
        self._refresh_risk(case)
        self.case_saved.emit(case)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OverrideReasonInvalid):
            self.guard_panel.set_error(user_message(exc))
        elif not isinstance(exc, PersonalDataFound):
            self._show_state("error")

    def _show_state(self, state: str) -> None:
        if state in ("pending", "saving"):
            text, name = self.tr("Saving…"), "hintText"
        elif state == "blocked":
            text, name = self.tr("Not saved (see above)."), "errorText"
        elif state == "error":
            error = self.autosaver.last_error
            message = user_message(error) if error is not None else ""
            text, name = self.tr("Not saved: {message}").format(message=message), "errorText"
        else:
            text, name = self.tr("All changes saved."), "hintText"
        self.save_state.setText(text)
        self.save_state.setObjectName(name)
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)

    # -- the guard ----------------------------------------------------------------------------------
    def _update_guard(self) -> None:
        blocked = self.autosaver.blocked
        items: list[BlockedField] = []
        ready = can_keep = True
        for name, widget in self.fields.items():
            is_blocked = name in blocked
            widget.set_blocked(is_blocked)
            if not is_blocked:
                continue
            if not widget.scan_current:
                ready = False
                items.append(BlockedField(name, labels.field(name), ()))
                continue
            marks = tuple(widget.unaccepted())
            if marks:
                items.append(BlockedField(name, labels.field(name), marks))
                can_keep = can_keep and keepable(name, widget.text(), marks)
        self.guard_panel.show_fields(items, ready=ready, keepable=can_keep)

    def _keep(self, _first_reason: str) -> None:
        keeps: list[Keep] = self.guard_panel.keeps()  # one per finding, each with its own reason
        kept_text: dict[str, set[str]] = {}
        for item in self.guard_panel.fields:
            if not item.marks:
                continue
            text = self.fields[item.field].text()
            kept_text[item.field] = {normalise_span(text[m.start : m.end]) for m in item.marks}
        if not keeps:
            return
        self.autosaver.keep(keeps, on_saved=lambda: self._kept(kept_text))

    def _kept(self, kept_text: dict[str, set[str]]) -> None:
        for name, spans in kept_text.items():
            widget = self.fields[name]
            widget.set_text(widget.text(), kept_spans=widget.kept_spans() | spans)
        self._update_guard()

    def _goto_finding(self, name: str) -> None:
        widget = self.fields.get(name)
        if widget is None:
            return
        self.tabs.setCurrentIndex(0)
        marks = widget.unaccepted()
        if marks:
            widget.select_span(marks[0].start, marks[0].end)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form_scroll.ensureWidgetVisible(widget)

    # -- re-identification risk ----------------------------------------------------------------------
    def _refresh_risk(self, case: Case) -> None:
        """Count on the worker how rare the case's combination is, when that combination changed."""
        self._refresh_specific(case)
        basis = tuple(case.value(name) for name in RISK_FIELDS)
        if basis == self._risk_basis:
            return
        self._risk_basis = basis
        self._risk_timer.start()

    def _count_risk(self) -> None:
        if self.case is None:
            return
        self.ctx.worker.with_store(
            partial(_risk_of, case_id=self.case.id),
            self._show_risk,
            lambda _exc: self.risk_hint.show_risk(None, 0),  # advice only: without it, no hint
            owner=self,
            label="case-risk",
        )

    def _refresh_specific(self, case: Case) -> None:
        """Look for specific phrases in the free text, on the worker, when a text changed."""
        texts = {name: str(case.value(name)) for name in SPECIFIC_FIELDS}
        basis = tuple(texts.values())
        if basis == self._specific_basis:
            return
        self._specific_basis = basis

        def job(_store: Any) -> list[tuple[str, str, int]]:
            return _specific_in(texts)

        self.ctx.worker.with_store(
            job,
            partial(self._show_specific, case.id),
            lambda _exc: self.risk_hint.show_specific([]),
            owner=self,
            label="case-specific",
        )

    def _show_specific(self, case_id: int, found: list[tuple[str, str, int]]) -> None:
        if self.case is None or self.case.id != case_id:
            return
        items = []
        for name, basis, _start in found:
            reason = Finding(SPECIFIC, 0, 1, basis).reason(language())
            items.append((labels.field(name), reason))
        self.risk_hint.show_specific(list(dict.fromkeys(items)))

    def _show_risk(self, result: tuple[CaseRisk, int]) -> None:
        risk, threshold = result
        if self.case is not None and risk.case_id == self.case.id:
            self.risk_hint.show_risk(risk, threshold)

    def _generalise(self, changes: tuple[tuple[str, str], ...]) -> None:
        """Fill in the more general values as if typed: one undo step per field, saved as usual."""
        for name, value in changes:
            if name not in self.fields or self.case is None:
                continue
            self._loading = True
            try:
                self._set_widget(name, value)
            finally:
                self._loading = False
            self.break_merge = True
            self._edited(name)

    # -- for the area ---------------------------------------------------------------------------------
    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(0)
        target = self.fields["country"] if self.case and not self.case.country else self.fields["reference"]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def editor_actions(self) -> list[QAction]:
        return [self.undo_action, self.redo_action]
