"""Cijfers through the GUI: loaded on the worker, protected by default (small counts as "< 5"),
the chair's unprotected switch (marked, audited), the period selector, copy as table, charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QBoxPlotSeries, QStackedBarSeries
from PySide6.QtWidgets import QApplication

from tests.helpers.ui_meetings import in_store, open_context, prepare_store, settle, show_active
from ui.figures.area import FiguresArea


@pytest.fixture
def ctx(qtbot, store_dir: Path, tmp_path: Path):
    prepare_store(store_dir)  # OT 2026-01 (2 March 2026): aanhouden and nadere informatie
    context = open_context(qtbot, store_dir, tmp_path)
    try:
        yield context
    finally:
        context.worker.shutdown()


def open_tab(qtbot, area: FiguresArea, index: int) -> None:
    """Open a tab and let its widgets be made and drawn (one per turn of the event loop)."""
    area.tabs.setCurrentIndex(index)
    qtbot.wait(30)


def cells(table) -> dict[str, list[str]]:
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }


def test_protected_by_default_and_the_chair_can_switch(qtbot, ctx) -> None:
    area = FiguresArea(ctx)
    qtbot.addWidget(area)
    show_active(qtbot, area)
    settle(qtbot, ctx)
    assert area.year.currentData() == 2026 and not area.banner.isVisible()
    key = cells(area.key_table)
    assert key["Vergaderingen gehouden"] == ["< 5"] and key["Besluiten"] == ["< 5"]
    assert key["Aangiftes gedaan"] == ["0"]
    assert not hasattr(area, "quarter_table")  # made and drawn when its tab is opened
    open_tab(qtbot, area, 1)
    assert cells(area.quarter_table)["Aanhouden"] == ["< 5", "0", "0", "0", "< 5"]
    assert "< 5" in area.hint.text()

    open_tab(qtbot, area, 0)
    area.unprotected.setChecked(True)
    settle(qtbot, ctx)
    assert area.banner.isVisible()
    assert cells(area.key_table)["Besluiten"] == ["2"]
    entries = in_store(ctx, lambda store: store.audit.entries(action_prefix="statistics.unprotected"))
    assert [(e.object_id, e.detail) for e in entries] == [("2026-01-01..2026-12-31", {"via": "ui"})]

    area.copy_table()
    copied = QApplication.clipboard().text()
    assert copied.startswith(area.banner.text()) and "Besluiten\t2" in copied
    area.unprotected.setChecked(False)
    settle(qtbot, ctx)
    area.copy_table()
    assert "Besluiten\t< 5" in QApplication.clipboard().text()


def test_the_period_selector_and_the_charts(qtbot, ctx) -> None:
    area = FiguresArea(ctx)
    qtbot.addWidget(area)
    show_active(qtbot, area)
    settle(qtbot, ctx)
    area.part.setCurrentIndex(area.part.findData(2))
    settle(qtbot, ctx)
    assert area.figures is not None and area.figures.period.label("nl") == "2e kwartaal 2026"
    open_tab(qtbot, area, 1)
    assert area.quarter_table.horizontalHeaderItem(1).text() == "K2 2026"
    assert cells(area.key_table)["Besluiten"] == ["0"]
    area.part.setCurrentIndex(area.part.findData(1))
    settle(qtbot, ctx)
    series = area.quarter_chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QStackedBarSeries)
    # both decisions are hidden ("< 5") and so is their total: nothing at all is drawn
    assert all(s.sum() == 0 for s in series[0].barSets())
    open_tab(qtbot, area, 4)
    assert isinstance(area.lead.chart().series()[0], QBoxPlotSeries)


def test_the_follow_up_dialog_from_the_decision_register(qtbot, store_dir: Path, tmp_path: Path) -> None:
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from storage.access import open_store
    from storage.followup import FollowUpService
    from tests.helpers.common import PASSPHRASE
    from tests.helpers.meetings import Services, run_meeting
    from ui.figures.followup_dialog import FollowUpDialog
    from ui.meetings.decisions_area import DecisionsArea

    data = prepare_store(store_dir)
    store = open_store(store_dir, PASSPHRASE)
    try:
        run = run_meeting(Services(store), date(2026, 3, 30), [data["cases"][0]])
        Services(store).decisions.record_decision(
            run["items"][0].id, "aangifte", responsible="unit 1F", deadline="2026-04-30"
        )
    finally:
        store.close()
    ctx = open_context(qtbot, store_dir, tmp_path)
    try:
        area = DecisionsArea(ctx)
        qtbot.addWidget(area)
        show_active(qtbot, area)
        settle(qtbot, ctx)
        rows = [area.proxy.index(r, 0).data(0x0100) for r in range(area.proxy.rowCount())]
        aangifte_row = next(r for r, d in enumerate(rows) if d.outcome == "aangifte")
        other_row = next(r for r, d in enumerate(rows) if d.outcome != "aangifte")
        area.view.selectRow(other_row)
        area.edit_followup()
        assert area.findChild(FollowUpDialog) is None and "Kies een besluit tot aangifte" in area.error.text()
        area.view.selectRow(aangifte_row)
        area.edit_followup()
        dialog = area.findChild(FollowUpDialog)
        assert dialog is not None
        settle(qtbot, ctx)
        assert dialog.state_open.isChecked() and "aangifte" in dialog.heading.text()
        # feedback before the filing: refused with the reason, everything typed stays
        dialog.state_filed.setChecked(True)
        dialog.filed_on.setDate(QDate(2026, 4, 10))
        dialog.feedback.setCurrentIndex(dialog.feedback.findData("started"))
        dialog.feedback_dated.setChecked(True)
        dialog.feedback_on.setDate(QDate(2026, 4, 1))
        dialog.note.setPlainText("Aangifte bij het Landelijk Parket.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        settle(qtbot, ctx)
        assert dialog.isVisible() and "vóór de datum van aangifte" in dialog.error.text()
        assert dialog.note.toPlainText() == "Aangifte bij het Landelijk Parket."
        dialog.feedback_on.setDate(QDate(2026, 5, 2))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        settle(qtbot, ctx)
        qtbot.waitUntil(lambda: area.findChild(FollowUpDialog) is None)  # accepted and deleted
        track = in_store(ctx, lambda st: FollowUpService(st).track(rows[aangifte_row].id))
        assert (track.filed_on, track.om_feedback, track.om_feedback_on) == (
            date(2026, 4, 10),
            "started",
            date(2026, 5, 2),
        )
    finally:
        ctx.worker.shutdown()


def test_chart_labels_survive_rich_text() -> None:
    """QtCharts draws legends and axis labels as rich text: "< 5" must be escaped, or the label
    is cut off at the "<"."""
    from datetime import date

    from storage.statistics import Period
    from storage.statistics.collect import Raw
    from storage.statistics.publish import publish
    from storage.statistics.settings import Protection
    from ui.figures.charts import pipeline_chart, quarter_chart

    raw = Raw(Period.year(2026), date(2026, 12, 31))
    raw.outcome_keys, raw.outcome_labels = (
        ["aangifte", "aanhouden"],
        [("Aangifte", "Aangifte"), ("Aanhouden", "Deferred")],
    )
    raw.by_quarter = [[3, 9, 9, 9], [9, 9, 9, 9]]
    raw.by_ground = [[30, 36], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]
    raw.region_keys = ["r"]
    raw.by_region = [[30, 36]]
    raw.cases_new = 3
    figures = publish(raw, Protection(), protected=True)
    chart = quarter_chart(figures)
    legend = [s.label() for s in chart.series()[0].barSets()]
    assert legend[-1].endswith("(&lt; 5 or x)") or legend[-1].endswith("(&lt; 5 of x)")
    pipeline = pipeline_chart(figures)
    assert any("(&lt; 5)" in label for label in pipeline.axes()[0].categories())


def test_the_action_items_area_names_aangiftes_over_the_term(qtbot, store_dir: Path, tmp_path: Path) -> None:
    from datetime import date, datetime

    from storage.access import open_store
    from tests.helpers.common import PASSPHRASE
    from tests.helpers.meetings import Services, run_meeting
    from ui.meetings.actions_area import ActionsArea

    data = prepare_store(store_dir)
    store = open_store(store_dir, PASSPHRASE)
    try:
        run = run_meeting(Services(store), date(2026, 3, 30), [data["cases"][0]])
        decision = Services(store).decisions.record_decision(
            run["items"][0].id, "aangifte", responsible="unit 1F", deadline="2026-04-30"
        )
    finally:
        store.close()
    ctx = open_context(qtbot, store_dir, tmp_path)
    try:
        for day, shown in ((datetime(2026, 5, 20, 9, 0), False), (datetime(2026, 7, 1, 9, 0), True)):
            ctx.wall_clock = lambda day=day: day.astimezone()
            area = ActionsArea(ctx)
            qtbot.addWidget(area)
            show_active(qtbot, area)
            settle(qtbot, ctx)
            assert area.followups.isVisible() is shown
            if shown:
                assert decision.number in area.followups.text() and "C-2026-901" in area.followups.text()
            area.close()
    finally:
        ctx.worker.shutdown()
