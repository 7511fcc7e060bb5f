"""Exchange package benchmark (issue 14, must-show 5).

A secretary's store with 40 cases and one full meeting (12 case items with minutes, a decision
each, confirmations, actions) sends everything to a paired chair's store.

Figures (ratios to a baseline measured in the same run, best of ``REPEAT``):

* ``exchange_export_ratio``: making the ``.otpak`` (reading the records with their global ids,
  JSON, padding, encryption, signature) / the same rows read with ``SELECT *``, serialised to JSON
  and sealed with AES-GCM. Target ≤ 3.
* ``exchange_import_ratio``: opening, previewing and applying the package in an empty paired store
  (one transaction, one audit entry per record, seal and guard checks) / AES-GCM open + JSON parse
  + a plain ``INSERT`` of the same rows into an empty store of the same schema in one transaction.
  Target ≤ 3.
* ``exchange_export_seconds``, ``exchange_import_seconds``: the absolute times (information).

Run: ``python -m bench.bench_exchange`` (or ``python -m bench exchange``).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench._results import record
from storage.access import create_store
from storage.cases.demo import fill_demo
from storage.exchange import identity as ident
from storage.exchange import service as ex
from storage.exchange.kinds import KINDS
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import (
    AgendaService,
    DecisionService,
    MeetingService,
    MinutesService,
    ParticipantInput,
)
from storage.store import Store

PASSPHRASE = "benchmark wachtwoord lang genoeg"
REPEAT = 3
TABLES = sorted({k.table for k in KINDS} | {"item_presence"})
PEOPLE = (
    ParticipantInput("Voorzitter (IND)", "IND", "voorzitter"),
    ParticipantInput("Secretaris (IND)", "IND", "secretaris"),
    ParticipantInput("Officier van justitie (OM)", "OM", "lid"),
)


def _store(folder: Path, role: str) -> Store:
    store, _ = create_store(folder, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.on_close = None
    ident.set_role(store, role)
    return store


def _fill(store: Store) -> int:
    fill_demo(store, 40)
    case_ids = [int(r[0]) for r in store.db.execute("SELECT id FROM cases ORDER BY id LIMIT 12").fetchall()]
    meeting = MeetingService(store).create_meeting(
        date(2026, 5, 7), "10:00", place="Den Haag", participants=PEOPLE
    )
    items = [AgendaService(store).add_case_item(meeting.id, c, planned_minutes=15) for c in case_ids]
    MeetingService(store).fix_agenda(meeting.id)
    MeetingService(store).start_meeting(meeting.id)
    decisions = DecisionService(store)
    for n, item in enumerate(items):
        MinutesService(store).start_item(item.id)
        MinutesService(store).save_minutes(item.id, f"Het OM licht de beoordeling toe ({n}). Vervolg volgt.")
        if n % 2:
            decisions.record_decision(
                item.id,
                "nadere_informatie",
                request="ambtsberichten",
                responsible_organisation="IND",
                deadline=date(2026, 6, 1),
            )
        else:
            decisions.record_decision(item.id, "aanhouden", reason="procedure loopt")
    MeetingService(store).close_meeting(meeting.id)
    return meeting.id


def _rows(store: Store) -> dict[str, list[list[Any]]]:
    return {t: [list(r) for r in store.db.execute(f"SELECT * FROM {t}").fetchall()] for t in TABLES}


def _baseline_export(store: Store, key: bytes) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = json.dumps(_rows(store), ensure_ascii=False, separators=(",", ":"), default=str).encode()
    nonce = os.urandom(12)
    sealed = nonce + AESGCM(key).encrypt(nonce, data, None)
    return time.perf_counter() - start, sealed


def _baseline_import(target: Store, key: bytes, sealed: bytes) -> float:
    start = time.perf_counter()
    rows = json.loads(AESGCM(key).decrypt(sealed[:12], sealed[12:], None))
    db = target.db
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")  # checked at commit, so table order is free
        db.execute("INSERT INTO exchange_applying(flag) VALUES (1)")  # the same rows without triggers
        for table in TABLES:
            for row in rows[table]:
                db.execute(f"INSERT INTO {table} VALUES ({','.join('?' * len(row))})", row)
        db.execute("DELETE FROM exchange_applying")
    return time.perf_counter() - start


def main() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sender = _store(root / "secretaris", "secretaris")
        meeting_id = _fill(sender)
        uids = ex.scope(sender, meeting_id=meeting_id) + ex.scope(
            sender, case_ids=[int(r[0]) for r in sender.db.execute("SELECT id FROM cases").fetchall()]
        )
        key = AESGCM.generate_key(bit_length=256)
        export_t, import_t, base_exp, base_imp = [], [], [], []
        for n in range(REPEAT):
            receiver = _store(root / f"voorzitter{n}", "voorzitter")
            plain = _store(root / f"kaal{n}", "voorzitter")
            ident.pair(
                receiver,
                ident.parse_identity(ident.export_identity(sender)),
                name="Secretaris",
                role="secretaris",
            )
            ident.pair(
                sender,
                ident.parse_identity(ident.export_identity(receiver)),
                name=f"Voorzitter {n}",
                role="voorzitter",
            )
            t, sealed = _baseline_export(sender, key)
            base_exp.append(t)
            start = time.perf_counter()
            data, info = ex.make_package(sender, [f"Voorzitter {n}"], uids)
            export_t.append(time.perf_counter() - start)
            base_imp.append(_baseline_import(plain, key, sealed))
            start = time.perf_counter()
            result = ex.import_package(receiver, data)
            import_t.append(time.perf_counter() - start)
            assert result.written and not result.refused, [v.message for v in result.refused]
            receiver.close()
            plain.close()
        sender.close()
    print(f"records: {info.records}, package: {info.size} bytes", flush=True)
    exp_ratio, imp_ratio = min(export_t) / min(base_exp), min(import_t) / min(base_imp)
    ok = record("exchange_export_ratio", exp_ratio, "≤ 3× JSON+AES-GCM", exp_ratio <= 3)
    ok &= record("exchange_import_ratio", imp_ratio, "≤ 3× JSON+AES-GCM+INSERT", imp_ratio <= 3)
    record("exchange_export_seconds", min(export_t), "information", True, "s")
    record("exchange_import_seconds", min(import_t), "information", True, "s")
    return ok


if __name__ == "__main__":
    main()
