"""Every screen fits a 1366×768 laptop screen without clipped text, at 100% and at 200% scaling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog

from tests.helpers.common import REPO
from tests.helpers.screens import clipped_texts, walk

WIDTH, HEIGHT = 1366, 768


def test_screens_fit_without_clipped_text(qtbot, tmp_path: Path) -> None:
    problems: list[str] = []
    seen = 0
    for name, top in walk(qtbot, tmp_path):
        seen += 1
        needed = top.sizeHint() if isinstance(top, QDialog) else top.minimumSizeHint()
        if needed.width() > WIDTH or needed.height() > HEIGHT - 28:  # a task bar takes some height
            problems.append(f"{name}: needs {needed.width()}×{needed.height()}")
        problems += [f"{name}: clipped {text}" for text in clipped_texts(top)]
    assert seen >= 12
    assert not problems, "\n".join(problems)


def test_screens_fit_at_200_percent(tmp_path: Path) -> None:
    """The same walk in a fresh process on a 2732×1536 screen at device pixel ratio 2."""
    if os.environ.get("OVERLEGTAFEL_FIT_CHILD"):
        return
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop-200",
                        "x": 0,
                        "y": 0,
                        "width": WIDTH * 2,
                        "height": HEIGHT * 2,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 2,
                    }
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", OVERLEGTAFEL_FIT_CHILD="1")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            # At dpr 2 the offscreen platform warns about its own stale device pixel ratio: platform
            # noise, not a fault of the screens under test.
            "-o",
            "qt_log_level_fail=CRITICAL",
            "tests/ui/test_layout_fit.py::test_screens_fit_without_clipped_text",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:]
