"""The workspace's areas and where their screens come from.

Each area is built by a module with ``create_area(ctx: AppContext, parent: QWidget) -> QWidget``.
Until a feature delivers its module the area shows an empty state that says what it is for.
Area widgets may offer ``flush()`` (queue pending saves before a lock) and ``menu_actions()``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets.empty_state import EmptyState


@dataclass(frozen=True)
class Area:
    key: str
    module: str

    @property
    def title(self) -> str:
        return {
            "meetings": QCoreApplication.translate("Areas", "Meetings"),
            "cases": QCoreApplication.translate("Areas", "Cases"),
            "actions": QCoreApplication.translate("Areas", "Action items"),
            "decisions": QCoreApplication.translate("Areas", "Decisions"),
            "figures": QCoreApplication.translate("Areas", "Figures"),
            "logbook": QCoreApplication.translate("Areas", "Audit log"),
            "settings": QCoreApplication.translate("Areas", "Settings"),
        }[self.key]

    @property
    def empty_text(self) -> str:
        return {
            "meetings": QCoreApplication.translate(
                "Areas",
                "Here you prepare meetings: the agenda, the cases to discuss and the "
                "planned times; and here you run the meeting and take the minutes.",
            ),
            "cases": QCoreApplication.translate(
                "Areas",
                "Here you keep the register of anonymised 1F cases that the IND brings "
                "to the table, with their status across meetings.",
            ),
            "actions": QCoreApplication.translate(
                "Areas",
                "Here you follow the action items from all meetings: who does what, by "
                "when, and what is still open.",
            ),
            "decisions": QCoreApplication.translate(
                "Areas",
                "Here you find every decision of the table, numbered, with the cases "
                "that proceed to a criminal complaint (aangifte).",
            ),
            "figures": QCoreApplication.translate(
                "Areas",
                "Here you see the figures of a year or quarter, protected against small numbers.",
            ),
            "logbook": QCoreApplication.translate(
                "Areas",
                "Here you see who did what and when, without the sensitive content, in a "
                "tamper-evident chain.",
            ),
            "settings": QCoreApplication.translate(
                "Areas",
                "Here you set the language, the automatic lock, the classification marking and the backups.",
            ),
        }[self.key]


AREAS: tuple[Area, ...] = (
    Area("meetings", "ui.meetings.area"),
    Area("cases", "ui.cases.area"),
    Area("actions", "ui.meetings.actions_area"),
    Area("decisions", "ui.meetings.decisions_area"),
    Area("logbook", "ui.shell.logbook_area"),
    Area("settings", "ui.shell.settings_area"),
    Area("figures", "ui.figures.area"),
)


def create_area(area: Area, ctx: AppContext, parent: QWidget) -> QWidget:
    try:
        module = importlib.import_module(area.module)
    except ModuleNotFoundError as exc:
        if exc.name is None or not area.module.startswith(exc.name):
            raise
        widget: QWidget = EmptyState(area.title, area.empty_text, parent)
    else:
        widget = module.create_area(ctx, parent)
    widget.setObjectName(f"area_{area.key}")
    return widget
