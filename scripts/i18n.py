"""Translation workflow (Qt Linguist files, one pair per UI component).

    python scripts/i18n.py update [COMP...]  # lupdate: refresh the .ts files (all, or these components)
    python scripts/i18n.py missing nl        # unfinished entries as TSV: component, context, source, ""
    python scripts/i18n.py apply nl FILE     # fill translations from such a TSV (4th column)
    python scripts/i18n.py fill-en           # English = source text (sources are English)
    python scripts/i18n.py check             # exit 1 when any entry is unfinished
    python scripts/i18n.py build             # lrelease: .ts -> .qm (done by make)

Components are ``core`` (ui/*.py) and every sub-package of ui/ (shell, widgets, cases, …).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TS_DIR = UI / "translations"
LANGS = ("nl", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found; run inside the project's .venv")
    return found


def components() -> dict[str, list[Path]]:
    comps: dict[str, list[Path]] = {"core": sorted(UI.glob("*.py"))}
    for sub in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        files = sorted(sub.rglob("*.py"))
        if files:
            comps[sub.name] = files
    return comps


def ts_path(component: str, lang: str) -> Path:
    return TS_DIR / f"{component}_{lang}.ts"


def update(only: list[str] | None = None) -> None:
    """Refresh the .ts files of the given components (all when none are given)."""
    TS_DIR.mkdir(exist_ok=True)
    for comp, files in components().items():
        if only and comp not in only:
            continue
        targets = [str(ts_path(comp, lang)) for lang in LANGS]
        subprocess.run(
            [tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, files), "-ts", *targets],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
    fill_en()


def _messages(path: Path) -> tuple[ET.ElementTree, list[tuple[str, ET.Element]]]:
    tree = ET.parse(path)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message))
    return tree, out


def _write(tree: ET.ElementTree, path: Path) -> None:
    # The layout lupdate writes (contexts flush left, then four spaces a level), so that running
    # update after apply does not reformat the whole file.
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(lang: str) -> list[tuple[str, str, str]]:
    rows = []
    for path in sorted(TS_DIR.glob(f"*_{lang}.ts")):
        comp = path.stem.rsplit("_", 1)[0]
        _tree, messages = _messages(path)
        for context, message in messages:
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or ""):
                rows.append((comp, context, message.findtext("source") or ""))
    return rows


def missing(lang: str) -> None:
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for comp, context, source in unfinished(lang):
        writer.writerow([comp, context, source, ""])


def apply(lang: str, tsv: Path) -> None:
    wanted: dict[tuple[str, str], str] = {}
    with open(tsv, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 4 and row[3]:
                wanted[(row[1], row[2])] = row[3]
    for path in sorted(TS_DIR.glob(f"*_{lang}.ts")):
        tree, messages = _messages(path)
        changed = False
        for context, message in messages:
            key = (context, message.findtext("source") or "")
            if key in wanted:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                changed = True
        if changed:
            _write(tree, path)


def fill_en(only: list[str] | None = None) -> None:
    for path in sorted(TS_DIR.glob("*_en.ts")):
        if only and path.stem.rsplit("_", 1)[0] not in only:
            continue
        tree, messages = _messages(path)
        for _context, message in messages:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") == "unfinished" or not translation.text:
                translation.text = message.findtext("source") or ""
                translation.attrib.pop("type", None)
        _write(tree, path)


def check() -> int:
    problems = 0
    for lang in LANGS:
        rows = unfinished(lang)
        for comp, context, source in rows:
            print(f"{lang}: {comp} / {context}: {source!r} is not translated")
        problems += len(rows)
    return 1 if problems else 0


def build() -> None:
    for path in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [tool("lrelease"), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
        )


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "update":
        update(args)
    elif cmd == "missing":
        missing(args[0] if args else "nl")
    elif cmd == "apply":
        apply(args[0], Path(args[1]))
    elif cmd == "fill-en":
        fill_en()
    elif cmd == "check":
        return check()
    elif cmd == "build":
        build()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
