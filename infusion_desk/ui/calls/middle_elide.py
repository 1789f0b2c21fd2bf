"""A table cell for names: each part on a line of its own (the organization above the person), a
part too long for the column cut in the middle ("Harborl…Insurance") so that both ends still
show; the full text is in the cell's tooltip. Each line fits, so nothing is wrapped at a space in
the middle of a name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from infusion_desk.ui.models.table import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


class MiddleElideDelegate(QStyledItemDelegate):
    """Draws the lines ``parts(row)`` gives (empty ones left out), each cut in the middle if too
    long for the column; a row with a single part wraps as usual."""

    def __init__(self, parts: Callable[[Any], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = parts

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        width = option.rect.width()  # type: ignore[attr-defined, unused-ignore]
        if row is None or width <= 0:
            return
        parts = [part.strip() for part in self._parts(row) if part.strip()]
        if len(parts) < 2:  # one name alone: wrapped onto the row's lines as usual
            return
        widget = option.widget  # type: ignore[attr-defined, unused-ignore]
        style = widget.style() if widget is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                  if style is not None else 4)
        metrics = option.fontMetrics  # type: ignore[attr-defined, unused-ignore]
        room = max(8, width - 2 * margin - metrics.averageCharWidth())  # (none cut twice)
        option.text = "\n".join(  # type: ignore[attr-defined, unused-ignore]
            metrics.elidedText(part, Qt.TextElideMode.ElideMiddle, room) for part in parts)
