"""Qt translations: Qt's own catalogue plus ours, one .ts/.qm pair per UI component and language.

The .ts sources live in ui/translations; the .qm files are built by ``make`` (pyside6-lrelease)
and by the bundle. Source strings are English; Dutch is the default language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from storage.i18n import set_language

TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def qm_files(lang: str) -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"*_{lang}.qm"))


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues (qtbase_nl: the buttons and texts of Qt's dialogs) may be: where
    QLibraryInfo says, else PySide6's own translations folder (a bundle or a relocated venv can
    leave QLibraryInfo pointing at a folder that does not exist)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found += [package / "Qt" / "translations", package / "translations"]
    return list(dict.fromkeys(d for d in found if d.is_dir()))


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    set_language(lang)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    for qt_dir in qt_translation_dirs():
        if qt_translator.load(f"qtbase_{lang}", str(qt_dir)) or qt_translator.load(f"qt_{lang}", str(qt_dir)):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
            break
    for qm in qm_files(lang):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
