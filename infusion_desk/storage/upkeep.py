"""Looking after an open folder file: the full check, and rebuilding its search index (a shared
folder's on its server: ``storage.shared.search_upkeep``)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import FolderDamagedError, ReadOnlyFolderError
from infusion_desk.storage import page_bodies, search_index
from infusion_desk.storage.checking import FileCheck, check_file
from infusion_desk.storage.page_bodies import PageReader, Progress
from infusion_desk.storage.shared import search_upkeep
from infusion_desk.storage.shared.on_server import is_shared
from infusion_desk.storage.store import Store
from infusion_desk.storage.trouble import known_trouble


def check_folder_file(store: Store) -> FileCheck:
    """SQLite's integrity check of every table and index, and the search index against the
    records. Each step reads in a transaction of its own: once SQLite has met damage, it calls
    everything else in the same transaction damaged too."""
    if is_shared(store):  # the server keeps its pages sound: the search indexes are checked
        return FileCheck(search_index=search_upkeep.index_problems(store))
    try:
        with store.raw() as conn:
            return check_file(conn)
    except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise known_trouble(exc, store.path, writing=False) from exc


def rebuild_search_index(store: Store, page_reader: PageReader | None = None,
                         progress: Progress | None = None) -> int:
    """Make the search index again from the records, and the index of PDF pages' text from the
    PDFs (read by ``page_reader``; without one it is left as it is); return how many records
    the first holds. Only the indexes' own tables change; the records are read, never
    written. ``progress(done, of)`` is told as PDFs are read."""
    if store.read_only:
        raise ReadOnlyFolderError
    if is_shared(store):
        return search_upkeep.rebuild(store, page_reader, progress)
    store.check_file_is_still_there()
    try:
        count = search_index.rebuild(store.raw)
        if page_reader is not None:
            with store.raw() as conn:
                page_bodies.rebuild(conn, page_reader, progress)
        return count
    except search_index.SearchIndexUnknownError as exc:
        raise FolderDamagedError(store.path, str(exc)) from exc
    except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise known_trouble(exc, store.path, writing=True) from exc
