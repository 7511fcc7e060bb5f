"""Review findings on the projector window: odd input must not break its layout."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from ui.live.presentation import PresentationWindow
from ui.live.public import PublicSlide, PublicTimer


def test_a_very_long_word_keeps_the_projector_on_its_screen(qtbot) -> None:
    """A 5,000-character word in the title or summary (a pasted link, a run of characters) must not
    widen the window beyond the projector: the timer has to stay on the screen, centred."""
    screen = QGuiApplication.primaryScreen().geometry()
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_on(None)
    qtbot.waitExposed(window)
    word = "x" * 5000
    timer = PublicTimer("normal", "3:10", "15:00", "nog 11:50")
    window.show_slide(
        PublicSlide("OT 2026-03 · agendapunt 4", f"C-2026-014 {word}", f"Rol {word} & <b>", timer)
    )
    qtbot.wait(50)
    assert window.width() <= screen.width()
    box = window.timer_box.geometry()
    assert window.timer_box.isVisible()
    assert QRect(0, 0, window.width(), window.height()).contains(box)
    assert abs(box.center().x() - window.width() // 2) <= 2
    assert window.title.text() == f"C-2026-014 {word}"  # the text itself is not changed
