"""CSV import (preview, mapping, guard per row, confirmation with a reason) and export (formula
injection, atomic write, round trip)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from storage.anonymity import OVERRIDE_ACTION
from storage.cases.csv_io import (
    CsvUnreadable,
    export_bytes,
    export_csv,
    guess_mapping,
    plan_import,
    read_csv,
    read_csv_file,
    run_import,
    safe_cell,
)
from storage.cases.service import CaseQuery, CaseService
from storage.errors import ValidationError
from storage.paths import StorePaths

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
MARKER = "ZEBRAVINK"


def test_mixed_file_report_and_holdback(store) -> None:
    table = read_csv_file(DATA / "cases_mixed.csv")
    mapping = guess_mapping(table.headers)
    assert set(mapping.values()) >= {
        "reference",
        "grounds",
        "country",
        "role",
        "summary",
        "question",
        "urgent",
    }
    plan = plan_import(store, table, mapping)
    states = {row.line: row.state for row in plan.rows}
    assert states == {
        2: "clean",
        3: "findings",
        4: "clean",
        5: "findings",
        6: "invalid",
        7: "findings",
        8: "clean",
    }
    kinds = {row.line: sorted({f.kind for f in row.findings}) for row in plan.rows if row.findings}
    assert kinds == {3: ["bsn"], 5: ["email", "phone"], 7: ["person"]}
    assert CaseService(store).count() == 0  # planning stores nothing

    result = run_import(store, plan, {5: "fictieve contactgegevens van de IND-afdeling"})
    outcome = {o.line: o.outcome for o in result.outcomes}
    assert outcome == {
        2: "created",
        3: "held_back",
        4: "created",
        5: "confirmed",
        6: "invalid",
        7: "held_back",
        8: "created",
    }
    service = CaseService(store)
    references = {c.reference for c in service.list()}
    assert references == {"IND-2026-101", "IND-2026-102", "IND-2026-104", "IND-2026-107"}
    [override] = store.audit.entries(action_prefix=OVERRIDE_ACTION)
    assert override.object_id == "IND-2026-104"
    assert set(override.detail["kinds"]) == {"email", "phone"}
    [entry] = store.audit.entries(action_prefix="case.import")
    assert entry.detail["held_back"] == 2 and entry.detail["created"] == 3 and entry.detail["confirmed"] == 1
    dump = json.dumps([list(r) for r in store.db.execute("SELECT * FROM audit_log")], ensure_ascii=False)
    assert "111222333" not in dump and "0612345678" not in dump and "06-12345678" not in dump

    # Nothing of the held-back rows is anywhere in the store files, and the stored marker is only
    # there encrypted.
    def store_bytes() -> bytes:
        return b"".join(p.read_bytes() for p in StorePaths(store.paths.root).store_files())

    names = {p.name for p in StorePaths(store.paths.root).store_files()}
    assert {"overlegtafel.db", "overlegtafel.db-wal", "overlegtafel.keys.json"} <= names
    for blobs in (store_bytes(), (store.checkpoint(), store_bytes())[1]):  # WAL full, then folded in
        for needle in ("111222333", "Vlieger", MARKER, "IND-2026-103", "IND-2026-101"):
            assert needle.encode() not in blobs
            assert needle.encode("utf-16-le") not in blobs
    assert service.ids(CaseQuery(search=MARKER.lower()))  # yet it was stored (encrypted)


def test_duplicates_and_existing_references_are_invalid(store) -> None:
    CaseService(store).create({"reference": "R-1", "country": "Irak"})
    data = "referentie;land\nR-1;Irak\nR-2;Syrië\nR-2;Eritrea\n".encode()
    plan = plan_import(store, read_csv(data), {0: "reference", 1: "country"})
    assert [r.state for r in plan.rows] == ["invalid", "clean", "invalid"]
    assert "bestaat al" in plan.rows[0].errors[0]
    assert "dubbel" in plan.rows[2].errors[0]


def test_reading_encodings_and_delimiters() -> None:
    cp = "Referentie,Land\nX-1,Syrië\n".encode("cp1252")
    table = read_csv(cp)
    assert table.delimiter == "," and table.encoding == "cp1252" and table.rows == (("X-1", "Syrië"),)
    bom = "\ufeffReferentie\tLand\r\nX-2\tIrak\r\n".encode()
    table = read_csv(bom)
    assert table.delimiter == "\t" and table.headers == ("Referentie", "Land")
    with pytest.raises(CsvUnreadable):
        read_csv(b"")
    with pytest.raises(CsvUnreadable):
        read_csv(b"\x00\x01binary")
    with pytest.raises(CsvUnreadable):
        read_csv_file(Path("/nonexistent/file.csv"))


def test_mapping_in_english_and_by_key() -> None:
    mapping = guess_mapping(
        ["Reference", "1F ground", "Country or conflict", "summary", "whatever", "Urgent"]
    )
    assert mapping == {0: "reference", 1: "grounds", 2: "country", 3: "summary", 5: "urgent"}


def test_plan_rejects_double_mapping(store) -> None:
    with pytest.raises(ValidationError):
        plan_import(store, read_csv(b"a;b\n1;2\n"), {0: "country", 1: "country"})


@pytest.mark.parametrize("cell", ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx", "  =HYPERLINK()"])
def test_formula_cells_are_defused(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["C-2026-001", "1994", "Kabul", "", "a=b"])
def test_ordinary_cells_are_untouched(cell: str) -> None:
    assert safe_cell(cell) == cell


def test_export_is_safe_atomic_and_round_trips(store, tmp_path: Path) -> None:
    service = CaseService(store)
    service.create(
        {
            "reference": "R-9",
            "country": "Irak",
            "summary": '=HYPERLINK("http://x","klik")',
            "grounds": "a,b",
            "urgent": True,
        }
    )
    service.create(
        {
            "reference": "R-10",
            "country": "Syrië",
            "summary": "Regel één\nregel twee; met puntkomma",
            "ind_status": "residence_permit",
        }
    )
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / "export.csv"
    out.write_text("oude inhoud")
    assert export_csv(store, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header = rows[0]
    assert header[0] == "Referentie"
    [first] = [r for r in rows[1:] if r[0] == "R-9"]
    summary = first[header.index("Samenvatting")]
    assert summary.startswith("'=")
    assert first[header.index("1F-grond")] == "1F(a), 1F(b)"
    assert first[header.index("Spoed")] == "ja"
    assert [p.name for p in folder.iterdir()] == ["export.csv"]  # no temp file left behind
    [entry] = store.audit.entries(action_prefix="case.export")
    assert entry.detail["count"] == 2
    # Round trip into an empty register: values, labels and the defused formula come back.
    for case in service.list():
        store.db.execute("DELETE FROM cases WHERE id = ?", (case.id,))
    plan = plan_import(store, read_csv(raw), guess_mapping(header))
    assert [r.state for r in plan.rows] == ["clean", "clean"]
    run_import(store, plan)
    again = {c.reference: c for c in service.list()}
    assert again["R-9"].summary == '=HYPERLINK("http://x","klik")'
    assert again["R-9"].grounds == ("a", "b") and again["R-9"].urgent
    assert again["R-10"].ind_status == "residence_permit"
    assert again["R-10"].summary == "Regel één\nregel twee; met puntkomma"


def test_export_bytes_english_labels() -> None:
    data = export_bytes([], delimiter=",", lang="en").decode("utf-8-sig")
    assert data.startswith("Reference,Status,1F ground,Country or conflict")
