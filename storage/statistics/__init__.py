"""Figures for the annual report (issue 15), with small-number protection.

``StatisticsService(store).figures(Period.year(2026) | Period.quarter(2026, 3) |
Period.between(d1, d2), protected=True) -> Figures``: stand-alone figures (meetings held, cases
new/discussed/decided, decisions, aangiftes decided/filed/not filed, OM feedback, deferrals,
actions created/closed/overdue), tables with margins (decisions by outcome per quarter, by 1F
ground, by conflict region; deferrals by frequency; OM feedback by kind) and lead times (first
agenda to decision, decision to filing: median and quartiles).

Protection (``suppression``): counts 1..threshold-1 are shown as "< 5"; with the rule
``secondary`` no hidden cell can be recovered from a row or column total by one subtraction; the
settings (``settings.set_protection``) are the chair's and audited. The unprotected figures exist
only for the chair's view inside the application. Where each event is dated: ``collect``.
"""

from storage.statistics.model import Figure, Figures, LeadTime, Period, Table
from storage.statistics.service import StatisticsService
from storage.statistics.settings import Protection, protection, set_protection
from storage.statistics.suppression import Cell, Hidden, Rule

__all__ = [
    "Cell",
    "Figure",
    "Figures",
    "Hidden",
    "LeadTime",
    "Period",
    "Protection",
    "Rule",
    "StatisticsService",
    "Table",
    "protection",
    "set_protection",
]
