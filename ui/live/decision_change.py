""" "Besluit wijzigen" in the live meeting: the warning before a recorded decision is replaced, and
the line that says afterwards what happened (new version, confirmations withdrawn).

A recorded decision is never replaced by choosing another outcome alone: the secretary first sees
this warning (stronger once the IND or the OM confirmed it), then the outcome form with the old
values filled in; the store keeps the replaced version in the decision's history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.meetings import Decision
from ui.live.texts import outcome_label


def _who(organisations: tuple[str, ...]) -> str:
    return QCoreApplication.translate("DecisionChange", " and ").join(organisations)


def warning_text(decision: Decision, new_label: str) -> str:
    old = outcome_label(decision.outcome, decision.outcome_label)
    head = QCoreApplication.translate(
        "DecisionChange", "Decision {number} ({outcome}) is already recorded."
    ).format(number=decision.number, outcome=old)
    if decision.disagreement_at:
        head = QCoreApplication.translate(
            "DecisionChange",
            "Decision {number} ({outcome}) is final: the chair recorded a disagreement. Changing it "
            "withdraws that note.",
        ).format(number=decision.number, outcome=old)
    elif decision.is_final:
        head = QCoreApplication.translate(
            "DecisionChange",
            "Decision {number} ({outcome}) is final: confirmed by the IND and the OM. Changing it "
            "withdraws both confirmations; the IND and the OM must confirm it again.",
        ).format(number=decision.number, outcome=old)
    elif decision.confirmed_by:
        head = QCoreApplication.translate(
            "DecisionChange",
            "Decision {number} ({outcome}) is confirmed by {who}. Changing it withdraws that confirmation.",
        ).format(number=decision.number, outcome=old, who=_who(decision.confirmed_by))
    rest = QCoreApplication.translate(
        "DecisionChange",
        "The new version ({outcome}) replaces version {version}; that version stays in the "
        "decision's history and in the log.",
    ).format(outcome=new_label, version=decision.version)
    return f"{head}\n\n{rest}"


def change_warning(decision: Decision, new_label: str, parent: QWidget) -> QMessageBox:
    """Ask before the form opens; "Do not change" is the default."""
    confirmed = bool(decision.confirmed_by or decision.disagreement_at)
    box = QMessageBox(
        QMessageBox.Icon.Warning if confirmed else QMessageBox.Icon.Question,
        QCoreApplication.translate("DecisionChange", "Change decision {number}").format(
            number=decision.number
        ),
        warning_text(decision, new_label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("changeDecisionWarning")
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("DecisionChange", "Change decision…")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("DecisionChange", "Do not change")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def form_notice(decision: Decision) -> str:
    """The line at the top of the change form: what is replaced and what is withdrawn."""
    old = outcome_label(decision.outcome, decision.outcome_label)
    line = QCoreApplication.translate(
        "DecisionChange", "Replaces version {version} of {number} ({outcome}); that version is kept."
    ).format(version=decision.version, number=decision.number, outcome=old)
    if decision.confirmed_by:
        line += " " + QCoreApplication.translate(
            "DecisionChange", "Saving withdraws the confirmation of {who}."
        ).format(who=_who(decision.confirmed_by))
    if decision.disagreement_at:
        line += " " + QCoreApplication.translate(
            "DecisionChange", "Saving withdraws the recorded disagreement."
        )
    return line


def changed_message(before: Decision, after: Decision) -> str:
    """After saving: the new version, and whose confirmation was withdrawn."""
    if after.version == before.version:
        return QCoreApplication.translate("DecisionChange", "Decision {number} is unchanged.").format(
            number=after.number
        )
    text = QCoreApplication.translate(
        "DecisionChange", "Decision {number} changed to version {version}; the previous version is kept."
    ).format(number=after.number, version=after.version)
    if before.confirmed_by:
        text += " " + QCoreApplication.translate("DecisionChange", "Confirmation withdrawn: {who}.").format(
            who=_who(before.confirmed_by)
        )
    return text
