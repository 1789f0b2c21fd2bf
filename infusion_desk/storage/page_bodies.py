"""The text of PDF pages, kept only in the PDF itself, and found through an index of its own.

From revision 0005 a page whose text comes from its PDF's own text layer keeps no copy of it in
the folder file (``document_pages.text_in_blob``; its ``text`` is empty): the PDF's bytes,
stored anyway, already hold it, and it is read again from them when needed (a reader handed in
by the services, which run PDFium in its worker process). Text read from a picture or typed by
her has no other source: it stays stored, and searched through ``search_index`` as before.

Those pages' text is found through ``page_bodies``, an FTS5 table that keeps nothing but its
index (``content=''``, ``detail=none``, ``columnsize=0``): about a fifth of what the main index
costs a character. What that costs, on SQLite 3.40:

- It cannot rank (``bm25`` is 0 for every row) nor find phrases: a page is found when it holds
  each word (the last may be a start); the words of a quoted chunk are each looked for.
  Hits found there come after those of ``search_index``, the page stored last first.
- An entry can only be taken out with the exact text it was made from, which the folder file
  does not keep. So entries are never taken out: each is made under a key that is never used
  again (``page_body_entries``, AUTOINCREMENT), and a page that changes, is removed or loses its
  document marks its entry dead (a trigger); a search joins its finds with the live entries and
  the documents not in the trash. Dead entries only take a little room (a page's text layer
  rarely changes: she corrects a page, or the trash is emptied) until the index is rebuilt
  from the PDFs (``rebuild``: ``check --rebuild-index``, or after a restore). Why not take an
  entry out by reading the PDF again and checking it against a digest of what was indexed: a
  trigger cannot read a PDF (PDFium runs in a worker process), every change of a page would
  cost a trip to it inside the write, and one wrong ``delete`` corrupts the index; a dead
  entry costs a few bytes and a row skipped by a join.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterable, Sequence

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from infusion_desk.storage.shared.on_server import session_is_shared

BODY_TABLE = "page_bodies"
ENTRIES_TABLE = "page_body_entries"
BODY_SHADOWS = frozenset({BODY_TABLE, *(f"{BODY_TABLE}_{s}" for s in ("data", "idx", "config"))})
PDF_MEDIA_TYPE = "application/pdf"
PROGRESS_EVERY = 50  # documents between two progress reports of a rebuild

# Given a PDF's bytes: the text of each of its pages, as it was taken in (None: unreadable).
PageReader = Callable[[bytes], "Sequence[str] | None"]
Progress = Callable[[int, int], None]

_ADD_ENTRY = ("INSERT INTO page_body_entries (document_id, page, live) "
              "VALUES (:d, :p, 1) RETURNING key")
_ADD_BODY = "INSERT INTO page_bodies (rowid, body) VALUES (:k, :t)"
# A shared folder's (storage.shared.search_sql): the page's words, stored last.
_ADD_PAGE_WORDS = (
    "INSERT INTO page_words (document_id, page, words) "
    "VALUES (:d, :p, infusion_desk_page_vector(:t)) "
    "ON CONFLICT (folder, document_id, page) DO UPDATE "
    "SET words = EXCLUDED.words, stored = EXCLUDED.stored")
# Live entries holding every word, the page stored last first (FTS5 walks its rowids backwards
# and stops as soon as enough documents are found).
FOUND = ("SELECT e.document_id, e.page FROM page_bodies AS b "
         "JOIN page_body_entries AS e ON e.key = b.rowid AND e.live "
         "JOIN documents AS d ON d.id = e.document_id AND d.deleted_at IS NULL "
         "WHERE page_bodies MATCH ? ORDER BY b.rowid DESC")
_LEAN_PAGES = ("SELECT p.document_id, p.page FROM document_pages AS p "
               "WHERE p.text_in_blob ORDER BY p.document_id, p.page")
_MISSING = ("SELECT count(*) FROM document_pages AS p WHERE p.text_in_blob AND NOT EXISTS "
            "(SELECT 1 FROM page_body_entries AS e WHERE e.document_id = p.document_id "
            "AND e.page = p.page AND e.live)")


def is_body_table(name: str) -> bool:
    return name in BODY_SHADOWS


def is_pdf(media_type: str) -> bool:
    return media_type == PDF_MEDIA_TYPE


def keeps_in_blob(media_type: str, text: str, from_file: bool) -> bool:
    """Whether a page's text is kept only in its PDF: text from a PDF's own text layer."""
    return from_file and is_pdf(media_type) and bool(text.strip())


# ---------------------------------------------------------------------- writing (a session)
def index_page(s: Session, document_id: int, page: int, text: str) -> None:
    """Put a page's text in the body index under a new key (its stored row says
    ``text_in_blob``; an entry it had before was marked dead when the row changed). In a shared
    folder (PostgreSQL) the page's entry in ``page_words`` is made (again)."""
    if session_is_shared(s):
        s.execute(sql(_ADD_PAGE_WORDS), {"d": document_id, "p": page, "t": text})
        return
    key = s.execute(sql(_ADD_ENTRY), {"d": document_id, "p": page}).scalar_one()
    s.execute(sql(_ADD_BODY), {"k": key, "t": text})


def blob_of(s: Session, document_id: int) -> bytes | None:
    data = s.execute(sql("SELECT b.data FROM blobs AS b JOIN documents AS d "
                         "ON d.sha256 = b.sha256 WHERE d.id = :d"),
                     {"d": document_id}).scalar_one_or_none()
    return None if data is None else bytes(data)


