"""A row of buttons that wraps onto more lines when the pane is narrow (large text), with one
button kept apart at the right end — say, *Delete this request*, away from *Edit…*."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

APART_GAP = 24  # at least this much room between the buttons and the one kept apart


class ActionFlow(QLayout):
    """Buttons left to right, wrapping like words; the *apart* one at the right end."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, *,
                 right: bool = False) -> None:
        """``right``: each line flush with the right edge (say, filters at the end of a bar)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._apart: QLayoutItem | None = None
        self._gap = spacing
        self._right = right
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_apart(self, widget: QWidget) -> None:
        """Add the button that stands at the right end, away from the others."""
        self.addWidget(widget)
        self._apart = self._items[-1]

    # ------------------------------------------------------------------ QLayout
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override, unused-ignore]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override, unused-ignore]
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if item is self._apart:
            self._apart = None
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i for i in self._items if not i.isEmpty()]
        if not shown:
            return QSize(0, 0)
        width = sum(i.sizeHint().width() for i in shown) + self._gap * (len(shown) - 1)
        if self._apart is not None and not self._apart.isEmpty():
            width += APART_GAP
        return QSize(width, max(i.sizeHint().height() for i in shown))

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    # ------------------------------------------------------------------ placing
    def _place(self, line: list[tuple[QLayoutItem, QRect]], spare: int, *, move: bool) -> None:
        """Put one line's items where they go (moved right by the ``spare`` room if flush
        right); centred on the line's height."""
        if not move or not line:
            return
        shift = max(0, spare) if self._right else 0
        height = max(place.height() for _item, place in line)
        for item, place in line:
            item.setGeometry(place.translated(shift, (height - place.height()) // 2))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the buttons in ``rect``; returns the height they take."""
        x, y, line_height = rect.x(), rect.y(), 0
        right = rect.right() + 1
        line: list[tuple[QLayoutItem, QRect]] = []
        for item in self._items:
            if item.isEmpty() or item is self._apart:
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > right:
                self._place(line, right - x + self._gap, move=move)
                line = []
                x, y, line_height = rect.x(), y + line_height + self._gap, 0
            line.append((item, QRect(QPoint(x, y), hint)))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        self._place(line, right - x + self._gap, move=move)
        apart = self._apart
        if apart is not None and not apart.isEmpty():
            hint = apart.sizeHint()
            if x > rect.x() and x - self._gap + APART_GAP + hint.width() > right:
                y, line_height = y + line_height + self._gap, 0
            if move:
                apart.setGeometry(QRect(QPoint(max(rect.x(), right - hint.width()), y), hint))
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()
