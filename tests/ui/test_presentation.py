"""The projector never shows minutes, internal notes or draft decisions.

Distinctive markers go into everything private about the current case item: its minutes, the
case's internal fields (question to the OM, urgency, status note), a draft decision (wording and
responsible), an action and the presence list. Then the presentation window is examined the way an
audience could see it: every widget's texts and properties, and what it actually paints (the paint
commands recorded in a QPicture hold every string drawn). The title and the anonymised summary must
be there; no marker may be — on the first item, after switching items, blanked and unblanked.
"""

from __future__ import annotations

import ast
import dataclasses

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPicture
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from tests.helpers.common import REPO
from tests.helpers.ui_live import SUMMARIES, live_fixture, read, settle  # noqa: F401 - fixture
from ui.live.presentation import PresentationWindow
from ui.live.public import PublicSlide, PublicTimer

MARKERS = {
    "minutes": "ZQXMINUTESMARKER",
    "question": "ZQXQUESTIONMARKER",
    "urgency": "ZQXURGENCYMARKER",
    "status_note": "ZQXSTATUSNOTEMARKER",
    "decision_text": "ZQXDRAFTDECISIONMARKER",
    "decision_responsible": "ZQXRESPONSIBLEMARKER",
    "action": "ZQXACTIONMARKER",
}


