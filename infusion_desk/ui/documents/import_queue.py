"""Adding documents in the background: one import at a time, the next drop waits its turn.

The window stays usable while files are read, fingerprinted and stored. A PDF's row is stored
as soon as its bytes are in; its pages, thumbnail and guesses come from the background reading
(``scan_reading``), which the window starts when the batch ends. The import service reads
the next files while it stores the ones before, and stores small files a few at a time, each
transaction within a quarter of a second of the files being read, so the list fills in as files
arrive, a Cancel stops between two files, and nothing is ever half-stored. One PDF engine (a
worker process) serves every batch that runs back to back, and is closed when the queue runs dry
(a long batch borrows a second one for itself).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.documents import PdfEngine
from infusion_desk.services import Folder
from infusion_desk.services.archive_import import add_files_inside
from infusion_desk.services.importing import (
    ImportOutcome,
    ImportStatus,
    import_bytes,
    import_files,
)
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.jobs import IMPORT, JobHandle, Progress, usable

log = logging.getLogger(__name__)

FROM_DOCUMENTS = "documents"  # dropped on the window, "Add documents…", pasted
FROM_LEDGER = "ledger"  # dropped on a request in the ledger


@dataclass(frozen=True, eq=False)
class ImportBatch:
    """What one drop (or one "Add documents…", or one paste) brings in."""

    paths: tuple[Path, ...] = ()
    pictures: tuple[tuple[str, QImage], ...] = ()  # pasted pictures: (file name, picture)
    refused: tuple[ImportOutcome, ...] = ()  # turned away before starting (web addresses)
    request_id: int | None = None  # attach everything to this request as "what we sent"
    source: str = FROM_DOCUMENTS
    archive_id: int | None = None  # a ZIP archive in the folder: add the files inside it

    @property
    def empty(self) -> bool:
        return not (self.paths or self.pictures or self.refused or self.archive_id is not None)


@dataclass(frozen=True)
class BatchResult:
    batch: ImportBatch
    outcomes: tuple[ImportOutcome, ...]
    stopped: int = 0  # files not added because Cancel was pressed
    dropped: int = 0  # other drops that were waiting when Cancel was pressed
    failed: bool = False  # something unexpected went wrong (logged with a traceback)

    @property
    def first_document_id(self) -> int | None:
        for outcome in self.outcomes:
            if outcome.status is not ImportStatus.REFUSED and outcome.document is not None:
                return outcome.document.id
        return None


@dataclass
class _Ticket:
    batch: ImportBatch
    folder: Folder
    today: date
    cancelled: threading.Event = field(default_factory=threading.Event)


class ImportQueue(QObject):
    """Runs imports for one open folder, one batch at a time, off the GUI thread."""

    batch_started = Signal(object)  # ImportBatch
    progress_changed = Signal(int, int, str)  # files done, files in the batch, file being added
    batch_finished = Signal(object)  # BatchResult
    busy_changed = Signal(bool)

    def __init__(self, ctx: FolderContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import queue")
        self._ctx = ctx
        self._tickets: list[_Ticket] = []  # submitted, not finished yet (GUI thread only)
        self._jobs: dict[JobHandle[BatchResult], _Ticket] = {}
        self._engine: PdfEngine | None = None  # used on the import lane's thread only
        self.engine_factory: Callable[[], PdfEngine] = PdfEngine
        self.close_engine_when_idle = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel, Qt.ConnectionType.DirectConnection)

    # ------------------------------------------------------------------ asking
    def submit(self, batch: ImportBatch) -> bool:
        """Queue a batch. False (after saying why) when the folder cannot take documents."""
        if batch.empty:
            self._ctx.say(translate("ImportQueue", "There was nothing to add."))
            return False
        if self._ctx.read_only:
            self._ctx.say(translate("ImportQueue", "This folder is open read-only, so nothing can "
                                    "be added to it."))
            return False
        ticket = _Ticket(batch, self._ctx.folder, self._ctx.today())
        was_busy = self.busy
        self._tickets.append(ticket)
        job = self._ctx.jobs.start(lambda _progress: self._run(ticket), lane=IMPORT)
        self._jobs[job] = ticket
        job.finished.connect(self._on_job_finished)
        job.stopped.connect(self._on_job_stopped)  # the window closed before it started
        if not was_busy:
            self.busy_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop after the file being added now; drops still waiting are not started."""
        for ticket in self._tickets:
            ticket.cancelled.set()

    @property
    def busy(self) -> bool:
        return bool(self._tickets)

    @property
    def waiting(self) -> int:
        """Drops waiting behind the one being added."""
        return max(0, len(self._tickets) - 1)

    def wait_until_idle(self, timeout: float = 30.0) -> bool:
        """Block until the background work is done (for shutting down; tests use qtbot)."""
        return self._ctx.jobs.wait_until_idle(IMPORT, timeout)

    # ------------------------------------------------------------------ on the import lane
    def _run(self, ticket: _Ticket) -> BatchResult:
        batch = ticket.batch
        if ticket.cancelled.is_set():
            return BatchResult(batch, batch.refused, stopped=-1)
        self._emit("batch_started", batch)
        started: list[str] = []
        total = [len(batch.paths)]

        def progress(done: int, files: int, name: str) -> None:
            total[0] = files
            if name:
                started.append(name)
            self._emit("progress_changed", done, files, name)

        def cancelled() -> bool:
            return ticket.cancelled.is_set() or not shiboken6.isValid(self)

        outcomes = list(batch.refused)
        failed = False
        try:
            engine = self._lane_engine()
            for name, picture in batch.pictures:
                outcomes.append(import_bytes(ticket.folder, png_bytes(picture), name,
                                             today=ticket.today, engine=engine,
                                             request_id=batch.request_id))
            if batch.paths:
                outcomes.extend(import_files(
                    ticket.folder, batch.paths, today=ticket.today, engine=engine,
                    request_id=batch.request_id, progress=progress, cancelled=cancelled,
                    read_later=True))
            if batch.archive_id is not None:
                outcomes.extend(self._files_inside(ticket, engine, progress, cancelled))
        except Exception:
            log.exception("adding documents failed")
            failed = True
        stopped = max(0, total[0] - len(started)) if ticket.cancelled.is_set() else 0
        return BatchResult(batch, tuple(outcomes), stopped=stopped, failed=failed)

    @staticmethod
    def _files_inside(ticket: _Ticket, engine: PdfEngine, progress: Callable[[int, int, str], None],
                      cancelled: Callable[[], bool]) -> list[ImportOutcome]:
        archive_id = ticket.batch.archive_id
        assert archive_id is not None
        try:
            return add_files_inside(ticket.folder, archive_id, today=ticket.today,
                                    engine=engine, progress=progress, cancelled=cancelled)
        except FolderError as exc:  # the archive went away, or cannot be read
            return [ImportOutcome(translate("ImportQueue", "The archive"),
                                  ImportStatus.REFUSED, exc.message)]

    def _lane_engine(self) -> PdfEngine:
        if self._engine is None:
            self._engine = self.engine_factory()
        return self._engine

    def _close_lane_engine(self, _progress: Progress | None = None) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()

    def _emit(self, signal: str, *args: object) -> None:
        """Tell the GUI thread; if the window is gone already, there is no one to tell."""
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:
            log.info("import finished after its window closed")

    # ------------------------------------------------------------------ back on the GUI thread
    def _on_job_finished(self, result: BatchResult) -> None:
        self._jobs.pop(self.sender(), None)  # type: ignore[call-overload]
        self._on_lane_finished(result)

    def _on_job_stopped(self) -> None:
        ticket = self._jobs.pop(self.sender(), None)  # type: ignore[call-overload]
        if ticket is not None:
            self._on_lane_finished(BatchResult(ticket.batch, ticket.batch.refused, stopped=-1))

    def _on_lane_finished(self, result: BatchResult) -> None:
        ticket = next((t for t in self._tickets if t.batch is result.batch), None)
        if ticket is not None:
            self._tickets.remove(ticket)
        self._ctx.flush_background_changes()  # every screen is up to date before the summary
        if result.stopped != -1:  # (-1: a waiting drop that Cancel took off the list)
            if ticket is not None and ticket.cancelled.is_set():
                dropped = sum(1 for t in self._tickets if t.cancelled.is_set())
                result = BatchResult(result.batch, result.outcomes, result.stopped, dropped,
                                     result.failed)
            self.batch_finished.emit(result)
        if not self._tickets:
            if self.close_engine_when_idle and usable(self._ctx.jobs):
                self._ctx.jobs.start(self._close_lane_engine, lane=IMPORT)
            elif self.close_engine_when_idle:  # the window is closing; the lane is idle
                self._close_lane_engine()
            self.busy_changed.emit(False)


def png_bytes(picture: QImage) -> bytes:
    """A picture as PNG (QImage may be used off the GUI thread)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]  # (stubs: bytes; PySide: str)
    return bytes(buffer.data().data())


def import_queue_for(ctx: FolderContext, owner: QObject) -> ImportQueue:
    """The one import queue of the screen ``owner`` belongs to (made the first time it is asked).

    The Documents and Requests tabs share it, so a drop on the ledger waits for a drop on the
    window and the other way round.
    """
    existing = owner.findChild(ImportQueue, "import queue",
                               Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(existing, ImportQueue):
        return existing
    return ImportQueue(ctx, owner)


