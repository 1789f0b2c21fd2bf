"""Ticking a box by its words: a click on a paper's name in a list (the whole row, two lines
high, is the target), or on a question's text above its *Answered* box, ticks it (the box alone
is a small target)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)


class RowTicks(QObject):
    """A click anywhere on a checkable row of ``papers`` ticks or unticks it (a click on the
    box itself is left to the list, which ticks it already)."""

    def __init__(self, papers: QListWidget) -> None:
        super().__init__(papers)
        self._papers = papers
        papers.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            self._tick_at(event)
        return super().eventFilter(watched, event)

    def _tick_at(self, event: QMouseEvent) -> None:
        papers = self._papers
        point = event.position().toPoint()
        item = papers.itemAt(point)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        index = papers.indexFromItem(item)
        option = QStyleOptionViewItem()
        option.initFrom(papers)
        option.rect = papers.visualRect(index)
        delegate = papers.itemDelegateForIndex(index)
        if delegate is not None:
            delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
        box = papers.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, papers)
        if box.adjusted(-4, -4, 4, 4).contains(point):
            return  # the list ticks it itself
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


class LabelTicks(QObject):
    """A click on ``label`` (the words a box is about) toggles ``box``."""

    def __init__(self, label: QWidget, box: QAbstractButton) -> None:
        super().__init__(label)
        self._box = box
        label.installEventFilter(self)
        label.setCursor(Qt.CursorShape.PointingHandCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled()):
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)
