"""Must show 4: after a purge no query, full-text search, export, CLI list or PDF returns the
purged text; the raw store files hold it on no page (not even a free one, decrypted); the audit
chain verifies; sealed records are reported as redacted, not broken; the tombstone is shown.

The purged case carries a marker word in every field (``tests/helpers/purge.py``); the
control case's words must all survive.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from reports.documents import DocumentRequest, build_document
from storage.access import open_store
from storage.cases import search
from storage.cases.csv_io import export_csv
from storage.cases.service import CaseQuery, CaseService
from storage.meetings import MeetingQueries
from storage.purge import PurgeBlocked, PurgeService
from storage.seals import verify_seals
from tests.helpers.common import PASSPHRASE, run_cli
from tests.helpers.purge import (
    CONTROL,
    KEPT,
    MARKER_WORDS,
    PREFIX,
    PURGED,
    TZ,
    build,
    c,
    cells_containing,
    decrypted_pages,
    make_store,
)

PURGE_DAY = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
TOMBSTONE = "Verwijderd wegens bewaartermijn op 2 maart 2026."


@pytest.fixture(scope="module")
def purged(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One store, built once: the state before (for the positive controls) and after the purge."""
    root = tmp_path_factory.mktemp("purge") / "opslag"
    store, clock = make_store(root)
    data = build(store, clock)
    store.checkpoint()
    before = {
        "pages": b"".join(decrypted_pages(store)),
        "search": CaseService(store).search_ids(MARKER_WORDS[0]),
        "pdf": _pdf_text(store, DocumentRequest(kind="uittreksel", case_reference=PURGED)),
        "kept": store.db.execute("SELECT count(*) FROM guard_accepted").fetchone()[0],
    }
    clock.jump(PURGE_DAY)
    service = PurgeService(store)
    due = [d.reference for d in service.due()]
    plan = service.plan([data["purged"]])[0]
    report = service.purge_confirmed([PURGED])
    data.update(store=store, root=root, before=before, due=due, plan=plan, report=report)
    yield data
    if store.is_open:
        store.close()


def _pdf_text(store, request: DocumentRequest) -> str:
    pdf = build_document(store, request).pdf
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _documents(data: dict) -> list[DocumentRequest]:
    m1, m2, m3 = data["meetings"]
    requests = [DocumentRequest(kind="uittreksel", case_reference=PURGED)]
    for meeting in (m1, m2, m3):
        for kind in ("verslag", "besluitenlijst", "actielijst"):
            requests.append(DocumentRequest(kind=kind, meeting_id=meeting.id))
    requests += [DocumentRequest(kind="register", year=2020), DocumentRequest(kind="register")]
    return requests


# --- the positive controls: the markers really were there --------------------------------------
def test_before_the_purge_the_markers_are_everywhere(purged) -> None:
    before = purged["before"]
    assert [w for w in MARKER_WORDS if w.encode() not in before["pages"]] == []  # the page reader works
    assert list(before["search"]) == [purged["purged"]]
    assert "purgemerkbesluitslot" in before["pdf"].replace("\n", "")
    assert before["kept"] == 2
    assert purged["due"] == [PURGED, KEPT]  # both long past their date in 2026


def test_dry_run_summary_lists_what_goes(purged) -> None:
    plan = purged["plan"]
    assert plan.can_purge and plan.reference == PURGED
    assert plan.decisions == ("B-2020-01-01", "B-2020-02-01")
    assert len(plan.actions) == 2 and plan.open_actions == ()
    assert (plan.minutes, plan.amendments, plan.addenda) == (2, 1, 1)
    assert plan.kept_findings == 2 and plan.search_documents == 3
    assert plan.sealed == ("OT 2020-01", "OT 2020-02")
    assert plan.retention_until == "2022-03-05" and plan.rule_years == 2
    text = "\n".join(plan.summary())
    assert PREFIX not in text and "OT 2020-01" in text


# --- after the purge ------------------------------------------------------------------------------
def test_no_table_holds_a_marker_and_the_control_survives(purged) -> None:
    store = purged["store"]
    assert cells_containing(store, PREFIX) == []
    # The control's summary line is also part of the sealed records it was discussed in.
    assert sorted(cells_containing(store, c("samenvatting"))) == ["agenda_items", "cases"]
    assert cells_containing(store, c("notulen")) == ["agenda_items"]
    assert cells_containing(store, c("reden")) == ["decisions"]


