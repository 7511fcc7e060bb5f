"""Cijfers through the GUI: loaded on the worker, protected by default (small counts as "< 5"),
the chair's unprotected switch (marked, audited), the period selector, copy as table, charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QBoxPlotSeries, QStackedBarSeries
from PySide6.QtWidgets import QApplication

from tests.test_ui_meetings_support import in_store, open_context, prepare_store, settle, show_active
from ui.figures.area import FiguresArea


@pytest.fixture
def ctx(qtbot, store_dir: Path, tmp_path: Path):
    prepare_store(store_dir)  # OT 2026-01 (2 March 2026): aanhouden and nadere informatie
    context = open_context(qtbot, store_dir, tmp_path)
    try:
        yield context
    finally:
        context.worker.shutdown()


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
    assert cells(area.quarter_table)["Aanhouden"] == ["< 5", "0", "0", "0", "< 5"]
    assert "< 5" in area.hint.text()

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
    assert area.quarter_table.horizontalHeaderItem(1).text() == "K2 2026"
    assert cells(area.key_table)["Besluiten"] == ["0"]
    area.part.setCurrentIndex(area.part.findData(1))
    settle(qtbot, ctx)
    series = area.quarter_chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QStackedBarSeries)
    # both decisions are hidden ("< 5") and so is their total: nothing at all is drawn
    assert all(s.sum() == 0 for s in series[0].barSets())
    assert isinstance(area.lead.chart().series()[0], QBoxPlotSeries)
