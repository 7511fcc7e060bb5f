"""``StatisticsService(store).figures(period, protected=True) -> Figures``: every figure of a
period in one read (a handful of aggregate queries, then pure Python)."""

from __future__ import annotations

from datetime import date

from storage.statistics.collect import Raw, collect
from storage.statistics.model import Figures, Period
from storage.statistics.publish import publish
from storage.statistics.regions import region_keys
from storage.statistics.settings import Protection, protection
from storage.store import Store


class StatisticsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def raw(self, period: Period, *, today: date | None = None) -> Raw:
        return collect(self.store, period, today or self.store.now().date(), region_keys())

    def protection(self) -> Protection:
        return protection(self.store)

    def figures(self, period: Period, *, protected: bool = True, today: date | None = None) -> Figures:
        """The figures of ``period``: protected (what may be published) unless ``protected`` is
        False (the chair's own view inside the application, marked as such)."""
        return publish(self.raw(period, today=today), self.protection(), protected)

    def unprotected(self, period: Period, *, via: str, today: date | None = None) -> Figures:
        """The chair's unprotected view; the audit log records that it was shown (the period and
        where, never a figure): ``statistics.unprotected``."""
        figures = self.figures(period, protected=False, today=today)
        with self.store.db.atomic():
            self.store.audit.append(
                "statistics.unprotected",
                "period",
                f"{period.start.isoformat()}..{period.end.isoformat()}",
                detail={"via": via},
            )
        return figures

    def years(self) -> tuple[int, ...]:
        """Years with a meeting, newest first (the period selector)."""
        found = self.store.db.execute(
            "SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM meetings ORDER BY 1 DESC"
        ).fetchall()
        return tuple(int(r[0]) for r in found)
