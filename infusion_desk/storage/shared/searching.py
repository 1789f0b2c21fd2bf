"""Reading the search indexes of a shared folder (PostgreSQL) for one search: on one connection,
in one read-only snapshot, and cancelled on the server as soon as a newer search is wanted.

The same reads as a folder file's (``storage.searching``), over the indexes revision 0007 makes
(``storage.shared.search_sql``): ``search_entries`` ranked by ``ts_rank`` (the title weighs 8,
the text 1), the title and the start of the text of each hit read from the records through the
view ``search_source``; ``page_words`` for PDF pages' own text, the page stored last first.

The FTS5 query ``core.search`` makes (each typed chunk a quoted phrase, the last maybe a start
of a word) is turned into a ``tsquery`` (:func:`fts5_chunks`, :func:`tsquery_text`): each chunk's
words are made by the server as the index's are (``infusion_desk_words``: lower case, no
accents, split where FTS5 splits), a chunk of several words is a phrase (``<->``), and the
last word of a start is a prefix (``:*``). The index of PDF pages finds no phrases (as FTS5's
``detail=none`` cannot): there every word is looked for on its own (``&``).

Stopping: the search's ``stop`` is asked every :data:`WATCH_SECONDS` by a watcher thread while
the search reads; once it says True, the query running on the server is cancelled
(``cancel_safe``, sent again until the search ends) and :class:`SearchCancelledError` is raised.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import errors as pg_errors

from infusion_desk.core.ocr import OcrWord
from infusion_desk.core.scans import words_from_json
from infusion_desk.core.search import SearchCancelledError
from infusion_desk.storage.searching import TITLE_CHARS, IndexHit, first_pages

if TYPE_CHECKING:
    from infusion_desk.storage.store import Store

log = logging.getLogger(__name__)

WATCH_SECONDS = 0.02  # how often the watcher asks whether to stop
PAGES_FETCHED = 8  # a document's pages fetched at a time (read lazily, as SQLite's are)
BODY_ROWS_FETCHED = 200  # PDF pages found, fetched at a time
# ts_rank's weights {D, C, B, A}: the title counts 8 times the text (as FTS5's bm25 weights).
RANK_WEIGHTS = [0.125, 0.0, 0.0, 1.0]
_KINDS = {1: "plan", 2: "contact", 3: "step", 4: "document", 5: "call", 6: "question",
          7: "request", 8: "profile"}
_CHUNK = re.compile(r'"((?:[^"]|"")*)"(\*?)')

_WORDS = ("SELECT infusion_desk_words(t.chunk) FROM unnest(%s::text[]) WITH ORDINALITY "
          "AS t(chunk, n) ORDER BY t.n")
# Best first by ts_rank, divided by 1 + the log of the record's length in words (as bm25
# favours short records; ts_rank also favours the words found near one another, so the order of
# hits found by their text only may differ from a folder file's); equal ranks in the order of
# FTS5's rowids (kind, then record id).
# A record too long for its tsvector to keep every word's place (``long_text``) cannot tell a
# phrase from its words found apart: there each word of a phrase is looked for anywhere.
_RANKED = ("SELECT e.kind, e.record_id FROM search_entries AS e, "
           "to_tsquery('simple', %(q)s) AS q, to_tsquery('simple', %(words)s) AS w "
           "WHERE e.words @@ w AND (e.long_text OR e.words @@ q) "
           "ORDER BY ts_rank(%(weights)s::float4[], e.words, q, 1) DESC, e.kind, e.record_id "
           "LIMIT %(limit)s")
_HITS = ("SELECT s.record_id, left(s.title, %(t)s), left(s.body, %(b)s) FROM search_source AS s "
         "WHERE s.code = %(code)s AND s.record_id = ANY(%(ids)s::bigint[])")
# Live PDF pages holding every word, the page stored last first.
_FOUND = ("SELECT w.document_id, w.page FROM page_words AS w "
          "JOIN documents AS d ON d.id = w.document_id AND d.deleted_at IS NULL "
          "WHERE w.words @@ to_tsquery('simple', %s) ORDER BY w.stored DESC")
_TITLES = "SELECT id, left(title, %s) FROM documents WHERE id = ANY(%s::bigint[])"
_BLOB = ("SELECT b.data FROM blobs AS b "
         "JOIN documents AS d ON d.folder = b.folder AND d.sha256 = b.sha256 "
         "WHERE d.id = %s")
_PAGE_WORDS = ("SELECT words, image_width, image_height FROM document_pages "
               "WHERE document_id = %s AND page = %s")
_PAGES = ("SELECT page, left(text, %s), source, text_in_blob FROM document_pages "
          "WHERE document_id = %s ORDER BY page")


# ---------------------------------------------------------------------- the query
def fts5_chunks(match: str) -> list[tuple[str, bool]]:
    """The quoted chunks of an FTS5 query as ``core.search`` makes it, each with whether it is
    the start of a word (``"…"*``)."""
    return [(m[1].replace('""', '"'), bool(m[2])) for m in _CHUNK.finditer(match)]


def _operand(word: str, *, start: bool) -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if start else quoted


def tsquery_text(chunks: list[tuple[list[str], bool]], *, phrases: bool) -> str | None:
    """The ``to_tsquery`` text for chunks already split into the index's words (each with
    whether its last word is a start): every chunk must be found, as a phrase when
    ``phrases``; None when no chunk holds a word (nothing can be found)."""
    parts = []
    for words, start in chunks:
        if not words:
            continue  # (a chunk of signs only: no word of the index to look for)
        operands = [_operand(w, start=start and n == len(words) - 1)
                    for n, w in enumerate(words)]
        if phrases and len(operands) > 1:
            parts.append("(" + " <-> ".join(operands) + ")")
        else:
            parts.extend(operands)
    return " & ".join(parts) if parts else None


# ---------------------------------------------------------------------- the reads
class ServerSearchReads:
    """What one search reads, on the search's own connection (plain psycopg, as the folder
    file's are plain ``sqlite3``)."""

    has_bodies = True  # (``page_words`` is made with the rest by revision 0007)

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn
        self._cursors = itertools.count()  # (each server-side cursor named afresh)
        self._words: dict[str, list[tuple[list[str], bool]]] = {}

    def _tsquery(self, match: str, *, phrases: bool) -> str | None:
        if match not in self._words:
            chunks = fts5_chunks(match)
            made = [str(r[0] or "") for r in self._conn.execute(
                _WORDS, ([c for c, _start in chunks],))]
            self._words[match] = [(w.split(), start)
                                  for w, (_c, start) in zip(made, chunks, strict=True)]
        return tsquery_text(self._words[match], phrases=phrases)

    def ranked(self, match: str, limit: int, *, body_chars: int) -> list[IndexHit]:
        """The best ``limit`` records holding ``match`` (an FTS5 query), best first, each with
        the first ``body_chars`` + 1 characters of its text."""
        query = self._tsquery(match, phrases=True)
        if query is None or limit <= 0:
            return []
        found = [(int(k), int(i)) for k, i in self._conn.execute(_RANKED, {
            "q": query, "words": self._tsquery(match, phrases=False), "weights": RANK_WEIGHTS,
            "limit": limit})]
        wanted: dict[int, list[int]] = {}
        for code, record_id in found:
            wanted.setdefault(code, []).append(record_id)
        rows: dict[tuple[int, int], tuple[str, str]] = {}
        for code, ids in wanted.items():
            for record_id, title, body in self._conn.execute(
                    _HITS, {"t": TITLE_CHARS, "b": body_chars + 1, "code": code, "ids": ids}):
                rows[code, int(record_id)] = (str(title or ""), str(body or ""))
        return [IndexHit(_KINDS[code], record_id, *rows[code, record_id])
                for code, record_id in found if code in _KINDS and (code, record_id) in rows]

    def body_pages(self, match: str, limit: int, *, leaving_out: set[int]
                   ) -> list[tuple[int, int, str]]:
        """Up to ``limit`` documents (not those ``leaving_out``) with a page of PDF text holding
        every word of ``match``: (document, the first such page met, its title), the page
        stored last first."""
        query = self._tsquery(match, phrases=False)
        if query is None or limit <= 0:
            return []
        with self._conn.cursor(name="infusion_desk_body_pages") as cursor:
            cursor.itersize = BODY_ROWS_FETCHED
            cursor.execute(_FOUND, (query,))
            found = first_pages(((int(d), int(p)) for d, p in cursor), limit, leaving_out)
        titles = {int(i): str(t or "") for i, t in self._conn.execute(
            _TITLES, (TITLE_CHARS, list(found)))}
        return [(d, p, titles.get(d, "")) for d, p in found.items()]

    def blob(self, document_id: int) -> bytes | None:
        """A document's bytes (to read a PDF's text again)."""
        row = self._conn.execute(_BLOB, (document_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def pages(self, document_id: int, *, most: int
              ) -> Generator[tuple[int, str, str, bool], None, None]:
        """A document's pages in order: (page, the first ``most`` characters of its text, where
        the text came from, whether it is kept in the PDF only). Fetched a few at a time: stop
        early and the rest is never sent."""
        with self._conn.cursor(name=f"infusion_desk_pages_{next(self._cursors)}") as cursor:
            cursor.itersize = PAGES_FETCHED
            cursor.execute(_PAGES, (most, document_id))
            for page, text, source, in_blob in cursor:
                yield int(page), str(text or ""), str(source), bool(in_blob)

    def page_words(self, document_id: int, page: int
                   ) -> tuple[tuple[OcrWord, ...], int, int] | None:
        """The words read on a page picture and the size of that picture; None if none."""
        row = self._conn.execute(_PAGE_WORDS, (document_id, page)).fetchone()
        if row is None or not row[0] or not row[1] or not row[2]:
            return None
        return words_from_json(str(row[0])), int(row[1]), int(row[2])


# ---------------------------------------------------------------------- one search
class _Watcher:
    """Asks ``stop`` while a search reads; cancels the query under way once it says True."""

    def __init__(self, conn: psycopg.Connection[Any], stop: Callable[[], bool]) -> None:
        self._conn = conn
        self._stop = stop
        self._done = threading.Event()
        self.cancelled = False
        self._thread = threading.Thread(target=self._watch, name="search-watcher", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        # Once ``stop`` has said True, the cancel is sent again every WATCH_SECONDS until the
        # search ends: the server cancels only a query under way, so one sent between two of
        # the search's queries would be lost, and the next query would run to its end.
        while not self._done.wait(WATCH_SECONDS):
            if self.cancelled or self._stop():
                self.cancelled = True
                try:
                    self._conn.cancel_safe(timeout=5.0)
                except psycopg.Error:  # (the server out of reach: the search fails anyway)
                    log.debug("a search could not be cancelled on the server")
                    return

    def end(self) -> None:
        """Stop watching (before the connection goes back to the pool: a cancel sent later
        would stop whatever it runs next)."""
        self._done.set()
        self._thread.join()


@contextmanager
def server_searching(store: Store, stop: Callable[[], bool] | None = None,
                     trouble: Callable[[BaseException], BaseException] | None = None,
                     ) -> Iterator[ServerSearchReads]:
    """One search's reads of a shared folder, in one read-only snapshot (REPEATABLE READ).
    ``trouble`` turns a server's error into the FolderError to raise (the store's own); a
    query cancelled because ``stop`` said True raises :class:`SearchCancelledError`."""
    watcher: _Watcher | None = None
    try:
        with store.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ",  # noqa: PLW2901
                                          postgresql_readonly=True)
            raw = conn.connection.dbapi_connection
            if not isinstance(raw, psycopg.Connection):
                raise TypeError("a shared folder is read through psycopg")
            with conn.begin():
                watcher = None if stop is None else _Watcher(raw, stop)
                try:
                    yield ServerSearchReads(raw)
                finally:
                    if watcher is not None:
                        watcher.end()
    except Exception as exc:
        if _cancelled(exc) and ((watcher is not None and watcher.cancelled)
                                or (stop is not None and stop())):
            log.debug("a search was cancelled on the server")
            raise SearchCancelledError from exc
        if trouble is None or not _from_server(exc):
            raise
        raise trouble(exc) from exc


def _cause(exc: BaseException) -> BaseException:
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def _cancelled(exc: BaseException) -> bool:
    return isinstance(_cause(exc), pg_errors.QueryCanceled)


def _from_server(exc: BaseException) -> bool:
    return isinstance(_cause(exc), psycopg.Error)
