"""kill -9 at random moments: while minutes are typed and saved (at least 50 kills), while the store
is opening, and during a migration. Afterwards the store always opens, integrity_check is ok, every
transaction is all there or not at all, and at most the last second of typing is lost.

The writer (tests/support/crash_writer.py) reports each commit on a side channel (an fsynced file
with save counts, lengths and hash prefixes, never the text). The figures are printed at the end.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storage import migrations
from storage.access import create_store, open_store
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.conftest import PASSPHRASE, REPO
from tests.support import crash_writer
from tests.support.crash_writer import WRITERS, sha, text_of

TYPING_KILLS = 50
OPENING_KILLS = 8
MIGRATION_KILLS = 12
MAX_LOST_MS = 1000
SEED = int(os.environ.get("OVERLEGTAFEL_CRASH_SEED", "20260302"))


@dataclass
class Figures:
    kills_typing: int = 0
    kills_opening: int = 0
    kills_migration: int = 0
    opens_ok: int = 0
    saves: int = 0
    lost_ms: list[float] = field(default_factory=list)
    in_flight_committed: int = 0
    migration_versions: dict[int, int] = field(default_factory=dict)


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    return e


FIELDS = {"start": 2, "save": 5, "mstart": 1, "mdone": 1, "opened": 1, "closed": 1}


def side_channel(path: Path) -> list[list[str]]:
    """Complete lines of the side channel (each is one write() of a whole line)."""
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return []
    lines = [line.split() for line in text.splitlines()]
    return [x for x in lines if x and FIELDS.get(x[0]) == len(x)]


def wait_for(path: Path, word: str, proc: subprocess.Popen, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(line and line[0] == word for line in side_channel(path)):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    return False


def kill(proc: subprocess.Popen) -> int:
    at = time.time_ns()
    proc.kill()  # SIGKILL: no cleanup of any kind
    proc.wait()
    return at


def check_typing_store(store_dir: Path, writer_name: str) -> crash_writer.Saved:
    """Opens, passes every check, and the writer's text is whole; returns what was there."""
    with open_store(store_dir, PASSPHRASE) as store:
        store.backup_on_close = False
        assert store.integrity_check() == []
        assert store.cipher_integrity_check() == []
        assert store.verify_audit().ok
        writer = WRITERS[writer_name]()
        writer.setup(store)
        saved = writer.load(store)
    # All or nothing: the text, its checksum row and its audit entries come from one transaction.
    assert len(saved.text) == saved.length
    assert sha(saved.text) == saved.sha
    assert saved.text == text_of(saved.length)
    assert saved.audit_saves == saved.saves
    assert not StorePaths(store_dir).quarantine.exists(), "a crash must never be taken for damage"
    return saved


