"""The Overview's scrolled page, and its buttons (never smaller than a finger's target)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

SMALLEST_TARGET = 32  # px either way, at any text size (WCAG 2.2 target size, with margin)


def big_target(*widgets: QWidget) -> None:
    """Each of ``widgets`` at least ``SMALLEST_TARGET`` px high and wide."""
    for widget in widgets:
        widget.setMinimumSize(max(widget.minimumWidth(), SMALLEST_TARGET),
                              max(widget.minimumHeight(), SMALLEST_TARGET))


def button(text: str, slot: Callable[[], object], parent: QWidget, *,
           accessible_name: str = "", tooltip: str = "") -> QPushButton:
    """A push button that calls ``slot`` when clicked."""
    made = QPushButton(text, parent)
    made.clicked.connect(lambda _checked=False: slot())
    big_target(made)
    if accessible_name:
        made.setAccessibleName(accessible_name)
    if tooltip:
        made.setToolTip(tooltip)
    return made


class Page(QWidget):
    """The scrolled page. It keeps itself as tall as its wrapped words need at its width (a
    scroll area alone settles the height before a scroll bar takes its share of the width, and
    wrapped lines were cut off)."""

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled
