"""Read page pictures with Tesseract in a separate worker process, one page at a time.

Why a process: Tesseract is native code, a strange picture can make it very slow, and it must
never hold up or bring down the window. Here a page that takes longer than :attr:`timeout`
(30 s) stops the worker, and the page comes back unread with a note; a crash costs that one page
and a restart. The worker stays alive between pages (loading the models costs 0.1-0.3 s) and
keeps one Tesseract.

Like :class:`~infusion_desk.documents.pdf_engine.PdfEngine`: create one per batch or window,
close it when done (it is a context manager); several threads may share it and take turns. A
frozen app must call ``multiprocessing.freeze_support()`` first thing in ``main()``.
"""

from __future__ import annotations

import contextlib
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

from infusion_desk.core.ocr import OcrPage, OcrWord
from infusion_desk.documents import ocr_worker

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
DEFAULT_START_TIMEOUT = 60.0
_MAX_REPLY_BYTES = 256 * 1024**2
_ROTATIONS = (0, 90, 180, 270)

NOTE_TOO_SLOW = (
    "This page took too long to read, so it was stopped. The letter is kept as it is; "
    "you can type what it says."
)
NOTE_CRASHED = (
    "The page reader stopped while reading this page. The letter is kept as it is; "
    "you can type what it says."
)
# Also what a caller may show for a page that was never read because the reader could not start.
NOTE_NO_READER = "The page reader could not be started, so this page was not read."

WorkerTarget = Callable[[Connection], None]


class _JobFailedError(Exception):
    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    stop: Callable[[], object]  # a weakref.finalize: runs once, also at exit


class OcrEngine:
    """The one door to Tesseract; implements :class:`infusion_desk.core.ocr.PageReader`.

    Thread-safe: pages from several threads wait their turn. ``timeout`` (seconds, per page) may
    be changed between pages. ``worker`` replaces the worker's entry point, for tests; it must be
    importable by name in a fresh process.
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
        self._target: WorkerTarget = worker or ocr_worker.serve
        self._lock = threading.Lock()
        self._worker: _Worker | None = None
        self._closed = False

    # -------------------------------------------------------------------------------- public

    def read_page(self, image: bytes, *, index: int = 0) -> OcrPage:
        """Read one page picture (PNG, JPEG, TIFF, HEIC … bytes; ``index`` picks a page of a
        multi-page TIFF). Never raises for a bad, huge, blank or slow picture: the page comes
        back with an empty text and a plain ``note`` instead.

        Coordinates: ``image_width`` x ``image_height`` is the picture as the app shows it —
        full size, turned upright by its EXIF orientation (as ``documents.picture_pages`` and
        the thumbnails do), not shrunk. Every word box is in pixels of that picture, origin top
        left, whatever was done to read it (shrinking a huge picture, turning a sideways or
        upside-down page): draw them straight onto the picture shown.

        ``rotated_by`` says how many degrees, clockwise, the picture was turned to be read
        upright (0, 90, 180 or 270); the boxes do not need it. It is 0 too when Tesseract read a
        sideways page well as it was (it can), so it is a hint for showing, not a promise.
        """
        try:
            return self._run(image, index)
        except _JobFailedError as failure:
            return OcrPage(text="", note=failure.note)

    def warm_up(self) -> None:
        """Start the worker now (it loads the models), so the first page does not wait for it."""
        with self._lock:
            if self._closed:
                raise RuntimeError("This OcrEngine has been closed.")
            with contextlib.suppress(_JobFailedError):  # the first page tries again, says so
                self._ensure_worker()

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id while one is running (for logs, tests and the benchmark)."""
        worker = self._worker
        return worker.process.pid if worker is not None and worker.process.is_alive() else None

    def close(self) -> None:
        """Stop the worker. Safe to call twice; a page still being read in another thread fails."""
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

    def _run(self, image: bytes, index: int) -> OcrPage:
        with self._lock:
            if self._closed:
                raise RuntimeError("This OcrEngine has been closed.")
            # A worker that died between pages (killed, out of memory) is not this page's
            # fault: start a fresh one and try once more.
            for attempt in range(2):
                worker = self._ensure_worker()
                try:
                    if not worker.process.is_alive():
                        raise BrokenPipeError("worker is gone")
                    worker.conn.send_bytes(json.dumps({"op": "read", "index": index}).encode())
                    worker.conn.send_bytes(image)
                except (OSError, ValueError):
                    self._discard_worker(graceful=False)
                    if attempt == 0:
                        continue
                    raise _JobFailedError(NOTE_CRASHED) from None
                return self._receive(worker)
        raise AssertionError("unreachable")  # pragma: no cover

    def _receive(self, worker: _Worker) -> OcrPage:
        started = time.monotonic()
        try:
            if not worker.conn.poll(self.timeout):
                raise TimeoutError
            raw = worker.conn.recv_bytes(_MAX_REPLY_BYTES)
            page = parse_reply(raw)
        except TimeoutError:
            log.warning("OCR worker took longer than %.1f s on a page; restarting it", self.timeout)
            self._discard_worker(graceful=False)
            raise _JobFailedError(NOTE_TOO_SLOW) from None
        except (EOFError, OSError, ValueError, TypeError) as exc:
            log.warning("OCR worker failed (%s); restarting it", type(exc).__name__)
            self._discard_worker(graceful=False)
            raise _JobFailedError(NOTE_CRASHED) from None
        log.debug(
            "page read in %.2f s: %d words, turned %d", time.monotonic() - started,
            len(page.words), page.rotated_by,
        )
        return page

    def _ensure_worker(self) -> _Worker:
        if self._worker is not None:
            return self._worker
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=self._target, args=(child_end,), name="infusion-desk-ocr", daemon=True
        )
        try:
            process.start()
        except Exception as exc:  # e.g. a frozen app without freeze_support()
            log.error("the OCR worker could not be started: %r", exc)
            parent_end.close()
            raise _JobFailedError(NOTE_NO_READER) from exc
        finally:
            child_end.close()
        stop = weakref.finalize(self, _stop_worker, process, parent_end)
        worker = _Worker(process, parent_end, stop)
        try:
            ready = parent_end.poll(self.start_timeout) and parent_end.recv_bytes(1024)
        except (EOFError, OSError):
            ready = False
        if ready != ocr_worker.READY:
            log.error("the OCR worker did not start properly")
            stop()
            raise _JobFailedError(NOTE_NO_READER)
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


