"""A shared folder hears the changes other people make to it (a folder file never does).

``Folder.others`` is one :class:`HearingOthers`. Opening a shared folder tells it how to listen
(:meth:`HearingOthers.listen_with`: the listener's own connection, the folder's name on the
server, and the pids of the folder's own connections, whose notices are this window's own
changes, already announced). The window then calls :meth:`HearingOthers.start` with what to call
for each change (on the listener's thread) and for the server's state; closing the folder stops
it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from infusion_desk.services.remote_changes import RemoteListener, announcing

if TYPE_CHECKING:  # (psycopg loads only for a shared folder)
    from infusion_desk.storage.shared.listening import ChangeListener, Connect

log = logging.getLogger(__name__)

StateListener = Callable[[bool], None]  # True: the server answers; False: it cannot be reached


class HearingOthers:
    def __init__(self) -> None:
        self._how: tuple[Connect, str, Callable[[], Collection[int]], str | None] | None = None
        self._listener: ChangeListener | None = None
        self._lock = threading.Lock()

    @property
    def possible(self) -> bool:
        """The folder is shared, so others' changes can be heard."""
        return self._how is not None

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def listen_with(self, connect: Connect, folder_name: str,
                    own_pids: Callable[[], Collection[int]], *,
                    channel: str | None = None) -> None:
        """(Opening a shared folder) how to hear the changes others make to it (``channel``:
        a fixed one; by default the folder's own, which the server tells its members)."""
        self._how = (connect, folder_name, own_pids, channel)

    def start(self, on_change: RemoteListener, on_state: StateListener | None = None) -> bool:
        """Start hearing others' changes; ``False`` for a folder file (nobody else writes to
        it while it is open here). Both callbacks run on the listener's thread."""
        with self._lock:
            if self._how is None:
                return False
            if self._listener is not None:
                raise RuntimeError("already listening")
            from infusion_desk.storage.shared.listening import ChangeListener

            connect, folder_name, own_pids, channel = self._how
            self._listener = ChangeListener(connect, folder_name, announcing(on_change),
                                            on_state, own_pids=own_pids, channel=channel)
            self._listener.start()
            log.info("listening for changes by others")
            return True

    def stop(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None and not listener.stop(1.0):
            log.warning("the listener did not stop within a second")
