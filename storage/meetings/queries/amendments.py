"""Amendments (made before the seal) and addenda (after it) of a meeting's minutes."""

from __future__ import annotations

from datetime import datetime

from storage.meetings import _base as b
from storage.meetings.model import Amendment
from storage.store import Store


def amendments(store: Store, meeting_id: int) -> tuple[Amendment, ...]:
    return tuple(
        Amendment(
            id=r["id"],
            kind="amendment",
            meeting_number=r["meeting_number"],
            item_number=r["item_number"],
            decision_number=r["decision_number"],
            made_in=r["made_in"],
            text=r["text"],
            created_at=datetime.fromisoformat(r["created_at"]),
        )
        for r in b.rows(
            store,
            "SELECT am.*, m.number AS meeting_number, ai.position AS item_number, "
            "d.number AS decision_number, mm.number AS made_in FROM amendments am "
            "JOIN meetings m ON m.id = am.meeting_id LEFT JOIN agenda_items ai ON ai.id = am.item_id "
            "LEFT JOIN decisions d ON d.id = am.decision_id "
            "LEFT JOIN meetings mm ON mm.id = am.made_in_meeting_id WHERE am.meeting_id = ? ORDER BY am.id",
            (meeting_id,),
        )
    )


def addenda(store: Store, meeting_id: int) -> tuple[Amendment, ...]:
    return tuple(
        Amendment(
            id=r["id"],
            kind="addendum",
            meeting_number=r["meeting_number"],
            item_number=r["item_number"],
            decision_number=r["decision_number"],
            made_in=r["made_in"],
            text=r["text"],
            created_at=datetime.fromisoformat(r["created_at"]),
            seal_fingerprint=r["seal_fingerprint"],
            fingerprint=r["fingerprint"],
        )
        for r in b.rows(
            store,
            "SELECT ad.*, m.number AS meeting_number, ai.position AS item_number, "
            "d.number AS decision_number, mm.number AS made_in, s.fingerprint AS seal_fingerprint "
            "FROM addenda ad JOIN meetings m ON m.id = ad.meeting_id JOIN seals s ON s.id = ad.seal_id "
            "LEFT JOIN agenda_items ai ON ai.id = ad.item_id LEFT JOIN decisions d ON d.id = ad.decision_id "
            "LEFT JOIN meetings mm ON mm.id = ad.made_in_meeting_id WHERE ad.meeting_id = ? ORDER BY ad.id",
            (meeting_id,),
        )
    )