def parse_reply(raw: bytes) -> OcrPage:
    """A worker's reply, checked field by field (the worker is not trusted): ValueError if off."""
    decoded: object = json.loads(raw)
    if not isinstance(decoded, dict) or decoded.get("status") != ocr_worker.STATUS_OK:
        raise ValueError("reply is not a reading")
    text = _text(decoded, "text")
    note = _text(decoded, "note")
    width = _count(decoded.get("width"))
    height = _count(decoded.get("height"))
    rotated_by = _count(decoded.get("rotated_by"))
    if rotated_by not in _ROTATIONS:
        raise ValueError("bad rotation")
    confidence = _number(decoded.get("confidence"))
    raw_words = decoded.get("words")
    if not isinstance(raw_words, list):
        raise ValueError("bad words")
    words = tuple(_word(item) for item in raw_words)
    return OcrPage(
        text=text,
        words=words,
        image_width=width,
        image_height=height,
        rotated_by=rotated_by,
        confidence=confidence,
        note=note,
        languages=ocr_worker.LANGUAGES,
    )


def _text(decoded: dict[str, object], name: str) -> str:
    value = decoded.get(name)
    if not isinstance(value, str):
        raise ValueError(f"bad {name}")
    return value


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("bad count")
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise ValueError("bad confidence")
    return float(value)


def _word(item: object) -> OcrWord:
    if not isinstance(item, list) or len(item) != 6 or not isinstance(item[0], str):
        raise ValueError("bad word")
    text, left, top, width, height, confidence = item
    return OcrWord(text, _count(left), _count(top), _count(width), _count(height),
                   _number(confidence))
