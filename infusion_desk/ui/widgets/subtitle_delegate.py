"""A table cell with a quieter second line under its text: "about: extension request"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from infusion_desk.ui.models.table import ROW_ROLE
from infusion_desk.ui.widgets.brushes import quiet_colour

Index = QModelIndex | QPersistentModelIndex


def wrapped_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` word-wrapped to ``width``, at most ``most`` lines, the last cut with "…"."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(" ".join(text.split()), font)
    layout.beginLayout()
    lines: list[str] = []
    flat = layout.text()
    while len(lines) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        lines.append(flat[start:start + length].rstrip())
        if len(lines) == most and start + length < len(flat):
            lines[-1] = metrics.elidedText(flat[start:], Qt.TextElideMode.ElideRight, width)
    layout.endLayout()
    return lines


class SubtitleDelegate(QStyledItemDelegate):
    """Draws the cell's text (wrapped) and, under it, ``subtitle(row)`` in the quieter colour."""

    def __init__(self, subtitle: Callable[[Any], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._subtitle = subtitle

    def subtitle(self, index: Index) -> str:
        row = index.data(ROW_ROLE)
        return self._subtitle(row) if row is not None else ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        subtitle = self.subtitle(index)
        if not subtitle:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined, unused-ignore]
        opt.text = ""  # type: ignore[attr-defined, unused-ignore]
        widget = opt.widget  # type: ignore[attr-defined, unused-ignore]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 2, -3, -2)
        font: QFont = opt.font  # type: ignore[attr-defined, unused-ignore]
        spacing = QFontMetrics(font).lineSpacing()
        room = max(1, rect.height() // spacing - 1)
        main = wrapped_lines(text, font, rect.width(), room)
        below = wrapped_lines(subtitle, font, rect.width(), 1)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined, unused-ignore]
        palette: QPalette = opt.palette  # type: ignore[attr-defined, unused-ignore]
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active  # type: ignore[attr-defined, unused-ignore]
                 else QPalette.ColorGroup.Inactive)
        if selected:
            colour = palette.color(group, QPalette.ColorRole.HighlightedText)
            quiet = colour
        else:
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            colour = (brush.color() if brush is not None
                      else palette.color(group, QPalette.ColorRole.Text))
            quiet = quiet_colour(palette, group)
        block = spacing * (len(main) + len(below))
        top = rect.top() + max(0, (rect.height() - block) // 2)
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        for number, line in enumerate(main):
            painter.drawText(QRect(rect.left(), top + number * spacing, rect.width(), spacing),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        painter.setPen(quiet)
        for number, line in enumerate(below, start=len(main)):
            painter.drawText(QRect(rect.left(), top + number * spacing, rect.width(), spacing),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        painter.restore()
