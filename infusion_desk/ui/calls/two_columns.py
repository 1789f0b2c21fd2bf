"""*Log a call* in two columns: the fields and questions on the left, the call sheet on the right,
side by side when there is room at this text size, else the sheet below; the whole in the form's
one scroll area, never bigger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import heading

WIDE_CHARS = 100  # the call sheet goes beside the fields when the form is this many characters wide


def two_columns(content: QWidget, left: tuple[QLayout, QWidget], sheet: QWidget) -> QBoxLayout:
    """Lay out ``content``: ``left`` (the form and the checklist) beside the call ``sheet``."""
    columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
    columns.setContentsMargins(0, 0, 8, 0)
    columns.setSpacing(20)
    form, checklist = left
    left_column = QVBoxLayout()
    left_column.setSpacing(14)
    left_column.addLayout(form)
    left_column.addWidget(checklist)
    left_column.addStretch(1)
    right = QVBoxLayout()
    right.setSpacing(6)
    right.addWidget(heading(translate("CallSheetColumns", "Call sheet"), content, scale=1.15))
    right.addWidget(sheet)
    right.addStretch(1)
    columns.addLayout(left_column, 2)
    columns.addLayout(right, 1)
    return columns


def arrange(columns: QBoxLayout, dialog: QWidget) -> None:
    """Side by side when there is room for both at this text size; else the sheet below."""
    wide = dialog.width() >= WIDE_CHARS * dialog.fontMetrics().averageCharWidth()
    direction = (QBoxLayout.Direction.LeftToRight if wide
                 else QBoxLayout.Direction.TopToBottom)
    if columns.direction() != direction:
        columns.setDirection(direction)


def fit_to_screen(dialog: QWidget) -> None:
    """Wide enough for both columns at this text size, never bigger than the screen."""
    average = dialog.fontMetrics().averageCharWidth()
    size = QSize(max(1000, 150 * average), max(640, 64 * dialog.fontMetrics().lineSpacing()))
    screen = dialog.screen()
    if screen is not None:  # a 1366x768 screen, or larger text: never bigger than the screen
        room = screen.availableGeometry().size() - QSize(24, 56)
        size = size.boundedTo(room)
    dialog.setMinimumSize(min(size.width(), 480), min(size.height(), 360))
    dialog.resize(size)


def scroll_area_of(content: QWidget, dialog: QWidget) -> QScrollArea | None:
    """The scroll area ``content`` scrolls in, inside ``dialog``."""
    widget = content.parentWidget()
    while widget is not None and widget is not dialog:
        if isinstance(widget, QScrollArea):
            return widget
        widget = widget.parentWidget()
    return None
