"""Application log: operational events only (opened, locked, errors by type), never content.

Storage and UI code log error *types* and identifiers, not texts, so the log file can be sent to
an administrator.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ui.locations import user_log_dir


def setup_logging(level: int = logging.INFO) -> Path | None:
    folder = user_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "overlegtafel.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return folder / "overlegtafel.log"
