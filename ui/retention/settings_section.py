"""Instellingen → Bewaartermijnen: the period per closing status, and the way to the due cases."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from storage.cases.model import status_label
from storage.retention_rules import MAX_YEARS, MIN_YEARS, RULE_STATUSES, rules, set_rules
from storage.store import Store
from ui.context import AppContext
from ui.widgets.error_text import user_message


class RetentionSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Retention periods"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "How long a closed case is kept, counted from its latest decision (or from the day it "
                "closed, if that is later). Open cases are never purged. Set the periods your "
                "organisation has decided on; the defaults are only a starting point."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        form.addRow(intro)
        self.years: dict[str, QSpinBox] = {}
        for status in RULE_STATUSES:
            spin = QSpinBox(self)
            spin.setRange(MIN_YEARS, MAX_YEARS)
            spin.setSuffix(self.tr(" years"))
            spin.setEnabled(False)
            name = self.tr("Retention period for status {status}").format(status=status_label(status).lower())
            spin.setAccessibleName(name)
            spin.valueChanged.connect(lambda _v: self._changed())
            label = QLabel(status_label(status), self)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.years[status] = spin
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply periods"), self)
        self.apply_button.setAccessibleName(self.tr("Apply retention periods"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.due_button = QPushButton(self.tr("Cases due for purging…"), self)
        self.due_button.setAccessibleName(self.tr("Show the cases due for purging"))
        self.due_button.clicked.connect(self.show_due)
        row.addWidget(self.apply_button)
        row.addWidget(self.due_button)
        row.addStretch(1)
        form.addRow(row)
        self.status = QLabel(self)
        self.status.setObjectName("hintText")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self._loaded_rules: dict[str, int] = {}
        ctx.worker.with_store(rules, self._loaded, self._failed, owner=self, label="retention-rules")

    def _loaded(self, current: dict[str, int]) -> None:
        self._loaded_rules = dict(current)
        for status, spin in self.years.items():
            spin.blockSignals(True)
            spin.setValue(current[status])
            spin.blockSignals(False)
            spin.setEnabled(True)
        self._changed()

    def values(self) -> dict[str, int]:
        return {status: spin.value() for status, spin in self.years.items()}

    def _changed(self) -> None:
        self.apply_button.setEnabled(bool(self._loaded_rules) and self.values() != self._loaded_rules)

    def apply(self) -> None:
        changes = {s: v for s, v in self.values().items() if self._loaded_rules.get(s) != v}
        if not changes:
            return
        self.apply_button.setEnabled(False)

        def job(store: Store) -> tuple[int, dict[str, int]]:
            return set_rules(store, changes), rules(store)

        self.ctx.worker.with_store(job, self._applied, self._failed, owner=self, label="retention-set")

    def _applied(self, result: tuple[int, dict[str, int]]) -> None:
        changed, current = result
        self._loaded(current)
        self.status.setText(self.tr("Saved. {n} retention date(s) recomputed.").format(n=changed))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
        self._changed()

    def show_due(self) -> None:
        from ui.retention import show_due_cases

        show_due_cases(self.ctx, self)


def create_settings_section(ctx: AppContext, parent: QWidget) -> QWidget:
    return RetentionSection(ctx, parent)
