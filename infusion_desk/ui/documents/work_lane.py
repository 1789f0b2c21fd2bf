"""A lane for slow work: jobs run one at a time, in order, on a background thread.

A plain Python thread, not a ``QThread``: Qt aborts the whole app when a ``QThread`` object is
destroyed while it runs (for example when the window closes during an import), and a
``QThreadPool`` waits for its jobs in its destructor, which can deadlock on the GIL. The thread
starts when there is work and ends when there is none left, so an idle app has no extra thread.
Jobs report back through Qt signals of objects living in the GUI thread; Qt queues those
deliveries to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

Job = Callable[[], None]


class WorkLane:
    """Runs jobs one after another off the GUI thread.

    ``latest_only``: a new job replaces the ones still waiting (for previews: only the page the
    person looks at now matters). ``daemon``: whether Python may stop the thread at exit without
    waiting for it (never for work that writes).
    """

    def __init__(self, name: str, *, latest_only: bool = False, daemon: bool = False) -> None:
        self.name = name
        self._latest_only = latest_only
        self._daemon = daemon
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._waiting: deque[Job] = deque()
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        with self._lock:
            if self._latest_only:
                self._waiting.clear()
            self._waiting.append(job)
            if self._thread is None:
                self._idle.clear()
                self._thread = threading.Thread(target=self._drain, name=self.name,
                                                 daemon=self._daemon)
                self._thread.start()

    def discard_waiting(self) -> int:
        """Drop the jobs not started yet; return how many there were."""
        with self._lock:
            count = len(self._waiting)
            self._waiting.clear()
            return count

    @property
    def busy(self) -> bool:
        return not self._idle.is_set()

    def wait_until_idle(self, timeout: float | None = None) -> bool:
        """Block until every job has run (for shutting down and for tests)."""
        return self._idle.wait(timeout)

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._thread = None
                    self._idle.set()
                    return
                job = self._waiting.popleft()
            try:
                job()
            except Exception:  # a bug in a job must not take the lane down with it
                log.exception("background job failed in %s", self.name)
