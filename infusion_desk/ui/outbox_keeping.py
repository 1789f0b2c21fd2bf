"""The window's side of the outbox (``services.outbox``): changes made while the server of a
shared folder cannot be reached are kept, tried again every few seconds on the folder's job lane
(never on the window's thread), and saved in order once it answers.

``waiting_changed(count)`` tells the banner how many wait; ``round_done(saved)`` comes after each
round that saved something (each saved change's Undo is handed to ``on_saved`` first, so that
Undo works on it as on any other change).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from infusion_desk.core.errors import FolderError
from infusion_desk.services.outbox import Operation, Outbox, Round, Sent
from infusion_desk.ui.jobs import FOLDER, JobHandle, JobRunner, Progress

log = logging.getLogger(__name__)


class OutboxKeeper(QObject):
    """Keeps changes for the server and sends them when it is back (UI thread only)."""

    RETRY_MS = 3000

    waiting_changed = Signal(int)  # how many changes wait now
    round_done = Signal(int)  # how many kept changes one round saved (only when some were)
    server_away = Signal(bool)  # True: the server cannot be reached (as far as we know)

    def __init__(self, jobs: JobRunner, on_saved: Callable[[Sent], None],
                 on_refused: Callable[[Sent], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = Outbox()
        self._jobs = jobs
        self._on_saved = on_saved
        self._on_refused = on_refused
        self._round: JobHandle[Round] | None = None
        self._again = False  # another round asked for while one ran
        self.away = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.RETRY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def waiting(self) -> int:
        return len(self.outbox)

    def keep(self, label: str, operation: Operation, **options: Any) -> int:
        """Keep one change; the server is taken to be away until a round reaches it."""
        count = self.outbox.keep(label, operation, **options)
        self._set_away(True)
        self.waiting_changed.emit(count)
        if not self._timer.isActive():
            self._timer.start()
        return count

    def try_now(self) -> None:
        """A round now (the banner's *Try now*, or the listener hearing the server again)."""
        if not self.outbox.waiting:
            return
        if self._round is not None:
            self._again = True
            return
        if self._jobs.closed or self._stopped:
            return
        self._round = self._jobs.start(self._send, lane=FOLDER)
        self._round.finished.connect(self._on_round_finished)
        self._round.failed.connect(self._on_round_failed)
        self._round.ended.connect(self._on_round_ended)

    def server_answers(self, answers: bool) -> None:
        """What the listener says of the server: when it answers again, send at once."""
        if answers:
            if self.outbox.waiting:
                self.try_now()
            else:
                self._set_away(False)
        else:
            self._set_away(True)

    def forget(self) -> int:
        """Drop what waits (the window closes anyway)."""
        count = self.outbox.forget()
        self._timer.stop()
        self.waiting_changed.emit(0)
        return count

    def stop(self) -> None:
        """The folder closes: no more rounds, and a round ending after it is not told (what it
        saved is stored; its Undo belonged to the folder that closed)."""
        self._stopped = True
        self._timer.stop()

    # ------------------------------------------------------------------ rounds
    def _send(self, _progress: Progress) -> Round:
        return self.outbox.send()

    def _on_timer_timeout(self) -> None:
        self.try_now()

    def _on_round_finished(self, done: Round) -> None:
        if self._stopped:
            return
        for sent in done.sent:
            try:
                (self._on_saved if sent.done is not None else self._on_refused)(sent)
            except FolderError:  # said by the receiver; the next ones still count
                log.warning("a kept change could not be shown as saved")
        if done.unreachable is None:
            self._set_away(False)
            if not self.outbox.waiting:
                self._timer.stop()
        count = done.saved
        self.waiting_changed.emit(done.still_waiting if done.unreachable else self.waiting)
        if count:
            self.round_done.emit(count)

    def _on_round_failed(self, error: object) -> None:  # a bug in a round: logged by the runner
        log.warning("a round of the outbox failed: %s", type(error).__name__)

    def _on_round_ended(self) -> None:
        self._round = None
        if self._again:
            self._again = False
            self.try_now()

    def _set_away(self, away: bool) -> None:
        if away != self.away:
            self.away = away
            self.server_away.emit(away)
