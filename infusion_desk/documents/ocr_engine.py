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
import time

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.core.ocr import OcrPage, OcrWord
from infusion_desk.documents import ocr_worker
from infusion_desk.documents.worker_process import (
    Channel,
    WorkerEngine,
    WorkerFailure,
    WorkerJobError,
    WorkerProcess,
    WorkerTarget,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
DEFAULT_START_TIMEOUT = 60.0
_MAX_REPLY_BYTES = 256 * 1024**2
_ROTATIONS = (0, 90, 180, 270)

NOTE_TOO_SLOW = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This page took too long to read, so it was stopped. The letter is "
        "kept as it is; you can type what it says.")
)
NOTE_CRASHED = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "The page reader stopped while reading this page. The letter is kept "
        "as it is; you can type what it says.")
)
# Also what a caller may show for a page that was never read because the reader could not start.
NOTE_NO_READER = QT_TRANSLATE_NOOP(
    "DocumentNotes",
    "The page reader could not be started, so this page was not read.")

_NOTE_OF_FAILURE = {
    WorkerFailure.NOT_STARTED: NOTE_NO_READER,
    WorkerFailure.TIMED_OUT: NOTE_TOO_SLOW,
    WorkerFailure.CRASHED: NOTE_CRASHED,
}


class OcrEngine(WorkerEngine):
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
        process = WorkerProcess(
            worker or ocr_worker.serve,
            label="OCR",
            owner="OcrEngine",
            max_reply_bytes=_MAX_REPLY_BYTES,
        )
        super().__init__(process, timeout=timeout, start_timeout=start_timeout)

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

        def send(channel: Channel) -> None:
            channel.send(json.dumps({"op": "read", "index": index}).encode())
            channel.send(image)

        def receive(channel: Channel) -> OcrPage:
            started = time.monotonic()
            page = parse_reply(channel.receive())
            log.debug(
                "page read in %.2f s: %d words, turned %d", time.monotonic() - started,
                len(page.words), page.rotated_by,
            )
            return page

        try:
            return self._run_job(send, receive)
        except WorkerJobError as failure:
            return OcrPage(text="", note=_NOTE_OF_FAILURE[failure.failure])

    def warm_up(self) -> None:
        """Start the worker now (it loads the models), so the first page does not wait for it."""
        with contextlib.suppress(WorkerJobError):  # the first page tries again, says so
            self._process.start(self.start_timeout)


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
