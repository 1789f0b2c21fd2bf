"""Files and folders dropped anywhere on the window are added to the open folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow


def consider_drag(window: MainWindow, event: QDragMoveEvent) -> None:
    from infusion_desk.ui.documents.dropped import can_take  # the importing loads when used

    if can_take(event.mimeData()) and window.view is not None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()


def take_drop(window: MainWindow, event: QDropEvent) -> None:
    """Added in the background; anything that is not a file on this computer is listed as
    refused in the summary at the end."""
    from infusion_desk.ui.documents.dropped import can_take, split_urls

    if window.view is None or not can_take(event.mimeData()):
        event.ignore()
        return
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    paths, refused = split_urls(event.mimeData().urls())
    window.view.tabs.setCurrentWidget(window.view.documents)
    window.view.documents.import_files(paths, refused)
