"""Store commands: init, doctor, passwd, rekey, recover, recovery-code, verify."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop import cli_io
from storage import access, anchor, keyring_access, migrations, restore_journal
from storage.backup import rewrap
from storage.checking import open_for_checking
from storage.errors import EXIT_CHECK_FAILED, EXIT_OK, StoreNotFoundButReplaced, WeakPassphrase
from storage.i18n import pick
from storage.paths import StorePaths
from storage.seals import verify_seals
from storage.store import Store
from ui.locations import resolve_store_dir
from ui.passphrase_strength import assess


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help=pick("maak een nieuwe versleutelde opslag", "create a new encrypted store"),
    )
    p.add_argument(
        "--no-keyring",
        action="store_true",
        help=pick(
            "alleen wachtwoord op deze computer (geen veilige sleutelbos beschikbaar)",
            "passphrase only on this computer (no secure keyring available)",
        ),
    )
    p.add_argument(
        "--actor", metavar="NAAM", help=pick("gebruikersnaam voor het logboek", "user name for the audit log")
    )
    p.add_argument(
        "--recovery-sheet",
        metavar="PDF",
        help=pick(
            "schrijf het herstelcodeblad naar dit PDF-bestand", "write the recovery-code sheet to this PDF"
        ),
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser(
        "doctor",
        parents=[common],
        help=pick("controleer opslag, sleutels en integriteit", "check store, keys and integrity"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_doctor)

    p = sub.add_parser(
        "passwd", parents=[common], help=pick("wijzig het wachtwoord", "change the passphrase")
    )
    p.add_argument("--new-passphrase-file", metavar="BESTAND")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser(
        "rekey",
        parents=[common],
        help=pick(
            "vervang de databasesleutel (geeft een nieuwe herstelcode)",
            "replace the database key (issues a new recovery code)",
        ),
    )
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser(
        "recover",
        parents=[common],
        help=pick(
            "open met de herstelcode en stel een nieuw wachtwoord in",
            "open with the recovery code and set a new passphrase",
        ),
    )
    p.add_argument("--recovery-file", metavar="BESTAND")
    p.add_argument("--new-passphrase-file", metavar="BESTAND")
    p.add_argument("--no-keyring", action="store_true")
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser(
        "recovery-code",
        parents=[common],
        help=pick(
            "maak een nieuwe herstelcode (de oude vervalt)",
            "make a new recovery code (the old one stops working)",
        ),
    )
    p.add_argument("--recovery-sheet", metavar="PDF")
    p.set_defaults(handler=cmd_new_recovery_code)

    p = sub.add_parser(
        "verify",
        parents=[common],
        help=pick(
            "controleer het logboek en alle verzegelde verslagen",
            "check the audit log and every sealed record",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="'#NR HASH'",
        help=pick(
            "kop van het logboek zoals afgedrukt op een vastgesteld stuk (herhaalbaar): die regel moet "
            "nog in het logboek staan",
            "audit head as printed on an adopted record (repeatable): that entry must still be in the log",
        ),
    )
    p.set_defaults(handler=cmd_verify)


def store_dir(args: argparse.Namespace) -> Path:
    return resolve_store_dir(args.store)


def open_from_args(args: argparse.Namespace) -> Store:
    root = store_dir(args)
    paths = StorePaths(root)
    if not paths.exists():
        raise restore_journal.not_found(paths)
    store = access.open_store(root, cli_io.passphrase(args.passphrase_file))
    for alarm in store.alarms:  # the lasting "log damaged" state shows with every command
        cli_io.err(
            pick("Let op, logboek beschadigd: ", "Warning, audit log damaged: ") + alarm.message() + "."
        )
    notice = store.full_disk_notice()
    if notice:
        cli_io.err(notice)
    return store


def _check_strength(passphrase: str) -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(detail=strength.hint)


def _print_recovery_code(code: str, sheet: str | None, store: Store) -> None:
    cli_io.out(
        pick(
            "HERSTELCODE (wordt maar één keer getoond; bewaar hem veilig, apart van deze laptop):",
            "RECOVERY CODE (shown only once; keep it safe, away from this laptop):",
        )
    )
    cli_io.out()
    cli_io.out("    " + code)
    cli_io.out()
    if sheet:
        write_recovery_sheet(Path(sheet), code, store)
        cli_io.out(
            pick(
                f"Herstelcodeblad geschreven naar {sheet}. Druk het af en verwijder het bestand.",
                f"Recovery sheet written to {sheet}. Print it and delete the file.",
            )
        )


def write_recovery_sheet(path: Path, code: str, store: Store) -> None:
    from datetime import date

    from reports.recovery_sheet import build_recovery_sheet
    from storage.atomic import write_atomic
    from storage.i18n import language

    pdf = build_recovery_sheet(
        code=code,
        store_id=store.store_id,
        store_label=str(store.paths.root),
        created=date.today(),
        marking=store.settings.get("default_marking"),
        lang=language(),
    )
    write_atomic(path, pdf)
    store.audit.append("report.export", "recovery_sheet", store.store_id, detail={"copies": 1})


def cmd_init(args: argparse.Namespace) -> int:
    root = store_dir(args)
    access.validate_store_root(root)
    if StorePaths(root).exists():
        from storage.errors import StoreExists

        raise StoreExists(path=str(root))
    remnant = restore_journal.not_found(StorePaths(root))
    if isinstance(remnant, StoreNotFoundButReplaced):
        raise remnant  # a set-aside store is still a store: never a new key next to it
    if not args.no_keyring:
        info = keyring_access.backend_info()
        if not info.secure:
            from storage.errors import NoSecureKeyring

            raise NoSecureKeyring(backend=f"{info.name}: {info.reason}")
    # Like restic: the option first, then OVERLEGTAFEL_PASSPHRASE_FILE, then the prompt (typed twice).
    file_arg = args.passphrase_file or os.environ.get(cli_io.PASSPHRASE_ENV)
    if file_arg:
        secret = cli_io.read_secret_file(file_arg, pick("wachtwoord", "passphrase"))
    else:
        secret = cli_io.new_passphrase(None)
    _check_strength(secret)
    store, code = access.create_store(root, secret, use_keyring=not args.no_keyring, actor=args.actor)
    try:
        cli_io.out(
            pick(f"Nieuwe versleutelde opslag gemaakt in {root}.", f"New encrypted store created in {root}.")
        )
        if args.no_keyring:
            cli_io.out(
                pick(
                    "Let op: alleen wachtwoord op deze computer; er is geen sleutelbos gebruikt.",
                    "Note: passphrase only on this computer; no keyring is used.",
                )
            )
        _print_recovery_code(code, args.recovery_sheet, store)
    finally:
        store.close()
    return EXIT_OK


def _describe_slot(slot: object) -> str:
    kind = getattr(slot, "kind", "")
    if kind == "passphrase":
        name = pick("wachtwoord", "passphrase") + (
            pick(" + sleutelbos", " + keyring")
            if getattr(slot, "device", "") == "keyring"
            else pick(" (alleen wachtwoord)", " (passphrase only)")
        )
    else:
        name = pick("herstelcode", "recovery code")
    kdf = slot.kdf  # type: ignore[attr-defined]
    memory = f"{kdf.memory_kib // 1024} MiB" if kdf.memory_kib >= 1024 else f"{kdf.memory_kib} KiB"
    return f"{name}: Argon2id {memory} × {kdf.iterations}"


def doctor_report(store: Store) -> tuple[list[tuple[str, str, bool]], dict[str, Any]]:
    """Rows of (label, value, ok) plus the same facts as a dict for --json."""
    info = keyring_access.backend_info()
    device = store.keyfile.device_mode
    integrity = store.integrity_check()
    chain = store.verify_audit()
    kdf_warnings = access.doctor_kdf_warnings(store.keyfile)
    slots = ", ".join(_describe_slot(s) for s in store.keyfile.slots)
    if device == "keyring":
        keyring_text = pick(
            f"{info.name}, veilig; apparaatsleutel aanwezig", f"{info.name}, secure; device secret present"
        )
    else:
        keyring_text = pick(
            "WAARSCHUWING: alleen wachtwoord op deze computer (geen sleutelbos); "
            f"beschikbare sleutelbos: {info.describe()}",
            f"WARNING: passphrase only on this computer (no keyring); available keyring: {info.describe()}",
        )
    rows = [
        (pick("Opslag", "Store"), str(store.paths.root), True),
        (pick("Opslag-id", "Store id"), store.store_id, True),
        (
            pick("Schemaversie", "Schema version"),
            pick(
                f"{store.schema_version} (deze versie kent {migrations.LATEST})",
                f"{store.schema_version} (this version knows {migrations.LATEST})",
            ),
            True,
        ),
        ("SQLCipher", store.cipher_version, bool(store.cipher_version)),
        (pick("Sleutelbos", "Keyring"), keyring_text, True),
        (pick("Sleutelslots", "Key slots"), slots, True),
        (
            pick("Integriteit", "Integrity"),
            "ok" if not integrity else "; ".join(integrity[:5]),
            not integrity,
        ),
        (
            pick("Logboek", "Audit log"),
            pick(f"{chain.entries} regels, keten intact", f"{chain.entries} entries, chain intact")
            if chain.ok
            else pick(
                f"GEBROKEN bij regel {chain.first_broken}: {chain.reason}",
                f"BROKEN at entry {chain.first_broken}: {chain.reason}",
            ),
            chain.ok,
        ),
    ]
    rows.append((pick("Kop van het logboek", "Audit log head"), store.audit_head().short(), True))
    if not any(a.kind == anchor.KEYFILE_CHANGED for a in store.alarms):
        rows.append(
            (
                pick("Sleutelbestand", "Key file"),
                pick(
                    f"controlegetal en MAC van de sleutel kloppen; {len(store.keyfile.slots)} sloten "
                    "(ook het herstelslot) ongewijzigd",
                    f"checksum and the key's MAC match; {len(store.keyfile.slots)} slots "
                    "(the recovery slot too) unchanged",
                ),
                True,
            )
        )
    for alarm in store.alarms:
        rows.append((pick("LOGBOEK BESCHADIGD", "AUDIT LOG DAMAGED"), alarm.message(), False))
    if store.anchor_error is not None:
        rows.append(
            (
                pick("Controlepunt", "Checkpoint"),
                pick("kon niet worden bijgewerkt: ", "could not be updated: ") + str(store.anchor_error),
                False,
            )
        )
    for warning in kdf_warnings:
        rows.append((pick("Waarschuwing", "Warning"), warning, True))
    if access.NEEDS_NEW_RECOVERY_CODE in store.keyfile.notices:
        rows.append(
            (
                pick("Waarschuwing", "Warning"),
                pick(
                    "maak een nieuwe herstelcode: 'overlegtafel recovery-code'",
                    "make a new recovery code: 'overlegtafel recovery-code'",
                ),
                True,
            )
        )
    if store.stale_lock:
        rows.append(
            (
                pick("Opmerking", "Note"),
                pick(
                    "de vorige sessie is niet netjes afgesloten; de snelle controle was in orde",
                    "the previous session did not close cleanly; the quick check passed",
                ),
                True,
            )
        )
    facts: dict[str, Any] = {
        "store": str(store.paths.root),
        "store_id": store.store_id,
        "schema_version": store.schema_version,
        "schema_version_supported": migrations.LATEST,
        "sqlcipher_version": store.cipher_version,
        "keyring_backend": info.name,
        "keyring_secure": info.secure,
        "device_mode": device,
        "passphrase_only": device == "none",
        "integrity": integrity if integrity else "ok",
        "audit_entries": chain.entries,
        "audit_chain_ok": chain.ok,
        "audit_head": store.audit_head().short(),
        "audit_alarms": [a.message() for a in store.alarms],
        "warnings": kdf_warnings,
    }
    return rows, facts


def cmd_doctor(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        rows, facts = doctor_report(store)
    failed = [label for label, _value, ok in rows if not ok]
    if args.json:
        facts["ok"] = not failed
        cli_io.out_json(facts)
    else:
        cli_io.table([(label, value) for label, value, _ok in rows])
    return EXIT_CHECK_FAILED if failed else EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    current = cli_io.passphrase(args.passphrase_file, label=pick("huidig wachtwoord", "current passphrase"))
    with access.open_store(store_dir(args), current) as store:
        new = cli_io.new_passphrase(args.new_passphrase_file)
        _check_strength(new)
        access.change_passphrase(store, current, new)
    cli_io.out(pick("Wachtwoord gewijzigd.", "Passphrase changed."))
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    secret = cli_io.passphrase(args.passphrase_file)
    store = access.open_store(store_dir(args), secret)
    try:
        store, code = access.rekey(store, secret)
        cli_io.out(
            pick(
                "De databasesleutel is vervangen en gecontroleerd. De oude herstelcode werkt niet meer.",
                "The database key was replaced and verified. The old recovery code no longer works.",
            )
        )
        _print_recovery_code(code, None, store)
        access.recovery_code_shown(store)  # only now: a kill before this keeps asking for a code
    finally:
        store.close()
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    root = store_dir(args)
    code = cli_io.recovery_code(args.recovery_file)
    from storage import recovery_code as rc

    rc.normalise(code)  # a typo is reported before the new passphrase is asked for
    new = cli_io.new_passphrase(args.new_passphrase_file)
    _check_strength(new)
    use_keyring = not args.no_keyring
    if use_keyring and not keyring_access.backend_info().secure:
        from storage.errors import NoSecureKeyring

        info = keyring_access.backend_info()
        raise NoSecureKeyring(backend=f"{info.name}: {info.reason}")
    with access.recover_store(root, code, new, use_keyring=use_keyring):
        pass
    cli_io.out(
        pick(
            "Toegang hersteld: de opslag opent weer met het nieuwe wachtwoord op deze computer.",
            "Access restored: the store opens again with the new passphrase on this computer.",
        )
    )
    return EXIT_OK


def cmd_new_recovery_code(args: argparse.Namespace) -> int:
    secret = cli_io.passphrase(args.passphrase_file)
    with access.open_store(store_dir(args), secret) as store:
        code = rewrap.new_recovery_code(store, secret)
        cli_io.out(
            pick(
                "De oude herstelcode werkt niet meer, ook niet voor de back-ups in de back-upmap.",
                "The old recovery code no longer works, nor for the backups in the backup folder.",
            )
        )
        _print_recovery_code(code, args.recovery_sheet, store)
    return EXIT_OK


def verify_checks(store: Store) -> list[dict[str, Any]]:
    """Extension point: later features (seals) add their checks here."""
    chain = store.verify_audit()
    checks: list[dict[str, Any]] = [
        {
            "check": "audit_chain",
            "ok": chain.ok,
            "entries": chain.entries,
            "first_broken": chain.first_broken,
            "reason": chain.reason,
            "head": store.audit_head().short(),
        }
    ]
    for alarm in store.alarms:
        checks.append(
            {
                "check": "audit_anchor",
                "ok": False,
                "kind": alarm.kind,
                "log_seq": alarm.log_seq,
                "checkpoint_seq": alarm.anchor_seq,
                "message": pick("Logboek beschadigd: ", "Audit log damaged: ") + alarm.message() + ".",
            }
        )
    checks.extend(verify_seals(store).to_json())
    return checks


def _printed_heads(texts: list[str]) -> list[anchor.Head]:
    heads = []
    for text in texts:
        head = anchor.parse_head(text)
        if head is None:
            from storage.errors import ValidationError

            raise ValidationError(
                detail=pick(
                    f"'{text}' is geen kop van het logboek zoals '#328 1a2b3c4d5e6f'",
                    f"'{text}' is not an audit head like '#328 1a2b3c4d5e6f'",
                )
            )
        heads.append(head)
    return heads


def _paper_check(store: Store, printed: anchor.Head) -> dict[str, Any]:
    ok = anchor.matches_paper(store.db, printed)
    label = f"#{printed.seq} {printed.hash}"
    return {
        "check": "paper_head",
        "ok": ok,
        "seq": printed.seq,
        "message": pick(
            f"Afgedrukte kop {label}: " + ("staat in het logboek." if ok else "ONTBREEKT of is herschreven."),
            f"Printed head {label}: " + ("is in the audit log." if ok else "MISSING or rewritten."),
        ),
    }


def cmd_verify(args: argparse.Namespace) -> int:
    # Read only: checks a copy, appends nothing, changes no byte of the store.
    root = store_dir(args)
    if not StorePaths(root).exists():
        from storage.errors import StoreNotFound

        raise StoreNotFound(path=str(root))
    printed = _printed_heads(args.head)
    with open_for_checking(root, cli_io.passphrase(args.passphrase_file)) as store:
        checks = verify_checks(store) + [_paper_check(store, head) for head in printed]
    ok = all(c["ok"] for c in checks)
    if args.json:
        cli_io.out_json({"ok": ok, "checks": checks})
    else:
        for check in checks:
            if check["check"] == "audit_chain":
                if check["ok"]:
                    cli_io.out(
                        pick(
                            f"Logboek: {check['entries']} regels, keten intact (kop {check['head']}).",
                            f"Audit log: {check['entries']} entries, chain intact (head {check['head']}).",
                        )
                    )
                else:
                    cli_io.out(
                        pick(
                            f"Logboek GEBROKEN bij regel {check['first_broken']}: {check['reason']}.",
                            f"Audit log BROKEN at entry {check['first_broken']}: {check['reason']}.",
                        )
                    )
            else:
                cli_io.out(str(check.get("message", check)))
    return EXIT_OK if ok else EXIT_CHECK_FAILED
