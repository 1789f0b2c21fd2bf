"""Writing a snapshot of a folder file that may be in use, straight to the backup place.

The new snapshot file is made at ``partial`` and the folder file is attached to it for reading,
under SQLite's locks (never as immutable: a file someone writes meanwhile would be read
half-changed). Everything is read in one read transaction, so the snapshot is one consistent
moment however much is written meanwhile: the list of documents, their bytes (streamed a piece at
a time into the blob store, only those it lacks), each document's large text (one pack each,
:mod:`snapshot_packs`) and the records (table by table as ``VACUUM`` does, their rows in packs of
rows, :mod:`snapshot_rows`; the search index left out, made again on restore). Only what the
store lacks is written, so a later snapshot costs the few packs that changed and a small file.
The backup place needs room only for that; the room is checked before anything is written. A
busy folder is waited for (SQLite's busy timeout); what
fails is told by its place (:func:`snapshot.told`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from infusion_desk.privacy import create_private_file
from infusion_desk.storage import snapshot_packs, snapshot_rows
from infusion_desk.storage.blob_store import BlobStore
from infusion_desk.storage.durable import fsync_file
from infusion_desk.storage.snapshot import (
    CHUNK,
    COUNTS_KEY,
    INFO_TABLE,
    PACKS_TABLE,
    ROWS_TABLE,
    SNAPSHOT_APPLICATION_ID,
    SNAPSHOT_FORMAT,
    SNAPSHOT_PAGE_SIZE,
    THUMBNAILS_TABLE,
    NoRoomError,
    SnapshotError,
    SnapshotWritten,
    content_digest,
    counts_of,
    integrity_problems,
    quoted,
    rows,
    told,
)
from infusion_desk.storage.sqlite_files import BUSY_TIMEOUT_MS, reading_uri, remove_with_sidecars

log = logging.getLogger(__name__)

SOURCE = "src"
# Columns a snapshot keeps empty: the document bytes (in the blob store) and thumbnails (there
# too, listed in THUMBNAILS_TABLE).
LEFT_OUT = {("blobs", "data"): "zeroblob(0)", ("documents", "thumbnail"): "NULL"}
ROOM_MARGIN = 1024 * 1024  # beyond the estimate: the snapshot's pages are never quite full
_WHOLE = {"blobs"}  # kept in the snapshot file itself: the list of document bytes it needs



def write_snapshot(
    source: Path, *, partial: Path, blobs: BlobStore, info: Mapping[str, str]
) -> SnapshotWritten:
    """Write a snapshot of ``source`` to ``partial`` (flushed and checked); the caller renames it.

    Raises a SnapshotError that says where the trouble was; ``partial`` is then gone.
    """
    remove_with_sidecars(partial)
    try:
        written = _write(source, partial, blobs, info)
    except BaseException:
        remove_with_sidecars(partial)
        raise
    return written


def _write(source: Path, partial: Path, blobs: BlobStore, info: Mapping[str, str]
           ) -> SnapshotWritten:
    conn = _new_snapshot_file(partial)
    try:
        try:
            conn.execute(f"ATTACH DATABASE ? AS {SOURCE}", (reading_uri(source),))
        except sqlite3.Error as exc:
            raise told(exc, partial, source_opening=True) from exc
        try:
            conn.execute("BEGIN")
            written = _copy(conn, partial, blobs, info)
            conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            raise told(exc, partial) from exc
        finally:
            with contextlib.suppress(sqlite3.Error):  # on failure the file is thrown away
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            with contextlib.suppress(sqlite3.Error):  # closing the connection detaches it too
                conn.execute(f"DETACH DATABASE {SOURCE}")  # the last reader tidies the -wal
        try:
            conn.execute("PRAGMA main.journal_mode = DELETE")
            # A fingerprint of every record, so that a backup changed on its disk since (bit
            # rot on a stick) is found out before it is restored, not after.
            conn.execute(f"INSERT INTO {INFO_TABLE} VALUES ('content_sha256', ?)",
                         (content_digest(conn),))
            conn.execute(f"PRAGMA main.application_id = {SNAPSHOT_APPLICATION_ID}")
        except sqlite3.Error as exc:
            raise told(exc, partial) from exc
    finally:
        conn.close()
    try:
        fsync_file(partial)
    except OSError as exc:
        raise told(exc, partial) from exc
    problems = integrity_problems(partial)
    if problems:
        raise SnapshotError("the new snapshot failed its check: " + "; ".join(problems[:3]))
    return written


def _new_snapshot_file(partial: Path) -> sqlite3.Connection:
    try:
        create_private_file(partial)  # SQLite keeps its mode (only its owner may read it)
        conn = sqlite3.connect(partial.resolve().as_uri() + "?mode=rw", uri=True,
                               isolation_level=None)
    except (sqlite3.Error, OSError) as exc:
        raise told(exc, partial) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Built in one go and thrown away if anything fails: no journal, no syncing until the
        # end, and no zeroing of freed pages (which Debian's SQLite does by default).
        conn.execute(f"PRAGMA main.page_size = {SNAPSHOT_PAGE_SIZE}")
        conn.execute("PRAGMA main.journal_mode = OFF")
        conn.execute("PRAGMA main.synchronous = OFF")
        conn.execute("PRAGMA main.secure_delete = OFF")
    except sqlite3.Error as exc:
        conn.close()
        raise told(exc, partial) from exc
    return conn


def _copy(conn: sqlite3.Connection, partial: Path, blobs: BlobStore,
          info: Mapping[str, str]) -> SnapshotWritten:
    """Everything, inside the one read transaction of the folder file."""
    page_size = int(conn.execute(f"PRAGMA {SOURCE}.page_size").fetchone()[0])
    listed = [(int(r), str(s), int(n)) for r, s, n in conn.execute(
        f"SELECT rowid, sha256, size FROM {SOURCE}.blobs")]
    thumbnails = list(_thumbnail_prints(conn))
    lay = snapshot_packs.layout(conn, SOURCE)
    texts = [(document_id, hashlib.sha256(data).hexdigest(), len(data))
             for document_id, data in snapshot_packs.packs(conn, lay, SOURCE)]
    store = blobs.packs
    # What the backups hold already, looked up once: it is neither read again nor written.
    kept = {sha for _r, sha, n in listed if blobs.has(sha, n)}
    kept.update(sha for _d, sha, n in thumbnails if blobs.has(sha, n))
    kept_texts = {sha for _d, sha, _n in texts if store.has(sha)}
    new_sizes = ([n for _r, sha, n in listed if sha not in kept]
                 + [n for _d, sha, n in thumbnails if sha not in kept]
                 + [n for _d, sha, n in texts if sha not in kept_texts])
    _check_room(conn, partial, page_size=page_size, new=sum(new_sizes),
                moved=sum(n for _r, _s, n in listed) + sum(n for _d, _s, n in thumbnails)
                + sum(n for _d, _s, n in texts))
    with blobs.batch(), store.batch():  # flushed to the disk together, at the end
        new_files, new_bytes, unreadable = _put_documents(conn, blobs, listed, kept)
        for document_id, sha, size in thumbnails:
            if sha not in kept and blobs.put(sha, _thumbnail(conn, document_id)):
                kept.add(sha)
                new_files += 1
                new_bytes += size
        for document_id, sha, _size in texts:
            if sha not in kept_texts:  # read again, only for the documents whose text is new
                written = store.put(sha, snapshot_packs.pack_of(conn, lay, document_id, SOURCE)
                                    or b"")
                kept_texts.add(sha)
                new_files += written > 0
                new_bytes += written
        added = [0, 0]

        def keep(sha: str, data: bytes) -> None:
            if sha not in kept_texts and not store.has(sha):
                kept_texts.add(sha)
                written = store.put(sha, data)
                added[0] += written > 0
                added[1] += written

        row_packs = _copy_records(conn, lay, keep)
    new_files += added[0]
    new_bytes += added[1]
    conn.execute(f"CREATE TABLE {ROWS_TABLE} (tbl TEXT NOT NULL, chunk INTEGER NOT NULL, "
                 "sha256 TEXT NOT NULL, size INTEGER NOT NULL, PRIMARY KEY (tbl, chunk))")
    conn.executemany(f"INSERT INTO {ROWS_TABLE} VALUES (?, ?, ?, ?)", row_packs)
    _list(conn, THUMBNAILS_TABLE, thumbnails)
    _list(conn, PACKS_TABLE, texts)
    values = {**info, "format": SNAPSHOT_FORMAT, "page_size": str(page_size),
              COUNTS_KEY: json.dumps(counts_of(conn, SOURCE), sort_keys=True)}
    conn.execute(f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.executemany(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", sorted(values.items()))
    return SnapshotWritten(len(listed), new_files, new_bytes, unreadable)


def _put_documents(conn: sqlite3.Connection, blobs: BlobStore, listed: list[tuple[int, str, int]],
                   kept: set[str]) -> tuple[int, int, list[str]]:
    """Put the document bytes the store lacks into it: how many files and bytes were written,
    and the fingerprints of those found damaged in the folder."""
    new_files = new_bytes = 0
    unreadable: list[str] = []
    for rowid, sha, size in listed:
        if sha in kept:
            continue  # kept already: its bytes are not even read
        try:
            wrote = blobs.put_chunks(sha, size, _pieces(conn, rowid))
        except ValueError:
            log.warning("document bytes %s are damaged in the folder; not backed up", sha)
            unreadable.append(sha)
            continue
        new_files += wrote
        new_bytes += size if wrote else 0
    return new_files, new_bytes, unreadable


def _list(conn: sqlite3.Connection, table: str, listed: list[tuple[int, str, int]]) -> None:
    """Which fingerprint (and size) each document's thumbnail or text pack has."""
    conn.execute(f"CREATE TABLE {table} "
                 "(document_id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL)")
    conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", listed)


