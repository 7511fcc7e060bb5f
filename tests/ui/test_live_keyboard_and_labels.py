"""Review findings on the live meeting window (keyboard use, labels)."""

from __future__ import annotations

import re
from collections import Counter

from tests.helpers.ui_live import live_fixture  # noqa: F401 - fixture


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.split("\t")[0].replace("&&", ""))
    return found.group(1).lower() if found else None


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    keys = Counter(k for k in map(_mnemonic, texts) if k)
    return {k: [t for t in texts if _mnemonic(t) == k] for k, n in keys.items() if n > 1}


def test_live_window_alt_keys_are_unique(live) -> None:
    """Alt+letter opens one menu and, inside it, reaches one command (Dutch, the default): with a
    letter used twice Alt+B only toggles between Bestand and Besluit and never opens either."""
    bar = live.window.menuBar()
    menus = [a for a in bar.actions() if a.menu() is not None]
    assert _duplicates([a.text() for a in menus]) == {}
    for top in menus:
        items = [a.text() for a in top.menu().actions() if not a.isSeparator() and a.isVisible()]
        assert _duplicates(items) == {}, top.text()


def test_action_holder_of_another_organisation_is_named_by_its_role(qtbot, live) -> None:
    """An action for "TIM" (organisation: other) reads "TIM" as on the printed action list, never
    "anders, TIM" ("anders" is not an organisation) — in the live view, the action list, the agenda
    builder's open actions and the decision register."""
    from storage.meetings import ActionService, DecisionService
    from tests.helpers.ui_live import read, settle
    from ui.meetings.actions_area import owner_text
    from ui.meetings.decisions_area import responsible_text

    view, ctx, meeting = live.view, live.ctx, live.meeting
    view.start_meeting()
    settle(qtbot, ctx)
    item_id = meeting.case_item_ids[0]
    view.take(item_id)
    settle(qtbot, ctx)
    action = read(
        qtbot,
        ctx,
        lambda s: ActionService(s).create_action(
            meeting.meeting_id,
            "Stukken opvragen",
            owner_organisation="other",
            owner_role="TIM",
            item_id=item_id,
        ),
    )
    decision = read(
        qtbot,
        ctx,
        lambda s: DecisionService(s).record_decision(
            item_id, "aangifte", responsible_organisation="other", responsible="TIM", deadline="2026-04-02"
        ),
    )
    view.reload()
    settle(qtbot, ctx)
    shown = [view.secretary.action_items.item(r).text() for r in range(view.secretary.action_items.count())]
    assert any(f"{action.number} · Stukken opvragen — TIM," in text for text in shown), shown
    assert not any("anders" in text for text in shown), shown
    assert owner_text(action) == "TIM"
    assert responsible_text(decision) == "TIM"
