"""Reading the search index for one search: on one connection, in one read transaction, and
stopped inside SQLite as soon as a newer search is wanted.

The index ranks the records that hold every word (FTS5's ``rank``: ``bm25`` with the weights
kept in the index) and at most the first characters of each hit's title and text are read from
the records; it never makes snippets itself (FTS5's ``snippet()``
takes time growing with the square of how often a word repeats: a pasted log of 100,000 "ERROR"
took a minute). Snippets are made by ``core.search`` from the bounded text handed out here.

A PDF page's own text (revision 0005) is found through ``page_bodies`` (``body_pages``): those
finds come after the ranked ones, the page stored last first (that index cannot rank; see
``storage.page_bodies``), and their text is read again from the PDF by the caller (``blob``).

A shared folder (PostgreSQL) is searched through the same reads (:class:`SearchReads`) over its
server's own full-text search: ``storage.shared.searching``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.ocr import OcrWord
from infusion_desk.core.scans import words_from_json
from infusion_desk.core.search import SearchCancelledError
from infusion_desk.storage import page_bodies
from infusion_desk.storage.shared.on_server import is_shared
from infusion_desk.storage.trouble import known_trouble, search_trouble

if TYPE_CHECKING:
    from pathlib import Path

    from infusion_desk.storage.store import Store

log = logging.getLogger(__name__)

PROGRESS_OPS = 1_000  # SQLite steps between two looks at whether to stop
TITLE_CHARS = 300  # of a hit's title, shown on one line
_INTERRUPTED = 9  # SQLITE_INTERRUPT

# Best first by FTS5's own ``rank`` (the weights of its columns are in the index's configuration:
# the title counts 8 times the text); ranked so, FTS5 reads no text of the records it finds.
_RANKED = "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
# The title and text of the records found, read from the records (the index keeps no copy of
# them) through the view the index is made from, one kind of record at a time.
_HITS = ("SELECT record_id, substr(title, 1, ?), substr(body, 1, ?) FROM search_source "
         "WHERE kind = ? AND record_id IN ({})")
_KINDS = {1: "plan", 2: "contact", 3: "step", 4: "document", 5: "call", 6: "question",
          7: "request", 8: "profile"}
KIND_STRIDE = 1_000_000_000_000  # an entry's rowid: its kind's code times this, plus its id
# A file of a revision before 0004 open read-only (never upgraded): its index keeps its own copy
# of the text, and the weights are given with each search.
_RANKED_0003 = ("SELECT rowid FROM search_index WHERE search_index MATCH ? "
                "ORDER BY bm25(search_index, 0.0, 0.0, 8.0, 1.0) LIMIT ?")
_HITS_0003 = ("SELECT record_id, substr(title, 1, ?), substr(body, 1, ?) FROM search_index "
              "WHERE kind = ? AND rowid IN ({})")
_HAS_SOURCE = "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'search_source'"
_TITLES = "SELECT id, substr(title, 1, ?) FROM documents WHERE id IN ({})"
_BLOB = ("SELECT b.data FROM blobs AS b JOIN documents AS d ON d.sha256 = b.sha256 "
         "WHERE d.id = ?")
_PAGE_WORDS = ("SELECT words, image_width, image_height FROM document_pages "
               "WHERE document_id = ? AND page = ?")
_PAGES = ("SELECT page, substr(text, 1, ?), source, text_in_blob FROM document_pages "
          "WHERE document_id = ? ORDER BY page")
_PAGES_0004 = ("SELECT page, substr(text, 1, ?), source, 0 FROM document_pages "
               "WHERE document_id = ? ORDER BY page")



def first_pages(pages: Iterable[tuple[int, int]], limit: int, leaving_out: set[int]
                ) -> dict[int, int]:
    """From (document, page) pairs as an index hands them out: the first ``limit`` documents
    met (not those ``leaving_out``), each with the lowest of its pages met on the way. Stops
    reading at the first pair of a document beyond the limit."""
    found: dict[int, int] = {}
    for document_id, page in pages:
        if document_id in leaving_out:
            continue
        if document_id in found:
            found[document_id] = min(found[document_id], page)
        elif len(found) < limit:
            found[document_id] = page
        else:
            break
    return found

@dataclass(frozen=True)
class IndexHit:
    """One record the index found: its kind and id, and the start of its title and text."""

    kind: str
    record_id: int
    title: str
    body: str  # at most the characters asked for (one more says there is more)


class SearchReads(Protocol):
    """What one search reads: a folder file's (:class:`FileSearchReads`) or a shared folder's
    (``storage.shared.searching.ServerSearchReads``)."""

    has_bodies: bool  # whether PDF pages' own text has an index of its own (0005 on)

    def ranked(self, match: str, limit: int, *, body_chars: int) -> list[IndexHit]: ...

    def body_pages(self, match: str, limit: int, *, leaving_out: set[int]
                   ) -> list[tuple[int, int, str]]: ...

    def blob(self, document_id: int) -> bytes | None: ...

    def pages(self, document_id: int, *, most: int
              ) -> Generator[tuple[int, str, str, bool], None, None]: ...

    def page_words(self, document_id: int, page: int
                   ) -> tuple[tuple[OcrWord, ...], int, int] | None: ...


class FileSearchReads:
    """What one search of a folder file reads, on the search's own connection (plain
    ``sqlite3``: these small reads are many, and each would cost more through SQLAlchemy than in
    SQLite). Every read here can be stopped by the search's ``stop``."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path
        self._reads_records = conn.execute(_HAS_SOURCE).fetchone() is not None
        self.has_bodies = page_bodies.has_body_index(conn)

    def ranked(self, match: str, limit: int, *, body_chars: int) -> list[IndexHit]:
        """The best ``limit`` records holding ``match`` (an FTS5 query), best first, each with
        the first ``body_chars`` + 1 characters of its text. Damage met here is the search
        index's (``SearchIndexDamagedError``: rebuilding it from the records repairs it)."""
        with search_trouble(self._path):  # damage found here is the index's
            new = self._reads_records
            rowids = [int(r[0]) for r in self._conn.execute(
                _RANKED if new else _RANKED_0003, (match, limit))]
            wanted: dict[str, list[int]] = {}
            for rowid in rowids:
                code, record_id = divmod(rowid, KIND_STRIDE)
                if code in _KINDS:
                    wanted.setdefault(_KINDS[code], []).append(record_id if new else rowid)
            rows: dict[tuple[str, int], tuple[str, str]] = {}
            for kind, ids in wanted.items():
                for record_id, title, body in self._conn.execute(
                        (_HITS if new else _HITS_0003).format(", ".join("?" * len(ids))),
                        (TITLE_CHARS, body_chars + 1, kind, *ids)):
                    rows[kind, int(record_id)] = (str(title or ""), str(body or ""))
        hits = []
        for rowid in rowids:
            code, record_id = divmod(rowid, KIND_STRIDE)
            found = rows.get((_KINDS.get(code, ""), record_id))
            if found is not None:
                hits.append(IndexHit(_KINDS[code], record_id, *found))
        return hits

    def body_pages(self, match: str, limit: int, *, leaving_out: set[int]
                   ) -> list[tuple[int, int, str]]:
        """Up to ``limit`` documents (not those ``leaving_out``) with a page of PDF text holding
        every word of ``match`` (an FTS5 query without phrases): (document, the first such page
        met, its title), the page stored last first."""
        if not self.has_bodies or limit <= 0:
            return []
        with search_trouble(self._path):
            pages = page_bodies.found_pages(self._conn, match)
            try:
                found = first_pages(pages, limit, leaving_out)
            finally:
                pages.close()
            titles = {int(i): str(t or "") for i, t in self._conn.execute(
                _TITLES.format(", ".join("?" * len(found))), (TITLE_CHARS, *found))}
        return [(d, p, titles.get(d, "")) for d, p in found.items()]

    def blob(self, document_id: int) -> bytes | None:
        """A document's bytes (to read a PDF's text again)."""
        row = self._conn.execute(_BLOB, (document_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def pages(self, document_id: int, *, most: int
              ) -> Generator[tuple[int, str, str, bool], None, None]:
        """A document's pages in order: (page, the first ``most`` characters of its text, where
        the text came from, whether it is kept in the PDF only: then the text given is empty).
        Read one at a time: stop early and the rest is never read."""
        cursor = self._conn.execute(_PAGES if self.has_bodies else _PAGES_0004,
                                    (most, document_id))
        try:
            for page, text, source, in_blob in cursor:
                yield int(page), str(text or ""), str(source), bool(in_blob)
        finally:
            cursor.close()

    def page_words(self, document_id: int, page: int
                   ) -> tuple[tuple[OcrWord, ...], int, int] | None:
        """The words read on a page picture and the size of that picture; None if none."""
        row = self._conn.execute(_PAGE_WORDS, (document_id, page)).fetchone()
        if row is None or not row[0] or not row[1] or not row[2]:
            return None
        return words_from_json(str(row[0])), int(row[1]), int(row[2])


@contextmanager
def searching(store: Store, stop: Callable[[], bool] | None = None) -> Iterator[SearchReads]:
    """One search's reads, in one read transaction. ``stop`` is asked every
    :data:`PROGRESS_OPS` SQLite steps; once it says True, SQLite stops where it is and
    :class:`SearchCancelledError` is raised (not an error: a newer search is wanted). A shared
    folder (PostgreSQL) is read by ``storage.shared.searching``, stopped on the server."""
    if is_shared(store):
        from infusion_desk.storage.shared.searching import server_searching

        with server_searching(store, stop,
                              trouble=lambda exc: store.trouble(exc, writing=False)) as reads:
            yield reads
        return
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if not isinstance(raw, sqlite3.Connection):
                raise TypeError("a folder file is read through sqlite3")
            if stop is not None:
                raw.set_progress_handler(lambda: 1 if stop() else 0, PROGRESS_OPS)
            try:
                with conn.begin():
                    yield FileSearchReads(raw, store.path)
            finally:
                raw.set_progress_handler(None, 0)
    except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        if _interrupted(exc):
            log.debug("a search was stopped inside SQLite")
            raise SearchCancelledError from exc
        raise known_trouble(exc, store.path, writing=False) from exc


def _interrupted(exc: BaseException) -> bool:
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    code = getattr(cause, "sqlite_errorcode", None)
    return isinstance(cause, sqlite3.Error) and (
        code == _INTERRUPTED or (code is None and str(cause) == "interrupted"))
