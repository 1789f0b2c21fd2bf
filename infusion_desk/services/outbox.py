"""Changes kept while the server of a shared folder cannot be reached, saved once it is back.

When an operation fails with ``ServerUnreachableError`` nothing was stored; the window hands the
operation — the service call with what she typed — to the :class:`Outbox`, which keeps it in
order. :meth:`Outbox.send` (on a worker thread, never the window's) tries them again from the
oldest: each saved one leaves the outbox; the first that finds the server still out of reach
stops the round, and it and those behind it wait for the next. One refused for another known
reason (someone else changed the same record meanwhile: ``EditConflictError``; the record was
deleted) leaves the outbox with its error, for the window to show; those behind it go on.

While anything waits, new changes wait behind it (``Outbox.waiting``), so that they are saved in
the order she made them.

The outbox lives as long as the window: closing the window with changes still waiting loses
them, and the window says so before it closes (and before another folder takes its place). A
change whose connection dropped just as it was committed may have been stored already: the
window keeps it as ``services.resending`` makes it, so that a later try first looks for what the
dropped one added, and does not add it twice (a call is never logged twice).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from infusion_desk.core.errors import FolderError, ServerUnreachableError
from infusion_desk.core.i18n import translate
from infusion_desk.services.changes import Done

log = logging.getLogger(__name__)

Operation = Callable[[], Done[Any]]


class KeptForLaterError(FolderError):
    """Raised to a form whose change went to the outbox: the form closes, as after saving, and
    the window's banner tells what is waiting (nothing is shown as an error)."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Outbox", "The server cannot be reached. This change is kept and will be saved "
            "when it is back."))


class KeptChangeFailedError(FolderError):
    """A kept change failed in a way nobody foresaw (a bug); it leaves the outbox."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(translate(
            "Outbox", "A change kept while the server was away could not be saved because "
            "something went wrong. The details were written to the log file."),
            f"{type(cause).__name__}")


@dataclass(frozen=True, eq=False)
class Waiting:
    """One kept change: what it was (for Undo and the banner) and the call that saves it."""

    label: str
    operation: Operation
    options: dict[str, Any] = field(default_factory=dict)  # how the window performs it


@dataclass(frozen=True)
class Sent:
    """A kept change that left the outbox: saved (``done``) or refused (``error``)."""

    waiting: Waiting
    done: Done[Any] | None = None
    error: FolderError | None = None


@dataclass(frozen=True)
class Round:
    """What one try of the outbox did."""

    sent: tuple[Sent, ...]
    still_waiting: int
    unreachable: ServerUnreachableError | None  # the round stopped: the server is still away

    @property
    def saved(self) -> int:
        return sum(1 for s in self.sent if s.done is not None)


class Outbox:
    """Changes waiting for the server, in the order they were made (thread-safe)."""

    def __init__(self) -> None:
        self._waiting: deque[Waiting] = deque()
        self._lock = threading.Lock()
        self._sending = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)

    @property
    def waiting(self) -> bool:
        return len(self) > 0

    def labels(self) -> list[str]:
        with self._lock:
            return [w.label for w in self._waiting]

    def keep(self, label: str, operation: Operation, **options: Any) -> int:
        """Keep a change for later; how many are waiting now."""
        with self._lock:
            self._waiting.append(Waiting(label, operation, dict(options)))
            count = len(self._waiting)
        log.info("a change is kept until the server is back (%d waiting)", count)
        return count

    def forget(self) -> int:
        """Drop every waiting change (the window closes anyway); how many there were."""
        with self._lock:
            count = len(self._waiting)
            self._waiting.clear()
        return count

    def send(self) -> Round:
        """Try the waiting changes in order (call off the window's thread; one round at a time:
        a round asked for while one runs returns at once, having sent nothing)."""
        if not self._sending.acquire(blocking=False):
            return Round((), len(self), None)
        try:
            return self._send()
        finally:
            self._sending.release()

    def _send(self) -> Round:
        sent: list[Sent] = []
        while True:
            with self._lock:
                if not self._waiting:
                    return Round(tuple(sent), 0, None)
                first = self._waiting[0]
            try:
                done = first.operation()
            except ServerUnreachableError as exc:
                log.info("the server is still out of reach (%d saved this round)", len(sent))
                return Round(tuple(sent), len(self), exc)
            except FolderError as exc:
                log.warning("a kept change was refused: %s", type(exc).__name__)
                sent.append(Sent(first, error=exc))
            except Exception as exc:  # a bug: it may have been stored, so never sent again
                log.exception("a kept change failed unexpectedly")
                sent.append(Sent(first, error=KeptChangeFailedError(exc)))
            else:
                sent.append(Sent(first, done=done))
            with self._lock:
                self._waiting.popleft()


def waiting_words(count: int) -> str:
    """The banner's sentence while changes wait for the server."""
    if count == 1:  # (English's singular written out: the %n forms live in the .ts files)
        return translate("Outbox", "The server cannot be reached. One change is kept and will "
                         "be saved when it is back.")
    return translate("Outbox", "The server cannot be reached. %n changes are kept and will be "
                     "saved when it is back.", None, count)


def saved_words(count: int) -> str:
    """What the status bar says once kept changes were saved."""
    if count == 1:
        return translate("Outbox", "The server is back: the kept change is saved.")
    return translate("Outbox", "The server is back: %n kept changes are saved.", None, count)
