"""Case register commands: ``cases list|show|import|export|retention|risk`` and ``demo``.

``cases import`` is non-interactive: rows in which the anonymity guard finds possible personal
data are *not* stored, and the report lists each finding (field, kind, position, never the text).
To store such a row anyway, confirm it explicitly with a reason: ``--confirm 4="reden"``; the
reason is logged. Exit codes: 0 every row stored; 1 some rows held back or invalid; 2 usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop import cli_io
from desktop.cli_store import open_from_args
from storage.cases.history import HistoryEvent
from storage.errors import EXIT_CHECK_FAILED, EXIT_OK
from storage.i18n import pick


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    cases = sub.add_parser("cases", help=pick("het casusregister", "the case register"))
    cases_sub = cases.add_subparsers(dest="cases_command", metavar="OPDRACHT", required=True)

    p = cases_sub.add_parser("list", parents=[common], help=pick("toon casussen", "list cases"))
    _query_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = cases_sub.add_parser("show", parents=[common], help=pick("toon één casus", "show one case"))
    p.add_argument("reference", metavar="REFERENTIE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = cases_sub.add_parser(
        "import",
        parents=[common],
        help=pick(
            "importeer casussen uit CSV (regels met persoonsgegevens worden niet opgeslagen)",
            "import cases from CSV (rows with personal data are not stored)",
        ),
    )
    p.add_argument("file", metavar="BESTAND.csv")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KOLOM=VELD",
        help=pick(
            "koppel een kolom (naam of nummer vanaf 1) aan een veld, bijv. 'Kenmerk=reference'",
            "map a column (name or number from 1) to a field, e.g. 'Kenmerk=reference'",
        ),
    )
    p.add_argument(
        "--confirm",
        action="append",
        default=[],
        metavar="REGEL=REDEN",
        help=pick(
            "sla een regel met bevindingen tóch op, met deze reden (wordt gelogd)",
            "store a row with findings anyway, for this reason (logged)",
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=pick("alleen het rapport, niets opslaan", "report only, store nothing"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = cases_sub.add_parser("export", parents=[common], help=pick("exporteer naar CSV", "export to CSV"))
    p.add_argument("--out", required=True, metavar="BESTAND.csv")
    _query_arguments(p)
    p.add_argument("--delimiter", choices=[";", ",", "tab"], default=";")
    p.set_defaults(handler=cmd_export)

    p = cases_sub.add_parser(
        "retention",
        parents=[common],
        help=pick(
            "toon of wijzig de bewaartermijn; toont de casussen die aan de beurt zijn",
            "show or change the retention rule; lists the cases that are due",
        ),
    )
    p.add_argument("--years", type=int, metavar="N", help=pick("jaren na afsluiten", "years after closing"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_retention)

    p = cases_sub.add_parser(
        "risk",
        parents=[common],
        help=pick(
            "toon casussen met een zeldzame combinatie van kenmerken (k onder de drempel)",
            "list cases with a rare combination of characteristics (k below the threshold)",
        ),
    )
    p.add_argument(
        "--threshold",
        metavar="K",
        help=pick("drempel voor deze lijst (standaard de instelling)", "threshold for this listing"),
    )
    p.add_argument(
        "--set-threshold",
        metavar="K",
        help=pick(
            "sla de drempel op als instelling (standaard 2)", "store the threshold setting (default 2)"
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_risk)

    p = sub.add_parser(
        "demo",
        help=pick(
            "maak of open de demo-opslag met fictieve casussen",
            "create or open the demo store with fictitious cases",
        ),
    )
    p.add_argument("--store", metavar="PAD")
    p.add_argument(
        "--cases",
        type=int,
        default=40,
        metavar="N",
        help=pick("aantal casussen (standaard 40)", "number of cases (default 40)"),
    )
    p.set_defaults(handler=cmd_demo)


def _query_arguments(p: argparse.ArgumentParser) -> None:
    from storage.cases.service import SORT_KEYS, VIEWS
    from storage.cases.status import CaseStatus

    p.add_argument("--status", choices=[s.value for s in CaseStatus])
    p.add_argument(
        "--view", choices=list(VIEWS), default="all", help=pick("opgeslagen filter", "saved filter")
    )
    p.add_argument("--search", metavar="ZOEKTERM")
    p.add_argument("--sort", choices=list(SORT_KEYS), default="reference")
    p.add_argument("--desc", action="store_true")


def _query(args: argparse.Namespace) -> Any:
    from storage.cases.service import CaseQuery

    return CaseQuery(
        view=args.view,
        status=args.status or "",
        search=args.search or "",
        sort=args.sort,
        descending=args.desc,
    )


def _case_json(case: Any) -> dict[str, Any]:
    data = {name: getattr(case, name) for name in case.__dataclass_fields__}
    data["grounds"] = list(case.grounds)
    return data


def cmd_list(args: argparse.Namespace) -> int:
    from storage.cases.model import format_grounds, format_period, status_label
    from storage.cases.service import CaseService

    with open_from_args(args) as store:
        cases = CaseService(store).list(_query(args))
    if args.json:
        cli_io.out_json([_case_json(c) for c in cases])
        return EXIT_OK
    for case in cases:
        urgent = pick("SPOED", "URGENT") if case.urgent else ""
        cli_io.out(
            "\t".join(
                [
                    case.reference,
                    status_label(case.status),
                    format_grounds(case.grounds),
                    case.country,
                    format_period(case.period_from, case.period_to),
                    urgent,
                ]
            ).rstrip()
        )
    cli_io.err(pick(f"{len(cases)} casus(sen).", f"{len(cases)} case(s)."))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from storage.cases.model import (
        field_label,
        format_grounds,
        format_period,
        ind_status_label,
        status_label,
    )
    from storage.cases.service import CaseService

    with open_from_args(args) as store:
        service = CaseService(store)
        case = service.get_by_reference(args.reference)
        history: list[HistoryEvent] = service.history(case.id)
    if args.json:
        data = _case_json(case)
        data["history"] = [e.__dict__ for e in history]
        cli_io.out_json(data)
        return EXIT_OK
    rows = [
        (field_label("reference").capitalize(), case.reference),
        (field_label("status").capitalize(), status_label(case.status)),
        (field_label("grounds").capitalize(), format_grounds(case.grounds)),
        (field_label("country").capitalize(), case.country),
        (pick("Periode", "Period"), format_period(case.period_from, case.period_to)),
        (field_label("role").capitalize(), case.role),
        (field_label("organisations").capitalize(), case.organisations),
        (field_label("ind_status").capitalize(), ind_status_label(case.ind_status)),
        (field_label("ind_status_note").capitalize(), case.ind_status_note),
        (field_label("urgent").capitalize(), pick("ja", "yes") if case.urgent else pick("nee", "no")),
        (field_label("urgency_reason").capitalize(), case.urgency_reason),
        (field_label("question").capitalize(), case.question),
        (field_label("summary").capitalize(), case.summary),
        (pick("Bewaren tot", "Keep until"), case.retention_until or "-"),
    ]
    cli_io.table(rows)
    for event in history:
        cli_io.out(f"  {event.at[:10]}  {event.title}{'  ' + event.ref if event.ref else ''}")
    return EXIT_OK


def _mapping(table: Any, pairs: list[str]) -> dict[int, str]:
    from storage.cases.csv_io import IMPORT_FIELDS, guess_mapping

    mapping = guess_mapping(table.headers)
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or field not in (*IMPORT_FIELDS, "-"):
            raise cli_io.CliUsage(
                detail=pick(
                    f"--map {pair!r}: gebruik KOLOM=VELD met VELD uit {', '.join(IMPORT_FIELDS)} of '-'.",
                    f"--map {pair!r}: use COLUMN=FIELD with FIELD from {', '.join(IMPORT_FIELDS)} or '-'.",
                )
            )
        if column.isdigit() and 1 <= int(column) <= len(table.headers):
            index = int(column) - 1
        elif column in table.headers:
            index = table.headers.index(column)
        else:
            raise cli_io.CliUsage(
                detail=pick(
                    f"--map: kolom {column!r} bestaat niet.", f"--map: column {column!r} does not exist."
                )
            )
        mapping = {i: f for i, f in mapping.items() if i != index and f != field}
        if field != "-":
            mapping[index] = field
    return mapping


def _confirmations(pairs: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for pair in pairs:
        line, sep, reason = pair.partition("=")
        if not sep or not line.strip().isdigit() or not reason.strip():
            raise cli_io.CliUsage(
                detail=pick(
                    f'--confirm {pair!r}: gebruik REGEL=REDEN, bijv. --confirm 4="pseudoniem van de IND".',
                    f'--confirm {pair!r}: use LINE=REASON, e.g. --confirm 4="pseudonym of the IND".',
                )
            )
        out[int(line)] = reason.strip()
    return out


def _finding_text(finding: Any, labels: dict[str, str]) -> str:
    return pick(
        f"{labels.get(finding.field, finding.field)}: {finding.label('nl')} (teken {finding.start + 1}–{finding.end})",
        f"{labels.get(finding.field, finding.field)}: {finding.label('en')} (characters {finding.start + 1}–{finding.end})",
    )


def cmd_import(args: argparse.Namespace) -> int:
    from storage.anonymity import validate_reason
    from storage.cases.csv_io import plan_import, read_csv_file, run_import
    from storage.cases.model import field_labels

    table = read_csv_file(Path(args.file))
    mapping = _mapping(table, args.map)
    if not mapping:
        raise cli_io.CliUsage(
            detail=pick(
                "geen enkele kolom herkend; koppel kolommen met --map KOLOM=VELD.",
                "no column recognised; map columns with --map COLUMN=FIELD.",
            )
        )
    confirmations = _confirmations(args.confirm)
    for reason in confirmations.values():
        validate_reason(reason)
    labels = field_labels()
    with open_from_args(args) as store:
        plan = plan_import(store, table, mapping)
        unknown = sorted(set(confirmations) - {r.line for r in plan.rows if r.findings})
        if unknown:
            raise cli_io.CliUsage(
                detail=pick(
                    f"--confirm voor regel(s) zonder bevindingen: {', '.join(map(str, unknown))}.",
                    f"--confirm for row(s) without findings: {', '.join(map(str, unknown))}.",
                )
            )
        result = None if args.dry_run else run_import(store, plan, confirmations)
    report: list[dict[str, Any]] = []
    outcomes = {o.line: o for o in result.outcomes} if result else {}
    for row in plan.rows:
        outcome = outcomes.get(row.line)
        state = (
            outcome.outcome
            if outcome
            else {"clean": "would_create", "findings": "would_hold_back"}.get(row.state, row.state)
        )
        if outcome is None and row.state == "findings" and row.line in confirmations:
            state = "would_confirm"
        report.append(
            {
                "line": row.line,
                "outcome": state,
                "reference": outcome.reference if outcome else row.reference,
                "errors": list(row.errors)
                + ([outcome.message] if outcome and outcome.message and outcome.outcome == "failed" else []),
                "findings": [f.to_dict() for f in row.findings],
            }
        )
    if args.json:
        cli_io.out_json(
            {
                "file": str(args.file),
                "columns": {table.headers[i]: f for i, f in sorted(mapping.items())},
                "dry_run": args.dry_run,
                "rows": report,
            }
        )
    else:
        _print_report(plan, report, labels, table, mapping)
    problems = [
        r for r in report if r["outcome"] not in ("created", "confirmed", "would_create", "would_confirm")
    ]
    return EXIT_CHECK_FAILED if problems else EXIT_OK


def _print_report(
    plan: Any, report: list[dict[str, Any]], labels: dict[str, str], table: Any, mapping: dict[int, str]
) -> None:
    words = {
        "created": pick("opgeslagen", "stored"),
        "confirmed": pick("opgeslagen na bevestiging", "stored after confirmation"),
        "held_back": pick("TEGENGEHOUDEN (mogelijke persoonsgegevens)", "HELD BACK (possible personal data)"),
        "invalid": pick("ONGELDIG", "INVALID"),
        "failed": pick("MISLUKT", "FAILED"),
        "would_create": pick("zou worden opgeslagen", "would be stored"),
        "would_confirm": pick("zou na bevestiging worden opgeslagen", "would be stored after confirmation"),
        "would_hold_back": pick("zou worden tegengehouden", "would be held back"),
    }
    columns = ", ".join(f"{table.headers[i]} → {f}" for i, f in sorted(mapping.items()))
    cli_io.out(pick(f"Kolommen: {columns}", f"Columns: {columns}"))
    for item in report:
        row = plan.row(item["line"])
        head = pick(f"regel {item['line']}", f"row {item['line']}")
        reference = f" {item['reference']}" if item["reference"] else ""
        cli_io.out(f"{head}{reference}: {words.get(item['outcome'], item['outcome'])}")
        for error in item["errors"]:
            cli_io.out(f"    - {error}")
        for finding in row.findings:
            cli_io.out(f"    - {_finding_text(finding, labels)}: {finding.reason()}")
    counts: dict[str, int] = {}
    for item in report:
        counts[item["outcome"]] = counts.get(item["outcome"], 0) + 1
    summary = ", ".join(f"{words.get(k, k)}: {v}" for k, v in sorted(counts.items()))
    cli_io.out(pick(f"Totaal: {summary}.", f"Total: {summary}."))
    if counts.get("held_back") or counts.get("would_hold_back"):
        cli_io.out(
            pick(
                "Tegengehouden regels zijn niet opgeslagen. Haal de gegevens uit het bestand, of bevestig "
                'een regel bewust met --confirm REGEL="reden".',
                "Held-back rows were not stored. Remove the data from the file, or confirm a row "
                'deliberately with --confirm LINE="reason".',
            )
        )


def cmd_export(args: argparse.Namespace) -> int:
    from storage.cases.csv_io import export_csv

    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    with open_from_args(args) as store:
        count = export_csv(store, Path(args.out), _query(args), delimiter=delimiter)
    cli_io.out(
        pick(f"{count} casus(sen) geëxporteerd naar {args.out}.", f"{count} case(s) exported to {args.out}.")
    )
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from storage.cases.service import CaseQuery, CaseService

    with open_from_args(args) as store:
        service = CaseService(store)
        if args.years is not None:
            service.set_retention_years(args.years)
        years = service.retention_years()
        due = service.list(CaseQuery(view="retention_due", sort="retention"))
    if args.json:
        cli_io.out_json(
            {
                "years_after_closing": years,
                "due": [{"reference": c.reference, "retention_until": c.retention_until} for c in due],
            }
        )
        return EXIT_OK
    cli_io.out(
        pick(
            f"Bewaartermijn: {years} jaar na afsluiten. {len(due)} casus(sen) aan de beurt voor verwijdering:",
            f"Retention: {years} years after closing. {len(due)} case(s) due for deletion:",
        )
    )
    for case in due:
        cli_io.out(f"  {case.reference}\t{case.retention_until}")
    return EXIT_OK


def _risk_json(risk: Any) -> dict[str, Any]:
    return {
        "reference": risk.reference,
        "k": risk.k,
        "rare_field": risk.rare_field,
        "k_if_generalised": risk.rare_k,
        "suggestions": [
            {"field": s.field, "current": s.current, "proposal": s.proposal, "k_after": s.k_after}
            for s in risk.suggestions
        ],
    }


def _risk_line(risk: Any) -> str:
    from storage.cases.risk import risk_field_label

    parts = [risk.reference, f"k={risk.k}"]
    if risk.rare_field:
        label = risk_field_label(risk.rare_field)
        parts.append(
            pick(
                f"zeldzaam door: {label} (anders k={risk.rare_k})",
                f"rare because of: {label} (otherwise k={risk.rare_k})",
            )
        )
    for s in risk.suggestions[:3]:
        parts.append(f"{risk_field_label(s.field)}: {s.current} → {s.proposal} (k={s.k_after})")
    return "\t".join(parts)


def cmd_risk(args: argparse.Namespace) -> int:
    from storage.cases.risk import RiskService, check_threshold

    with open_from_args(args) as store:
        service = RiskService(store)
        if args.set_threshold is not None:
            service.set_threshold(args.set_threshold)
        limit = check_threshold(args.threshold) if args.threshold is not None else service.threshold()
        rare = [r for r in service.assess_all() if r.informative and r.k < limit]
    if args.json:
        cli_io.out_json({"threshold": limit, "cases": [_risk_json(r) for r in rare]})
        return EXIT_OK
    for risk in rare:
        cli_io.out(_risk_line(risk))
    cli_io.err(
        pick(
            f"{len(rare)} casus(sen) met k < {limit}. Dit is advies; de voorzitter beslist.",
            f"{len(rare)} case(s) with k < {limit}. This is advice; the chair decides.",
        )
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from storage.demo import DEMO_PASSPHRASE, open_or_create_demo
    from storage.paths import StorePaths
    from ui.locations import demo_store_dir

    if args.cases < 0 or args.cases > 100_000:
        raise cli_io.CliUsage(
            detail=pick("--cases moet tussen 0 en 100000 liggen.", "--cases must be between 0 and 100000.")
        )
    root = Path(args.store).expanduser().resolve() if args.store else demo_store_dir()
    existed = StorePaths(root).exists()
    with open_or_create_demo(root, cases=args.cases) as store:
        from storage.cases.service import CaseService

        count = CaseService(store).count()
    if existed:
        cli_io.out(
            pick(
                f"Demo-opslag bestond al in {root} ({count} casussen); niets toegevoegd. Kies een andere "
                "map met --store om een nieuwe te maken.",
                f"Demo store already existed in {root} ({count} cases); nothing added. Choose another "
                "folder with --store to make a new one.",
            )
        )
    else:
        cli_io.out(
            pick(
                f"Demo-opslag gemaakt in {root} met {count} fictieve casussen.",
                f"Demo store created in {root} with {count} fictitious cases.",
            )
        )
    cli_io.out(pick(f"Wachtwoord van de demo: {DEMO_PASSPHRASE}", f"Demo passphrase: {DEMO_PASSPHRASE}"))
    return EXIT_OK
