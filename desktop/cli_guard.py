"""``overlegtafel check-text``: run the anonymity guard on text from stdin.

Prints one line per finding, ``kind<TAB>start<TAB>end<TAB>reason`` (offsets are character
positions in the text, end exclusive), or a JSON array with ``--json``. ``--per-line`` checks each
line on its own and adds the line number. Exit 0 when clean, 1 when something was found, 2 on
usage errors (e.g. input that is not UTF-8). Needs no store and no passphrase.
"""

from __future__ import annotations

import argparse
import sys

from desktop import cli_io
from storage.errors import EXIT_CHECK_FAILED, EXIT_OK
from storage.i18n import language, pick


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "check-text",
        help=pick(
            "zoek persoonsgegevens in tekst van stdin (exit 0 schoon, 1 gevonden)",
            "find personal data in text from stdin (exit 0 clean, 1 found)",
        ),
    )
    p.add_argument("--json", action="store_true", help=pick("uitvoer als JSON", "output as JSON"))
    p.add_argument(
        "--per-line",
        action="store_true",
        help=pick("controleer elke regel apart", "check every line on its own"),
    )
    p.set_defaults(handler=cmd_check_text)


def read_stdin() -> str:
    if sys.stdin is None or sys.stdin.isatty():
        raise cli_io.CliUsage(
            detail=pick(
                "geef de tekst via stdin, bijvoorbeeld: overlegtafel check-text < tekst.txt",
                "pass the text on stdin, e.g.: overlegtafel check-text < text.txt",
            )
        )
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise cli_io.CliUsage(
            detail=pick("de invoer is geen UTF-8-tekst.", "the input is not UTF-8 text.")
        ) from exc
    return text.replace("\r\n", "\n")


def cmd_check_text(args: argparse.Namespace) -> int:
    from storage.guard import scan

    text = read_stdin()
    lang = language()
    results: list[dict[str, object]] = []
    if args.per_line:
        for number, line in enumerate(text.split("\n"), start=1):
            for finding in scan(line):
                results.append({"line": number, **finding.to_dict(lang)})
    else:
        results = [finding.to_dict(lang) for finding in scan(text)]
    if args.json:
        cli_io.out_json(results)
    else:
        for item in results:
            prefix = f"{item['line']}\t" if "line" in item else ""
            cli_io.out(f"{prefix}{item['kind']}\t{item['start']}\t{item['end']}\t{item['reason']}")
    return EXIT_CHECK_FAILED if results else EXIT_OK
