"""Standard agenda items in the user's language, everywhere a title is shown; a title the user
changed stays as typed. Suggestion notes in the user's language (the store gives only the reason)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from storage.access import create_store
from storage.i18n import set_language
from storage.kdf import FAST_TEST_PARAMS
from storage.meetings import AgendaService, MeetingService, set_outcomes
from storage.meetings.outcomes import DEFAULT_OUTCOMES
from tests.helpers.common import PASSPHRASE, installed_translators
from tests.helpers.meetings import Services, confirm_all, make_cases, run_meeting
from tests.helpers.ui_live import live_fixture, settle  # noqa: F401 - fixture
from tests.helpers.ui_meetings import in_store, open_context, prepare_store
from tests.helpers.ui_meetings import settle as settle_meetings
from ui.i18n import install_translators
from ui.meetings.agenda_builder import AgendaBuilder

EDITED = "Rondvraag en mededelingen (fictief)"


@pytest.fixture
def english(qapp):
    """The application in English, as a user who chose it: the Dutch translators are gone."""
    locale = QLocale()
    for translator in installed_translators:
        qapp.removeTranslator(translator)
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    for translator in installed_translators:
        qapp.installTranslator(translator)
    QLocale.setDefault(locale)
    set_language("nl")


@pytest.fixture
def builder(qtbot, store_dir: Path, tmp_path: Path):
    """An agenda builder on a new concept meeting after OT 2026-01 (one deferred case, one
    awaiting information)."""
    prepare_store(store_dir)
    ctx = open_context(qtbot, store_dir, tmp_path)
    widget = AgendaBuilder(ctx)
    qtbot.addWidget(widget)
    meeting = in_store(
        ctx, lambda store: MeetingService(store).create_meeting("2026-04-06", place="Den Haag")
    )
    try:
        yield widget, ctx, meeting
        widget.flush()
        ctx.worker.wait_idle()
    finally:
        ctx.worker.shutdown()


def shown_titles(widget: AgendaBuilder) -> list[str]:
    return [widget.model.index(row, 1).data() for row in range(widget.model.rowCount())]


def rename_any_other_business(ctx, meeting_id: int) -> None:
    def rename(store) -> None:
        agenda = AgendaService(store)
        item = next(i for i in agenda.queries.agenda(meeting_id).items if i.kind == "any_other_business")
        agenda.rename_item(item.id, EDITED)

    in_store(ctx, rename)


def test_english_agenda_builder_shows_standard_items_in_english_and_an_edited_title_as_typed(
    qtbot, english, builder
) -> None:
    widget, ctx, meeting = builder
    widget.load(meeting.id, editable=True)
    settle_meetings(qtbot, ctx)
    titles = shown_titles(widget)
    assert "Any other business" in titles and "Rondvraag" not in titles
    assert titles[0] == "Opening and adoption of the agenda"
    rename_any_other_business(ctx, meeting.id)
    widget.reload()
    settle_meetings(qtbot, ctx)
    titles = shown_titles(widget)
    assert EDITED in titles and "Any other business" not in titles


def test_dutch_agenda_builder_shows_the_stored_dutch_titles(qtbot, builder) -> None:
    widget, ctx, meeting = builder
    widget.load(meeting.id, editable=True)
    settle_meetings(qtbot, ctx)
    assert "Rondvraag" in shown_titles(widget)


def test_english_live_view_shows_any_other_business_for_the_standard_item(qtbot, english, live) -> None:
    items = live.view.secretary.items
    labels = [items.itemText(i) for i in range(items.count())]
    assert any(label.endswith(". Any other business") for label in labels), labels
    assert not any("Rondvraag" in label for label in labels), labels


def suggestion_texts(widget: AgendaBuilder) -> list[str]:
    return [widget.suggestions.item(row).text() for row in range(widget.suggestions.count())]


def test_suggestion_notes_in_dutch(qtbot, builder) -> None:
    widget, ctx, meeting = builder
    widget.load(meeting.id, editable=True)
    settle_meetings(qtbot, ctx)
    texts = "\n".join(suggestion_texts(widget))
    assert "C-2026-904 · aangehouden sinds 2 maart 2026 (OT 2026-01)" in texts
    assert (
        "C-2026-905 · wacht op nadere informatie sinds 2 maart 2026 (OT 2026-01), uiterlijk 1 april 2026"
        in texts
    )
    assert "nieuw in het register" in texts


def test_suggestion_notes_in_english(qtbot, english, builder) -> None:
    widget, ctx, meeting = builder
    widget.load(meeting.id, editable=True)
    settle_meetings(qtbot, ctx)
    texts = "\n".join(suggestion_texts(widget))
    assert "C-2026-904 · deferred since 2 March 2026 (OT 2026-01)" in texts
    assert "C-2026-905 · awaiting information since 2 March 2026 (OT 2026-01), due 1 April 2026" in texts
    assert "new in the register" in texts


@pytest.fixture
def custom_outcome_builder(qtbot, store_dir: Path, tmp_path: Path):
    """OT 2026-01 decided C-2026-901 with a configured outcome of the table's own ("Heroverweging",
    returns to the agenda); the builder shows the next meeting."""
    store, _ = create_store(store_dir, PASSPHRASE, use_keyring=True, kdf_params=FAST_TEST_PARAMS)
    try:
        s = Services(store)
        entries = [dict(e) for e in DEFAULT_OUTCOMES]
        own = dict(next(e for e in entries if e["key"] == "aanhouden"))
        own.update(key="heroverweging", label="Heroverweging", label_en="Reconsideration")
        set_outcomes(store, [*entries, own])
        (case_id,) = make_cases(store, 1)
        first = run_meeting(s, date(2026, 3, 2), [case_id])
        s.decisions.record_decision(first["items"][0].id, "heroverweging", reason="nieuwe feiten")
        confirm_all(s, first["meeting"].id)
        s.meetings.close_meeting(first["meeting"].id)
        meeting = s.meetings.create_meeting(date(2026, 4, 6), place="Den Haag")
    finally:
        store.close()
    ctx = open_context(qtbot, store_dir, tmp_path)
    widget = AgendaBuilder(ctx)
    qtbot.addWidget(widget)
    try:
        widget.load(meeting.id, editable=True)
        settle_meetings(qtbot, ctx)
        yield widget
        ctx.worker.wait_idle()
    finally:
        ctx.worker.shutdown()


def test_a_returning_outcome_of_the_tables_own_is_named_in_english(
    qtbot, english, custom_outcome_builder
) -> None:
    texts = "\n".join(suggestion_texts(custom_outcome_builder))
    assert "C-2026-901 · reconsideration since 2 March 2026 (OT 2026-01)" in texts, texts


def test_a_returning_outcome_of_the_tables_own_is_named_in_dutch(qtbot, custom_outcome_builder) -> None:
    texts = "\n".join(suggestion_texts(custom_outcome_builder))
    assert "C-2026-901 · heroverweging sinds 2 maart 2026 (OT 2026-01)" in texts, texts
