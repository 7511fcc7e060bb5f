"""Issue 4, must-show 1 (and issue 10, must-show 2), in one go through the real application window:

create a meeting, build an agenda with three cases, run it (minutes per item; aangifte for the first
case, nadere informatie for the second — which creates an action —, aanhouden for the third, whose
confirmed decision is then replaced, only through "Besluit wijzigen"), close it; the next meeting's
agenda suggests the deferred case and the open action; the previous minutes can be adopted only
once that meeting is in session, with an amendment; afterwards no service function can change the
sealed minutes, and editing every case the record shows leaves the sealed record as it was, on
screen and in print.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reports.documents import DocumentRequest, build_document
from storage.access import create_store
from storage.cases.service import CaseService
from storage.errors import SealedRecord
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import (
    ActionService,
    AdoptionService,
    AgendaService,
    DecisionService,
    MeetingQueries,
    MeetingService,
    MinutesService,
)
from storage.seals import verify_seals
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import make_cases
from tests.helpers.ui_live import Clocks, live_context, read, settle
from tests.ui.test_live import closed, dialog_of, press, type_minutes
from ui.idle import IdleWatcher
from ui.live.dialogs import LiveOutcomeDialog
from ui.live.window import find_live_window
from ui.shell.main_window import MainWindow


def make_store(store_dir: Path, clocks: Clocks) -> list[int]:
    store, _ = create_store(
        store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS, clock=clocks.wall
    )
    try:
        return make_cases(store, 3)
    finally:
        store.close()


def new_meeting(qtbot, area, ctx, place: str):
    dialog = area.new_meeting()
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=10_000)
    dialog.form.place.clear()
    qtbot.keyClicks(dialog.form.place, place)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: area.detail.meeting is not None and area.detail.meeting.place == place, timeout=10_000
    )
    settle(qtbot, ctx)
    main = area.window()
    main.activateWindow()  # the dialog was the active window; shortcuts need the main window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5000)
    return area.detail


def start_today(qtbot, detail, ctx) -> None:
    """Start a meeting planned for a later day: the question comes once; "Vandaag beginnen"."""
    planned = detail.meeting.date
    qtbot.mouseClick(detail.start_button, Qt.MouseButton.LeftButton)
    box = next(w for w in detail.findChildren(QMessageBox) if w.isVisible())
    assert box.objectName() == "startDateQuestion" and "was gepland op" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    assert detail.meeting.status == "in_vergadering" and detail.meeting.date != planned


def replace_confirmed_decision(qtbot, live, ctx, item_id: int) -> None:
    """Alt+3 again on the confirmed decision: a warning first; only "Besluit wijzigen…" opens the
    form, with the old reason; saving withdraws both confirmations, which are then given again."""
    view = live.view
    press(qtbot, "Alt+3")
    box = dialog_of(live)
    assert isinstance(box, QMessageBox) and "beide bevestigingen" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, ctx)
    press(qtbot, "Alt+3")
    dialog_of(live).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, LiveOutcomeDialog) and view.dialog.isVisible())
    form = view.dialog
    assert form.fields["reason"].text() == "eerst het besluit op het naturalisatieverzoek"
    form.fields["reason"].set_text("eerst het besluit op het naturalisatieverzoek en het beroep")
    qtbot.keyClick(form.ok_button, Qt.Key.Key_Space)
    settle(qtbot, ctx)
    assert closed(form) and "Bevestiging ingetrokken: IND en OM" in view.message.text()
    history = read(
        qtbot,
        ctx,
        lambda store: MeetingQueries(store).decision_history(
            MeetingQueries(store).item_minutes(item_id).decisions[0].id
        ),
    )
    assert [(v.version, v.reason) for v in history] == [(1, "eerst het besluit op het naturalisatieverzoek")]
    for keys in ("Ctrl+Shift+I", "Ctrl+Shift+M"):
        press(qtbot, keys)
        settle(qtbot, ctx)
    assert view.secretary.finality.text() == "Definitief: bevestigd door IND en OM."


def printed(store, meeting_id: int) -> list[bytes]:
    return [
        build_document(store, DocumentRequest(kind=kind, meeting_id=meeting_id, lang="nl")).pdf
        for kind in ("verslag", "besluitenlijst")
    ]


def edit_cases(store, case_ids: list[int]) -> None:
    for n, case_id in enumerate(case_ids, start=1):
        CaseService(store).update(
            case_id,
            {
                "reference": f"C-2027-{800 + n}",
                "summary": f"Een heel andere samenvatting {n}.",
                "country": "Een ander land",
                "role": "Een andere rol",
                "question": "Een andere vraag?",
            },
        )


def test_meeting_from_agenda_to_sealed_minutes(qtbot, tmp_path: Path) -> None:
    clocks = Clocks()
    store_dir = tmp_path / "opslag"
    case_ids = make_store(store_dir, clocks)
    ctx = live_context(store_dir, tmp_path / "instellingen", clocks)
    window = MainWindow(
        ctx, start_with_welcome=False, idle=IdleWatcher(3600, clocks.mono, check_interval_ms=60_000)
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.keyClicks(window.unlock_page.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    window.workspace.show_area("meetings")
    area = window.workspace.areas["meetings"]
    settle(qtbot, ctx)

    # -- prepare: a new meeting and an agenda with the three cases --------------------------------
    detail = new_meeting(qtbot, area, ctx, "Den Haag, zaal 1 (fictief)")
    first = detail.meeting
    builder = detail.builder
    qtbot.waitUntil(lambda: len(builder.suggested_case_ids()) == 3, timeout=10_000)
    builder.suggestions.setFocus()
    for _ in range(3):
        qtbot.keyClick(builder.suggestions, Qt.Key.Key_Insert)
        settle(qtbot, ctx)
    agenda = read(qtbot, ctx, lambda store: MeetingQueries(store).agenda(first.id))
    case_items = [item for item in agenda.items if item.kind == "case"]
    assert sorted(item.case_id for item in case_items) == sorted(case_ids)
    qtbot.mouseClick(detail.fix_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert detail.meeting.status == "agenda_vastgesteld"

    # -- run it in the live window, by keyboard ----------------------------------------------------
    start_today(qtbot, detail, ctx)
    qtbot.waitUntil(lambda: find_live_window(first.id) is not None, timeout=10_000)
    live_window = find_live_window(first.id)
    live = SimpleNamespace(window=live_window, view=live_window.view, ctx=ctx)
    view = live.view
    live_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live_window, timeout=5000)
    view.chair.agenda.setFocus()
    settle(qtbot, ctx)
    if view.timer.current is None:
        press(qtbot, "Ctrl+Shift+S")  # open the meeting: item 1 becomes current
        settle(qtbot, ctx)
    assert view.status == "in_vergadering"

    outcomes = {}
    for item in agenda.items:
        while view.timer.current != item.id:
            press(qtbot, "Alt+Right")
            settle(qtbot, ctx)
        type_minutes(qtbot, live, f"Verslag van punt {item.number}: {item.title[:40]}.")
        clocks.advance(120)
        if item.kind != "case":
            continue
        index = [i.id for i in case_items].index(item.id)
        press(qtbot, f"Alt+{index + 1}")  # 1 aangifte, 2 nadere informatie, 3 aanhouden
        dialog = dialog_of(live)
        if index == 0:
            qtbot.keyClicks(dialog.fields["responsible"], "unit 1F")
            dialog.fields["deadline"].set_value(date(2026, 4, 1))
        elif index == 1:
            qtbot.keyClicks(dialog.fields["request"], "ambtsberichten over de eenheid")
            org = dialog.fields["responsible_organisation"]
            org.setCurrentIndex(org.findData("IND"))
            dialog.fields["deadline"].set_value(date(2026, 4, 15))
        else:
            qtbot.keyClicks(dialog.fields["reason"], "eerst het besluit op het naturalisatieverzoek")
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
        settle(qtbot, ctx)
        assert closed(dialog)
        for keys in ("Ctrl+Shift+I", "Ctrl+Shift+M"):  # IND and OM confirm: the decision is final
            press(qtbot, keys)
            settle(qtbot, ctx)
        outcomes[item.case_id] = ("aangifte", "nadere_informatie", "aanhouden")[index]
        if index == 2:
            replace_confirmed_decision(qtbot, live, ctx, item.id)

    press(qtbot, "Ctrl+Shift+E")  # close the meeting
    settle(qtbot, ctx)
    closing = dialog_of(live)
    closing.close_button.click()
    settle(qtbot, ctx)
    assert view.status == "afgelopen"
    minutes = read(qtbot, ctx, lambda store: MeetingQueries(store).minutes(first.id))
    assert all(m.text.startswith(f"Verslag van punt {m.item.number}") for m in minutes.items)
    decided = {m.item.case_id: m.decisions[0].outcome for m in minutes.items if m.decisions}
    assert decided == outcomes
    request_case = next(case for case, outcome in outcomes.items() if outcome == "nadere_informatie")
    deferred_case = next(case for case, outcome in outcomes.items() if outcome == "aanhouden")
    actions = read(qtbot, ctx, lambda store: MeetingQueries(store).actions(open_only=True))
    assert [a.case_id for a in actions] == [request_case]
    if shiboken6.isValid(live_window) and live_window.isVisible():
        live_window.close()
    settle(qtbot, ctx)

    # -- the next meeting: the deferred case and the open action come back ------------------------
    window.activateWindow()
    area.show_list()
    settle(qtbot, ctx)
    detail = new_meeting(qtbot, area, ctx, "Den Haag, zaal 2 (fictief)")
    second = detail.meeting
    assert second.id != first.id
    suggested = detail.builder.suggested_case_ids()
    assert suggested[:2] == [deferred_case, request_case] or suggested[:2] == [request_case, deferred_case]
    headings = [detail.builder.suggestions.item(i).text() for i in range(detail.builder.suggestions.count())]
    assert any("aangehouden sinds" in text for text in headings)
    open_actions = [
        detail.builder.open_actions.item(i).text() for i in range(detail.builder.open_actions.count())
    ]
    assert len(open_actions) == 1 and open_actions[0].startswith(actions[0].number)

    # -- adopt the previous minutes with an amendment, once the next meeting is in session -------
    detail.tabs.setCurrentIndex(2)
    settle(qtbot, ctx)
    panel = detail.previous_panel
    panel.amend_text.setFocus()
    qtbot.keyClicks(panel.amend_text, "De termijn van de aangifte is 1 april 2026.")
    qtbot.mouseClick(panel.amend_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert panel.adopt_button.text() == "Vaststellen (met wijzigingen)"
    assert not panel.adopt_button.isEnabled()  # the next meeting has not started: not yet
    assert "Start eerst die vergadering" in panel.adopt_hint.text()
    qtbot.mouseClick(detail.fix_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    start_today(qtbot, detail, ctx)
    settle(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    detail.tabs.setCurrentIndex(2)
    settle(qtbot, ctx)
    assert panel.adopt_button.isEnabled()
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    box = next(w for w in panel.findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    seal = read(qtbot, ctx, lambda store: MeetingQueries(store).seal(first.id))
    assert seal is not None and seal.with_amendments and seal.sealed_in == second.number
    assert panel.view.isReadOnly()

    # -- every case the record shows is edited afterwards: the sealed record does not move -------
    shown_before, printed_before = panel.view.toPlainText(), read(qtbot, ctx, lambda s: printed(s, first.id))
    assert any(summary in shown_before for summary in ("Fictieve testcasus 1", "Fictieve testcasus 2"))
    read(qtbot, ctx, lambda store: edit_cases(store, case_ids))
    panel.reload()
    settle(qtbot, ctx)
    assert panel.view.toPlainText() == shown_before
    assert read(qtbot, ctx, lambda s: printed(s, first.id)) == printed_before
    assert read(qtbot, ctx, verify_seals).ok

    # -- sealed: no service function changes it -----------------------------------------------------
    item = minutes.items[3]
    decision = next(m.decisions[0] for m in minutes.items if m.decisions)
    attempts = {
        "save_minutes": lambda s: MinutesService(s).save_minutes(item.item.id, "Gewijzigd."),
        "record_item_time": lambda s: MinutesService(s).record_item_time(item.item.id, 5),
        "change_decision": lambda s: DecisionService(s).change_decision(
            decision.id, replaces_version=decision.version, responsible="ander"
        ),
        "delete_decision": lambda s: DecisionService(s).delete_decision(decision.id),
        "record_disagreement": lambda s: DecisionService(s).record_disagreement(decision.id, "anders"),
        "update_meeting": lambda s: MeetingService(s).update_meeting(first.id, place="Elders"),
        "add_item": lambda s: AgendaService(s).add_item(first.id, "Extra punt"),
        "rename_item": lambda s: AgendaService(s).rename_item(item.item.id, "Andere titel"),
        "create_action": lambda s: ActionService(s).create_action(
            first.id, "Nieuw", owner_organisation="IND"
        ),
        "record_amendment": lambda s: AdoptionService(s).record_amendment(first.id, "Nog een wijziging."),
        "adopt_minutes": lambda s: AdoptionService(s).adopt_minutes(first.id),
    }
    if minutes.meeting.participants:
        someone = minutes.meeting.participants[0].id
        attempts["set_presence"] = lambda s: MinutesService(s).set_presence(item.item.id, someone, False)
    not_refused = []
    for name, attempt in attempts.items():
        try:
            read(qtbot, ctx, attempt)
        except SealedRecord:
            continue
        not_refused.append(name)
    assert not not_refused, not_refused
    after = read(qtbot, ctx, lambda store: MeetingQueries(store).seal(first.id))
    assert after.fingerprint == seal.fingerprint
    window.close()
    settle(qtbot, ctx)
    ctx.worker.shutdown()  # a worker thread left running aborts the interpreter at exit