def test_tombstone_replaces_every_text(purged) -> None:
    store, case_id = purged["store"], purged["purged"]
    case = CaseService(store).get(case_id)
    assert case.summary == TOMBSTONE and case.reference == PURGED and case.status == "aangifte"
    assert (case.country, case.role, case.question, case.grounds, case.urgent) == ("", "", "", (), False)
    q = MeetingQueries(store)
    history = q.case_history(case_id)
    assert {d.minutes for d in history.discussions} == {TOMBSTONE}
    assert {d.text for d in history.decisions} == {TOMBSTONE}
    assert {(d.responsible, d.reason, d.request) for d in history.decisions} == {("", "", "")}
    assert [d.disagreement for d in history.decisions] == [None, TOMBSTONE]
    assert {(a.text, a.owner_role, a.close_note) for a in history.actions} == {(TOMBSTONE, "", "")}
    m1 = purged["meetings"][0]
    assert [a.text for a in q.amendments(m1.id)] == [TOMBSTONE]
    assert [a.text for a in q.addenda(m1.id)] == [TOMBSTONE]
    tombstone = PurgeService(store).tombstone(case_id)
    assert tombstone is not None and tombstone.last_decision == "B-2020-02-01"
    assert tombstone.text() == (
        "C-2020-501 · aangemaakt 10 januari 2020 · afgesloten 5 maart 2020 (aangifte) · laatste besluit "
        "B-2020-02-01 van 5 maart 2020: Aangifte · verwijderd wegens bewaartermijn op 2 maart 2026"
    )
    assert CaseService(store).history(case_id)[-1].title == "Verwijderd wegens bewaartermijn op 2026-03-02"


def test_search_api_and_raw_fts_find_nothing(purged) -> None:
    store = purged["store"]
    service = CaseService(store)
    for word in MARKER_WORDS:
        assert not service.search_ids(word), word
        assert service.ids(CaseQuery(search=word)) == [], word
        assert search.search_case_ids(store, word) == [], word
        assert (
            store.db.execute("SELECT rowid FROM search_index WHERE search_index MATCH ?", (word,)).fetchall()
            == []
        )
    assert (
        store.db.execute("SELECT rowid FROM search_index WHERE search_index MATCH 'purgemerk*'").fetchall()
        == []
    )
    # The index still works: the control case by its words, the tombstone by its reference.
    assert list(service.search_ids(c("notulen"))) == [purged["control"]]
    assert list(service.search_ids(PURGED)) == [purged["purged"]]
    secure = store.db.execute("SELECT v FROM search_index_config WHERE k = 'secure-delete'").fetchone()
    assert secure == (1,)
    assert store.db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')") is not None


