"""The printable recovery-code sheet."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from reports.recovery_sheet import build_recovery_sheet
from storage.errors import RecoveryCodeInvalid

CODE = "7KQ2M-ABCDE-FGH23-JK456-MNPQR-STWXY-Z2345-6789A"
GROUPS = CODE.split("-")
MARKING = "DEPARTEMENTAAL VERTROUWELIJK"


def sheet(lang: str = "nl", code: str = CODE, marking: str | None = MARKING) -> bytes:
    return build_recovery_sheet(
        code=code,
        store_id="st-4f9c2e1a7b3d",
        store_label="Overlegtafel 1F <IND & OM>",
        created=date(2026, 3, 2),
        marking=marking,
        lang=lang,
    )


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sheet_fits_on_one_page_with_code_groups_numbered(lang: str) -> None:
    pages, text = text_of(sheet(lang))
    assert pages == 1
    label = "Groep" if lang == "nl" else "Group"
    for number, group in enumerate(GROUPS, start=1):
        assert f"{label} {number}" in text
        assert group in text
    assert CODE in text, "the code as one line, for typing"
    assert text.count(MARKING) >= 2
    assert "st-4f9c2e1a7b3d" in text
    assert "Overlegtafel 1F <IND & OM>" in text


def test_dutch_sheet_explains_purpose_storage_and_loss() -> None:
    _, text = text_of(sheet("nl"))
    flat = " ".join(text.split())
    assert "opent de gegevensopslag van Overlegtafel op een nieuwe laptop" in flat
    assert "sleutel in de sleutelbos van het besturingssysteem verloren is" in flat
    assert "dichte envelop" in flat and "kluis" in flat
    assert "nooit bij de laptop" in flat
    assert "foto" in flat and "e-mail" in flat
    assert "wachtwoordzin" in flat and "voorgoed verloren" in flat
    assert "geen achterdeur" in flat
    assert "2 maart 2026" in flat
    for field in ("Opgeborgen door", "Datum", "Bewaarplaats", "Paraaf"):
        assert field in flat
    assert "Pagina 1 van 1" in flat


def test_english_sheet() -> None:
    _, text = text_of(sheet("en"))
    flat = " ".join(text.split())
    assert "Data store recovery code" in flat
    assert "sealed envelope" in flat and "no backdoor" in flat
    assert "2 March 2026" in flat
    assert "Stored by" in flat and "Page 1 of 1" in flat
    assert "Groep" not in flat


def test_code_is_accepted_as_typed_and_validated() -> None:
    loose = CODE.lower().replace("-", " ")
    assert sheet(code=loose) == sheet()
    with pytest.raises(RecoveryCodeInvalid):
        sheet(code="0" * 40)
    with pytest.raises(RecoveryCodeInvalid):
        sheet(code=CODE[:-1])
    with pytest.raises(ValueError):
        sheet(lang="de")


def test_sheet_without_marking_and_deterministic() -> None:
    pdf = sheet(marking=None)
    _, text = text_of(pdf)
    assert "VERTROUWELIJK" not in text
    assert sheet(marking=None) == pdf


def test_code_never_reaches_the_metadata() -> None:
    reader = PdfReader(io.BytesIO(sheet()))
    info = " ".join(str(v) for v in reader.metadata.values())
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    for group in GROUPS:
        assert group not in info
        assert group not in xmp
