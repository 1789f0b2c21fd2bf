"""The PDF worker: the only code that touches PDFium, run in its own process.

PDFium is not thread-safe and a hostile PDF can crash or hang it, so it never runs in the app's
process. :class:`~infusion_desk.documents.pdf_engine.PdfEngine` starts :func:`serve` in a child
process and talks to it over a pipe, one job at a time:

* request: a JSON header (``op``, ``key``, ``has_data``, ``page``, ``scale``), then the PDF bytes
  when ``has_data`` is true (the worker keeps the last document, so paging through one letter sends
  it once);
* reply: a JSON header (``status``, ``page_count``, ``pages``, ``image``), then PNG bytes (a
  thumbnail: JPEG) when ``image`` is true.

Replies are JSON and raw bytes, never pickles, so even a worker taken over by a malicious PDF
cannot run code in the app by what it sends back.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from multiprocessing.connection import Connection
from typing import Protocol, cast

from PIL import Image

from infusion_desk.documents.flatten import (
    THUMBNAIL_MAX_HEIGHT,
    THUMBNAIL_WIDTH,
    on_white,
    thumbnail_bytes,
)
from infusion_desk.documents.worker_process import READY, harden_process

log = logging.getLogger(__name__)

MAX_RENDER_PIXELS = 40_000_000  # about a letter page at 600 dpi; a hostile page size is clamped
MAX_RENDER_SCALE = 16.0
MEMORY_LIMIT_BYTES = 4 * 1024**3

STATUS_OK = "ok"
STATUS_PASSWORD = "password"
STATUS_UNREADABLE = "unreadable"


class _Bitmap(Protocol):
    def to_pil(self) -> Image.Image: ...
    def close(self) -> None: ...


class _TextPage(Protocol):
    def get_text_bounded(self) -> str: ...
    def close(self) -> None: ...


class _Page(Protocol):
    def get_size(self) -> tuple[float, float]: ...
    def get_rotation(self) -> int: ...
    def get_textpage(self) -> _TextPage: ...
    def render(
        self, *, scale: float, fill_color: tuple[int, int, int, int], may_draw_forms: bool
    ) -> _Bitmap: ...
    def close(self) -> None: ...


class _Document(Protocol):
    """The small part of ``pypdfium2.PdfDocument`` used here (pypdfium2 ships no types)."""

    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> _Page: ...
    def init_forms(self) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Job:
    op: str
    key: str
    data: bytes | None
    page: int = 0
    scale: float = 1.0


@dataclass(frozen=True)
class Reply:
    status: str
    page_count: int = 0
    pages: tuple[str, ...] = ()
    image: bytes | None = None

    def header(self) -> bytes:
        return json.dumps(
            {
                "status": self.status,
                "page_count": self.page_count,
                "pages": list(self.pages),
                "image": self.image is not None,
            }
        ).encode("utf-8")


def serve(conn: Connection, *, before_job: Callable[[Job], None] | None = None) -> None:
    """Answer jobs until told to quit or until the app goes away. Runs in the child process.

    ``before_job`` is a seam for tests that need a worker which crashes or hangs on cue.
    """
    harden_process(MEMORY_LIMIT_BYTES)
    import pypdfium2  # noqa: F401 - load PDFium here, in the worker, never in the app

    session = _Session()
    conn.send_bytes(READY)
    while True:
        try:
            job = _receive_job(conn)
        except (EOFError, OSError, ValueError):
            return  # the app closed the pipe (or died): nothing left to do
        if job is None:
            return
        if before_job is not None:
            before_job(job)
        reply = session.run(job)
        try:
            conn.send_bytes(reply.header())
            if reply.image is not None:
                conn.send_bytes(reply.image)
        except (OSError, ValueError):
            return


def _receive_job(conn: Connection) -> Job | None:
    header = json.loads(conn.recv_bytes())
    if not isinstance(header, dict) or header.get("op") == "quit":
        return None
    data = conn.recv_bytes() if header.get("has_data") is True else None
    page = header.get("page", 0)
    scale = header.get("scale", 1.0)
    return Job(
        op=str(header.get("op")),
        key=str(header.get("key")),
        data=data,
        page=page if isinstance(page, int) else -1,
        scale=float(scale) if isinstance(scale, int | float) else 0.0,
    )


class _Session:
    """The worker's state: the last document opened, kept for the next page."""

    def __init__(self) -> None:
        self._key = ""
        self._pdf: _Document | None = None

    def run(self, job: Job) -> Reply:
        try:
            status = self._load(job)
            if status != STATUS_OK:
                return Reply(status)
            if job.op == "inspect":
                return self._inspect()
            if job.op == "text":  # its pages' text only, read again (no thumbnail drawn)
                return self._texts()
            if job.op == "render":
                return self._render(job.page, job.scale)
        except Exception as exc:  # noqa: BLE001 - any Python-level failure is "unreadable"
            log.info("PDF job failed: %s", type(exc).__name__)
            self._forget()
        return Reply(STATUS_UNREADABLE)

    def _load(self, job: Job) -> str:
        if job.data is None:
            known = job.key == self._key and self._pdf is not None
            return STATUS_OK if known else STATUS_UNREADABLE
        import pypdfium2 as pdfium

        self._forget()
        try:
            pdf = cast(_Document, pdfium.PdfDocument(job.data))
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
                return STATUS_PASSWORD
            return STATUS_UNREADABLE
        with contextlib.suppress(pdfium.PdfiumError):
            pdf.init_forms()  # so filled-in forms show their answers; must precede page loads
        self._key, self._pdf = job.key, pdf
        return STATUS_OK

    def _open_document(self) -> _Document:
        if self._pdf is None:
            raise RuntimeError("no document is open")
        return self._pdf

    def _forget(self) -> None:
        if self._pdf is not None:
            with contextlib.suppress(Exception):  # closing a broken document must not fail
                self._pdf.close()
        self._key, self._pdf = "", None

    def _inspect(self) -> Reply:
        pdf = self._open_document()
        page_count = len(pdf)
        pages = tuple(_page_text(pdf, index) for index in range(page_count))
        thumbnail = _render_png(pdf, 0, None, fast=False) if page_count else None
        return Reply(STATUS_OK, page_count, pages, thumbnail)

    def _texts(self) -> Reply:
        pdf = self._open_document()
        return Reply(STATUS_OK, len(pdf), tuple(_page_text(pdf, i) for i in range(len(pdf))))

    def _render(self, page_index: int, scale: float) -> Reply:
        pdf = self._open_document()
        page_count = len(pdf)
        if not 0 <= page_index < page_count or not 0 < scale <= MAX_RENDER_SCALE:
            return Reply(STATUS_UNREADABLE, page_count)
        return Reply(STATUS_OK, page_count, (), _render_png(pdf, page_index, scale, fast=True))


