"""PDFs kept unread, opened in the background.

A drop on the window stores each PDF's row as soon as its bytes are in (``import_files(...,
read_later=True)``); the reading loop (``services.scans.read_waiting_documents``) then opens
them here: the next PDFs are opened in the PDF worker while those before them are stored, and a
few are stored together, in one transaction (one write to the disk for them), each within a
quarter of a second of being opened so that the list fills in as they come. Each one's pages go
in at once (the search index takes it in once). No Qt.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from infusion_desk.core.document_names import note_words
from infusion_desk.core.errors import RecordNotFoundError
from infusion_desk.core.ocr import ReadState
from infusion_desk.core.records import Document
from infusion_desk.core.scans import first_read_state
from infusion_desk.services.read_ahead import PerReader

if TYPE_CHECKING:
    from infusion_desk.documents.pdf_engine import PdfEngine
    from infusion_desk.documents.prepare import OpenedPdf
    from infusion_desk.services.scans import Scans

log = logging.getLogger(__name__)

OPEN_AHEAD = 2  # PDFs opened ahead of the one being stored, at most
OPEN_BATCH = 8  # PDFs stored together, in one transaction, at most
OPEN_SECONDS = 0.25  # how long an opened PDF may wait to be stored (and its row shown read)
SECOND_READER_FROM = 12  # PDFs to open from which a second PDF worker opens beside the first


class _Folder(Protocol):
    @property
    def scans(self) -> Scans: ...

    def document_bytes(self, document_id: int) -> bytes: ...


@dataclass
class Opening:
    """How opening went: PDFs opened, those of them finished (nothing left to read from their
    pictures), notes for those that cannot be previewed, and whether Cancel stopped it."""

    opened: int = 0
    finished: int = 0
    notes: list[str] = field(default_factory=list)
    stopped: bool = False


def open_waiting_pdfs(
    folder: _Folder,
    documents: Sequence[Document],
    pdf: PdfEngine,
    *,
    today: date,
    progress: Callable[[Document, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    second_engine: Callable[[], PdfEngine] | None = None,
) -> Opening:
    """Open ``documents`` (PDFs kept unread), in order, and store what each holds.
    ``progress(document, left)`` hears of each as it is stored (``left``: this one and those
    after it). Stops between two PDFs when ``cancelled()`` says so: those opened are stored,
    the rest keep waiting. One deleted for good meanwhile is passed over. Many PDFs are opened
    by two workers side by side: ``pdf`` and one made by ``second_engine`` (None: never)."""
    from infusion_desk.documents.prepare import open_pdf

    engines: PerReader[PdfEngine] = PerReader(_engine_makers(pdf, second_engine, len(documents)))

    def open_one(document: Document) -> OpenedPdf:
        assert document.id is not None
        return open_pdf(folder.document_bytes(document.id), engines.mine())

    result = Opening()
    batch: list[tuple[Document, OpenedPdf]] = []
    since = 0.0
    pending = iter(documents)
    ahead: deque[tuple[Document, Future[OpenedPdf]]] = deque()
    with engines, ThreadPoolExecutor(max_workers=engines.readers,
                                     thread_name_prefix="pdf-open-ahead") as pool:
        def fill() -> None:
            while len(ahead) <= OPEN_AHEAD:
                document = next(pending, None)
                if document is None:
                    return
                ahead.append((document, pool.submit(open_one, document)))

        try:
            fill()
            left = len(documents)
            while ahead:
                if cancelled is not None and cancelled():
                    result.stopped = True
                    break
                document, future = ahead.popleft()
                fill()
                if progress is not None:
                    progress(document, left)
                left -= 1
                if batch and not wait([future], OPEN_SECONDS - (time.monotonic() - since)).done:
                    batch = _store(folder, batch, today, result)  # (shown read meanwhile)
                try:
                    opened = future.result()
                except RecordNotFoundError:
                    log.info("document id=%s went away before it was opened", document.id)
                    continue
                if not batch:
                    since = time.monotonic()
                batch.append((document, opened))
                if (len(batch) >= OPEN_BATCH or not ahead
                        or time.monotonic() - since >= OPEN_SECONDS):
                    batch = _store(folder, batch, today, result)
        finally:
            for _document, future in ahead:
                future.cancel()
        if batch:  # opened before Cancel: kept
            _store(folder, batch, today, result)
    return result


def _engine_makers(pdf: PdfEngine, second: Callable[[], PdfEngine] | None, files: int
                   ) -> list[tuple[Callable[[], PdfEngine], bool]]:
    """The engine given, and a second worker (closed at the end) for many PDFs on a computer
    with more than one processor."""
    first: list[tuple[Callable[[], PdfEngine], bool]] = [(lambda: pdf, False)]
    if second is not None and files >= SECOND_READER_FROM and (os.cpu_count() or 1) > 1:
        return [*first, (second, True)]
    return first


def _store(folder: _Folder, batch: list[tuple[Document, OpenedPdf]], today: date,
           result: Opening) -> list[tuple[Document, OpenedPdf]]:
    """Store ``batch`` in one transaction, note how it went in ``result``; an empty batch."""
    stored = set(folder.scans.store_opened(batch, today=today).value)
    for document, opened in batch:
        if document.id not in stored:
            continue
        result.opened += 1
        if opened.note:
            result.notes.append(
                f"{document.original_name or document.title}: {note_words(opened.note)}")
        state = first_read_state(document.media_type, opened.preview_ok, opened.pages)
        result.finished += state is not ReadState.WAITING
        log.info("opened document id=%s: %s", document.id, state.value)
    return []
