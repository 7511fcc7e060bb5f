"""Render the application icon from its SVG: PNGs for Linux, .ico for Windows, .icns for macOS.

    .venv/bin/python packaging/make_icons.py          # rewrite packaging/icons/*
    .venv/bin/python packaging/make_icons.py --check  # exit 1 when a committed file is out of date

The source is packaging/icons/nl.overlegtafel.Overlegtafel.svg. Qt's SVG renderer draws every size
from the vector (small sizes are not blurred down from a large bitmap); Pillow writes the files, so
the output carries no timestamps and is the same on every run with the same Qt and Pillow.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

HERE = Path(__file__).resolve().parent
ICONS = HERE / "icons"
APP_ID = "nl.overlegtafel.Overlegtafel"
SVG = ICONS / f"{APP_ID}.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int) -> Image:
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = bytes(image.constBits())[: size * size * 4]
    if image.bytesPerLine() != size * 4:
        raise SystemExit("unexpected QImage stride")
    return Image.frombytes("RGBA", (size, size), data)


def outputs() -> dict[Path, bytes]:
    """Every generated file with its content."""
    images = {size: render(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    files: dict[Path, bytes] = {}
    for size in PNG_SIZES:
        buf = io.BytesIO()
        images[size].save(buf, "PNG", optimize=True)
        files[png_path(size)] = buf.getvalue()
    files[ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"] = SVG.read_bytes()

    buf = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(
        buf,
        "ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    files[ICONS / "overlegtafel.ico"] = buf.getvalue()

    buf = io.BytesIO()
    images[1024].save(buf, "ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    files[ICONS / "overlegtafel.icns"] = buf.getvalue()
    return files


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt alive)
    files = outputs()
    if "--check" in argv:
        stale = [
            str(p.relative_to(HERE)) for p, data in files.items() if not p.exists() or p.read_bytes() != data
        ]
        for name in stale:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale else 0
    if (ICONS / "hicolor").exists():
        shutil.rmtree(ICONS / "hicolor")
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(path.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
