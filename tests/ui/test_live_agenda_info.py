"""Issue 10.9: the chair's agenda shows per case the question to the OM and the state of its
decision; the close-meeting dialog names the case of every open decision and undecided item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storage.cases.service import CaseService
from storage.meetings import DecisionService
from tests.helpers.ui_live import live_fixture, read, settle  # noqa: F401 - fixture
from ui.live.chair import COL_DECISION, COL_NUMBER, COL_QUESTION

QUESTION = "Acht het OM vervolging in Nederland mogelijk, gezien de aangekondigde vertrekdatum?"
SHORT = "Vervolging mogelijk?"


def _row(view, item_id: int):
    agenda = view.chair.agenda
    for index in range(agenda.topLevelItemCount()):
        row = agenda.topLevelItem(index)
        if row.data(COL_NUMBER, Qt.ItemDataRole.UserRole) == item_id:
            return row
    raise AssertionError(item_id)


def test_the_chairs_agenda_shows_question_and_decision_state(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    case_id = meeting.case_ids[0]
    read(qtbot, ctx, lambda s: CaseService(s).update(case_id, {"question": QUESTION}))
    read(qtbot, ctx, lambda s: CaseService(s).update(meeting.case_ids[1], {"question": SHORT}))
    view.start_meeting()
    settle(qtbot, ctx)
    first, second = meeting.case_item_ids[:2]
    live.window.showNormal()
    live.window.resize(1366, 768)
    for mode in ("chair", "both"):  # cut at a word where the column is too narrow, never inside one
        view.set_mode(mode)
        qtbot.wait(50)
        assert _row(view, first).toolTip(COL_QUESTION) == QUESTION
        shown = _row(view, first).text(COL_QUESTION)
        kept = shown[:-1].rstrip() if shown.endswith("…") else shown
        assert QUESTION.startswith(kept) and (kept == QUESTION or QUESTION[len(kept)] == " "), shown
        if mode == "chair":
            assert _row(view, second).text(COL_QUESTION) == SHORT  # what fits is shown whole
    row = _row(view, first)
    assert row.text(COL_DECISION) == "geen besluit"
    header = view.chair.agenda.headerItem()
    assert header.text(COL_QUESTION) == "Vraag aan het OM"
    # the question stands right of the subject, before the times
    assert view.chair.agenda.header().visualIndex(COL_QUESTION) == 2

    decision = read(
        qtbot,
        ctx,
        lambda s: DecisionService(s).record_decision(first, "aanhouden", reason="Stukken afwachten"),
    )
    view.reload()
    settle(qtbot, ctx)
    assert _row(view, first).text(COL_DECISION) == "Aanhouden, concept"
    read(qtbot, ctx, lambda s: DecisionService(s).confirm_decision(decision.id, "IND"))
    read(qtbot, ctx, lambda s: DecisionService(s).confirm_decision(decision.id, "OM"))
    view.reload()
    settle(qtbot, ctx)
    assert _row(view, first).text(COL_DECISION) == "Aanhouden, definitief"
    assert _row(view, second).text(COL_DECISION) == "geen besluit"
    # the current item's card shows the question too
    view.take(first)
    settle(qtbot, ctx)
    assert QUESTION in view.chair.item_question.text()


def test_closing_names_the_case_of_every_open_decision(qtbot, live) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    first = meeting.case_item_ids[0]
    decision = read(
        qtbot,
        ctx,
        lambda s: DecisionService(s).record_decision(first, "aanhouden", reason="Stukken afwachten"),
    )
    view.reload()
    settle(qtbot, ctx)
    view.close_meeting()
    settle(qtbot, ctx)
    dialog = view.dialog
    text = dialog.findChild(type(view.message)).text()
    assert f"{decision.number} (C-2026-901)" in text, text
    assert "(C-2026-902)" in text and "(C-2026-903)" in text, text
    dialog.reject()
