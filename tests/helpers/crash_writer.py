"""The process the kill -9 test kills: a secretary typing minutes, saved by the live editor's own
autosave policy (ui.live.autosave_policy: after a 400 ms pause, at most 600 ms after the first
unsaved keystroke) on a background worker thread, as in the application.

    python -m tests.helpers.crash_writer type STORE PASSPHRASE_FILE SIDE_CHANNEL --writer minutes
    python -m tests.helpers.crash_writer migrate STORE PASSPHRASE_FILE SIDE_CHANNEL

``type``: open the store, continue the text where the store has it, and type one character at a
time at a human pace; each save stores the text in one transaction together with a checksum row
(length, SHA-256, save count, time) and an audit entry. After each commit a line goes to the side
channel, fsynced: ``save <count> <length> <sha-prefix> <time_ns>``; each keystroke is logged as
``key <length> <time_ns>`` (lengths and hashes only, never the text).

``migrate``: open a store at an older schema version with an extra slow, test-only migration step
appended (``SLOW_STEP``); the side channel gets ``mstart``/``mdone`` around that step.

The writer is pluggable (``WRITERS``): ``minutes`` uses the meetings service
(``MinutesService.save_minutes``), ``generic`` a text table of its own.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import queue
import random
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from storage import migrations
from storage.access import open_store
from storage.store import Store
from ui.live.autosave_policy import save_delay_ms

WORDS = [
    "het",
    "overleg",
    "bespreekt",
    "de",
    "stand",
    "van",
    "zaken",
    "en",
    "het",
    "voorstel",
    "wordt",
    "aangehouden",
    "tot",
    "de",
    "volgende",
    "vergadering",
    "na",
    "toelichting",
    "door",
    "de",
    "behandelaar",
    "volgt",
    "een",
    "korte",
    "vraag",
    "over",
    "de",
    "planning",
    "het",
    "dossier",
    "is",
    "compleet",
    "de",
    "conclusie",
    "wordt",
    "in",
    "het",
    "verslag",
    "opgenomen",
    "er",
    "zijn",
    "geen",
    "opmerkingen",
]


def text_of(length: int) -> str:
    """The first ``length`` characters of the one text every run types (deterministic)."""
    rng = random.Random(1729)
    parts: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        sep = ". " if rng.random() < 0.08 else (", " if rng.random() < 0.1 else " ")
        parts.append(word + sep)
        size += len(word) + len(sep)
    return "".join(parts)[:length]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Saved:
    text: str
    length: int
    sha: str
    saves: int
    saved_ns: int
    audit_saves: int


CHECK_TABLE = (
    "CREATE TABLE IF NOT EXISTS crash_check (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "length INTEGER NOT NULL, sha TEXT NOT NULL, saves INTEGER NOT NULL, saved_ns INTEGER NOT NULL) STRICT"
)


def _upsert_check(store: Store, text: str, saves: int, now_ns: int) -> None:
    store.db.execute(
        "INSERT INTO crash_check (id, length, sha, saves, saved_ns) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET length = excluded.length, sha = excluded.sha, "
        "saves = excluded.saves, saved_ns = excluded.saved_ns",
        (len(text), sha(text), saves, now_ns),
    )


def _check_row(store: Store) -> tuple[int, str, int, int]:
    row = store.db.execute("SELECT length, sha, saves, saved_ns FROM crash_check WHERE id = 1").fetchone()
    return (0, sha(""), 0, 0) if row is None else (int(row[0]), str(row[1]), int(row[2]), int(row[3]))


def _audit_saves(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'crash.save'").fetchone()[0])


class GenericWriter:
    """A text table of the test's own, in the test's own temp store."""

    name = "generic"

    def setup(self, store: Store) -> None:
        with store.db.atomic():
            store.db.execute(CHECK_TABLE)
            store.db.execute(
                "CREATE TABLE IF NOT EXISTS crash_text (id INTEGER PRIMARY KEY CHECK (id = 1), "
                "body TEXT NOT NULL) STRICT"
            )

    def save(self, store: Store, text: str, saves: int, now_ns: int) -> None:
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO crash_text (id, body) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body",
                (text,),
            )
            _upsert_check(store, text, saves, now_ns)
            store.audit.append("crash.save", "crash_text", "1", detail={"length": len(text), "saves": saves})

    def load(self, store: Store) -> Saved:
        row = store.db.execute("SELECT body FROM crash_text WHERE id = 1").fetchone()
        length, digest, saves, saved_ns = _check_row(store)
        return Saved("" if row is None else str(row[0]), length, digest, saves, saved_ns, _audit_saves(store))


class MinutesWriter:
    """The real thing: minutes of an agenda item of a meeting in progress, via MinutesService."""

    name = "minutes"

    def _item(self, store: Store) -> int:
        row = store.db.execute("SELECT value FROM settings WHERE key = 'crash_item'").fetchone()
        if row is None:
            raise LookupError("no crash item yet")
        return int(row[0])

    def setup(self, store: Store) -> None:
        from datetime import date

        from storage.meetings.meetings import MeetingService

        with store.db.atomic():
            store.db.execute(CHECK_TABLE)
        try:
            self._item(store)
            return
        except LookupError:
            pass
        service = MeetingService(store)
        meeting = service.create_meeting(date(2026, 3, 2), copy_participants=False)
        service.fix_agenda(meeting.id)
        service.start_meeting(meeting.id)
        item = store.db.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position LIMIT 1", (meeting.id,)
        ).fetchone()
        store.settings.set("crash_item", int(item[0]))

    def save(self, store: Store, text: str, saves: int, now_ns: int) -> None:
        from storage.meetings.minutes import MinutesService

        with store.db.atomic():
            MinutesService(store).save_minutes(self._item(store), text)
            _upsert_check(store, text, saves, now_ns)
            store.audit.append("crash.save", "agenda_item", str(self._item(store)), detail={"saves": saves})

    def load(self, store: Store) -> Saved:
        row = store.db.execute(
            "SELECT minutes FROM agenda_items WHERE id = ?", (self._item(store),)
        ).fetchone()
        length, digest, saves, saved_ns = _check_row(store)
        return Saved(str(row[0]), length, digest, saves, saved_ns, _audit_saves(store))


WRITERS = {"generic": GenericWriter, "minutes": MinutesWriter}


def default_writer() -> str:
    """The minutes service once it exists; the generic text table before that."""
    try:
        import storage.meetings.minutes  # noqa: F401
    except ModuleNotFoundError:
        return "generic"
    return os.environ.get("OVERLEGTAFEL_CRASH_WRITER", "minutes")


# --- the slow, test-only migration step -----------------------------------------------------------
SLOW_ROWS = 400


def slow_step(delay: float) -> ModuleType:
    """A migration step that takes about ``SLOW_ROWS / 20 * delay`` seconds inside its transaction."""
    step = ModuleType("m9999_crash_test")

    def upgrade(db: object) -> None:
        channel = os.environ.get("OVERLEGTAFEL_CRASH_CHANNEL")
        _say(channel, "mstart")
        db.execute("CREATE TABLE crash_migration (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT")  # type: ignore[attr-defined]
        for first in range(0, SLOW_ROWS, 20):
            for i in range(first, first + 20):
                db.execute("INSERT INTO crash_migration (id, payload) VALUES (?, ?)", (i, f"rij {i} " * 20))  # type: ignore[attr-defined]
            if delay:
                time.sleep(delay)
        _say(channel, "mdone")

    step.upgrade = upgrade  # type: ignore[attr-defined]
    return step


def with_slow_step(delay: float) -> None:
    migrations.STEPS = (*migrations.STEPS, slow_step(delay))  # type: ignore[misc]
    migrations.LATEST = len(migrations.STEPS)  # type: ignore[misc]


def _say(channel: str | None, line: str) -> None:
    if not channel:
        return
    fd = os.open(channel, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (line + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


# --- main -----------------------------------------------------------------------------------------
def _typing_interval(rng: random.Random) -> float:
    """Seconds until the next keystroke: a steady typist (about 6 characters a second), with now and
    then a pause to think that is longer than the autosave's pause."""
    if rng.random() < 0.04:
        return rng.uniform(0.45, 1.5)
    return rng.uniform(0.08, 0.25)


