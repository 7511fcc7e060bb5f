"""Cijfers: the period selector, the protected/unprotected switch, the tables and charts, and
"copy as table". Loading runs on the worker (``StatisticsService``); results for an older request
are dropped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storage.statistics import Figures, LeadTime, Period, StatisticsService, Table
from storage.statistics.model import text
from ui.context import AppContext
from ui.figures.charts import ChartView, lead_chart, pipeline_chart, quarter_chart
from ui.meetings.common import ErrorLine, make_action


@dataclass(frozen=True)
class Loaded:
    years: tuple[int, ...]
    figures: Figures | None


def load(store: Any, year: int | None, quarter: int, unprotected: bool) -> Loaded:
    service = StatisticsService(store)
    years = service.years() or (store.now().year,)
    chosen = year if year in years else years[0]
    period = Period.quarter(chosen, quarter) if quarter else Period.year(chosen)
    if unprotected:
        return Loaded(years, service.unprotected(period, via="ui"))
    return Loaded(years, service.figures(period))


def as_tsv(figures: Figures, banner: str) -> str:
    """Everything shown, as tab-separated text (pastes as a table in a spreadsheet or document)."""
    lines = [banner] if banner else []
    lines.append(figures.period.label())
    lines += [f"{text(f.label)}\t{f.cell.shown}" for f in figures.figures]
    for table in figures.tables:
        lines += ["", text(table.title), *("\t".join(row) for row in table.rows())]
    lines.append("")
    for lead in figures.lead_times:
        values = [
            lead.count.shown,
            *(f"{v:g}" if v is not None else "" for v in (lead.median, lead.p25, lead.p75)),
        ]
        lines.append("\t".join([text(lead.label), *values]))
    return "\n".join(lines) + "\n"


class FigureTable(QTableWidget):
    """A read-only table of published counts."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)

    def show_rows(self, header: list[str], rows: list[list[str]]) -> None:
        self.clear()
        self.setColumnCount(len(header))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(header)):
            self.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def show_table(self, table: Table) -> None:
        rows = table.rows()
        self.show_rows(rows[0], rows[1:])


class FiguresArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._loaded_once = False
        self.figures: Figures | None = None
        title = QLabel(self.tr("Figures"), self)
        title.setObjectName("areaTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("hintText")
        self.hint.setWordWrap(True)
        self.banner = QLabel(
            self.tr("Unprotected figures: for the chair only. Do not publish or pass them on."), self
        )
        self.banner.setObjectName("warningText")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)

        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.part = QComboBox(self)
        self.part.setAccessibleName(self.tr("Period"))
        self.part.addItem(self.tr("Whole year"), 0)
        for q in (1, 2, 3, 4):
            self.part.addItem(self.tr("Quarter {n}").format(n=q), q)
        self.unprotected = QCheckBox(self.tr("Unprotected (chair only)"), self)
        self.unprotected.setAccessibleName(self.tr("Show unprotected figures (chair only)"))
        self.unprotected.setToolTip(
            self.tr("Shows the real small numbers. Only for the chair; the audit log records it.")
        )
        self.copy_button = QPushButton(self.tr("Copy as table"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the figures as a table"))
        self.copy_button.setEnabled(False)
        controls = QHBoxLayout()
        for label_text, widget in ((self.tr("Year"), self.year), (self.tr("Period"), self.part)):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addWidget(self.unprotected)
        controls.addStretch(1)
        controls.addWidget(self.copy_button)
        self.error = ErrorLine(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Figures"))
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

        self._actions = [
            make_action(self, self.tr("Copy the figures as a table"), "Ctrl+Shift+C", self.copy_table),
            make_action(self, self.tr("Refresh"), "F5", self.reload),
        ]
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.part.currentIndexChanged.connect(lambda _i: self.reload())
        self.unprotected.toggled.connect(lambda _on: self.reload())
        self.copy_button.clicked.connect(self.copy_table)
        self.reload()

    def _build_tabs(self) -> None:
        self.key_table = FigureTable(self.tr("Key figures"), self)
        self.pipeline = ChartView(self.tr("Pipeline chart"), self)
        self.quarter_chart = ChartView(self.tr("Decisions by outcome per quarter, chart"), self)
        self.quarter_table = FigureTable(self.tr("Decisions by outcome per quarter"), self)
        self.ground_table = FigureTable(self.tr("Decisions by 1F ground"), self)
        self.region_table = FigureTable(self.tr("Decisions by conflict region"), self)
        self.deferral_table = FigureTable(self.tr("Deferred cases"), self)
        self.feedback_table = FigureTable(self.tr("OM feedback"), self)
        self.lead = ChartView(self.tr("Lead times chart"), self)
        self.lead_text = QLabel(self)
        self.lead_text.setWordWrap(True)
        pages = (
            (self.tr("Overview"), (self.key_table, self.pipeline)),
            (self.tr("Per quarter"), (self.quarter_chart, self.quarter_table)),
            (self.tr("By ground and region"), (self.ground_table, self.region_table)),
            (self.tr("Deferrals and feedback"), (self.deferral_table, self.feedback_table)),
            (self.tr("Lead times"), (self.lead, self.lead_text)),
        )
        for index, (title, widgets) in enumerate(pages):
            page = QWidget(self.tabs)
            box = QVBoxLayout(page) if index == len(pages) - 1 else QHBoxLayout(page)
            for position, widget in enumerate(widgets):
                widget.setParent(page)
                box.addWidget(widget, 3 if position == 0 and isinstance(widget, ChartView) else 2)
            self.tabs.addTab(page, title)

    # -- area protocol --------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return list(self._actions)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.reload()

    def test_states(self):  # noqa: ANN201 - generator for tests/support/screens.py
        for index in range(1, self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            yield f"tab{index}"
        self.tabs.setCurrentIndex(0)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        year = self.year.currentData()
        quarter = int(self.part.currentData() or 0)
        unprotected = self.unprotected.isChecked()
        self.ctx.worker.with_store(
            lambda store: load(store, year, quarter, unprotected),
            lambda data: self._loaded(generation, data),
            self.error.show_error,
            owner=self,
            label="figures",
        )

    def _loaded(self, generation: int, data: Loaded) -> None:
        if generation != self._generation or data.figures is None:
            return
        self._loaded_once = True
        self.error.clear()
        self._fill_years(data.years, data.figures.period.start.year)
        self.figures = figures = data.figures
        self.banner.setVisible(not figures.protected)
        self.hint.setText(self._hint(figures))
        self.key_table.show_rows(
            [self.tr("Figure"), self.tr("Count")], [[text(f.label), f.cell.shown] for f in figures.figures]
        )
        self.pipeline.show_chart(pipeline_chart(figures, self.pipeline.dark))
        self.quarter_chart.show_chart(quarter_chart(figures, self.quarter_chart.dark))
        self.quarter_table.show_table(figures.table("decisions_by_quarter"))
        self.ground_table.show_table(figures.table("decisions_by_ground"))
        self.region_table.show_table(figures.table("decisions_by_region"))
        self.deferral_table.show_table(figures.table("deferrals"))
        self.feedback_table.show_table(figures.table("om_feedback"))
        self.lead.show_chart(lead_chart(figures, self.lead.dark))
        self.lead_text.setText("\n".join(self._lead_line(lead) for lead in figures.lead_times))
        self.copy_button.setEnabled(True)

    def _fill_years(self, years: tuple[int, ...], chosen: int) -> None:
        self.year.blockSignals(True)
        try:
            if [self.year.itemData(i) for i in range(self.year.count())] != list(years):
                self.year.clear()
                for y in years:
                    self.year.addItem(str(y), y)
            self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        finally:
            self.year.blockSignals(False)

    def _hint(self, figures: Figures) -> str:
        period = figures.period.label()
        if not figures.protected:
            return self.tr("{period}: every count as it is.").format(period=period)
        t = figures.threshold
        return self.tr(
            "{period}: counts from 1 to {last} show as “< {t}”; “x” is hidden as well, so that a hidden "
            "count cannot be worked out from the totals. Hatched bars are the hidden part of a total."
        ).format(period=period, last=t - 1, t=t)

    def _lead_line(self, lead: LeadTime) -> str:
        if lead.median is None:
            return self.tr("{label}: not shown ({n} cases).").format(
                label=text(lead.label), n=lead.count.shown
            )
        return self.tr("{label}: median {median} days, quartiles {p25}–{p75} days ({n} cases).").format(
            label=text(lead.label),
            median=f"{lead.median:g}",
            p25=f"{lead.p25:g}",
            p75=f"{lead.p75:g}",
            n=lead.count.shown,
        )

    def copy_table(self) -> None:
        if self.figures is None:
            return
        banner = "" if self.figures.protected else self.banner.text()
        QGuiApplication.clipboard().setText(as_tsv(self.figures, banner))


def create_area(ctx: AppContext, parent: QWidget) -> QWidget:
    return FiguresArea(ctx, parent)
