"""The open folder's PDF worker, started ahead in a quiet background job.

From revision 0005 a PDF's own words are read again from the PDF through the folder's PDF worker
(``services.blob_text``), which starts the first time it is needed (about 0.3 s). Started ahead,
the first letter she files, prints or reads costs one read, a few milliseconds. It is started
only after the folder's view has first been painted (its rows are in it by then), and then
``AFTER_PAINT_MS`` later, so that it never delays the first paint, the first rows or the rest
of the opening; a window that is not shown never paints, and the worker then starts when first
needed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from infusion_desk.ui.jobs import TEXT, JobRunner, usable

if TYPE_CHECKING:
    from infusion_desk.services import Folder

log = logging.getLogger(__name__)

# How long after the first paint: the opening's own work (the rest of the rows, the whole-file
# check) goes first; a worker starting beside it took the window's thread's core away from it
# (a 50 ms stall while a large folder opened). Nobody files or prints a letter sooner.
AFTER_PAINT_MS = 2_000


class _AfterFirstPaint(QObject):
    """Starts the worker of ``folder`` once ``view`` has painted (then lets go of itself)."""

    def __init__(self, view: QWidget, folder: Folder, jobs: JobRunner) -> None:
        super().__init__(view)
        self._view, self._folder, self._jobs = view, folder, jobs
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._view and event.type() == QEvent.Type.Paint:
            self._view.removeEventFilter(self)
            QTimer.singleShot(AFTER_PAINT_MS, self._start)
        return super().eventFilter(watched, event)

    def _start(self) -> None:
        folder, jobs = self._folder, self._jobs
        self.deleteLater()
        if usable(jobs) and not folder.blob_text.closed:  # (a folder closed meanwhile: nothing)
            log.info("starting the folder's PDF worker ahead")
            jobs.start(lambda _progress: folder.blob_text.start(), lane=TEXT)


def start_pdf_worker_ahead(view: QWidget, folder: Folder, jobs: JobRunner) -> None:
    """Once ``view`` (the open folder's) has first been painted, start ``folder``'s PDF worker
    in a quiet job in the ``TEXT`` lane (where the letters' words are read)."""
    _AfterFirstPaint(view, folder, jobs)
