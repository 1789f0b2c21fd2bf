"""Targets big enough to hit: every button, box and field of a screen at least 36 px high at any
text size (WCAG 2.2 asks 24; the app keeps 32 with margin), whatever the style draws."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QToolButton,
    QWidget,
)

from infusion_desk.core.i18n import translate

TARGET = 36


def big_targets(root: QWidget) -> None:
    """Give each button, drop-down and field in ``root`` (made so far) room to be hit."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)) \
                and not widget.objectName().startswith("qt_") \
                and not isinstance(widget.parentWidget(), QLineEdit):
            widget.setMinimumHeight(max(widget.minimumHeight(), TARGET))
            widget.setMinimumWidth(max(widget.minimumWidth(), TARGET))


def name_clear_buttons(root: QWidget) -> None:
    """A field's own clear button (the × inside it) gets a name a screen reader reads."""
    for field in root.findChildren(QLineEdit):
        for button in field.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(translate("Targets", "Clear the field"))
