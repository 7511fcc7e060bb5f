"""Review: an export, backup or report never replaces one of the store's own files."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import access
from storage.access import open_store
from storage.atomic import write_atomic
from storage.backup import making
from storage.cases.csv_io import export_csv
from storage.cases.service import CaseService
from storage.errors import ValidationError
from storage.keyslots import KeyFile
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli
from tests.storage.test_cases_service import example


# --- an export or backup aimed at a store's own file ------------------------------------------------
@pytest.mark.parametrize("name", ["keyfile", "database", "lockfile", "wal"])
def test_exports_never_replace_a_store_file(store, store_dir: Path, name: str) -> None:
    paths = StorePaths(store_dir)
    target = getattr(paths, name)
    CaseService(store).create(example())
    keyfile_before = paths.keyfile.read_bytes()  # (every commit moves the audit checkpoint in it)
    with pytest.raises(ValidationError):
        making.create_backup(store, target)
    with pytest.raises(ValidationError):
        export_csv(store, target)
    with pytest.raises(ValidationError):
        write_atomic(target, b"%PDF-1.4 a report")
    assert paths.keyfile.read_bytes() == keyfile_before
    store.close()
    with open_store(store_dir, PASSPHRASE) as again:
        assert CaseService(again).count() == 1


def test_key_file_itself_is_still_written(store, store_dir: Path) -> None:
    access.change_passphrase(store, PASSPHRASE, "een ander lang wachtwoord 42")
    store.close()
    open_store(store_dir, "een ander lang wachtwoord 42").close()


def test_cli_backup_onto_the_key_file_is_a_usage_error(cli_env, tmp_path: Path) -> None:
    root = tmp_path / "opslag"
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE + "\n")
    assert run_cli(["init", "--store", str(root), "--passphrase-file", str(secret)], cli_env).returncode == 0
    keyfile = StorePaths(root).keyfile
    before = keyfile.read_bytes()
    result = run_cli(
        ["backup", "--store", str(root), "--passphrase-file", str(secret), "--out", str(keyfile)], cli_env
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    # Still the same key file (opening the store moved only its audit checkpoint).
    assert KeyFile.load(keyfile).slots == KeyFile.from_bytes(before, keyfile).slots
    assert (
        run_cli(["doctor", "--store", str(root), "--passphrase-file", str(secret)], cli_env).returncode == 0
    )
