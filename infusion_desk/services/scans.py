"""Scanned letters read themselves: their page pictures are read in the background, what was read
is stored page by page (and searched), and she can correct it.

``Scans`` is the folder's group of operations (``folder.scans``); :func:`read_waiting_documents`
is the reading loop the window runs in its "read" lane (and a command could run), one page at a
time, cancellable between pages. Nothing here knows Qt or the OCR engine: the loop is handed a
``core.ocr.PageReader``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from infusion_desk.core.errors import RecordNotFoundError
from infusion_desk.core.i18n import translate
from infusion_desk.core.ocr import OcrPage, PageReader, ReadState, TextSource
from infusion_desk.core.records import Document, RecordKind
from infusion_desk.core.scans import PageText, first_read_state, is_unopened
from infusion_desk.core.text import clean_text
from infusion_desk.services.changes import Change, Done, Undo
from infusion_desk.services.operation_base import Announce, Operations
from infusion_desk.services.pdf_opening import open_waiting_pdfs
from infusion_desk.storage.document_storage import DocumentStorage, pages_text
from infusion_desk.storage.queries import FolderQueries
from infusion_desk.storage.store import Store

if TYPE_CHECKING:  # PDFium's process and Pillow load only when scans are read
    from infusion_desk.documents.pdf_engine import PdfEngine
    from infusion_desk.documents.prepare import OpenedPdf

log = logging.getLogger(__name__)

NOTE_PAGE_FAILED = "Page {page} could not be read."


class Scans(Operations):
    """Reading the pictures of scanned letters, and her corrections of what was read."""

    def __init__(self, store: Store, announce: Announce, documents: DocumentStorage) -> None:
        super().__init__(store, announce)
        self._documents = documents
        self._queries = FolderQueries(store)

    # ------------------------------------------------------------------ what is to be read
    def documents_to_read(self) -> list[Document]:
        """Documents whose pictures wait to be read, in the order they were added."""
        return self._queries.documents_to_read()

    def pages(self, document_id: int) -> list[PageText]:
        """Every stored page's text and where it came from."""
        return self._documents.pages(document_id)

    def pages_to_read(self, document: Document) -> list[int]:
        """The pages (1-based) of ``document`` still to be read from their picture."""
        assert document.id is not None
        stored = {p.page: p for p in self._documents.pages(document.id)}
        count = max(1, document.page_count)
        return [n for n in range(1, count + 1)
                if n not in stored or stored[n].source is TextSource.NONE]

    # ------------------------------------------------------------------ storing what was read
    def store_read_page(self, document_id: int, page: int, read: OcrPage) -> Done[None]:
        """Store one page as read from its picture (its text, words and picture size) and make
        the document's searched text agree, in one transaction. A page she has corrected in the
        meantime keeps her words."""
        with self._store.writing() as s:
            old = self._documents.page_in(s, document_id, page)
            kept = old is not None and old.source is TextSource.TYPED
            text = old if kept and old is not None else PageText(
                document_id, page, clean_text(read.text.strip()), TextSource.OCR)
            self._documents.write_page(s, text, words=read.words,
                                       size=(read.image_width, read.image_height))
            self._documents.refresh_text(s, document_id)
        return self._done(None, Change.of(RecordKind.DOCUMENT, ids=[document_id]))

    def page_not_read(self, document_id: int, page: int) -> Done[None]:
        """Note that a page could not be read (it is read again only when asked)."""
        with self._store.writing() as s:
            self._documents.write_page(s, PageText(document_id, page, "", TextSource.OCR),
                                       words=())
            self._documents.refresh_text(s, document_id)
        return self._done(None, Change.of(RecordKind.DOCUMENT, ids=[document_id]))

    def store_opened(self, opened: Sequence[tuple[Document, OpenedPdf]], *, today: date
                     ) -> Done[list[int]]:
        """Store what opening PDFs kept unread found, several in one transaction: each one's
        pages at once (the search index takes it in once), and what its text suggests — a
        title, kind or date replaces the one it was kept with only if that is still there
        (what she changed meanwhile stays). One with pages without a text layer waits to be
        read from their pictures. Returns the ids stored (one deleted for good meanwhile is
        not)."""
        from infusion_desk.documents.prepare import guesses

        stored: list[int] = []
        with self._store.writing() as s:
            for document, found in opened:
                assert document.id is not None
                name, day = document.original_name, document.received_on or today
                kept = guesses(name, "", today=day)
                new = guesses(name, pages_text(found.pages), today=day)
                try:
                    self._documents.store_opened(
                        s, document.id, found.pages,
                        found={"page_count": found.page_count, "preview_ok": found.preview_ok},
                        guessed={"title": (kept.title, new.title),
                                 "kind": (kept.kind.value, new.kind.value),
                                 "document_date": (kept.document_date, new.document_date)},
                        read_state=first_read_state(document.media_type, found.preview_ok,
                                                    found.pages),
                        note=found.note)
                except RecordNotFoundError:  # deleted for good meanwhile (nothing written)
                    log.info("document id=%s went away before it was opened", document.id)
                    continue
                stored.append(document.id)
        return self._done(stored, Change.of(RecordKind.DOCUMENT, ids=stored))

    def finish_reading(self, document_id: int, state: ReadState, note: str = "") -> Done[None]:
        """Say how reading a document ended (read, nothing on it, or could not be read)."""
        with self._store.writing() as s:
            self._documents.set_read_state(s, document_id, state, note)
        return self._done(None, Change.of(RecordKind.DOCUMENT, ids=[document_id]))

    # ------------------------------------------------------------------ what she does
    def correct_text(self, document_id: int, page: int, text: str) -> Done[PageText]:
        """Her words for a page: what is shown and searched from now on. Undo puts back what
        was there before."""
        new = PageText(document_id, page, clean_text(text.strip()), TextSource.TYPED)
        with self._store.writing() as s:
            old = (self._documents.page_in(s, document_id, page)
                   or PageText(document_id, page, "", TextSource.NONE))
            self._documents.write_page(s, new)
            self._documents.refresh_text(s, document_id)
        undo = Undo(translate("Scans", "Correct the text"), pages=(old,))
        return self._done(new, undo.change, translate(
            "Scans", "Saved the text as you typed it."), undo)

    def read_again(self) -> Done[int]:
        """Documents whose pictures gave no text, or could not be read, wait to be read again.
        (Pages with text, read or typed, are kept as they are.)"""
        documents = self._queries.documents_read_without_text()
        with self._store.writing() as s:
            for document in documents:
                assert document.id is not None
                self._documents.forget_empty_readings(s, document.id)
                self._documents.set_read_state(s, document.id, ReadState.WAITING)
        ids = [d.id for d in documents]
        return self._done(len(documents), Change.of(RecordKind.DOCUMENT, ids=ids))


