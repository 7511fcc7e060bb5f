"""Issue 11, finding 2 (second half): someone with the passphrase rewrites an adopted decision, its
seal and the `meeting.seal` entry, then rebuilds the whole audit chain and its stored head. Inside
the database everything agrees again; only the checkpoint outside it can tell."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from storage import anchor, audit, demo
from storage.keyslots import KeyFile
from storage.meetings import snapshot as snap
from storage.meetings.queries import MeetingQueries
from storage.paths import StorePaths
from storage.sqlite_driver import Database
from tests.helpers.attacks import make_store, raw, stolen_key
from tests.helpers.common import run_cli


def _rebuild_chain(conn, store_id: str) -> None:
    prev = audit.genesis_hash(store_id)
    rows = conn.execute(
        "SELECT seq, at, actor, action, object_type, object_id, result, detail FROM audit_log ORDER BY seq"
    ).fetchall()
    for row in rows:
        digest = audit.entry_hash(prev, audit._canonical(int(row[0]), *[str(v) for v in row[1:8]]))
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))


def test_rewritten_seal_with_rebuilt_chain_is_caught_by_the_checkpoint(
    tmp_path: Path, cli_env: dict[str, str], shared_keyring, secret: Path
) -> None:
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    demo.populate(store, cases=6)
    store_id = store.store_id
    store.close()

    key = stolen_key(root)
    with raw(root, key) as conn:
        meeting_id, number = conn.execute(
            "SELECT s.meeting_id, m.number FROM seals s JOIN meetings m ON m.id = s.meeting_id "
            "WHERE s.redacted_at IS NULL LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE decisions SET text = 'Geen aangifte (herschreven).' WHERE meeting_id = ?", (meeting_id,)
        )
        fake = SimpleNamespace(db=Database(conn, execute_plugins=False))
        forged = snap.fingerprint(fake, meeting_id)  # type: ignore[arg-type]
        conn.execute("UPDATE seals SET fingerprint = ? WHERE meeting_id = ?", (forged, meeting_id))
        for seq, detail in conn.execute(
            "SELECT seq, detail FROM audit_log WHERE action = 'meeting.seal' AND object_id = ?", (number,)
        ).fetchall():
            doc = json.loads(detail)
            doc["fingerprint"] = forged
            conn.execute(
                "UPDATE audit_log SET detail = ? WHERE seq = ?", (json.dumps(doc, sort_keys=True), seq)
            )
        _rebuild_chain(conn, store_id)

    result = run_cli(["verify", "--store", str(root), "--passphrase-file", str(secret)], cli_env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "herschreven" in result.stdout, result.stdout


def test_checkpoints_forged_too_are_caught_by_the_head_printed_on_the_record(
    tmp_path: Path, cli_env: dict[str, str], shared_keyring, secret: Path
) -> None:
    """The README's limit: with passphrase, keyring and write access the attacker rewrites the
    checkpoints as well. The head printed on the adopted record still tells."""
    root = tmp_path / "opslag"
    store, _code = make_store(root)
    demo.populate(store, cases=6)
    store_id = store.store_id
    meeting_id = store.db.execute(
        "SELECT meeting_id FROM seals WHERE redacted_at IS NULL LIMIT 1"
    ).fetchone()[0]
    printed = MeetingQueries(store).seal(meeting_id).audit_head  # what the VASTGESTELD footer shows
    store.close()
    assert printed

    key = stolen_key(root)
    with raw(root, key) as conn:
        conn.execute("UPDATE audit_log SET detail = '{}' WHERE action = 'meeting.seal'")
        _rebuild_chain(conn, store_id)
        tail = anchor.chain_tail(conn, store_id)
    paths = StorePaths(root)
    keyfile = KeyFile.load(paths.keyfile)
    keyfile.anchor = anchor.checkpoint_for(tail, ()).to_json()
    keyfile.bind(key)
    keyfile.save(paths.keyfile)
    anchor.write_keyring(store_id, root, key, anchor.checkpoint_for(tail, ()))

    args = ["verify", "--store", str(root), "--passphrase-file", str(secret)]
    assert "herschreven" not in run_cli(args, cli_env).stdout  # the checkpoints were forged as well
    result = run_cli([*args, "--head", printed], cli_env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ONTBREEKT of is herschreven" in result.stdout, result.stdout
