"""Where things live on this computer, per platform conventions (platformdirs).

Kept out of ``storage`` on purpose: the store works on any folder it is given; choosing the default
folder is the application's business.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from storage.paths import STORE_ENV

APP_NAME = "Overlegtafel"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_store_dir() -> Path:
    return user_data_dir() / "opslag"


def demo_store_dir() -> Path:
    return user_data_dir() / "demo"


def resolve_store_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """``--store`` wins over ``OVERLEGTAFEL_STORE``, which wins over the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_store_dir()
