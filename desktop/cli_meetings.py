"""Meeting commands: ``meetings list|show``, ``decisions list``, ``actions list``.

``--meeting`` takes a meeting number exactly as printed, e.g. ``"OT 2026-03"``. With ``--json``
each command prints a JSON array of objects (``meetings show``: one object); a decision has at least
``number``, ``meeting`` (in the ``--meeting`` form), ``case``, ``outcome``, ``responsible`` and
``deadline`` (ISO date or null).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop import cli_io
from desktop.cli_store import open_from_args
from storage.errors import EXIT_OK, ValidationError
from storage.i18n import language, pick
from storage.meetings import Action, Decision, MeetingQueries, MeetingStatus, MeetingSummary, outcomes
from storage.meetings.numbering import parse_meeting_number
from storage.store import Store


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    meetings = sub.add_parser("meetings", help=pick("vergaderingen", "meetings"))
    meetings_sub = meetings.add_subparsers(dest="meetings_command", metavar="OPDRACHT", required=True)
    p = meetings_sub.add_parser("list", parents=[common], help=pick("toon vergaderingen", "list meetings"))
    p.add_argument("--year", type=int, metavar="JAAR")
    p.add_argument("--status", choices=[s.value for s in MeetingStatus])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_meetings_list)
    p = meetings_sub.add_parser(
        "show",
        parents=[common],
        help=pick("toon agenda en besluiten van één vergadering", "show one meeting"),
    )
    _meeting_argument(p, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_meetings_show)

    decisions = sub.add_parser("decisions", help=pick("besluitenregister", "decision register"))
    decisions_sub = decisions.add_subparsers(dest="decisions_command", metavar="OPDRACHT", required=True)
    p = decisions_sub.add_parser("list", parents=[common], help=pick("toon besluiten", "list decisions"))
    p.add_argument("--outcome", metavar="UITKOMST", help=pick("bijv. aangifte", "e.g. aangifte"))
    p.add_argument(
        "--year", type=int, metavar="JAAR", help=pick("jaar van de vergadering", "year of the meeting")
    )
    _meeting_argument(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_decisions_list)

    actions = sub.add_parser("actions", help=pick("actielijst", "action list"))
    actions_sub = actions.add_subparsers(dest="actions_command", metavar="OPDRACHT", required=True)
    p = actions_sub.add_parser("list", parents=[common], help=pick("toon actiepunten", "list action items"))
    p.add_argument("--open", action="store_true", help=pick("alleen open actiepunten", "open actions only"))
    _meeting_argument(p, help_nl="actiepunten uit deze vergadering", help_en="actions from this meeting")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_actions_list)


def _meeting_argument(
    p: argparse.ArgumentParser,
    *,
    required: bool = False,
    help_nl: str = "vergadernummer, bijv. 'OT 2026-03'",
    help_en: str = "meeting number, e.g. 'OT 2026-03'",
) -> None:
    p.add_argument("--meeting", required=required, metavar="'OT JJJJ-NN'", help=pick(help_nl, help_en))


def _meeting_id(store: Store, number: str | None) -> int | None:
    if number is None:
        return None
    parse_meeting_number(number)
    return MeetingQueries(store).meeting_by_number(number).id


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _pick_list(nl: list[str], en: list[str]) -> list[str]:
    return en if language() == "en" else nl


def _columns(rows: list[list[str]], headers: list[str]) -> None:
    if not rows:
        cli_io.out(pick("(geen)", "(none)"))
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    cli_io.out("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        cli_io.out("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# --- JSON shapes ----------------------------------------------------------------------------------
def meeting_json(m: MeetingSummary) -> dict[str, Any]:
    return {
        "number": m.number,
        "date": m.date.isoformat(),
        "start_time": m.start_time.strftime("%H:%M"),
        "place": m.place,
        "status": m.status,
        "marking": m.marking,
        "case_items": m.case_items,
        "decisions": m.decisions,
        "sealed": m.sealed,
    }


def decision_json(d: Decision) -> dict[str, Any]:
    return {
        "number": d.number,
        "meeting": d.meeting_number,
        "meeting_date": d.meeting_date.isoformat(),
        "item": d.item_number,
        "case": d.case_reference,
        "outcome": d.outcome,
        "outcome_label": d.outcome_label,
        "responsible_organisation": d.responsible_organisation or None,
        "responsible": d.responsible,
        "deadline": _iso(d.deadline),
        "keep_monitoring": d.keep_monitoring,
        "confirmation": d.confirmation,
        "final": d.is_final,
        "sealed": d.sealed,
        "actions": list(d.action_numbers),
    }


def action_json(a: Action, today: date) -> dict[str, Any]:
    return {
        "number": a.number,
        "meeting": a.meeting_number,
        "item": a.item_number,
        "decision": a.decision_number,
        "case": a.case_reference or None,
        "text": a.text,
        "owner_organisation": a.owner_organisation,
        "owner_role": a.owner_role,
        "deadline": _iso(a.deadline),
        "status": a.status,
        "overdue": a.is_overdue(today),
        "closed_at": a.closed_at.isoformat() if a.closed_at else None,
        "closed_in": a.closed_in,
    }


# --- commands -------------------------------------------------------------------------------------
def cmd_meetings_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        found = MeetingQueries(store).list_meetings(year=args.year, status=args.status)
    if args.json:
        cli_io.out_json([meeting_json(m) for m in found])
        return EXIT_OK
    _columns(
        [
            [
                m.number,
                m.date.isoformat(),
                m.start_time.strftime("%H:%M"),
                MeetingStatus(m.status).label(),
                str(m.case_items),
                str(m.decisions),
                m.place,
            ]
            for m in found
        ],
        _pick_list(
            ["Nummer", "Datum", "Aanvang", "Status", "Casussen", "Besluiten", "Plaats"],
            ["Number", "Date", "Start", "Status", "Cases", "Decisions", "Place"],
        ),
    )
    return EXIT_OK


def cmd_meetings_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        queries = MeetingQueries(store)
        meeting_id = _meeting_id(store, args.meeting)
        assert meeting_id is not None
        agenda = queries.agenda(meeting_id)
        decisions = queries.decisions(meeting_id=meeting_id)
    m = agenda.meeting
    if args.json:
        cli_io.out_json(
            {
                "number": m.number,
                "date": m.date.isoformat(),
                "start_time": m.start_time.strftime("%H:%M"),
                "planned_end": agenda.planned_end.strftime("%H:%M"),
                "place": m.place,
                "status": m.status,
                "marking": m.marking,
                "sealed": m.is_sealed,
                "fingerprint": m.seal.fingerprint if m.seal else None,
                "participants": [
                    {
                        "name": p.name,
                        "organisation": p.organisation_label,
                        "role": p.role,
                        "attendance": p.attendance,
                    }
                    for p in m.participants
                ],
                "agenda": [
                    {
                        "number": i.number,
                        "kind": i.kind,
                        "title": i.title,
                        "case": i.case_reference or None,
                        "planned_minutes": i.planned_minutes,
                        "planned_start": i.planned_start.strftime("%H:%M"),
                    }
                    for i in agenda.items
                ],
                "decisions": [decision_json(d) for d in decisions],
            }
        )
        return EXIT_OK
    cli_io.out(
        f"{m.number}  {m.date.isoformat()} {m.start_time.strftime('%H:%M')}  {m.status_label}  {m.marking}"
    )
    _columns(
        [
            [str(i.number), i.planned_start.strftime("%H:%M"), f"{i.planned_minutes}'", i.title]
            for i in agenda.items
        ],
        _pick_list(["Punt", "Tijd", "Duur", "Onderwerp"], ["Item", "Time", "Length", "Subject"]),
    )
    cli_io.out(
        pick(f"Verwacht einde: {agenda.planned_end:%H:%M}", f"Expected end: {agenda.planned_end:%H:%M}")
    )
    if decisions:
        cli_io.out()
        _print_decisions(list(decisions))
    return EXIT_OK


def _print_decisions(found: list[Decision]) -> None:
    _columns(
        [
            [
                d.number,
                d.meeting_number,
                d.case_reference,
                d.outcome_label,
                d.responsible_label,
                _iso(d.deadline) or "",
                "" if d.is_final else pick("concept", "draft"),
            ]
            for d in found
        ],
        _pick_list(
            ["Besluit", "Vergadering", "Casus", "Uitkomst", "Verantwoordelijk", "Uiterlijk", ""],
            ["Decision", "Meeting", "Case", "Outcome", "Responsible", "Deadline", ""],
        ),
    )


def cmd_decisions_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        if args.outcome is not None:
            known = [o.key for o in outcomes(store)]
            if args.outcome not in known:
                raise ValidationError(
                    detail=pick(
                        f"Onbekende uitkomst {args.outcome!r}; kies uit: {', '.join(known)}.",
                        f"Unknown outcome {args.outcome!r}; choose from: {', '.join(known)}.",
                    )
                )
        found = MeetingQueries(store).decisions(
            outcome=args.outcome, year=args.year, meeting_id=_meeting_id(store, args.meeting)
        )
    if args.json:
        cli_io.out_json([decision_json(d) for d in found])
    else:
        _print_decisions(list(found))
    return EXIT_OK


def cmd_actions_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        today = store.now().date()
        found = MeetingQueries(store).actions(
            open_only=args.open, meeting_id=_meeting_id(store, args.meeting)
        )
    if args.json:
        cli_io.out_json([action_json(a, today) for a in found])
        return EXIT_OK
    _columns(
        [
            [
                a.number,
                a.text if len(a.text) <= 60 else a.text[:59] + "…",
                a.owner_label,
                _iso(a.deadline) or "",
                a.status if not a.is_overdue(today) else pick("open (verlopen)", "open (overdue)"),
            ]
            for a in found
        ],
        _pick_list(
            ["Nr", "Actie", "Actiehouder", "Deadline", "Status"],
            ["No", "Action", "Owner", "Deadline", "Status"],
        ),
    )
    return EXIT_OK
