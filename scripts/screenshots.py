"""Screenshots of the real application for the README and docs (``make screenshots``).

Runs the application in a real X11 window on Xvfb (started here when there is no display) at
1366×768 — a common government laptop screen — and, with ``--scale 2``, at 200% scaling. Scenes come
from ``scripts/screenshot_scenes/*.py``; the shell's own scenes are below.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1366, 768


def ensure_display(scale: int) -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY") and os.environ.get("OVERLEGTAFEL_SHOTS_OWN_DISPLAY") != "1":
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("Xvfb ontbreekt: installeer het pakket xvfb (make screenshots doet dat).")
    display = f":{90 + scale}"
    proc = subprocess.Popen(
        [xvfb, display, "-screen", "0", f"{WIDTH * scale}x{HEIGHT * scale}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return proc


class Shooter:
    """Holds the running application and saves named screenshots of its main window."""

    def __init__(self, out: Path, suffix: str) -> None:
        from PySide6.QtCore import QSettings

        from storage.kdf import FAST_TEST_PARAMS
        from ui.app import build_context, create_application
        from ui.i18n import install_translators
        from ui.preferences import Preferences
        from ui.style import apply_style

        self.out = out
        self.suffix = suffix
        self.tmp = Path(tempfile.mkdtemp(prefix="overlegtafel-shots-"))
        self.app = create_application([sys.argv[0]])
        install_translators(self.app, "nl")
        apply_style(self.app)
        self.prefs = Preferences(QSettings(str(self.tmp / "prefs.ini"), QSettings.Format.IniFormat))
        self.store_dir = self.tmp / "opslag"
        self.ctx = build_context(self.store_dir, self.prefs, kdf_params=FAST_TEST_PARAMS)
        self.window = None
        self.main = None
        self.taken: list[Path] = []

    def new_window(self, *, welcome: bool):  # noqa: ANN201 - MainWindow
        from ui.shell.main_window import MainWindow

        if self.window is not None:
            self.window.hide()
        self.window = MainWindow(self.ctx, start_with_welcome=welcome)
        self.main = self.window  # scenes may point self.window at another top-level window
        self.window.setGeometry(0, 0, WIDTH, HEIGHT)
        self.window.showMaximized()
        self.settle()
        return self.window

    def settle(self, ms: int = 400) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("scene did not reach its state")
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, name: str) -> Path:
        self.settle()
        screen = self.window.screen()
        pixmap = screen.grabWindow(self.window.winId())
        path = self.out / f"{name}{self.suffix}.png"
        pixmap.save(str(path))
        self.taken.append(path)
        print(f"  {path.relative_to(ROOT)}")
        return path

    def unlock_demo(self) -> None:
        from storage.demo import DEMO_PASSPHRASE, open_or_create_demo
        from storage.kdf import FAST_TEST_PARAMS

        demo_dir = self.tmp / "demo"
        if not demo_dir.exists():
            open_or_create_demo(demo_dir, kdf_params=FAST_TEST_PARAMS).close()
        self.ctx.session.store_dir = demo_dir
        window = self.new_window(welcome=False)
        window.session.unlock(DEMO_PASSPHRASE, lambda exc: (_ for _ in ()).throw(exc))
        self.wait_until(lambda: window.workspace is not None)


def shell_scenes() -> list[tuple[str, Callable[[Shooter], None]]]:
    def welcome(s: Shooter) -> None:
        s.new_window(welcome=True)
        s.shoot("welkom")

    def create(s: Shooter) -> None:
        window = s.new_window(welcome=True)
        window.welcome.setCurrentWidget(window.welcome.create_page)
        page = window.welcome.create_page
        page.actor.setText("Secretaris IND")
        page.passphrase.edit.setText("vier willekeurige woorden samen")
        page.repeat.edit.setText("vier willekeurige woorden samen")
        s.wait_until(lambda: page.keyring.secure is not None)
        s.shoot("nieuwe-opslag")

    def recovery_code(s: Shooter) -> None:
        window = s.new_window(welcome=True)
        window.welcome.show_recovery_code("7KQ2M-WX4PE-H9T3R-ZB6NC-Q2Y8D-MF5KJ-R3VTA-8PGXH")
        s.shoot("herstelcode")

    def unlock(s: Shooter) -> None:
        from storage.access import create_store
        from storage.kdf import FAST_TEST_PARAMS

        if not s.store_dir.exists():
            create_store(
                s.store_dir, "vier willekeurige woorden samen", use_keyring=False, kdf_params=FAST_TEST_PARAMS
            )[0].close()
        s.ctx.session.store_dir = s.store_dir
        window = s.new_window(welcome=False)
        window.unlock_page.prepare(s.store_dir, "idle", 10)
        s.shoot("vergrendeld")

    def main_window(s: Shooter) -> None:
        s.unlock_demo()
        s.shoot("hoofdvenster")

    return [
        ("welkom", welcome),
        ("nieuwe-opslag", create),
        ("herstelcode", recovery_code),
        ("vergrendeld", unlock),
        ("hoofdvenster", main_window),
    ]


def all_scenes() -> list[tuple[str, Callable[[Shooter], None]]]:
    scenes = shell_scenes()
    folder = Path(__file__).parent / "screenshot_scenes"
    # Preparation before the live meeting: the live scenes start the upcoming meeting.
    order = {"cases": 0, "meetings": 1, "live": 2}
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda m: (order.get(m.name, 9), m.name)):
        module = importlib.import_module(f"scripts.screenshot_scenes.{info.name}")
        scenes.extend(module.SCENES)
    return scenes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, choices=[1, 2], default=1)
    parser.add_argument("--only", nargs="*", help="scene names to shoot")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ.setdefault("OVERLEGTAFEL_KDF", "fast")
    xvfb = ensure_display(args.scale)
    try:
        OUT.mkdir(parents=True, exist_ok=True)
        shooter = Shooter(OUT, "" if args.scale == 1 else "@200")
        print(f"Schermafbeeldingen ({WIDTH}×{HEIGHT}, schaal {args.scale * 100}%):")
        for name, scene in all_scenes():
            if args.only and name not in args.only:
                continue
            scene(shooter)
        import shiboken6

        for window in {shooter.window, shooter.main} - {None}:
            if shiboken6.isValid(window):
                window.close()
        shooter.ctx.worker.shutdown()
    finally:
        if xvfb is not None:
            xvfb.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
