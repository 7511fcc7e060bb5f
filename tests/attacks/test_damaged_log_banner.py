"""Issue 11, finding 1: the lasting "log damaged" state is visible in the main window after unlock."""

from __future__ import annotations

import os
from pathlib import Path

from storage.access import create_store
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.attacks import add_entries, last_seq, raw, stolen_key
from tests.helpers.common import PASSPHRASE
from tests.ui.test_shell import clock, make_window, unlock  # noqa: F401  (fixtures)
from ui.widgets.banner import Banner


def test_main_window_shows_the_damaged_log_banner(qtbot, make_window, store_dir: Path) -> None:  # noqa: F811
    store, _code = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    add_entries(store, 5)
    store.close()
    with raw(store_dir, stolen_key(store_dir)) as conn:
        end = last_seq(conn)
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (end - 2,))

    window = make_window(store_dir, welcome=False)
    unlock(qtbot, window)
    texts = [banner.label.text() for banner in window.workspace.findChildren(Banner)]
    damaged = [t for t in texts if "LOGBOEK BESCHADIGD" in t]
    assert damaged, texts
    assert any(f"controlepunt zegt {end}" in t for t in damaged), damaged
    if os.environ.get("OVERLEGTAFEL_SCREENSHOTS"):
        window.grab().save(os.environ["OVERLEGTAFEL_SCREENSHOTS"])
