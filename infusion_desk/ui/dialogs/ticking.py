"""Ticking a box by its words: a click on a question's text above its *Answered* box ticks it
(the box alone is a small target). A paper's row in *Mark as sent* ticks itself
(``ui.requests.paper_list.PaperChecklist``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QWidget,
)


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
