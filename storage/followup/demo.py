"""Demo follow-up tracks: most demo aangiftes were filed a few weeks after the decision, some got
feedback from the OM, one was not filed, the latest are still open (the overdue list shows them).
Everything is fictitious and deterministic; every text passes the anonymity guard."""

from __future__ import annotations

import random
from datetime import timedelta

from storage.errors import InternalError
from storage.followup.service import FollowUpService
from storage.guard import scan
from storage.store import Store

NOT_FILED_REASONS = (
    "Betrokkene heeft Nederland aantoonbaar verlaten; aangifte heeft geen zin meer (fictief).",
    "Het OM heeft de zaak al in onderzoek op grond van eigen informatie (fictief).",
)
NOTES = (
    "Aangifte gedaan bij het Landelijk Parket (fictief demospoor).",
    "Terugkoppeling ontvangen in het periodieke overleg (fictief).",
    "",
)
FEEDBACK = ("started", "started", "not_started", "merged", "unknown")


def fill_demo(store: Store, cases: int) -> None:
    texts = [t for t in (*NOT_FILED_REASONS, *NOTES) if t]
    if any(scan(t) for t in texts):
        raise InternalError(detail="a demo follow-up text is flagged by the guard")
    rng = random.Random(1951)
    service = FollowUpService(store)
    today = store.now().date()
    with store.db.atomic():
        for track in service.all_tracks():
            roll = rng.random()
            age = (today - track.decided_on).days
            if age < 21 or roll < 0.12:
                continue  # still open: recent, or simply not done yet
            if roll < 0.2:
                service.record(
                    track.decision_id, not_filed=True, not_filed_reason=rng.choice(NOT_FILED_REASONS)
                )
                continue
            filed = track.decided_on + timedelta(days=rng.randint(7, min(age, 70)))
            fields: dict[str, object] = {"filed_on": filed, "note": rng.choice(NOTES)}
            answer = filed + timedelta(days=rng.randint(20, 160))
            if answer <= today:
                fields.update(om_feedback=rng.choice(FEEDBACK), om_feedback_on=answer)
            service.record(track.decision_id, **fields)  # type: ignore[arg-type]