def _pieces(conn: sqlite3.Connection, rowid: int) -> Iterator[bytes]:
    with conn.blobopen("blobs", "data", rowid, readonly=True, name=SOURCE) as blob:
        while piece := blob.read(CHUNK):
            yield piece


def _thumbnail_prints(conn: sqlite3.Connection) -> Iterator[tuple[int, str, int]]:
    """Each document's thumbnail (small pictures), one at a time: its fingerprint and size."""
    for document_id, data in rows(
            conn, f"SELECT id, thumbnail FROM {SOURCE}.documents WHERE length(thumbnail) > 0"):
        picture = bytes(data)
        yield int(document_id), hashlib.sha256(picture).hexdigest(), len(picture)


def _thumbnail(conn: sqlite3.Connection, document_id: int) -> bytes:
    row = conn.execute(f"SELECT thumbnail FROM {SOURCE}.documents WHERE id = ?",
                       (document_id,)).fetchone()
    return bytes(row[0]) if row is not None and row[0] is not None else b""


def _check_room(conn: sqlite3.Connection, partial: Path, *, page_size: int, new: int,
                moved: int) -> None:
    """Refuse before writing anything if the backup place cannot hold what this snapshot adds:
    the document bytes, thumbnails and text packs it lacks (``new``; a pack counted at its
    uncompressed size), and the records (the folder's pages less all of those, ``moved``)."""
    used_pages = (int(conn.execute(f"PRAGMA {SOURCE}.page_count").fetchone()[0])
                  - int(conn.execute(f"PRAGMA {SOURCE}.freelist_count").fetchone()[0]))
    records = max(0, used_pages * page_size - moved)
    needed = new + records + records // 4 + ROOM_MARGIN
    free = shutil.disk_usage(partial.parent).free
    if needed > free:
        raise NoRoomError(needed, free)


