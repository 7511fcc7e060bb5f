"""Where a store lives. A store is a folder holding the database, its key file and a lock file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Overlegtafel"
STORE_ENV = "OVERLEGTAFEL_STORE"


@dataclass(frozen=True)
class StorePaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "overlegtafel.db"

    @property
    def wal(self) -> Path:
        return self.root / "overlegtafel.db-wal"

    @property
    def shm(self) -> Path:
        return self.root / "overlegtafel.db-shm"

    @property
    def keyfile(self) -> Path:
        return self.root / "overlegtafel.keys.json"

    @property
    def lockfile(self) -> Path:
        return self.root / "overlegtafel.lock"

    @property
    def rekey_database(self) -> Path:
        return self.root / "overlegtafel.db.rekey"

    @property
    def quarantine(self) -> Path:
        return self.root / "beschadigd"

    def store_files(self) -> list[Path]:
        """Every file that holds store content (for checks that no plaintext leaks)."""
        return [p for p in (self.database, self.wal, self.shm, self.keyfile) if p.exists()]

    def exists(self) -> bool:
        return self.database.exists() or self.keyfile.exists()


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
