"""Instellingen → Uitwisseling (issue 14): the fingerprint, the pairing dialog, sending a package
with the flow buttons and the import preview with per-record reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage.access import create_store
from storage.cases.service import CaseService
from storage.exchange import identity as ident
from storage.exchange import service as ex
from storage.kdf import FAST_TEST_PARAMS
from tests.helpers.common import PASSPHRASE
from tests.helpers.qt import make_context
from ui.exchange.export_dialog import FLOWS
from ui.exchange.settings_section import ExchangeSection, create_settings_section

BSN = "111222333"


@pytest.fixture
def other(tmp_path: Path):
    st, _ = create_store(tmp_path / "ind", PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    st.on_close = None
    ident.set_role(st, "ind")
    yield st
    st.close()


@pytest.fixture
def ctx(qtbot, store_dir: Path, tmp_path: Path):
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    ident.set_role(store, "secretaris")
    store.close()
    context = make_context(store_dir, tmp_path / "instellingen")
    failures: list[BaseException] = []
    context.session.unlock(PASSPHRASE, failures.append)
    qtbot.waitUntil(lambda: context.session.is_unlocked or bool(failures), timeout=10_000)
    assert not failures
    yield context
    context.worker.shutdown()


def on_worker(qtbot, ctx, fn):
    box: list[object] = []
    ctx.worker.with_store(fn, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def loaded(qtbot, ctx) -> ExchangeSection:
    section = create_settings_section(ctx, None)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.state is not None, timeout=10_000)
    return section


def test_pairing_shows_both_fingerprints_and_needs_the_comparison(qtbot, ctx, other) -> None:
    section = loaded(qtbot, ctx)
    groups = section.fingerprint.text().split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert section.role.currentData() == "secretaris"
    dialog = section.open_pairing()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Hier is mijn identiteit:\n" + ident.export_identity(other))
    assert dialog.theirs.text() == ident.show_fingerprint(ident.current_identity(other).fingerprint)
    dialog.role.setCurrentIndex(dialog.role.findData("ind"))
    assert dialog.name.text() == "IND casusbehandelaar 1F"
    assert not dialog.pair_button.isEnabled()  # not before the fingerprints were compared aloud
    dialog.compared.setChecked(True)
    assert dialog.pair_button.isEnabled()
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.pairs.rowCount() == 1, timeout=10_000)
    assert section.pairs.item(0, 0).text() == "IND casusbehandelaar 1F"
    damaged = ident.export_identity(other).replace("A", "B", 3)
    dialog2 = section.open_pairing()
    qtbot.addWidget(dialog2)
    dialog2.text.setPlainText(damaged)
    dialog2.compared.setChecked(True)
    assert not dialog2.pair_button.isEnabled() and dialog2.status.text()


def _pair_both(qtbot, ctx, other) -> None:
    mine = on_worker(qtbot, ctx, ident.export_identity)
    theirs = ident.parse_identity(ident.export_identity(other))
    on_worker(qtbot, ctx, lambda s: ident.pair(s, theirs, name="IND casusbehandelaar 1F", role="ind"))
    ident.pair(other, ident.parse_identity(mine), name="Secretaris", role="secretaris")


def test_import_preview_lists_new_and_refused_records_and_writes_only_on_confirm(
    qtbot, ctx, other, tmp_path: Path
) -> None:
    _pair_both(qtbot, ctx, other)
    ok = CaseService(other).create(
        {"reference": "C-2026-031", "summary": "Fictieve casus.", "question": "Vraag."}
    )
    bad = CaseService(other).create({"reference": "C-2026-032", "summary": "Fictief.", "question": "Vraag."})
    other.db.execute("UPDATE cases SET summary = ? WHERE id = ?", (f"Fictief, BSN {BSN}.", bad.id))
    path = tmp_path / "aanbod.otpak"
    ex.export_package(other, ["Secretaris"], ex.scope(other, case_ids=[ok.id, bad.id]), path)
    section = loaded(qtbot, ctx)
    dialog = section.open_import(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    rows = {
        dialog.table.item(r, 2).text(): (dialog.table.item(r, 0).text(), dialog.table.item(r, 3).text())
        for r in range(dialog.table.rowCount())
    }
    assert rows["C-2026-031"][0] == "nieuw"
    assert rows["C-2026-032"][0] == "geweigerd" and "persoonsgegeven" in rows["C-2026-032"][1]
    assert BSN not in " ".join(t for pair in rows.values() for t in pair)
    assert on_worker(qtbot, ctx, lambda s: s.db.execute("SELECT count(*) FROM cases").fetchone()[0]) == 0
    # The receiver may keep the flagged text with a reason: the record is judged again.
    refused_row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 2).text() == "C-2026-032"
    )
    dialog.table.selectRow(refused_row)
    assert not dialog.keep_button.isEnabled()  # not without a reason
    dialog.reason.setText("Fictief testnummer, afgestemd met de IND.")
    assert dialog.keep_button.isEnabled()
    first = dialog.preview
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not first, timeout=10_000)
    assert [v.status for v in dialog.preview.verdicts] == ["new", "new"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.written, timeout=10_000)
    refs = on_worker(
        qtbot, ctx, lambda s: [r[0] for r in s.db.execute("SELECT reference FROM cases ORDER BY reference")]
    )
    assert refs == ["C-2026-031", "C-2026-032"]
    kept = on_worker(
        qtbot, ctx, lambda s: s.audit.entries(action_prefix="exchange.import", object_id="C-2026-032")
    )
    assert kept[0].detail["kept"] == "Fictief testnummer, afgestemd met de IND." and BSN not in str(
        kept[0].detail
    )


def test_offer_cases_button_writes_a_package_the_other_laptop_imports(
    qtbot, ctx, other, tmp_path: Path
) -> None:
    _pair_both(qtbot, ctx, other)
    on_worker(
        qtbot,
        ctx,
        lambda s: CaseService(s).create(
            {"reference": "C-2026-041", "summary": "Fictief.", "question": "Vraag."}
        ),
    )
    section = loaded(qtbot, ctx)
    assert set(section.flow_buttons) == {
        "offer_cases",
        "send_agenda",
        "send_draft",
        "send_adopted",
        "send_registers",
    }
    dialog = section.open_export(next(f for f in FLOWS if f.key == "offer_cases"))
    qtbot.addWidget(dialog)
    assert dialog.recipients.count() == 1
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
    path = tmp_path / "casussen.otpak"
    dialog.save(path)
    qtbot.waitUntil(lambda: path.exists() and "nr." in dialog.status.text(), timeout=10_000)
    result = ex.import_package(other, path.read_bytes())
    assert [v.label for v in result.accepted] == ["C-2026-041"]