def test_csv_export_holds_only_the_tombstone(purged, tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    assert export_csv(purged["store"], target) == 2
    text = target.read_text(encoding="utf-8-sig")
    assert PREFIX not in text and TOMBSTONE in text and c("samenvatting") in text


def test_no_pdf_shows_the_purged_text(purged) -> None:
    store = purged["store"]
    seen_tombstone = set()
    for request in _documents(purged):
        text = _pdf_text(store, request)
        flat = text.replace("\n", "").replace(" ", "")
        assert PREFIX not in flat, request
        if "Verwijderdwegensbewaartermijnop2maart2026" in flat:
            seen_tombstone.add(request.kind)
    assert {"uittreksel", "verslag", "besluitenlijst", "actielijst", "register"} <= seen_tombstone
    control = _pdf_text(store, DocumentRequest(kind="verslag", meeting_id=purged["meetings"][0].id))
    assert c("notulen") in control.replace("\n", "")


def test_kept_findings_of_the_case_are_gone(purged) -> None:
    store = purged["store"]
    rows = store.db.execute("SELECT object_type, object_id FROM guard_accepted").fetchall()
    assert rows == []
    assert purged["before"]["kept"] == 2


def test_seals_redacted_not_broken_and_audit_chain_intact(purged) -> None:
    store = purged["store"]
    assert purged["report"].redacted == ("OT 2020-01", "OT 2020-02")
    checks = verify_seals(store).to_json()
    assert all(check["ok"] for check in checks), checks
    redacted = [(x["meeting"], x["status"]) for x in checks if x["check"] == "seal"]
    assert redacted == [("OT 2020-01", "redacted"), ("OT 2020-02", "redacted")]
    assert checks[-1]["redacted"] == 2 and checks[-1]["broken"] == 0
    chain = store.verify_audit()
    assert chain.ok, chain
    actions = [e.action for e in store.audit.entries(newest_first=False, limit=10_000)]
    tail = [a for a in actions if a in ("meeting.redact", "case.purge", "store.vacuum")]
    assert tail == ["meeting.redact", "meeting.redact", "case.purge", "store.vacuum"]
    purge = store.audit.entries(action_prefix="case.purge", limit=1)[0]
    assert purge.object_id == PURGED and purge.detail["redacted"] == ["OT 2020-01", "OT 2020-02"]
    # The seal's original fingerprint is kept; the redacted record is checked against its own.
    seal = MeetingQueries(store).seal(purged["meetings"][0].id)
    assert seal is not None and seal.redacted_at is not None
    logged = store.audit.entries(action_prefix="meeting.seal", object_id="OT 2020-01", limit=1)[0]
    assert seal.fingerprint == logged.detail["fingerprint"]


def test_change_after_redaction_is_still_noticed(purged, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "kopie"
    purged["store"].checkpoint()
    shutil.copytree(purged["root"], copy, ignore=shutil.ignore_patterns("*.lock"))
    store = open_store(copy, PASSPHRASE)
    store.on_close = None
    try:
        store.db.execute(
            "UPDATE agenda_items SET minutes = 'vervalst' WHERE case_id = ?", (purged["purged"],)
        )
        broken = [x for x in verify_seals(store).to_json() if not x["ok"] and x["check"] == "seal"]
        assert [(x["meeting"], x["status"]) for x in broken] == [
            ("OT 2020-01", "broken"),
            ("OT 2020-02", "broken"),
        ]
    finally:
        store.close()


def test_vacuumed_files_hold_no_marker_on_any_page(purged, tmp_path: Path) -> None:
    store, report = purged["store"], purged["report"]
    compact = report.compact
    assert compact is not None and compact.checkpoint_complete and compact.wal_bytes == 0
    assert compact.free_pages_after == 0 and compact.secure_delete and compact.fts_secure_delete
    assert store.db.execute("PRAGMA secure_delete").fetchone() == (1,)
    assert store.db.execute("PRAGMA temp_store").fetchone() == (2,)  # MEMORY
    # Every page of db and WAL, decrypted with the key, free pages included.
    pages = b"".join(decrypted_pages(store))
    assert PREFIX.encode() not in pages
    assert c("notulen").encode() in pages
    # And the brief's check: a plaintext export of the whole store.
    plain = tmp_path / "klaar" / "plain.db"
    plain.parent.mkdir()
    store.db.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    try:
        store.db.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    finally:
        store.db.execute("DETACH DATABASE plaintext")
    data = plain.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")
    assert PREFIX.encode() not in data and c("notulen").encode() in data
    shm = store.paths.shm
    assert not shm.exists() or PREFIX.encode() not in shm.read_bytes()
    import shutil

    shutil.rmtree(plain.parent)
    assert not plain.exists()


def test_purge_twice_or_open_case_is_refused(purged) -> None:
    service = PurgeService(purged["store"])
    with pytest.raises(PurgeBlocked) as err:
        service.purge([purged["purged"]])
    assert "al verwijderd op 2026-03-02" in err.value.message("nl")
    with pytest.raises(Exception, match="case purged"):
        purged["store"].db.execute("UPDATE cases SET summary = 'x' WHERE id = ?", (purged["purged"],))


def test_cli_lists_show_the_tombstone_and_verify_passes(purged, tmp_path: Path, cli_env) -> None:
    store = purged["store"]
    store.close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    common = ["--store", str(purged["root"]), "--passphrase-file", str(secret)]
    outputs = {}
    for args in (
        ["cases", "list"],
        ["cases", "list", "--json"],
        ["cases", "show", PURGED],
        ["cases", "show", PURGED, "--json"],
        ["cases", "list", "--search", MARKER_WORDS[0]],
        ["meetings", "show", "--meeting", "OT 2020-01"],
        ["meetings", "show", "--meeting", "OT 2020-02", "--json"],
        ["decisions", "list", "--json"],
        ["actions", "list", "--json"],
        ["retention", "list"],
        ["retention", "list", "--json"],
        ["verify"],
        ["verify", "--json"],
    ):
        result = run_cli([*args, *common], cli_env)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        outputs[" ".join(args)] = result.stdout
        assert PREFIX not in result.stdout + result.stderr, args
    assert TOMBSTONE in outputs[f"cases show {PURGED}"]
    assert PURGED in outputs["cases list"]
    listed = outputs["retention list"]
    assert "verwijderd wegens bewaartermijn op 2 maart 2026" in listed and PURGED in listed
    purged_json = json.loads(outputs["retention list --json"])["purged"]
    assert [p["reference"] for p in purged_json] == [PURGED]
    assert "geschoond op 2026-03-02" in outputs["verify"]
    assert "2 geschoond" in outputs["verify"]
    assert json.loads(outputs["verify --json"])["ok"] is True
    assert CONTROL in outputs["cases list --json"]
