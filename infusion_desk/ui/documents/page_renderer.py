"""Drawing document pages off the GUI thread, newest wish first.

PDF pages are drawn by the documents package's PDF engine (PDFium in its own process, one job
at a time), never by PDFium inside the app. Pictures are decoded with Pillow. Both happen on a
lane of the window's job runner that keeps only the latest request: paging quickly through a
letter draws the page she stops at, not every page on the way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter

from infusion_desk.core.scans import PageMarks
from infusion_desk.documents import PdfEngine, render_page
from infusion_desk.documents.picture_pages import picture_page
from infusion_desk.ui.jobs import PREVIEW, PRINT, JobHandle, JobRunner, Progress, usable

MARK_COLOUR = QColor(255, 214, 0, 110)  # semi-transparent yellow over the words a search found


@dataclass(frozen=True, eq=False)
class PageRequest:
    token: int  # which wish this answers (the preview ignores answers to older wishes)
    data: bytes
    name: str  # the file's name, to tell a picture's type
    is_pdf: bool
    page: int  # 0-based
    scale: float = 1.0  # PDF: pixels per point
    width: int | None = None  # picture: at most this many pixels wide


@dataclass(frozen=True, eq=False)
class RenderedPage:
    token: int
    page: int
    image: QImage | None  # None: this page cannot be drawn
    natural_width: float = 0.0  # PDF: points; picture: its own pixels
    natural_height: float = 0.0
    page_count: int = 0  # pictures: how many pages the file has (TIFF scans)


def draw(request: PageRequest, engine: PdfEngine | None) -> RenderedPage:
    """Do the drawing now, on the calling thread."""
    if request.is_pdf:
        png = render_page(request.data, request.page, request.scale, engine)
        image = QImage.fromData(png) if png else QImage()
        if image.isNull():
            return RenderedPage(request.token, request.page, None)
        return RenderedPage(request.token, request.page, image,
                            image.width() / request.scale, image.height() / request.scale)
    page = picture_page(request.data, request.name, request.page, max_width=request.width)
    if page is None:
        return RenderedPage(request.token, request.page, None)
    image = QImage(page.rgb, page.width, page.height, page.width * 3,
                   QImage.Format.Format_RGB888).copy()  # copy: own the pixels
    return RenderedPage(request.token, request.page, image, page.full_width, page.full_height,
                        page.page_count)


class PageRenderer(QObject):
    """Draws pages in the background; ``page_rendered`` arrives on the GUI thread."""

    page_rendered = Signal(object)  # RenderedPage

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._waiting: set[JobHandle[RenderedPage]] = set()
        self._engine_lock = threading.Lock()
        self._engine: PdfEngine | None = None  # thread-safe itself: jobs wait their turn
        self.engine_factory: Callable[[], PdfEngine] = PdfEngine
        self.owns_engine = True  # close the engine in close() (tests share one and say False)

    def request(self, wish: PageRequest) -> None:
        """Draw a page in the preview lane (a newer wish replaces one not started yet)."""
        job = self.jobs.start(lambda _progress: self._draw(wish), lane=PREVIEW)
        self._waiting.add(job)
        job.finished.connect(self.page_rendered)
        job.ended.connect(self._on_job_ended)

    def engine(self) -> PdfEngine:
        """The PDF engine pages are drawn with (started the first time it is needed). Printing
        uses it too: the engine takes one job at a time, whichever thread asks."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = self.engine_factory()
            return self._engine

    def _draw(self, wish: PageRequest) -> RenderedPage:
        return draw(wish, self.engine() if wish.is_pdf else None)

    def _on_job_ended(self) -> None:
        self._waiting.discard(self.sender())

    def close(self) -> None:
        """Stop the PDF engine once the page being drawn is done (the screen is going away)."""
        for job in list(self._waiting):
            job.cancel()
        self._waiting.clear()
        if not self.owns_engine:
            return
        if usable(self.jobs):  # in the print lane: printing shares the engine
            self.jobs.start(self._close_engine, lane=PRINT)
        else:  # the window is closing: no lane will take it, so close it here
            self._close_engine()

    def _close_engine(self, _progress: Progress | None = None) -> None:
        with self._engine_lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()

    def wait_until_idle(self, timeout: float = 10.0) -> bool:
        return self.jobs.wait_until_idle(PREVIEW, timeout)


def marked(image: QImage, marks: PageMarks) -> QImage:
    """A copy of a page picture with the words a search found highlighted. The boxes are in
    pixels of the picture that was read; they are scaled to the size drawn here."""
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    sx = out.width() / max(1, marks.width)
    sy = out.height() / max(1, marks.height)
    painter = QPainter(out)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOUR)
        for box in marks.boxes:
            pad = 2
            painter.drawRect(round(box.left * sx) - pad, round(box.top * sy) - pad,
                             max(1, round(box.width * sx)) + 2 * pad,
                             max(1, round(box.height * sy)) + 2 * pad)
    finally:
        painter.end()
    return out
