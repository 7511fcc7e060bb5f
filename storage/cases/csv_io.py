"""CSV import and export of the case register.

Import runs in three steps so that a person can look before anything is stored:

1. ``read_csv(data)``: decode (UTF-8 with or without BOM, else Windows-1252), detect the delimiter;
2. ``plan_import(store, table, mapping)``: map columns to fields (``guess_mapping`` proposes one),
   validate every row and run the anonymity guard on it: a per-row report, nothing stored yet;
3. ``run_import(store, plan, confirmations)``: store the clean rows, and the rows with findings
   only when ``confirmations`` holds a reason for that row. Every stored row passes the anonymity
   policy again, and each confirmed finding is recorded as kept (with an audit entry).

Export writes the register atomically as CSV that a spreadsheet opens safely: a cell starting with
``= + - @``, a tab or a carriage return gets a leading apostrophe, so it is never run as a formula.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storage.anonymity import FieldFinding, Keep, scan_fields
from storage.atomic import write_atomic
from storage.cases.model import (
    IND_STATUSES,
    TEXT_FIELDS,
    Case,
    field_error,
    field_label,
    format_grounds,
    ind_status_label,
    parse_grounds,
    period_order_error,
    status_label,
)
from storage.cases.service import OBJECT_TYPE, CaseQuery, CaseService, normalise_value
from storage.cases.status import CaseStatus
from storage.errors import StoreError, ValidationError
from storage.i18n import pick
from storage.store import Store

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000

IMPORT_FIELDS: tuple[str, ...] = (
    "reference",
    "status",
    "grounds",
    "country",
    "period_from",
    "period_to",
    "role",
    "organisations",
    "ind_status",
    "ind_status_note",
    "urgent",
    "urgency_reason",
    "question",
    "summary",
)
EXPORT_FIELDS: tuple[str, ...] = (*IMPORT_FIELDS, "created_at", "updated_at", "closed_at", "retention_until")
_EXTRA_LABELS: dict[str, tuple[str, str]] = {
    "created_at": ("aangemaakt", "created"),
    "updated_at": ("gewijzigd", "updated"),
    "closed_at": ("afgesloten op", "closed on"),
    "retention_until": ("bewaren tot", "keep until"),
}
# Header names recognised besides the field key and its Dutch and English labels.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "reference": ("ref", "referentie", "kenmerk", "casus", "case", "pseudoniem", "zaak", "zaaknummer"),
    "status": ("status overleg", "stand"),
    "grounds": ("grond", "gronden", "1f", "1f grond", "1f-grond", "artikel 1f", "ground", "grounds"),
    "country": ("land", "conflict", "land/conflict", "land of conflict", "country", "country/conflict"),
    "period_from": ("van", "vanaf", "periode van", "begin", "from", "start"),
    "period_to": ("tot", "tot en met", "t/m", "periode tot", "einde", "to", "until", "end"),
    "role": ("rol", "functie", "positie", "role", "position"),
    "organisations": ("organisatie", "organisaties", "organisation", "organisations", "organization"),
    "ind_status": ("procedurele status", "status ind", "ind-status", "procedure", "procedural status"),
    "ind_status_note": ("toelichting", "toelichting status", "note", "status note"),
    "urgent": ("spoed", "urgentie", "urgent", "urgency"),
    "urgency_reason": ("reden spoed", "spoedreden", "reden van spoed", "urgency reason"),
    "question": ("vraag", "vraag aan om", "vraag aan het om", "question", "question to the om"),
    "summary": ("samenvatting", "omschrijving", "beschrijving", "summary", "description"),
}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class CsvUnreadable(ValidationError):
    nl = "Het CSV-bestand is niet te lezen: {detail}"
    en = "The CSV file cannot be read: {detail}"


# --- reading --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    encoding: str


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        return max(";,\t", key=first.count)


def read_csv(data: bytes) -> CsvTable:
    if len(data) > MAX_IMPORT_BYTES:
        raise CsvUnreadable(
            detail=pick(
                f"groter dan {MAX_IMPORT_BYTES // (1024 * 1024)} MB",
                f"larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB",
            )
        )
    if b"\x00" in data[:4096]:
        raise CsvUnreadable(detail=pick("het is geen tekstbestand", "it is not a text file"))
    text, encoding = _decode(data)
    if not text.strip():
        raise CsvUnreadable(detail=pick("het bestand is leeg", "the file is empty"))
    delimiter = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise CsvUnreadable(detail=str(exc)) from exc
    records = [r for r in records if any(cell.strip() for cell in r)]
    if not records:
        raise CsvUnreadable(detail=pick("het bestand is leeg", "the file is empty"))
    if len(records) - 1 > MAX_IMPORT_ROWS:
        raise CsvUnreadable(
            detail=pick(f"meer dan {MAX_IMPORT_ROWS} regels", f"more than {MAX_IMPORT_ROWS} rows")
        )
    headers = tuple(h.strip() for h in records[0])
    width = len(headers)
    rows = tuple(tuple((r + [""] * width)[:width]) for r in records[1:])
    return CsvTable(headers, rows, delimiter, encoding)


def read_csv_file(path: str | Path) -> CsvTable:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as exc:
        raise CsvUnreadable(detail=pick(f"{path} bestaat niet", f"{path} does not exist")) from exc
    except OSError as exc:
        raise CsvUnreadable(detail=exc.strerror or str(exc)) from exc
    return read_csv(data)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", text).split())


def header_names(name: str) -> set[str]:
    names = {_norm(name), _norm(field_label(name, "nl")), _norm(field_label(name, "en"))}
    names.update(_norm(s) for s in _SYNONYMS.get(name, ()))
    return names


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field, from the header names (Dutch, English or the field keys)."""
    lookup: dict[str, str] = {}
    for name in IMPORT_FIELDS:
        for alias in header_names(name):
            lookup.setdefault(alias, name)
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        found = lookup.get(_norm(header))
        if found is not None and found not in used:
            mapping[index] = found
            used.add(found)
    return mapping


