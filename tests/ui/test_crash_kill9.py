"""kill -9 at random moments while minutes are typed (at least 50 kills). The writer types one
character at a time at a human pace and saves by the live editor's own autosave policy
(ui.live.autosave_policy: 400 ms pause, at most 600 ms after the first unsaved keystroke) on a
worker thread, as the application does. Afterwards the store always opens, integrity_check is ok,
every save is all there or not at all, and at most one second of typing is lost: the oldest
keystroke that the store does not hold is at most 1,000 ms older than the kill.

Kills at exact points of start-up, migration and the other operations are in
tests/storage/test_crash_points.py (strace), not here: a timed kill mostly hits the importer.

The writer (tests/helpers/crash_writer.py) reports each commit on a side channel (an fsynced file
with save counts, lengths and hash prefixes, never the text) and logs each keystroke's length and
time. The figures are printed at the end.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storage.access import create_store, open_store
from storage.kdf import FAST_TEST_PARAMS
from storage.paths import StorePaths
from tests.helpers import crash_writer
from tests.helpers.common import PASSPHRASE, REPO
from tests.helpers.crash_writer import WRITERS, sha, text_of
from ui.live.autosave_policy import DEBOUNCE_MS, MAX_DELAY_MS

TYPING_KILLS = int(os.environ.get("OVERLEGTAFEL_TYPING_KILLS", "50"))
MAX_LOST_MS = 1000
SEED = int(os.environ.get("OVERLEGTAFEL_CRASH_SEED", "20260302"))


@dataclass
class Figures:
    kills: int = 0
    opens_ok: int = 0
    saves: int = 0
    keystrokes: int = 0
    lost_ms: list[float] = field(default_factory=list)
    in_flight_committed: int = 0


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    return e


FIELDS = {"start": 2, "save": 5, "key": 3}


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
        store.on_close = None
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


def lost_typing_ms(keys: list[list[str]], saved_length: int, killed_at: int) -> float:
    """How old the oldest keystroke is that the store does not hold, at the kill (0: none)."""
    unsaved = [int(k[2]) for k in keys if int(k[1]) > saved_length]
    return (killed_at - min(unsaved)) / 1e6 if unsaved else 0.0


def start_writer(
    store_dir: Path, secret: Path, channel: Path, writer_name: str, run: int
) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.crash_writer",
            "type",
            str(store_dir),
            str(secret),
            str(channel),
            "--writer",
            writer_name,
            "--seed",
            str(run),
        ],
        env=env(),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_kill_9_while_typing_loses_at_most_a_second_with_the_real_autosave_policy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(SEED)
    writer_name = crash_writer.default_writer()
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    figures = Figures()
    started = time.monotonic()
    store_dir = tmp_path / "opslag"
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.on_close = None
    store.close()
    reported_saves = 0
    for run in range(1, TYPING_KILLS + 1):
        channel = tmp_path / f"kanaal-{run}.txt"
        proc = start_writer(store_dir, secret, channel, writer_name, run)
        if not wait_for(channel, "key", proc):  # typing has begun: the kill measures something
            proc.kill()
            _out, err = proc.communicate()
            pytest.fail(f"writer did not start: {err.decode(errors='replace')[-2000:]}")
        time.sleep(rng.uniform(0.3, 2.5))  # typing, pausing, saving: anywhere in it
        killed_at = kill(proc)
        figures.kills += 1
        lines = side_channel(channel)
        saves = [x for x in lines if x[0] == "save"]
        keys = [x for x in lines if x[0] == "key"]
        if saves:
            reported_saves = int(saves[-1][1])
        saved = check_typing_store(store_dir, writer_name)
        figures.opens_ok += 1
        # Durable: every save reported as committed is there; at most the one in flight is extra.
        assert reported_saves <= saved.saves <= reported_saves + 1
        if saved.saves == reported_saves + 1:
            figures.in_flight_committed += 1
        reported_saves = saved.saves
        assert keys, "the kill came before any keystroke: it measures nothing"
        assert saved.length <= int(keys[-1][1]), "the store holds more than was typed"
        figures.keystrokes += len(keys)
        lost = lost_typing_ms(keys, saved.length, killed_at)
        figures.lost_ms.append(lost)
        assert lost <= MAX_LOST_MS, f"{lost:.0f} ms of typing lost"
    figures.saves = reported_saves

    elapsed = time.monotonic() - started
    lost = sorted(figures.lost_ms)
    with capsys.disabled():
        print(
            f"\nkill -9 while typing ({writer_name} writer, seed {SEED}, autosave {DEBOUNCE_MS} ms pause / "
            f"at most {MAX_DELAY_MS} ms): kills {figures.kills}; opens ok {figures.opens_ok}; "
            f"keystrokes {figures.keystrokes}; saves committed and verified {figures.saves}; "
            f"in-flight save found committed {figures.in_flight_committed}; typing lost: max {lost[-1]:.0f} ms, "
            f"median {lost[len(lost) // 2]:.0f} ms, mean {sum(lost) / len(lost):.0f} ms; failures 0; {elapsed:.0f} s"
        )
    assert figures.kills >= TYPING_KILLS and figures.opens_ok == figures.kills
