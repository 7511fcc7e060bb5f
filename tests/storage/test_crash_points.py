"""The kill campaign at exact points (see tests/helpers/crash_campaign.py): every operation that
changes the store is killed on entry to a chosen ``rename``/``fsync``/``pwrite64`` call, and the
store must then open as the old or the new state, checked by content, never "no store here".

CI kills at an even spread of points per operation (a few minutes); ``make torture`` kills at every
point (``OVERLEGTAFEL_TORTURE=1``). Needs strace and ptrace: where they are missing the tests say so
in the output (skip with the reason); CI has both.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storage import access, connection, keyslots, migrations, restore_journal
from storage.access import NEEDS_NEW_RECOVERY_CODE, create_store, open_store, recover_store
from storage.backup import archive, making
from storage.cases.service import CaseService
from storage.errors import WrongPassphrase
from storage.kdf import FAST_TEST_PARAMS
from storage.keyslots import KeyFile
from storage.paths import StorePaths
from tests.helpers import crash_points
from tests.helpers import purge as purge_support
from tests.helpers.common import PASSPHRASE, REPO
from tests.helpers.crash_campaign import TORTURE, Scenario, run_scenario

pytestmark = [
    pytest.mark.slow,
    pytest.mark.killpoints,
    pytest.mark.skipif(
        crash_points.unavailable() is not None, reason=f"NOT RUN: {crash_points.unavailable()}"
    ),
]
MARKER = "campagne"


def _store(folder: Path) -> Path:
    return folder / "opslag"


def _common(folder: Path) -> list[str]:
    return ["--store", str(_store(folder)), "--passphrase-file", str(folder / "wachtwoord.txt")]


def _new_store(folder: Path, marker: str):
    (folder / "wachtwoord.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    store, code = create_store(_store(folder), PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    (folder / "herstelcode.txt").write_text(code + "\n", encoding="utf-8")
    store.on_close = None
    store.settings.set(MARKER, marker)
    return store


def _checked_marker(root: Path, passphrase: str = PASSPHRASE) -> str:
    """Open the store, run every check, return its marker."""
    with open_store(root, passphrase) as store:
        store.on_close = None
        assert store.integrity_check() == [], "integrity_check"
        assert store.cipher_integrity_check() == [], "page HMACs"
        assert store.verify_audit().ok, "audit chain"
        marker = str(store.settings.get(MARKER))
    assert not StorePaths(root).quarantine.exists(), "a kill must never be taken for damage"
    return marker


def _env(folder: Path) -> dict[str, str]:
    return crash_points.subprocess_env(REPO, folder / "keyring.json")


def _campaign(scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_scenario(scenario, tmp_path / scenario.name, _env(tmp_path))
    with capsys.disabled():
        print("\nkill campaign: " + report.line())
    assert not report.failures, "\n".join(report.failures)
    assert sum(report.kills.values()) >= min(3, sum(report.calls.values()))


# --- restore ----------------------------------------------------------------------------------------
def _prepare_restore(folder: Path) -> None:
    store = _new_store(folder, "back-up")
    making.create_backup(store, folder / "terug.otbak")
    store.settings.set(MARKER, "live")
    store.close()


def _check_restore(folder: Path, _run: crash_points.Run) -> str:
    root = _store(folder)
    marker = _checked_marker(root)
    paths = StorePaths(root)
    assert not paths.restore_journal.exists() and not restore_journal.staged_leftovers(paths)
    aside = restore_journal.replaced_folders(paths)
    if marker == "live":
        assert not aside, "the old store is live, yet something was set aside"
        return "old"
    assert marker == "back-up", marker
    # Nothing is lost: the replaced store opens from its set-aside folder.
    assert len(aside) == 1, aside
    probe = folder / "vervangen-proef"
    shutil.copytree(aside[0], probe)
    assert _checked_marker(probe) == "live"
    return "new"


RESTORE = Scenario(
    "restore",
    ("rename", "fsync"),
    _prepare_restore,
    lambda f: crash_points.cli_argv("restore", str(f / "terug.otbak"), *_common(f)),
    _check_restore,
    ci_points=4,
)


# --- backup --out -----------------------------------------------------------------------------------
def _prepare_backup(folder: Path) -> None:
    store = _new_store(folder, "bewaard")
    store.close()
    (folder / "usb").mkdir()


def _check_backup(folder: Path, _run: crash_points.Run) -> str:
    assert _checked_marker(_store(folder)) == "bewaard"  # this open also cleans the temp files
    files = sorted(p.name for p in (folder / "usb").iterdir())
    assert files in ([], ["kopie.otbak"]), f"left behind: {files}"
    if not files:
        return "old"
    archive.verify_backup(folder / "usb" / "kopie.otbak")
    return "new"


BACKUP = Scenario(
    "backup --out",
    ("rename", "fsync", "pwrite64"),
    _prepare_backup,
    lambda f: crash_points.cli_argv("backup", "--out", str(f / "usb" / "kopie.otbak"), *_common(f)),
    _check_backup,
    ci_points=3,
)


# --- passwd -----------------------------------------------------------------------------------------
NEW_PASSPHRASE = "een heel ander wachtwoord voor de kill-campagne"


def _prepare_passwd(folder: Path) -> None:
    _new_store(folder, "wachtwoord").close()
    (folder / "nieuw.txt").write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")


def _recovery_opens(folder: Path, code: str, marker: str) -> None:
    """The recovery code still opens the store: tried on a copy (recovering enrols a new passphrase)."""
    probe = folder / f"herstel-proef-{len(list(folder.glob('herstel-proef-*')))}"
    shutil.copytree(_store(folder), probe)
    store = recover_store(probe, code, "nog een wachtwoord voor de herstelproef", use_keyring=False)
    with store:
        store.on_close = None
        assert store.settings.get(MARKER) == marker
    shutil.rmtree(probe)


def _check_passwd(folder: Path, _run: crash_points.Run) -> str:
    try:
        _checked_marker(_store(folder))
        found = "old"
    except WrongPassphrase:
        assert _checked_marker(_store(folder), NEW_PASSPHRASE) == "wachtwoord"
        found = "new"
    _recovery_opens(folder, (folder / "herstelcode.txt").read_text().strip(), "wachtwoord")
    return found


PASSWD = Scenario(
    "passwd",
    ("rename", "fsync"),
    _prepare_passwd,
    lambda f: crash_points.cli_argv("passwd", "--new-passphrase-file", str(f / "nieuw.txt"), *_common(f)),
    _check_passwd,
    ci_points=3,
)


# --- rekey ------------------------------------------------------------------------------------------
def _prepare_rekey(folder: Path) -> None:
    store = _new_store(folder, "sleutel")
    (folder / "sleutel-id.txt").write_text(keyslots.key_id(store.key), encoding="utf-8")
    store.close()


def _printed_code(stdout: str) -> str | None:
    lines = stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("HERSTELCODE") and i + 2 < len(lines) and lines[i + 2].strip():
            return lines[i + 2].strip()
    return None


def _check_rekey(folder: Path, run: crash_points.Run) -> str:
    root = _store(folder)
    assert _checked_marker(root) == "sleutel"
    with open_store(root, PASSPHRASE) as store:
        store.on_close = None
        key_id = keyslots.key_id(store.key)
        notices = list(store.keyfile.notices)
    if key_id == (folder / "sleutel-id.txt").read_text(encoding="utf-8"):
        _recovery_opens(folder, (folder / "herstelcode.txt").read_text().strip(), "sleutel")
        return "old"
    printed = _printed_code(run.stdout)
    if printed is not None:
        _recovery_opens(folder, printed, "sleutel")
        return "new"
    # New key, its code never shown: the store must ask for a new recovery code, not stay silent.
    assert NEEDS_NEW_RECOVERY_CODE in notices, "new key, recovery code never shown, and no notice"
    return "new (asks for a new recovery code)"


REKEY = Scenario(
    "rekey",
    ("rename", "fsync", "pwrite64"),
    _prepare_rekey,
    lambda f: crash_points.cli_argv("rekey", *_common(f)),
    _check_rekey,
    ci_points=3,
    # Every rename in CI (each run is slow under strace: thousands of calls); the fsyncs of the
    # critical window have their own test below; all fsyncs and pwrite64s under torture.
    ci_syscalls=("rename",),
)


# --- purge ------------------------------------------------------------------------------------------
def _prepare_purge(folder: Path) -> None:
    (folder / "wachtwoord.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    store, clock = purge_support.make_store(_store(folder))
    purge_support.build(store, clock)
    store.settings.set(MARKER, "verwijderen")
    store.close()


def _check_purge(folder: Path, _run: crash_points.Run) -> str:
    assert _checked_marker(_store(folder)) == "verwijderen"
    with open_store(_store(folder), PASSPHRASE) as store:
        store.on_close = None
        present = {w for w in purge_support.markers() if purge_support.cells_containing(store, w)}
        control = purge_support.cells_containing(store, purge_support.CONTROL)
        tombstone = store.db.execute(
            "SELECT count(*) FROM cases WHERE reference = ?", (purge_support.PURGED,)
        ).fetchone()[0]
    assert control, "the other case must stay whole"
    assert tombstone == 1, "the case (or its tombstone) must be there"
    if present == set(purge_support.markers()):
        return "old"
    assert not present, f"half purged: {sorted(present)} left"
    return "new"


PURGE = Scenario(
    "purge",
    ("rename", "fsync", "pwrite64"),
    _prepare_purge,
    lambda f: crash_points.cli_argv(
        "retention", "purge", "--case", purge_support.PURGED, "--confirm", *_common(f)
    ),
    _check_purge,
    ci_points=3,
    # The pwrite64s are SQLite writing pages, as in backup, import and migration: torture only.
    ci_syscalls=("rename", "fsync"),
)


# --- case import: several tables and the search index in one transaction ---------------------------
IMPORTED = 6
CSV_HEADER = "Referentie;Status;1F-grond;Land of conflict;Samenvatting;Vraag aan het OM;Spoed\n"


def _prepare_import(folder: Path) -> None:
    _new_store(folder, "import").close()
    rows = [
        f"IND-2026-{300 + i};Nieuw;a;Liberia;Zoekwoord campagnewoord{i} in de samenvatting.;"
        "Ziet het OM aanleiding?;nee\n"
        for i in range(IMPORTED)
    ]
    (folder / "casussen.csv").write_text(CSV_HEADER + "".join(rows), encoding="utf-8")


def _check_import(folder: Path, _run: crash_points.Run) -> str:
    assert _checked_marker(_store(folder)) == "import"
    with open_store(_store(folder), PASSPHRASE) as store:
        store.on_close = None
        store.db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        count = int(store.db.execute("SELECT count(*) FROM cases").fetchone()[0])
        found = [CaseService(store).search_ids(f"campagnewoord{i}") for i in range(IMPORTED)]
        audited = store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'case.import'").fetchone()
    if count == 0:
        assert found == [[]] * IMPORTED and audited[0] == 0
        return "old"
    assert count == IMPORTED and all(len(ids) == 1 for ids in found) and audited[0] == 1
    return "new"


IMPORT = Scenario(
    "cases import",
    ("pwrite64", "fsync"),
    _prepare_import,
    lambda f: crash_points.cli_argv("cases", "import", str(f / "casussen.csv"), *_common(f)),
    _check_import,
    ci_points=4,
)


# --- migration: the real steps, from schema version 1 -------------------------------------------
def _prepare_migration(folder: Path) -> None:
    real = migrations.STEPS
    try:
        migrations.STEPS = real[:1]
        migrations.LATEST = 1
        _new_store(folder, "versie 1").close()
    finally:
        migrations.STEPS = real
        migrations.LATEST = len(real)


def _check_migration(folder: Path, _run: crash_points.Run) -> str:
    paths = StorePaths(_store(folder))
    key = access.unwrap_keys(KeyFile.load(paths.keyfile), passphrase=PASSPHRASE)[0]
    conn = connection.raw_connect(paths.database, key)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        conn.close()
    assert _checked_marker(_store(folder)) == "versie 1"  # and this open finishes the migration
    with open_store(_store(folder), PASSPHRASE) as store:
        store.on_close = None
        assert store.schema_version == migrations.LATEST
    return {1: "old", migrations.LATEST: "new"}.get(version, f"step {version} committed")


MIGRATION = Scenario(
    "migration",
    ("pwrite64", "fsync", "rename"),
    _prepare_migration,
    lambda f: crash_points.cli_argv("doctor", *_common(f)),
    _check_migration,
    ci_points=4,
)


# --- start-up after a crash: WAL frames to replay, a stale lock --------------------------------------
def _prepare_startup(folder: Path) -> None:
    _new_store(folder, "voor de crash").close()
    code = (
        "import os, sys\n"
        "from storage.access import open_store\n"
        "s = open_store(sys.argv[1], sys.argv[2])\n"
        f"s.settings.set({MARKER!r}, 'na de crash')\n"
        "os._exit(0)\n"  # no close, no checkpoint: the change is only in the WAL
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(_store(folder)), PASSPHRASE], env=_env(folder), cwd=REPO
    )
    assert done.returncode == 0
    assert StorePaths(_store(folder)).wal.stat().st_size > 0


def _check_startup(folder: Path, _run: crash_points.Run) -> str:
    assert _checked_marker(_store(folder)) == "na de crash", "a committed change was lost"
    return "new"


STARTUP = Scenario(
    "start-up after a crash",
    ("pwrite64", "fsync", "rename"),
    _prepare_startup,
    lambda f: crash_points.cli_argv("cases", "list", *_common(f)),
    _check_startup,
    ci_points=3,
)


@pytest.mark.parametrize(
    "scenario",
    [RESTORE, BACKUP, PASSWD, REKEY, PURGE, IMPORT, MIGRATION, STARTUP],
    ids=lambda s: s.name.split()[0],
)
def test_killed_at_exact_points_the_store_opens_as_old_or_new(
    scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _campaign(scenario, tmp_path, capsys)


def _fsyncs_between_swap_and_code(folder: Path) -> list[int]:
    """The fsync calls after the re-key's last key-file rename and before the code reaches stdout.

    A rename that no fsync follows is the audit checkpoint moving on after a commit (its folder is
    not synced: ``KeyFile.save(lasting=False)``); the window then runs from the rename before it."""
    work = crash_points.copy_tree(folder / "pristine", folder / "landmarks")
    trace = crash_points.trace(REKEY.argv(work), _env(folder), "rename,fsync,write", cwd=work)
    fsyncs, points, before = 0, None, None
    for line in trace:
        if line.startswith("fsync("):
            fsyncs += 1
            if points is not None:
                points.append(fsyncs)
        elif line.startswith("rename(") and 'overlegtafel.keys.json"' in line.split(", ")[-1]:
            before, points = points, []
        elif line.startswith("write(1,") and "HERSTELCODE" in line:
            return (points or before) or []
    raise AssertionError("the re-key printed no recovery code")


def test_rekey_killed_before_the_new_code_is_shown_asks_for_a_new_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Between the key swap and the printed code the old code is dead and the new one unseen: every
    kill there must leave the store asking for a new recovery code (it once said nothing)."""
    (tmp_path / "pristine").mkdir()
    _prepare_rekey(tmp_path / "pristine")
    points = _fsyncs_between_swap_and_code(tmp_path)
    assert points, "no fsync between the swap and the code"
    # CI: first, middle and last of the window; make torture: each of them.
    points = [points[i - 1] for i in crash_points.spread(len(points), None if TORTURE else 3)]
    for n in points:
        work = crash_points.copy_tree(tmp_path / "pristine", tmp_path / f"fsync-{n}")
        run = crash_points.run(REKEY.argv(work), _env(tmp_path), "fsync", kill_at=n, cwd=work)
        assert run.hit, f"fsync#{n} not hit"
        assert _check_rekey(work, run) == "new (asks for a new recovery code)", n
    with capsys.disabled():
        print(f"\nrekey killed between swap and code: fsync {points}: each asks for a new recovery code")
