"""The chair's and the secretary's panes stand alone (issue 13): built from a ``LiveData`` and a
``ClockState``, without a live view, a worker or a store, each shows what it is given, and a user's
key press or click leaves the pane as an intent signal (the live view carries it out)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack

from storage.meetings import ActionList, AgendaItem, ItemMinutes, Meeting, Outcome, Participant
from tests.helpers.qt import FakeClock
from ui.live.autosave import Draft
from ui.live.chair import COL_NUMBER, COL_SPENT, COL_STATE, ChairControls, ChairView
from ui.live.data import LiveData
from ui.live.secretary import SecretaryView
from ui.live.texts import clock_text, item_label
from ui.live.timing import ClockState, MeetingTimer, TimedItem

DAY = date(2026, 3, 5)
START = datetime(2026, 3, 5, 10, 0)
PEOPLE = (
    Participant(1, "Voorzitter", "IND", "", "chair", "present"),
    Participant(2, "Officier van justitie", "OM", "", "member", "present"),
)
OUTCOMES = tuple(
    Outcome(key, label, label, "", (), (), False, False)
    for key, label in (("aangifte", "Aangifte"), ("aanhouden", "Aanhouden"))
)


def _item(item_id: int, number: int, kind: str, title: str, minutes: int) -> AgendaItem:
    case_id = 100 + item_id if kind == "case" else None
    return AgendaItem(
        id=item_id,
        meeting_id=1,
        number=number,
        kind=kind,
        title=title,
        case_id=case_id,
        case_reference=title if kind == "case" else "",
        case_summary="Fictieve casus: commandant binnen een militie." if kind == "case" else "",
        case_status="",
        planned_minutes=minutes,
        planned_start=time(10, 0),
        planned_end=time(10, 0),
        started_at=None,
        ended_at=None,
        elapsed_seconds=0,
        taken_order=None,
        has_minutes=False,
        minutes_revision=0,
    )


def _entry(item: AgendaItem, text: str = "") -> ItemMinutes:
    names = tuple(p.name for p in PEOPLE)
    return ItemMinutes(item, text, names, (), (), (), (), (), ())


def live_data(status: str = "in_vergadering") -> LiveData:
    meeting = Meeting(
        id=1,
        number="OT 2026-01",
        year=2026,
        seq=1,
        date=DAY,
        start_time=time(10, 0),
        place="Den Haag",
        chair="Voorzitter",
        secretary="Secretaris",
        marking="",
        status=status,
        participants=PEOPLE,
        current_item_id=None,
        started_at=START,
        ended_at=None,
        adopted_at=None,
        adopted_in=None,
        seal=None,
        revision=1,
        created_at=START,
        updated_at=START,
    )
    items = (
        _entry(_item(11, 1, "opening", "Opening", 5)),
        _entry(_item(12, 2, "case", "C-2026-901", 15), "Zoals opgeslagen."),
        _entry(_item(13, 3, "case", "C-2026-902", 15)),
    )
    return LiveData(
        meeting=meeting,
        items=items,
        planned_end=time(10, 35),
        outcomes=OUTCOMES,
        action_list=ActionList(meeting, None, ()),
        questions={112: "Is vervolging in Nederland mogelijk?"},
    )


def clock_at(data: LiveData, current: int, seconds: float) -> ClockState:
    """The clock after ``seconds`` on item ``current`` (the first item done in 5 minutes)."""
    mono = FakeClock()
    timer = MeetingTimer(mono, lambda: START)
    timer.load(
        (TimedItem(e.item.id, e.item.planned_minutes) for e in data.items),
        current_item_id=None,
        meeting_date=DAY,
        start_time=time(10, 0),
        started_at=START,
        running=True,
    )
    timer.switch_to(data.items[0].item.id)
    mono.advance(300)
    timer.switch_to(current)
    mono.advance(seconds)
    return timer.snapshot()


def drafts_for(qtbot, data: LiveData, texts: dict[int, str]) -> dict[int, Draft]:
    out = {}
    for entry in data.items:
        text = texts.get(entry.item.id, entry.text)
        out[entry.item.id] = Draft(entry.item.id, text, text, QTimer(), QUndoStack())
    return out


def test_chair_pane_alone_shows_the_meeting_and_says_what_the_chair_wants(qtbot) -> None:
    data = live_data()
    case = data.items[1].item
    clock = clock_at(data, case.id, 13 * 60 + 25)
    chair = ChairView()
    qtbot.addWidget(chair)
    chair.resize(700, 700)
    chair.show()
    chair.show_meeting(data, clock, ChairControls(paused=True))
    chair.show_clock(clock)

    assert data.meeting.number in chair.title.text()
    assert chair.item_title.text() == item_label(case)
    assert chair.timer_text.text() == "13:25 / 15:00"
    assert chair.phase == "warning"  # the last 20% of the planned time
    assert "Is vervolging in Nederland mogelijk?" in chair.item_question.text()
    assert clock_text(clock.expected_end) in chair.expected_end.text()
    rows = [chair.agenda.topLevelItem(i) for i in range(chair.agenda.topLevelItemCount())]
    assert [r.data(COL_NUMBER, Qt.ItemDataRole.UserRole) for r in rows] == [e.item.id for e in data.items]
    assert rows[1].text(COL_NUMBER).startswith("▶ ") and rows[1].font(COL_STATE).bold()
    assert rows[0].text(COL_STATE) and not rows[2].text(COL_STATE)  # discussed / not yet
    assert rows[0].text(COL_SPENT) == "5:00" and rows[1].text(COL_SPENT) == "13:25"
    assert chair.start_button.isHidden() and chair.next_button.isEnabled()
    assert not chair.blank_button.isEnabled()  # nothing is presented
    paused_text = chair.pause_button.text()
    chair.show_controls(ChairControls(paused=False, presenting=True, blank=True))
    assert chair.pause_button.text() != paused_text
    assert chair.blank_button.isEnabled() and chair.blank_button.isChecked()

    # Enter on an agenda row: take that item now
    chair.agenda.setCurrentItem(rows[2])
    with qtbot.waitSignal(chair.take_requested, timeout=1000) as taken:
        qtbot.keyClick(chair.agenda, Qt.Key.Key_Return)
    assert taken.args == [data.items[2].item.id]
    with qtbot.waitSignal(chair.next_requested, timeout=1000):
        qtbot.mouseClick(chair.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(chair.pause_requested, timeout=1000):
        qtbot.mouseClick(chair.pause_button, Qt.MouseButton.LeftButton)


def test_secretary_pane_alone_shows_the_minutes_and_says_what_the_secretary_wants(qtbot) -> None:
    data = live_data()
    case, other = data.items[1].item, data.items[2].item
    clock = clock_at(data, case.id, 60)
    drafts = drafts_for(qtbot, data, {case.id: "Getypt, nog niet opgeslagen."})
    secretary = SecretaryView("[weggelaten]")
    qtbot.addWidget(secretary)
    secretary.resize(900, 700)
    secretary.show()
    secretary.show_meeting(data, clock, drafts)
    secretary.show_clock(clock)

    # the current item, with the draft's text (the truth), not the stored one
    assert secretary.item_id == case.id
    assert secretary.editor.toPlainText() == "Getypt, nog niet opgeslagen."
    assert secretary.items.count() == len(data.items) and secretary.items.currentData() == case.id
    assert secretary.timer.text().startswith("1:00 / 15:00")
    assert secretary.presence.count() == len(PEOPLE)
    assert secretary.presence.item(0).checkState() == Qt.CheckState.Checked
    assert [b.accessibleName() for b in secretary.outcome_buttons] == ["Aangifte", "Aanhouden"]
    assert not secretary.editor.isReadOnly()

    # typing: the text leaves as a signal, for the keeper
    secretary.editor.setFocus()
    with qtbot.waitSignal(secretary.typed, timeout=1000) as typed:
        qtbot.keyClick(secretary.editor, Qt.Key.Key_Exclam)
    assert typed.args == [case.id, "Getypt, nog niet opgeslagen.!"]

    # Alt+1's button: the outcome leaves as a signal
    with qtbot.waitSignal(secretary.outcome_chosen, timeout=1000) as chosen:
        qtbot.mouseClick(secretary.outcome_buttons[0], Qt.MouseButton.LeftButton)
    assert chosen.args == ["aangifte"]

    # another item's minutes: this one is saved first, the chair is still at the current item
    said: list[tuple[str, int]] = []
    secretary.leaving_item.connect(lambda item_id: said.append(("leaving", item_id)))
    secretary.item_switched.connect(lambda item_id: said.append(("switched", item_id)))
    secretary.show_item(other.id)
    assert said == [("leaving", case.id), ("switched", other.id)]
    secretary.show_clock(clock)
    assert secretary.follow.isVisible() and str(case.number) in secretary.follow.text()

    # Esc in the attendance list: back to the minutes
    secretary.presence.setFocus()
    with qtbot.waitSignal(secretary.minutes_requested, timeout=1000):
        qtbot.keyClick(secretary.presence, Qt.Key.Key_Escape)
