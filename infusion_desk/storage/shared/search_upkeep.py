"""Looking after a shared folder's search indexes (PostgreSQL): checking them against the records,
and making them again from the records.

The same two jobs as a folder file's (``storage.search_index``, ``storage.page_bodies``), over the
indexes revision 0007 makes (``storage.shared.search_sql``). Row-level security keeps every read
and write here to the folder the connection is tied to: another folder's entries are never
seen, counted or touched.

- Checking: every live record's entry against what the view ``search_source`` makes of it now
  (missing, belonging to no record, or differing), and the pages kept in their PDF against
  ``page_words`` (a page with no entry, an entry for no such page). The server keeps its own
  pages sound; there is no file here to check byte by byte.
- Rebuilding: every entry of the folder made again from the records, in one transaction; the
  PDF pages' words too, each PDF read again by the reader handed in (as for a folder file),
  one PDF at a time, so that the others working in the folder are not held up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from infusion_desk.storage.page_bodies import PROGRESS_EVERY, PageReader, Progress, filled

if TYPE_CHECKING:
    from infusion_desk.storage.store import Store

# Every statement names the folder, though row-level security would keep the others out of
# reach: a person the server lets see every folder (a superuser) looks after hers only too.
_HERS = "(SELECT infusion_desk_folder())"
# One statement: the index and the records seen at one moment, whatever is written meanwhile.
_PROBLEMS = f"""
SELECT count(*) FILTER (WHERE e.record_id IS NULL),
       count(*) FILTER (WHERE s.record_id IS NULL),
       count(*) FILTER (WHERE s.record_id IS NOT NULL AND e.record_id IS NOT NULL
                        AND e.words IS DISTINCT FROM infusion_desk_search_vector(s.title, s.body)),
       (SELECT count(*) FROM document_pages AS p WHERE p.folder = {_HERS} AND p.text_in_blob
          AND NOT EXISTS (SELECT 1 FROM page_words AS w WHERE w.folder = p.folder
                          AND w.document_id = p.document_id AND w.page = p.page)),
       (SELECT count(*) FROM page_words AS w WHERE w.folder = {_HERS} AND NOT EXISTS
          (SELECT 1 FROM document_pages AS p WHERE p.folder = w.folder
           AND p.document_id = w.document_id AND p.page = w.page AND p.text_in_blob))
FROM search_source AS s
FULL JOIN (SELECT * FROM search_entries WHERE folder = {_HERS}) AS e
  ON e.folder = s.in_folder AND e.kind = s.code AND e.record_id = s.record_id
"""
_FORGET_ENTRIES = f"DELETE FROM search_entries WHERE folder = {_HERS}"
_REMAKE = ("INSERT INTO search_entries (folder, kind, record_id, words) "
           "SELECT s.in_folder, s.code, s.record_id, infusion_desk_search_vector(s.title, s.body) "
           "FROM search_source AS s")
_COUNT = f"SELECT count(*) FROM search_entries WHERE folder = {_HERS}"
_LEAN_PAGES = ("SELECT p.document_id, p.page FROM document_pages AS p "
               f"WHERE p.folder = {_HERS} AND p.text_in_blob ORDER BY p.document_id, p.page")
# Entries of no page kept in its PDF (made again below for those that are).
_FORGET_STALE_PAGES = (f"DELETE FROM page_words AS w WHERE w.folder = {_HERS} AND NOT EXISTS "
                       "(SELECT 1 FROM document_pages AS p WHERE p.folder = w.folder "
                       "AND p.document_id = w.document_id AND p.page = w.page "
                       "AND p.text_in_blob)")
_FORGET_DOCUMENT_PAGES = (f"DELETE FROM page_words WHERE folder = {_HERS} "
                          "AND document_id = :d")
_BLOB = ("SELECT b.data FROM blobs AS b "
         "JOIN documents AS d ON d.folder = b.folder AND d.sha256 = b.sha256 "
         "WHERE d.id = :d")
_ADD_PAGE = ("INSERT INTO page_words (document_id, page, words) "
             "SELECT p.document_id, p.page, infusion_desk_page_vector(:t) "
             f"FROM document_pages AS p WHERE p.folder = {_HERS} AND p.document_id = :d "
             "AND p.page = :p AND p.text_in_blob")


# ---------------------------------------------------------------------- checking
def index_problems(store: Store) -> list[str]:
    """What is wrong with the folder's search indexes ([] if nothing)."""
    with store.reading() as s:
        return problems_in(s)


def problems_in(s: Session) -> list[str]:
    missing, extra, differ, pages_missing, pages_extra = (
        int(n) for n in s.execute(sql(_PROBLEMS)).one())
    problems = []
    if missing:
        problems.append(f"{missing} record(s) missing from the index")
    if extra:
        problems.append(f"{extra} entr(ies) in the index belong to no record")
    if differ:
        problems.append(f"{differ} entr(ies) in the index differ from their records")
    if pages_missing:
        problems.append(f"{pages_missing} page(s) of PDF text missing from the index")
    if pages_extra:
        problems.append(f"{pages_extra} entr(ies) of PDF text belong to no page kept in its PDF")
    return problems


# ---------------------------------------------------------------------- rebuilding
def rebuild(store: Store, page_reader: PageReader | None = None,
            progress: Progress | None = None) -> int:
    """Make the search index again from the records, and (with ``page_reader``) the index of
    PDF pages' text from the PDFs; return how many records the first holds.

    The records' entries are made in one transaction (a second or two for 25,000 records:
    never seen half made). The PDFs are read one at a time outside any transaction, and each
    one's pages written in a short one of its own: the others working in the folder meanwhile
    are never held up for the minute 5,000 PDFs take to read."""
    with store.writing() as s:
        count = remake_entries(s)
    if page_reader is not None:
        remake_page_words(store, page_reader, progress)
    return count


def remake_entries(s: Session) -> int:
    s.execute(sql(_FORGET_ENTRIES))
    s.execute(sql(_REMAKE))
    return int(s.execute(sql(_COUNT)).scalar_one())


def remake_page_words(store: Store, read: PageReader, progress: Progress | None = None
                      ) -> int:
    """Every page kept in its PDF read again from it; a PDF that can no longer be read leaves
    its pages out (the check then counts them). Returns how many pages are indexed."""
    with store.reading() as s:
        lean: dict[int, list[int]] = {}
        for document_id, page in s.execute(sql(_LEAN_PAGES)):
            lean.setdefault(int(document_id), []).append(int(page))
    with store.writing() as s:
        s.execute(sql(_FORGET_STALE_PAGES))
    count = 0
    for done, (document_id, pages) in enumerate(lean.items(), start=1):
        with store.reading() as s:
            data = s.execute(sql(_BLOB), {"d": document_id}).scalar_one_or_none()
        texts = None if data is None else read(bytes(data))
        with store.writing() as s:
            count += index_document_pages(s, document_id, pages, texts)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(lean)):
            progress(done, len(lean))
    return count


def index_document_pages(s: Session, document_id: int, pages: Sequence[int],
                         texts: Sequence[str] | None) -> int:
    """A document's ``pages`` indexed again from ``texts`` (its PDF's pages' text, as read;
    None: unreadable, its pages left out), each only while it is still kept in its PDF (she
    may have corrected it meanwhile). Returns how many pages are indexed."""
    s.execute(sql(_FORGET_DOCUMENT_PAGES), {"d": document_id})
    rows = [{"d": document_id, "p": page, "t": filled(texts, page)} for page in pages]
    rows = [row for row in rows if row["t"]]
    if rows:
        s.execute(sql(_ADD_PAGE), rows)
    return len(rows)
