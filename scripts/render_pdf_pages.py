"""Render every page of a PDF to PNG (80 dpi) for eyeballing layouts and for review diffs.

    python scripts/render_pdf_pages.py PDF OUTDIR

Writes OUTDIR/<pdf stem>-<n>.png using poppler's pdftoppm (package poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path


def render_pages(pdf: Path, outdir: Path, dpi: int = 80) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm not found: install poppler-utils")
    outdir.mkdir(parents=True, exist_ok=True)
    prefix = outdir / pdf.stem
    own_page = re.compile(rf"{re.escape(pdf.stem)}-\d+\.png")

    def own_pages() -> list[Path]:
        return sorted(p for p in outdir.iterdir() if own_page.fullmatch(p.name))

    for old in own_pages():
        old.unlink()  # a shorter re-render must not leave stale pages behind
    subprocess.run([tool, "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    pages = own_pages()
    # pdftoppm zero-pads to the page count's width ("-01"); plain numbers are easier to link.
    renamed = []
    for page in pages:
        number = int(page.stem.rsplit("-", 1)[1])
        target = outdir / f"{pdf.stem}-{number}.png"
        page.rename(target)
        renamed.append(target)
    return renamed


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    pdf, outdir = Path(argv[1]), Path(argv[2])
    for page in render_pages(pdf, outdir):
        print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
