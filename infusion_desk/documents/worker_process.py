"""One worker process for native code that must never run in the app: start it, give it one job
at a time with a time limit, replace it after a hang or a crash, stop it.

:class:`~infusion_desk.documents.pdf_engine.PdfEngine` (PDFium) and
:class:`~infusion_desk.documents.ocr_engine.OcrEngine` (Tesseract) are each a
:class:`WorkerEngine` over one :class:`WorkerProcess`; what they send and how they check a reply
is theirs. The worker side,
:func:`harden_process` and the :data:`READY` / :data:`QUIT` messages, is shared too.

The protocol, both ways, is whole messages over a duplex pipe (``send_bytes``/``recv_bytes``):
the worker sends :data:`READY` once started, then answers each job; :data:`QUIT` asks it to
return. Replies are never pickles: a worker taken over by a hostile file cannot run code in the
app by what it sends back, and each engine checks every field.

This module imports the standard library only: the app imports it, and so does every worker.
"""

from __future__ import annotations

import enum
import logging
import multiprocessing
import signal
import sys
import threading
import time
import warnings
import weakref
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Self, TypeVar

log = logging.getLogger(__name__)

READY = b'{"status": "ready"}'
QUIT = b'{"op": "quit"}'
DEFAULT_MEMORY_LIMIT_BYTES = 4 * 1024**3

WorkerTarget = Callable[[Connection], None]
T = TypeVar("T")


class WorkerFailure(enum.Enum):
    NOT_STARTED = "not_started"  # the process could not be started, or never said it was ready
    TIMED_OUT = "timed_out"  # no reply within the time limit: the worker was stopped
    CRASHED = "crashed"  # the worker died, closed the pipe or replied nonsense: it was stopped


class WorkerJobError(Exception):
    """A job got no usable reply; the worker involved is gone (the next job starts a new one)."""

    def __init__(self, failure: WorkerFailure) -> None:
        super().__init__(failure.value)
        self.failure = failure


class Channel:
    """The pipe to one running worker, as a job's ``send`` and ``receive`` see it.

    ``memo`` is the engine's note about what this worker holds (the PDF engine: the key of the
    document it has open); a fresh worker starts with an empty one.
    """

    def __init__(self, conn: Connection, deadline: float, max_reply_bytes: int) -> None:
        self._conn = conn
        self._max_reply_bytes = max_reply_bytes
        self.deadline = deadline
        self.memo = ""

    def send(self, message: bytes) -> None:
        self._conn.send_bytes(message)

    def receive(self) -> bytes:
        """The worker's next message; TimeoutError once the job's time limit has passed."""
        remaining = self.deadline - time.monotonic()
        if remaining <= 0 or not self._conn.poll(remaining):
            raise TimeoutError
        return self._conn.recv_bytes(self._max_reply_bytes)


class _Running:
    def __init__(self, process: BaseProcess, channel: Channel, stop: Callable[[], object]) -> None:
        self.process = process
        self.channel = channel
        self.stop = stop  # a weakref.finalize: runs once, also at exit


