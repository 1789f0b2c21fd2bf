"""Read and draw PDFs in a separate worker process, one job at a time, with a time limit.

Why: PDFium is not thread-safe, and a hostile PDF can crash or hang it. Here a crash or a hang
costs one job (the caller gets a "could not be read" result) and a restart of the worker; the app
lives on. The worker stays alive between jobs because starting a process costs far more than
reading a letter.

A frozen app (PyInstaller) must call ``multiprocessing.freeze_support()`` first thing in its
``main()``, as for any "spawn" child process.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import multiprocessing
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Self

from infusion_desk.documents import pdf_worker

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0
DEFAULT_START_TIMEOUT = 60.0
_MAX_REPLY_BYTES = 1024**3
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

WorkerTarget = Callable[[Connection], None]


class PdfStatus(enum.Enum):
    OK = "ok"
    PASSWORD = "password"
    UNREADABLE = "unreadable"
    CRASHED = "crashed"
    TIMED_OUT = "timed_out"


@dataclass(frozen=True)
class PdfInfo:
    """What the worker found in a PDF. Anything but ``OK`` leaves the other fields empty."""

    status: PdfStatus
    page_count: int = 0
    pages: tuple[str, ...] = ()
    thumbnail: bytes | None = None


class _JobFailedError(Exception):
    def __init__(self, status: PdfStatus) -> None:
        super().__init__(status.value)
        self.status = status


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    stop: Callable[[], object]  # a weakref.finalize: runs once, also at exit
    cached_key: str = ""


class PdfEngine:
    """The one door to PDFium. Thread-safe: jobs from several threads wait their turn.

    ``timeout`` (seconds, per job) may be changed between jobs. ``worker`` replaces the worker's
    entry point, for tests; it must be importable by name in a fresh process.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        start_timeout: float = DEFAULT_START_TIMEOUT,
        worker: WorkerTarget | None = None,
    ) -> None:
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._target: WorkerTarget = worker or pdf_worker.serve
        self._lock = threading.Lock()
        self._worker: _Worker | None = None
        self._closed = False

    # -------------------------------------------------------------------------------- public

    def inspect(self, data: bytes) -> PdfInfo:
        """Page count, the text of every page and a first-page thumbnail (PNG, 240 px wide)."""
        try:
            header, image = self._run({"op": "inspect"}, data)
        except _JobFailedError as failure:
            return PdfInfo(failure.status)
        status = PdfStatus(header.status)
        if status is not PdfStatus.OK:
            return PdfInfo(status)
        return PdfInfo(status, header.page_count, header.pages, image)

    def render(self, data: bytes, page_index: int, scale: float) -> bytes | None:
        """PNG of one page drawn on white, ``scale`` pixels per point; None if it cannot be."""
        try:
            header, image = self._run({"op": "render", "page": page_index, "scale": scale}, data)
        except _JobFailedError:
            return None
        return image if header.status == PdfStatus.OK.value else None

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id while one is running (for logs and tests)."""
        worker = self._worker
        return worker.process.pid if worker is not None and worker.process.is_alive() else None

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

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------------------- private

    def _run(self, request: dict[str, object], data: bytes) -> tuple[_ReplyHeader, bytes | None]:
        key = hashlib.sha256(data).hexdigest()
        with self._lock:
            if self._closed:
                raise RuntimeError("This PdfEngine has been closed.")
            # A worker that died between jobs (killed, out of memory) is not this PDF's fault:
            # start a fresh one and try once more.
            for attempt in range(2):
                worker = self._ensure_worker()
                try:
                    self._send(worker, request, key, data)
                except (OSError, ValueError):
                    self._discard_worker(graceful=False)
                    if attempt == 0:
                        continue
                    raise _JobFailedError(PdfStatus.CRASHED) from None
                return self._receive(worker, key)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, worker: _Worker, request: dict[str, object], key: str, data: bytes) -> None:
        if not worker.process.is_alive():
            raise BrokenPipeError("worker is gone")
        send_data = worker.cached_key != key
        worker.cached_key = ""
        header = {**request, "key": key, "has_data": send_data}
        worker.conn.send_bytes(json.dumps(header).encode("utf-8"))
        if send_data:
            worker.conn.send_bytes(data)

    def _receive(self, worker: _Worker, key: str) -> tuple[_ReplyHeader, bytes | None]:
        deadline = time.monotonic() + self.timeout
        try:
            header = _ReplyHeader.parse(self._receive_bytes(worker, deadline))
            image = self._receive_bytes(worker, deadline) if header.image else None
        except TimeoutError:
            log.warning("PDF worker took longer than %.1f s; restarting it", self.timeout)
            self._discard_worker(graceful=False)
            raise _JobFailedError(PdfStatus.TIMED_OUT) from None
        except (EOFError, OSError, ValueError) as exc:
            log.warning("PDF worker failed (%r); restarting it", exc)
            self._discard_worker(graceful=False)
            raise _JobFailedError(PdfStatus.CRASHED) from None
        if image is not None and not image.startswith(_PNG_SIGNATURE):
            self._discard_worker(graceful=False)
            raise _JobFailedError(PdfStatus.CRASHED)
        if header.status == PdfStatus.OK.value:
            worker.cached_key = key
        return header, image

    @staticmethod
    def _receive_bytes(worker: _Worker, deadline: float) -> bytes:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not worker.conn.poll(remaining):
            raise TimeoutError
        return worker.conn.recv_bytes(_MAX_REPLY_BYTES)

    def _ensure_worker(self) -> _Worker:
        if self._worker is not None:
            return self._worker
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=self._target, args=(child_end,), name="infusion-desk-pdf", daemon=True
        )
        try:
            process.start()
        except Exception as exc:  # e.g. a frozen app without freeze_support()
            log.error("the PDF worker could not be started: %r", exc)
            parent_end.close()
            raise _JobFailedError(PdfStatus.CRASHED) from exc
        finally:
            child_end.close()
        stop = weakref.finalize(self, _stop_worker, process, parent_end)
        worker = _Worker(process, parent_end, stop)
        try:
            ready = parent_end.poll(self.start_timeout) and parent_end.recv_bytes(1024)
        except (EOFError, OSError):
            ready = False
        if ready != pdf_worker.READY:
            log.error("the PDF worker did not start properly")
            stop()
            raise _JobFailedError(PdfStatus.CRASHED)
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
            conn.send_bytes(b'{"op": "quit"}')
            process.join(1.0)
    except (OSError, ValueError):
        pass
    if process.is_alive():
        process.kill()
        process.join(5.0)
    conn.close()


@dataclass(frozen=True)
class _ReplyHeader:
    """A worker's reply, checked field by field: the worker is not trusted."""

    status: str
    page_count: int
    pages: tuple[str, ...]
    image: bool

    @classmethod
    def parse(cls, raw: bytes) -> _ReplyHeader:
        decoded: object = json.loads(raw)
        if not isinstance(decoded, dict):
            raise ValueError("reply is not an object")
        status = decoded.get("status")
        page_count = decoded.get("page_count")
        pages = decoded.get("pages")
        image = decoded.get("image")
        if status not in {s.value for s in PdfStatus}:
            raise ValueError(f"unknown status {status!r}")
        if not isinstance(page_count, int) or isinstance(page_count, bool) or page_count < 0:
            raise ValueError("bad page count")
        if not isinstance(pages, list) or not all(isinstance(page, str) for page in pages):
            raise ValueError("bad pages")
        if not isinstance(image, bool):
            raise ValueError("bad image flag")
        return cls(str(status), page_count, tuple(str(page) for page in pages), image)
