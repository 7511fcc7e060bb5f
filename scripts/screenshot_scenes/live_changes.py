"""Screenshots of the live meeting's safeguards (demo store, after the scenes in ``live``): adopting
the previous minutes at item 2, the warning and form of "Besluit wijzigen", and the guard panel with
many findings (it scrolls instead of growing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scripts.screenshot_scenes.live import _live, _run

if TYPE_CHECKING:
    from scripts.screenshots import Shooter

MANY_ADDRESSES = "Stukken mailen naar " + ", ".join(f"medewerker{i}@voorbeeld.nl" for i in range(1, 13))


def _back_to_first_case(s: Shooter, window) -> None:  # noqa: ANN001 - LiveWindow
    view = window.view
    case = next(e.item for e in view.data.items if e.item.kind == "case")
    view.take(case.id)
    s.wait_until(lambda: s.ctx.worker.pending == 0)
    s.window = window


def adoption_entry(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    view.set_mode("secretary")
    item_2 = next(e.item for e in view.data.items if e.item.kind == "previous_minutes")
    view.take(item_2.id)
    s.wait_until(lambda: s.ctx.worker.pending == 0 and view.secretary.item_id == item_2.id)
    view.return_to_minutes()
    view.tick()
    s.window = window
    s.shoot("vorig-verslag-punt-2")
    view.set_mode("both")


def adoption_dialog(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    item_2 = next(e.item for e in view.data.items if e.item.kind == "previous_minutes")
    view.take(item_2.id)
    s.wait_until(lambda: s.ctx.worker.pending == 0)
    dialog = view.adopt_previous()
    if dialog is None:
        raise RuntimeError("the demo's previous minutes cannot be adopted here")
    s.wait_until(lambda: dialog.isVisible() and s.ctx.worker.pending == 0)
    s.wait_until(lambda: dialog.panel.data is not None)
    s.window = dialog
    s.shoot("vorig-verslag-vaststellen")
    dialog.reject()
    _back_to_first_case(s, window)


def _confirmed_by_both(s: Shooter, window) -> None:  # noqa: ANN001 - LiveWindow
    view = window.view
    decision = view._decision()
    if decision is None or decision.is_final:
        return

    def confirm(store) -> None:  # noqa: ANN001
        from storage.meetings import DecisionService

        for organisation, at in (("IND", decision.ind_confirmed_at), ("OM", decision.om_confirmed_at)):
            if at is None:
                DecisionService(store).confirm_decision(decision.id, organisation)

    _run(s, confirm)
    view.reload()
    s.wait_until(lambda: s.ctx.worker.pending == 0)


def change_warning(s: Shooter) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _live(s)
    view = window.view
    _back_to_first_case(s, window)
    _confirmed_by_both(s, window)
    second = view.data.outcomes[1].key  # "nadere informatie" in place of the confirmed aangifte
    box = view.change_decision(second)
    s.wait_until(lambda: box is not None and box.isVisible())
    s.window = box
    s.shoot("besluit-wijzigen-waarschuwing")
    box.button(QMessageBox.StandardButton.Yes).click()
    s.wait_until(lambda: view.dialog is not None and view.dialog is not box and view.dialog.isVisible())
    s.settle(300)
    s.window = view.dialog
    s.shoot("besluit-wijzigen-formulier")
    view.dialog.reject()
    s.window = window


def guard_panel(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    _back_to_first_case(s, window)
    view.new_action()
    dialog = view.dialog
    s.wait_until(lambda: dialog is not None and dialog.isVisible())
    dialog.text.set_text(MANY_ADDRESSES)
    dialog.ok_button.click()
    s.wait_until(lambda: dialog.guard_panel.isVisible() and len(dialog.guard_panel.reasons) == 12)
    for index, edit in enumerate(dialog.guard_panel.reasons[:3]):
        edit.setText(f"Functioneel adres van de eenheid ({index + 1})")
    dialog.guard_panel.reasons[3].setFocus()
    s.settle(1500)
    s.window = dialog
    s.shoot("bewaakpaneel-veel-vondsten")
    dialog.reject()
    s.window = window


SCENES = [
    ("vorig-verslag-punt-2", adoption_entry),
    ("vorig-verslag-vaststellen", adoption_dialog),
    ("besluit-wijzigen", change_warning),
    ("bewaakpaneel-veel-vondsten", guard_panel),
]