class WorkerProcess:
    """Runs ``target(conn)`` in a "spawn" child process and hands it jobs one at a time.

    Thread-safe: jobs from several threads wait their turn. ``label`` names the worker in logs
    and in the process name ("PDF" -> ``infusion-desk-pdf``); ``owner`` names the engine in the
    error a closed one raises.
    """

    def __init__(
        self, target: WorkerTarget, *, label: str, owner: str, max_reply_bytes: int
    ) -> None:
        self._target = target
        self._label = label
        self._owner = owner
        self._max_reply_bytes = max_reply_bytes
        self._lock = threading.Lock()
        self._worker: _Running | None = None
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The worker's process id while one is running."""
        worker = self._worker
        return worker.process.pid if worker is not None and worker.process.is_alive() else None

    def wait_until_gone(self, timeout: float) -> bool:
        """Block until the current worker process has ended (killed from outside, say), at most
        ``timeout`` seconds; True if none is running then. Does not take the job lock."""
        worker = self._worker
        if worker is None:
            return True
        worker.process.join(timeout)
        return not worker.process.is_alive()

    def start(self, start_timeout: float) -> None:
        """Start the worker now if none is running; WorkerJobError (NOT_STARTED) if it fails."""
        with self._lock:
            self._check_open()
            self._ensure_worker(start_timeout)

    def run(
        self,
        send: Callable[[Channel], None],
        receive: Callable[[Channel], T],
        *,
        timeout: float,
        start_timeout: float,
    ) -> T:
        """One job: ``send`` writes the request, ``receive`` reads and checks the reply (raising
        ValueError or TypeError for one that is off) within ``timeout`` seconds from the moment
        the request is sent. Raises WorkerJobError when there is no usable reply, RuntimeError
        once closed."""
        with self._lock:
            self._check_open()
            # A worker that died between jobs (killed, out of memory) is not this job's fault:
            # start a fresh one and try once more.
            for attempt in range(2):
                worker = self._ensure_worker(start_timeout)
                try:
                    if not worker.process.is_alive():
                        raise BrokenPipeError("worker is gone")
                    send(worker.channel)
                except (OSError, ValueError):
                    self._discard_worker(graceful=False)
                    if attempt == 0:
                        continue
                    raise WorkerJobError(WorkerFailure.CRASHED) from None
                return self._receive(worker, receive, timeout)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Stop the worker. Safe to call twice; a job still running in another thread fails."""
        self._closed = True
        if self._lock.acquire(blocking=False):
            try:
                self._discard_worker(graceful=True)
            finally:
                self._lock.release()
        else:
            worker = self._worker
            if worker is not None:
                worker.process.kill()  # the running job sees the pipe close and returns

    # ------------------------------------------------------------------------------- private

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"This {self._owner} has been closed.")

    def _receive(self, worker: _Running, receive: Callable[[Channel], T], timeout: float) -> T:
        try:
            # The time limit runs from the moment the request has gone (writing a large one
            # does not count).
            worker.channel.deadline = time.monotonic() + timeout
            return receive(worker.channel)
        except TimeoutError:
            log.warning(
                "%s worker took longer than %.1f s; restarting it", self._label, timeout
            )
            self._discard_worker(graceful=False)
            raise WorkerJobError(WorkerFailure.TIMED_OUT) from None
        except (EOFError, OSError, ValueError, TypeError) as exc:
            log.warning("%s worker failed (%s); restarting it", self._label, type(exc).__name__)
            self._discard_worker(graceful=False)
            raise WorkerJobError(WorkerFailure.CRASHED) from None

    def _ensure_worker(self, start_timeout: float) -> _Running:
        if self._worker is not None:
            return self._worker
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=self._target,
            args=(child_end,),
            name=f"infusion-desk-{self._label.lower()}",
            daemon=True,
        )
        try:
            process.start()
        except Exception as exc:  # e.g. a frozen app without freeze_support()
            log.error("the %s worker could not be started: %s", self._label, type(exc).__name__)
            parent_end.close()
            raise WorkerJobError(WorkerFailure.NOT_STARTED) from exc
        finally:
            child_end.close()
        stop = weakref.finalize(self, _stop_worker, process, parent_end)
        worker = _Running(process, Channel(parent_end, 0.0, self._max_reply_bytes), stop)
        try:
            ready = parent_end.poll(start_timeout) and parent_end.recv_bytes(1024)
        except (EOFError, OSError):
            ready = False
        if ready != READY:
            log.error("the %s worker did not start properly", self._label)
            stop()
            raise WorkerJobError(WorkerFailure.NOT_STARTED)
        self._worker = worker
        return worker

    def _discard_worker(self, *, graceful: bool) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        if not graceful:
            worker.process.kill()
        worker.stop()


def _stop_worker(process: BaseProcess, conn: Connection) -> None:
    """Ask the worker to quit, then make sure it is gone. Also runs at interpreter exit."""
    try:
        if process.is_alive():
            conn.send_bytes(QUIT)
            process.join(1.0)
    except (OSError, ValueError):
        pass
    if process.is_alive():
        process.kill()
        process.join(5.0)
    conn.close()


class WorkerEngine:
    """What an engine built on one :class:`WorkerProcess` shares: its time limits, the worker's
    pid, closing (it is a context manager). ``timeout`` (seconds, per job) may be changed
    between jobs."""

    def __init__(
        self, process: WorkerProcess, *, timeout: float, start_timeout: float
    ) -> None:
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._process = process

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id while one is running (for logs, tests and the benchmark)."""
        return self._process.pid

    def wait_for_worker_exit(self, timeout: float) -> bool:
        """Wait (at most ``timeout`` s) for a worker stopped from outside to be gone; True if
        none is running then (for tests)."""
        return self._process.wait_until_gone(timeout)

    def start(self) -> None:
        """Start the worker now, not with the first job (e.g. while that job's input is being
        made); WorkerJobError (NOT_STARTED) if it cannot be started."""
        self._process.start(self.start_timeout)

    def close(self) -> None:
        """Stop the worker. Safe to call twice; a job still running in another thread fails."""
        self._process.close()

    def _run_job(self, send: Callable[[Channel], None], receive: Callable[[Channel], T]) -> T:
        return self._process.run(
            send, receive, timeout=self.timeout, start_timeout=self.start_timeout
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# ------------------------------------------------------------------------- in the worker


def harden_process(memory_limit: int = DEFAULT_MEMORY_LIMIT_BYTES) -> None:
    """First thing in a worker: ignore Ctrl+C, silence warnings, and (on Linux) cap the address
    space at ``memory_limit`` bytes, so a hostile file meets MemoryError, not the whole computer."""
    # Ctrl+C in a terminal goes to the whole process group; the app decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.simplefilter("ignore")
    if sys.platform.startswith("linux"):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_limit
        if hard != resource.RLIM_INFINITY:
            limit = min(hard, limit)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
