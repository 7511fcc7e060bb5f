"""The workspace's areas: their keys, in the order of the navigation, and their titles.

The lock screen shows these (menus, Ctrl+1…7), so this module imports no screen; the screen of each
area comes from ``ui.shell.area_screens``, loaded with the workspace after the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Area:
    key: str

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


AREAS: tuple[Area, ...] = (
    Area("meetings"),
    Area("cases"),
    Area("actions"),
    Area("decisions"),
    Area("logbook"),
    Area("settings"),
    Area("figures"),
)