def _choice(value: str, codes: Sequence[str], label: object) -> str | None:
    """A code from a code or a (Dutch or English) label; None when unknown."""
    wanted = _norm(value)
    if not wanted:
        return ""
    for code in codes:
        candidates = {_norm(code), _norm(label(code, "nl")), _norm(label(code, "en"))}  # type: ignore[operator]
        if wanted in candidates:
            return code
    return None


def _unquote_formula(value: str) -> str:
    """Undo the apostrophe our own export put before a formula-like cell."""
    if value.startswith("'") and value[1:2] in FORMULA_PREFIXES:
        return value[1:]
    return value


# --- planning -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowPlan:
    line: int  # the line number in the file (the header is line 1)
    values: dict[str, object]
    errors: tuple[str, ...] = ()
    findings: tuple[FieldFinding, ...] = ()

    @property
    def state(self) -> str:
        """ "invalid" (cannot be imported), "findings" (needs a confirmation) or "clean"."""
        if self.errors:
            return "invalid"
        return "findings" if self.findings else "clean"

    @property
    def reference(self) -> str:
        return str(self.values.get("reference", ""))


@dataclass(frozen=True)
class ImportPlan:
    mapping: dict[int, str]
    rows: tuple[RowPlan, ...]

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)

    def row(self, line: int) -> RowPlan:
        for r in self.rows:
            if r.line == line:
                return r
        raise KeyError(line)


def plan_import(store: Store, table: CsvTable, mapping: Mapping[int, str]) -> ImportPlan:
    """Validate and scan every row; stores nothing."""
    bad = [name for name in mapping.values() if name not in IMPORT_FIELDS]
    if bad or len(set(mapping.values())) != len(mapping):
        raise ValidationError(
            detail=pick("elk veld mag maar één kolom krijgen.", "each field may get only one column.")
        )
    existing = {r[0] for r in store.db.execute("SELECT reference FROM cases")}
    seen: set[str] = set()
    plans = []
    for offset, record in enumerate(table.rows):
        line = offset + 2
        values: dict[str, object] = {}
        errors: list[str] = []
        for index, name in mapping.items():
            raw = _unquote_formula(record[index].strip() if name not in TEXT_FIELDS else record[index])
            if name in TEXT_FIELDS and name != "reference":
                raw = raw.strip()
            if name == "status":
                code = _choice(raw, [s.value for s in CaseStatus], status_label)
                if code is None:
                    errors.append(f"{field_label(name)}: " + pick("onbekende status", "unknown status"))
                elif code:
                    values[name] = code
                continue
            if name == "ind_status":
                code = _choice(raw, IND_STATUSES, ind_status_label)
                if code is None:
                    errors.append(
                        f"{field_label(name)}: "
                        + pick("onbekende procedurele status", "unknown procedural status")
                    )
                elif code:
                    values[name] = code
                continue
            if name == "grounds":
                try:
                    values[name] = parse_grounds(raw)
                except ValueError:
                    errors.append(
                        f"{field_label(name)}: " + pick("kies uit a, b en c", "choose from a, b and c")
                    )
                continue
            if raw == "":
                continue
            value = normalise_value(name, raw)
            error = field_error(name, value)
            if error is not None:
                errors.append(f"{field_label(name)}: {error}")
            else:
                values[name] = value
        order = period_order_error(str(values.get("period_from", "")), str(values.get("period_to", "")))
        if order:
            errors.append(f"{field_label('period_from')}: {order}")
        reference = str(values.get("reference", "")).strip()
        if reference:
            if reference in existing:
                errors.append(
                    pick(f"referentie {reference} bestaat al", f"reference {reference} already exists")
                )
            elif reference in seen:
                errors.append(
                    pick(
                        f"referentie {reference} staat dubbel in het bestand",
                        f"reference {reference} is twice in the file",
                    )
                )
            seen.add(reference)
        if not any(v for k, v in values.items() if k != "reference"):
            errors.append(pick("de regel bevat geen casusgegevens", "the row holds no case data"))
        texts = {k: str(v) for k, v in values.items() if k in TEXT_FIELDS}
        plans.append(RowPlan(line, values, tuple(errors), tuple(scan_fields(texts))))
    return ImportPlan(dict(mapping), tuple(plans))


