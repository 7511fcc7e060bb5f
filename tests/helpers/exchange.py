"""Helpers shared by the exchange tests (no tests here): three paired stores in one process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop.cli_cases import _case_json
from desktop.cli_meetings import action_json, decision_json
from storage.access import create_store
from storage.cases.service import CaseService
from storage.exchange import identity as ident
from storage.exchange import service as ex
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import MeetingQueries
from storage.store import Store
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import StepClock

TZ = timezone(timedelta(hours=1))
ROLES = {"ind": "IND casusbehandelaar 1F", "voorzitter": "Voorzitter", "secretaris": "Secretaris", "om": "OM"}


def new_store(folder: Path, role: str, start: datetime | None = None) -> Store:
    st, _ = create_store(folder, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    st.on_close = None
    st.clock = StepClock(start or datetime(2026, 2, 2, 9, 0, tzinfo=TZ))
    ident.set_role(st, role)
    return st


def pair_all(stores: dict[str, Store]) -> None:
    """Every store pairs with every other, under the role's usual name."""
    texts = {role: ident.export_identity(st) for role, st in stores.items()}
    for role, st in stores.items():
        for other, text in texts.items():
            if other != role:
                ident.pair(st, ident.parse_identity(text), name=ROLES[other], role=other)


@contextmanager
def three_stores(tmp_path: Path) -> Iterator[dict[str, Store]]:
    stores = {role: new_store(tmp_path / role, role) for role in ("ind", "voorzitter", "secretaris")}
    try:
        pair_all(stores)
        yield stores
    finally:
        for st in stores.values():
            st.close()


def send(
    sender: Store, to: list[str], path: Path, *, meeting_id: int | None = None, case_ids=(), since=None
) -> Path:
    uids = ex.scope(sender, meeting_id=meeting_id, case_ids=case_ids, since=since)
    ex.export_package(sender, [ROLES[r] for r in to], uids, path)
    return path


def receive(receiver: Store, path: Path, keep: dict[str, str] | None = None) -> ex.Preview:
    return ex.import_package(receiver, path.read_bytes(), keep)


def fictitious_case(store: Store, n: int) -> int:
    return (
        CaseService(store)
        .create(
            {
                "reference": f"C-2026-{n:03d}",
                "grounds": ("a",),
                "country": "Fictieland",
                "period_from": "1994",
                "period_to": "1996",
                "role": "commandant van een eenheid",
                "summary": f"Fictieve casus {n}: leidinggevende rol binnen een militie.",
                "question": "Is vervolging in Nederland mogelijk?",
            }
        )
        .id
    )


def _without_local_ids(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_local_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_local_ids(v) for v in data]
    return data


def registers(store: Store) -> dict[str, Any]:
    """What ``decisions list --json``, ``actions list --json`` and ``cases list --json`` print
    (without the local row id, which is each store's own)."""
    q = MeetingQueries(store)
    today = date(2026, 3, 1)  # one 'today' for both stores: 'overdue' depends on it
    return {
        "decisions": [decision_json(d) for d in q.decisions()],
        "actions": [action_json(a, today) for a in q.actions()],
        "cases": _without_local_ids([_case_json(c) for c in CaseService(store).list()]),
    }
