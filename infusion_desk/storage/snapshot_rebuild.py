"""Rebuilding a folder file from a snapshot and the blob store.

Every document's bytes are streamed back a piece at a time (SQLite's incremental blob I/O) and
checked against their fingerprint as they go, so a restore needs little memory however large a
document is. Each document's text pack (snapshot format 2) is checked and written back into its
row and pages, and then the search index, which such a snapshot leaves out, is made again from
the records. A snapshot of the first format holds all of that itself.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from contextlib import nullcontext
from pathlib import Path

from infusion_desk.privacy import create_private_file
from infusion_desk.storage import page_bodies, search_index, snapshot_packs, snapshot_rows
from infusion_desk.storage.blob_store import BlobDamagedError, BlobMissingError, BlobStore
from infusion_desk.storage.durable import fsync_file
from infusion_desk.storage.schema import APPLICATION_ID
from infusion_desk.storage.snapshot import (
    INFO_TABLE,
    PACKS_TABLE,
    ROWS_TABLE,
    THUMBNAILS_TABLE,
    MissingDocumentsError,
    SnapshotError,
    blob_sha256,
    contents_match,
    integrity_problems,
    quoted,
    read_snapshot,
    rows,
    told,
)
from infusion_desk.storage.sqlite_files import connect_immutable, remove_with_sidecars

log = logging.getLogger(__name__)

_BLOB_TROUBLE = (BlobMissingError, BlobDamagedError, ValueError, OSError)


def rebuild_folder(
    snapshot: Path, partial: Path, blobs: BlobStore, *, allow_missing: bool = False,
    page_reader: page_bodies.PageReader | None = None,
) -> list[str]:
    """Write a complete folder file to ``partial`` from ``snapshot`` and the blob store.

    Every document's bytes are read back from the store and checked against their fingerprint.
    Raises MissingDocumentsError if any are missing or damaged, unless ``allow_missing`` (then
    those documents keep empty bytes, which ``check`` reports, and their titles are returned).
    The result is flushed to the disk and has passed SQLite's integrity check. The index of
    PDF pages' text (left out of snapshots, as the text is) is made again from the PDFs, read
    by ``page_reader`` (without one, it is left empty: ``check`` then counts the pages).
    """
    remove_with_sidecars(partial)
    try:
        missing = _rebuild(snapshot, partial, blobs, allow_missing=allow_missing,
                           page_reader=page_reader)
    except BaseException:
        remove_with_sidecars(partial)
        raise
    return missing


def _rebuild(snapshot: Path, partial: Path, blobs: BlobStore, *, allow_missing: bool,
             page_reader: page_bodies.PageReader | None) -> list[str]:
    contents = read_snapshot(snapshot)
    if contents.problems:
        raise SnapshotError("the snapshot failed its check: " + "; ".join(contents.problems[:3]))
    if not contents_match(snapshot, contents.info):
        raise SnapshotError("the snapshot's records changed since it was made")
    page_size = contents.info.get("page_size", "4096")
    if page_size not in {str(2**n) for n in range(9, 17)}:
        page_size = "4096"
    _copy_records(snapshot, partial)
    try:
        conn = sqlite3.connect(partial, isolation_level=None)
    except sqlite3.Error as exc:
        raise told(exc, partial) from exc
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA page_size = {page_size}")  # the folder's own, for its scans
        conn.execute("VACUUM")  # cheap: no document bytes in it yet
        conn.execute("BEGIN")
        missing = _put_back_everything(conn, blobs, allow_missing=allow_missing)
        conn.execute(f"DROP TABLE {THUMBNAILS_TABLE}")
        conn.execute(f"DROP TABLE {INFO_TABLE}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
        if contents.info.get("format", "1") != "1" and _has_table(conn, search_index.SEARCH_TABLE):
            # The snapshot left the search index out: made again from the records.
            search_index.rebuild(lambda: nullcontext(conn))
        page_bodies.rebuild(conn, page_reader or _unread)
        conn.execute("PRAGMA journal_mode = WAL")  # as every folder file is
    except sqlite3.Error as exc:
        raise told(exc, partial) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):  # on failure the file is thrown away
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        conn.close()
    try:
        fsync_file(partial)
    except OSError as exc:
        raise told(exc, partial) from exc
    _verify_rebuilt(partial, len(contents.blobs), missing_ok=bool(missing))
    return missing


def _unread(_data: bytes) -> None:
    """No reader: a PDF's pages are left out of the index of their text."""


def _copy_records(snapshot: Path, partial: Path) -> None:
    """Copy the snapshot's records (no document bytes yet) to a new file at ``partial``."""
    src = connect_immutable(snapshot)
    try:
        src.execute("VACUUM INTO ?", (str(create_private_file(partial)),))
    except (sqlite3.Error, OSError) as exc:
        raise told(exc, partial) from exc
    finally:
        src.close()


