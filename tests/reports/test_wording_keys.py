"""Issue 10.12: Esc closes the print preview from wherever the keyboard is; Qt's own dialogs speak
Dutch even when Qt's translations folder is not where QLibraryInfo says; the keyring warning says
in plain Dutch what the check box does, without a Python class name."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import QApplication

from reports.documents import DocumentRequest
from storage.keyring_access import KeyringInfo
from tests.ui import test_report_preview as preview_tests
from ui import i18n
from ui.reports import show_document

ctx = preview_tests.ctx  # fixtures of the preview tests
parent = preview_tests.parent
demo_template = preview_tests.demo_template


def test_escape_closes_the_print_preview_from_any_control(qtbot, ctx, parent) -> None:
    number = preview_tests.sealed_meeting_number(ctx)
    for target in ("view", "copies", "fit_width", "print_button"):
        preview = show_document(ctx, parent, DocumentRequest("besluitenlijst", meeting_number=number))
        preview_tests.wait_generated(qtbot, preview)
        preview.activateWindow()
        qtbot.waitUntil(lambda p=preview: QApplication.activeWindow() is p, timeout=5000)
        widget = getattr(preview, target)
        widget.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda p=preview: not shiboken6.isValid(p) or not p.isVisible(), timeout=5000)


def test_qt_dialogs_are_dutch_without_qlibraryinfo_translations(qtbot, monkeypatch, tmp_path) -> None:
    app = QApplication.instance()
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: str(tmp_path)))
    installed = i18n.install_translators(app, "nl")
    try:
        qt_own = [t for t in installed if "qtbase_nl" in t.filePath()]
        assert qt_own, [t.filePath() for t in installed]
        assert qt_own[0].translate("QPlatformTheme", "Cancel") == "Annuleren"
        assert qt_own[0].translate("QFileDialog", "File &name:") == "Bestands&naam:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.install_translators(app, "nl")


def test_the_keyring_warning_is_plain_dutch(qtbot) -> None:
    from ui.shell.keyring_choice import KeyringChoice
    from ui.worker import StoreWorker

    worker = StoreWorker(None)
    try:
        choice = KeyringChoice(worker)
        qtbot.addWidget(choice)
        choice._show(KeyringInfo("keyring.backends.fail.Keyring", False, "no backend found"))
        text = choice.status.text() + " " + choice.passphrase_only.text()
        assert "keyring.backends" not in text and "Keyring" not in text and "no backend" not in text, text
        assert "wachtwoord" in text
        assert "vink" in text.lower()  # what ticking the box does
    finally:
        worker.shutdown()


def test_escape_closes_a_preview_opened_from_the_documents_dialog(qtbot, ctx, parent) -> None:
    """The documents dialog closes as the preview opens: the preview must get the keyboard, or Esc
    goes to the window behind it."""
    from storage.meetings import MeetingQueries
    from ui.reports import show_documents_dialog

    parent.show()
    meeting_id = preview_tests.on_worker(ctx, lambda store: MeetingQueries(store).list_meetings()[0].id)
    dialog = show_documents_dialog(ctx, parent, meeting_id=meeting_id)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    preview = dialog.preview
    assert preview is not None
    preview_tests.wait_generated(qtbot, preview)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview) or not preview.isVisible(), timeout=5000)
