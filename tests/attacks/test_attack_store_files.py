"""Finding 7: files and links. Every store file is private (0600, the folder 0700), a folder others
can write to is refused, the lock and key files are never opened through a symbolic link, and a
store file's name is compared the way case-insensitive file systems compare it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from storage.access import create_store, open_store, rekey
from storage.atomic import write_atomic
from storage.errors import StoreFileIsLink, StoreFolderExposed, StoreFolderShared, ValidationError
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers.common import PASSPHRASE, run_cli

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and links")
VICTIM_TEXT = "belangrijk document van de gebruiker\n"


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)  # the common default: new files 0644, folders 0755
    yield
    os.umask(old)


def modes(root: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in root.iterdir()}


def make(store_dir: Path):
    return create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)[0]


@posix_only
def test_every_store_file_is_private_even_with_a_loose_umask(store_dir: Path, loose_umask) -> None:
    store = make(store_dir)
    store.settings.set("meeting_title", "iets")  # the WAL and shared-memory files exist now
    paths = store.paths
    found = modes(store_dir)
    for path in (paths.database, paths.wal, paths.shm, paths.keyfile, paths.lockfile):
        assert found[path.name] == 0o600, (path.name, oct(found[path.name]))
    assert stat.S_IMODE(store_dir.stat().st_mode) == 0o700
    # A re-key swaps in a new database file: private too.
    store, _code = rekey(store, PASSPHRASE, kdf_params=FAST_TEST_PARAMS)
    store.settings.set("meeting_title", "weer iets")
    assert {n: m for n, m in modes(store_dir).items() if n.startswith("overlegtafel")} == {
        n: 0o600 for n in modes(store_dir) if n.startswith("overlegtafel")
    }
    store.close()


@posix_only
def test_an_old_store_with_readable_files_is_made_private_at_open(store_dir: Path) -> None:
    make(store_dir).close()
    for path in store_dir.iterdir():
        os.chmod(path, 0o644)
    open_store(store_dir, PASSPHRASE).close()
    paths = StorePaths(store_dir)
    for path in paths.store_files():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@posix_only
def test_cli_creates_private_files_whatever_the_umask(
    tmp_path: Path, cli_env: dict[str, str], loose_umask
) -> None:
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    store = tmp_path / "opslag"
    made = run_cli(["init", "--store", str(store), "--passphrase-file", str(secret)], cli_env)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "export.csv"
    exported = run_cli(
        ["cases", "export", "--store", str(store), "--passphrase-file", str(secret), "--out", str(out)],
        cli_env,
    )
    assert exported.returncode == 0, exported.stderr
    found = {
        str(p.relative_to(store)): (p.is_dir(), stat.S_IMODE(p.stat().st_mode))
        for p in [store, *store.rglob("*")]
    }
    wrong = {n: oct(m) for n, (is_dir, m) in found.items() if m != (0o700 if is_dir else 0o600)}
    assert not wrong, wrong
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@posix_only
@pytest.mark.parametrize("mode", [0o777, 0o770, 0o707])
def test_a_folder_others_can_write_to_is_refused(store_dir: Path, mode: int) -> None:
    make(store_dir).close()
    os.chmod(store_dir, mode)
    with pytest.raises(StoreFolderShared) as info:
        open_store(store_dir, PASSPHRASE)
    assert "chmod 700" in info.value.message("nl")
    os.chmod(store_dir, 0o700)
    open_store(store_dir, PASSPHRASE).close()


@posix_only
def test_creating_a_store_in_a_shared_folder_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    os.chmod(shared, 0o777)
    with pytest.raises(StoreFolderShared):
        make(shared)
    assert not StorePaths(shared).exists()


@posix_only
def test_a_store_below_a_folder_everyone_can_write_to_is_refused(tmp_path: Path) -> None:
    public = tmp_path / "openbaar"
    public.mkdir()
    store_dir = public / "opslag"
    make(store_dir).close()
    os.chmod(public, 0o777)  # anyone may rename "opslag" away and put their own in its place
    with pytest.raises(StoreFolderExposed) as info:
        open_store(store_dir, PASSPHRASE)
    assert str(public) in info.value.message("nl")
    os.chmod(public, 0o1777)  # with the sticky bit (as /tmp) only the owner may rename it
    open_store(store_dir, PASSPHRASE).close()


@posix_only
def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(store_dir: Path, tmp_path: Path) -> None:
    make(store_dir).close()
    victim = tmp_path / "scriptie.txt"
    victim.write_text(VICTIM_TEXT)
    lock = StorePaths(store_dir).lockfile
    lock.unlink()
    lock.symlink_to(victim)
    with pytest.raises(StoreFileIsLink) as info:
        open_store(store_dir, PASSPHRASE)
    assert "overlegtafel.lock" in info.value.message("nl")
    assert victim.read_text() == VICTIM_TEXT


@posix_only
def test_a_planted_lock_symlink_does_not_truncate_at_creation(store_dir: Path, tmp_path: Path) -> None:
    victim = tmp_path / "scriptie.txt"
    victim.write_text(VICTIM_TEXT)
    store_dir.mkdir(mode=0o700)
    StorePaths(store_dir).lockfile.symlink_to(victim)
    with pytest.raises(StoreFileIsLink):
        make(store_dir)
    assert victim.read_text() == VICTIM_TEXT


@posix_only
def test_a_hard_linked_lock_file_is_refused(store_dir: Path, tmp_path: Path) -> None:
    make(store_dir).close()
    victim = store_dir.parent / "scriptie.txt"
    victim.write_text(VICTIM_TEXT)
    lock = StorePaths(store_dir).lockfile
    lock.unlink()
    os.link(victim, lock)
    with pytest.raises(StoreFileIsLink):
        open_store(store_dir, PASSPHRASE)
    assert victim.read_text() == VICTIM_TEXT


@posix_only
def test_a_symlinked_key_file_is_not_followed(store_dir: Path, tmp_path: Path) -> None:
    make(store_dir).close()
    keyfile = StorePaths(store_dir).keyfile
    elsewhere = tmp_path / "sleutels-elders.json"
    elsewhere.write_bytes(keyfile.read_bytes())
    keyfile.unlink()
    keyfile.symlink_to(elsewhere)
    with pytest.raises(StoreFileIsLink) as info:
        open_store(store_dir, PASSPHRASE)
    assert "overlegtafel.keys.json" in info.value.message("nl")


@pytest.mark.parametrize(
    "name",
    [
        "OVERLEGTAFEL.KEYS.JSON",
        "Overlegtafel.Db",
        "overlegtafel.db-WAL",
        "OverlegTafel.lock",
        "overlegtafel.keys.json.",
    ],
)
def test_store_file_names_are_compared_case_insensitively(store_dir: Path, name: str) -> None:
    make(store_dir).close()
    before = StorePaths(store_dir).keyfile.read_bytes()
    target = store_dir / name
    assert StorePaths.is_store_file(target)
    with pytest.raises(ValidationError):
        write_atomic(target, b"%PDF-1.7 export")
    assert StorePaths(store_dir).keyfile.read_bytes() == before


@posix_only
def test_a_path_that_is_the_same_file_as_a_store_file_is_refused(store_dir: Path, tmp_path: Path) -> None:
    make(store_dir).close()
    keyfile = StorePaths(store_dir).keyfile
    alias = store_dir / "rapport.pdf"
    os.link(keyfile, alias)  # what an 8.3 short name or a differently spelled name is on NTFS/APFS
    assert StorePaths.is_store_file(alias)
    with pytest.raises(ValidationError):
        write_atomic(alias, b"%PDF-1.7 export")


def test_cli_export_onto_the_key_file_in_other_case_is_refused(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    store = tmp_path / "opslag"
    assert run_cli(["init", "--store", str(store), "--passphrase-file", str(secret)], cli_env).returncode == 0
    out = store / "OVERLEGTAFEL.KEYS.JSON"
    refused = run_cli(
        ["cases", "export", "--store", str(store), "--passphrase-file", str(secret), "--out", str(out)],
        cli_env,
    )
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "bestand van de opslag zelf" in refused.stderr
    assert not out.exists()
