"""Screenshots of the meeting preparation and the registers (demo store): the agenda builder of the
upcoming meeting, the decision register and the action list."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scripts.screenshots import Shooter


def _area(s: Shooter, key: str):  # noqa: ANN202 - the area widget
    window = s.main
    if window is None or window.workspace is None:
        s.unlock_demo()
        window = s.main
    s.window = window
    window.raise_()
    window.activateWindow()
    window.show_area(key)
    s.wait_until(lambda: window.ctx.worker.pending == 0)
    s.settle(300)
    return window.workspace.areas[key]


def agenda_builder(s: Shooter) -> None:
    area = _area(s, "meetings")
    area.open_upcoming()
    s.wait_until(lambda: area.window().ctx.worker.pending == 0)
    builder = area.detail.builder
    s.wait_until(lambda: builder.model.rowCount() > 0)
    rows = builder.model.rows
    case_rows = [i for i, r in enumerate(rows) if r.item.kind == "case"]
    builder.view.selectRow(case_rows[0] if case_rows else 0)
    builder.view.setFocus()
    s.shoot("agenda-builder")


def decisions(s: Shooter) -> None:
    area = _area(s, "decisions")
    if area.proxy.rowCount():
        area.view.selectRow(area.proxy.rowCount() - 1)
    area.view.setFocus()
    s.shoot("besluiten")


def actions(s: Shooter) -> None:
    area = _area(s, "actions")
    area.scope.setCurrentIndex(1)  # all items: the closed ones are struck through
    if area.proxy.rowCount():
        area.view.selectRow(0)
    area.view.setFocus()
    s.shoot("actiepunten")


def new_meeting(s: Shooter) -> None:
    area = _area(s, "meetings")
    area.show_list()
    dialog = area.new_meeting()
    s.wait_until(lambda: dialog.create_button.isEnabled())
    dialog.form.participants.table.setFocus()
    s.settle(300)
    main, s.window = s.window, dialog
    s.shoot("nieuw-overleg")
    dialog.reject()
    s.window = main


SCENES = [
    ("agenda-builder", agenda_builder),
    ("besluiten", decisions),
    ("actiepunten", actions),
    ("nieuw-overleg", new_meeting),
]
