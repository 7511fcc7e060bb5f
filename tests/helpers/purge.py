"""Helpers shared by the retention and purge tests (no tests here).

``marked_store`` builds a store in which one case (``C-2020-501``) carries a distinct marker word
in every field it has: its own text fields, the minutes of the two agenda items about it, its
decisions (text, responsible, reason, information asked, disagreement), its actions (text, owner,
closing note), an amendment and an addendum, plus kept guard findings. A control case
(``C-2020-502``) carries control words that must survive a purge of the first one. The meetings
are in 2020, so by the real clock the case is long due (aangifte: 2 years after the decision).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from storage.access import create_store
from storage.anonymity import Keep
from storage.cases.service import CaseService
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.meetings import Services, StepClock, confirm_all, run_meeting

TZ = timezone(timedelta(hours=1))
PREFIX = "purgemerk"  # in every marker word of the purged case
CONTROL = "controlemerk"  # in every word of the control case
PURGED = "C-2020-501"
KEPT = "C-2020-502"
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page


def m(name: str) -> str:
    return PREFIX + name


def c(name: str) -> str:
    return CONTROL + name


PURGED_CASE = {
    "reference": PURGED,
    "grounds": "a",
    "country": m("land"),
    "period_from": "1994",
    "period_to": "1996",
    "role": m("rol"),
    "organisations": m("organisatie"),
    "ind_status": "asylum_refused_1f",
    "ind_status_note": m("statusnoot"),
    "urgent": True,
    "urgency_reason": m("spoedreden"),
    "question": m("vraag"),
    "summary": m("samenvatting") + " fictieve postcode 1234 AB",
}
CONTROL_CASE = {
    "reference": KEPT,
    "grounds": "b",
    "country": c("land"),
    "role": c("rol"),
    "question": c("vraag"),
    "summary": c("samenvatting"),
}


def markers() -> list[str]:
    """Every marker word of the purged case (in the store before the purge)."""
    return MARKER_WORDS


MARKER_WORDS = [
    m(w)
    for w in (
        "land",
        "rol",
        "organisatie",
        "statusnoot",
        "spoedreden",
        "vraag",
        "samenvatting",
        "notulen",
        "notulentwee",
        "besluittekst",
        "verzoek",
        "verantwoordelijke",
        "aangever",
        "besluitslot",
        "verschil",
        "actie",
        "actierol",
        "afsluiting",
        "wijziging",
        "addendum",
    )
]


def make_store(root: Path):
    store, _code = create_store(root, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
    store.on_close = None
    clock = StepClock(datetime(2020, 1, 10, 9, 0, tzinfo=TZ))
    store.clock = clock
    store.audit._clock = clock
    return store, clock


def build(store, clock: StepClock) -> dict:
    """Fill ``store`` as described in the module docstring; returns ids by name."""
    s = Services(store)
    cases = CaseService(store)
    summary = PURGED_CASE["summary"]
    purged = cases.create(PURGED_CASE, keep=[Keep.whole_field("summary", summary, "fictieve testpostcode")])
    control = cases.create(CONTROL_CASE)

    # OT 2020-01: both cases; the purged one gets "nadere informatie" (an action from the request)
    # and a hand-made action, the control case "geen aangifte".
    clock.jump(datetime(2020, 2, 5, 9, 0, tzinfo=TZ))
    first = run_meeting(s, date(2020, 2, 5), [purged.id, control.id])
    m1, (item_p1, item_c1) = first["meeting"], first["items"]
    text = m("notulen") + " fictief nummer 070-1234567"
    s.minutes.save_minutes(item_p1.id, text, keep=[Keep.whole_field("minutes", text, "fictief testnummer")])
    s.minutes.save_minutes(item_c1.id, c("notulen"))
    s.decisions.record_decision(
        item_p1.id,
        "nadere_informatie",
        text=m("besluittekst"),
        request=m("verzoek"),
        responsible_organisation="IND",
        responsible=m("verantwoordelijke"),
        deadline=date(2020, 3, 1),
    )
    s.decisions.record_decision(item_c1.id, "geen_aangifte", reason=c("reden"))
    s.actions.create_action(
        m1.id,
        m("actie"),
        owner_organisation="other",
        owner_role=m("actierol"),
        deadline=date(2020, 3, 1),
        item_id=item_p1.id,
        case_id=purged.id,
    )
    s.meetings.close_meeting(m1.id)
    confirm_all(s, m1.id)

    # OT 2020-02: the purged case again (aangifte, with a disagreement), its actions closed here,
    # an amendment to OT 2020-01 about its item, then OT 2020-01 adopted (sealed).
    clock.jump(datetime(2020, 3, 5, 9, 0, tzinfo=TZ))
    second = run_meeting(s, date(2020, 3, 5), [purged.id])
    m2, (item_p2,) = second["meeting"], second["items"]
    s.minutes.save_minutes(item_p2.id, m("notulentwee"))
    decision = s.decisions.record_decision(
        item_p2.id,
        "aangifte",
        text=m("besluitslot"),
        responsible_organisation="IND",
        responsible=m("aangever"),
        deadline=date(2020, 4, 1),
    )
    # Changed once ("Besluit wijzigen"): the first version, with its texts, is in the history.
    decision = s.decisions.change_decision(
        decision.id, replaces_version=decision.version, deadline=date(2020, 4, 15)
    )
    for action in s.q.actions(case_id=purged.id):
        s.actions.close_action(action.id, meeting_id=m2.id, note=m("afsluiting"))
    s.adoption.record_amendment(m1.id, m("wijziging"), item_id=item_p1.id, in_meeting_id=m2.id)
    s.adoption.adopt_minutes(m1.id, in_meeting_id=m2.id)
    s.meetings.close_meeting(m2.id)
    s.decisions.record_disagreement(decision.id, m("verschil"))

    # OT 2020-03 adopts OT 2020-02 and adds an addendum to OT 2020-01 about the purged case.
    clock.jump(datetime(2020, 4, 2, 9, 0, tzinfo=TZ))
    third = run_meeting(s, date(2020, 4, 2), [])
    m3 = third["meeting"]
    s.adoption.adopt_minutes(m2.id, in_meeting_id=m3.id)
    s.adoption.add_addendum(m1.id, m("addendum"), item_id=item_p1.id, in_meeting_id=m3.id)
    s.meetings.close_meeting(m3.id)
    return {
        "s": s,
        "purged": purged.id,
        "control": control.id,
        "meetings": (m1, m2, m3),
        "items": (item_p1, item_c1, item_p2),
    }


# --- reading the store the hard way ----------------------------------------------------------------
def all_cells(store) -> list[tuple[str, object]]:
    """(table, value) for every value of every row of every table, FTS shadow tables included."""
    out: list[tuple[str, object]] = []
    tables = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'search_index'"
        ).fetchall()
    ]
    for table in tables:
        for row in store.db.execute(f'SELECT * FROM "{table}"').fetchall():
            out.extend((table, value) for value in row)
    return out


def cells_containing(store, needle: str) -> list[str]:
    found = []
    raw = needle.encode()
    for table, value in all_cells(store):
        if (isinstance(value, str) and needle in value) or (isinstance(value, bytes) and raw in value):
            found.append(table)
    return found


def decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    """One SQLCipher 4 page decrypted with the raw key (AES-256-CBC, IV in the reserved bytes)."""
    size = len(page)
    iv = page[size - RESERVE : size - RESERVE + 16]
    start = 16 if number == 1 else 0  # page 1 begins with the salt
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : size - RESERVE]) + decryptor.finalize()


def decrypted_pages(store) -> list[bytes]:
    """Every page of the database file and every frame of the WAL, decrypted, free pages included."""
    key, size = store.key, 4096
    pages = []
    data = store.paths.database.read_bytes()
    for offset in range(0, len(data), size):
        pages.append(decrypt_page(data[offset : offset + size], offset // size + 1, key))
    if store.paths.wal.exists():
        wal = store.paths.wal.read_bytes()
        offset = 32
        while offset + 24 + size <= len(wal):
            number = int.from_bytes(wal[offset : offset + 4], "big")
            pages.append(decrypt_page(wal[offset + 24 : offset + 24 + size], number, key))
            offset += 24 + size
    return pages
