"""The ledger's two-row header: titles over groups of columns, and the line between the groups."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

BORDER = 4  # the box's bottom edge (3 px) and its top line, beyond what the words need


class SideEdgeDelegate(QStyledItemDelegate):
    """Draws the line between *what they asked for* and *what we sent* down the table."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 3))
        rect = option.rect
        painter.drawLine(rect.left() + 1, rect.top(), rect.left() + 1, rect.bottom())
        painter.restore()


class ColumnGroupBand(QWidget):
    """Titles that span groups of a table's columns, kept in line as columns move, hide or
    scroll — the top row of a two-row header. A group spans its visible columns."""

    def __init__(self, table: QTableView, groups: Sequence[tuple[str, int, int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._labels: list[tuple[QLabel, int, int]] = []
        for title, first, last, tip in groups:
            label = QLabel(title, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setObjectName("columnGroup")
            label.setToolTip(tip)
            label.setAccessibleName(title)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setStyleSheet(
                "QLabel#columnGroup { font-weight: bold; padding: 4px 10px;"
                " background: palette(alternate-base); border: 1px solid palette(mid);"
                " border-bottom: 3px solid palette(mid); }"
            )
            self._labels.append((label, first, last))
        self._fit_height()
        header = table.horizontalHeader()
        header.sectionResized.connect(self._on_header_section_resized)
        header.geometriesChanged.connect(self.relayout)
        table.horizontalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    def labels(self) -> list[QLabel]:
        return [label for label, _first, _last in self._labels]

    def _fit_height(self) -> None:
        self.setFixedHeight(max(label.sizeHint().height() for label, _f, _l in self._labels))

    def _on_header_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self.relayout()

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.relayout()

    def relayout(self) -> None:
        """Each title over its columns; a title wider than its columns wraps (large text), and
        the band is as tall as the tallest title."""
        header = self._table.horizontalHeader()
        viewport = self._table.viewport()
        dx = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).x()
        places: list[tuple[QLabel, int, int]] = []
        for label, first, last in self._labels:
            shown = [c for c in range(first, last + 1) if not header.isSectionHidden(c)]
            label.setVisible(bool(shown))
            if not shown:
                continue
            left = min(header.sectionViewportPosition(c) for c in shown)
            right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
            places.append((label, dx + left, max(0, right - left - 2)))
        height = max((label.heightForWidth(width) + BORDER for label, _x, width in places),
                     default=0)
        if height and height != self.height():
            self.setFixedHeight(height)
        for label, x, width in places:
            label.setGeometry(x, 0, width, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
            self.relayout()
