"""Constants the tests share (they were in the conftest; test modules import them from here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"


PASSPHRASE = "correct paard batterij nietje"


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None, timeout: float = 120):

    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


# The application's translators, installed once per test session by the conftest (GUI tests run in
# Dutch); a test that switches to English removes and restores them.
installed_translators: list[object] = []
