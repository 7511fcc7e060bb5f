"""The question before the meeting closes: what is still open, each point with its case, so the
table knows which case it is about (texts in the context ``LiveView``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.meetings import ClosingCheck
from ui.live.data import LiveData


def _named(key: object, reference: str) -> str:
    return f"{key} ({reference})" if reference else str(key)


def closing_question(check: ClosingCheck, data: LiveData | None) -> str:
    by_number = {e.item.number: e.item.case_reference for e in data.items} if data else {}
    by_decision = {d.number: d.case_reference for e in data.items for d in e.decisions} if data else {}
    lines = [
        QCoreApplication.translate(
            "LiveView", "Close the meeting? The minutes stay a draft until the next meeting adopts them."
        )
    ]
    if check.undecided_case_items:
        lines.append(
            QCoreApplication.translate("LiveView", "Case items without a decision: {items}.").format(
                items=", ".join(_named(n, by_number.get(n, "")) for n in check.undecided_case_items)
            )
        )
    if check.draft_decisions:
        lines.append(
            QCoreApplication.translate(
                "LiveView", "Decisions not yet confirmed by IND and OM: {numbers}."
            ).format(numbers=", ".join(_named(n, by_decision.get(n, "")) for n in check.draft_decisions))
        )
    return "\n\n".join(lines)
