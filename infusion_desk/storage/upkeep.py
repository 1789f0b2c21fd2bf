"""Looking after an open folder file: the full check, and rebuilding its search index."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import FolderDamagedError, ReadOnlyFolderError
from infusion_desk.storage import search_index
from infusion_desk.storage.checking import FileCheck, check_file
from infusion_desk.storage.store import Store
from infusion_desk.storage.trouble import known_trouble


def check_folder_file(store: Store) -> FileCheck:
    """SQLite's integrity check of every table and index, and the search index against the
    records. Each step reads in a transaction of its own: once SQLite has met damage, it calls
    everything else in the same transaction damaged too."""
    try:
        with store.raw() as conn:
            return check_file(conn)
    except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise known_trouble(exc, store.path, writing=False) from exc


def rebuild_search_index(store: Store) -> int:
    """Make the search index again from the records; return how many entries it holds. Only
    the index's own tables change; the records are read, never written."""
    if store.read_only:
        raise ReadOnlyFolderError
    store.check_file_is_still_there()
    try:
        return search_index.rebuild(store.raw)
    except search_index.SearchIndexUnknownError as exc:
        raise FolderDamagedError(store.path, str(exc)) from exc
    except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise known_trouble(exc, store.path, writing=True) from exc