def _put_back_documents(conn: sqlite3.Connection, blobs: BlobStore) -> list[str]:
    """Fill in every document's bytes from the store, a piece at a time; return the titles of
    those it lacks (their bytes stay empty)."""
    missing: list[str] = []
    listed = [(int(r), str(s), int(n)) for r, s, n in conn.execute(
        "SELECT rowid, sha256, size FROM blobs")]
    for rowid, sha, size in listed:
        try:
            pieces = blobs.chunks(sha, size)
            conn.execute("UPDATE blobs SET data = zeroblob(?) WHERE rowid = ?", (size, rowid))
            with conn.blobopen("blobs", "data", rowid) as blob:
                for piece in pieces:
                    blob.write(piece)
        except _BLOB_TROUBLE:
            conn.execute("UPDATE blobs SET data = zeroblob(0) WHERE rowid = ?", (rowid,))
            missing += [str(t) for (t,) in conn.execute(
                "SELECT title FROM documents WHERE sha256 = ?", (sha,))] or [sha]
    return missing


def _put_back_everything(conn: sqlite3.Connection, blobs: BlobStore, *,
                         allow_missing: bool) -> list[str]:
    """The records (from their packs), the documents' bytes, thumbnails and text, with no trigger
    firing (the search index is made afresh afterwards); the titles of the documents missing."""
    triggers = _quiet_triggers(conn)
    if _has_table(conn, ROWS_TABLE):
        _put_back_rows(conn, blobs)
    missing = _put_back_documents(conn, blobs)
    if missing and not allow_missing:
        raise MissingDocumentsError(missing)
    _put_back_thumbnails(conn, blobs)
    if _has_table(conn, PACKS_TABLE):
        lost = _put_back_packs(conn, blobs)
        if lost and not allow_missing:
            raise MissingDocumentsError(lost)
        missing += [title for title in lost if title not in missing]
    for sql in triggers:
        conn.execute(sql)
    return missing


def _quiet_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers of a snapshot whose rows are put back from packs (format 2), so that
    none fires meanwhile; return them, to be made again. A first-format snapshot keeps its own."""
    if not (_has_table(conn, ROWS_TABLE) or _has_table(conn, PACKS_TABLE)):
        return []
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                         "AND sql IS NOT NULL").fetchall()
    for name, _sql in found:
        conn.execute(f"DROP TRIGGER {quoted(str(name))}")
    return [str(sql) for _name, sql in found]


def _put_back_rows(conn: sqlite3.Connection, blobs: BlobStore) -> None:
    """Every record, from its row pack; SnapshotError if one is missing or damaged."""
    for table, sha in conn.execute(
            f"SELECT tbl, sha256 FROM {ROWS_TABLE} ORDER BY tbl, chunk").fetchall():
        try:
            snapshot_rows.put_back(conn, str(table), blobs.packs.read(str(sha)))
        except _BLOB_TROUBLE as exc:
            raise SnapshotError(f"records of the backup are missing or damaged: "
                                f"{type(exc).__name__} in {table}") from exc
    conn.execute(f"DROP TABLE {ROWS_TABLE}")


def _put_back_packs(conn: sqlite3.Connection, blobs: BlobStore) -> list[str]:
    """Write each document's text pack back; return the titles of those whose pack is missing
    or damaged."""
    store, lost = blobs.packs, []
    for document_id, sha in conn.execute(
            f"SELECT document_id, sha256 FROM {PACKS_TABLE} ORDER BY document_id").fetchall():
        try:
            pack = snapshot_packs.decode(store.read(str(sha)))
        except _BLOB_TROUBLE:
            log.warning("the text of document %s is missing from the backup", document_id)
            lost += [str(t) for (t,) in conn.execute(
                "SELECT title FROM documents WHERE id = ?", (document_id,))] or [str(sha)]
            continue
        snapshot_packs.put_back(conn, int(document_id), pack)
    conn.execute(f"DROP TABLE {PACKS_TABLE}")
    return lost


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def _put_back_thumbnails(conn: sqlite3.Connection, blobs: BlobStore) -> None:
    """Fill in the documents' thumbnails from the store; a missing one is only logged."""
    for document_id, sha, size in conn.execute(
        f"SELECT document_id, sha256, size FROM {THUMBNAILS_TABLE}"
    ).fetchall():
        try:
            thumbnail = blobs.read(str(sha), int(size))
        except _BLOB_TROUBLE:
            log.warning("thumbnail of document %s missing from the backup", document_id)
            continue
        conn.execute("UPDATE documents SET thumbnail = ? WHERE id = ?",
                     (thumbnail, document_id))


def _verify_rebuilt(path: Path, expected: int, *, missing_ok: bool) -> None:
    problems = integrity_problems(path)
    if problems:
        raise SnapshotError("the rebuilt folder failed its check: " + "; ".join(problems[:3]))
    conn = connect_immutable(path)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise SnapshotError("the rebuilt folder is not marked as a folder file")
        found = 0
        for rowid, sha, size, length in rows(
                conn, "SELECT rowid, sha256, size, length(data) FROM blobs"):
            found += 1
            good = length == int(size) and blob_sha256(conn, int(rowid)) == sha
            if not good and not missing_ok:
                raise SnapshotError(f"document bytes {sha} did not survive the rebuild")
        if found != expected:
            raise SnapshotError("the rebuilt folder lost document bytes")
    finally:
        conn.close()
