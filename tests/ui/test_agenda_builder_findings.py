"""Review findings on the agenda builder."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from ui.meetings.agenda_builder import AgendaModel, Row


def test_planned_slots_are_written_the_dutch_way(qtbot) -> None:
    """The "Gepland" column reads "10.00–10.05" like the line under it ("Aanvang 10.00 uur") and the
    printed agenda, not "10:00–10:05"."""
    model = AgendaModel()
    model.start = datetime(2026, 3, 5, 9, 30)
    model.rows = [Row(SimpleNamespace(id=1, kind="other"), 5), Row(SimpleNamespace(id=2, kind="other"), 40)]
    assert model.index(0, 3).data() == "09.30–09.35"
    assert model.index(1, 3).data() == "09.35–10.15"
