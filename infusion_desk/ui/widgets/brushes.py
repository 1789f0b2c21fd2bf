"""The text colours the lists share: red for what is late, grey for what is set aside. Both are
read from the palette when asked, so they follow a light or a dark theme."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication


def warning_brush() -> QBrush:
    """Red that stays readable on a light or a dark palette (always with a word and an icon)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(QColor("#ff8a80" if dark else "#b3261e"))


def quiet_brush() -> QBrush:
    """Grey, like the hint in an empty field: for a row that is there but not pressing."""
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
