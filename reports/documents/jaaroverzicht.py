"""Jaaroverzicht overlegtafel <year>: the protected figures of one year, with charts.

Only protected figures reach this record (``StatisticsService.figures(protected=True)``): counts
from 1 to threshold - 1 print as "< 5", secondary suppressions as "x", and a short section
explains the rule. The charts (``reports.charts``) draw only what the tables publish.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, TableStyle

from reports.charts import Segment, Spread, StackedBar, horizontal_bars, spreads, stacked_bars
from reports.document_info import DocumentInfo
from reports.documents._common import Built, Words, content_version, gap, key_values, multi_meeting_marking
from reports.documents.request import DocumentRequest
from reports.escape import para
from reports.geometry import ACCENT
from reports.layout import render_pdf
from reports.styles import STYLES
from reports.tables import _RULED, RecordTable, data_table, resolve_widths
from storage.errors import ValidationError
from storage.i18n import pick
from storage.statistics import Figures, Period, StatisticsService, Table
from storage.statistics.model import text
from storage.store import Store

_RIGHT = STYLES.table_cell.clone("stats_right", alignment=2)
_RIGHT_BOLD = STYLES.table_header.clone("stats_right_bold", alignment=2)
_HEAD_RIGHT = STYLES.table_header.clone("stats_head_right", alignment=2, fontSize=7.5, leading=9.5)


def title_for(year: int, lang: str) -> str:
    return pick(f"Jaaroverzicht overlegtafel {year}", f"Annual overview overlegtafel {year}", lang)


def document_info(figures: Figures, words: Words, *, marking: str | None, issued: date) -> DocumentInfo:
    year = figures.period.start.year
    title = title_for(year, words.lang)
    # While the year runs its figures still change: a concept until the year is over.
    status = "concept" if issued <= figures.period.end else "none"
    return DocumentInfo(
        title=title,
        meeting=pick(f"Overlegtafel 1F IND–OM · {year}", f"Overlegtafel 1F IND–OM · {year}", words.lang),
        marking=marking or None,
        status=status,
        adopted_on=None,
        fingerprint=None,
        version=content_version(figures.to_dict(words.lang)),
        issued=issued,
        subject=title,
        lang=words.lang,
    )


def _t(words: Words, nl: str, en: str) -> str:
    return pick(nl, en, words.lang)


def stats_table(table: Table, words: Words, *, first_width: float = 0.3) -> Flowable:
    """A count table as published: numbers right-aligned under right-aligned headings."""
    rows = table.rows(words.lang)
    n = len(rows[0]) - 1
    widths = resolve_widths([first_width] + [(1 - first_width) / n] * n, n + 1)
    with_total = len(table.row_keys) > 1
    data = [[para(rows[0][0], STYLES.table_header, empty=""), *(para(h, _HEAD_RIGHT) for h in rows[0][1:])]]
    for i, row in enumerate(rows[1:]):
        last = with_total and i == len(rows) - 2
        data.append(
            [para(row[0], STYLES.table_header if last else STYLES.table_cell)]
            + [para(c, _RIGHT_BOLD if last else _RIGHT) for c in row[1:]]
        )
    style = TableStyle(list(_RULED))
    if with_total:
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)
    return RecordTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT", style=style)


def _key_figures(figures: Figures, words: Words) -> Flowable:
    body = [
        [para(text(f.label, words.lang), STYLES.table_cell), para(f.cell.shown, _RIGHT)]
        for f in figures.figures
    ]
    return data_table([_t(words, "Kerncijfer", "Figure"), _t(words, "Aantal", "Count")], body, [0.6, 0.15])


def _quarter_chart(figures: Figures, words: Words) -> Flowable:
    table = figures.table("decisions_by_quarter")
    bars = []
    for j in range(len(table.col_keys)):
        total = table.grid[-1][j]
        segments = tuple(
            Segment(text(label, words.lang), table.grid[i][j].published)
            for i, label in enumerate(table.row_labels)
        )
        bars.append(StackedBar(text(table.col_labels[j], words.lang), total.published, total.shown, segments))
    series = [text(label, words.lang) for label in table.row_labels]
    return stacked_bars(
        bars, series, hidden_label=_t(words, "niet getoond (< 5 of x)", "not shown (< 5 or x)")
    )


def _pipeline_chart(figures: Figures, words: Words) -> Flowable:
    keys = ("cases_new", "cases_discussed", "cases_decided", "aangifte_decided", "aangifte_filed")
    rows = []
    for key in keys:
        figure = figures.figure(key)
        rows.append((text(figure.label, words.lang), figure.cell.published, figure.cell.shown))
    return horizontal_bars(rows)


def _lead_chart(figures: Figures, words: Words) -> Flowable:
    rows = []
    for lead in figures.lead_times:
        if lead.shown:
            note = _t(
                words,
                f"mediaan {lead.median:g} dagen; {lead.count.shown} casussen",
                f"median {lead.median:g} days; {lead.count.shown} cases",
            )
        else:
            note = _t(
                words, f"niet getoond ({lead.count.shown} casussen)", f"not shown ({lead.count.shown} cases)"
            )
        rows.append(Spread(text(lead.label, words.lang), lead.median, lead.p25, lead.p75, note))
    return spreads(rows, unit=_t(words, "dagen", "days"))


def _section(title: str, *flow: Flowable) -> list[Flowable]:
    return [KeepTogether([para(title, STYLES.h1), *flow])]


def explanation(figures: Figures, words: Words) -> list[Flowable]:
    t = figures.threshold
    secondary = figures.rule.value == "secondary"
    lines = [
        _t(
            words,
            f"De cijfers gaan over weinig personen. Om te voorkomen dat iemand herkenbaar wordt, staat elk "
            f"aantal van 1 tot en met {t - 1} als ‘< {t}’. Nul staat er gewoon.",
            f"The figures concern few people. So that nobody becomes recognisable, every count from 1 to "
            f"{t - 1} is shown as ‘< {t}’. Zero is shown as it is.",
        )
    ]
    if secondary:
        lines.append(
            _t(
                words,
                "Een verborgen aantal mag ook niet terug te rekenen zijn uit een rij- of kolomtotaal. Waar dat "
                "met één aftreksom zou kunnen, is nog een ander aantal in dezelfde rij of kolom verborgen; dat "
                "staat als ‘x’. Totalen die in meer tabellen voorkomen, zijn overal op dezelfde manier verborgen.",
                "A hidden count must not be recoverable from a row or column total either. Where one "
                "subtraction would give it away, another count in the same row or column is hidden as well; "
                "it shows as ‘x’. Totals that appear in several tables are hidden alike in all of them.",
            )
        )
    lines.append(
        _t(
            words,
            "Doorlooptijden staan er alleen bij minstens "
            f"{t} casussen, en dan alleen de mediaan en de kwartielen. De grafieken tonen alleen wat de tabellen "
            "publiceren. Casussen die na hun bewaartermijn zijn verwijderd, tellen mee via hun grafsteen (zonder "
            "inhoud); hun grond en land zijn niet meer bekend.",
            f"Lead times are given only for at least {t} cases, and then only the median and quartiles. The "
            "charts show only what the tables publish. Cases purged after their retention period count through "
            "their tombstone (without content); their ground and country are no longer known.",
        )
    )
    return _section(
        _t(words, "Bescherming van kleine aantallen", "Small-number protection"),
        *(para(line, STYLES.body) for line in lines),
    )


def story(figures: Figures, words: Words) -> list[Flowable]:
    period = figures.period
    flow: list[Flowable] = [
        key_values(
            [
                (_t(words, "Periode", "Period"), f"{words.date(period.start)} – {words.date(period.end)}"),
                (_t(words, "Berekend op", "Computed on"), words.date(figures.computed_on)),
                (
                    _t(words, "Bescherming", "Protection"),
                    _t(
                        words,
                        f"aantallen 1–{figures.threshold - 1} als ‘< {figures.threshold}’",
                        f"counts 1–{figures.threshold - 1} as ‘< {figures.threshold}’",
                    )
                    + (
                        _t(words, "; aanvullend ‘x’", "; additionally ‘x’")
                        if figures.rule.value == "secondary"
                        else ""
                    ),
                ),
            ]
        ),
        *_section(_t(words, "Kerncijfers", "Key figures"), _key_figures(figures, words)),
        *_section(
            _t(words, "Van casus tot aangifte", "From case to aangifte"), _pipeline_chart(figures, words)
        ),
    ]
    quarter = figures.table("decisions_by_quarter")
    flow += _section(
        text(quarter.title, words.lang), _quarter_chart(figures, words), gap(4), stats_table(quarter, words)
    )
    for key in ("decisions_by_ground", "decisions_by_region"):
        table = figures.table(key)
        flow += _section(text(table.title, words.lang), stats_table(table, words, first_width=0.24))
    for key in ("deferrals", "om_feedback"):
        table = figures.table(key)
        flow += _section(text(table.title, words.lang), stats_table(table, words))
    flow += _section(_t(words, "Doorlooptijden", "Lead times"), _lead_chart(figures, words))
    flow += explanation(figures, words)
    return flow


def render(
    figures: Figures,
    words: Words,
    *,
    marking: str | None,
    issued: date,
    copies: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[bytes, DocumentInfo]:
    if not figures.protected:
        raise ValidationError(
            detail=pick("Alleen beschermde cijfers gaan op papier.", "Only protected figures are printed.")
        )
    info = document_info(figures, words, marking=marking, issued=issued)
    return render_pdf(info, lambda: story(figures, words), copies=copies, progress=progress), info


def build(
    store: Store, request: DocumentRequest, words: Words, progress: Callable[[int], None] | None
) -> Built:
    if request.year is None:
        raise ValidationError(
            detail=pick("Geef het jaar van het jaaroverzicht.", "Give the year of the overview.")
        )
    issued = request.issued or store.now().date()
    figures = StatisticsService(store).figures(Period.year(request.year), protected=True, today=issued)
    pdf, info = render(
        figures,
        words,
        marking=multi_meeting_marking(store),
        issued=issued,
        copies=request.copies,
        progress=progress,
    )
    return Built(pdf, info, "statistics", str(request.year))
