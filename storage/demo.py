"""The demo store: clearly fictitious data to try the application without real cases.

Each feature fills its own part (``fill_demo(store, cases)`` in ``storage.cases.demo``,
``storage.meetings.demo`` and ``storage.followup.demo``); ``DEMO_FILLERS`` runs them in order, so
this module stays free of their details.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storage.access import create_store, open_store
from storage.cases import demo as cases_demo
from storage.clock import Clock, system_clock
from storage.followup import demo as followup_demo
from storage.kdf import KdfParams
from storage.meetings import demo as meetings_demo
from storage.paths import StorePaths
from storage.store import Store

# Printed on the welcome page and in the README: the demo holds nothing worth protecting, and the
# user must be able to open it again without ever having chosen a passphrase.
DEMO_PASSPHRASE = "demo-overlegtafel-fictief"
DEMO_ACTOR = "demo"

# Each fills its feature's part of the demo (``fill_demo(store, cases)``), in this order.
DEMO_FILLERS: tuple[Callable[[Store, int], None], ...] = (
    cases_demo.fill_demo,
    meetings_demo.fill_demo,
    followup_demo.fill_demo,
)


def populate(store: Store, cases: int = 40) -> None:
    for fill in DEMO_FILLERS:
        fill(store, cases)
    store.settings.set("is_demo", True)


def open_or_create_demo(
    root: Path,
    *,
    cases: int = 40,
    kdf_params: KdfParams | None = None,
    clock: Clock = system_clock,
) -> Store:
    """Open the demo store, creating and filling it on first use. The demo uses no keyring."""
    if StorePaths(root).exists():
        return open_store(root, DEMO_PASSPHRASE, clock=clock)
    store, _code = create_store(
        root, DEMO_PASSPHRASE, use_keyring=False, kdf_params=kdf_params, clock=clock, actor=DEMO_ACTOR
    )
    try:
        populate(store, cases)
    except BaseException:
        store.close()
        raise
    return store
