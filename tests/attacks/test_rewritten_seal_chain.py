"""Issue 11, finding 2 (second half): someone with the passphrase rewrites an adopted decision, its
seal and the `meeting.seal` entry, then rebuilds the whole audit chain and its stored head. Inside
the database everything agrees again; only the checkpoint outside it can tell."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from storage import audit, demo
from storage.meetings import snapshot as snap
from storage.sqlite_driver import Database
from tests.attacks._support import make_store, raw, stolen_key
from tests.conftest import run_cli


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