def _log(fd: int, line: str) -> None:
    """A keystroke line: one write, no fsync (a kill -9 leaves the page cache to the kernel)."""
    os.write(fd, (line + "\n").encode("ascii"))


def _saver(
    store_dir: Path, passphrase: str, channel: str, writer_name: str, jobs: queue.Queue, ready: queue.Queue
) -> None:
    """The background worker: owns the store (one thread only) and saves what the typist queues."""
    writer = WRITERS[writer_name]()
    store = open_store(store_dir, passphrase)
    store.on_close = None
    writer.setup(store)
    state = writer.load(store)
    ready.put(state)
    saves = state.saves
    while True:
        text = jobs.get()
        saves += 1
        writer.save(store, text, saves, time.time_ns())
        _say(channel, f"save {saves} {len(text)} {sha(text)[:16]} {time.time_ns()}")


def type_minutes(store_dir: Path, passphrase: str, channel: str, writer_name: str, seed: int) -> None:
    """Keystrokes on this thread, saves on a worker, scheduled by the live editor's own autosave
    policy (ui.live.autosave_policy): a save is queued when its timer runs out, exactly as the
    MinutesKeeper's QTimer would. Each keystroke is logged (``key <length> <time_ns>``)."""
    jobs: queue.Queue = queue.Queue()
    ready: queue.Queue = queue.Queue()
    worker = (store_dir, passphrase, channel, writer_name, jobs, ready)
    threading.Thread(target=_saver, args=worker, daemon=True).start()
    state = ready.get(timeout=60)
    length = state.length
    rng = random.Random(seed)
    fd = os.open(channel, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    _say(channel, f"start {time.time_ns()}")
    first_unsaved: float | None = None
    due: float | None = None
    next_key = time.monotonic() + _typing_interval(rng)
    while True:
        if due is not None and due <= next_key:
            time.sleep(max(0.0, due - time.monotonic()))
            jobs.put(text_of(length))  # the timer fired: queue a save of what is typed now
            first_unsaved = due = None
            continue
        time.sleep(max(0.0, next_key - time.monotonic()))
        now = time.monotonic()
        length += 1
        _log(fd, f"key {length} {time.time_ns()}")
        if first_unsaved is None:
            first_unsaved = now
        due = now + save_delay_ms(first_unsaved, now) / 1000
        next_key = now + _typing_interval(rng)


def migrate(store_dir: Path, passphrase: str, channel: str) -> None:
    os.environ["OVERLEGTAFEL_CRASH_CHANNEL"] = channel
    with_slow_step(0.05)
    store = open_store(store_dir, passphrase)
    _say(channel, "opened")
    store.close()
    _say(channel, "closed")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["type", "migrate"])
    parser.add_argument("store")
    parser.add_argument("passphrase_file")
    parser.add_argument("channel")
    parser.add_argument("--writer", default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    if args.mode == "type":
        type_minutes(Path(args.store), passphrase, args.channel, args.writer or default_writer(), args.seed)
    else:
        migrate(Path(args.store), passphrase, args.channel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
