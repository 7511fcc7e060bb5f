"""Exchange between paired stores (issue 14): ``identity``, ``pair``, ``unpair``, ``pairs list``,
``exchange export``, ``exchange import`` and ``exchange handover``.

Exit codes: 0 ok; 1 something in a package was refused (or the package was imported before / is
older than one imported before); 2 usage; 3 a package with a bad signature, from an unpaired store
or not meant for this store (nothing imported).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop import cli_io
from desktop.cli_store import open_from_args
from storage.atomic import write_atomic
from storage.cases.service import CaseService
from storage.errors import EXIT_CHECK_FAILED, EXIT_OK
from storage.exchange import identity as ident
from storage.exchange import ownership
from storage.exchange import service as ex
from storage.exchange.verdicts import STATUS_LABELS
from storage.i18n import pick
from storage.meetings import MeetingQueries


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "identity",
        parents=[common],
        help=pick("identiteit en vingerafdruk van deze opslag", "identity and fingerprint of this store"),
    )
    p.add_argument(
        "--export",
        metavar="BESTAND",
        help=pick("schrijf de publieke identiteit", "write the public identity"),
    )
    p.add_argument(
        "--role", choices=["ind", "voorzitter", "secretaris", "om"], help=pick("eigen rol", "own role")
    )
    p.add_argument("--rotate", action="store_true", help=pick("nieuwe sleutels maken", "make new keys"))
    p.add_argument("--json", action="store_true", help=pick("uitvoer als JSON", "output as JSON"))
    p.set_defaults(handler=cmd_identity)

    p = sub.add_parser("pair", parents=[common], help=pick("koppel een andere opslag", "pair another store"))
    p.add_argument("--import", dest="import_file", metavar="BESTAND", required=True)
    p.add_argument("--name", required=True, help=pick("naam, bv. 'Secretaris'", "name, e.g. 'Secretaris'"))
    p.add_argument("--role", required=True, choices=["ind", "voorzitter", "secretaris", "om"])
    p.add_argument(
        "--fingerprint",
        help=pick("de voorgelezen vingerafdruk; moet kloppen", "the fingerprint read aloud; must match"),
    )
    p.set_defaults(handler=cmd_pair)

    p = sub.add_parser("unpair", parents=[common], help=pick("ontkoppel een opslag", "unpair a store"))
    p.add_argument("name")
    p.set_defaults(handler=cmd_unpair)

    pairs = sub.add_parser("pairs", help=pick("gekoppelde opslagen", "paired stores"))
    pairs_sub = pairs.add_subparsers(dest="pairs_command", required=True)
    p = pairs_sub.add_parser("list", parents=[common], help=pick("toon de koppelingen", "list the pairs"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_pairs_list)

    exchange = sub.add_parser("exchange", help=pick("pakketten maken en inlezen", "make and import packages"))
    exchange_sub = exchange.add_subparsers(dest="exchange_command", required=True)
    p = exchange_sub.add_parser("export", parents=[common], help=pick("maak een pakket", "make a package"))
    p.add_argument("--to", action="append", required=True, metavar="NAAM")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--meeting", metavar="OT-NUMMER")
    scope.add_argument("--cases", nargs="+", metavar="REFERENTIE")
    scope.add_argument("--since", type=int, metavar="VOLGNUMMER")
    p.add_argument("--out", required=True, metavar="BESTAND.otpak")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)
    p = exchange_sub.add_parser(
        "handover",
        parents=[common],
        help=pick("draag eigendom over aan een gekoppelde opslag", "hand ownership over to a paired store"),
    )
    p.add_argument("--to", required=True, metavar="NAAM")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--meeting", metavar="OT-NUMMER", help=pick("het verloop en verslag", "its record and minutes")
    )
    what.add_argument("--cases", nargs="+", metavar="REFERENTIE")
    p.set_defaults(handler=cmd_handover)
    p = exchange_sub.add_parser(
        "import", parents=[common], help=pick("lees een pakket in", "import a package")
    )
    p.add_argument("file", metavar="BESTAND.otpak")
    p.add_argument("--dry-run", action="store_true", help=pick("alleen voorvertoning", "preview only"))
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="UID=REDEN",
        help=pick(
            "lees een gemarkeerd gegeven toch in, met reden", "import a flagged record anyway, with a reason"
        ),
    )
    p.set_defaults(handler=cmd_import)


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise cli_io.CliUsage(
            detail=pick(f"{what}: bestand {path} bestaat niet.", f"{what}: file {path} does not exist.")
        ) from exc
    except OSError as exc:
        raise cli_io.CliUsage(
            detail=pick(f"{what}: bestand {path} is onleesbaar.", f"{what}: file {path} is unreadable.")
        ) from exc


def _identity_json(store: Any, me: ident.Identity) -> dict[str, Any]:
    return {
        "store": me.store_id,
        "role": me.role,
        "fingerprint": ident.show_fingerprint(me.fingerprint).replace("\n", " "),
        "created": me.created_at,
    }


def cmd_identity(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        if args.role:
            ident.set_role(store, args.role)
        me = ident.rotate_keys(store) if args.rotate else ident.ensure_identity(store)
        me = ident.current_identity(store) or me
        if args.export:
            write_atomic(Path(args.export), ident.export_identity(store).encode("ascii"), 0o644)
        data = _identity_json(store, me)
    if args.json:
        cli_io.out_json(data)
        return EXIT_OK
    cli_io.table([(pick("Opslag", "Store"), data["store"]), (pick("Rol", "Role"), data["role"] or "-")])
    cli_io.out(pick("Vingerafdruk (lees voor bij het koppelen):", "Fingerprint (read aloud when pairing):"))
    cli_io.out(ident.show_fingerprint(me.fingerprint))
    return EXIT_OK


def cmd_pair(args: argparse.Namespace) -> int:
    raw = _read(args.import_file, pick("identiteit", "identity"))
    theirs = ident.parse_identity(raw.decode("utf-8", errors="replace"))
    if args.fingerprint is not None and "".join(args.fingerprint.split()) != theirs.fingerprint:
        raise cli_io.CliUsage(
            detail=pick(
                "De vingerafdruk klopt niet met het bestand; er is niet gekoppeld.",
                "The fingerprint does not match the file; nothing was paired.",
            )
        )
    with open_from_args(args) as store:
        paired = ident.pair(store, theirs, name=args.name, role=args.role)
    cli_io.out(
        pick(
            f"Gekoppeld met {paired.name} ({paired.role}). Vingerafdruk:",
            f"Paired with {paired.name} ({paired.role}). Fingerprint:",
        )
    )
    cli_io.out(ident.show_fingerprint(paired.fingerprint))
    return EXIT_OK


def cmd_unpair(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        gone = ident.unpair(store, args.name)
    cli_io.out(pick(f"Ontkoppeld: {gone.name}.", f"Unpaired: {gone.name}."))
    return EXIT_OK


def cmd_pairs_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        found = ident.pairs(store)
    rows = [
        {
            "name": p.name,
            "role": p.role,
            "fingerprint": ident.show_fingerprint(p.fingerprint).replace("\n", " "),
            "paired_at": p.paired_at,
            "last_seq": p.last_seq,
        }
        for p in found
    ]
    if args.json:
        cli_io.out_json(rows)
        return EXIT_OK
    for row in rows:
        cli_io.out(f"{row['name']}\t{row['role']}\t{str(row['paired_at'])[:10]}\t{row['fingerprint']}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        meeting_id = None
        if args.meeting:
            meeting = MeetingQueries(store).meeting_by_number(args.meeting)
            meeting_id = meeting.id
        case_ids = [CaseService(store).get_by_reference(r).id for r in args.cases or ()]
        uids = ex.scope(store, meeting_id=meeting_id, case_ids=case_ids, since=args.since)
        info = ex.export_package(store, args.to, uids, Path(args.out))
    if args.json:
        cli_io.out_json(
            {"seq": info.seq, "to": list(info.recipients), "records": info.records, "kinds": info.kinds}
        )
        return EXIT_OK
    cli_io.out(
        pick(
            f"Pakket nr. {info.seq} voor {', '.join(info.recipients)}: {info.records} gegevens, {args.out}.",
            f"Package no. {info.seq} for {', '.join(info.recipients)}: {info.records} records, {args.out}.",
        )
    )
    return EXIT_OK


def cmd_handover(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        if args.meeting:
            meeting = MeetingQueries(store).meeting_by_number(args.meeting)
            uids = ownership.meeting_record_uids(store, meeting.id)
        else:
            uids = ex.scope(store, case_ids=[CaseService(store).get_by_reference(r).id for r in args.cases])
        moved = ownership.hand_over(store, uids, args.to)
    cli_io.out(
        pick(
            f"{moved} gegevens overgedragen aan {args.to}; het volgende pakket neemt dat mee.",
            f"{moved} records handed over to {args.to}; the next package carries it.",
        )
    )
    return EXIT_OK


def _keep(pairs: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in pairs:
        uid, sep, reason = item.partition("=")
        if not sep or not uid.strip():
            raise cli_io.CliUsage(detail=pick("--keep verwacht UID=REDEN.", "--keep expects UID=REASON."))
        found[uid.strip()] = reason.strip()
    return found


def cmd_import(args: argparse.Namespace) -> int:
    data = _read(args.file, pick("pakket", "package"))
    keep = _keep(args.keep)
    with open_from_args(args) as store:
        result = (
            ex.preview_package(store, data, keep) if args.dry_run else ex.import_package(store, data, keep)
        )
    if args.json:
        cli_io.out_json(result.to_json())
    else:
        for v in result.verdicts:
            nl, en = STATUS_LABELS[v.status]
            extra = (
                f": {v.message}"
                if v.message
                else (f" ({', '.join(c.field for c in v.changes)})" if v.changes else "")
            )
            cli_io.out(f"{pick(nl, en)}\t{v.kind}\t{v.label}{extra}")
        counts = ", ".join(f"{n} {pick(*STATUS_LABELS[s])}" for s, n in result.counts().items())
        done = (
            pick("ingelezen", "imported") if result.written else pick("niets geschreven", "nothing written")
        )
        cli_io.out(f"{result.sender} nr. {result.seq}: {counts}; {done}.")
    return EXIT_CHECK_FAILED if result.refused else EXIT_OK
