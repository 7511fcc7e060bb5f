"""The look: Fusion with a sober palette in the spirit of the Rijkshuisstijl (dark blue accents,
plenty of white), and a dark variant when the system uses a dark colour scheme. Colours are chosen
for WCAG AA contrast (≥ 4.5:1 for text)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    accent_text: str
    nav: str
    nav_selected: str
    border: str
    error: str
    warning: str
    ok: str
    demo_bg: str
    warning_bg: str
    info_bg: str
    disabled_text: str


LIGHT = Theme(
    False,
    "#F3F4F6",
    "#FFFFFF",
    "#F5F7FA",
    "#1A1A1A",
    "#4A4F55",
    "#01689B",
    "#FFFFFF",
    "#154273",
    "#01689B",
    "#C9CED6",
    "#B00020",
    "#8A4B00",
    "#1E6B35",
    "#FFF1C2",
    "#FCE4E4",
    "#E3EEF7",
    "#6B7178",
)
DARK = Theme(
    True,
    "#1E1F22",
    "#26282C",
    "#2D3035",
    "#ECECEC",
    "#B8BCC2",
    "#4FA3D1",
    "#0B1B26",
    "#0F2A47",
    "#1F5F8B",
    "#41454C",
    "#FF8A80",
    "#FFC46B",
    "#7BD88F",
    "#4A3F12",
    "#4A1F1F",
    "#1D3448",
    "#8C9097",
)


def current_theme(app: QApplication) -> Theme:
    return DARK if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else LIGHT


def apply_style(app: QApplication, theme: Theme | None = None, *, set_fusion: bool = True) -> Theme:
    """Fusion with our palette and style sheet. ``set_fusion=False`` when the application was created
    with Fusion already (``ui.app.create_application``): setting it again costs some 50 ms at start."""
    theme = theme or current_theme(app)
    if set_fusion:
        app.setStyle("Fusion")
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alt_base,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.base,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    app.setPalette(p)
    app.setStyleSheet(stylesheet(theme))
    return theme


def stylesheet(t: Theme) -> str:
    return f"""
QLabel#pageTitle {{ font-size: 18pt; font-weight: 600; color: {t.accent if t.dark else t.nav}; }}
QLabel#areaTitle {{ font-size: 15pt; font-weight: 600; color: {t.accent if t.dark else t.nav}; }}
QLabel#emptyTitle {{ font-size: 15pt; font-weight: 600; color: {t.accent if t.dark else t.nav}; }}
QLabel#errorText {{ color: {t.error}; font-weight: 600; }}
QLabel#warningText {{ color: {t.warning}; }}
QLabel#okText {{ color: {t.ok}; font-weight: 600; }}
QLabel#hintText {{ color: {t.muted}; }}
QLabel#lockReason {{ font-weight: 600; }}
QLabel#recoveryCode {{ padding: 12px; border: 2px dashed {t.border}; background: {t.alt_base}; }}
QFrame#card {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 6px; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton#primaryButton {{ background: {t.accent}; color: {t.accent_text}; border: 1px solid {t.accent};
    border-radius: 4px; padding: 6px 18px; font-weight: 600; }}
QPushButton#primaryButton:disabled {{ background: {t.border}; color: {t.disabled_text}; border-color: {t.border}; }}
QPushButton#primaryButton:focus {{ border: 2px solid {t.text}; }}
QListWidget#navigation {{ background: {t.nav}; color: #FFFFFF; border: none; font-size: 11pt;
    outline: none; }}
QListWidget#navigation::item {{ padding: 10px 14px; }}
QListWidget#navigation::item:selected {{ background: {t.nav_selected}; color: #FFFFFF;
    border-left: 4px solid #FFFFFF; }}
QFrame[bannerKind="demo"] {{ background: {t.demo_bg}; }}
QFrame[bannerKind="warning"] {{ background: {t.warning_bg}; }}
QFrame[bannerKind="info"] {{ background: {t.info_bg}; }}
QFrame[bannerKind] QLabel {{ color: {t.text}; font-weight: 600; }}
"""
