"""Translated wording shared by the live views: times, timer states, item labels."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.meetings import AgendaItem
from ui.dates import display_date
from ui.live.timing import Phase, TimerState, format_duration
from ui.meetings.item_titles import display_title

CONTEXT = "Live"

OUTCOME_LABELS = {
    "aangifte": QT_TRANSLATE_NOOP("Live", "Criminal complaint (aangifte)"),
    "nadere_informatie": QT_TRANSLATE_NOOP("Live", "Further information"),
    "aanhouden": QT_TRANSLATE_NOOP("Live", "Defer"),
    "geen_aangifte": QT_TRANSLATE_NOOP("Live", "No complaint"),
    "afgesloten": QT_TRANSLATE_NOOP("Live", "Closed / withdrawn"),
}
STATUS_LABELS = {
    "concept": QT_TRANSLATE_NOOP("Live", "draft agenda"),
    "agenda_vastgesteld": QT_TRANSLATE_NOOP("Live", "agenda fixed"),
    "in_vergadering": QT_TRANSLATE_NOOP("Live", "in session"),
    "afgelopen": QT_TRANSLATE_NOOP("Live", "ended (draft minutes)"),
    "vastgesteld": QT_TRANSLATE_NOOP("Live", "minutes adopted"),
}


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_label(key: str, fallback: str) -> str:
    source = OUTCOME_LABELS.get(key)
    return t(str(source)) if source else fallback


def status_label(status: str) -> str:
    source = STATUS_LABELS.get(status)
    return t(str(source)) if source else status


def clock_text(value: time | datetime) -> str:
    """``10.45 uur`` in Dutch, ``10:45`` in English."""
    return QCoreApplication.translate("Live", "{hh}:{mm}").format(
        hh=f"{value.hour:02d}", mm=f"{value.minute:02d}"
    )


def long_date(value: date) -> str:
    """``5 maart 2026`` in Dutch (month in lower case), ``5 March 2026`` in English."""
    return display_date(value)


def item_label(item: AgendaItem) -> str:
    """``4. C-2026-014`` — the agenda number always stays the item's number."""
    return f"{item.number}. {display_title(item)}"


def timer_status(state: TimerState) -> str:
    """The words that carry the timer's state (never the colour alone)."""
    if state.item_id is None:
        return ""
    if not state.timed:
        text = QCoreApplication.translate("Live", "No time planned")
    elif state.phase is Phase.OVERRUN:
        text = QCoreApplication.translate("Live", "Overrun +{time}").format(
            time=format_duration(state.overrun)
        )
    elif state.phase is Phase.WARNING:
        text = QCoreApplication.translate("Live", "Last minutes: {time} left").format(
            time=format_duration(state.remaining)
        )
    else:
        text = QCoreApplication.translate("Live", "{time} left").format(time=format_duration(state.remaining))
    if not state.running:
        text = QCoreApplication.translate("Live", "{status} (paused)").format(status=text)
    return text


def end_delta_text(minutes: int, planned: str) -> str:
    if minutes > 0:
        return QCoreApplication.translate("Live", "{n} min later than planned ({planned})").format(
            n=minutes, planned=planned
        )
    if minutes < 0:
        return QCoreApplication.translate("Live", "{n} min earlier than planned ({planned})").format(
            n=-minutes, planned=planned
        )
    return QCoreApplication.translate("Live", "on schedule (planned {planned})").format(planned=planned)