def media_type_of(s: Session, document_id: int) -> str:
    found = s.execute(sql("SELECT media_type FROM documents WHERE id = :d"),
                      {"d": document_id}).scalar_one_or_none()
    return str(found or "")


def has_lean_pages(s: Session) -> bool:
    """Whether the file is of revision 0005 or later (older ones are only read, never
    upgraded while open read-only). A shared folder always is (made at 0007)."""
    if session_is_shared(s):
        return True
    columns = s.execute(sql("SELECT name FROM pragma_table_info('document_pages')")).scalars()
    return "text_in_blob" in set(columns)


def filled(texts: Sequence[str] | None, page: int) -> str:
    """Page ``page`` (1-based) of what a reader gave; empty when it gave nothing for it."""
    return texts[page - 1] if texts is not None and 0 < page <= len(texts) else ""


# ---------------------------------------------------------------------- checking (sqlite3)
def has_body_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                        (BODY_TABLE,)).fetchone() is not None


def counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(pages kept in their PDF with no live entry, live entries, dead entries)."""
    missing = int(conn.execute(_MISSING).fetchone()[0])
    live, dead = (int(n or 0) for n in conn.execute(
        "SELECT sum(live), sum(NOT live) FROM page_body_entries").fetchone())
    return missing, live, dead


def problems(conn: sqlite3.Connection) -> list[str]:
    """What is wrong with the body index: FTS5's own check of it (on a copy in the temporary
    database, as a read-only connection may not run it on the file), and pages kept in their
    PDF that it cannot find. Dead entries are no fault (see the module's notes)."""
    if not has_body_index(conn):
        return []
    found = []
    copy = "page_bodies_check"
    create = str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                              (BODY_TABLE,)).fetchone()[0])
    create = create.replace(BODY_TABLE, f"temp.{copy}", 1)
    try:
        conn.execute(f"DROP TABLE IF EXISTS temp.{copy}")
        conn.execute(create)
        try:
            for shadow in ("data", "idx", "config"):
                conn.execute(f"DELETE FROM temp.{copy}_{shadow}")
                conn.execute(f"INSERT INTO temp.{copy}_{shadow} "  # noqa: S608
                             f"SELECT * FROM main.{BODY_TABLE}_{shadow}")
            conn.execute(f"INSERT INTO temp.{copy}({copy}) VALUES ('integrity-check')")
        finally:
            conn.execute(f"DROP TABLE IF EXISTS temp.{copy}")
    except sqlite3.DatabaseError as exc:
        found.append(f"FTS5 integrity check of the pages' text: {exc}")
    missing, _live, _dead = counts(conn)
    if missing:
        found.append(f"{missing} page(s) of PDF text missing from the index")
    return found


# ---------------------------------------------------------------------- rebuilding (sqlite3)
def lean_documents(conn: sqlite3.Connection) -> dict[int, list[int]]:
    """The pages kept in their PDF, by document."""
    out: dict[int, list[int]] = {}
    for document_id, page in conn.execute(_LEAN_PAGES):
        out.setdefault(int(document_id), []).append(int(page))
    return out


def rebuild(conn: sqlite3.Connection, read: PageReader, progress: Progress | None = None
            ) -> int:
    """Make the body index again: every page kept in its PDF read again from it. One
    transaction (the caller holds the folder's lock); returns how many pages are indexed. A
    PDF that can no longer be read leaves its pages out (``check`` then counts them). About
    a minute on a folder of 5,000 PDFs (each read again in the PDF worker)."""
    if not has_body_index(conn):
        return 0
    lean = lean_documents(conn)
    create = str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                              (BODY_TABLE,)).fetchone()[0])
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"DROP TABLE {BODY_TABLE}")  # (made afresh: whatever its state was)
        conn.execute(create)
        conn.execute(f"DELETE FROM {ENTRIES_TABLE}")
        count = 0
        for done, (document_id, pages) in enumerate(lean.items(), start=1):
            count += _index_document(conn, document_id, pages, read)
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(lean)):
                progress(done, len(lean))
        conn.execute(f"INSERT INTO {BODY_TABLE}({BODY_TABLE}) VALUES ('optimize')")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return count


def _index_document(conn: sqlite3.Connection, document_id: int, pages: Iterable[int],
                    read: PageReader) -> int:
    row = conn.execute("SELECT b.data FROM blobs AS b JOIN documents AS d ON d.sha256 = b.sha256 "
                       "WHERE d.id = ?", (document_id,)).fetchone()
    texts = None if row is None else read(bytes(row[0]))
    count = 0
    for page in pages:
        text = filled(texts, page)
        if not text:
            continue
        key = conn.execute("INSERT INTO page_body_entries (document_id, page, live) "
                           "VALUES (?, ?, 1) RETURNING key", (document_id, page)).fetchone()[0]
        conn.execute("INSERT INTO page_bodies (rowid, body) VALUES (?, ?)", (key, text))
        count += 1
    return count


def found_pages(conn: sqlite3.Connection, match: str
                ) -> Generator[tuple[int, int], None, None]:
    """(document, page) of every live page holding ``match``, the page stored last first."""
    cursor = conn.execute(FOUND, (match,))
    try:
        for document_id, page in cursor:
            yield int(document_id), int(page)
    finally:
        cursor.close()
