"""The decisions of the live meeting: record an outcome, change it ("Besluit wijzigen"), IND and OM
confirm, a disagreement, delete. Each opens its dialog over the live view and runs its store job
there; the texts are translated in the context ``LiveView``."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.meetings import Decision, DecisionService, Outcome
from ui.live.data import RECORDING
from ui.live.decision_change import change_warning, changed_message
from ui.live.dialogs import LiveNoteDialog, LiveOutcomeDialog
from ui.live.host import LiveHost
from ui.live.texts import item_label, outcome_label


class LiveDecisions:
    def __init__(self, host: LiveHost, parent: QWidget) -> None:
        self._host = host
        self._parent = parent  # of the dialogs

    def decision(self) -> Decision | None:
        """The decision of the item on the secretary's screen."""
        entry = self._host.selected_item()
        return entry.decisions[0] if entry is not None and entry.decisions else None

    def choose_outcome(self, key: str) -> None:
        host = self._host
        entry, data = host.selected_item(), host.data
        if entry is None or data is None or host.status not in RECORDING:
            return
        if entry.item.kind != "case" or entry.item.case_id is None:
            host.show_message(
                QCoreApplication.translate("LiveView", "Decisions are recorded for case items.")
            )
            return
        outcome = next((o for o in data.outcomes if o.key == key), None)
        if outcome is None:
            return
        if entry.decisions:  # a recorded decision is replaced only through "Besluit wijzigen"
            self.change_decision(key)
            return
        dialog = LiveOutcomeDialog(
            outcome,
            outcome_label(outcome.key, outcome.display()),
            item_label(entry.item),
            data.meeting.date + timedelta(weeks=4),
            None,
            self._parent,
        )
        item_id = entry.item.id

        def submit(values: dict[str, Any], keep: list[Any]) -> None:
            host.run(
                lambda store: DecisionService(store).record_decision(item_id, key, keep=keep, **values),
                lambda _d: dialog.succeeded(),
                dialog.failed,
                label="decision.record",
            )

        dialog.submitted.connect(submit)
        host.open_dialog(dialog)

    def change_decision(self, key: str | None = None) -> QMessageBox | None:
        """Besluit wijzigen: a warning first (stronger once IND or OM confirmed), then the form of
        the chosen outcome (``key``; None: the current one) with the old values filled in."""
        host = self._host
        entry = host.selected_item()
        decision = self.decision()
        data = host.data
        if entry is None or decision is None or data is None:
            return None
        if host.status not in RECORDING:
            return None
        key = key or decision.outcome
        outcome = next((o for o in data.outcomes if o.key == key), None)
        if outcome is None:
            return None
        box = change_warning(decision, outcome_label(outcome.key, outcome.display()), self._parent)
        box.accepted.connect(lambda: self._change_form(decision, outcome, item_label(entry.item)))
        host.open_dialog(box)
        return box

    def _change_form(self, decision: Decision, outcome: Outcome, label: str) -> None:
        host = self._host
        assert host.data is not None
        dialog = LiveOutcomeDialog(
            outcome,
            outcome_label(outcome.key, outcome.display()),
            label,
            host.data.meeting.date + timedelta(weeks=4),
            decision,
            self._parent,
            changing=True,
        )

        def submit(values: dict[str, Any], keep: list[Any]) -> None:
            def done(changed: Decision) -> None:
                dialog.succeeded()
                host.show_message(changed_message(decision, changed))

            host.run(
                lambda store: DecisionService(store).change_decision(
                    decision.id, replaces_version=decision.version, outcome=outcome.key, keep=keep, **values
                ),
                done,
                dialog.failed,
                label="decision.change",
            )

        dialog.submitted.connect(submit)
        QTimer.singleShot(0, self._parent, lambda: host.open_dialog(dialog))  # after the warning has closed

    def toggle_confirmation(self, organisation: str, *, confirm_only: bool = False) -> None:
        decision = self.decision()
        if decision is None or self._host.status not in RECORDING:
            return
        confirmed = decision.ind_confirmed_at if organisation == "IND" else decision.om_confirmed_at
        if confirmed and confirm_only:
            return
        if confirmed:
            self._host.run(
                lambda store: DecisionService(store).withdraw_confirmation(decision.id, organisation)
            )
        else:
            self._host.run(lambda store: DecisionService(store).confirm_decision(decision.id, organisation))

    def record_disagreement(self) -> None:
        host = self._host
        decision = self.decision()
        if decision is None or host.status not in RECORDING:
            return
        dialog = LiveNoteDialog(
            QCoreApplication.translate("LiveView", "Disagreement between IND and OM"),
            QCoreApplication.translate("LiveView", "What do they disagree on"),
            QCoreApplication.translate(
                "LiveView",
                "The chair records the disagreement; the decision {number} is then final with this note.",
            ).format(number=decision.number),
            field="disagreement",
            parent=self._parent,
        )

        def submit(values: dict[str, Any], keep: list[Any]) -> None:
            host.run(
                lambda store: DecisionService(store).record_disagreement(
                    decision.id, values["note"], keep=keep
                ),
                lambda _d: dialog.succeeded(),
                dialog.failed,
            )

        dialog.submitted.connect(submit)
        host.open_dialog(dialog)

    def delete_decision(self) -> None:
        host = self._host
        decision = self.decision()
        if decision is None or host.status not in RECORDING:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("LiveView", "Delete decision"),
            QCoreApplication.translate(
                "LiveView", "Delete decision {number}? Its number is not used again."
            ).format(number=decision.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
        if yes is not None:
            yes.setText(QCoreApplication.translate("LiveView", "Delete"))
        if no is not None:
            no.setText(QCoreApplication.translate("LiveView", "Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(
            lambda: host.run(lambda store: DecisionService(store).delete_decision(decision.id))
        )
        host.open_dialog(box)
