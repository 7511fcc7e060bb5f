"""Where a store's backups lie: the default folder and the small pointer file next to the database.

The pointer remembers the chosen folder (and the last backup and the last failure), so a damaged
store whose settings cannot be read still finds its newest good backup.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from storage.atomic import raise_for_oserror, write_atomic
from storage.errors import StoreError
from storage.paths import StorePaths

DEFAULT_FOLDER_NAME = "back-ups"
POINTER_NAME = "overlegtafel.backup.json"


def default_folder(paths: StorePaths) -> Path:
    return paths.root / DEFAULT_FOLDER_NAME


def _pointer_path(paths: StorePaths) -> Path:
    return paths.root / POINTER_NAME


def read_pointer(paths: StorePaths) -> dict[str, Any]:
    try:
        doc = json.loads(_pointer_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def update_pointer(paths: StorePaths, **changes: Any) -> None:
    """Best effort: the pointer only helps to find backups; failing to write it is no error."""
    doc = read_pointer(paths)
    doc.update(changes)
    with contextlib.suppress(StoreError, OSError):
        write_atomic(_pointer_path(paths), (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode())


def known_folders(paths: StorePaths) -> list[Path]:
    """The folder the pointer names (if any), then the default folder."""
    folders: list[Path] = []
    chosen = read_pointer(paths).get("folder")
    if chosen:
        folders.append(Path(chosen))
    folders.append(default_folder(paths))
    return folders


def ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise_for_oserror(exc, folder)
