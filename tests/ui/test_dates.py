"""Issue 10.12: one date format in the UI, "9 december 2026", from one helper: the register, the
case history, the decision and action lists, the live view and the date fields all use it."""

from __future__ import annotations

import re
from datetime import date

from ui.dates import display_date, display_date_format

LONG = re.compile(
    r"^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$"
)


def test_the_helper_writes_dutch_dates(qtbot) -> None:
    assert display_date(date(2026, 12, 9)) == "9 december 2026"
    assert display_date("2026-03-05T10:12:00+01:00") == "5 maart 2026"  # stored timestamps
    assert display_date("2026-03-05") == "5 maart 2026"
    assert display_date(None) == "" and display_date("") == ""


def test_every_date_helper_of_the_ui_gives_the_same_format(qtbot) -> None:
    from ui.live.texts import long_date as live_long
    from ui.meetings.common import long_date, short_date

    day = date(2026, 12, 9)
    assert {live_long(day), long_date(day), short_date(day)} == {"9 december 2026"}


def test_date_fields_show_the_same_format(qtbot) -> None:
    from ui.live.dialogs import LiveDateField
    from ui.meetings.meeting_form import MeetingForm

    field = LiveDateField("Termijn", date(2026, 12, 9), optional=False)
    qtbot.addWidget(field)
    assert field.edit.text() == "9 december 2026"
    assert field.edit.displayFormat() == display_date_format()
    form = MeetingForm()
    qtbot.addWidget(form)
    assert form.date.displayFormat() == display_date_format()


def test_the_register_and_the_case_history_use_it(qtbot, area) -> None:
    from ui.cases.register_model import COLUMNS

    model = area.model
    updated = [k for k, _l in COLUMNS].index("updated")
    shown = model.index(0, updated).data()
    assert LONG.match(shown), shown
    history = area.editor.history_list
    area.editor.show_history(
        [type("E", (), {"at": "2026-03-05T10:12:00", "title": "Aangemaakt", "ref": "", "detail": ""})()]
    )
    assert history.item(0).text().startswith("5 maart 2026"), history.item(0).text()


from tests.ui import test_cases_ui  # noqa: E402 - the register fixtures

area = test_cases_ui.area
filled_store = test_cases_ui.filled_store


def test_the_logbook_writes_its_times_with_the_same_date(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from storage.audit import AuditEntry
    from ui.shell.logbook_area import AuditModel

    parent = QWidget()
    qtbot.addWidget(parent)
    model = AuditModel(None, parent)  # type: ignore[arg-type] - no store needed to show rows
    model.rows = [
        AuditEntry(
            1,
            "2026-12-09T10:12:33+01:00",
            "secretaris",
            "case.create",
            "case",
            "C-2026-001",
            "ok",
            {},
            "",
            "",
        )
    ]
    assert model.index(0, 1).data() == "9 december 2026, 10.12.33"
