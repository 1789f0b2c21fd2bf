"""Reading the search index for one search: on one connection, in one read transaction, and
stopped inside SQLite as soon as a newer search is wanted.

The index ranks the records that hold every word (``bm25``) and hands out at most the first
characters of each hit's title and text; it never makes snippets itself (FTS5's ``snippet()``
takes time growing with the square of how often a word repeats: a pasted log of 100,000 "ERROR"
took a minute). Snippets are made by ``core.search`` from the bounded text handed out here.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.ocr import OcrWord
from infusion_desk.core.scans import words_from_json
from infusion_desk.core.search import SearchCancelledError
from infusion_desk.storage.trouble import known_trouble, search_trouble

if TYPE_CHECKING:
    from pathlib import Path

    from infusion_desk.storage.store import Store

log = logging.getLogger(__name__)

PROGRESS_OPS = 1_000  # SQLite steps between two looks at whether to stop
TITLE_CHARS = 300  # of a hit's title, shown on one line
_INTERRUPTED = 9  # SQLITE_INTERRUPT

# Weights of the index's columns for ranking: kind, record_id, title, body.
_RANKED = ("SELECT rowid FROM search_index WHERE search_index MATCH ? "
           "ORDER BY bm25(search_index, 0.0, 0.0, 8.0, 1.0) LIMIT ?")
_HITS = ("SELECT rowid, kind, record_id, substr(title, 1, ?), substr(body, 1, ?) "
         "FROM search_index WHERE rowid IN ({})")
_PAGE_WORDS = ("SELECT words, image_width, image_height FROM document_pages "
               "WHERE document_id = ? AND page = ?")
_PAGES = ("SELECT page, substr(text, 1, ?), source FROM document_pages "
          "WHERE document_id = ? ORDER BY page")


@dataclass(frozen=True)
class IndexHit:
    """One record the index found: its kind and id, and the start of its title and text."""

    kind: str
    record_id: int
    title: str
    body: str  # at most the characters asked for (one more says there is more)


class SearchReads:
    """What one search reads, on the search's own connection (plain ``sqlite3``: these small
    reads are many, and each would cost more through SQLAlchemy than in SQLite). Every read here
    can be stopped by the search's ``stop``."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    def ranked(self, match: str, limit: int, *, body_chars: int) -> list[IndexHit]:
        """The best ``limit`` records holding ``match`` (an FTS5 query), best first, each with
        the first ``body_chars`` + 1 characters of its text. Damage met here is the search
        index's (``SearchIndexDamagedError``: rebuilding it from the records repairs it)."""
        with search_trouble(self._path):  # damage found here is the index's
            rowids = [int(r[0]) for r in self._conn.execute(_RANKED, (match, limit))]
            if not rowids:
                return []
            rows = {int(r[0]): r for r in self._conn.execute(
                _HITS.format(", ".join("?" * len(rowids))),
                (TITLE_CHARS, body_chars + 1, *rowids))}
        return [IndexHit(str(r[1]), int(r[2]), str(r[3] or ""), str(r[4] or ""))
                for r in (rows.get(rowid) for rowid in rowids) if r is not None]

    def pages(self, document_id: int, *, most: int
              ) -> Generator[tuple[int, str, str], None, None]:
        """A document's pages in order: (page, the first ``most`` characters of its text, where
        the text came from). Read one at a time: stop early and the rest is never read."""
        cursor = self._conn.execute(_PAGES, (most, document_id))
        try:
            for page, text, source in cursor:
                yield int(page), str(text or ""), str(source)
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
    :class:`SearchCancelledError` is raised (not an error: a newer search is wanted)."""
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if not isinstance(raw, sqlite3.Connection):
                raise TypeError("a folder file is read through sqlite3")
            if stop is not None:
                raw.set_progress_handler(lambda: 1 if stop() else 0, PROGRESS_OPS)
            try:
                with conn.begin():
                    yield SearchReads(raw, store.path)
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
