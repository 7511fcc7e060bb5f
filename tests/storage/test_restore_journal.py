"""The restore journal (storage.restore_journal) without kills: an interrupted restore is finished by
the next open, and "no store here" points at a set-aside store instead of suggesting ``init``.
The kills themselves are in tests/storage/test_crash_points.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage import restore_journal
from storage.access import create_store, open_store
from storage.backup import making, restoring
from storage.errors import StoreExists, StoreNotFoundButReplaced
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli


def _stored_backup(root: Path, out: Path) -> None:
    store, _code = create_store(root, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.on_close = None
    store.settings.set("stand", "back-up")
    making.create_backup(store, out)
    store.settings.set("stand", "live")
    store.close()


def _journaled_but_not_carried_out(root: Path, out: Path) -> None:
    """The state after a kill right behind the journal: staged files and journal, nothing moved."""
    paths = StorePaths(root)
    original = restore_journal.carry_out
    try:
        restore_journal.carry_out = lambda _paths, _plan: None  # type: ignore[assignment]
        restoring.restore_backup(out, root, passphrase=PASSPHRASE).store.close()
    except Exception:
        pass
    finally:
        restore_journal.carry_out = original  # type: ignore[assignment]
    assert paths.restore_journal.exists() and len(restore_journal.staged_leftovers(paths)) == 2


def test_next_open_finishes_a_journaled_restore(tmp_path: Path) -> None:
    root, out = tmp_path / "opslag", tmp_path / "b.otbak"
    _stored_backup(root, out)
    _journaled_but_not_carried_out(root, out)
    with pytest.raises(StoreExists):
        create_store(root, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    with open_store(root, PASSPHRASE) as store:
        store.on_close = None
        assert store.settings.get("stand") == "back-up"
    paths = StorePaths(root)
    assert not paths.restore_journal.exists() and not restore_journal.staged_leftovers(paths)
    [aside] = restore_journal.replaced_folders(paths)
    assert sorted(p.name for p in aside.iterdir()) == ["overlegtafel.db", "overlegtafel.keys.json"]


def test_staged_files_without_a_journal_are_dropped_and_the_old_store_opens(tmp_path: Path) -> None:
    root, out = tmp_path / "opslag", tmp_path / "b.otbak"
    _stored_backup(root, out)
    _journaled_but_not_carried_out(root, out)
    StorePaths(root).restore_journal.unlink()  # killed just before the journal's rename
    with open_store(root, PASSPHRASE) as store:
        store.on_close = None
        assert store.settings.get("stand") == "live"
    assert not restore_journal.staged_leftovers(StorePaths(root))


def test_no_store_but_a_set_aside_one_never_suggests_init(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root, out = tmp_path / "opslag", tmp_path / "b.otbak"
    _stored_backup(root, out)
    paths = StorePaths(root)
    aside = root / "vervangen" / "20260302-101500"
    aside.mkdir(parents=True)
    for path in (paths.database, paths.keyfile):
        os.replace(path, aside / path.name)  # what the old restore left after its third rename
    with pytest.raises(StoreNotFoundButReplaced) as info:
        open_store(root, PASSPHRASE)
    message = info.value.message("nl")
    assert str(aside) in message and "init" not in message
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run_cli(["doctor", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert done.returncode == 2 and str(aside) in done.stderr and "init" not in done.stderr
    # Nor does init put a new key next to it (the GUI's "new store" goes through create_store).
    with pytest.raises(StoreNotFoundButReplaced):
        create_store(root, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    refused = run_cli(
        ["init", "--store", str(root), "--no-keyring", "--passphrase-file", str(secret)], cli_env
    )
    assert refused.returncode == 2 and str(aside) in refused.stderr
    assert not StorePaths(root).keyfile.exists()
