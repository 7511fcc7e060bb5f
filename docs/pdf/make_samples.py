"""Build the sample records shown in docs/pdf/ and render their pages to PNG.

    .venv/bin/python docs/pdf/make_samples.py

All content is invented and anonymised; it only exercises the layout.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reports.document_info import DocumentInfo  # noqa: E402
from reports.escape import para, rich  # noqa: E402
from reports.layout import render_pdf  # noqa: E402
from reports.recovery_sheet import build_recovery_sheet  # noqa: E402
from reports.styles import STYLES  # noqa: E402
from reports.tables import data_table, key_value_table  # noqa: E402

OUT = Path(__file__).resolve().parent
MEETING = "Overlegtafel 1F · OT 2026-03 · woensdag 5 juli 2023"
MARKING = "DEPARTEMENTAAL VERTROUWELIJK"
FINGERPRINT = "9c41e07d2b5a8f3e6d10c7b4a2f95e8137d6c0b9a4e2f71d58c3b6a09e7d4f21"

DECISIONS = [
    ("B-2026-03-01", "Het verslag van OT 2026-02 wordt ongewijzigd vastgesteld."),
    ("B-2026-03-02", "Zaak 2026-014: aangifte. Het OM beoordeelt het dossier op artikel 1F-feiten "
     "en rapporteert in OT 2026-05."),
    ("B-2026-03-03", "Zaak 2026-017: aanhouden tot OT 2026-04; de IND vraagt aanvullende "
     "landeninformatie op over de periode 1994–1996."),
    ("B-2026-03-04", "Zaak 2025-088: geen aangifte. Bij een naturalisatieverzoek komt de zaak "
     "opnieuw op de agenda."),
    ("B-2026-03-05", "Zaak 2026-021 wordt door de IND ingetrokken; afgesloten."),
]
ACTIONS = [
    ["A-2026-02-03", "Landeninformatie 1994–1996 opvragen", "IND", "12 juli 2023", "afgerond"],
    ["A-2026-03-01", "Dossier zaak 2026-014 overdragen aan het OM", "IND", "19 juli 2023",
     "open"],
    ["A-2026-03-02", "Terugkoppeling beoordeling zaak 2026-014", "OM", "OT 2026-05", "open"],
    ["A-2026-01-04", "Werkafspraken <vertrouwelijkheid> & archivering actualiseren",
     "secretariaat", "1 september 2023", "open"],
]  # fmt: skip


def decision_list(lang_note: str) -> list:
    story = [
        para("Aanwezig", STYLES.h2),
        para("IND: drie medewerkers 1F-unit (één vanaf agendapunt 4). OM: twee officieren van "
             "justitie, één beleidsmedewerker. Secretariaat: één notulist.", STYLES.body),
        para("Afwezig met bericht: één officier van justitie.", STYLES.body),
        para("Besluiten", STYLES.h1),
        data_table(["Nr", "Besluit"], [list(d) for d in DECISIONS], [0.2, 0.8]),
        para("Actielijst", STYLES.h1),
        para(lang_note, STYLES.small),
        data_table(
            ["Nr", "Actie", "Actiehouder", "Deadline", "Status"],
            ACTIONS * 3,
            [0.17, 0.38, 0.16, 0.17, 0.12],
            struck_rows={0, 4, 8},
        ),
        para("Rondvraag en sluiting", STYLES.h1),
        para(rich("De voorzitter sluit de vergadering om <b>{time}</b>. De volgende vergadering "
                  "is op {date}.", time="12.30 uur", date="woensdag 6 september 2023"),
             STYLES.body),
    ]  # fmt: skip
    return story


def agenda_en() -> list:
    items = [
        ("1", "Opening and adoption of the agenda"),
        ("2", "Minutes and decision list of OT 2026-02 (for adoption); action list"),
        ("3", "Case 2026-014: assessment of Article 1F indications"),
        ("4", "Case 2026-017: country information 1994–1996"),
        ("5", "Any other business"),
        ("6", "Close; next meeting"),
    ]
    return [
        key_value_table(
            [("Date", "Wednesday 5 July 2023"), ("Time", "10:00 – 12:30"), ("Place", "—")]
        ),
        para("Agenda", STYLES.h1),
        data_table(["Item", "Subject"], [list(i) for i in items], [0.1, 0.9]),
    ]


def render(name: str, pdf: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "render_pdf_pages.py"), str(path), str(OUT)],
            check=True,
        )


def main() -> None:
    concept = DocumentInfo(
        title="Besluitenlijst en actielijst", meeting=MEETING, marking=MARKING,
        status="concept", adopted_on=None, fingerprint=None, version="1",
        issued=date(2023, 7, 5),
    )  # fmt: skip
    render("besluitenlijst-concept", render_pdf(concept, lambda: decision_list(
        "Doorgehaalde acties zijn afgerond en vervallen na vaststelling van dit verslag.")))
    adopted = DocumentInfo(
        title="Besluitenlijst en actielijst", meeting=MEETING, marking=MARKING,
        status="vastgesteld", adopted_on=date(2023, 9, 6), fingerprint=FINGERPRINT, version="2",
        issued=date(2023, 7, 5),
    )  # fmt: skip
    render("besluitenlijst-vastgesteld", render_pdf(adopted, lambda: decision_list(
        "Doorgehaalde acties zijn afgerond."), copies=2))
    agenda = DocumentInfo(
        title="Agenda", meeting="Overlegtafel 1F · OT 2026-03 · 5 July 2023", marking=None,
        status="concept", adopted_on=None, fingerprint=None, version="1",
        issued=date(2023, 6, 28), lang="en",
    )  # fmt: skip
    render("agenda-en", render_pdf(agenda, agenda_en))
    code = "7KQ2M-ABCDE-FGH23-JK456-MNPQR-STWXY-Z2345-6789A"
    for lang, name in (("nl", "herstelcode"), ("en", "herstelcode-en")):
        render(name, build_recovery_sheet(code, "st-4f9c2e1a7b3d", "Overlegtafel 1F (IND–OM)",
                                          date(2026, 3, 2), MARKING, lang))  # fmt: skip


if __name__ == "__main__":
    main()
