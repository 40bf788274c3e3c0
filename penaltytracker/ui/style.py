"""Colours and small shared widgets: one look across the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel

# Badge colours from calm to alarming; keyed by level name so they follow the rule set.
LEVEL_COLOURS = {None: "#15803d", "I": "#ca8a04", "II": "#ea580c", "III": "#dc2626", "IV": "#b91c1c",
                 "V": "#7f1d1d"}
WARNING_BG = "#fef3c7"
WARNING_FG = "#92400e"
MUTED = "#6b7280"


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level, "#7f1d1d")


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame


APP_STYLE = """
QLabel[role="heading"] { font-size: 13pt; font-weight: bold; color: #111827; }
QLabel[role="muted"] { color: #6b7280; }
QFrame[role="card"] { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel[role="fieldError"] { color: #b91c1c; }
QLabel#warningBanner { background: #fef3c7; color: #92400e; border: 1px solid #f59e0b;
                       border-radius: 6px; padding: 8px 12px; font-weight: bold; }
QLabel#dangerBanner { background: #fee2e2; color: #991b1b; border: 1px solid #ef4444;
                      border-radius: 6px; padding: 8px 12px; font-weight: bold; }
QTabWidget::pane { border-top: 1px solid #e5e7eb; }
"""
