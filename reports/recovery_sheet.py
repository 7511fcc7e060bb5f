"""The printable sheet for a store's recovery code (Dutch or English).

The code opens the store on its own, so the sheet explains what it is for, how to keep it, what
happens without it, and leaves room to record by hand who stored it where. The PDF contains the
code in plain text: callers print it and must not keep the bytes on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from reports.document_info import DocumentInfo
from reports.dutch import format_date
from reports.escape import para, rich
from reports.fonts import MONO_BOLD, SANS
from reports.geometry import ACCENT, HAIRLINE, INK, MUTED, TEXT_WIDTH
from reports.layout import render_pdf
from reports.styles import STYLES
from reports.tables import key_value_table
from storage.recovery_code import GROUP_LEN, GROUPS, normalise

_CODE_BACKGROUND = HexColor("#F3F5F8")
_GROUPS_PER_ROW = 4


@dataclass(frozen=True)
class _Texts:
    title: str
    subject: str
    intro: str
    warning: str
    store: str
    store_id: str
    created: str
    code_heading: str
    group: str  # "Groep {n}"
    one_line: str
    alphabet_note: str
    keep_heading: str
    keep: tuple[str, ...]
    lost_heading: str
    lost: tuple[str, ...]
    record_heading: str
    record_fields: tuple[tuple[str, str], ...]  # two fields per line


_TEXTS = {
    "nl": _Texts(
        title="Herstelcode gegevensopslag",
        subject="Herstelcode van de versleutelde gegevensopslag van Overlegtafel",
        intro=(
            "Deze herstelcode opent de gegevensopslag van Overlegtafel op een nieuwe laptop, of "
            "als de sleutel in de sleutelbos van het besturingssysteem verloren is (bijvoorbeeld "
            "na een herinstallatie of een nieuw gebruikersaccount)."
        ),
        warning=(
            "Wie deze code heeft en een kopie van de opslag, kan alle gegevens lezen. Behandel "
            "dit blad als het document met de hoogste rubricering dat in de opslag staat."
        ),
        store="Opslag",
        store_id="Opslag-id",
        created="Code aangemaakt op",
        code_heading="Herstelcode",
        group="Groep {n}",
        one_line="Als één regel (streepjes en spaties mogen, hoofd- of kleine letters maakt niet uit):",
        alphabet_note=(
            "Lees de groepen op volgorde voor. De code bevat geen 0, O, 1, I, L, U of V: elk teken "
            "is eenduidig."
        ),
        keep_heading="Zo bewaart u dit blad",
        keep=(
            "Vouw het blad dubbel, stop het in een dichte envelop en berg die op in een kluis of "
            "een afgesloten kast.",
            "Bewaar het nooit bij de laptop of in de laptoptas: wie beide heeft, heeft de gegevens.",
            "Maak er nooit een foto, scan of kopie van en verstuur de code nooit per e-mail, chat "
            "of telefoon. Typ hem alleen in Overlegtafel zelf.",
            "Wordt er een nieuwe herstelcode gemaakt, dan werkt deze code niet meer: vernietig dit "
            "blad dan in de papiervernietiger.",
        ),
        lost_heading="Als deze code kwijt is",
        lost=(
            "Zolang u de wachtwoordzin kent en de sleutel in de sleutelbos van deze laptop staat, "
            "opent de opslag gewoon. Maak dan direct in Overlegtafel een nieuwe herstelcode en "
            "berg die op dezelfde manier op.",
            "Bent u zowel deze herstelcode kwijt als de toegang met wachtwoordzin en sleutelbos, "
            "dan zijn de gegevens voorgoed verloren. Er is geen achterdeur: niemand, ook de "
            "beheerder of de makers van Overlegtafel niet, kan de opslag dan nog openen.",
        ),
        record_heading="In te vullen bij het opbergen",
        record_fields=(("Opgeborgen door", "Paraaf"), ("Datum", "Bewaarplaats")),
    ),
    "en": _Texts(
        title="Data store recovery code",
        subject="Recovery code of the encrypted Overlegtafel data store",
        intro=(
            "This recovery code opens the Overlegtafel data store on a new laptop, or when the key "
            "in the operating system's keyring has been lost (for example after a reinstall or "
            "with a new user account)."
        ),
        warning=(
            "Whoever has this code and a copy of the store can read all of its data. Treat this "
            "sheet like the most highly classified document in the store."
        ),
        store="Store",
        store_id="Store id",
        created="Code created on",
        code_heading="Recovery code",
        group="Group {n}",
        one_line="As one line (dashes and spaces are allowed, upper or lower case does not matter):",
        alphabet_note=(
            "Read the groups aloud in order. The code has no 0, O, 1, I, L, U or V: every "
            "character is unambiguous."
        ),
        keep_heading="How to keep this sheet",
        keep=(
            "Fold the sheet, put it in a sealed envelope and keep that in a safe or a locked cabinet.",
            "Never keep it with the laptop or in the laptop bag: whoever has both has the data.",
            "Never photograph, scan or copy it, and never send the code by e-mail, chat or "
            "phone. Only type it into Overlegtafel itself.",
            "When a new recovery code is made, this code stops working: shred this sheet then.",
        ),
        lost_heading="If this code is lost",
        lost=(
            "As long as you know the passphrase and the key is in this laptop's keyring, the "
            "store opens as usual. Make a new recovery code in Overlegtafel straight away and "
            "keep it the same way.",
            "If both this recovery code and access by passphrase and keyring are lost, the data "
            "is gone for good. There is no backdoor: nobody, not the administrator and not the "
            "makers of Overlegtafel, can open the store then.",
        ),
        record_heading="To fill in when storing",
        record_fields=(("Stored by", "Initials"), ("Date", "Kept in")),
    ),
}


class CodeGrid(Flowable):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any
    """The code as numbered groups in a boxed grid, large enough to read aloud without errors."""

    row_height = 48.0
    code_size = 23.0
    char_space = 2.5

    def __init__(self, groups: list[str], group_label: str) -> None:
        super().__init__()
        self.groups = groups
        self.group_label = group_label
        self.rows = -(-len(groups) // _GROUPS_PER_ROW)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(availWidth, TEXT_WIDTH)
        self.height = self.rows * self.row_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        cell_width = self.width / _GROUPS_PER_ROW
        canv.saveState()
        canv.setFillColor(_CODE_BACKGROUND)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        canv.setStrokeColor(HAIRLINE)
        canv.setLineWidth(0.6)
        for column in range(1, _GROUPS_PER_ROW):
            canv.line(column * cell_width, 0, column * cell_width, self.height)
        for row in range(1, self.rows):
            canv.line(0, row * self.row_height, self.width, row * self.row_height)
        for index, group in enumerate(self.groups):
            row, column = divmod(index, _GROUPS_PER_ROW)
            x = column * cell_width
            top = self.height - row * self.row_height
            canv.setFillColor(MUTED)
            canv.setFont(SANS, 7)
            canv.drawString(x + 6, top - 11, self.group_label.format(n=index + 1))
            canv.setFillColor(INK)
            canv.setFont(MONO_BOLD, self.code_size)
            canv.drawCentredString(x + cell_width / 2, top - 37, group, charSpace=self.char_space)
        canv.restoreState()


def _fill_in_lines(fields: tuple[tuple[str, str], ...]) -> Table:
    """Labelled blank lines to write on by hand (pen on paper, so generous height)."""
    rows = [
        [para(left, STYLES.table_header), "", para(right, STYLES.table_header), ""] for left, right in fields
    ]
    return Table(
        rows,
        colWidths=[w * TEXT_WIDTH for w in (0.19, 0.31, 0.19, 0.31)],
        rowHeights=[24] * len(rows),
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (2, 0), (2, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )


def _story(
    groups: list[str], store_id: str, store_label: str, created: date, texts: _Texts, lang: str
) -> list[Flowable]:
    one_line = "-".join(groups)
    return [
        para(texts.intro, STYLES.body),
        para(rich("<b>{warning}</b>", warning=texts.warning), STYLES.body),
        key_value_table(
            [
                (texts.store, store_label),
                (texts.store_id, para(store_id, STYLES.mono)),
                (texts.created, format_date(created, lang)),
            ],
            label_width=0.3,
        ),
        KeepTogether(
            [
                para(texts.code_heading, STYLES.h1),
                CodeGrid(groups, texts.group),
                Spacer(1, 5),
                para(texts.alphabet_note, STYLES.small),
                para(texts.one_line, STYLES.small),
                para(one_line, STYLES.mono),
            ]
        ),
        para(texts.keep_heading, STYLES.h1),
        *[para(item, STYLES.bullet, bullet="•") for item in texts.keep],
        para(texts.lost_heading, STYLES.h1),
        *[para(item, STYLES.bullet, bullet="•") for item in texts.lost],
        KeepTogether([para(texts.record_heading, STYLES.h1), _fill_in_lines(texts.record_fields)]),
    ]


def build_recovery_sheet(
    code: str,
    store_id: str,
    store_label: str,
    created: date,
    marking: str | None,
    lang: str = "nl",
) -> bytes:
    """The recovery sheet as PDF bytes; `code` may be given with or without dashes."""
    if lang not in _TEXTS:
        raise ValueError(f"unsupported language {lang!r}; use one of {tuple(_TEXTS)}")
    normalised = normalise(code).replace("-", "")
    groups = [normalised[i : i + GROUP_LEN] for i in range(0, GROUPS * GROUP_LEN, GROUP_LEN)]
    texts = _TEXTS[lang]
    info = DocumentInfo(
        title=texts.title,
        meeting=None,
        marking=marking,
        status="none",
        adopted_on=None,
        fingerprint=None,
        version="1",
        issued=created,
        subject=texts.subject,
        lang=lang,
    )
    return render_pdf(info, lambda: _story(groups, store_id, store_label, created, texts, lang))
