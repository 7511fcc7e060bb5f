"""Report command: write a printed record as PDF/A.

    overlegtafel report {agenda,verslag,besluitenlijst,actielijst,uittreksel,register,jaaroverzicht}
        [--meeting 'OT 2026-03'] [--case C-2026-014] [--year 2026 | --from DATE --to DATE]
        [--chair] [--copies N] --out FILE.pdf [--json]

Meeting documents need ``--meeting``, the excerpt ``--case``; the register takes ``--year`` or a
period (neither: every decision); the jaaroverzicht needs ``--year``. The language follows
``--lang``. The file is written atomically (temp file in the same folder, fsync, rename) and the export is recorded in the audit log
(``report.export``: kind, meeting or case, version, copies; never content).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import cli_io
from desktop.cli_store import open_from_args
from storage.errors import EXIT_OK, ValidationError
from storage.i18n import pick

if TYPE_CHECKING:
    from reports.documents import DocumentRequest

KINDS = ("agenda", "verslag", "besluitenlijst", "actielijst", "uittreksel", "register", "jaaroverzicht")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            pick(f"geen datum (JJJJ-MM-DD): {value!r}", f"not a date (YYYY-MM-DD): {value!r}")
        ) from None


def _copies(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 99:
        raise argparse.ArgumentTypeError(pick("kies 1 tot en met 99 exemplaren", "choose 1 to 99 copies"))
    return number


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help=pick("schrijf een document als PDF", "write a document as PDF"),
        description=pick(
            "Schrijf agenda, verslag, besluitenlijst, actielijst, uittreksel per casus of "
            "besluitenregister als PDF/A. De export komt in het logboek.",
            "Write the agenda, minutes, decision list, action list, case excerpt or decision "
            "register as PDF/A. The export is recorded in the audit log.",
        ),
    )
    p.add_argument("kind", choices=KINDS, metavar="{" + ",".join(KINDS) + "}")
    p.add_argument(
        "--meeting",
        metavar="'OT JJJJ-NN'",
        help=pick("vergadernummer, bijv. 'OT 2026-03'", "meeting number, e.g. 'OT 2026-03'"),
    )
    p.add_argument(
        "--case", metavar="REF", help=pick("casusreferentie (uittreksel)", "case reference (excerpt)")
    )
    p.add_argument(
        "--year", type=int, metavar="JAAR", help=pick("jaar (besluitenregister)", "year (register)")
    )
    p.add_argument("--from", dest="start", type=_date, metavar="JJJJ-MM-DD", help=pick("vanaf", "from"))
    p.add_argument(
        "--to", dest="end", type=_date, metavar="JJJJ-MM-DD", help=pick("tot en met", "up to and including")
    )
    p.add_argument(
        "--chair",
        action="store_true",
        help=pick("voorzittersversie van de agenda", "chair's version of the agenda"),
    )
    p.add_argument(
        "--copies",
        type=_copies,
        default=1,
        metavar="N",
        help=pick("aantal genummerde exemplaren in de PDF", "number of numbered copies in the PDF"),
    )
    p.add_argument("--out", required=True, metavar="BESTAND.pdf", help=pick("uitvoerbestand", "output file"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_report)


def _request(args: argparse.Namespace) -> DocumentRequest:
    from reports.documents import DocumentRequest

    if args.chair and args.kind != "agenda":
        raise ValidationError(
            detail=pick("--chair hoort alleen bij de agenda.", "--chair only applies to the agenda.")
        )
    if args.kind == "uittreksel" and not args.case:
        raise ValidationError(detail=pick("Geef de casus met --case.", "Give the case with --case."))
    if args.kind == "jaaroverzicht" and args.year is None:
        raise ValidationError(detail=pick("Geef het jaar met --year.", "Give the year with --year."))
    if args.kind not in ("uittreksel", "register", "jaaroverzicht") and not args.meeting:
        raise ValidationError(
            detail=pick(
                f"Geef de vergadering met --meeting voor {args.kind}.",
                f"Give the meeting with --meeting for {args.kind}.",
            )
        )
    if args.meeting:
        from storage.meetings.numbering import parse_meeting_number

        parse_meeting_number(args.meeting)
    return DocumentRequest(
        args.kind,
        meeting_number=args.meeting if args.kind not in ("uittreksel", "register", "jaaroverzicht") else None,
        case_reference=args.case if args.kind == "uittreksel" else None,
        year=args.year if args.kind in ("register", "jaaroverzicht") else None,
        start=args.start if args.kind == "register" else None,
        end=args.end if args.kind == "register" else None,
        chair_version=args.chair,
        copies=args.copies,
    )


def cmd_report(args: argparse.Namespace) -> int:
    from reports.documents import build_document, record_output
    from storage.atomic import write_atomic

    request = _request(args)
    out = Path(args.out)
    if out.is_dir():
        raise ValidationError(detail=pick(f"{out} is een map.", f"{out} is a folder."))
    with open_from_args(args) as store:
        document = build_document(store, request)
        write_atomic(out, document.pdf)
        record_output(store, document, "report.export")
    if args.json:
        cli_io.out_json(
            {
                "kind": document.kind,
                "title": document.title,
                "object_type": document.object_type,
                "object": document.object_id,
                "version": document.version,
                "status": document.status,
                "pages": document.pages,
                "copies": document.copies,
                "lang": document.lang,
                "out": str(out),
            }
        )
        return EXIT_OK
    cli_io.out(
        pick(
            f"{document.title} ({document.object_id}, versie {document.version}, pagina's: "
            f"{document.pages}, exemplaren: {document.copies}) geschreven naar {out}",
            f"{document.title} ({document.object_id}, version {document.version}, pages: "
            f"{document.pages}, copies: {document.copies}) written to {out}",
        )
    )
    return EXIT_OK
