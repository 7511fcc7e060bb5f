"""Starting a meeting on another day than planned: ask once, then the store records the day it was
held (``MeetingService.start_meeting(on_date=today)``), so the documents print that day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.meetings.common import long_date


def start_date_question(number: str, planned: date, today: date, parent: QWidget) -> QMessageBox | None:
    """None when the meeting starts on its planned day; else the question (not opened yet):
    accepted means "start today and record today's date"."""
    if planned == today:
        return None
    text = QCoreApplication.translate(
        "StartDate",
        "{number} was planned for {planned}; today is {today}. Start the meeting today? The minutes, "
        "the decision list and the other documents then carry today's date.",
    ).format(number=number, planned=long_date(planned), today=long_date(today))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("StartDate", "Start on another day"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("startDateQuestion")
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("StartDate", "Start today"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("StartDate", "Not now"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
