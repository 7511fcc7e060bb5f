"""Ordered schema migrations. Each step runs in its own transaction together with the bump of
``PRAGMA user_version``, so a crash leaves the store at the previous version or the next, never
in between. Add a step by appending a module; never edit a released step.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from storage.errors import StoreTooNew
from storage.migrations import (
    m0001_foundation,
    m0002_cases,
    m0003_meetings,
    m0004_retention,
    m0005_sealed_case_lines,
    m0006_decision_history,
    m0007_exchange,
    m0008_followup,
    m0009_exchange_digests,
)
from storage.sqlite_driver import Database

STEPS: tuple[ModuleType, ...] = (
    m0001_foundation,
    m0002_cases,
    m0003_meetings,
    m0004_retention,
    m0005_sealed_case_lines,
    m0006_decision_history,
    m0007_exchange,
    m0008_followup,
    m0009_exchange_digests,
)
LATEST = len(STEPS)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_too_new(found: int) -> None:
    if found > LATEST:
        raise StoreTooNew(found=found, supported=LATEST)


def migrate(db: Database, on_step: Callable[[int], None] | None = None) -> int:
    found = schema_version(db)
    refuse_if_too_new(found)
    for number in range(found + 1, LATEST + 1):
        step = STEPS[number - 1]
        db.execute("BEGIN IMMEDIATE")
        try:
            step.upgrade(db)
            db.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        if on_step is not None:
            on_step(number)
    return LATEST
