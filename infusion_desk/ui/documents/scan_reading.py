"""Reading scanned letters in the background: one job in the "read" lane of the window's job runner.

Started when a folder opens with letters waiting to be read (after an upgrade, say), after each
import batch, and by *Read scans that have no text yet*. The letter shows at once; its text
arrives page by page, and every view refreshes through the folder's change announcements. The
job says "Reading the letter… page 2 of 3" in the status bar and stops between pages on Cancel.
The page reader (Tesseract in its own process) is made by ``ctx.page_reader_factory``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from infusion_desk.services.scans import ReadingProgress, ReadingResult, read_waiting_documents
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.jobs import READ, JobHandle, Progress, usable

log = logging.getLogger(__name__)


class ScanReading(QObject):
    """Keeps one reading job going while letters wait to be read (never in a read-only folder)."""

    def __init__(self, ctx: FolderContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job: JobHandle[ReadingResult | None] | None = None
        self._again = False  # asked to start while a job was going: look again when it ends
        self.unavailable = False  # the reader could not be started on this computer
        self._label = self.tr("Reading the scanned letters…")
        self._page = self.tr("Reading the letter… page {0} of {1}")
        self._pages_left = self.tr("Reading the letter… page {0} of {1} ({2} letters waiting)")

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self) -> JobHandle[ReadingResult | None] | None:
        """Read the letters waiting to be read (or go on reading them). Returns the job."""
        if self._ctx.read_only or not usable(self._ctx.jobs) or self.unavailable:
            return None
        if self.job is not None:
            self._again = True
            return self.job
        if not self._ctx.folder.scans.documents_to_read():
            return None
        folder, factory = self._ctx.folder, self._ctx.page_reader_factory
        page, pages_left = self._page, self._pages_left

        def work(progress: Progress) -> ReadingResult | None:
            def report(where: ReadingProgress) -> None:
                text = (pages_left.format(where.page, where.pages, where.waiting)
                        if where.waiting > 1 else page.format(where.page, where.pages))
                progress.report(where.page - 1, where.pages, text)

            from infusion_desk.documents.reading_pictures import ReaderUnavailableError

            try:
                reader = factory()
            except ReaderUnavailableError:
                return None
            with reader as opened:
                return read_waiting_documents(folder, opened, progress=report,
                                              cancelled=lambda: progress.cancelled)

        self._again = False
        job = self._ctx.jobs.start(work, lane=READ, label=self._label)
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
            self._ctx.say(self.tr("Every scanned letter has been read."))
            return
        self._ctx.say(self.tr("Reading the scanned letters again, in the background."))
        self.start()

    def stop(self) -> None:
        """Stop after the page being read now (the folder is closing)."""
        if self.job is not None:
            self.job.cancel()

    # ------------------------------------------------------------------ the job's end
    def _on_job_finished(self, result: ReadingResult | None) -> None:
        self._ctx.flush_background_changes()
        if result is None:
            self.unavailable = True
            log.warning("scanned letters cannot be read: the page reader is not available")
            self._ctx.say(self.tr("Scanned letters cannot be read on this computer, so their "
                                  "words are not searched. They are kept as they are."))
            return
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
