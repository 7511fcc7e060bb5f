"""Figures and the aangifte follow-up: ``stats``, ``stats-protection`` and ``followup``.

    overlegtafel stats --year 2026 [--quarter 3] | --from D --to D  [--json | --csv] [--unprotected]
    overlegtafel stats-protection [--threshold N] [--rule primary|secondary] [--json]
    overlegtafel followup list [--overdue] [--json]
    overlegtafel followup set B-2026-03-02 [--filed D | --not-filed REASON] [--feedback KIND]
        [--feedback-date D] [--note TEXT] [--json]      (options not given keep their value)
    overlegtafel followup term [--weeks N] [--json]

``stats`` prints the protected figures (counts 1–4 as "< 5", secondary suppression). The
unprotected figures are for the chair only; they are marked as such and the audit log records
that they were shown (``statistics.unprotected``: the period, never a figure).
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from typing import TYPE_CHECKING

from desktop import cli_io
from desktop.cli_store import open_from_args
from storage.errors import EXIT_OK, ValidationError
from storage.i18n import pick

if TYPE_CHECKING:
    from storage.followup import FollowUp
    from storage.statistics import Figures, Period

UNPROTECTED_BANNER = (
    "ONBESCHERMDE CIJFERS: alleen voor de voorzitter, niet publiceren",
    "UNPROTECTED FIGURES: for the chair only, do not publish",
)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            pick(f"geen datum (JJJJ-MM-DD): {value!r}", f"not a date (YYYY-MM-DD): {value!r}")
        ) from None


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "stats",
        parents=[common],
        help=pick("cijfers over een jaar, kwartaal of periode", "figures for a year, quarter or period"),
        description=pick(
            "Cijfers over een periode, beschermd tegen kleine aantallen (1–4 als '< 5').",
            "Figures for a period, protected against small numbers (1–4 as '< 5').",
        ),
    )
    p.add_argument("--year", type=int, metavar="JAAR", help=pick("jaar", "year"))
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help=pick("kwartaal", "quarter"))
    p.add_argument("--from", dest="start", type=_date, metavar="JJJJ-MM-DD", help=pick("vanaf", "from"))
    p.add_argument("--to", dest="end", type=_date, metavar="JJJJ-MM-DD", help=pick("tot en met", "up to"))
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true")
    form.add_argument("--csv", action="store_true", help=pick("puntkomma-gescheiden", "semicolon-separated"))
    p.add_argument(
        "--unprotected",
        action="store_true",
        help=pick("onbeschermde cijfers (alleen voor de voorzitter)", "unprotected figures (chair only)"),
    )
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser(
        "stats-protection",
        parents=[common],
        help=pick(
            "toon of wijzig de bescherming van kleine aantallen", "show or change small-number protection"
        ),
    )
    p.add_argument(
        "--threshold", type=int, metavar="N", help=pick("drempel (standaard 5)", "threshold (default 5)")
    )
    p.add_argument("--rule", choices=("primary", "secondary"), help=pick("regel", "rule"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_protection)
    _register_followup(sub, common)


def _register_followup(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    follow = sub.add_parser("followup", help=pick("opvolging van aangiftes", "aangifte follow-up"))
    fsub = follow.add_subparsers(dest="followup_command", metavar="OPDRACHT", required=True)
    p = fsub.add_parser("list", parents=[common], help=pick("toon de sporen", "show the tracks"))
    p.add_argument("--overdue", action="store_true", help=pick("alleen over de termijn", "overdue only"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_followup_list)
    p = fsub.add_parser(
        "set", parents=[common], help=pick("leg het spoor van een besluit vast", "record a track")
    )
    p.add_argument("decision", metavar="B-JJJJ-NN-MM")
    filing = p.add_mutually_exclusive_group()
    filing.add_argument(
        "--filed", type=_date, metavar="JJJJ-MM-DD", help=pick("datum aangifte", "filing date")
    )
    filing.add_argument(
        "--not-filed", metavar="REDEN", help=pick("geen aangifte gedaan, met reden", "not filed")
    )
    p.add_argument("--feedback", choices=("started", "not_started", "merged", "unknown"))
    p.add_argument("--feedback-date", type=_date, metavar="JJJJ-MM-DD")
    p.add_argument("--note", metavar="TEKST")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_followup_set)
    p = fsub.add_parser("term", parents=[common], help=pick("termijn in weken", "term in weeks"))
    p.add_argument("--weeks", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_followup_term)


def period_from_args(args: argparse.Namespace) -> Period:
    from storage.statistics import Period as PeriodOf

    if args.start or args.end:
        if args.year is not None or args.quarter is not None or not (args.start and args.end):
            raise ValidationError(
                detail=pick(
                    "Geef --year (met eventueel --quarter) óf --from en --to samen.",
                    "Give --year (optionally with --quarter) or --from and --to together.",
                )
            )
        return PeriodOf.between(args.start, args.end)
    if args.year is None:
        raise ValidationError(detail=pick("Geef het jaar met --year.", "Give the year with --year."))
    return PeriodOf.quarter(args.year, args.quarter) if args.quarter else PeriodOf.year(args.year)


def cmd_stats(args: argparse.Namespace) -> int:
    from storage.statistics import StatisticsService

    period = period_from_args(args)
    with open_from_args(args) as store:
        service = StatisticsService(store)
        if args.unprotected:
            fmt = "json" if args.json else "csv" if args.csv else "text"
            figures = service.unprotected(period, via=f"cli-{fmt}")
        else:
            figures = service.figures(period)
    if args.json:
        cli_io.out_json(figures.to_dict())
    elif args.csv:
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        if args.unprotected:
            writer.writerow([pick(*UNPROTECTED_BANNER)])
        writer.writerows(figures.csv_rows())
    else:
        _print_text(figures)
    return EXIT_OK


def _print_text(figures: Figures) -> None:
    if not figures.protected:
        cli_io.out(pick(*UNPROTECTED_BANNER))
    cli_io.out(pick(f"Cijfers {figures.period.label()}", f"Figures {figures.period.label()}"))
    if figures.protected:
        cli_io.out(
            pick(
                f"Aantallen van 1 tot en met {figures.threshold - 1} staan als '< {figures.threshold}'; 'x' is verborgen "
                "zodat een verborgen aantal niet uit de totalen volgt.",
                f"Counts from 1 to {figures.threshold - 1} show as '< {figures.threshold}'; 'x' is hidden so "
                "that a hidden count cannot be worked out from the totals.",
            )
        )
    cli_io.out()
    cli_io.table(
        [(f.label[0] if pick("nl", "en") == "nl" else f.label[1], f.cell.shown) for f in figures.figures]
    )
    for table in figures.tables:
        rows = table.rows()
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        cli_io.out()
        cli_io.out(table.to_dict()["title"])
        for row in rows:
            cli_io.out(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(row, widths, strict=True))
                )
            )
    cli_io.out()
    for lead in figures.lead_times:
        label = lead.to_dict()["label"]
        if lead.shown:
            cli_io.out(
                pick(
                    f"{label}: mediaan {lead.median:g} dagen (kwartielen {lead.p25:g}–{lead.p75:g}; "
                    f"{lead.count.shown} casussen)",
                    f"{label}: median {lead.median:g} days (quartiles {lead.p25:g}–{lead.p75:g}; "
                    f"{lead.count.shown} cases)",
                )
            )
        else:
            cli_io.out(
                pick(
                    f"{label}: niet getoond ({lead.count.shown} casussen)",
                    f"{label}: not shown ({lead.count.shown} cases)",
                )
            )


def cmd_protection(args: argparse.Namespace) -> int:
    from storage.statistics import protection, set_protection

    with open_from_args(args) as store:
        current = protection(store)
        if args.threshold is not None or args.rule is not None:
            current = set_protection(
                store,
                args.threshold if args.threshold is not None else current.threshold,
                args.rule or current.rule.value,
            )
    if args.json:
        cli_io.out_json(current.to_dict())
    else:
        cli_io.table(
            [
                (pick("drempel", "threshold"), str(current.threshold)),
                (pick("regel", "rule"), current.rule.value),
            ]
        )
    return EXIT_OK


def _track_dict(track: FollowUp) -> dict[str, object]:
    return {
        "decision": track.decision_number,
        "case": track.case_reference,
        "decided_on": track.decided_on.isoformat(),
        "state": track.state.value,
        "filed_on": track.filed_on.isoformat() if track.filed_on else None,
        "not_filed_reason": track.not_filed_reason or None,
        "om_feedback": track.om_feedback or None,
        "om_feedback_on": track.om_feedback_on.isoformat() if track.om_feedback_on else None,
        "note": track.note or None,
    }


def cmd_followup_list(args: argparse.Namespace) -> int:
    from storage.followup import FollowUpService

    with open_from_args(args) as store:
        service = FollowUpService(store)
        if args.overdue:
            rows = [
                {
                    "decision": o.decision_number,
                    "case": o.case_reference,
                    "decided_on": o.decided_on.isoformat(),
                    "due_on": o.due_on.isoformat(),
                    "days_overdue": o.days_overdue,
                }
                for o in service.overdue()
            ]
            lines = [f"{r['decision']}  {r['case']}  {r['decided_on']}  +{r['days_overdue']}" for r in rows]
        else:
            tracks = service.all_tracks()
            rows = [_track_dict(t) for t in tracks]
            lines = [f"{t.decision_number}  {t.case_reference}  {t.text()}" for t in tracks]
    if args.json:
        cli_io.out_json(rows)
    else:
        for line in lines or [pick("Geen.", "None.")]:
            cli_io.out(line)
    return EXIT_OK


def cmd_followup_set(args: argparse.Namespace) -> int:
    from storage.followup import FollowUpService

    with open_from_args(args) as store:
        service = FollowUpService(store)
        current = service.track_by_number(args.decision)
        # Options not given keep what is recorded; --filed and --not-filed replace each other.
        filing_given = args.filed is not None or args.not_filed is not None
        track = service.record(
            current.decision_id,
            filed_on=args.filed if filing_given else current.filed_on,
            not_filed=args.not_filed is not None if filing_given else current.not_filed,
            not_filed_reason=(args.not_filed or "") if filing_given else current.not_filed_reason,
            om_feedback=args.feedback if args.feedback is not None else current.om_feedback,
            om_feedback_on=args.feedback_date if args.feedback_date is not None else current.om_feedback_on,
            note=args.note if args.note is not None else current.note,
        )
    if args.json:
        cli_io.out_json(_track_dict(track))
    else:
        cli_io.out(f"{track.decision_number}  {track.case_reference}  {track.text()}")
    return EXIT_OK


def cmd_followup_term(args: argparse.Namespace) -> int:
    from storage.followup import FollowUpService

    with open_from_args(args) as store:
        service = FollowUpService(store)
        weeks = service.set_overdue_weeks(args.weeks) if args.weeks is not None else service.overdue_weeks()
    if args.json:
        cli_io.out_json({"weeks": weeks})
    else:
        cli_io.out(pick(f"Termijn voor aangifte: {weeks} weken", f"Term for filing: {weeks} weeks"))
    return EXIT_OK
