"""A short list whose entries open their record with a click, or with Enter on the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QWidget


class OpenableList(QListWidget):
    """Entries wrap; a click or Enter on one emits :attr:`item_chosen` with it."""

    item_chosen = Signal(object)  # QListWidgetItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemClicked.connect(self.item_chosen.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.item_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """As tall as its entries: a short list never scrolls on its own."""
        rows = sum(self.sizeHintForRow(r) for r in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)
