"""A smaller ICU data library for the Linux bundle (issue 17).

Qt's libraries in the PySide6 wheels for Linux link ICU, whose data library ``libicudata.so.NN`` holds
32 MB: names of languages, regions, currencies, units and time zones in some 800 locales,
transliterators, number spell-out rules, dictionaries for Thai, Khmer and Chinese word breaking and
some 200 legacy character converters. Qt uses ICU for collation (QCollator, localeAwareCompare), case
mapping with a locale, time zones and legacy text codecs; it takes locale names, formats and calendars
from its own CLDR tables. The application speaks Dutch and English. So the bundle gets a data
library with ICU's structural data (time zones, likely subtags, plural rules, normalisation, break
rules, collation tables) and the locale items of root, ``nl*`` and ``en*`` only: some 3 MB.

It is built with ``icupkg`` (package icu-devtools) and the C compiler; without them the full library
goes in and the smoke test's size check says so. Standard library only (used by the spec and tests).
Windows and macOS builds are not affected: Qt there uses the system's ICU or none.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LANGUAGES = ("nl", "en")
# Locale trees whose items are display names or spell-out rules that Qt never asks ICU for.
_DROPPED_TREES = ("curr", "lang", "region", "unit", "zone", "rbnf", "translit")
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")


def keep_item(item: str) -> bool:
    """Whether an ICU data item (``coll/nl.res``, ``af.res``, ``ibm-1390_P110-2003.cnv``…) stays."""
    parts = item.split("/")
    name = parts[-1]
    if name.endswith(".cnv"):
        return False  # legacy code pages: the application reads and writes UTF-8 only
    if name in ("unames.icu",) or name.endswith(".dict"):
        return False  # character names; word-break dictionaries for Thai, Khmer, Lao, Burmese, CJK
    if len(parts) > 1 and parts[0] in _DROPPED_TREES:
        return name in ("res_index.res", "pool.res", "root.res") or _is_our_locale(name)
    match = _LOCALE.match(name)
    if match is None or name in ("root.res", "pool.res", "res_index.res"):
        return True  # structural data: zoneinfo64, likelySubtags, plurals, collation tables, …
    return _is_our_locale(name)


def _is_our_locale(name: str) -> bool:
    match = _LOCALE.match(name)
    return bool(match) and match.group("lang") in LANGUAGES


def icu_version(library: Path) -> str | None:
    match = _LIBRARY.match(library.name)
    return match.group(1) if match else None


def _extract_data(library: Path, symbol: str) -> bytes:
    """The bytes of the data symbol, read through ``readelf`` (binutils, as gcc needs)."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True, text=True, check=True)
    address = size = None
    for line in symbols.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[7] == symbol:
            address, size = int(fields[1], 16), int(fields[2], 0)
            break
    if address is None or size is None:
        raise RuntimeError(f"{symbol} not found in {library}")
    headers = subprocess.run(["readelf", "-lW", str(library)], capture_output=True, text=True, check=True)
    for line in headers.stdout.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                start = offset + address - vaddr
                return library.read_bytes()[start : start + size]
    raise RuntimeError(f"{symbol} is not in a loaded segment of {library}")


def tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "gcc", "readelf"))


def slim_library(library: Path, workdir: Path) -> Path | None:
    """Build the smaller ``libicudata.so.NN`` in ``workdir``; None when the tools are missing."""
    version = icu_version(library)
    if version is None or not tools_available():
        return None
    name = f"icudt{version}l"
    # icupkg takes the package name from the file name: the full and the slim package have the
    # same name, in two folders.
    (workdir / "full").mkdir(parents=True, exist_ok=True)
    full = workdir / "full" / f"{name}.dat"
    full.write_bytes(_extract_data(library, f"icudt{version}_dat"))
    listing = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True)
    dropped = [item for item in listing.stdout.split() if not keep_item(item)]
    (workdir / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
    slim = workdir / f"{name}.dat"
    subprocess.run(
        ["icupkg", "--ignore-deps", "-r", str(workdir / "dropped.txt"), str(full), str(slim)],
        check=True,
        capture_output=True,
    )
    source = workdir / "icudata.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl icudt{version}_dat\n"
        f"\t.type icudt{version}_dat, @object\n"
        "\t.balign 16\n"
        f"icudt{version}_dat:\n"
        f'\t.incbin "{slim}"\n'
        f"\t.size icudt{version}_dat, . - icudt{version}_dat\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    output = workdir / library.name
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output), str(source)],
        check=True,
        capture_output=True,
    )
    return output
