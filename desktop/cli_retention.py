"""Retention commands: ``retention list|rules|purge``.

``retention purge`` is a dry run unless ``--confirm`` is given: it shows what the purge would
remove (and what stops it) without changing anything. With ``--confirm`` the cases are purged in
one transaction, the store is vacuumed and the WAL truncated. Exit codes: 0 done (or nothing to
do); 1 a case cannot be purged (the reasons are printed); 2 usage.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop import cli_io
from desktop.cli_store import open_from_args
from storage.errors import EXIT_CHECK_FAILED, EXIT_OK
from storage.i18n import pick


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    retention = sub.add_parser(
        "retention",
        help=pick(
            "bewaartermijnen: casussen die aan de beurt zijn, verwijderen",
            "retention: cases that are due, purging",
        ),
    )
    rsub = retention.add_subparsers(dest="retention_command", metavar="OPDRACHT", required=True)

    p = rsub.add_parser(
        "list",
        parents=[common],
        help=pick(
            "toon de termijnen, de casussen die aan de beurt zijn en de verwijderde casussen",
            "show the rules, the cases that are due and the purged cases",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = rsub.add_parser(
        "rules",
        parents=[common],
        help=pick("toon of wijzig de termijn per status", "show or change the period per status"),
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="STATUS=JAREN",
        help=pick(
            "bijv. aangifte=2, geen_aangifte=5, closed=5 (jaren na het laatste besluit)",
            "e.g. aangifte=2, geen_aangifte=5, closed=5 (years after the latest decision)",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rules)

    p = rsub.add_parser(
        "purge",
        parents=[common],
        help=pick(
            "verwijder casussen waarvan de bewaartermijn voorbij is (zonder --confirm: proefdraai)",
            "purge cases whose retention period has passed (without --confirm: dry run)",
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", action="append", metavar="REFERENTIE", help=pick("deze casus", "this case"))
    which.add_argument(
        "--all-due",
        action="store_true",
        help=pick("alle casussen die aan de beurt zijn", "every case that is due"),
    )
    p.add_argument(
        "--confirm",
        action="store_true",
        help=pick("echt verwijderen (anders alleen een proefdraai)", "really purge (otherwise a dry run)"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_purge)

    p = rsub.add_parser(
        "compact",
        parents=[common],
        help=pick(
            "schoon de opslag op (VACUUM, WAL legen), bijv. als dat na verwijderen niet lukte",
            "compact the store (VACUUM, empty the WAL), e.g. when that failed after a purge",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_compact)


def _rules_line(rules: dict[str, int]) -> str:
    from storage.cases.model import status_label
    from storage.retention_rules import RULE_STATUSES

    parts = [
        pick(
            f"{status_label(s, 'nl').lower()} {rules[s]} jaar",
            f"{status_label(s, 'en').lower()} {rules[s]} years",
        )
        for s in RULE_STATUSES
    ]
    return pick(
        f"Bewaartermijnen (na het laatste besluit): {', '.join(parts)}; open casussen nooit.",
        f"Retention periods (after the latest decision): {', '.join(parts)}; open cases never.",
    )


def _due_json(case: Any) -> dict[str, Any]:
    data = {name: getattr(case, name) for name in case.__dataclass_fields__}
    data["status_label"] = case.status_label()
    return data


def cmd_list(args: argparse.Namespace) -> int:
    from storage.purge import PurgeService

    with open_from_args(args) as store:
        service = PurgeService(store)
        rules = service.rules()
        due = service.due()
        tombstones = service.tombstones()
    if args.json:
        cli_io.out_json(
            {
                "rules": rules,
                "due": [_due_json(c) for c in due],
                "purged": [t.to_dict() for t in tombstones],
            }
        )
        return EXIT_OK
    cli_io.out(_rules_line(rules))
    cli_io.out(pick(f"Aan de beurt voor verwijdering: {len(due)}", f"Due for purging: {len(due)}"))
    for case in due:
        decision = (
            f"{case.last_decision} ({case.last_decision_date}, {case.outcome_label})"
            if case.last_decision
            else "-"
        )
        cli_io.out(
            f"  {case.reference}\t{case.status_label()}\t"
            + pick(
                f"besluit {decision}\tbewaren tot {case.retention_until}",
                f"decision {decision}\tkeep until {case.retention_until}",
            )
        )
    cli_io.out(pick(f"Verwijderd: {len(tombstones)}", f"Purged: {len(tombstones)}"))
    for tombstone in tombstones:
        cli_io.out(f"  {tombstone.text()}")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from storage.retention_rules import rules, set_rules

    changes: dict[str, int] = {}
    for pair in args.set:
        status, sep, years = pair.partition("=")
        if not sep or not years.strip().lstrip("-").isdigit():
            raise cli_io.CliUsage(
                detail=pick(
                    f"--set {pair!r}: gebruik STATUS=JAREN, bijv. aangifte=2.",
                    f"--set {pair!r}: use STATUS=YEARS, e.g. aangifte=2.",
                )
            )
        changes[status.strip()] = int(years)
    with open_from_args(args) as store:
        changed = set_rules(store, changes) if changes else 0
        current = rules(store)
    if args.json:
        cli_io.out_json({"rules": current, "dates_changed": changed})
        return EXIT_OK
    cli_io.out(_rules_line(current))
    if changes:
        cli_io.out(
            pick(f"{changed} bewaardatum/-data herberekend.", f"{changed} retention date(s) recomputed.")
        )
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from storage.purge import PurgeService

    with open_from_args(args) as store:
        service = PurgeService(store)
        references = list(args.case) if args.case else [c.reference for c in service.due()]
        if not references:
            if args.json:
                cli_io.out_json({"confirmed": args.confirm, "plans": [], "purged": []})
            else:
                cli_io.out(
                    pick("Geen casussen aan de beurt voor verwijdering.", "No cases are due for purging.")
                )
            return EXIT_OK
        ids = [service.case_id(r) for r in references]
        if not args.confirm:
            plans = service.plan(ids)
            ok = all(p.can_purge for p in plans)
            if args.json:
                cli_io.out_json({"confirmed": False, "plans": [p.to_dict() for p in plans], "purged": []})
            else:
                cli_io.out(
                    pick(
                        "PROEFDRAAI: er is niets verwijderd. Voer dezelfde opdracht uit met --confirm om te verwijderen.",
                        "DRY RUN: nothing was purged. Run the same command with --confirm to purge.",
                    )
                )
                for plan in plans:
                    lines = plan.summary()
                    cli_io.out(lines[0])
                    for line in lines[1:]:
                        cli_io.out(f"    {line}")
            return EXIT_OK if ok else EXIT_CHECK_FAILED
        report = service.purge(ids)
    if args.json:
        cli_io.out_json(
            {
                "confirmed": True,
                "plans": [p.to_dict() for p in report.plans],
                "purged": [t.to_dict() for t in report.tombstones],
                "redacted": list(report.redacted),
                "compact": report.compact.to_dict() if report.compact else None,
                "compact_error": report.compact_error,
                "set_aside_removed": report.set_aside_removed,
            }
        )
        return EXIT_CHECK_FAILED if report.compact_error else EXIT_OK
    for tombstone in report.tombstones:
        cli_io.out(tombstone.text())
    if report.redacted:
        cli_io.out(
            pick(
                f"Als geschoond gemarkeerd (oorspronkelijke vingerafdruk bewaard): {', '.join(report.redacted)}",
                f"Marked redacted (original fingerprint kept): {', '.join(report.redacted)}",
            )
        )
    if report.set_aside_removed:
        cli_io.out(
            pick(
                f"Apart gezette kopieën van de opslag (vervangen/, beschadigd/) verwijderd: {report.set_aside_removed}.",
                f"Set-aside copies of the store (vervangen/, beschadigd/) removed: {report.set_aside_removed}.",
            )
        )
    if report.compact is not None:
        _print_compact(report.compact)
    cli_io.out(
        pick(
            "Let op: eerder gemaakte back-ups bevatten de gegevens nog tot ze volgens de rotatie vervallen.",
            "Note: backups made earlier still hold the data until the rotation drops them.",
        )
    )
    if report.compact_error:
        cli_io.err(
            pick(
                f"Verwijderd, maar opschonen lukte niet: {report.compact_error} "
                "Probeer later 'overlegtafel retention compact'.",
                f"Purged, but compacting failed: {report.compact_error} "
                "Try 'overlegtafel retention compact' later.",
            )
        )
        return EXIT_CHECK_FAILED
    return EXIT_OK


def _print_compact(c: Any) -> None:
    cli_io.out(
        pick(
            f"Opslag opgeschoond (VACUUM): {c.pages_before} → {c.pages_after} pagina's; WAL {c.wal_bytes} bytes.",
            f"Store compacted (VACUUM): {c.pages_before} → {c.pages_after} pages; WAL {c.wal_bytes} bytes.",
        )
    )


def cmd_compact(args: argparse.Namespace) -> int:
    from storage.purge import PurgeService

    with open_from_args(args) as store:
        report = PurgeService(store).compact()
    if args.json:
        cli_io.out_json(report.to_dict())
    else:
        _print_compact(report)
    return EXIT_OK if report.checkpoint_complete else EXIT_CHECK_FAILED
