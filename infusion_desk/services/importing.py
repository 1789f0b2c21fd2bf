"""Bringing files into a folder: read once, fingerprint, never store the same bytes twice.

Used alike by the window (drops, *Add documents…*, paste) and by ``infusion-desk import``.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from infusion_desk.core.document_names import note_words
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document
from infusion_desk.documents import (
    PdfEngine,
    PreparedDocument,
    collect_files,
    prepare_bytes,
    prepare_file,
)
from infusion_desk.services.folder import Folder
from infusion_desk.services.read_ahead import PerReader, ReadAhead
from infusion_desk.services.records import NewDocument

log = logging.getLogger(__name__)


class ImportStatus(enum.Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportOutcome:
    name: str  # what the person knows the file by
    status: ImportStatus
    message: str  # one plain sentence
    document: Document | None = None  # the stored document (new, or the one it duplicates)
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return self.status is not ImportStatus.REFUSED


_Read = PreparedDocument | ImportOutcome  # a file read, or why it cannot be added


def store_prepared(folder: Folder, prepared: PreparedDocument, name: str,
                   path: Path | None, request_id: int | None, *,
                   known: dict[str, Document] | None = None) -> ImportOutcome:
    """Store a prepared file as a new document, unless the same bytes are in the folder already
    (then that one is the outcome's document). One transaction. ``known``: the documents a
    look-up of several fingerprints at once found (this one's among them, if it is in)."""
    duplicate = _duplicate(folder, prepared, name, path, request_id, known=known)
    if duplicate is not None:
        return duplicate
    document = folder.records.add_document(prepared.document, prepared.content(),
                                           pages=prepared.pages,
                                           thumbnail=prepared.thumbnail).value
    if request_id is not None and document.id is not None:
        folder.ledger.attach_papers(request_id, [document.id])
    return _imported(prepared, name, path, document)


def _duplicate(folder: Folder, prepared: PreparedDocument, name: str, path: Path | None,
               request_id: int | None, *, known: dict[str, Document] | None = None
               ) -> ImportOutcome | None:
    """The outcome of a file whose bytes are in the folder already; None if they are not.
    ``known``: what a look-up of several fingerprints at once found."""
    sha256 = prepared.document.sha256
    existing = (known.get(sha256) if known is not None
                else folder.find_document_by_hash(sha256))
    if existing is None or existing.id is None:
        return None
    trashed = folder.is_trashed(Document, existing.id)
    where = translate("Importing", " (in the trash)") if trashed else ""
    if request_id is not None and not trashed:
        folder.ledger.attach_papers(request_id, [existing.id])
    return ImportOutcome(name, ImportStatus.DUPLICATE,
                         translate(
                             "Importing",
                             "{name}: already in the folder as “{title}”{where}.").format(
                                 name=name, title=existing.title, where=where),
                         existing, path)


def _imported(prepared: PreparedDocument, name: str, path: Path | None,
              document: Document) -> ImportOutcome:
    message = translate(
        "Importing",
        "{name}: added as “{title}”.").format(name=name, title=document.title)
    if prepared.note:
        message += f" {note_words(prepared.note)}"
    log.info("imported document id=%s", document.id)
    return ImportOutcome(name, ImportStatus.IMPORTED, message, document, path)


def import_files(
    folder: Folder,
    paths: Iterable[Path],
    *,
    today: date,
    engine: PdfEngine | None = None,
    second_engine: Callable[[], PdfEngine] | None = PdfEngine,
    request_id: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    read_later: bool = False,
) -> list[ImportOutcome]:
    """Import files and the files inside dropped folders. One outcome per file, in order.

    A refused file never stops the others. With ``request_id`` every file that goes in is also
    attached to that request as "what we sent". ``on_outcome`` hears each outcome as soon as
    it is known (a file that went in, once it is stored), so that an import stopped half-way
    has told what it stored.

    The next files are read (their PDFs inspected) while the ones before them are stored, and
    small files are stored several at a time, in one transaction (see :class:`_Batch`): one
    write to the disk for them all, not one for each. A long import reads with a second PDF
    worker made by ``second_engine`` (None: never), closed at the end.

    ``read_later`` (the window's drops): a PDF is stored as soon as its bytes are in, as still
    to be read (see ``documents.prepare_bytes``); its pages, thumbnail and guesses come from
    the background reading (``services.scans.read_waiting_documents``), which also says what
    was wrong with a damaged one. Its duplicates are found by its fingerprint, as ever.
    """
    files, refused = collect_files(paths)
    outcomes: list[ImportOutcome] = []
    tell = _teller(outcomes, on_outcome)
    for p, why in refused:
        tell(ImportOutcome(p.name or str(p), ImportStatus.REFUSED, f"{p.name or p}: {why}",
                           None, p))
    engines = PerReader[PdfEngine](_engine_makers(
        engine, None if read_later else second_engine, len(files)))
    stop = cancelled if cancelled is not None else _never
    batch = _Batch(folder, request_id, tell)
    try:
        with ReadAhead[_Read](files, lambda path: _read_one(path, today=today,
                                                            engine=engines.mine(),
                                                            read_later=read_later),
                              stop, readers=engines.readers) as ahead:
            for number, path in enumerate(files, start=1):
                if stop():
                    break
                if progress is not None:
                    progress(number - 1, len(files), path.name)
                if not ahead.ready(number - 1, batch.time_left()):
                    batch.flush()  # list the files read so far rather than keep them waiting
                read = ahead.take(number - 1)
                if read is None:  # Cancel came before it was read
                    break
                batch.add(path, read)
        batch.flush()
        if progress is not None:
            progress(len(files), len(files), "")
    except BaseException:
        with contextlib.suppress(Exception):
            batch.flush()  # what was read before the trouble is kept, and said
        raise
    finally:
        engines.close()
    return outcomes


SECOND_READER_FROM = 12  # files in one import from which a second PDF worker reads beside


def _engine_makers(engine: PdfEngine | None, second: Callable[[], PdfEngine] | None,
                   files: int) -> list[tuple[Callable[[], PdfEngine], bool]]:
    """How each reading thread gets its PDF engine, and whether the import closes it: the one
    given (or one made here), and a second worker for a long import on a computer with more
    than one processor."""
    first: list[tuple[Callable[[], PdfEngine], bool]] = [
        (PdfEngine, True) if engine is None else ((lambda: engine), False)]
    if second is not None and files >= SECOND_READER_FROM and (os.cpu_count() or 1) > 1:
        return [*first, (second, True)]
    return first


def _never() -> bool:
    return False


def _teller(outcomes: list[ImportOutcome], on_outcome: Callable[[ImportOutcome], None] | None
            ) -> Callable[[ImportOutcome], None]:
    def tell(outcome: ImportOutcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    return tell


def _read_one(path: Path, *, today: date, engine: PdfEngine, read_later: bool = False
              ) -> PreparedDocument | ImportOutcome:
    """A file read and prepared, or the outcome that says why it cannot be added."""
    try:
        return prepare_file(path, today=today, engine=engine, read_later=read_later)
    except FolderError as exc:
        return _refused(path, exc)


def _refused(path: Path, exc: FolderError) -> ImportOutcome:
    return ImportOutcome(path.name, ImportStatus.REFUSED, f"{path.name}: {exc.message}",
                         None, path)


def _store_alone(folder: Folder, path: Path, prepared: PreparedDocument,
                 request_id: int | None, known: dict[str, Document] | None = None
                 ) -> ImportOutcome:
    try:
        return store_prepared(folder, prepared, path.name, path, request_id, known=known)
    except FolderError as exc:
        return _refused(path, exc)


BATCH_FILES = 32  # files stored together, in one transaction, at most
BATCH_BYTES = 1024 * 1024  # their bytes at most; a file this large (or larger) is stored alone
BATCH_SECONDS = 0.25  # how long a file read may wait to be stored (and its row listed)


@dataclass
class _Waiting:
    """A file in a batch: read and to be stored, or with its outcome known already."""

    path: Path
    prepared: PreparedDocument | None
    outcome: ImportOutcome | None = None


class _Batch:
    """Files read and waiting to be stored together, in one transaction; their outcomes are
    told, in order, as soon as that transaction is committed.

    A batch is stored when it holds ``BATCH_FILES`` files or ``BATCH_BYTES`` bytes, when its
    first file has waited ``BATCH_SECONDS``, before a second copy of a file in it, and at the
    end. A large file, or one read again from the disk as it is stored, is stored on its own
    (the batch before it first). If a batch cannot be stored, each of its files is stored on
    its own, so that each one gets its own outcome.
    """

    def __init__(self, folder: Folder, request_id: int | None,
                 tell: Callable[[ImportOutcome], None]) -> None:
        self._folder = folder
        self._request_id = request_id
        self._tell = tell
        self._waiting: list[_Waiting] = []
        self._hashes: set[str] = set()
        self._bytes = 0
        self._since = 0.0

    def time_left(self) -> float | None:
        """Seconds until this batch must be stored; None while nothing waits to be."""
        if not self._hashes:
            return None
        return max(0.0, BATCH_SECONDS - (time.monotonic() - self._since))

    def add(self, path: Path, read: PreparedDocument | ImportOutcome) -> None:
        if isinstance(read, ImportOutcome):  # refused: told in its turn
            self._waiting.append(_Waiting(path, None, read))
            if not self._hashes:
                self.flush()
            return
        sha256 = read.document.sha256
        if sha256 in self._hashes:
            self.flush()  # the first copy is stored; this one is named as its duplicate
        if read.source is not None or read.document.size >= BATCH_BYTES:
            self.flush()
            self._tell(_store_alone(self._folder, path, read, self._request_id))
            return
        if not self._hashes:
            self._since = time.monotonic()
        self._waiting.append(_Waiting(path, read))
        self._hashes.add(sha256)
        self._bytes += read.document.size
        if (len(self._hashes) >= BATCH_FILES or self._bytes >= BATCH_BYTES
                or self.time_left() == 0.0):
            self.flush()

    def flush(self) -> None:
        """Store the files waiting (those not in the folder already), then tell each one's
        outcome, in order."""
        waiting, self._waiting = self._waiting, []
        hashes, self._hashes = self._hashes, set()
        self._bytes = 0
        try:
            known = self._folder.find_documents_by_hashes(sorted(hashes)) if hashes else {}
        except FolderError:
            known = None  # each is looked up (and stored) on its own
        if known is not None:
            for entry in waiting:
                if entry.prepared is not None and entry.prepared.document.sha256 in known:
                    entry.outcome = self._duplicate(entry, known)
            to_store = [w for w in waiting if w.outcome is None and w.prepared is not None]
            if len(to_store) > 1:
                self._store_together(to_store)
        for entry in waiting:
            if entry.outcome is None and entry.prepared is not None:
                entry.outcome = _store_alone(self._folder, entry.path, entry.prepared,
                                             self._request_id, known)
            if entry.outcome is not None:
                self._tell(entry.outcome)

    def _duplicate(self, entry: _Waiting, known: dict[str, Document]) -> ImportOutcome | None:
        assert entry.prepared is not None
        try:
            return _duplicate(self._folder, entry.prepared, entry.path.name, entry.path,
                              self._request_id, known=known)
        except FolderError as exc:
            return _refused(entry.path, exc)

    def _store_together(self, to_store: list[_Waiting]) -> None:
        new = []
        for entry in to_store:
            assert entry.prepared is not None
            p = entry.prepared
            new.append(NewDocument(p.document, p.content(), p.pages, p.thumbnail))
        try:
            stored = self._folder.records.add_documents(new).value
        except FolderError as exc:  # each is stored on its own, to tell which one failed
            log.info("a batch of %s files could not be stored together: %s", len(new),
                     type(exc).__name__)
            return
        for entry, document in zip(to_store, stored, strict=True):
            assert entry.prepared is not None
            entry.outcome = _imported(entry.prepared, entry.path.name, entry.path, document)
        ids = [d.id for d in stored if d.id is not None]
        if self._request_id is not None and ids:
            try:
                self._folder.ledger.attach_papers(self._request_id, ids)
            except FolderError as exc:  # the request went away meanwhile; the files are in
                log.warning("papers not attached to request id=%s: %s", self._request_id,
                            type(exc).__name__)


def import_bytes(
    folder: Folder,
    data: bytes,
    name: str,
    *,
    today: date,
    engine: PdfEngine | None = None,
    request_id: int | None = None,
) -> ImportOutcome:
    """Import bytes that never were a file (a pasted picture)."""
    try:
        prepared = prepare_bytes(data, name, today=today, engine=engine)
        return store_prepared(folder, prepared, name, None, request_id)
    except FolderError as exc:
        return ImportOutcome(name, ImportStatus.REFUSED, f"{name}: {exc.message}")


def status_line(outcome: ImportOutcome) -> str:
    """``imported: letter.pdf: added as “Approval letter”.`` (the command line's line)."""
    return translate("Importing", "{status}: {message}").format(
        status=status_words(outcome.status), message=outcome.message)


def status_words(status: ImportStatus) -> str:
    """``imported``, ``duplicate``, ``refused`` in her language."""
    if status is ImportStatus.IMPORTED:
        return translate("Importing", "imported")
    if status is ImportStatus.DUPLICATE:
        return translate("Importing", "duplicate")
    return translate("Importing", "refused")


def summary_line(outcomes: Sequence[ImportOutcome]) -> str:
    """``3 added, 1 already in the folder, 1 could not be added.``"""
    added = sum(o.status is ImportStatus.IMPORTED for o in outcomes)
    duplicates = sum(o.status is ImportStatus.DUPLICATE for o in outcomes)
    refused = sum(o.status is ImportStatus.REFUSED for o in outcomes)
    parts = [translate("Importing", "{count} added").format(count=added)]
    if duplicates:
        parts.append(translate("Importing", "{count} already in the folder").format(
            count=duplicates))
    if refused:
        parts.append(translate("Importing", "{count} could not be added").format(count=refused))
    return ", ".join(parts) + "."

