"""Start-up in two steps (issue 17): the lock screen imports only what it needs; the workspace, the
areas and the anonymity guard load after its first paint (ui.shell.startup)."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from types import ModuleType

import pytest
from PySide6.QtWidgets import QWidget

from tests.helpers.common import REPO, run_cli
from ui.shell import startup
from ui.shell.areas import AREAS

# The real entry point in a fresh interpreter; at exit it reports what had been imported. With
# "--until-preloaded" it closes the window once the second step has finished.
PROBE = """
import gc, json, sys
from desktop.cli import main
from ui.shell import startup

if "--until-preloaded" in sys.argv:
    sys.argv.remove("--until-preloaded")
    original = startup.Preloader.__init__

    def init(self, names, finished, parent, *args):
        def then_close():
            finished()
            parent.close()

        original(self, names, then_close, parent, *args)

    startup.Preloader.__init__ = init
rc = main(sys.argv[1:])
print(json.dumps({
    "rc": rc,
    "gc_enabled": gc.isenabled(),
    "modules": sorted(m for m in sys.modules if m.startswith(("ui.", "storage.", "reports"))),
}))
"""

SECOND_STEP = (
    "ui.shell.workspace",
    "ui.cases.area",
    "ui.meetings.area",
    "ui.widgets.guard_scan",
    "storage.guard",
    "reports.documents",  # brings reportlab: only when a document is asked for
)


def probe(args: list[str], cli_env: dict[str, str], tmp_path) -> dict[str, object]:
    env = dict(cli_env, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_lock_screen_is_painted_before_workspace_areas_and_guard_load(cli_env, tmp_path) -> None:
    store = tmp_path / "opslag"
    secret = tmp_path / "pw"
    secret.write_text("paarse vergadertafel rookmelder zomerregen\n")
    init = run_cli(["init", "--store", str(store), "--no-keyring", "--passphrase-file", str(secret)], cli_env)
    assert init.returncode == 0, init.stderr
    # --exit-after-start quits on the first paint of the lock screen.
    facts = probe(["--store", str(store), "--exit-after-start"], cli_env, tmp_path)
    assert facts["rc"] == 0
    assert "ui.shell.unlock" in facts["modules"]
    assert [name for name in SECOND_STEP if name in facts["modules"]] == []
    assert facts["gc_enabled"] is False  # switched off for the start, back on after the paint

    # Once the second step has run, the rest is loaded and the garbage collector is back on.
    facts = probe(["--store", str(store), "--until-preloaded"], cli_env, tmp_path)
    assert facts["rc"] == 0
    assert [name for name in SECOND_STEP if name not in facts["modules"]] == ["reports.documents"]
    assert facts["gc_enabled"] is True


def _no_such_area() -> ModuleType:
    raise ModuleNotFoundError("No module named 'ui.no_such_area'", name="ui.no_such_area")


def test_preloading_starts_after_the_first_paint_one_module_per_turn(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[bool] = []
    preloader = startup.Preloader(
        [startup._logbook_area, _no_such_area, startup._settings_area],
        lambda: done.append(True),
        widget,
    )
    startup.FirstPaint(widget, preloader.start)
    qtbot.wait(50)
    assert preloader.loaded == []  # not shown, not painted: nothing happens
    widget.resize(200, 100)
    widget.show()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    # A module that fails to import is skipped, not fatal: the rest still loads.
    assert preloader.loaded == ["ui.shell.logbook_area", "ui.shell.settings_area"]


def test_second_step_lists_areas_then_workspace_then_guard() -> None:
    steps = startup.after_first_paint_steps([startup._cases_area, startup._meetings_area])
    assert [step().__name__ for step in steps] == [
        "ui.cases.area",
        "ui.meetings.area",
        "ui.shell.workspace",
        "ui.widgets.guard_scan",
        "ui.dates",  # QDate's enum types, built here rather than when a register first opens
    ]
    names = [step().__name__ for step in startup.after_first_paint_steps()]
    assert names[:-3] == [
        "ui.meetings.area",
        "ui.cases.area",
        "ui.meetings.actions_area",
        "ui.meetings.decisions_area",
        "ui.shell.logbook_area",
        "ui.backup.settings_section",
        "ui.retention.settings_section",
        "ui.exchange.settings_section",
        "ui.shell.settings_area",
        "ui.figures.area",
    ]
    assert [area.key for area in AREAS] == [
        "meetings",
        "cases",
        "actions",
        "decisions",
        "logbook",
        "settings",
        "figures",
    ]


@pytest.mark.parametrize("override", ["", "Windows"])
def test_the_application_starts_in_fusion_without_setting_the_style_again(override: str) -> None:
    script = (
        "from ui.app import create_application\n"
        "from ui.style import apply_style\n"
        "app = create_application(['overlegtafel'])\n"
        "print(app.style().name(), app.arguments())\n"
        "apply_style(app, set_fusion=False)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": override},
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["fusion", "['overlegtafel']"]


def test_the_second_step_also_runs_when_the_window_is_never_painted(qtbot, monkeypatch) -> None:
    import gc

    monkeypatch.setattr(startup, "FALLBACK_MS", 50)
    monkeypatch.setattr(startup, "freeze_long_lived_objects", lambda: None)  # not in the test process
    widget = QWidget()  # never shown
    qtbot.addWidget(widget)
    gc.disable()
    try:
        preloader = startup.after_start(widget, [startup._logbook_area], warm_up_guard=False)
        qtbot.waitUntil(gc.isenabled, timeout=10_000)
    finally:
        gc.enable()
    assert preloader.loaded == [
        "ui.shell.logbook_area",
        "ui.shell.workspace",
        "ui.widgets.guard_scan",
        "ui.dates",
    ]


def test_pure_python_modules_load_on_their_own_thread_before_the_gui_thread_imports(
    qtbot, tmp_path, monkeypatch
) -> None:
    import threading

    (tmp_path / "lean_probe_pure.py").write_text(
        "import threading, time\ntime.sleep(0.2)\nTHREAD = threading.current_thread().name\n"
    )
    (tmp_path / "lean_probe_gui.py").write_text(
        "import lean_probe_pure\nimport threading\nTHREAD = threading.current_thread().name\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[bool] = []
    preloader = startup.Preloader(
        [lambda: importlib.import_module("lean_probe_gui")],
        lambda: done.append(True),
        widget,
        [lambda: importlib.import_module("lean_probe_pure")],
    )
    preloader.start()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    pure, gui = sys.modules["lean_probe_pure"], sys.modules["lean_probe_gui"]
    assert pure.THREAD == "preload"
    assert threading.main_thread().name == gui.THREAD
    assert preloader.loaded == ["lean_probe_gui"]
