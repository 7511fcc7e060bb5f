"""The only way user text reaches a reportlab Paragraph.

Paragraph text is markup: a case title containing "<b>" or "R&D" would otherwise be interpreted
(or crash the parser). Document builders call `para()` for plain user text and `rich()` when they
need their own markup around user values; neither ever lets raw user text act as markup.
"""

from __future__ import annotations

import unicodedata
from html import escape as _html_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from reports.fonts import register_fonts
from reports.styles import StrikeStyle

EM_DASH = "—"

_LINE_BREAKS = str.maketrans(
    {"\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\t": " "}
)
# Dropped outright: soft hyphens (reportlab, hyphenation off, silently drops them, so removing
# them here keeps printed, measured and extracted text the same) and U+FEFF, in practice a stray
# byte-order mark from pasted text, which text extraction tools mishandle.
_DROPPED = str.maketrans({"\xad": None, "\ufeff": None})


class Markup(str):
    """Text that is already valid, trusted Paragraph markup (built by `rich()`)."""

    __slots__ = ()


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def clean_text(text: str | None) -> str:
    """Printable form of user text: newlines unified, control/surrogate/non-characters dropped.

    Lone surrogates cannot be encoded into the PDF at all, and control characters would either
    vanish silently in reportlab or end up as invisible junk in the text layer and XMP metadata.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").translate(_DROPPED).translate(_LINE_BREAKS)
    return "".join(
        ch
        for ch in text
        if ch == "\n" or (unicodedata.category(ch) not in ("Cc", "Cs") and not _is_noncharacter(ord(ch)))
    )


def single_line(text: str | None) -> str:
    """`clean_text` for places that cannot wrap (running header, PDF metadata)."""
    return " ".join(clean_text(text).split())


def escape_text(text: str | None) -> str:
    """Plain user text as Paragraph markup: escaped, newlines kept as line breaks."""
    escaped = _html_escape(clean_text(text), quote=True)
    return escaped.replace("\n", "<br/>")


def rich(markup_template: str, **user_values: object) -> Markup:
    """Fill a trusted markup template with escaped user values.

    rich("<b>{nr}</b> {title}", nr="B-2026-03-02", title=user_title)

    Values that are `Markup` (from an earlier `rich()`) are inserted as they are; anything else is
    converted with str() and escaped. Literal braces in the template are written {{ and }}.
    """
    values = {
        key: value if isinstance(value, Markup) else escape_text("" if value is None else str(value))
        for key, value in user_values.items()
    }
    return Markup(markup_template.format_map(values))


def para(
    text: str | None, style: ParagraphStyle, *, empty: str = EM_DASH, bullet: str | None = None
) -> Paragraph:
    """A Paragraph showing `text` literally; blank text shows `empty` (default an em dash).

    `bullet` (e.g. "•" or "3.") is drawn in the style's bullet indent.
    """
    register_fonts()
    if isinstance(text, Markup):
        markup = str(text)
    else:
        cleaned = clean_text(text)
        markup = escape_text(cleaned if cleaned.strip() else empty)
    if isinstance(style, StrikeStyle) and markup:
        markup = f"<strike>{markup}</strike>"
    return Paragraph(markup, style, bulletText=bullet)
