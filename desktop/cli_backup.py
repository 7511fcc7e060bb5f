"""Backup commands: ``backup`` (make, list, choose the folder) and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli_io
from desktop.cli_store import open_from_args, store_dir
from storage import keyring_access
from storage.backup import archive, catalogue, keyfile_restore, making, preferences, restoring
from storage.errors import EXIT_OK, KeyringEntryMissing, NoSecureKeyring, WeakPassphrase
from storage.i18n import pick
from ui.passphrase_strength import assess


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "backup",
        parents=[common],
        help=pick(
            "maak een versleutelde back-up (of toon ze met --list)",
            "make an encrypted backup (or list them with --list)",
        ),
    )
    p.add_argument(
        "--out",
        metavar="BESTAND",
        help=pick(
            "schrijf de back-up naar dit bestand (anders in de back-upmap, met rotatie)",
            "write the backup to this file (otherwise into the backup folder, rotated)",
        ),
    )
    p.add_argument(
        "--folder",
        metavar="MAP",
        help=pick(
            "kies de map voor automatische back-ups ('standaard' voor de map naast de opslag)",
            "choose the folder for automatic backups ('default' for the folder beside the store)",
        ),
    )
    p.add_argument("--list", action="store_true", help=pick("toon de back-ups", "list the backups"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help=pick(
            "zet een back-up terug in een nieuwe of gesloten opslag",
            "restore a backup into a new or closed store",
        ),
    )
    p.add_argument("file", metavar="BESTAND", help=pick("het back-upbestand", "the backup file"))
    p.add_argument(
        "--recovery-file",
        metavar="BESTAND",
        help=pick(
            "open de back-up met de herstelcode (bijvoorbeeld op een nieuwe laptop)",
            "open the backup with the recovery code (for example on a new laptop)",
        ),
    )
    p.add_argument("--new-passphrase-file", metavar="BESTAND")
    p.add_argument("--no-keyring", action="store_true")
    p.add_argument(
        "--replace-other",
        action="store_true",
        help=pick(
            "vervang ook een opslag met een ander opslag-id (die blijft apart bewaard)",
            "also replace a store with another store id (it is kept aside)",
        ),
    )
    p.add_argument(
        "--key-file",
        action="store_true",
        help=pick(
            "zet alleen de kopie van het sleutelbestand terug (als het sleutelbestand beschadigd is)",
            "put back only the copy of the key file (when the key file is damaged)",
        ),
    )
    p.add_argument(
        "--replace-intact",
        action="store_true",
        help=pick(
            "met --key-file: vervang ook een onbeschadigd sleutelbestand (als doctor meldt dat het buiten "
            "Overlegtafel is gewijzigd)",
            "with --key-file: also replace a key file that is not damaged (when doctor reports it was "
            "changed outside Overlegtafel)",
        ),
    )
    p.set_defaults(handler=cmd_restore)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} kB"


def _describe(info: archive.BackupInfo) -> dict[str, object]:
    return {
        "file": str(info.path),
        "created": info.created,
        "bytes": info.size,
        "schema_version": info.schema_version,
        "app_version": info.app_version,
        "store_id": info.store_id,
    }


def cmd_backup(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        if args.folder:
            chosen = None if args.folder in ("standaard", "default") else Path(args.folder)
            folder = preferences.set_backup_folder(store, chosen)
            cli_io.out(pick(f"Back-upmap: {folder}", f"Backup folder: {folder}"))
        if args.list:
            found = catalogue.list_backups(preferences.backup_folder(store), store.store_id)
            if args.json:
                cli_io.out_json([_describe(b) for b in found])
            elif not found:
                cli_io.out(pick("Nog geen back-ups.", "No backups yet."))
            else:
                cli_io.table([(b.created, f"{b.path}  ({_size(b.size)})") for b in found])
            return EXIT_OK
        if args.folder and not args.out:
            return EXIT_OK
        if args.out:
            info = making.create_backup(store, Path(args.out))
            store.on_close = None  # the user just made one
        else:
            info = making.backup_now(store)
    if args.json:
        cli_io.out_json(_describe(info))
    else:
        cli_io.out(
            pick(
                f"Versleutelde back-up geschreven naar {info.path} ({_size(info.size)}). Hij opent met "
                "het wachtwoord op deze computer of met de herstelcode.",
                f"Encrypted backup written to {info.path} ({_size(info.size)}). It opens with the "
                "passphrase on this computer or with the recovery code.",
            )
        )
    return EXIT_OK


def _restore_keyfile(args: argparse.Namespace, root: Path, source: Path) -> int:
    if args.recovery_file:
        aside = keyfile_restore.restore_keyfile(
            source,
            root,
            recovery_code=cli_io.recovery_code(args.recovery_file),
            replace_intact=args.replace_intact,
        )
    else:
        aside = keyfile_restore.restore_keyfile(
            source,
            root,
            passphrase=cli_io.passphrase(args.passphrase_file),
            replace_intact=args.replace_intact,
        )
    cli_io.out(
        pick(
            f"Het sleutelbestand uit {source} is teruggezet; het beschadigde staat apart in {aside}.",
            f"The key file from {source} was put back; the damaged one was set aside in {aside}.",
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    root = store_dir(args)
    source = Path(args.file)
    archive.verify_backup(source)  # a damaged file is reported before any secret is asked for
    if args.key_file:
        return _restore_keyfile(args, root, source)
    if args.recovery_file:
        from storage import recovery_code as rc

        code = cli_io.recovery_code(args.recovery_file)
        rc.normalise(code)
        new = cli_io.new_passphrase(args.new_passphrase_file)
        strength = assess(new)
        if not strength.acceptable:
            raise WeakPassphrase(detail=strength.hint)
        use_keyring = not args.no_keyring
        if use_keyring and not keyring_access.backend_info().secure:
            info = keyring_access.backend_info()
            raise NoSecureKeyring(backend=f"{info.name}: {info.reason}")
        result = restoring.restore_backup(
            source,
            root,
            recovery_code=code,
            new_passphrase=new,
            use_keyring=use_keyring,
            replace_other=args.replace_other,
        )
    else:
        secret = cli_io.passphrase(args.passphrase_file)
        try:
            result = restoring.restore_backup(
                source, root, passphrase=secret, replace_other=args.replace_other
            )
        except KeyringEntryMissing:
            cli_io.err(
                pick(
                    "Op een andere computer opent de back-up met de herstelcode: --recovery-file.",
                    "On another computer the backup opens with the recovery code: --recovery-file.",
                )
            )
            raise
    result.store.close()
    cli_io.out(
        pick(
            f"De back-up van {result.backup.created} is teruggezet in {root} en gecontroleerd.",
            f"The backup of {result.backup.created} was restored into {root} and verified.",
        )
    )
    if result.replaced is not None:
        cli_io.out(
            pick(
                f"De vervangen opslag staat apart in {result.replaced} (niet verwijderd).",
                f"The replaced store was kept aside in {result.replaced} (not deleted).",
            )
        )
    return EXIT_OK
