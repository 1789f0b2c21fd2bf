"""One job runner: the only way slow work leaves the UI thread.

A job is a plain callable that takes a :class:`Progress` and returns a result. It runs on a plain
Python thread in a named *lane* (one job at a time per lane, in order), never on the UI thread.
What it reports comes back through a :class:`JobHandle`, a QObject living on the UI thread:
``progressed``, then ``finished(result)``, ``failed(exception)`` or ``stopped()``, then ``ended()``.

Why plain threads and not ``QThread``: Qt aborts the whole app when a ``QThread`` object is
destroyed while it runs (closing *Print summary* while it was still making the page did exactly
that), and a ``QThreadPool`` waits for its jobs in its destructor, which can deadlock on the GIL.
Here nothing a dialog owns runs the work: the runner belongs to the window, a handle belongs to the
runner until its job has ended, and a receiver that was deleted in the meantime (a closed dialog)
is simply not told. :meth:`JobRunner.shutdown` cancels everything and waits for the lanes that
write; it never destroys a running thread.

Errors: known trouble (``FolderError``) arrives in ``failed`` as it was raised; anything else is a
bug, logged with its traceback and handed on as a :class:`JobBugError` that says so plainly.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate

log = logging.getLogger(__name__)

T = TypeVar("T")

FOLDER = "folder"  # opening, restoring, emptying the trash, checking, the day's backup
IMPORT = "import"  # adding documents
REPORTS = "reports"  # the summary and the packet
PREVIEW = "preview"  # drawing pages to show: only the newest wish matters
LOAD = "load"  # reading a document to show: only the one chosen last matters
PRINT = "print"  # printing documents
READ = "read"  # reading the pictures of scanned letters (one page at a time)
SEARCH = "search"  # finding what she types: only the newest search matters
TEXT = "text"  # a letter's words read again from its PDF (the folder's PDF worker), to show


@dataclass(frozen=True)
class Lane:
    """How a lane behaves. ``latest_only``: a new job replaces those still waiting.
    ``writes``: its jobs change files, so shutting down waits for them (the others are left to
    end with the process)."""

    name: str
    latest_only: bool = False
    writes: bool = True


LANES: dict[str, Lane] = {lane.name: lane for lane in (
    Lane(FOLDER),
    Lane(IMPORT),
    Lane(REPORTS, writes=False),
    Lane(PREVIEW, latest_only=True, writes=False),
    Lane(LOAD, latest_only=True, writes=False),
    Lane(PRINT),  # a page half-sent to the printer is finished before the app ends
    Lane(READ),  # a page read is stored before the folder closes
    Lane(SEARCH, latest_only=True, writes=False),
    Lane(TEXT, writes=False),  # (a few ms each; the first in a folder starts the worker)
)}


class JobCancelledError(Exception):
    """Raised by :meth:`Progress.check` when Cancel was pressed; the handle says ``stopped``."""


class JobBugError(FolderError):
    """A job failed in a way nobody foresaw (a bug). Logged with its traceback."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(
            translate(
                "Jobs", "Something went wrong. Nothing was lost. The details were written to "
                        "the log file."),
            f"{type(cause).__name__}: {cause}")
        self.cause = cause


class Progress:
    """What a running job holds: say how far it has got, and see whether to stop."""

    def __init__(self, handle: JobHandle[Any]) -> None:
        self._handle = handle
        self.cancel_event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._handle._deliver("progressed", done, total, text)  # noqa: SLF001

    def check(self) -> None:
        """Stop here (with ``JobCancelledError``) if Cancel was pressed."""
        if self.cancelled:
            raise JobCancelledError


Work = Callable[[Progress], T]


