"""Meetings, agenda, minutes, decisions, actions, seals (issue 4)."""

from __future__ import annotations

from storage.sqlite_driver import Database


def upgrade(db: Database) -> None:
    """Filled in by the feature that owns this step (nothing released yet)."""