def widget_texts(window: QWidget) -> list[str]:
    """Every string a widget of the window holds: texts, titles, names, tips and properties."""
    out = [window.windowTitle(), window.accessibleName(), window.accessibleDescription(), window.toolTip()]
    for obj in [window, *window.findChildren(QObject)]:
        for getter in (
            "text",
            "toPlainText",
            "windowTitle",
            "accessibleName",
            "accessibleDescription",
            "toolTip",
            "statusTip",
            "whatsThis",
            "placeholderText",
            "title",
        ):
            method = getattr(obj, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    out.append(value)
        for raw in obj.dynamicPropertyNames():
            name = bytes(raw).decode()
            if name.startswith("_q_"):
                continue  # Qt's own bookkeeping
            try:
                out.append(str(obj.property(name)))
            except RuntimeError:  # a value PySide cannot convert is no text either
                continue
    return [t for t in out if t]


def painted_strings(window: QWidget) -> bytes:
    """The paint commands of the whole window (QPicture stores every drawn string as UTF-16)."""
    picture = QPicture()
    window.render(picture)
    return bytes(picture.data())


def painted(data: bytes, text: str) -> bool:
    return any(text.encode(codec) in data for codec in ("utf-16-be", "utf-16-le", "utf-8"))


def assert_public_only(window: PresentationWindow, *, title: str | None, summary: str | None) -> None:
    texts = "\n".join(widget_texts(window))
    paint = painted_strings(window)
    for what, marker in MARKERS.items():
        assert marker not in texts, f"{what} reached the presentation window"
        assert not painted(paint, marker), f"{what} was painted on the presentation window"
    if title is not None:
        assert title in texts and painted(paint, title)
    if summary is not None:  # wrapped over lines, so painted word by word
        assert summary in texts and all(painted(paint, word) for word in summary.split())


def only_black(window: QWidget) -> bool:
    image = window.grab().toImage()
    step = max(1, image.width() // 40)
    return all(
        QColor(image.pixel(x, y)) == QColor(Qt.GlobalColor.black)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_presentation_never_shows_minutes_notes_or_draft_decisions(qtbot, live, monkeypatch) -> None:
    view, ctx, meeting = live.view, live.ctx, live.meeting
    received: list[object] = []
    original_slide, original_timer = PresentationWindow.show_slide, PresentationWindow.set_timer
    monkeypatch.setattr(
        PresentationWindow, "show_slide", lambda self, s: (received.append(s), original_slide(self, s))[1]
    )
    monkeypatch.setattr(
        PresentationWindow, "set_timer", lambda self, t: (received.append(t), original_timer(self, t))[1]
    )

    # -- private content on the first case ------------------------------------------------------
    case_id = meeting.case_ids[0]

    def private_case_fields(store) -> None:
        columns = {r[1] for r in store.db.execute("PRAGMA table_info(cases)")}
        values = {
            "question": MARKERS["question"],
            "urgency_reason": MARKERS["urgency"],
            "ind_status_note": MARKERS["status_note"],
        }
        for column, value in values.items():
            if column in columns:
                store.db.execute(f"UPDATE cases SET {column} = ? WHERE id = ?", (value, case_id))

    read(qtbot, ctx, private_case_fields)
    view.start_meeting()
    settle(qtbot, ctx)
    case_item = meeting.case_item_ids[0]
    view.take(case_item)
    settle(qtbot, ctx)
    view.open_presentation(full_screen=True)
    presentation = view.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)

    editor = view.secretary.editor
    editor.setFocus()
    qtbot.keyClicks(editor, f"Het IND licht toe. {MARKERS['minutes']} Actie: navragen {MARKERS['action']}")
    view.keeper.flush()
    settle(qtbot, ctx)

    view.choose_outcome("aangifte")
    dialog = view.dialog
    qtbot.keyClicks(dialog.fields["text"], MARKERS["decision_text"])
    qtbot.keyClicks(dialog.fields["responsible"], MARKERS["decision_responsible"])
    dialog.ok_button.click()
    settle(qtbot, ctx)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible(), dialog.error.text()
    decision = view.selected_item().decisions[0]
    assert not decision.is_final  # a draft decision: confirmed by neither IND nor OM

    view.new_action(MARKERS["action"])
    view.dialog.ok_button.click()
    settle(qtbot, ctx)
    assert any(MARKERS["action"] in a.text for a in view.selected_item().actions)

    # the private content is really in the live window (so its absence below means something)
    live_texts = "\n".join(widget_texts(live.window))
    for key in ("minutes", "decision_text", "decision_responsible", "action"):
        assert MARKERS[key] in live_texts, key

    view.update_presentation()
    view.tick()
    qtbot.wait(20)
    assert_public_only(presentation, title="C-2026-901", summary=SUMMARIES[0])
    assert presentation.timer_text.text()  # the timer is shown

    # -- next item, and back ------------------------------------------------------------------
    view.go_next()
    settle(qtbot, ctx)
    assert_public_only(presentation, title="C-2026-902", summary=SUMMARIES[1])
    view.go_previous()
    settle(qtbot, ctx)
    assert_public_only(presentation, title="C-2026-901", summary=SUMMARIES[0])

    # -- blank with B on the projector window, and from the chair view ---------------------------
    presentation.activateWindow()
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert presentation.is_blank
    assert view.chair.blank_button.isChecked()
    assert_public_only(presentation, title=None, summary=None)
    assert "C-2026-901" not in "\n".join(widget_texts(presentation))
    assert only_black(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert not presentation.is_blank
    assert_public_only(presentation, title="C-2026-901", summary=SUMMARIES[0])
    assert not only_black(presentation)
    view.chair.blank_button.click()
    assert presentation.is_blank and only_black(presentation)
    view.go_next()  # switching while blank keeps it blank
    settle(qtbot, ctx)
    assert presentation.is_blank and only_black(presentation)
    assert_public_only(presentation, title=None, summary=None)
    view.chair.blank_button.click()
    assert_public_only(presentation, title="C-2026-902", summary=SUMMARIES[1])

    # -- everything the window was ever given was public data ------------------------------------
    assert received
    for value in received:
        assert isinstance(value, PublicSlide | PublicTimer | type(None))
        for marker in MARKERS.values():
            assert marker not in repr(value)


def test_public_data_holds_only_title_summary_and_timer() -> None:
    assert [f.name for f in dataclasses.fields(PublicSlide)] == ["heading", "title", "summary", "timer"]
    assert [f.name for f in dataclasses.fields(PublicTimer)] == ["phase", "elapsed", "planned", "status"]


def test_presentation_window_refuses_anything_else(qtbot) -> None:
    window = PresentationWindow()
    qtbot.addWidget(window)
    for wrong in ({"title": "x"}, "text", object()):
        try:
            window.show_slide(wrong)  # type: ignore[arg-type]
        except TypeError:
            pass
        else:  # pragma: no cover
            raise AssertionError(f"accepted {wrong!r}")
    try:
        window.set_timer("12:00")  # type: ignore[arg-type]
    except TypeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("accepted a string as timer")
    # no editable or interactive widget on the projector
    interactive = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox)
    assert not [w for w in window.findChildren(QWidget) if isinstance(w, interactive)]


def test_presentation_modules_import_nothing_from_the_store() -> None:
    for name in ("presentation.py", "public.py", "colours.py", "timing.py"):
        tree = ast.parse((REPO / "ui" / "live" / name).read_text(encoding="utf-8"))
        roots = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                roots.add(node.module)
            elif isinstance(node, ast.Import):
                roots.update(a.name for a in node.names)
        assert not {r for r in roots if r.startswith("storage")}, name
        assert not {
            r
            for r in roots
            if r.startswith("ui.") and r not in ("ui.live.colours", "ui.live.public", "ui.live.timing")
        }, name


def test_presentation_closes_on_lock(qtbot, live) -> None:
    view, ctx = live.view, live.ctx
    view.start_meeting()
    settle(qtbot, ctx)
    view.open_presentation(full_screen=True)
    presentation = view.presentation
    qtbot.waitExposed(presentation)
    ctx.session.lock("manual")
    qtbot.waitUntil(
        lambda: (
            not any(
                w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, PresentationWindow)
            )
        ),
        timeout=5000,
    )
