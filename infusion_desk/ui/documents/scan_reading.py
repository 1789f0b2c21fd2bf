"""Reading scanned letters in the background: one job in the "read" lane of the window's job runner.

Started when a folder opens with letters waiting to be read (after an upgrade, or a window
closed before it had read what was dropped), after each import batch, and by *Read scans that
have no text yet*. The letter shows at once; a dropped PDF is opened first (its own text: no
reader needed), then pictures are read page by page, and every view refreshes through the
folder's change announcements. The job says "Reading the letter… page 2 of 3" in the status bar
and stops between pages on Cancel. A PDF found damaged or locked when it is opened is said in the
status bar when the job ends. The page reader (Tesseract in its own process) is made by
``ctx.page_reader_factory``; without one, PDFs are still opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from infusion_desk.core.i18n import translate
from infusion_desk.core.ocr import PageReader
from infusion_desk.core.scans import is_unopened
from infusion_desk.services.scans import ReadingProgress, ReadingResult, read_waiting_documents
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.jobs import READ, JobHandle, Progress, usable

if TYPE_CHECKING:  # PDFium's process loads only when there is something to read
    from infusion_desk.documents.pdf_engine import PdfEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Ended:
    result: ReadingResult
    reader_missing: bool = False  # the page reader could not be started on this computer
    more: bool = False  # PDFs were opened; pictures wait to be read (by the next job)


def _joined(first: ReadingResult, then: ReadingResult) -> ReadingResult:
    return ReadingResult(first.documents + then.documents, first.pages + then.pages,
                         then.stopped, first.notes + then.notes, first.opened + then.opened)


def reading_words(where: ReadingProgress) -> tuple[int, int, str]:
    """How far the reading is, for the progress strip: (done, of, words). Safe off the window's
    thread (translate is)."""
    waiting = where.waiting
    if where.opening:
        return 0, 0, translate("ScanReading", "Reading the documents just added… %n to go",
                               None, waiting)
    if waiting > 1:
        text = translate("ScanReading", "Reading the letter… page {page} of {pages} (%n letters "
                         "waiting)", None, waiting)
    else:
        text = translate("ScanReading", "Reading the letter… page {page} of {pages}")
    return where.page - 1, where.pages, text.format(page=where.page, pages=where.pages)


class ScanReading(QObject):
    """Keeps one reading job going while letters wait to be read (never in a read-only folder)."""

    def __init__(self, ctx: FolderContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job: JobHandle[_Ended] | None = None
        self._again = False  # asked to start while a job was going: look again when it ends
        self.unavailable = False  # the reader could not be started on this computer
        # The PDF engine jobs open and draw PDFs with (None: each job starts its own, and closes
        # it when it ends).
        self.pdf_factory: Callable[[], PdfEngine] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self) -> JobHandle[_Ended] | None:
        """Read the letters waiting to be read (or go on reading them). Returns the job."""
        if self._ctx.read_only or not usable(self._ctx.jobs):
            return None
        if self.job is not None:
            self._again = True
            return self.job
        waiting = self._ctx.folder.scans.documents_to_read()
        if self.unavailable:  # no reader: only PDFs kept unread are opened (they need none)
            waiting = [d for d in waiting
                       if is_unopened(d.media_type, d.page_count, d.read_state)]
        if not waiting:
            return None
        folder, factory, today = self._ctx.folder, self._ctx.page_reader_factory, self._ctx.today()
        unavailable, pdf_factory = self.unavailable, self.pdf_factory

        def work(progress: Progress) -> _Ended:
            def report(where: ReadingProgress) -> None:
                progress.report(*reading_words(where))

            from infusion_desk.documents.pdf_engine import PdfEngine
            from infusion_desk.documents.reading_pictures import ReaderUnavailableError

            with PdfEngine() if pdf_factory is None else nullcontext(pdf_factory()) as pdf:
                def read(reader: PageReader | None) -> ReadingResult:
                    return read_waiting_documents(folder, reader, pdf=pdf, today=today,
                                                  progress=report,
                                                  cancelled=lambda: progress.cancelled)

                first = read(None)  # PDFs kept unread, opened: they need no reader
                if first.stopped or unavailable or not folder.scans.documents_to_read():
                    return _Ended(first)
                if first.opened:  # said and shown first; the pictures are read next
                    return _Ended(first, more=True)
                try:
                    reader = factory()
                except ReaderUnavailableError:
                    return _Ended(first, reader_missing=True)
                with reader as opened:
                    return _Ended(_joined(first, read(opened)))

        self._again = False
        job = self._ctx.jobs.start(work, lane=READ, label=translate(
            "ScanReading", "Reading the scanned letters…"))
        self.job = job
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.ended.connect(self._on_job_ended)
        return job

    def read_again(self) -> None:
        """Letters whose pictures gave no text, or could not be read, are read once more."""
        if self._ctx.read_only:
            return
        self.unavailable = False
        done = self._ctx.perform(self._ctx.folder.scans.read_again, say="")
        if done is None:
            return
        if done.value == 0 and not self._ctx.folder.scans.documents_to_read():
            self._ctx.say(translate("ScanReading", "Every scanned letter has been read."))
            return
        self._ctx.say(translate("ScanReading",
                                "Reading the scanned letters again, in the background."))
        self.start()

    def stop(self) -> None:
        """Stop after the page being read now (the folder is closing)."""
        if self.job is not None:
            self.job.cancel()

    # ------------------------------------------------------------------ the job's end
    def _on_job_finished(self, ended: _Ended) -> None:
        self._ctx.flush_background_changes()
        result = ended.result
        said = list(result.notes)  # PDFs added that cannot be previewed, and why
        if ended.reader_missing:
            self.unavailable = True
            log.warning("scanned letters cannot be read: the page reader is not available")
            said.append(translate("ScanReading", "Scanned letters cannot be read on this "
                                  "computer, so their words are not searched. They are kept as "
                                  "they are."))
        if said:
            self._ctx.say(" ".join(said))
        if ended.more:
            self._again = True
        if result.stopped:
            self._again = False  # she pressed Cancel: the rest waits for the next time

    def _on_job_failed(self, error: object) -> None:
        self._again = False
        log.warning("reading scanned letters failed: %s", type(error).__name__)

    def _on_job_ended(self) -> None:
        again = self._again
        self.job, self._again = None, False
        if again:
            self.start()
