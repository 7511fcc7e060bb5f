"""The demo store: clearly fictitious data to try the application without real cases.

Feature modules contribute their part through ``DEMO_FILLERS`` (cases, meetings, …), so this
module stays free of their details.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from storage.access import create_store, open_store
from storage.kdf import KdfParams
from storage.paths import StorePaths
from storage.store import Clock, Store, system_clock

# Printed on the welcome page and in the README: the demo holds nothing worth protecting, and the
# user must be able to open it again without ever having chosen a passphrase.
DEMO_PASSPHRASE = "demo-overlegtafel-fictief"
DEMO_ACTOR = "demo"

# Modules with a ``fill_demo(store, cases: int) -> None`` function, in order.
DEMO_FILLERS = ("storage.cases.demo", "storage.meetings.demo", "storage.followup.demo")


def _fillers() -> list[Callable[[Store, int], None]]:
    return [importlib.import_module(name).fill_demo for name in DEMO_FILLERS]


def populate(store: Store, cases: int = 40) -> None:
    for fill in _fillers():
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
