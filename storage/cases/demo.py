"""Demo cases: realistic in shape, clearly fictitious in content, without any names.

Countries, conflicts, organisations and roles are the kind that reach the 1F table (Afghanistan's
KhAD/WAD, Iraq, Syria, Rwanda, DR Congo, Sierra Leone, the former Yugoslavia, Eritrea, Sri Lanka,
Chechnya, …); the people do not exist. Every text fragment passes the anonymity guard before it is
used (``check_fragments``), and each summary says that the case is fictitious.

``fill_demo(store, cases)`` makes ``cases`` cases; thousands for benchmarks go in one transaction
with bulk inserts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from storage.cases import search
from storage.cases.model import IND_STATUSES
from storage.cases.retention import update_dates
from storage.cases.service import CaseService, document_text
from storage.errors import InternalError
from storage.guard import scan
from storage.store import Store


@dataclass(frozen=True)
class Conflict:
    country: str
    grounds: str
    years: tuple[int, int]
    organisations: tuple[str, ...]
    roles: tuple[str, ...]
    context: str


CONFLICTS: tuple[Conflict, ...] = (
    Conflict(
        "Afghanistan",
        "a",
        (1979, 1992),
        ("KhAD", "WAD", "KhAD, later WAD"),
        (
            "ondervrager bij een afdeling van de KhAD in Kabul",
            "officier bij de WAD, afdeling binnenlandse veiligheid",
            "hoofd van een provinciaal kantoor van de KhAD",
            "bewaker in een gevangenis van de inlichtingendienst",
        ),
        "de communistische inlichtingendienst in de jaren tachtig",
    ),
    Conflict(
        "Afghanistan",
        "a",
        (1992, 2001),
        ("Hezb-e Islami", "Jamiat-e Islami", "de Taliban"),
        (
            "commandant van een gewapende groep tijdens de burgeroorlog",
            "lid van een eenheid die checkpoints rond de hoofdstad bemande",
            "functionaris bij het ministerie van deugdbevordering",
        ),
        "de burgeroorlog en het bewind van de Taliban",
    ),
    Conflict(
        "Irak",
        "a",
        (1980, 2003),
        ("Mukhabarat", "Istikhbarat", "Fedayeen Saddam", "de Baath-partij"),
        (
            "officier bij de Mukhabarat (inlichtingendienst)",
            "ondervrager bij de militaire inlichtingendienst",
            "lid van de Fedayeen Saddam",
            "partijfunctionaris met een leidinggevende functie",
        ),
        "het veiligheidsapparaat van het voormalige regime",
    ),
    Conflict(
        "Syrië",
        "a",
        (2011, 2019),
        ("luchtmachtinlichtingendienst", "militaire inlichtingendienst", "een pro-regeringsmilitie"),
        (
            "officier bij de luchtmachtinlichtingendienst",
            "bewaker in een detentiecentrum van de militaire inlichtingendienst",
            "commandant van een checkpoint",
            "lid van een pro-regeringsmilitie",
        ),
        "de gewapende onderdrukking van protesten vanaf 2011",
    ),
    Conflict(
        "Syrië",
        "a, c",
        (2013, 2019),
        ("ISIS", "Jabhat al-Nusra"),
        (
            "lid van ISIS met een functie in de lokale religieuze politie",
            "strijder bij Jabhat al-Nusra",
            "administratief medewerker binnen ISIS",
        ),
        "het gebied onder controle van gewapende jihadistische groepen",
    ),
    Conflict(
        "Rwanda",
        "a",
        (1994, 1994),
        ("Interahamwe", "het Rwandese regeringsleger (FAR)", "het lokale bestuur"),
        (
            "lokaal bestuurder in een prefectuur",
            "lid van de Interahamwe",
            "officier bij het Rwandese regeringsleger (FAR)",
        ),
        "de genocide op de Tutsi in 1994",
    ),
    Conflict(
        "DR Congo",
        "a",
        (1998, 2008),
        ("FARDC", "een rebellenbeweging in Ituri", "Mai-Mai"),
        (
            "commandant in een rebellenbeweging in Ituri",
            "officier bij de FARDC in Oost-Congo",
            "lid van een Mai-Mai-groep",
        ),
        "de gewapende conflicten in Ituri en de Kivu's",
    ),
    Conflict(
        "Sierra Leone",
        "a",
        (1991, 2002),
        ("RUF", "AFRC"),
        (
            "commandant bij het Revolutionary United Front",
            "lid van de AFRC-junta",
        ),
        "de burgeroorlog in Sierra Leone",
    ),
    Conflict(
        "Voormalig Joegoslavië (Bosnië-Herzegovina)",
        "a",
        (1992, 1995),
        ("een paramilitaire eenheid", "de Bosnisch-Servische politie", "het leger van de Republika Srpska"),
        (
            "lid van een paramilitaire eenheid",
            "bewaker in een detentiekamp",
            "officier bij de Bosnisch-Servische politie",
        ),
        "de oorlog in Bosnië-Herzegovina",
    ),
    Conflict(
        "Eritrea",
        "a, b",
        (1998, 2018),
        ("de nationale veiligheidsdienst", "het leger"),
        (
            "bewaker in een militaire gevangenis",
            "officier bij de nationale veiligheidsdienst",
        ),
        "de detentie van dienstplichtigen en dissidenten",
    ),
    Conflict(
        "Sri Lanka",
        "a",
        (1983, 2009),
        ("LTTE", "het Sri Lankaanse leger"),
        (
            "lid van de LTTE met een functie in de inlichtingentak",
            "officier bij het leger in het noorden",
        ),
        "de burgeroorlog tussen het leger en de LTTE",
    ),
    Conflict(
        "Tsjetsjenië (Russische Federatie)",
        "a",
        (1999, 2009),
        ("FSB", "een lokale veiligheidseenheid"),
        (
            "lid van een lokale veiligheidseenheid",
            "officier bij de FSB in de Noord-Kaukasus",
        ),
        "de Tweede Tsjetsjeense Oorlog",
    ),
    Conflict(
        "Ethiopië",
        "a",
        (1977, 1991),
        ("het Derg-regime", "een kebele-bestuur"),
        (
            "functionaris van een kebele tijdens de Rode Terreur",
            "ondervrager bij de centrale gevangenis",
        ),
        "de Rode Terreur onder het Derg-regime",
    ),
    Conflict(
        "Iran",
        "b",
        (1981, 1988),
        ("de Revolutionaire Garde", "de gevangenisdienst"),
        (
            "bewaker in een politieke gevangenis",
            "lid van de Revolutionaire Garde",
        ),
        "de executies van politieke gevangenen in de jaren tachtig",
    ),
)

EVIDENCE: tuple[str, ...] = (
    "Het dossier bevat het eigen asielrelaas en openbare bronnen over de werkwijze van deze dienst.",
    "Er zijn ambtsberichten van Buitenlandse Zaken over de betrokken eenheid.",
    "Betrokkene heeft zijn functie in twee gehoren in wisselende bewoordingen beschreven.",
    "Openbare rapporten van mensenrechtenorganisaties beschrijven stelselmatige mishandeling in deze periode.",
    "De rol blijkt uit overgelegde diploma's en een aanstellingsbrief.",
    "Er zijn geen aanwijzingen voor een leidinggevende functie.",
)
PRESENCE: tuple[str, ...] = (
    "Betrokkene verblijft in Nederland; uitlevering is niet aan de orde.",
    "Betrokkene verblijft in Nederland en is niet verwijderbaar.",
    "Mogelijk onderzoekt een ander Europees land dezelfde feiten.",
    "Vertrek naar een derde land is aangekondigd.",
)
QUESTIONS: tuple[str, ...] = (
    "Ziet het OM aanleiding voor een strafrechtelijk onderzoek?",
    "Kan het OM beoordelen of er voldoende aanknopingspunten zijn voor een aangifte?",
    "Is er bij het OM of het Team Internationale Misdrijven al informatie over deze eenheid?",
    "Acht het OM een aangifte zinvol, gezien de aangekondigde vertrekdatum?",
)
URGENCY: tuple[str, ...] = (
    "Het vertrek uit Nederland is aangekondigd.",
    "Op het naturalisatieverzoek moet binnen de wettelijke termijn worden beslist.",
    "De termijn voor het besluit op het verzoek loopt binnenkort af.",
)
STATUS_NOTES: dict[str, tuple[str, ...]] = {
    "asylum_refused_1f": ("Beroep bij de rechtbank loopt.", "Besluit onherroepelijk."),
    "residence_permit": ("Regulier verblijf na eerdere 1F-tegenwerping.",),
    "naturalisation_pending": ("Verzoek ingediend; beslistermijn loopt.",),
    "departure_imminent": ("Vertrek naar een derde land aangekondigd.",),
    "not_removable_art3": ("Art. 3 EVRM-toets afgerond: niet verwijderbaar.",),
    "other": ("Zie de samenvatting.",),
}
FICTIONAL = "Fictieve voorbeeldcasus."

_STATUS_MIX = (
    ["new"] * 8
    + ["on_agenda"] * 7
    + ["under_discussion"] * 3
    + ["awaiting_information"] * 5
    + ["deferred"] * 3
    + ["aangifte"] * 5
    + ["geen_aangifte"] * 4
    + ["closed"] * 5
)
_CLOSED = ("aangifte", "geen_aangifte", "closed")


def fragments() -> list[str]:
    """Every piece of demo text, for the guard check."""
    out = [FICTIONAL, *EVIDENCE, *PRESENCE, *QUESTIONS, *URGENCY]
    for notes in STATUS_NOTES.values():
        out.extend(notes)
    for c in CONFLICTS:
        out += [c.country, c.context, *c.organisations, *c.roles]
        out += [_summary(c, role, c.organisations[0], EVIDENCE[0], PRESENCE[0]) for role in c.roles]
    return out


def check_fragments() -> None:
    """Every demo text passes the guard; a demo must never teach users to override it."""
    flagged = [text for text in fragments() if scan(text)]
    if flagged:
        raise InternalError(detail=f"{len(flagged)} demo text(s) flagged by the guard")


def _summary(c: Conflict, role: str, organisation: str, evidence: str, presence: str) -> str:
    return (
        f"Betrokkene zou {role} zijn geweest, in de context van {c.context}. "
        f"Organisatie: {organisation}. {evidence} {presence} {FICTIONAL}"
    )


def _period(rng: random.Random, c: Conflict) -> tuple[str, str]:
    low, high = c.years
    start = rng.randint(low, high)
    end = min(high, start + rng.randint(0, 5))
    if rng.random() < 0.25:
        return f"{start}-{rng.randint(1, 12):02d}", str(end)
    return str(start), str(end)


def _rows(count: int, today: date, rng: random.Random) -> list[dict[str, object]]:
    rows = []
    years_back = max(1, min(8, count // 15))
    for n in range(count):
        c = CONFLICTS[n % len(CONFLICTS)] if n < len(CONFLICTS) else rng.choice(CONFLICTS)
        role = rng.choice(c.roles)
        organisation = rng.choice(c.organisations)
        start, end = _period(rng, c)
        ind_status = rng.choice(IND_STATUSES)
        status = _STATUS_MIX[n % len(_STATUS_MIX)] if n < 40 else rng.choice(_STATUS_MIX)
        urgent = status in ("new", "on_agenda", "under_discussion", "deferred") and rng.random() < 0.3
        created = today - timedelta(days=rng.randint(20, 365 * years_back))
        year = created.year
        closed = None
        if status in _CLOSED:
            # Some closed long ago, so that the register has cases whose retention date has passed.
            closed = created + timedelta(days=rng.randint(30, 400))
            if n % 3 == 0:
                closed = today - timedelta(days=365 * rng.randint(6, 9))
                created = closed - timedelta(days=rng.randint(30, 300))
                year = created.year
            closed = min(closed, today)
        rows.append(
            {
                "year": year,
                "status": status,
                "grounds": ",".join(g.strip() for g in c.grounds.split(",")),
                "country": c.country,
                "period_from": start,
                "period_to": end,
                "role": role,
                "organisations": organisation,
                "ind_status": ind_status,
                "ind_status_note": rng.choice(STATUS_NOTES[ind_status]),
                "urgent": int(urgent),
                "urgency_reason": rng.choice(URGENCY) if urgent else "",
                "question": rng.choice(QUESTIONS),
                "summary": _summary(c, role, organisation, rng.choice(EVIDENCE), rng.choice(PRESENCE)),
                "created": created,
                "closed": closed,
            }
        )
    return rows


def fill_demo(store: Store, cases: int) -> None:
    """Add ``cases`` fictitious cases (and their search index and history) in one transaction."""
    if cases <= 0:
        return
    check_fragments()
    rng = random.Random(1951)  # the year of the Refugee Convention: the same demo every time
    today = store.now().date()
    rows = _rows(cases, today, rng)
    rows.sort(key=lambda r: r["created"])  # type: ignore[arg-type, return-value]
    db = store.db
    numbers: dict[int, int] = {}
    with db.atomic():
        first_new = int(db.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]) + 1
        records = []
        for r in rows:
            year = int(r["year"])  # type: ignore[call-overload]
            numbers[year] = numbers.get(year, 0) + 1
            r["reference"] = f"C-{year}-{numbers[year]:03d}"
            created = r["created"].isoformat() + "T10:00:00"  # type: ignore[attr-defined]
            closed = r["closed"].isoformat() if r["closed"] else None  # type: ignore[attr-defined]
            records.append(
                (
                    r["reference"],
                    r["status"],
                    r["grounds"],
                    r["country"],
                    r["period_from"],
                    r["period_to"],
                    r["role"],
                    r["organisations"],
                    r["ind_status"],
                    r["ind_status_note"],
                    r["urgent"],
                    r["urgency_reason"],
                    r["question"],
                    r["summary"],
                    created,
                    closed or created,
                    closed,
                )
            )
        db.conn.executemany(
            "INSERT INTO cases (reference, status, grounds, country, period_from, period_to, role, "
            "organisations, ind_status, ind_status_note, urgent, urgency_reason, question, summary, "
            "created_at, updated_at, closed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            records,
        )
        update_dates(store)
        for year, value in numbers.items():
            db.execute(
                "INSERT INTO counters(name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
                (f"case-reference-{year}", value),
            )
        new_ids = [r[0] for r in db.execute("SELECT id FROM cases WHERE id >= ? ORDER BY id", (first_new,))]
        documents = []
        events = []
        for case in CaseService(store).cases(new_ids):
            documents.append((case.id, document_text(case)))
            events.append((case.id, case.created_at, "created", "{}", ""))
            if case.status != "new":
                at = (case.closed_at + "T16:00:00") if case.closed_at else case.created_at
                data = f'{{"from": "new", "to": "{case.status}"}}'
                events.append((case.id, at, "status", data, ""))
        db.conn.executemany("INSERT INTO search_index(rowid, body) VALUES (?, ?)", documents)
        db.conn.executemany(
            "INSERT INTO case_events(case_id, at, kind, data, ref) VALUES (?,?,?,?,?)", events
        )
        store.audit.append("case.demo", "case", "", detail={"count": len(new_ids)})
    search.optimise(store)
