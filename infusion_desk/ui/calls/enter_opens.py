"""Enter on a list's selected row opens it, as a double click does (a keyboard has no double
click). A key filter rather than a shortcut: it works whether or not the window is the active
one, and never fires while a cell is being edited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


class EnterOpens(QObject):
    def __init__(self, view: QAbstractItemView, open_selected: Callable[[], object]) -> None:
        super().__init__(view)
        self._open = open_selected
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._open()
            return True
        return super().eventFilter(watched, event)
