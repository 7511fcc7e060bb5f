"""Screenshots of the live meeting (demo store): the chair's view with the item timer in its last
minutes, the secretary's view with minutes, presence, a decision awaiting confirmation and an
action, and the projector window."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scripts.screenshots import Shooter

MINUTES_CASE = (
    "Het IND licht de casus toe: vermoedelijke rol als commandant van een militie in de "
    "periode 1994-1996; de betrokkene verblijft in Nederland.\n"
    "Het OM acht vervolging in Nederland mogelijk en wil eerst het dossier over de eenheid zien.\n"
    "- Actie: het IND levert de stukken over de eenheid aan bij het Landelijk Parket\n"
    "Besloten wordt tot aangifte door de unit 1F."
)


class _SceneClock:
    """Monotonic and wall clock moving together, set to the meeting's morning, moved by hand."""

    def __init__(self) -> None:
        import time
        from datetime import datetime

        self._time = time
        self.offset = 0.0
        self.zero = time.monotonic()
        self.start = datetime.now().astimezone()

    def set_start(self, start) -> None:  # noqa: ANN001 - aware datetime
        self.start = start
        self.zero = self._time.monotonic()
        self.offset = 0.0

    def mono(self) -> float:
        return self._time.monotonic() + self.offset

    def wall(self) -> datetime:
        from datetime import timedelta

        return self.start + timedelta(seconds=self._time.monotonic() - self.zero + self.offset)

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def _run(s: Shooter, fn: Any) -> Any:
    """Run ``fn(store)`` on the worker and wait for the result."""
    box: dict[str, Any] = {}
    s.ctx.worker.with_store(fn, lambda r: box.setdefault("ok", r), lambda e: box.setdefault("error", e))
    s.wait_until(lambda: bool(box))
    if "error" in box:
        raise box["error"]
    return box["ok"]


def _live(s: Shooter):  # noqa: ANN202 - the LiveWindow, set up once per run
    from ui.live.window import find_live_window, open_live

    cached = getattr(s, "_live_meeting", None)
    if cached is not None:
        window = find_live_window(cached)
        if window is not None:
            return window
    if s.window is None or getattr(s.window, "workspace", None) is None:
        s.unlock_demo()

    clock = _SceneClock()

    def prepare(store) -> int:  # noqa: ANN001
        from datetime import datetime, timedelta

        from storage.meetings import MeetingQueries, MeetingService

        meeting = MeetingQueries(store).upcoming_meeting()
        clock.set_start(
            (datetime.combine(meeting.date, meeting.start_time) - timedelta(minutes=1)).astimezone()
        )
        store.clock = clock.wall  # the record's times follow the scene's clock
        service = MeetingService(store)
        if meeting.status == "concept":
            service.fix_agenda(meeting.id)
        if MeetingQueries(store).meeting(meeting.id).status == "agenda_vastgesteld":
            clock.advance(60)
            service.start_meeting(meeting.id)
        return meeting.id

    s.ctx.monotonic = clock.mono
    s.ctx.wall_clock = clock.wall
    meeting_id = _run(s, prepare)
    s._live_meeting = meeting_id  # type: ignore[attr-defined]
    main = s.window
    window = open_live(s.ctx, main, meeting_id)
    window.setGeometry(0, 0, 1366, 768)
    window.showMaximized()
    view = window.view
    s.wait_until(lambda: view.data is not None and s.ctx.worker.pending == 0)
    s.settle(300)
    items = view.data.items
    cases = [e.item for e in items if e.item.kind == "case"]
    # Items 1-3 were handled; the first case is on the table for 13 of its 15 minutes.
    for entry, spent in zip(items[:3], (260, 560, 655), strict=True):
        view.take(entry.item.id)
        s.wait_until(lambda: s.ctx.worker.pending == 0)
        clock.advance(spent)
    view.take(cases[0].id)
    s.wait_until(lambda: s.ctx.worker.pending == 0)
    clock.advance(cases[0].planned_minutes * 60 - 110)
    s._live_clock = clock  # type: ignore[attr-defined]
    editor = view.secretary.editor
    editor.setFocus()
    for index, line in enumerate(MINUTES_CASE.split("\n")):
        if index:
            editor.insertPlainText("\n")
        editor.insertPlainText(line)
    view.keeper.flush()
    s.wait_until(lambda: s.ctx.worker.pending == 0)

    def decide(store) -> None:  # noqa: ANN001
        from datetime import timedelta

        from storage.meetings import ActionService, DecisionService, MeetingQueries

        meeting = MeetingQueries(store).meeting(meeting_id)
        item = MeetingQueries(store).item_minutes(cases[0].id)
        if not item.decisions:
            DecisionService(store).record_decision(
                cases[0].id,
                "aangifte",
                responsible_organisation="IND",
                responsible="unit 1F",
                deadline=meeting.date + timedelta(weeks=3),
            )
            decision = MeetingQueries(store).item_minutes(cases[0].id).decisions[0]
            DecisionService(store).confirm_decision(decision.id, "IND")
        if not item.actions:
            ActionService(store).create_from_minutes_line(
                cases[0].id,
                "- Actie: het IND levert de stukken over de eenheid aan bij het Landelijk Parket",
                owner_organisation="IND",
                owner_role="unit 1F",
                deadline=meeting.date + timedelta(weeks=2),
            )

    _run(s, decide)
    view.reload()
    s.wait_until(lambda: s.ctx.worker.pending == 0)
    s.settle(300)
    return window


def chair(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    view.set_mode("chair")
    view.chair.agenda.setFocus()
    view.tick()
    s.window = window
    s.shoot("voorzittersscherm")


def secretary(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    view.set_mode("secretary")
    editor = view.secretary.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    view.tick()
    s.window = window
    s.shoot("secretarisscherm")
    view.set_mode("both")


def presentation(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    s._live_clock.advance(150)  # type: ignore[attr-defined] - the item now runs over its time
    view.open_presentation(full_screen=True)  # as on a projector of its own
    s.wait_until(lambda: view.presentation is not None and view.presentation.isVisible())
    view.tick()
    s.settle(500)
    s.window = view.presentation
    s.shoot("presentatiescherm")
    view.close_presentation()
    s.window = window


def preview(s: Shooter) -> None:
    """Only the laptop's screen: the presentation shows inside the chair's view."""
    window = _live(s)
    view = window.view
    view.set_mode("chair")
    view.open_presentation()
    s.wait_until(lambda: view.presentation is not None and view.presentation.isVisible())
    view.tick()
    s.settle(500)
    s.window = window
    s.shoot("presentatie-voorbeeld")
    view.close_presentation()
    view.set_mode("both")


def closing(s: Shooter) -> None:
    window = _live(s)
    view = window.view
    view.close_meeting()
    s.wait_until(lambda: view.dialog is not None and view.dialog.isVisible())
    s.settle(300)
    s.window = view.dialog
    s.shoot("vergadering-sluiten")
    view.dialog.reject()
    s.window = window


SCENES = [
    ("voorzittersscherm", chair),
    ("secretarisscherm", secretary),
    ("presentatiescherm", presentation),
    ("presentatie-voorbeeld", preview),
    ("vergadering-sluiten", closing),
]