def test_kill_9_while_typing_opening_and_migrating(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(SEED)
    writer_name = crash_writer.default_writer()
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    figures = Figures()
    started = time.monotonic()

    # --- typing ------------------------------------------------------------------------------
    store_dir = tmp_path / "opslag"
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.close()
    reported_saves = 0
    runs = 0
    while figures.kills_typing < TYPING_KILLS:
        runs += 1
        assert runs < TYPING_KILLS + OPENING_KILLS + 30, "the writer keeps failing to start"
        channel = tmp_path / f"kanaal-{runs}.txt"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.crash_writer",
                "type",
                str(store_dir),
                str(secret),
                str(channel),
                "--writer",
                writer_name,
                "--seed",
                str(runs),
            ],
            env=env(),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        opening = figures.kills_opening < OPENING_KILLS and runs % 7 == 3
        if opening:
            time.sleep(rng.uniform(0.2, 0.6))  # somewhere in start-up, unlock or the first saves
            typing_started = wait_for(channel, "start", proc, timeout=0)
        else:
            typing_started = wait_for(channel, "start", proc)
            if not typing_started:
                proc.kill()
                _out, err = proc.communicate()
                pytest.fail(f"writer did not start: {err.decode(errors='replace')[-2000:]}")
            time.sleep(rng.uniform(0.0, 1.2))
        killed_at = kill(proc)
        lines = side_channel(channel)
        start_ns = next((int(x[1]) for x in lines if x[0] == "start"), None)
        saves = [x for x in lines if x[0] == "save"]
        if saves:
            reported_saves = int(saves[-1][1])

        saved = check_typing_store(store_dir, writer_name)
        figures.opens_ok += 1
        # Durable: every save reported as committed is there; at most the one in flight is extra.
        assert reported_saves <= saved.saves <= reported_saves + 1
        if saved.saves == reported_saves + 1:
            figures.in_flight_committed += 1
        reported_saves = saved.saves
        if typing_started and start_ns is not None:
            since = max(saved.saved_ns, start_ns)
            lost = (killed_at - since) / 1e6
            figures.lost_ms.append(lost)
            assert lost <= MAX_LOST_MS, f"{lost:.0f} ms of typing lost"
        if opening and not saves:
            figures.kills_opening += 1
        else:
            figures.kills_typing += 1
    figures.saves = reported_saves

    # --- migration ---------------------------------------------------------------------------
    pristine = tmp_path / "versie-1"
    real_steps = migrations.STEPS
    reference = tables_per_version(tmp_path / "referentie")
    try:
        migrations.STEPS = real_steps[:1]
        migrations.LATEST = 1
        old, _ = create_store(pristine, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
        old.settings.set("meeting_title", "opslag van een oudere versie")
        old.backup_on_close = False
        old.close()
    finally:
        migrations.STEPS = real_steps
        migrations.LATEST = len(real_steps)
    for run in range(MIGRATION_KILLS):
        work = tmp_path / f"migratie-{run}"
        shutil.copytree(pristine, work)
        channel = tmp_path / f"mkanaal-{run}.txt"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.crash_writer",
                "migrate",
                str(work),
                str(secret),
                str(channel),
            ],
            env=env(),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if run % 4 == 0:
            time.sleep(rng.uniform(0.1, 0.5))  # during start-up, unlock or the real steps
        else:
            if not wait_for(channel, "mstart", proc):
                proc.kill()
                _out, err = proc.communicate()
                pytest.fail(f"migration did not start: {err.decode(errors='replace')[-2000:]}")
            time.sleep(rng.uniform(0.0, 1.6))  # mostly inside the slow step, sometimes after it
        kill(proc)
        figures.kills_migration += 1
        version = check_migrated_store(work, reference)
        figures.opens_ok += 1
        figures.migration_versions[version] = figures.migration_versions.get(version, 0) + 1

    elapsed = time.monotonic() - started
    with capsys.disabled():
        lost = figures.lost_ms
        print(
            f"\nkill -9 figures ({writer_name} writer, seed {SEED}): "
            f"kills {figures.kills_typing + figures.kills_opening + figures.kills_migration} "
            f"(typing {figures.kills_typing}, opening {figures.kills_opening}, migration {figures.kills_migration}); "
            f"opens ok {figures.opens_ok}; saves committed {figures.saves}; "
            f"in-flight save found committed {figures.in_flight_committed}; "
            f"typing lost max {max(lost):.0f} ms, mean {sum(lost) / len(lost):.0f} ms over {len(lost)} kills; "
            f"migration: schema version found after the kill (1 = old, {len(real_steps)} = slow step rolled "
            f"back, {len(real_steps) + 1} = committed): {dict(sorted(figures.migration_versions.items()))}; "
            f"{elapsed:.0f} s"
        )
    assert figures.kills_typing >= TYPING_KILLS
    assert figures.opens_ok == figures.kills_typing + figures.kills_opening + figures.kills_migration


def tables_per_version(folder: Path) -> dict[int, set[str]]:
    """The tables a store has at each schema version, from a store migrated one step at a time."""
    real_steps = migrations.STEPS
    found: dict[int, set[str]] = {}
    try:
        migrations.STEPS = real_steps[:1]
        migrations.LATEST = 1
        store, _ = create_store(folder, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
        store.backup_on_close = False
        found[1] = table_names(store.db)
        migrations.STEPS = (*real_steps, crash_writer.slow_step(0))
        migrations.LATEST = len(migrations.STEPS)
        migrations.migrate(store.db, lambda number: found.__setitem__(number, table_names(store.db)))
        store.close()
    finally:
        migrations.STEPS = real_steps
        migrations.LATEST = len(real_steps)
    return found


def table_names(db: object) -> set[str]:
    return {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}  # type: ignore[attr-defined]


def check_migrated_store(work: Path, reference: dict[int, set[str]]) -> int:
    """Each migration step is all there or not at all; then the store opens and finishes migrating."""
    from storage import access, connection
    from storage.keyslots import KeyFile

    paths = StorePaths(work)
    keys = access.unwrap_keys(KeyFile.load(paths.keyfile), passphrase=PASSPHRASE)
    conn = connection.raw_connect(paths.database, keys[0])
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == reference[version], f"version {version} has tables of another version"
        if "crash_migration" in names:
            assert (
                conn.execute("SELECT count(*) FROM crash_migration").fetchone()[0] == crash_writer.SLOW_ROWS
            )
    finally:
        conn.close()
    real_steps = migrations.STEPS
    try:
        crash_writer.with_slow_step(0)
        with open_store(work, PASSPHRASE) as store:
            store.backup_on_close = False
            assert store.schema_version == migrations.LATEST
            assert store.integrity_check() == []
            assert store.verify_audit().ok
            assert store.settings.get("meeting_title") == "opslag van een oudere versie"
            count = store.db.execute("SELECT count(*) FROM crash_migration").fetchone()[0]
            assert count == crash_writer.SLOW_ROWS
    finally:
        migrations.STEPS = real_steps
        migrations.LATEST = len(real_steps)
    assert not paths.quarantine.exists()
    return version
