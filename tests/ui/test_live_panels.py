"""Issue 10.11 in the live window: no clipped panel or text after a decision is confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from storage.meetings import DecisionService
from tests.helpers.screens import clipped_texts
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - fixture
from tests.ui.test_live import press


def _side_scroll(view) -> QScrollArea:
    return next(s for s in view.secretary.findChildren(QScrollArea) if s.widget() is not None)


def test_confirming_a_decision_clips_no_panel(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    live.window.showNormal()
    live.window.resize(1366, 768)  # the laptop screen the application is made for
    live.window.activateWindow()
    view.start_meeting()
    settle(qtbot, ctx)
    item_id = meeting.case_item_ids[0]
    view.take(item_id)
    settle(qtbot, ctx)
    read(
        qtbot,
        ctx,
        lambda s: DecisionService(s).record_decision(
            item_id, "aangifte", responsible_organisation="IND", responsible="unit 1F", deadline="2026-04-02"
        ),
    )
    view.reload()
    settle(qtbot, ctx)
    for mode in ("both", "secretary"):
        view.set_mode(mode)
        view.focus_minutes()
        for keys in ("Ctrl+Shift+I", "Ctrl+Shift+M"):
            press(qtbot, keys)
            settle(qtbot, ctx)
            qtbot.wait(30)
            assert clipped_texts(live.window) == [], (mode, keys)
            scroll = _side_scroll(view)
            side = scroll.widget()
            assert side.width() <= scroll.viewport().width(), (
                mode,
                keys,
                side.width(),
                scroll.viewport().width(),
            )
            assert not scroll.horizontalScrollBar().isVisible(), (mode, keys)
        decision = view.selected_item().decisions[0]
        assert decision.is_final
        for org in ("IND", "OM"):  # withdraw again for the next mode
            read(qtbot, ctx, lambda s, o=org, d=decision.id: DecisionService(s).withdraw_confirmation(d, o))
        view.reload()
        settle(qtbot, ctx)


def test_the_meeting_list_follows_a_meeting_closed_in_the_live_window(qtbot, setup) -> None:
    from PySide6.QtWidgets import QApplication

    from storage.meetings import AgendaService, MeetingService
    from tests.helpers.ui_meetings import in_store
    from tests.helpers.ui_meetings import settle as settle_area
    from ui.live.window import open_live

    area, ctx, data = setup
    meeting_id = data["next"]

    def ready(store) -> None:
        AgendaService(store).add_case_item(meeting_id, data["cases"][0])
        MeetingService(store).fix_agenda(meeting_id)
        MeetingService(store).start_meeting(meeting_id)

    in_store(ctx, ready)
    area.list.reload()
    settle_area(qtbot, ctx)

    def status_shown() -> str:
        row = next(r for r, m in enumerate(area.list.model.rows) if m.id == meeting_id)
        return area.list.model.index(row, 4).data()

    assert status_shown().lower().startswith("in vergadering")
    window = open_live(ctx, None, meeting_id)
    try:
        settle_area(qtbot, ctx)
        window.view.close_meeting()
        settle_area(qtbot, ctx)
        window.view.dialog.accept()
        settle_area(qtbot, ctx)
        assert window.view.status == "afgelopen"
        qtbot.waitUntil(lambda: status_shown().lower().startswith("afgelopen"), timeout=5000)
    finally:
        window.close()
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "presentationWindow":
                widget.close()
        settle_area(qtbot, ctx)


from tests.ui import test_meetings as test_ui_meetings  # noqa: E402 - the meetings area fixture

setup = test_ui_meetings.setup