# ---------------------------------------------------------------------------- the reading loop
@dataclass(frozen=True)
class ReadingProgress:
    """Where reading has got to: page ``page`` of ``pages`` of one document, ``waiting``
    documents (this one included) still to read. ``opening``: a PDF kept unread is being
    opened (``waiting`` of them still to open)."""

    document_id: int
    page: int
    pages: int
    waiting: int
    opening: bool = False


@dataclass(frozen=True)
class ReadingResult:
    documents: int = 0  # documents finished (read, no text, or could not be read)
    pages: int = 0  # pages read
    stopped: bool = False  # Cancel was pressed: what was read is kept, the rest waits
    notes: tuple[str, ...] = ()  # "letter.pdf: This PDF is protected…": PDFs opened with trouble
    opened: int = 0  # PDFs kept unread that were opened


class _Folder(Protocol):
    """What the loop needs of a folder (a ``services.Folder``)."""

    @property
    def scans(self) -> Scans: ...

    def document_bytes(self, document_id: int) -> bytes: ...


def _unopened(document: Document) -> bool:
    return is_unopened(document.media_type, document.page_count, document.read_state)


def read_waiting_documents(
    folder: _Folder,
    reader: PageReader | None,
    *,
    pdf: PdfEngine | None = None,
    today: date | None = None,
    progress: Callable[[ReadingProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReadingResult:
    """Read every document waiting to be read, storing each page as it is read. PDFs kept
    unread are opened first, each in one go (their text layer: quick, and searched at once);
    then pictures are read, one page at a time. Stops between two pages (or two PDFs) when
    ``cancelled()`` says so (the document it was on keeps waiting, with the pages read so
    far). A page that cannot be read leaves its document kept, marked "could not be read",
    with a plain note. ``reader`` None (none on this computer): only PDFs are opened. ``pdf``
    draws PDF pages (made here and closed at the end when not given); ``today``: the day the
    guesses from a PDF's text are made against (its day of arrival when it has one)."""
    own_pdf = pdf is None
    from infusion_desk.documents.pdf_engine import PdfEngine

    engine = PdfEngine() if own_pdf else pdf
    assert engine is not None
    day = today if today is not None else date.today()
    seen: set[int] = set()  # read (or gone) in this run
    tried: set[int] = set()  # opened in this run (one that stays unopened is not tried again)
    documents = pages = opened = 0
    notes: list[str] = []

    def said(where: Document, left: int) -> None:
        if progress is not None and where.id is not None:
            progress(ReadingProgress(where.id, 1, 1, left, opening=True))

    try:
        while True:
            if cancelled is not None and cancelled():
                return ReadingResult(documents, pages, True, tuple(notes), opened)
            waiting = [d for d in folder.scans.documents_to_read() if d.id not in seen]
            to_open = [d for d in waiting if _unopened(d) and d.id not in tried]
            if to_open:
                tried.update(d.id for d in to_open if d.id is not None)
                opening = open_waiting_pdfs(folder, to_open, engine, today=day, progress=said,
                                            cancelled=cancelled, second_engine=PdfEngine)
                documents, opened = documents + opening.finished, opened + opening.opened
                notes += opening.notes
                if opening.stopped:
                    return ReadingResult(documents, pages, True, tuple(notes), opened)
                continue
            to_read = [d for d in waiting if not _unopened(d)] if reader is not None else []
            if not to_read:
                return ReadingResult(documents, pages, False, tuple(notes), opened)
            document = to_read[0]
            assert document.id is not None and reader is not None
            seen.add(document.id)
            try:
                read, finished = _read_document(folder, reader, document, pdf=engine,
                                                waiting=len(waiting), progress=progress,
                                                cancelled=cancelled)
            except RecordNotFoundError:  # deleted for good while it waited
                log.info("document id=%s went away before it was read", document.id)
                continue
            pages += read
            if not finished:
                return ReadingResult(documents, pages, True, tuple(notes), opened)
            documents += 1
    finally:
        if own_pdf:
            engine.close()


def _read_document(
    folder: _Folder,
    reader: PageReader,
    document: Document,
    *,
    pdf: PdfEngine | None,
    waiting: int,
    progress: Callable[[ReadingProgress], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, bool]:
    """Read one document's pages; (pages read, whether it was finished)."""
    from infusion_desk.documents.reading_pictures import is_pdf

    assert document.id is not None
    scans = folder.scans
    todo = scans.pages_to_read(document)
    data = folder.document_bytes(document.id) if todo else b""
    notes: list[str] = []
    failed = False
    read = 0
    for number, page in enumerate(todo, start=1):
        if cancelled is not None and cancelled():
            return read, False
        if progress is not None:
            progress(ReadingProgress(document.id, number, len(todo), waiting))
        result = _read_page(reader, data, document, page, pdf if is_pdf(document) else None)
        if result is None:
            log.info("page %s of document id=%s could not be read", page, document.id)
            failed = True
            notes.append(NOTE_PAGE_FAILED.format(page=page))
            scans.page_not_read(document.id, page)
            continue
        if result.note:
            notes.append(result.note)
        scans.store_read_page(document.id, page, result)
        read += 1
    has_text = any(p.text.strip() for p in scans.pages(document.id))
    state = ReadState.FAILED if failed else ReadState.READ if has_text else ReadState.NO_TEXT
    scans.finish_reading(document.id, state, " ".join(dict.fromkeys(notes)))
    log.info("read document id=%s: %s", document.id, state.value)
    return read, True


def _read_page(reader: PageReader, data: bytes, document: Document, page: int,
               pdf: PdfEngine | None) -> OcrPage | None:
    from infusion_desk.documents.reading_pictures import page_picture

    picture = page_picture(data, document, page, pdf)
    if picture is None:
        return None
    try:
        return reader.read_page(picture)
    except Exception:  # noqa: BLE001 - a reader that broke on one page: the letter is kept
        log.warning("the page reader failed on document id=%s", document.id, exc_info=True)
        return None
