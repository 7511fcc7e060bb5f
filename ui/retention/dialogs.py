"""The Bewaartermijnen dialog (due cases, tombstones) and the confirm-the-purge dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.purge import DueCase, PurgePlan, PurgeReport, PurgeService, Tombstone
from storage.store import Store
from ui.context import AppContext
from ui.dates import display_date
from ui.retention.texts import rules_line
from ui.widgets.error_text import user_message

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(QDialog):
    """The cases whose retention period has passed (to select and purge) and the purged ones."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Retention periods"))
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        due_label = QLabel(self.tr("&Cases due for purging"), self)
        due_label.setObjectName("areaTitle")
        self.due = QTreeWidget(self)
        self.due.setColumnCount(4)
        self.due.setHeaderLabels(
            [self.tr("Case"), self.tr("Status"), self.tr("Latest decision"), self.tr("Keep until")]
        )
        self.due.setRootIsDecorated(False)
        self.due.setAccessibleName(self.tr("Cases due for purging"))
        self.due.setTabKeyNavigation(False)
        self.due.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.due.header().setStretchLastSection(True)
        self.due.itemChanged.connect(lambda *_: self._update_buttons())
        due_label.setBuddy(self.due)
        self.empty = QLabel(self.tr("No case has passed its retention period."), self)
        self.empty.setObjectName("hintText")
        self.empty.hide()
        self.select_all = QPushButton(self.tr("Select &all"), self)
        self.select_all.setAccessibleName(self.tr("Select all due cases"))
        self.select_all.clicked.connect(self._select_all)
        self.purge_button = QPushButton(self.tr("&Purge selected…"), self)
        self.purge_button.setObjectName("primaryButton")
        self.purge_button.setAccessibleName(self.tr("Purge the selected cases"))
        self.purge_button.clicked.connect(self._confirm)
        purged_label = QLabel(self.tr("P&urged cases (tombstones)"), self)
        purged_label.setObjectName("areaTitle")
        self.purged = QListWidget(self)
        self.purged.setAccessibleName(self.tr("Purged cases"))
        self.purged.setWordWrap(True)
        purged_label.setBuddy(self.purged)
        self.note = QLabel(
            self.tr(
                "A purge removes the case's content everywhere in this store (case, minutes, decisions, "
                "actions, search index) and leaves a tombstone with its reference and dates. Adopted minutes "
                "are marked as redacted. Backups made earlier keep the content until they are rotated out."
            ),
            self,
        )
        self.note.setObjectName("hintText")
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addWidget(due_label)
        layout.addWidget(self.due, 3)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(purged_label)
        layout.addWidget(self.purged, 2)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._update_buttons()
        self.reload()

    # -- data -------------------------------------------------------------------------------------
    def reload(self) -> None:
        def load(store: Store) -> tuple[dict[str, int], list[DueCase], list[Tombstone]]:
            service = PurgeService(store)
            return service.rules(), service.due(), service.tombstones()

        self.ctx.worker.with_store(load, self._loaded, self._failed, owner=self, label="retention-due")

    def _loaded(self, result: tuple[dict[str, int], list[DueCase], list[Tombstone]]) -> None:
        rules, due, tombstones = result
        self.rules.setText(rules_line(rules))
        self.due.blockSignals(True)
        self.due.clear()
        for case in due:
            decision = self.tr("none")
            if case.last_decision:
                when = display_date(case.last_decision_date)
                decision = f"{case.last_decision} ({when}): {case.outcome_label}"
            item = QTreeWidgetItem(
                [case.reference, case.status_label(), decision, display_date(case.retention_until)]
            )
            item.setData(0, ID_ROLE, case.case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.due.addTopLevelItem(item)
        self.due.blockSignals(False)
        self.empty.setVisible(not due)
        self.purged.clear()
        for tombstone in tombstones:
            self.purged.addItem(tombstone.text())
        if not tombstones:
            self.purged.addItem(self.tr("No case has been purged yet."))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._show_status(user_message(exc), error=True)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("errorText" if error else "okText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.show()

    # -- selection --------------------------------------------------------------------------------
    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.due.topLevelItem(i) for i in range(self.due.topLevelItemCount()))
        return [item for item in items if item is not None]

    def selected(self) -> list[tuple[int, str]]:
        """(case id, reference) of every checked case."""
        return [
            (int(item.data(0, ID_ROLE)), item.text(0))
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, references: Sequence[str]) -> None:
        for item in self._items():
            item.setCheckState(
                0, Qt.CheckState.Checked if item.text(0) in references else Qt.CheckState.Unchecked
            )

    def _select_all(self) -> None:
        items = self._items()
        check = any(item.checkState(0) != Qt.CheckState.Checked for item in items)
        for item in items:
            item.setCheckState(0, Qt.CheckState.Checked if check else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        self.select_all.setEnabled(self.due.topLevelItemCount() > 0)
        self.purge_button.setEnabled(bool(self.selected()))

    # -- purging ----------------------------------------------------------------------------------
    def _confirm(self) -> ConfirmPurgeDialog | None:
        chosen = self.selected()
        if not chosen:
            return None
        dialog = ConfirmPurgeDialog(self.ctx, chosen, self)
        dialog.purged.connect(self._purged)
        dialog.open()
        return dialog

    def _purged(self, report: PurgeReport) -> None:
        references = ", ".join(t.reference for t in report.tombstones)
        text = self.tr("Purged: {references}. The store was compacted.").format(references=references)
        if report.redacted:
            text += " " + self.tr("Marked as redacted: {meetings}.").format(
                meetings=", ".join(report.redacted)
            )
        if report.compact_error:
            text = self.tr("Purged: {references}, but compacting the store failed: {error}").format(
                references=references, error=report.compact_error
            )
        self._show_status(text, error=bool(report.compact_error))
        self.reload()


class ConfirmPurgeDialog(QDialog):
    """What the purge removes (a dry run), then a typed confirmation: the reference of the one case,
    or the number of cases. Emits ``purged(PurgeReport)`` after the purge and compaction."""

    purged = Signal(object)

    def __init__(
        self, ctx: AppContext, cases: Sequence[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_ids = [case_id for case_id, _ref in cases]
        self.references = [ref for _id, ref in cases]
        self.plans: list[PurgePlan] = []
        self.setWindowTitle(self.tr("Confirm purge"))
        warning = QLabel(
            self.tr(
                "Purging cannot be undone. Everything below is removed from this store; only a tombstone "
                "with the reference and dates remains."
            ),
            self,
        )
        warning.setObjectName("warningText")
        warning.setWordWrap(True)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("What the purge removes"))
        self.summary.setPlainText(self.tr("Checking what the purge removes…"))
        self.summary.setTabChangesFocus(True)
        if len(self.references) == 1:
            self.expected = self.references[0]
            prompt = self.tr("Type the reference {reference} to confirm").format(reference=self.expected)
        else:
            self.expected = str(len(self.references))
            prompt = self.tr("Type the number of cases ({count}) to confirm").format(count=self.expected)
        self.prompt = QLabel(prompt + ":", self)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(prompt)
        self.confirm_edit.textChanged.connect(lambda _t: self._update_button())
        self.prompt.setBuddy(self.confirm_edit)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.purge_button = self.buttons.addButton(self.tr("Purge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.purge_button.setAccessibleName(self.tr("Purge"))
        self.purge_button.setObjectName("primaryButton")
        self.purge_button.setAutoDefault(False)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._purge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self._busy = True
        self._update_button()
        ids = list(self.case_ids)
        ctx.worker.with_store(
            lambda store: PurgeService(store).plan(ids),
            self._planned,
            self._failed,
            owner=self,
            label="purge-plan",
        )

    @property
    def ready(self) -> bool:
        return bool(self.plans) and all(p.can_purge for p in self.plans)

    def _planned(self, plans: list[PurgePlan]) -> None:
        self.plans = list(plans)
        lines: list[str] = []
        for plan in plans:
            summary = plan.summary()
            lines.append(summary[0])
            lines.extend(f"  • {line}" for line in summary[1:])
            lines.append("")
        lines.append(
            self.tr(
                "Afterwards the store is compacted (VACUUM), so that no deleted page keeps the text. "
                "Backups made earlier keep the content until they are rotated out."
            )
        )
        self.summary.setPlainText("\n".join(lines))
        self._busy = False
        if not self.ready:
            self.error.setText(self.tr("Not every case can be purged now; see the reasons above."))
            self.error.show()
        self._update_button()

    def _update_button(self) -> None:
        typed = self.confirm_edit.text().strip()
        matches = typed.casefold() == self.expected.casefold()
        self.purge_button.setEnabled(self.ready and matches and not self._busy)

    def _purge(self) -> None:
        if not self.purge_button.isEnabled():
            return
        self._busy = True
        self._update_button()
        self.confirm_edit.setEnabled(False)
        self.error.setObjectName("hintText")
        self.error.setText(self.tr("Purging and compacting the store…"))
        self.error.show()
        references = list(self.references)
        self.ctx.worker.with_store(
            lambda store: PurgeService(store).purge_confirmed(references),
            self._done,
            self._failed,
            owner=self,
            label="purge",
        )

    def _done(self, report: PurgeReport) -> None:
        self.purged.emit(report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.confirm_edit.setEnabled(True)
        self.error.setObjectName("errorText")
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
        self.error.setText(user_message(exc))
        self.error.show()
        self._update_button()
