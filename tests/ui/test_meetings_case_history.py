"""A case's history panel (case register) shows what the meetings say about it: the meetings where
it was discussed, its decisions and actions (``storage.meetings.history`` fills the register's
history hook from ``MeetingQueries.case_history``)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.ui_meetings import open_context, prepare_store, settle, show_active
from ui.cases.area import CasesArea


def test_case_history_panel_lists_meetings_decisions_and_actions(
    qtbot, store_dir: Path, tmp_path: Path
) -> None:
    data = prepare_store(store_dir)
    ctx = open_context(qtbot, store_dir, tmp_path)
    try:
        area = CasesArea(ctx, None)
        qtbot.addWidget(area)
        show_active(qtbot, area)
        settle(qtbot, ctx)
        case_id = data["cases"][4]  # C-2026-905: nadere informatie at OT 2026-01, with an action
        area.switch_to(case_id)
        qtbot.waitUntil(
            lambda: area.editor.case is not None and area.editor.case.id == case_id, timeout=10_000
        )
        settle(qtbot, ctx)
        lines = [area.editor.history_list.item(i).text() for i in range(area.editor.history_list.count())]
        text = "\n".join(lines)
        assert "Besproken in OT 2026-01 (agendapunt 5)" in text
        assert "Besluit B-2026-01-02: Nadere informatie" in text
        assert "Actiepunt A-2026-01-01 (open)" in text
        assert text.index("Besproken in OT 2026-01") < text.index("Besluit B-2026-01-02")
        area.flush()
        ctx.worker.wait_idle()
        area.close()
    finally:
        ctx.worker.shutdown()
