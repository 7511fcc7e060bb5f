"""The screen of each area (``ui.shell.areas``): a module with
``create_area(ctx: AppContext, parent: QWidget) -> QWidget``. The area widget may offer ``flush()``
(queue pending saves before a lock) and ``menu_actions()``.

Imported by the workspace, so after the lock screen's first paint (``ui.shell.startup``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.cases import area as cases_area
from ui.context import AppContext
from ui.figures import area as figures_area
from ui.meetings import actions_area, decisions_area
from ui.meetings import area as meetings_area
from ui.shell import logbook_area, settings_area
from ui.shell.areas import Area

SCREENS: dict[str, Callable[[AppContext, QWidget], QWidget]] = {
    "meetings": meetings_area.create_area,
    "cases": cases_area.create_area,
    "actions": actions_area.create_area,
    "decisions": decisions_area.create_area,
    "logbook": logbook_area.create_area,
    "settings": settings_area.create_area,
    "figures": figures_area.create_area,
}


def create_area(area: Area, ctx: AppContext, parent: QWidget) -> QWidget:
    widget = SCREENS[area.key](ctx, parent)
    widget.setObjectName(f"area_{area.key}")
    return widget
