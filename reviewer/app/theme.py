"""Look: font size (100–200 %), the standard and the high-contrast theme, and the gate colours
used for highlights in both."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# gate -> (background of a highlight, text on it); high contrast uses saturated colours on black
GATE_COLOURS = {
    "standard": {"political": "#ffc9c9", "legal": "#e3d3ff", "policy": "#ffdca8", "secrecy": "#bfdcff",
                 "text": "#c9efc9"},
    "high_contrast": {"political": "#ff7070", "legal": "#d0a0ff", "policy": "#ffc000", "secrecy": "#60b8ff",
                      "text": "#50e050"},
}
DECISION_COLOURS = {
    "standard": {"pass": "#1b7f2a", "return": "#b35c00", "withhold": "#b00020", None: "#555555"},
    "high_contrast": {"pass": "#50ff50", "return": "#ffc000", "withhold": "#ff6060", None: "#ffffff"},
}

_base_point_size: float | None = None


def gate_colour(theme: str, gate: str) -> QColor:
    return QColor(GATE_COLOURS.get(theme, GATE_COLOURS["standard"])[gate])


def decision_colour(theme: str, decision: str | None) -> str:
    return DECISION_COLOURS.get(theme, DECISION_COLOURS["standard"])[decision]


def _high_contrast_palette() -> QPalette:
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, black)
        p.setColor(group, QPalette.ColorRole.WindowText, white)
        p.setColor(group, QPalette.ColorRole.Base, black)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        p.setColor(group, QPalette.ColorRole.Text, white)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#000000"))
        p.setColor(group, QPalette.ColorRole.ButtonText, white)
        p.setColor(group, QPalette.ColorRole.Highlight, yellow)
        p.setColor(group, QPalette.ColorRole.HighlightedText, black)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        p.setColor(group, QPalette.ColorRole.ToolTipText, white)
        p.setColor(group, QPalette.ColorRole.Link, QColor("#00ffff"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
        p.setColor(group, QPalette.ColorRole.BrightText, yellow)
    grey = QColor("#a0a0a0")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, grey)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, black)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, black)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, black)
    return p


HIGH_CONTRAST_STYLE = """
QWidget:focus { outline: 2px solid #ffff00; }
QPushButton, QToolButton { border: 2px solid #ffffff; padding: 3px 8px; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QTableView:focus,
QPlainTextEdit:focus, QTextBrowser:focus, QListWidget:focus { border: 3px solid #ffff00; }
QPushButton:disabled { border: 2px dashed #a0a0a0; }
QLineEdit, QComboBox, QPlainTextEdit, QTextBrowser, QTableView, QListWidget { border: 2px solid #ffffff; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 2px; }
QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }
"""
STANDARD_STYLE = "QGroupBox { font-weight: bold; }"

# CJK faces first, by platform (Windows, UOS/Kylin/Debian, macOS), then whatever Qt finds
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
                 "WenQuanYi Micro Hei", "PingFang SC"]


def apply(app: QApplication, theme: str, font_scale: int) -> None:
    global _base_point_size
    if _base_point_size is None:
        size = app.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
        _base_point_size = max(_base_point_size, 10.0)
    # the font first: setting a style sheet re-polishes every widget with the application font
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES + [f for f in font.families() if f not in FONT_FAMILIES])
    font.setPointSizeF(_base_point_size * font_scale / 100)
    app.setFont(font)
    if theme == "high_contrast":
        app.setStyle("Fusion")
        app.setPalette(_high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_STYLE)
    else:
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        # never empty: switching from no style sheet to one leaves existing widgets at the old font
        app.setStyleSheet(STANDARD_STYLE)
