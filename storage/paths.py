"""Where a store lives. A store is a folder holding the database, its key file and a lock file."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

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

    @staticmethod
    def is_store_file(path: Path) -> bool:
        """Whether ``path`` names one of a store's own files: never a target for an export.

        Names are compared as NTFS and APFS compare them (case, Unicode form and Windows' trailing
        dots and spaces do not count), and a path that is the same file as a store file under
        another name (a hard link, an 8.3 short name) counts too."""
        path = Path(path)
        here = StorePaths(path.parent)
        own = (here.database, here.wal, here.shm, here.keyfile, here.lockfile, here.rekey_database)
        if comparable_name(path.name) in {comparable_name(p.name) for p in own}:
            return True
        for candidate in own:
            try:
                if os.path.samefile(path, candidate):
                    return True
            except OSError:
                continue
        return False


def comparable_name(name: str) -> str:
    """A file name as a case-insensitive file system sees it (an NTFS stream suffix dropped too)."""
    name = unicodedata.normalize("NFC", name).split(":", 1)[0]
    return name.rstrip(" .").casefold()
