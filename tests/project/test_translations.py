"""Dutch and English are complete, the .ts files match the code, and in Dutch no visible widget
shows an English source string."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from tests.helpers.common import REPO
from tests.helpers.screens import walk

TS_DIR = REPO / "ui" / "translations"
I18N = REPO / "scripts" / "i18n.py"
# Words that a Dutch screen never shows on their own: they mean a string escaped tr().
ENGLISH_WORDS = {
    "the",
    "and",
    "with",
    "Save",
    "Cancel",
    "Close",
    "Settings",
    "Meeting",
    "Meetings",
    "Cases",
    "Delete",
    "Search",
    "Yes",
    "Apply",
    "Decision",
    "Decisions",
    "Please",
    "please",
    "Choose",
    "Enter",
    "Remove",
    "Add",
    "Edit",
    "Print",
    "Export",
    "Import",
    "Locked",
    "Unlock",
    "Store",
}


def english_sources_with_dutch_translation() -> set[str]:
    sources: set[str] = set()
    for path in TS_DIR.glob("*_nl.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation and translation != source and "{" not in source:
                sources.add(source.replace("&", ""))
    return sources


def test_no_unfinished_entries_in_either_language() -> None:
    result = subprocess.run([sys.executable, str(I18N), "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate on a copy finds nothing new: every tr() string is in the .ts files and translated."""
    copy = tmp_path / "repo"
    shutil.copytree(REPO / "ui", copy / "ui", ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    shutil.copytree(REPO / "scripts", copy / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, str(copy / "scripts" / "i18n.py"), "update"], check=True, cwd=copy)
    result = subprocess.run(
        [sys.executable, str(copy / "scripts" / "i18n.py"), "check"], capture_output=True, text=True, cwd=copy
    )
    assert result.returncode == 0, result.stdout


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = [("windowTitle", top.windowTitle())]
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            texts.append(("menu", action.text()))
            if action.menu() is not None:
                texts += [("menu", a.text()) for a in action.menu().actions() if a.text()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((name, widget.text()))
        elif isinstance(widget, QLineEdit):
            texts.append((name + ".placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QComboBox):
            texts += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [(name, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            columns = (
                widget.horizontalHeader().count()
                if isinstance(widget, QTableView)
                else widget.header().count()
            )
            texts += [
                (name + ".header", str(model.headerData(c, _horizontal()) or "")) for c in range(columns)
            ]
        if isinstance(widget, QListWidget):
            texts += [(name + ".item", widget.item(i).text()) for i in range(widget.count())]
        if widget.toolTip():
            texts.append((name + ".toolTip", widget.toolTip()))
        if widget.accessibleName():
            texts.append((name + ".accessibleName", widget.accessibleName()))
    return [(kind, text.replace("&", "")) for kind, text in texts if text]


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_dutch_screens_show_no_english(qtbot, tmp_path: Path) -> None:
    english = english_sources_with_dutch_translation()
    word = re.compile(r"\b(" + "|".join(sorted(ENGLISH_WORDS)) + r")\b")
    problems: list[str] = []
    screens = 0
    for screen, top in walk(qtbot, tmp_path):
        screens += 1
        for kind, text in visible_texts(top):
            if text in english:
                problems.append(f"{screen}: {kind} shows the English source {text!r}")
            elif word.search(text) and not text.startswith(("keyring.", "/")):
                problems.append(f"{screen}: {kind} looks English: {text!r}")
    assert screens >= 12
    assert not problems, "\n".join(problems)
