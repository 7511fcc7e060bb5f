"""Screenshots of the "Cijfers" area (issue 15), light and dark: ``cijfers.png`` (overview: key
figures and the pipeline), ``cijfers-kwartaal.png`` (decisions by outcome per quarter) and
``cijfers-donker.png`` / ``cijfers-kwartaal-donker.png`` in the dark theme. The default demo
store is too small for figures worth showing (nearly every count is "< 5"), so these scenes use a
demo store of 2,000 fictitious cases (about two years of weekly meetings), built once."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scripts.screenshots import Shooter

CASES = 2_000


def _unlock_large_demo(s: Shooter) -> Any:
    from storage.demo import DEMO_PASSPHRASE, open_or_create_demo
    from storage.kdf import FAST_TEST_PARAMS

    demo_dir = s.tmp / "demo-cijfers"
    if not demo_dir.exists():
        open_or_create_demo(demo_dir, cases=CASES, kdf_params=FAST_TEST_PARAMS).close()
    s.ctx.session.store_dir = demo_dir
    window = s.new_window(welcome=False)
    window.session.unlock(DEMO_PASSPHRASE, lambda exc: (_ for _ in ()).throw(exc))
    s.wait_until(lambda: window.workspace is not None)
    return window


def _open_figures(s: Shooter, window: Any, year_back: int = 1) -> Any:
    window.show_area("figures")
    area = window.workspace.areas["figures"]
    s.wait_until(lambda: area.figures is not None and window.ctx.worker.pending == 0)
    index = min(year_back, area.year.count() - 1)  # the last complete year
    area.year.setCurrentIndex(index)
    s.wait_until(lambda: window.ctx.worker.pending == 0)
    s.settle(600)
    return area


def _shoot_both_tabs(s: Shooter, area: Any, suffix: str) -> None:
    area.tabs.setCurrentIndex(0)
    s.shoot(f"cijfers{suffix}")
    area.tabs.setCurrentIndex(1)
    s.shoot(f"cijfers-kwartaal{suffix}")
    area.tabs.setCurrentIndex(0)


def light(s: Shooter) -> None:
    window = _unlock_large_demo(s)
    area = _open_figures(s, window)
    _shoot_both_tabs(s, area, "")


def dark(s: Shooter) -> None:
    from ui.style import DARK, LIGHT, apply_style

    window = s.window if s.window is not None and s.window.workspace is not None else _unlock_large_demo(s)
    apply_style(s.app, DARK)
    try:
        area = _open_figures(s, window)
        area.reload()  # the charts take their colours from the palette when drawn
        s.wait_until(lambda: window.ctx.worker.pending == 0)
        time.sleep(0.2)
        s.settle(600)
        _shoot_both_tabs(s, area, "-donker")
    finally:
        apply_style(s.app, LIGHT)


SCENES = [("cijfers", light), ("cijfers-donker", dark)]
