"""Backups: one encrypted file; restore into a fresh store gives the same content, table by table;
the file holds no plaintext; it opens with the passphrase here or the recovery code anywhere; an
open store is never replaced; a replaced store is kept aside; automatic backups at close with
rotation; the CLI commands."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from storage.access import create_store, open_store
from storage.backup import archive, catalogue, making, pointer, preferences, restoring
from storage.errors import (
    BackupInvalid,
    KeyringEntryMissing,
    RestoreOtherStore,
    StoreAlreadyOpen,
    StoreTooNew,
)
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from storage.sqlite_driver import SQLITE_HEADER
from tests.helpers.common import PASSPHRASE, run_cli

MARKER = "ZEBRAMARKER-7731-geheim"
NEW_PASSPHRASE = "een heel ander wachtwoord voor de nieuwe laptop"


def snapshot(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir()) if p.is_file()}


def table_rows(db) -> dict[str, list[tuple]]:
    tables = [
        (str(r[0]), int(r[1]), bool(r[2]))
        for r in db.execute(
            "SELECT name, ncol, wr FROM pragma_table_list WHERE schema = 'main' "
            "AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    out = {}
    for name, ncol, without_rowid in tables:
        order = ", ".join(str(i) for i in range(1, ncol + 1)) if without_rowid else "rowid"
        out[name] = [tuple(r) for r in db.execute(f'SELECT * FROM "{name}" ORDER BY {order}')]
    return out


def long_texts(rows: dict[str, list[tuple]]) -> set[str]:
    """Text values worth looking for in the raw backup bytes (content, not structure)."""
    found = set()
    for table, values in rows.items():
        if table in ("audit_log", "meta", "counters"):
            continue
        for row in values:
            for value in row:
                if isinstance(value, str) and len(value) >= 16 and not value.startswith(("{", "[")):
                    found.add(value)
    return found


def fill(store) -> None:
    store.settings.set("meeting_title", MARKER)
    store.settings.set("actor_name", "Secretaris Test")
    from storage import demo

    demo.populate(store, cases=6)  # every feature's tables, with fictitious content


@pytest.fixture
def full_store(store_dir: Path):
    store, code = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    fill(store)
    yield store, code
    if store.is_open:
        store.close()


def test_restore_into_fresh_store_gives_same_content_and_file_has_no_plaintext(
    full_store, tmp_path: Path
) -> None:
    store, _code = full_store
    before = table_rows(store.db)
    version = store.schema_version
    out = tmp_path / "kopie" / "overleg.otbak"
    info = making.create_backup(store, out)
    store.close()
    assert info.path == out and info.schema_version == version
    assert sorted(p.name for p in out.parent.iterdir()) == ["overleg.otbak"]  # no temp files left
    data = out.read_bytes()
    assert MARKER.encode() not in data
    assert MARKER.encode("utf-16-le") not in data
    assert SQLITE_HEADER not in data
    texts = long_texts(before)
    assert len(texts) >= 5, "the demo content should give texts to look for"
    leaked = [t for t in texts if t.encode("utf-8") in data]
    assert not leaked
    assert archive.verify_backup(out).store_id == info.store_id

    result = restoring.restore_backup(out, tmp_path / "nieuw", passphrase=PASSPHRASE)
    with result.store as restored:
        assert result.replaced is None
        assert restored.integrity_check() == [] and restored.cipher_integrity_check() == []
        assert restored.verify_audit().ok
        assert restored.schema_version == version
        after = table_rows(restored.db)
        assert sorted(after) == sorted(before)
        compared = 0
        for table, rows in before.items():
            if table == "audit_log":
                assert after[table][: len(rows)] == rows
                assert [r[3] for r in after[table][len(rows) :]] == ["store.unlock", "store.restore"]
            elif table == "meta":
                assert [r for r in after[table] if r[0] != "audit_head"] == [
                    r for r in rows if r[0] != "audit_head"
                ]
            else:
                assert after[table] == rows, table
            compared += 1
        assert compared == len(before) >= 10
        assert restored.settings.get("meeting_title") == MARKER


def test_restore_on_a_new_laptop_with_the_recovery_code(full_store, tmp_path: Path, memory_keyring) -> None:
    store, code = full_store
    out = making.create_backup(store, tmp_path / "b.otbak").path
    store.close()
    memory_keyring.entries.clear()  # another computer: no device secret in its keyring
    target = tmp_path / "nieuwe-laptop"
    with pytest.raises(KeyringEntryMissing):
        restoring.restore_backup(out, target, passphrase=PASSPHRASE)
    assert not StorePaths(target).exists()
    result = restoring.restore_backup(out, target, recovery_code=code, new_passphrase=NEW_PASSPHRASE)
    with result.store as restored:
        assert restored.settings.get("meeting_title") == MARKER
        actions = [e.action for e in restored.audit.entries(limit=3)]
        assert actions[0] == "store.restore" and "store.recover" in actions
    with open_store(target, NEW_PASSPHRASE) as again:
        assert again.settings.get("meeting_title") == MARKER
        assert again.keyfile.device_mode == "keyring"


def test_an_open_store_is_never_replaced(full_store, tmp_path: Path) -> None:
    store, _code = full_store
    out = making.create_backup(store, tmp_path / "b.otbak").path
    files = {n: h for n, h in snapshot(store.paths.root).items() if n != "overlegtafel.lock"}
    with pytest.raises(StoreAlreadyOpen) as info:
        restoring.restore_backup(out, store.paths.root, passphrase=PASSPHRASE)
    assert "al geopend" in info.value.message("nl")
    now = {n: h for n, h in snapshot(store.paths.root).items() if n != "overlegtafel.lock"}
    assert now["overlegtafel.db"] == files["overlegtafel.db"]
    assert now["overlegtafel.keys.json"] == files["overlegtafel.keys.json"]
    assert store.settings.get("meeting_title") == MARKER


def test_restore_replaces_a_closed_store_and_keeps_the_old_one_aside(full_store, tmp_path: Path) -> None:
    store, _code = full_store
    out = making.create_backup(store, tmp_path / "b.otbak").path
    store.settings.set("meeting_title", "later gewijzigd")
    root = store.paths.root
    store.close()
    result = restoring.restore_backup(out, root, passphrase=PASSPHRASE)
    with result.store as restored:
        assert restored.settings.get("meeting_title") == MARKER
    assert result.replaced is not None and result.replaced.parent == root / "vervangen"
    assert sorted(p.name for p in result.replaced.iterdir()) == ["overlegtafel.db", "overlegtafel.keys.json"]
    # The replaced store is complete: it still opens, with the later change.
    copy = tmp_path / "oude-kopie"
    copy.mkdir()
    for path in result.replaced.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    with open_store(copy, PASSPHRASE) as old:
        assert old.settings.get("meeting_title") == "later gewijzigd"


@pytest.mark.parametrize("damage", ["flip", "truncate", "not-a-backup"])
def test_damaged_backup_is_refused_and_nothing_changes(full_store, tmp_path: Path, damage: str) -> None:
    store, _code = full_store
    out = making.create_backup(store, tmp_path / "b.otbak").path
    root = store.paths.root
    store.close()
    before = snapshot(root)
    data = bytearray(out.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 4096]
    else:
        data[:8] = b"NOTABACK"
    out.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid) as info:
        restoring.restore_backup(out, root, passphrase=PASSPHRASE)
    assert "geen bruikbare back-up" in info.value.message("nl")
    assert snapshot(root) == before
    with pytest.raises(BackupInvalid):
        restoring.restore_backup(out, tmp_path / "nieuw", passphrase=PASSPHRASE)
    assert not (tmp_path / "nieuw").exists()


def test_backup_of_another_store_does_not_replace_without_asking(full_store, tmp_path: Path) -> None:
    store, _code = full_store
    store.close()
    other, _ = create_store(tmp_path / "ander", PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    out = making.create_backup(other, tmp_path / "ander.otbak").path
    other.close()
    before = snapshot(store.paths.root)
    with pytest.raises(RestoreOtherStore):
        restoring.restore_backup(out, store.paths.root, passphrase=PASSPHRASE)
    assert snapshot(store.paths.root) == before
    result = restoring.restore_backup(out, store.paths.root, passphrase=PASSPHRASE, replace_other=True)
    with result.store as restored:
        assert restored.store_id == other.store_id
    assert result.replaced is not None


def test_backup_from_a_newer_version_is_refused_untouched(store, tmp_path: Path) -> None:
    store.db.execute("PRAGMA user_version = 999")
    out = making.create_backup(store, tmp_path / "nieuw.otbak").path
    store.db.execute("PRAGMA user_version = 3")
    with pytest.raises(StoreTooNew) as info:
        restoring.restore_backup(out, tmp_path / "doel", passphrase=PASSPHRASE)
    assert "nieuwere versie" in info.value.message("nl")
    assert not (tmp_path / "doel").exists()


# --- automatic backups at close -------------------------------------------------------------------
class StepClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_automatic_backup_at_close_only_after_changes(store_dir: Path) -> None:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    store.close()
    assert store.on_close.result.made is not None  # a new store gets its first backup
    folder = pointer.default_folder(StorePaths(store_dir))
    assert len(catalogue.list_backups(folder)) == 1
    with open_store(store_dir, PASSPHRASE) as again:
        pass  # looked, changed nothing
    assert again.on_close.result.skipped == "unchanged"
    with open_store(store_dir, PASSPHRASE) as again:
        again.settings.set("meeting_title", "gewijzigd")
        status = preferences.status(again)
        assert status.count == 1 and status.is_default_folder and status.automatic
    assert again.on_close.result.made is not None
    backups = catalogue.list_backups(folder)
    assert len(backups) == 2  # the newest five are always kept
    with open_store(store_dir, PASSPHRASE) as again:
        assert [e.action for e in again.audit.entries()].count("backup.create") == 2


def test_no_automatic_backup_when_quick_check_fails(store_dir: Path, monkeypatch) -> None:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    monkeypatch.setattr(store, "integrity_check", lambda quick=False: ["*** in database main *** Page 7"])
    store.close()
    assert store.on_close.result.skipped == "quick_check"
    assert not catalogue.list_backups(pointer.default_folder(StorePaths(store_dir)))
    with open_store(store_dir, PASSPHRASE) as again:
        assert "snelle controle" in preferences.status(again).last_error
        failed = [e for e in again.audit.entries() if e.action == "backup.create"]
        assert failed and failed[-1].result == "failed"


def test_rotation_keeps_five_newest_seven_daily_and_four_weekly(store_dir: Path) -> None:
    clock = StepClock(datetime(2026, 1, 5, 9, 0).astimezone())  # a Monday
    store, _ = create_store(
        store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS, clock=clock
    )
    store.close()
    made = []
    for day in range(40):
        for hour in (10, 16):
            clock.now = (datetime(2026, 1, 5, hour, 0) + timedelta(days=day)).astimezone()
            with open_store(store_dir, PASSPHRASE, clock=clock) as s:
                s.settings.set("teller", f"{day}-{hour}")
            made.append(s.on_close.result.made)
    kept = catalogue.list_backups(pointer.default_folder(StorePaths(store_dir)))
    kept_names = {b.path.name for b in kept}
    newest_first = sorted(made, key=lambda b: b.created, reverse=True)
    assert {b.path.name for b in newest_first[:5]} <= kept_names
    days = sorted({b.created_at.date() for b in made}, reverse=True)
    newest_per_day = {
        d: max((b for b in made if b.created_at.date() == d), key=lambda b: b.created) for d in days
    }
    for d in days[:7]:
        assert newest_per_day[d].path.name in kept_names
    weeks = sorted({tuple(d.isocalendar())[:2] for d in days}, reverse=True)[:4]
    for week in weeks:
        assert any(tuple(b.created_at.isocalendar())[:2] == week for b in kept)
    oldest_week = min(weeks)
    assert all(tuple(b.created_at.isocalendar())[:2] >= oldest_week for b in kept)
    older = [b for b in kept if b.path.name not in {x.path.name for x in newest_first[:5]}]
    assert len({b.created_at.date() for b in older}) == len(older)  # beyond the newest five: one a day
    assert len(kept) <= 5 + 7 + 4
    assert len(kept) < len(made)


def test_chosen_backup_folder_is_used_and_remembered(store_dir: Path, tmp_path: Path) -> None:
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    chosen = preferences.set_backup_folder(store, tmp_path / "usb-stick" / "overleg")
    store.close()
    assert [b.path.parent for b in catalogue.list_backups(chosen)] == [chosen]
    assert not catalogue.list_backups(pointer.default_folder(StorePaths(store_dir)))
    assert catalogue.newest_good_backup(StorePaths(store_dir), store.store_id).parent == chosen
    with open_store(store_dir, PASSPHRASE) as again:
        status = preferences.status(again)
        assert status.folder == chosen and not status.is_default_folder
        assert status.last is not None and status.last.path.parent == chosen


# --- CLI ------------------------------------------------------------------------------------------
def test_cli_backup_and_restore(cli_env: dict[str, str], tmp_path: Path) -> None:
    root = tmp_path / "cli-opslag"
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run_cli(["init", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "handmatig.otbak"
    done = run_cli(
        ["backup", "--store", str(root), "--passphrase-file", str(secret), "--out", str(out)], cli_env
    )
    assert done.returncode == 0, done.stderr
    assert "Versleutelde back-up geschreven" in done.stdout and out.exists()
    done = run_cli(
        ["backup", "--store", str(root), "--passphrase-file", str(secret), "--list", "--json"], cli_env
    )
    assert done.returncode == 0, done.stderr
    assert '"created"' in done.stdout  # the backup made at init's close
    target = tmp_path / "terug"
    done = run_cli(["restore", str(out), "--store", str(target), "--passphrase-file", str(secret)], cli_env)
    assert done.returncode == 0, done.stderr
    assert "teruggezet" in done.stdout
    done = run_cli(["doctor", "--store", str(target), "--passphrase-file", str(secret)], cli_env)
    assert done.returncode == 0, done.stdout + done.stderr
    done = run_cli(["restore", str(out), "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert done.returncode == 0, done.stderr
    assert "apart" in done.stdout  # the replaced store is kept aside
    (tmp_path / "kapot.otbak").write_bytes(b"OTBACKUP" + b"\0" * 100)
    done = run_cli(
        [
            "restore",
            str(tmp_path / "kapot.otbak"),
            "--store",
            str(tmp_path / "x"),
            "--passphrase-file",
            str(secret),
        ],
        cli_env,
    )
    assert done.returncode != 0 and "geen bruikbare back-up" in done.stderr
