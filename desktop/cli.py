"""The ``overlegtafel`` command: without arguments it starts the GUI, otherwise a CLI command.

Exit codes: 0 ok; 1 a check failed; 2 usage; 3 wrong passphrase or no access. Errors are one clear
sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from desktop import cli_io
from storage.errors import EXIT_CHECK_FAILED, EXIT_USAGE, StoreError
from storage.hardening import harden_process
from storage.i18n import pick, set_language

Handler = Callable[[argparse.Namespace], int]


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        cli_io.err(
            pick(
                f"Onjuist gebruik: {message}. Zie '{self.prog} --help'.",
                f"Invalid usage: {message}. See '{self.prog} --help'.",
            )
        )
        sys.exit(EXIT_USAGE)


class _VersionAction(argparse.Action):
    # Reading the installed version costs an importlib.metadata scan: only when asked for.
    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from desktop.version import app_version

        print(f"overlegtafel {app_version()}")
        parser.exit(0)


def _command_modules() -> list[object]:
    # Each module contributes subcommands through register(subparsers, common). Imported here, not
    # at the top, so that starting the GUI never pays for them.
    from desktop import (
        cli_backup,
        cli_cases,
        cli_exchange,
        cli_guard,
        cli_meetings,
        cli_reports,
        cli_retention,
        cli_stats,
        cli_store,
    )

    return [
        cli_store,
        cli_guard,
        cli_cases,
        cli_meetings,
        cli_reports,
        cli_backup,
        cli_retention,
        cli_exchange,
        cli_stats,
    ]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        metavar="PAD",
        help=pick(
            "map van de opslag (anders OVERLEGTAFEL_STORE of de standaardmap)",
            "store folder (otherwise OVERLEGTAFEL_STORE or the default folder)",
        ),
    )
    common.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        help=pick(
            "lees het wachtwoord uit dit bestand (eerste regel)",
            "read the passphrase from this file (first line)",
        ),
    )
    parser = DutchArgumentParser(
        prog="overlegtafel",
        description=pick(
            "Overlegtafel: versleutelde vergadertool voor het IND–OM-overleg over 1F-zaken.",
            "Overlegtafel: encrypted meeting tool for the IND–OM consultation on 1F cases.",
        ),
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help=pick("toon het versienummer", "show the version")
    )
    parser.add_argument("--lang", choices=["nl", "en"], help=pick("taal van de uitvoer", "output language"))
    parser.add_argument("--store", dest="store_global", metavar="PAD", help=argparse.SUPPRESS)
    # For the bundle smoke test and screenshots: start, save a screenshot of the window, quit.
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    # For the start-up benchmark: quit as soon as the first screen has been shown.
    parser.add_argument("--exit-after-start", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser)
    for module in _command_modules():
        module.register(sub, common)  # type: ignore[attr-defined]
    return parser


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The GUI start takes only global options; recognising it without building the full parser
    keeps every CLI command module (and its imports) out of the GUI's start-up time."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=["nl", "en"])
    pre.add_argument("--store")
    pre.add_argument("--screenshot")
    pre.add_argument("--exit-after-start", action="store_true")
    try:
        known, rest = pre.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything else, and so before any key is in memory: no core dumps, private files.
    harden_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    gui_args = _gui_arguments(argv)
    if gui_args is not None:
        if gui_args.lang:
            set_language(gui_args.lang)
        from desktop.gui import run_gui

        return run_gui(gui_args)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=["nl", "en"])
    # --lang is taken out here, so it also works after the command ("doctor --lang en").
    known, argv = pre.parse_known_args(argv)
    if known.lang:
        set_language(known.lang)
    from storage.i18n import language

    if language() == "nl":
        from desktop.cli_argparse_nl import use_dutch

        use_dutch()
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "store", None) is None and getattr(args, "store_global", None):
        args.store = args.store_global
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    handler: Handler = args.handler
    try:
        return handler(args)
    except StoreError as exc:
        cli_io.err(exc.message())
        return exc.exit_code
    except KeyboardInterrupt:
        cli_io.err(pick("Afgebroken.", "Cancelled."))
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except Exception as exc:
        cli_io.err(
            pick(
                f"Interne fout ({type(exc).__name__}). Er is niets gewijzigd dat niet was opgeslagen; "
                "meld dit aan de beheerder.",
                f"Internal error ({type(exc).__name__}). Nothing unsaved was changed; report this to "
                "the administrator.",
            )
        )
        return EXIT_CHECK_FAILED
