"""Screenshots of the exchange screens (issue 14), offscreen: ``python scripts/screenshots_exchange.py``.

Three fictitious stores (IND officer, chair, secretary) are made in a temporary folder and paired;
the secretary's laptop shows Instellingen → Uitwisseling (``uitwisseling.png``), the pairing dialog
(``uitwisseling-koppelen.png``), the export dialog of "Agenda sturen" (``uitwisseling-versturen.png``)
and the import preview of a package with one case refused for a fictitious BSN
(``uitwisseling-inlezen.png``). Nothing here touches a real store.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OVERLEGTAFEL_KDF", "fast")
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "schermafdruk wachtwoord lang genoeg"


def pump(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("screen did not reach its state")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def settle(ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    pump(lambda: time.monotonic() >= end)


def main() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from storage.access import create_store
    from storage.cases.service import CaseService
    from storage.exchange import identity as ident
    from storage.exchange import service as ex
    from storage.kdf import FAST_TEST_PARAMS
    from storage.meetings import AgendaService, MeetingService, ParticipantInput
    from ui.app import build_context
    from ui.exchange.export_dialog import FLOWS
    from ui.exchange.settings_section import ExchangeSection
    from ui.i18n import install_translators
    from ui.preferences import Preferences
    from ui.style import LIGHT, apply_style

    app = QApplication([])
    translators = install_translators(app, "nl")
    apply_style(app, LIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        stores = {}
        for role in ("ind", "voorzitter", "secretaris"):
            st, _ = create_store(root / role, PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_PARAMS)
            st.on_close = None
            ident.set_role(st, role)
            stores[role] = st
        names = {"ind": "IND casusbehandelaar 1F", "voorzitter": "Voorzitter", "secretaris": "Secretaris"}
        for role, st in stores.items():
            for other, ost in stores.items():
                if other != role:
                    ident.pair(
                        st, ident.parse_identity(ident.export_identity(ost)), name=names[other], role=other
                    )
        ind, chair, sec = stores["ind"], stores["voorzitter"], stores["secretaris"]
        ids = [
            CaseService(ind)
            .create(
                {
                    "reference": f"C-2026-0{n}",
                    "summary": "Fictieve casus: rol binnen een militie, 1994-1996.",
                    "question": "Ziet het OM aanleiding voor een onderzoek?",
                }
            )
            .id
            for n in (14, 15, 16)
        ]
        ind.db.execute(
            "UPDATE cases SET summary = 'Fictief; bekend onder BSN 111222333.' WHERE id = ?", (ids[2],)
        )
        offered = root / "aanbod.otpak"
        ex.export_package(ind, ["Secretaris", "Voorzitter"], ex.scope(ind, case_ids=ids), offered)
        ex.import_package(chair, offered.read_bytes())
        meeting = MeetingService(chair).create_meeting(
            "2026-02-05",
            "10:00",
            place="Den Haag",
            chair="Voorzitter",
            participants=[
                ParticipantInput("Voorzitter (IND)", "IND", "voorzitter"),
                ParticipantInput("Officier van justitie (OM)", "OM", "lid"),
            ],
        )
        for case_id in [int(r[0]) for r in chair.db.execute("SELECT id FROM cases").fetchall()]:
            AgendaService(chair).add_case_item(meeting.id, case_id, planned_minutes=20)
        chair_identity = ident.export_identity(chair)
        for st in (ind, chair):
            st.close()
        sec_root = sec.paths.root
        sec.close()
        settings = QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat)
        ctx = build_context(sec_root, Preferences(settings), kdf_params=FAST_TEST_PARAMS)
        failures: list[BaseException] = []
        ctx.session.unlock(PASSPHRASE, failures.append)
        pump(lambda: ctx.session.is_unlocked or bool(failures))
        section = ExchangeSection(ctx)
        section.resize(900, 620)
        section.show()
        pump(lambda: section.state is not None)
        settle()
        OUT.mkdir(parents=True, exist_ok=True)
        section.grab().save(str(OUT / "uitwisseling.png"))
        dialog = section.open_pairing()
        dialog.text.setPlainText(chair_identity)
        dialog.compared.setChecked(True)
        settle()
        dialog.grab().save(str(OUT / "uitwisseling-koppelen.png"))
        dialog.reject()
        preview = section.open_import(offered)
        pump(lambda: preview.preview is not None)
        settle()
        preview.grab().save(str(OUT / "uitwisseling-inlezen.png"))
        preview.import_button.click()
        pump(lambda: preview.preview is not None and preview.preview.written)
        preview.reject()
        section.refresh()
        settle(600)
        export = section.open_export(next(f for f in FLOWS if f.key == "offer_cases"))
        export.resize(560, 420)
        export.cases.item(0).setCheckState(Qt.CheckState.Checked)
        settle()
        export.grab().save(str(OUT / "uitwisseling-versturen.png"))
        export.reject()
        ctx.worker.shutdown()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
