"""Helpers for GUI tests: a fake monotonic clock, an isolated QSettings file, app contexts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from storage.kdf import FAST_TEST_PARAMS
from ui.app import build_context
from ui.context import AppContext
from ui.preferences import Preferences


@dataclass
class FakeClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_prefs(folder: Path) -> Preferences:
    settings = QSettings(str(folder / "overlegtafel.ini"), QSettings.Format.IniFormat)
    return Preferences(settings)


def make_context(store_dir: Path, settings_dir: Path, clock: FakeClock | None = None) -> AppContext:
    ctx = build_context(store_dir, make_prefs(settings_dir), kdf_params=FAST_TEST_PARAMS)
    if clock is not None:
        ctx.monotonic = clock
        ctx.idle_clock = clock
    return ctx
