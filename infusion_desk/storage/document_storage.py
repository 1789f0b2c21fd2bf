"""Document bytes and page texts in the folder file: bytes stored once per hash.

The fingerprint and size of a stored document are computed here from its bytes, so a stored
document always matches what ``check`` expects. Returns core records and bytes only. A PDF page's
own text is kept only in the PDF (``storage.page_bodies``): it is read again from the bytes by
the reader the services hand in, wherever page text is given out. Thumbnails are no longer kept
(revision 0005); the services make one from the bytes when asked.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import replace

from sqlalchemy import case, func, insert, literal_column, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from infusion_desk.core.errors import FileChangedError, RecordNotFoundError
from infusion_desk.core.ocr import OcrWord, ReadState, TextSource
from infusion_desk.core.records import Document
from infusion_desk.core.scans import (
    PageText,
    search_words,
    text_layer_is_empty,
    words_from_json,
    words_to_json,
)
from infusion_desk.storage import page_bodies
from infusion_desk.storage.mapping import to_values
from infusion_desk.storage.page_bodies import PageReader
from infusion_desk.storage.store import Store, now
from infusion_desk.storage.tables import BlobRow, DocumentPageRow, DocumentRow

_CHUNK = 1024 * 1024

# Where the document's text came from, weakest first: one page read from the picture makes the
# whole document "read from the picture" (to be checked against the letter).
_SOURCE_ORDER = (TextSource.OCR, TextSource.TYPED, TextSource.FILE)


def _source(value: str) -> TextSource:
    try:
        return TextSource(value)
    except ValueError:  # written by a newer version: as if nothing were known
        return TextSource.NONE


class DocumentStorage:
    """The documents part of one open folder file."""

    def __init__(self, store: Store, page_reader: PageReader | None = None) -> None:
        self._store = store
        self._read = page_reader
        self._lean: bool | None = None  # the file keeps PDF text in PDFs (0005; a file of an
        # older revision is only ever open read-only)

    def add_document(
        self,
        document: Document,
        data: bytes | Iterable[bytes],
        pages: Sequence[str],
        thumbnail: bytes | None,  # noqa: ARG002 - not kept from 0005 on (callers still make one)
        session: Session | None = None,
    ) -> Document:
        """Store a document and its bytes (once per hash) in one transaction (``session``'s,
        when given: several documents stored together). ``thumbnail`` is not kept (0005).

        ``data`` is the bytes, or (for a large file) the bytes in chunks, with the document's
        ``sha256`` and ``size`` saying what they must add up to. Either way they are written
        into the folder file in chunks (SQLite's incremental blob writing), never copied whole,
        and the fingerprint and size are computed here from the bytes themselves, so a stored
        document always matches what ``check`` expects: chunks that do not add up to the
        document's fingerprint (a file that changed since it was read) raise
        FileChangedError and nothing is stored.
        """
        if isinstance(data, bytes):
            document = replace(document, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        if document.text_source is TextSource.NONE and document.text.strip():
            document = replace(document, text_source=TextSource.FILE)
        with nullcontext(session) if session is not None else self._store.writing() as s:
            have_blob = s.execute(
                select(BlobRow.sha256).where(BlobRow.sha256 == document.sha256)
            ).first()
            if have_blob is None:
                self._write_blob(s, document.sha256, document.size,
                                 _pieces(data) if isinstance(data, bytes) else data)
            stamp = now()
            values = to_values(replace(document, added_at=document.added_at or stamp))
            if pages and values["text"] == pages_text(pages):
                values["text"] = ""  # its text is its pages': kept there only
                document = replace(document, text="")  # (as it is read back)
            # Added as if in the trash, so that the search index takes the document in once,
            # with all its pages, when it is taken out (not again for every page added).
            new_id = s.execute(
                insert(DocumentRow)
                .values(**values, thumbnail=None, created_at=stamp, updated_at=stamp,
                        deleted_at=stamp if pages else None)
                .returning(DocumentRow.id)
            ).scalar_one()
            if pages:
                rows = [_page_row(new_id, n, text, document.media_type)
                        for n, text in enumerate(pages, start=1)]
                s.execute(insert(DocumentPageRow), rows)
                for n, (row, text) in enumerate(zip(rows, pages, strict=True), start=1):
                    if row["text_in_blob"]:
                        page_bodies.index_page(s, new_id, n, text)
                s.execute(update(DocumentRow).where(DocumentRow.id == new_id)
                          .values(deleted_at=None))
        return replace(document, id=new_id, added_at=document.added_at or stamp, version=1)

    @staticmethod
    def _write_blob(s: Session, sha256: str, size: int,
                    pieces: Iterable[bytes | memoryview]) -> None:
        """A new blob row of ``size`` zero bytes, then filled in chunks; FileChangedError (the
        transaction rolled back) unless the chunks are exactly ``size`` bytes hashing to
        ``sha256``. On a server (a shared folder) the bytes are sent whole once checked, and
        bytes another member stored meanwhile under the same hash are kept as they are."""
        if s.get_bind().dialect.name != "sqlite":
            data = _checked_bytes(sha256, size, pieces)
            s.execute(postgresql_insert(BlobRow).values(sha256=sha256, size=size, data=data)
                      .on_conflict_do_nothing())
            return
        s.execute(insert(BlobRow).values(sha256=sha256, size=size, data=func.zeroblob(size)))
        row: int = s.execute(select(literal_column("rowid")).select_from(BlobRow)
                             .where(BlobRow.sha256 == sha256)).scalar_one()
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        digest, written = hashlib.sha256(), 0
        with raw.blobopen(BlobRow.__tablename__, "data", int(row)) as blob:
            for piece in pieces:
                if written + len(piece) > size:
                    raise FileChangedError(detail="more bytes than when it was read")
                blob.write(piece)
                digest.update(piece)
                written += len(piece)
        if written != size or digest.hexdigest() != sha256:
            raise FileChangedError(detail="other bytes than when it was read")

    def document_bytes(self, document_id: int) -> bytes:
        with self._store.reading() as s:
            data = s.execute(
                select(BlobRow.data)
                .join(DocumentRow, DocumentRow.sha256 == BlobRow.sha256)
                .where(DocumentRow.id == document_id)
            ).scalar_one_or_none()
        if data is None:
            raise RecordNotFoundError("document", document_id)
        return bytes(data)

    def thumbnail(self, document_id: int) -> bytes | None:
        with self._store.reading() as s:
            data = s.execute(
                select(DocumentRow.thumbnail).where(DocumentRow.id == document_id)
            ).scalar_one_or_none()
        return None if data is None else bytes(data)

    def document_text(self, document_id: int) -> str:
        """The whole text of a document: its own (an archive's list of files), else its pages'
        text joined (``pages_text``)."""
        with self._store.reading() as s:
            own = s.execute(select(DocumentRow.text).where(DocumentRow.id == document_id)
                            ).scalar_one_or_none()
            if own is None:
                raise RecordNotFoundError("document", document_id)
            if own:
                return str(own)
            return pages_text(p.text for p in self._pages(s, document_id))

    def page_texts(self, document_id: int) -> list[str]:
        with self._store.reading() as s:
            return [p.text for p in self._pages(s, document_id)]

    # ------------------------------------------------------------------ pages read or corrected
    def pages(self, document_id: int) -> list[PageText]:
        """Every stored page's text and where it came from, in page order."""
        with self._store.reading() as s:
            return self._pages(s, document_id)

    def pages_in(self, s: Session, document_id: int) -> list[PageText]:
        """``pages``, inside a transaction already open."""
        return self._pages(s, document_id)

    def page_in(self, s: Session, document_id: int, page: int) -> PageText | None:
        """One stored page, inside a transaction already open: the PDF is read only when that
        page's own text is kept in it (correcting a scanned page never reads the PDF)."""
        return next(iter(self._pages(s, document_id, page)), None)

    def _pages(self, s: Session, document_id: int, page: int | None = None) -> list[PageText]:
        """The pages (or the one ``page``), a PDF's own text read again from its bytes (one
        read for all of them)."""
        if self._lean is None:
            self._lean = page_bodies.has_lean_pages(s)
        in_blob = DocumentPageRow.text_in_blob if self._lean else literal_column("0")
        query = (select(DocumentPageRow.page, DocumentPageRow.text, DocumentPageRow.source,
                        in_blob)
                 .where(DocumentPageRow.document_id == document_id)
                 .order_by(DocumentPageRow.page))
        if page is not None:
            query = query.where(DocumentPageRow.page == page)
        rows = s.execute(query).all()
        texts: Sequence[str] | None = None
        if self._read is not None and any(row[3] for row in rows):
            data = page_bodies.blob_of(s, document_id)
            texts = None if data is None else self._read(data)
        return [PageText(document_id, int(page), page_bodies.filled(texts, int(page))
                         if in_blob else str(text), _source(str(source)))
                for page, text, source, in_blob in rows]

    def page_words(self, document_id: int, page: int
                   ) -> tuple[tuple[OcrWord, ...], int, int] | None:
        """The words read on a page picture and the size of that picture; None if none."""
        with self._store.reading() as s:
            row = s.execute(
                select(DocumentPageRow.words, DocumentPageRow.image_width,
                       DocumentPageRow.image_height)
                .where(DocumentPageRow.document_id == document_id,
                       DocumentPageRow.page == page)
            ).first()
        if row is None or not row[0] or not row[1] or not row[2]:
            return None
        return words_from_json(str(row[0])), int(row[1]), int(row[2])

    def write_page(self, s: Session, text: PageText, *, words: tuple[OcrWord, ...] | None = None,
                   size: tuple[int, int] | None = None) -> None:
        """Store one page's text (with the words read and the picture's size, when read). A
        PDF's own text is kept in the PDF only, and indexed under a new key."""
        lean = page_bodies.keeps_in_blob(page_bodies.media_type_of(s, text.document_id),
                                         text.text, text.source is TextSource.FILE)
        values: dict[str, object] = {"text": "" if lean else text.text,
                                     "source": text.source.value, "text_in_blob": lean}
        if words is not None:
            values["words"] = words_to_json(words)
        if size is not None:
            values["image_width"], values["image_height"] = size
        upsert = sqlite_insert if s.get_bind().dialect.name == "sqlite" else postgresql_insert
        s.execute(
            upsert(DocumentPageRow)
            .values(document_id=text.document_id, page=text.page, **values)
            .on_conflict_do_update(index_elements=["document_id", "page"], set_=values)
        )
        if lean:
            page_bodies.index_page(s, text.document_id, text.page, text.text)

    def refresh_text(self, s: Session, document_id: int, *, read_state: ReadState | None = None,
                     note: str | None = None) -> None:
        """Make the document's text (what is searched: its pages') and its source agree with
        its pages."""
        rows = s.execute(
            select(DocumentPageRow.text, DocumentPageRow.source, DocumentPageRow.text_in_blob)
            .where(DocumentPageRow.document_id == document_id)
            .order_by(DocumentPageRow.page)
        ).all()
        sources = {_source(str(source)) for text, source, in_blob in rows
                   if in_blob or str(text).strip()}
        source = next((kind for kind in _SOURCE_ORDER if kind in sources), TextSource.NONE)
        values: dict[str, object] = {
            "text": "",  # its text is its pages'
            "text_source": source.value,
            "search_words": search_words(str(text) for text, source, _b in rows
                                         if _source(str(source)) is TextSource.OCR),
            "updated_at": now(),
        }
        if read_state is not None:
            values["read_state"] = read_state.value
        if note is not None:
            values["read_note"] = note
        result = s.execute(update(DocumentRow).where(DocumentRow.id == document_id)
                           .values(**values))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise RecordNotFoundError("document", document_id)

    def set_read_state(self, s: Session, document_id: int, state: ReadState,
                       note: str = "") -> None:
        result = s.execute(update(DocumentRow).where(DocumentRow.id == document_id)
                           .values(read_state=state.value, read_note=note, updated_at=now()))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise RecordNotFoundError("document", document_id)

    def forget_empty_readings(self, s: Session, document_id: int) -> None:
        """Pages read with nothing on them are to be read again."""
        s.execute(update(DocumentPageRow)
                  .where(DocumentPageRow.document_id == document_id,
                         DocumentPageRow.source == TextSource.OCR.value,
                         DocumentPageRow.text == "")
                  .values(source=TextSource.NONE.value))

    def blob_hashes(self) -> Iterator[tuple[str, int]]:
        """Every stored blob's key and size, for a check that reads them one at a time."""
        with self._store.reading() as s:
            rows = s.execute(select(BlobRow.sha256, BlobRow.size)).all()
        for sha, size in rows:
            yield str(sha), int(size)

    def blob(self, sha256: str) -> bytes | None:
        """The bytes stored under this hash; None if they cannot be found (a damaged index)."""
        with self._store.reading() as s:
            data = s.execute(
                select(BlobRow.data).where(BlobRow.sha256 == sha256)
            ).scalar_one_or_none()
        return None if data is None else bytes(data)

    def documents_without_bytes(self) -> list[str]:
        """Titles of the documents whose bytes are not in the folder at all."""
        with self._store.reading() as s:
            return [str(t) for t in s.execute(
                select(DocumentRow.title)
                .where(DocumentRow.sha256.not_in(select(BlobRow.sha256)))
                .order_by(DocumentRow.id)).scalars()]

    def documents_with_hash(self, sha256: str) -> list[str]:
        with self._store.reading() as s:
            return [
                str(t)
                for t in s.execute(
                    select(DocumentRow.title).where(DocumentRow.sha256 == sha256)
                ).scalars()
            ]

    # ------------------------------------------------------------------ a PDF kept unread, opened
    def store_opened(self, s: Session, document_id: int, pages: Sequence[str], *,
                     found: dict[str, object], guessed: dict[str, tuple[object, object]],
                     read_state: ReadState, note: str) -> None:
        """Store what opening a PDF kept unread found, in ``s``'s transaction: its pages (a page
        stored already is kept), ``found`` (column: value, e.g. its page count),
        and each ``guessed`` column (column: (the value it was kept with, the guess)) set to the
        guess only if it still holds the value it was kept with (she may have changed it).

        The search index takes the document in once, with all its pages: it is as if trashed
        while they go in (one she trashed meanwhile stays in the trash)."""
        row = s.execute(select(DocumentRow.deleted_at, DocumentRow.media_type)
                        .where(DocumentRow.id == document_id)).first()
        if row is None:
            raise RecordNotFoundError("document", document_id)
        was_deleted, media_type, stamp = row[0], str(row[1]), now()
        if was_deleted is None:
            s.execute(update(DocumentRow).where(DocumentRow.id == document_id)
                      .values(deleted_at=stamp))
        have = set(s.execute(select(DocumentPageRow.page)
                             .where(DocumentPageRow.document_id == document_id)).scalars())
        new = [(n, text) for n, text in enumerate(pages, start=1) if n not in have]
        if new:
            rows = [_page_row(document_id, n, text, media_type) for n, text in new]
            s.execute(insert(DocumentPageRow), rows)
            for (n, text), page_row in zip(new, rows, strict=True):
                if page_row["text_in_blob"]:
                    page_bodies.index_page(s, document_id, n, text)
        self.refresh_text(s, document_id, read_state=read_state, note=note)
        values: dict[str, object] = dict(found)
        for name, (kept, guess) in guessed.items():
            column = getattr(DocumentRow, name)
            still = column.is_(None) if kept is None else column == kept
            values[name] = case((still, guess), else_=column)
        s.execute(update(DocumentRow).where(DocumentRow.id == document_id)
                  .values(**values, deleted_at=was_deleted))


def _page_row(document_id: int, page: int, text: str, media_type: str) -> dict[str, object]:
    """A new page's row: its text kept in the PDF only when it is the PDF's own."""
    source = TextSource.NONE if text_layer_is_empty(text) else TextSource.FILE
    lean = page_bodies.keeps_in_blob(media_type, text, source is TextSource.FILE)
    return {"document_id": document_id, "page": page, "text": "" if lean else text,
            "source": source.value, "text_in_blob": lean}


def pages_text(pages: Iterable[str]) -> str:
    """A document's text made of its pages' text, as a document's text always was."""
    return "\n\n".join(p for p in pages if p)


def _checked_bytes(sha256: str, size: int, pieces: Iterable[bytes | memoryview]) -> bytes:
    """The pieces joined, or FileChangedError unless they are ``size`` bytes hashing to
    ``sha256``."""
    digest, joined = hashlib.sha256(), bytearray()
    for piece in pieces:
        if len(joined) + len(piece) > size:
            raise FileChangedError(detail="more bytes than when it was read")
        digest.update(piece)
        joined += piece
    if len(joined) != size or digest.hexdigest() != sha256:
        raise FileChangedError(detail="other bytes than when it was read")
    return bytes(joined)


def _pieces(data: bytes) -> Iterator[memoryview]:
    """``data`` in chunks, without copying it."""
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        yield view[start:start + _CHUNK]