def _page_text(pdf: _Document, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_bounded())
        finally:
            textpage.close()
    finally:
        page.close()


def _render_png(pdf: _Document, index: int, scale: float | None, *, fast: bool) -> bytes:
    """Page ``index`` drawn on white; ``scale`` None means thumbnail size."""
    page = pdf[index]
    try:
        width, height = (float(side) for side in page.get_size())
        if int(page.get_rotation()) in (90, 270):
            width, height = height, width
        if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
            raise ValueError("page has no size")
        thumbnail = scale is None
        if scale is None:
            scale = min(THUMBNAIL_WIDTH / width, THUMBNAIL_MAX_HEIGHT / height)
        pixels = width * height * scale * scale
        if pixels > MAX_RENDER_PIXELS:
            scale *= math.sqrt(MAX_RENDER_PIXELS / pixels)
        bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), may_draw_forms=True)
        try:
            image = bitmap.to_pil()
            if not isinstance(image, Image.Image):
                raise TypeError("render gave no image")
            if thumbnail:  # a small JPEG
                return thumbnail_bytes(image)
            buffer = BytesIO()
            # A thumbnail at level 3 is smaller than at 6 for letters, in 60 % of the time.
            on_white(image).save(buffer, format="PNG", compress_level=1 if fast else 3)
            return buffer.getvalue()
        finally:
            bitmap.close()
    finally:
        page.close()
