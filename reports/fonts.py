"""The embedded DejaVu fonts every report uses.

The built-in PDF fonts (Helvetica & co.) cannot draw ş, ğ or ı ("Yeşilgöz") and are never
embedded, which PDF/A forbids; so reports only ever use these TrueType faces.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}

REPLACEMENT_CHARACTER = "\ufffd"

_lock = threading.Lock()
_registered = False


class GlyphSafeTTFont(TTFont):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """A TrueType font that draws U+FFFD for characters the face has no glyph for.

    Plain reportlab falls back to glyph 0 (.notdef): PDF/A-2 forbids referencing it (ISO 19005-2
    6.2.11.8) and text extraction then yields NUL instead of anything recognisable. Measuring and
    drawing both go through the substitution, so line breaking stays consistent.
    """

    def substitute_missing(self, text: str) -> str:
        cmap = self.face.charToGlyph
        if all(cmap.get(ord(ch)) for ch in text):
            return text
        return "".join(ch if cmap.get(ord(ch)) else REPLACEMENT_CHARACTER for ch in text)

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        return float(super().stringWidth(self.substitute_missing(text), size, encoding))

    def splitString(self, text: str | bytes, doc: object, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        parts: list[tuple[int, bytes]] = super().splitString(self.substitute_missing(text), doc, encoding)
        return parts

    def addObjects(self, doc: object) -> None:
        # reportlab writes ToUnicode entries as "%04X", which is invalid for characters beyond
        # U+FFFF (emoji, mathematical letters): viewers and text extraction then lose them.
        # Rewrite those subsets' maps with proper UTF-16 surrogate pairs.
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for index, subset in enumerate(subsets):
            if all(code <= 0xFFFF for code in subset):
                continue
            base = (SUBSETN(index) + b"+" + self.face.name + self.face.subfontNameX).decode("pdfdoc")
            stream = doc.idToObject.get(f"toUnicodeCMap:{base}")  # type: ignore[attr-defined]
            if stream is not None:
                stream.content = to_unicode_cmap(base, subset)


def _utf16_hex(code: int) -> str:
    return code.to_bytes(4, "big").decode("utf-32-be").encode("utf-16-be").hex().upper()


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap (PDF 32000-1 9.10.3) mapping single-byte codes to UTF-16BE text."""
    entries = [f"<{code:02X}> <{_utf16_hex(cp)}>" for code, cp in enumerate(subset)]
    blocks = []
    for start in range(0, len(entries), 100):  # at most 100 entries per bfchar block
        chunk = entries[start : start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register the DejaVu faces and their families with reportlab; safe to call repeatedly."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(GlyphSafeTTFont(name, str(FONT_DIR / filename)))
        # <b>/<i> in Paragraph markup resolve through these mappings.
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        # No oblique mono face is shipped: <i> inside mono text stays upright instead of failing.
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD)
        _registered = True


def substitute_missing(text: str, font_name: str = SANS) -> str:
    """What `text` looks like once drawn in `font_name`: characters without a glyph become U+FFFD."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    if isinstance(font, GlyphSafeTTFont):
        return font.substitute_missing(text)
    return text
