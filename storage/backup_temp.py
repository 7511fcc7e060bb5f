"""Temp files of a backup that a kill interrupted, wherever it was written (``backup --out`` to a USB
stick included): before a backup makes its temp files it notes their folder and name prefix in a
small file beside the database, and removes the note when done. Every open cleans what a note
still points at, so a killed backup leaves no encrypted scratch copy behind for long.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from storage.atomic import write_atomic
from storage.errors import StoreError
from storage.paths import StorePaths

NOTE_NAME = "overlegtafel.backup-temp.json"
_SUFFIXES = (".tmp", ".tmp-db", ".tmp-db-journal")


def _note_path(paths: StorePaths) -> Path:
    return paths.root / NOTE_NAME


def _read(paths: StorePaths) -> list[tuple[Path, str]]:
    try:
        doc = json.loads(_note_path(paths).read_text(encoding="utf-8"))
        entries = [(Path(str(folder)), str(prefix)) for folder, prefix in doc["pending"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    # Bounded: only hidden names that a backup makes (".<file>."), never a path.
    return [(f, p) for f, p in entries if p.startswith(".") and p.endswith(".") and "/" not in p]


def _write(paths: StorePaths, entries: list[tuple[Path, str]]) -> None:
    note = _note_path(paths)
    if not entries:
        with contextlib.suppress(OSError):
            note.unlink()
        return
    doc = {"pending": [[str(folder), prefix] for folder, prefix in entries]}
    write_atomic(note, (json.dumps(doc) + "\n").encode(), store_file=True)


def temp_prefix(out: Path) -> str:
    return f".{out.name}."


def noting(paths: StorePaths, out: Path) -> None:
    """Before the first temp file of a backup to ``out`` exists. Raises on a full disk: then no
    temp file is made either."""
    entry = (out.parent, temp_prefix(out))
    entries = _read(paths)
    if entry not in entries:
        _write(paths, [*entries, entry])


def done(paths: StorePaths, out: Path) -> None:
    """After the backup's temp files are gone (best effort: a stale note only costs a glob)."""
    entry = (out.parent, temp_prefix(out))
    with contextlib.suppress(StoreError, OSError):
        _write(paths, [e for e in _read(paths) if e != entry])


def leftovers(folder: Path, prefix: str) -> list[Path]:
    try:
        return [p for p in folder.glob(f"{prefix}*") if p.name.endswith(_SUFFIXES) and p.is_file()]
    except OSError:
        return []


def clean(paths: StorePaths) -> list[Path]:
    """Remove temp files of interrupted backups (the caller holds the store lock)."""
    removed: list[Path] = []
    entries = _read(paths)
    if not entries:
        return removed
    for folder, prefix in entries:
        for path in leftovers(folder, prefix):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    with contextlib.suppress(StoreError, OSError):
        _write(paths, [])
    return removed
