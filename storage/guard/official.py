"""Is an address the one of an institution or a meeting place rather than of a person?

Minutes name where the meeting is held and where documents go ("bij het Landelijk Parket,
Wilhelmina van Pruisenweg 104", "de IND, Postbus 17, 7000 AA Doetinchem"). Such an address is no
personal data. It counts as official when an institution or a meeting word stands before it in
the same sentence and no word about someone living or staying there does.
"""

from __future__ import annotations

import re

_INSTITUTION = re.compile(
    r"(?-i:\b(?:IND|OM|TIM|COA|DT&V|KMar|CJIB|ICC|IRMCT|NFI|AIVD|MIVD)\b)"
    r"|\b(?:landelijk\s+parket|parket\w*|rechtbank|gerechtshof|hoge\s+raad|raad\s+van\s+state"
    r"|ministerie|paleis\s+van\s+justitie|strafhof|tribunaal|eurojust|politie\w*|marechaussee"
    r"|gemeentehuis|stadhuis|aanmeldcentrum|ambassade|consulaat|incassobureau|justitie"
    r"|dienst\s+terugkeer|naturalisatiedienst|openbaar\s+ministerie|unhcr|rode\s+kruis"
    r"|overleg|vergader\w*|zitting|locatie|bezoekers|receptie|balie|kantoor|postadres\s+(?:van\s+)?(?:de|het)"
    r"|t\.\s?a\.\s?v\.)",
    re.IGNORECASE,
)
_PRIVATE = re.compile(
    r"\b(?:woon\w*|woont|woonde|verblijf\w*|verblijft|verbleef|ingeschreven|betrokkene|aanvrager\w*"
    r"|echtgeno\w+|broer|zus|zoon|dochter|vader|moeder|familie|gezin|huurt|huurde|correspondentie\w*"
    r"|hij|zij)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z])|[;\n]")
_WINDOW = 110


def official_address(text: str, start: int) -> bool:
    """True when the address starting at ``start`` belongs to an institution or meeting place."""
    head = text[max(0, start - _WINDOW) : start]
    cuts = [m.end() for m in _SENTENCE_BREAK.finditer(head)]
    if cuts:
        head = head[cuts[-1] :]
    return _INSTITUTION.search(head) is not None and _PRIVATE.search(head) is None
