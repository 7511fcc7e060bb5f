"""A real "disk full" in a subprocess: RLIMIT_FSIZE caps the size of every file this process writes,
so SQLite's writes and the backup writer fail as on a full disk (EFBIG or a short write, which is
what ENOSPC looks like to SQLite). The parent test reads one JSON line per step from stdout.

    python -m tests.helpers.crash_diskfull write STORE PASSPHRASE_FILE
    python -m tests.helpers.crash_diskfull backup STORE PASSPHRASE_FILE FOLDER

"write": save growing settings until DiskFull, lift the limit ("free space"), save the same value
again. "backup": make a backup, cap the size below the next one, try again (DiskFull, the earlier
backup untouched, no temp file left), lift the limit, try once more.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from storage.access import open_store
from storage.backup import making
from storage.errors import StoreError


def say(**facts: object) -> None:
    print(json.dumps(facts), flush=True)


def cap(extra: int, *files: Path) -> None:
    biggest = max((f.stat().st_size for f in files if f.exists()), default=0)
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + extra, resource.RLIM_INFINITY))


def lift() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def run_write(store_dir: Path, passphrase: str) -> None:
    store = open_store(store_dir, passphrase)
    store.on_close = None
    paths = store.paths
    cap(128 * 1024, paths.database, paths.wal)
    saved = 0
    value = ""
    for i in range(10_000):
        value = f"{i:05d}" + "x" * 3000
        try:
            store.settings.set(f"vulling-{i:05d}", value)
        except StoreError as exc:
            say(
                step="full",
                error=type(exc).__name__,
                category=exc.category,
                message=exc.message("nl"),
                saved=saved,
            )
            lift()  # space freed
            store.settings.set(f"vulling-{i:05d}", value)
            saved += 1
            say(step="retry", ok=True, saved=saved)
            break
        saved += 1
    else:
        say(step="full", error=None, saved=saved)
    store.close()
    say(step="closed")


def run_backup(store_dir: Path, passphrase: str, folder: Path) -> None:
    store = open_store(store_dir, passphrase)
    store.on_close = None
    first = making.create_backup(store, folder / "eerste.otbak")
    say(step="first", size=first.size)
    resource.setrlimit(resource.RLIMIT_FSIZE, (first.size // 2, resource.RLIM_INFINITY))
    try:
        making.create_backup(store, folder / "tweede.otbak")
    except StoreError as exc:
        say(
            step="full",
            error=type(exc).__name__,
            message=exc.message("nl"),
            files=sorted(p.name for p in folder.iterdir()),
        )
    else:
        say(step="full", error=None)
    lift()
    second = making.create_backup(store, folder / "tweede.otbak")
    say(step="retry", size=second.size, files=sorted(p.name for p in folder.iterdir()))
    store.close()


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    mode, store_dir, passphrase_file = argv[0], Path(argv[1]), Path(argv[2])
    passphrase = passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    if mode == "write":
        run_write(store_dir, passphrase)
    else:
        run_backup(store_dir, passphrase, Path(argv[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