# --- running --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowOutcome:
    line: int
    outcome: str  # "created", "confirmed", "held_back", "invalid", "failed"
    reference: str = ""
    message: str = ""
    findings: tuple[FieldFinding, ...] = field(default=())


@dataclass(frozen=True)
class ImportResult:
    outcomes: tuple[RowOutcome, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def stored(self) -> int:
        return self.count("created") + self.count("confirmed")


def run_import(
    store: Store, plan: ImportPlan, confirmations: Mapping[int, str] | None = None
) -> ImportResult:
    """Store the clean rows and the confirmed rows (``confirmations``: line -> reason) in one
    transaction; rows with findings and no confirmation are held back and not stored."""
    confirmations = dict(confirmations or {})
    service = CaseService(store)
    outcomes: list[RowOutcome] = []
    with store.db.atomic():
        for row in plan.rows:
            if row.errors:
                outcomes.append(RowOutcome(row.line, "invalid", row.reference, "; ".join(row.errors)))
                continue
            reason = confirmations.get(row.line, "").strip()
            if row.findings and not reason:
                outcomes.append(RowOutcome(row.line, "held_back", row.reference, "", row.findings))
                continue
            keep = Keep.findings(row.findings, reason) if row.findings else []
            try:
                with store.db.atomic():
                    case = service.create(row.values, keep, source="import")
            except StoreError as exc:
                outcomes.append(RowOutcome(row.line, "failed", row.reference, exc.message(), row.findings))
                continue
            outcomes.append(
                RowOutcome(
                    row.line, "confirmed" if row.findings else "created", case.reference, "", row.findings
                )
            )
        result = ImportResult(tuple(outcomes))
        store.audit.append(
            "case.import",
            OBJECT_TYPE,
            "",
            detail={
                "rows": len(plan.rows),
                "created": result.count("created"),
                "confirmed": result.count("confirmed"),
                "held_back": result.count("held_back"),
                "invalid": result.count("invalid"),
                "failed": result.count("failed"),
            },
        )
    return result


# --- export ---------------------------------------------------------------------------------------
def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection)."""
    if value and (value[0] in FORMULA_PREFIXES or value.lstrip(" ")[:1] in FORMULA_PREFIXES):
        return "'" + value
    return value


def export_label(name: str, lang: str | None = None) -> str:
    if name in _EXTRA_LABELS:
        nl, en = _EXTRA_LABELS[name]
        label = pick(nl, en, lang)
    else:
        label = field_label(name, lang)
    return label[:1].upper() + label[1:]


def _cell(case: Case, name: str, lang: str | None) -> str:
    value = case.value(name)
    if name == "status":
        return status_label(str(value), lang)
    if name == "ind_status":
        return ind_status_label(str(value), lang) if value else ""
    if name == "grounds":
        return format_grounds(case.grounds)
    if name == "urgent":
        return pick("ja", "yes", lang) if value else pick("nee", "no", lang)
    return "" if value is None else str(value)


def export_bytes(cases: Sequence[Case], *, delimiter: str = ";", lang: str | None = None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([export_label(name, lang) for name in EXPORT_FIELDS])
    for case in cases:
        writer.writerow([safe_cell(_cell(case, name, lang)) for name in EXPORT_FIELDS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_csv(
    store: Store,
    path: str | Path,
    query: CaseQuery = CaseQuery(),  # noqa: B008
    *,
    delimiter: str = ";",
    lang: str | None = None,
) -> int:
    """Write the cases that ``query`` selects to ``path`` (atomically); returns how many."""
    if delimiter not in (";", ",", "\t"):
        raise ValidationError(
            detail=pick("scheidingsteken moet ; , of tab zijn.", "delimiter must be ; , or tab.")
        )
    cases = CaseService(store).list(query)
    write_atomic(Path(path), export_bytes(cases, delimiter=delimiter, lang=lang))
    store.audit.append(
        "case.export",
        OBJECT_TYPE,
        "",
        detail={
            "count": len(cases),
            "view": query.view,
            "status": query.status,
            "search": bool(query.search),
        },
    )
    return len(cases)
