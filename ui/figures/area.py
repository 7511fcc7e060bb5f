"""Cijfers: the period selector, the protected/unprotected switch, the tables and charts, and
"copy as table". Loading runs on the worker (``StatisticsService``); results for an older request
are dropped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
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

from storage.i18n import pick
from ui.context import AppContext
from ui.figures.charts import ChartView, lead_chart, pipeline_chart, quarter_chart
from ui.meetings.common import ErrorLine, make_action

if TYPE_CHECKING:
    from storage.statistics import Figures, LeadTime, Table


def text(label: tuple[str, str]) -> str:
    return pick(label[0], label[1])


@dataclass(frozen=True)
class Loaded:
    years: tuple[int, ...]
    figures: Figures | None


def load(store: Any, year: int | None, quarter: int, unprotected: bool) -> Loaded:
    # Runs on the worker: importing the statistics package costs tens of milliseconds, which must
    # not fall on the GUI thread when the area first opens.
    from storage.statistics import Period, StatisticsService

    service = StatisticsService(store)
    years = service.years() or (store.now().year,)
    chosen = year if year is not None and year in years else years[0]
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
        self._header: list[str] = []

    def show_rows(self, header: list[str], rows: list[list[str]]) -> None:
        if header != self._header:  # setting header labels costs a relayout: only when they change
            self.setColumnCount(len(header))
            self.setHorizontalHeaderLabels(header)
            self._header = list(header)
        self.clearContents()
        self.setRowCount(len(rows))
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
        self._drawn: set[int] = set()
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
        self.tabs.currentChanged.connect(self._draw_tab)
        self.reload()

    def _build_tabs(self) -> None:
        # Every widget costs event-filter and polish work on the GUI thread: a tab's widgets are
        # made when the tab is first opened (the first one now).
        titles = (
            self.tr("Overview"),
            self.tr("Per quarter"),
            self.tr("By ground and region"),
            self.tr("Deferrals and feedback"),
            self.tr("Lead times"),
        )
        self._built: set[int] = set()
        for index, title in enumerate(titles):
            page = QWidget(self.tabs)
            QVBoxLayout(page) if index == len(titles) - 1 else QHBoxLayout(page)
            self.tabs.addTab(page, title)
        self._ensure_page(0)

    def _page_widgets(self, index: int, page: QWidget) -> tuple[QWidget, ...]:
        if index == 0:
            self.key_table = FigureTable(self.tr("Key figures"), page)
            self.pipeline = ChartView(self.tr("Pipeline chart"), page)
            return self.key_table, self.pipeline
        if index == 1:
            self.quarter_chart = ChartView(self.tr("Decisions by outcome per quarter, chart"), page)
            self.quarter_table = FigureTable(self.tr("Decisions by outcome per quarter"), page)
            return self.quarter_chart, self.quarter_table
        if index == 2:
            self.ground_table = FigureTable(self.tr("Decisions by 1F ground"), page)
            self.region_table = FigureTable(self.tr("Decisions by conflict region"), page)
            return self.ground_table, self.region_table
        if index == 3:
            self.deferral_table = FigureTable(self.tr("Deferred cases"), page)
            self.feedback_table = FigureTable(self.tr("OM feedback"), page)
            return self.deferral_table, self.feedback_table
        self.lead = ChartView(self.tr("Lead times chart"), page)
        self.lead_text = QLabel(page)
        self.lead_text.setWordWrap(True)
        return self.lead, self.lead_text

    def _ensure_page(self, index: int) -> None:
        if index in self._built or index < 0:
            return
        self._built.add(index)
        page = self.tabs.widget(index)
        box = page.layout() if page is not None else None
        if page is None or not isinstance(box, QBoxLayout):
            return
        for position, widget in enumerate(self._page_widgets(index, page)):
            box.addWidget(widget, 3 if position == 0 and isinstance(widget, ChartView) else 2)

    # -- area protocol --------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return list(self._actions)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.reload()

    def test_states(self) -> Iterator[str]:  # for tests/helpers/screens.py
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
        self.figures = data.figures
        self.banner.setVisible(not data.figures.protected)
        self.hint.setText(self._hint(data.figures))
        self.copy_button.setEnabled(True)
        # Drawing a chart costs ~10 ms on the GUI thread: only the tab in view is drawn now, the
        # others when they are opened (no stall when the area opens or the period changes).
        self._drawn = set()
        self._draw_tab(self.tabs.currentIndex())

    def _draw_tab(self, index: int) -> None:
        """Make and draw one tab, one widget per turn of the event loop (a chart costs ~10 ms:
        no single turn may stall the GUI)."""
        if index < 0 or self.figures is None or index in self._drawn:
            self._ensure_page(index)
            return
        self._drawn.add(index)
        fresh = index not in self._built
        self._ensure_page(index)
        figures, generation = self.figures, self._generation
        parts = self._parts(index, figures)
        for turn, part in enumerate(parts):
            if turn == 0 and not fresh:
                part()
            else:
                QTimer.singleShot(0, self, lambda part=part: self._draw_part(generation, part))

    def _draw_part(self, generation: int, part: Callable[[], None]) -> None:
        if generation == self._generation:
            part()

    def _parts(self, index: int, figures: Figures) -> list[Callable[[], None]]:
        if index == 0:
            rows = [[text(f.label), f.cell.shown] for f in figures.figures]
            return [
                lambda: self.key_table.show_rows([self.tr("Figure"), self.tr("Count")], rows),
                lambda: self.pipeline.show_chart(pipeline_chart(figures, self.pipeline.dark)),
            ]
        if index == 1:
            return [
                lambda: self.quarter_table.show_table(figures.table("decisions_by_quarter")),
                lambda: self.quarter_chart.show_chart(quarter_chart(figures, self.quarter_chart.dark)),
            ]
        if index == 2:
            return [
                lambda: self.ground_table.show_table(figures.table("decisions_by_ground")),
                lambda: self.region_table.show_table(figures.table("decisions_by_region")),
            ]
        if index == 3:
            return [
                lambda: self.deferral_table.show_table(figures.table("deferrals")),
                lambda: self.feedback_table.show_table(figures.table("om_feedback")),
            ]
        lines = "\n".join(self._lead_line(lead) for lead in figures.lead_times)
        return [
            lambda: self.lead_text.setText(lines),
            lambda: self.lead.show_chart(lead_chart(figures, self.lead.dark)),
        ]

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