class JobHandle(QObject, Generic[T]):
    """One job as the UI thread sees it. Connect before control returns to the event loop."""

    progressed = Signal(int, int, str)  # done, total (0: unknown), what is being done
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # a FolderError (JobBugError for a bug)
    stopped = Signal()  # cancelled before or while it ran
    ended = Signal()  # always last, whatever happened

    _delivered = Signal(str, object)  # from the lane's thread: (signal name, arguments)

    def __init__(self, work: Work[T], lane: Lane, label: str, parent: QObject, *,
                 can_cancel: bool = True) -> None:
        super().__init__(parent)
        self.work = work
        self.lane = lane
        self.label = label
        self.can_cancel = can_cancel
        self.progress = Progress(self)
        self.running = False
        self.done = False
        self.result: T | None = None
        self.error: FolderError | None = None
        self._delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next check (one not started never starts)."""
        self.progress.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    # ------------------------------------------------------------------ lane thread
    def _run(self) -> None:
        if self.cancelled:
            self._deliver("stopped")
            return
        self._deliver("started")
        try:
            result = self.work(self.progress)
        except JobCancelledError:
            self._deliver("stopped")
        except FolderError as exc:
            log.warning("a %s job failed: %s", self.lane.name, type(exc).__name__)
            self._deliver("failed", exc)
        except Exception as exc:  # a bug: logged with its traceback, told plainly
            log.exception("a %s job failed unexpectedly", self.lane.name)
            self._deliver("failed", JobBugError(exc))
        else:
            self._deliver("finished", result)

    def _deliver(self, what: str, *args: object) -> None:
        """Hand a report to the UI thread; if the window is gone, there is no one to tell."""
        if not shiboken6.isValid(self):
            return
        try:
            self._delivered.emit(what, args)
        except RuntimeError:
            log.info("a %s job ended after its window closed", self.lane.name)

    # ------------------------------------------------------------------ UI thread
    def _on_delivered(self, what: str, args: tuple[Any, ...]) -> None:
        if what == "started":
            self.running = True
        elif what == "progressed":
            self.progressed.emit(*args)
        else:
            self.running = False
            self.done = True
            if what == "finished":
                self.result = args[0]
                self.finished.emit(args[0])
            elif what == "failed":
                self.error = args[0]
                self.failed.emit(args[0])
            else:
                self.stopped.emit()
            self.ended.emit()
            self.deleteLater()  # the runner let go when it ended; receivers had their say


READER_GRACE_S = 10.0  # how long closing waits for a cancelled job that only reads


class _LaneThread:
    """Runs the jobs of one lane one after another on a plain Python thread, started when there
    is work and ended when there is none left (an idle app has no extra threads)."""

    def __init__(self, lane: Lane) -> None:
        self.lane = lane
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._waiting: deque[JobHandle[Any]] = deque()
        self._current: JobHandle[Any] | None = None
        self._thread: threading.Thread | None = None

    def submit(self, handle: JobHandle[Any]) -> list[JobHandle[Any]]:
        """Queue ``handle``; returns the waiting jobs it replaced (latest-only lanes)."""
        with self._lock:
            replaced: list[JobHandle[Any]] = []
            if self.lane.latest_only:
                replaced = list(self._waiting)
                self._waiting.clear()
            self._waiting.append(handle)
            if self._thread is None:
                self._idle.clear()
                self._thread = threading.Thread(target=self._drain,
                                                name=f"infusion-desk-{self.lane.name}",
                                                daemon=not self.lane.writes)
                self._thread.start()
        return replaced

    def jobs(self) -> list[JobHandle[Any]]:
        with self._lock:
            return ([self._current] if self._current is not None else []) + list(self._waiting)

    def wait_until_idle(self, timeout: float | None = None) -> bool:
        return self._idle.wait(timeout)

    @property
    def busy(self) -> bool:
        return not self._idle.is_set()

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._current = None
                    self._thread = None
                    self._idle.set()
                    return
                handle = self._waiting.popleft()
                self._current = handle
            try:
                handle._run()  # noqa: SLF001
            except Exception:  # _run reports everything; this is the lane's last guard
                log.exception("the %s lane failed", self.lane.name)


class JobRunner(QObject):
    """The window's one job runner (made before any folder is open: opening is a job)."""

    job_started = Signal(object)  # JobHandle, when it is queued
    job_ended = Signal(object)  # JobHandle

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, _LaneThread] = {}
        self._closed = False

    def start(self, work: Work[T], *, lane: str = FOLDER, label: str = "",
              can_cancel: bool = True) -> JobHandle[T]:
        """Run ``work(progress)`` in ``lane``. ``label`` (plain words, e.g. "Opening the
        folder…") shows the job in the window's progress strip, with Cancel if ``can_cancel``;
        without a label it runs quietly."""
        spec = LANES[lane]
        handle: JobHandle[T] = JobHandle(work, spec, label, self, can_cancel=can_cancel)
        if self._closed:
            handle.cancel()
        lane_thread = self._lanes.get(lane)
        if lane_thread is None:
            lane_thread = self._lanes[lane] = _LaneThread(spec)
        handle.ended.connect(lambda: self.job_ended.emit(handle))
        for replaced in lane_thread.submit(handle):
            replaced.cancel()
            replaced._deliver("stopped")  # noqa: SLF001 - it never runs; say so (queued)
        self.job_started.emit(handle)
        return handle

    @property
    def closed(self) -> bool:
        """Shut down (jobs started now are stopped at once)."""
        return self._closed

    def jobs(self, lane: str | None = None) -> list[JobHandle[Any]]:
        """The jobs running or waiting (in one lane, or in all)."""
        lanes = [self._lanes[lane]] if lane in self._lanes else (
            [] if lane is not None else list(self._lanes.values()))
        return [job for one in lanes for job in one.jobs()]

    def busy(self, lane: str | None = None) -> bool:
        if lane is not None:
            return lane in self._lanes and self._lanes[lane].busy
        return any(one.busy for one in self._lanes.values())

    def cancel_all(self, lane: str | None = None) -> None:
        for job in self.jobs(lane):
            job.cancel()

    def wait_until_idle(self, lane: str | None = None, timeout: float | None = None) -> bool:
        """Block until the lane (or every lane) has nothing left to run. For shutting down and for
        a screen that must let its work finish before the folder closes; tests wait on signals."""
        lanes = [self._lanes[lane]] if lane in self._lanes else (
            [] if lane is not None else list(self._lanes.values()))
        return all(one.wait_until_idle(timeout) for one in lanes)

    def shutdown(self, timeout: float = 60.0) -> bool:
        """Cancel everything, then wait (up to ``timeout`` seconds each) for the lanes that write,
        and a little (``READER_GRACE_S``) for the others, which stop at their next check: a job
        still running when the window and its job handles are deleted would hand its report to
        an object being deleted on another thread. Never destroys a running thread: one that
        overruns ends on its own. True if all the lanes that write ended."""
        self._closed = True
        self.cancel_all()
        ended = True
        for one in self._lanes.values():
            if one.lane.writes and not one.wait_until_idle(timeout):
                log.warning("the %s lane did not stop in time", one.lane.name)
                ended = False
            elif not one.lane.writes and not one.wait_until_idle(READER_GRACE_S):
                log.warning("the %s lane was still reading when the window closed",
                            one.lane.name)
        return ended


def usable(runner: JobRunner) -> bool:
    """Whether ``runner`` still takes jobs (not shut down, not deleted with its window)."""
    return shiboken6.isValid(runner) and not runner.closed