def _copy_records(conn: sqlite3.Connection, lay: snapshot_packs.PackLayout,
                  keep: Callable[[str, bytes], None]) -> list[snapshot_rows.RowPack]:
    """Every table, index, view and trigger of the folder, as ``VACUUM`` copies them: tables
    first (a virtual table makes its own shadow tables), then the rows, then indexes, then views
    and triggers (so no trigger fires while rows are copied). The rows of ordinary tables go
    into row packs (``keep``; listed in the return value), but for the list of document bytes.
    Left out: the rows of virtual tables (the search index is made again from the records on
    restore), the document bytes and thumbnails (in the blob store), and what the text packs
    hold."""
    objects = [(str(t), str(n), str(s)) for t, n, s in conn.execute(
        f"SELECT type, name, sql FROM {SOURCE}.sqlite_master WHERE sql IS NOT NULL "
        "ORDER BY rowid")]
    tables = [(name, sql, sql.upper().startswith("CREATE VIRTUAL"))
              for kind, name, sql in objects if kind == "table"]
    virtual = [name + "_" for name, _sql, is_virtual in tables if is_virtual]
    left_out = {**LEFT_OUT, **{(snapshot_packs.DOCUMENTS, c): lay.blank(c)
                               for c in lay.document_columns}}
    empty = {snapshot_packs.PAGES} if lay.page_columns else set()
    # Virtual tables first, whatever the order of the list (VACUUM puts them last).
    for name, sql, _virtual in sorted(tables, key=lambda table: not table[2]):
        if not name.startswith("sqlite_") and not _exists(conn, name):
            conn.execute(sql)
    packed: list[snapshot_rows.RowPack] = []
    for name, sql, is_virtual in tables:
        if is_virtual or (name.startswith("sqlite_") and name != "sqlite_sequence"):
            continue  # a virtual table's rows are its shadow tables'; statistics are not kept
        if name in empty or name.startswith(tuple(virtual)) or not _exists(conn, name):
            continue  # in the packs, or a virtual table's shadow (made empty with it)
        columns = [str(r[1]) for r in conn.execute(f"PRAGMA {SOURCE}.table_info({quoted(name)})")]
        picked = [left_out.get((name, c), quoted(c)) for c in columns]
        if name not in _WHOLE and not name.startswith("sqlite_") and "WITHOUT ROWID" not in (
                " ".join(sql.upper().split())):
            packed += snapshot_rows.chunks(conn, SOURCE, name, columns, picked=picked,
                                           keep=keep)
            continue
        conn.execute(f"DELETE FROM main.{quoted(name)}")
        conn.execute(f"INSERT INTO main.{quoted(name)} ({', '.join(map(quoted, columns))}) "
                     f"SELECT {', '.join(picked)} FROM {SOURCE}.{quoted(name)}")
    for kind, _name, sql in objects:
        if kind == "index":
            conn.execute(sql)
    for kind, _name, sql in objects:
        if kind in ("view", "trigger"):
            conn.execute(sql)
    version = int(conn.execute(f"PRAGMA {SOURCE}.user_version").fetchone()[0])
    conn.execute(f"PRAGMA main.user_version = {version}")
    return packed


def _exists(conn: sqlite3.Connection, name: str) -> bool:
    return any(True for _ in rows(conn, "SELECT 1 FROM main.sqlite_master WHERE name = ?", name))
