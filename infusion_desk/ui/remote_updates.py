"""Changes other people make to a shared folder, brought to the window's thread.

The folder's listener (``Folder.others``) calls back on its own thread; :class:`RemoteUpdates`
re-emits each change and each word about the server as queued Qt signals, so that the window
refreshes on its own thread exactly as after a change of its own. Nothing here goes on the undo
stack: it was not this window's doing. A folder file never listens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from infusion_desk.services import Change, Folder

log = logging.getLogger(__name__)


class RemoteUpdates(QObject):
    _arrived = Signal(object)  # a services.Change, from the listener's thread
    _state = Signal(bool)  # the server answers (True) or cannot be reached (False)

    def __init__(self, folder: Folder, on_change: Callable[[Change], None],
                 on_state: Callable[[bool], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._on_change = on_change
        self._on_state = on_state
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._on_state_said, Qt.ConnectionType.QueuedConnection)
        self.listening = folder.others.start(self._hand_on_change, self._hand_on_state)

    def stop(self) -> None:
        self._folder.others.stop()

    # ------------------------------------------------------------------ window's thread
    def _on_arrived(self, change: Change) -> None:
        self._on_change(change)

    def _on_state_said(self, answers: bool) -> None:
        self._on_state(answers)

    # ------------------------------------------------------------------ listener's thread
    def _hand_on_change(self, change: Change) -> None:
        self._emit(self._arrived, change)

    def _hand_on_state(self, answers: bool) -> None:
        self._emit(self._state, answers)

    def _emit(self, signal: object, value: object) -> None:
        if not shiboken6.isValid(self):  # the window is gone: no one to tell
            return
        try:
            signal.emit(value)  # type: ignore[attr-defined]
        except RuntimeError:
            log.info("a change by others arrived after the window closed")
