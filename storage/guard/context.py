"""Helpers to ask "does a keyword stand just before this span?".

Numbers such as a V-nummer or a foreign passport number have no checksum or shape of their own;
only the word in front of them tells what they are. The look-back is bounded so that a keyword in
an earlier sentence does not vouch for an unrelated number.
"""

from __future__ import annotations

import re

# Words that may sit between a keyword and its value: "V-nummer van betrokkene: 1234567890".
_FILLER = (
    r"(?:[\s:=#()\[\],'\"-]|(?:nr|no|nummer|number|is|was|van|of|de|het|the|betrokkene|zijn"
    r"|haar|zijne|his|her|zoals|luidt|bekend|onder|opgegeven|op|met)\b\.?)*"
)
_WINDOW = 48


def keyword_before(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern that matches when ``pattern`` ends the window, up to filler words."""
    return re.compile(rf"(?:{pattern}){_FILLER}$", flags)


def has_keyword(compiled: re.Pattern[str], text: str, start: int, window: int = _WINDOW) -> bool:
    lo = max(0, start - window)
    return compiled.search(text, lo, start) is not None
