"""QtCharts views of the published figures: decisions by outcome per quarter (stacked bars), the
pipeline from new case to filed aangifte (bars) and lead times (box plots). A hidden count is
never drawn: bars show published cells, and the hidden part of a published total is one hatched
"not shown" segment (the table gives that sum away as well). Legends and axis labels are rich
text, so every label is escaped ("< 5" would otherwise start a tag)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from storage.i18n import pick

if TYPE_CHECKING:
    from storage.statistics import Figures


def text(label: tuple[str, str]) -> str:
    return pick(label[0], label[1])


SERIES_COLOURS = ("#154273", "#4F8AC9", "#A6C8EA", "#C9792B", "#6E6E6E", "#8FB48A", "#D4A5A5")
# On a dark window the darkest blue would vanish: the same order, lighter.
DARK_COLOURS = ("#7FB8E6", "#3D7DBF", "#C4DDF3", "#E0964A", "#A9ADB3", "#9CCB96", "#E2B4B4")


def colours_for(dark: bool) -> tuple[str, ...]:
    return DARK_COLOURS if dark else SERIES_COLOURS


def hidden_brush(dark: bool) -> QBrush:
    """The hidden part of a total: hatched, so it never reads as one of the outcomes."""
    return QBrush(QColor("#8C9097" if dark else "#9AA0A6"), Qt.BrushStyle.BDiagPattern)


class ChartView(QChartView):
    """A chart that follows the application palette (light or dark)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(name)
        self.setMinimumHeight(220)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def show_chart(self, chart: QChart) -> None:
        palette = self.palette()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.WindowText))
        chart.setTitleBrush(palette.color(QPalette.ColorRole.WindowText))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        chart.legend().setFont(small)
        for axis in chart.axes():
            axis.setLabelsColor(palette.color(QPalette.ColorRole.WindowText))
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
            axis.setTruncateLabels(False)
            if isinstance(axis, QValueAxis):
                axis.applyNiceNumbers()
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def quarter_chart(figures: Figures, dark: bool = False) -> QChart:
    table = figures.table("decisions_by_quarter")
    series = QStackedBarSeries()
    hidden = [0] * len(table.col_keys)
    for i, label in enumerate(table.row_labels):
        bar = QBarSet(escape(text(label)))
        bar.setColor(QColor(colours_for(dark)[i % len(SERIES_COLOURS)]))
        for j in range(len(table.col_keys)):
            bar.append(table.grid[i][j].published or 0)
        series.append(bar)
    for j in range(len(table.col_keys)):
        total = table.grid[-1][j].published
        shown = sum(table.grid[i][j].published or 0 for i in range(len(table.row_keys)))
        hidden[j] = (total - shown) if total is not None else 0
    if any(hidden):
        rest = QBarSet(escape(QCoreApplication.translate("FigureCharts", "not shown (< 5 or x)")))
        rest.setBrush(hidden_brush(dark))
        rest.append(hidden)
        series.append(rest)
    chart = QChart()
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([escape(text(c)) for c in table.col_labels])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    values = QValueAxis()
    values.setLabelFormat("%d")
    top = max((c.published or 0 for c in table.grid[-1][:-1]), default=0)
    values.setRange(0, max(5, top))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


PIPELINE = ("cases_new", "cases_discussed", "cases_decided", "aangifte_decided", "aangifte_filed")
# Short labels: the chart's axis has little room (the table beside it has the full wording).
PIPELINE_LABELS = {
    "cases_new": QT_TRANSLATE_NOOP("FigureCharts", "New"),
    "cases_discussed": QT_TRANSLATE_NOOP("FigureCharts", "Discussed"),
    "cases_decided": QT_TRANSLATE_NOOP("FigureCharts", "Decided"),
    "aangifte_decided": QT_TRANSLATE_NOOP("FigureCharts", "Aangifte decided"),
    "aangifte_filed": QT_TRANSLATE_NOOP("FigureCharts", "Aangifte filed"),
}


def pipeline_chart(figures: Figures, dark: bool = False) -> QChart:
    series = QHorizontalBarSeries()
    bar = QBarSet(QCoreApplication.translate("FigureCharts", "Cases"))
    bar.setColor(QColor(colours_for(dark)[0]))
    labels = []
    for key in reversed(PIPELINE):  # the first step on top
        figure = figures.figure(key)
        bar.append(figure.cell.published or 0)
        label = QCoreApplication.translate("FigureCharts", str(PIPELINE_LABELS[key]))
        labels.append(escape(f"{label} ({figure.cell.shown})"))
    series.append(bar)
    series.setLabelsVisible(False)
    chart = QChart()
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(labels)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setRange(0, max(5, *(figures.figure(k).cell.published or 0 for k in PIPELINE)))
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.legend().setVisible(False)
    return chart


def lead_chart(figures: Figures, dark: bool = False) -> QChart:
    series = QBoxPlotSeries()
    series.setBrush(QColor(colours_for(dark)[2]))
    labels = []
    top = 5.0
    for lead in figures.lead_times:
        labels.append(escape(f"{text(lead.label)} ({lead.count.shown})"))
        if lead.median is None or lead.p25 is None or lead.p75 is None:
            box = QBoxSet(0, 0, 0, 0, 0, labels[-1])
        else:
            low = float(lead.minimum if lead.minimum is not None else lead.p25)
            high = float(lead.maximum if lead.maximum is not None else lead.p75)
            box = QBoxSet(low, lead.p25, lead.median, lead.p75, high, labels[-1])
            top = max(top, high)
        series.append(box)
    chart = QChart()
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(labels)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setTitleText(QCoreApplication.translate("FigureCharts", "days"))
    values.setRange(0, top * 1.1)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    chart.legend().setVisible(False)
    return chart
