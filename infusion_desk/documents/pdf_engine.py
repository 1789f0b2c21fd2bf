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
from dataclasses import dataclass

from infusion_desk.documents import pdf_worker
from infusion_desk.documents.worker_process import (
    Channel,
    WorkerEngine,
    WorkerFailure,
    WorkerJobError,
    WorkerProcess,
    WorkerTarget,
)

DEFAULT_TIMEOUT = 20.0
DEFAULT_START_TIMEOUT = 60.0
_MAX_REPLY_BYTES = 1024**3
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"  # a thumbnail


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


# A worker that could not start counts as a crash: the PDF gets the same "could not be read".
_STATUS_OF_FAILURE = {
    WorkerFailure.NOT_STARTED: PdfStatus.CRASHED,
    WorkerFailure.TIMED_OUT: PdfStatus.TIMED_OUT,
    WorkerFailure.CRASHED: PdfStatus.CRASHED,
}


class PdfEngine(WorkerEngine):
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
        process = WorkerProcess(
            worker or pdf_worker.serve,
            label="PDF",
            owner="PdfEngine",
            max_reply_bytes=_MAX_REPLY_BYTES,
        )
        super().__init__(process, timeout=timeout, start_timeout=start_timeout)

    # -------------------------------------------------------------------------------- public

    def inspect(self, data: bytes) -> PdfInfo:
        """Page count, the text of every page and a first-page thumbnail (a small JPEG)."""
        try:
            header, image = self._run({"op": "inspect"}, data)
        except WorkerJobError as failure:
            return PdfInfo(_STATUS_OF_FAILURE[failure.failure])
        status = PdfStatus(header.status)
        if status is not PdfStatus.OK:
            return PdfInfo(status)
        return PdfInfo(status, header.page_count, header.pages, image)

    def texts(self, data: bytes) -> PdfInfo:
        """Page count and the text of every page, nothing drawn (a PDF's text read again)."""
        try:
            header, _image = self._run({"op": "text"}, data)
        except WorkerJobError as failure:
            return PdfInfo(_STATUS_OF_FAILURE[failure.failure])
        status = PdfStatus(header.status)
        if status is not PdfStatus.OK:
            return PdfInfo(status)
        return PdfInfo(status, header.page_count, header.pages)

    def render(self, data: bytes, page_index: int, scale: float) -> bytes | None:
        """PNG of one page drawn on white, ``scale`` pixels per point; None if it cannot be."""
        try:
            header, image = self._run({"op": "render", "page": page_index, "scale": scale}, data)
        except WorkerJobError:
            return None
        return image if header.status == PdfStatus.OK.value else None

    # ------------------------------------------------------------------------------- private

    def _run(self, request: dict[str, object], data: bytes) -> tuple[_ReplyHeader, bytes | None]:
        key = hashlib.sha256(data).hexdigest()

        def send(channel: Channel) -> None:
            # The worker keeps the last document it opened: paging through one sends it once.
            send_data = channel.memo != key
            channel.memo = ""
            header = {**request, "key": key, "has_data": send_data}
            channel.send(json.dumps(header).encode("utf-8"))
            if send_data:
                channel.send(data)

        def receive(channel: Channel) -> tuple[_ReplyHeader, bytes | None]:
            header = _ReplyHeader.parse(channel.receive())
            image = channel.receive() if header.image else None
            if image is not None and not image.startswith((_PNG_SIGNATURE, _JPEG_SIGNATURE)):
                raise ValueError("the image is neither a PNG nor a JPEG")
            if header.status == PdfStatus.OK.value:
                channel.memo = key
            return header, image

        return self._run_job(send, receive)


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
