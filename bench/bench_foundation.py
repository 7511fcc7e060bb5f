"""Foundation benchmarks (issue 2), each a ratio against a baseline measured in the same run:

* start to lock screen ≤ 3× a bare PySide6 QMainWindow start (fresh processes, interleaved);
* encrypted bulk insert + indexed queries ≤ 1.3× the same workload on the standard library's sqlite3
  with the same durability settings (SQLCipher with cipher_memory_security on, as the store runs);
* one unlock (calibrated Argon2id, key slot, SQLCipher open) takes 0.2–0.6 s.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._results import record

REPO = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _run(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def startup_ratio(rounds: int = 7) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp
        env["XDG_CONFIG_HOME"] = tmp
        env["XDG_DATA_HOME"] = tmp
        store = Path(tmp) / "opslag"
        secret = Path(tmp) / "pw"
        secret.write_text("benchmark wachtwoord lang genoeg\n")
        env_init = dict(env, OVERLEGTAFEL_KDF="fast")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "init",
                "--store",
                str(store),
                "--no-keyring",
                "--passphrase-file",
                str(secret),
            ],
            env=env_init,
            cwd=REPO,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "desktop", "--store", str(store), "--exit-after-start"]
        _run(bare_cmd, env)  # warm the file cache for both
        _run(app_cmd, env)
        bare, app = [], []
        for _ in range(rounds):
            bare.append(_run(bare_cmd, env))
            app.append(_run(app_cmd, env))
    ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"   bare QMainWindow {statistics.median(bare) * 1000:.0f} ms, "
        f"Overlegtafel to lock screen {statistics.median(app) * 1000:.0f} ms"
    )
    record("startup_to_lock_screen_ratio", ratio, "≤ 3× bare QMainWindow start", ratio <= 3.0, "×")


def _workload(conn, rows: int) -> float:
    start = time.perf_counter()
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, ref TEXT, year INTEGER, body TEXT)")
    conn.execute("CREATE INDEX items_ref ON items(ref)")
    conn.execute("CREATE INDEX items_year ON items(year)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO items(ref, year, body) VALUES (?, ?, ?)",
        ((f"C-{2000 + i % 27}-{i:06d}", 2000 + i % 27, "tekst " * 40) for i in range(rows)),
    )
    conn.execute("COMMIT")
    for i in range(0, rows, max(rows // 2000, 1)):
        conn.execute("SELECT body FROM items WHERE ref = ?", (f"C-{2000 + i % 27}-{i:06d}",)).fetchone()
    for year in range(2000, 2027):
        conn.execute("SELECT count(*) FROM items WHERE year = ?", (year,)).fetchone()
    return time.perf_counter() - start


def _pragmas(conn) -> None:
    # The same durability and cache settings as storage.connection.apply_pragmas, on both sides.
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "foreign_keys = ON",
        "cache_size = -32000",
    ):
        conn.execute(f"PRAGMA {pragma}")


def _measure(rows: int, rounds: int, memory_security: str) -> tuple[float, float]:
    """Medians of the workload on the standard library's sqlite3 and on SQLCipher, interleaved."""
    from sqlcipher3 import dbapi2

    plain_times, cipher_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            plain = sqlite3.connect(Path(tmp) / f"plain{r}.db", isolation_level=None)
            _pragmas(plain)
            plain_times.append(_workload(plain, rows))
            plain.close()
            enc = dbapi2.connect(str(Path(tmp) / f"enc{r}.db"), isolation_level=None)
            enc.execute("PRAGMA cipher_log_level = NONE")
            enc.execute(f"PRAGMA cipher_memory_security = {memory_security}")
            enc.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
            _pragmas(enc)
            cipher_times.append(_workload(enc, rows))
            enc.close()
    return statistics.median(plain_times), statistics.median(cipher_times)


# SQLCipher's memory security is one switch for the whole process, and once on it stays on: the
# comparison without it runs in a process of its own.
WITHOUT_MEMORY_SECURITY = """
import json, sys
from bench.bench_foundation import _measure
print(json.dumps(_measure(int(sys.argv[1]), int(sys.argv[2]), "OFF")))
"""


def encrypted_workload_ratio(rows: int = 50_000, rounds: int = 9) -> None:
    plain, cipher = _measure(rows, rounds, "ON")  # as storage.connection.raw_connect
    ratio = cipher / plain
    print(f"   stdlib sqlite3 {plain * 1000:.0f} ms, SQLCipher {cipher * 1000:.0f} ms ({rows} rows)")
    record("encrypted_workload_ratio", ratio, "≤ 1.3× stdlib sqlite3", ratio <= 1.3, "×")
    out = subprocess.run(
        [sys.executable, "-c", WITHOUT_MEMORY_SECURITY, str(rows), str(rounds)],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    plain_off, cipher_off = json.loads(out)
    print(
        f"   without cipher_memory_security: stdlib sqlite3 {plain_off * 1000:.0f} ms, "
        f"SQLCipher {cipher_off * 1000:.0f} ms"
    )
    record(
        "encrypted_workload_ratio_without_memory_security",
        cipher_off / plain_off,
        "information: the same workload with cipher_memory_security off (what the wiping costs)",
        True,
        "×",
    )


def unlock_seconds(rounds: int = 5) -> None:
    from storage.access import create_store, open_store
    from storage.kdf import default_params

    os.environ.pop("OVERLEGTAFEL_KDF", None)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "opslag"
        store, _ = create_store(
            root, "benchmark wachtwoord lang genoeg", use_keyring=False, kdf_params=default_params()
        )
        params = store.keyfile.passphrase_slots()[0].kdf
        store.close()
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            open_store(root, "benchmark wachtwoord lang genoeg").close()
            times.append(time.perf_counter() - start)
    value = statistics.median(times)
    print(f"   Argon2id {params.memory_kib // 1024} MiB × {params.iterations} passes, lanes {params.lanes}")
    record("unlock_seconds", value, "0.2–0.6 s", 0.2 <= value <= 0.6, " s")


def main() -> bool:
    results = []
    for bench in (unlock_seconds, encrypted_workload_ratio, startup_ratio):
        bench()
    return all(results) if results else True


if __name__ == "__main__":
    main()
