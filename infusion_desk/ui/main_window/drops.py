"""Files and folders dropped anywhere on the window are added to the open folder; while they are
dragged over it, the drop area says what a drop will do (``ui.drop_feedback``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from infusion_desk.ui.drop_feedback import (
    DropArea,
    dragged_count,
    drop_words,
    hide_drop_area,
    show_drop_area,
)

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow


class WindowDrops(QObject):
    """The window's drag and drop, watched on the window itself (its drop area beside)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.area = DropArea(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self._window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            consider_drag(self._window, event)
            return True
        if kind == QEvent.Type.DragLeave:
            hide_drop_area(self._window)
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            take_drop(self._window, event)
            return True
        return False


def consider_drag(window: MainWindow, event: QDragMoveEvent) -> None:
    from infusion_desk.ui.documents.dropped import can_take  # the importing loads when used

    if can_take(event.mimeData()) and window.view is not None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        show_drop_area(window, drop_words(dragged_count(event.mimeData()),
                                          read_only=window.view.ctx.read_only))
    else:
        event.ignore()


def take_drop(window: MainWindow, event: QDropEvent) -> None:
    """Added in the background; anything that is not a file on this computer is listed as
    refused in the summary at the end."""
    from infusion_desk.ui.documents.dropped import can_take, split_urls

    hide_drop_area(window, dropped=True)
    if window.view is None or window.view.ctx.read_only or not can_take(event.mimeData()):
        event.ignore()
        return
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    paths, refused = split_urls(event.mimeData().urls())
    window.view.tabs.setCurrentWidget(window.view.documents)
    window.view.documents.import_files(paths, refused)
