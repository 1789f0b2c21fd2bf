"""Snapshots of a folder file without its document bytes, and rebuilding a folder from one.

A snapshot is made with SQLite's online backup API, so it is one consistent moment of the file even
while the app is writing to it (never a plain copy of a live database). Document bytes and
thumbnails are then moved out into a :class:`BlobStore` that keeps each of them once, the ``blobs``
rows keep their fingerprint and size with an empty ``data``, and the rest is compacted into a small
SQLite file (1 KB pages) whose application id says "snapshot", so nobody opens one as a folder by
mistake. Rebuilding puts every byte back, checking each against its fingerprint.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infusion_desk.core.records import RECORD_TYPES
from infusion_desk.privacy import create_private_file
from infusion_desk.storage.blob_store import BlobDamagedError, BlobMissingError, BlobStore
from infusion_desk.storage.durable import fsync_file
from infusion_desk.storage.mapping import ROW_TYPES
from infusion_desk.storage.schema import APPLICATION_ID, connect_read_only

log = logging.getLogger(__name__)

SNAPSHOT_APPLICATION_ID = 0x49464442  # "IFDB": an Infusion Desk backup snapshot
SNAPSHOT_FORMAT = "1"
INFO_TABLE = "infusion_desk_backup"
THUMBNAILS_TABLE = "infusion_desk_backup_thumbnails"
SNAPSHOT_PAGE_SIZE = 1024  # most of a snapshot is near-empty pages: small pages, small files
TRASH_LABEL = "In the trash"


class SnapshotError(Exception):
    """A snapshot could not be written, read or rebuilt; ``str()`` says why (for the log)."""


class MissingDocumentsError(SnapshotError):
    def __init__(self, titles: list[str]) -> None:
        super().__init__("missing or damaged document bytes: " + ", ".join(titles))
        self.titles = titles


@dataclass(frozen=True)
class SnapshotWritten:
    documents: int  # distinct document byte-strings the snapshot refers to
    new_files: int  # of those, how many were not in the store yet
    new_bytes: int
    unreadable: list[str] = field(default_factory=list)  # fingerprints whose bytes were damaged


@dataclass(frozen=True)
class SnapshotContents:
    info: dict[str, str]
    counts: dict[str, int]
    blobs: list[tuple[str, int]]
    thumbnails: list[tuple[str, int]]
    problems: list[str]


# ---------------------------------------------------------------------- writing
def write_snapshot(
    source: Path, *, scratch: Path, partial: Path, blobs: BlobStore, info: Mapping[str, str]
) -> SnapshotWritten:
    """Write a snapshot of ``source`` to ``partial`` (flushed and checked); the caller renames it.

    ``scratch`` (on the backup disk) briefly holds a full copy; it is removed afterwards.
    """
    _remove_sqlite_file(scratch)
    _remove_sqlite_file(partial)
    try:
        written = _write(source, scratch, partial, blobs, info)
    except BaseException:
        _remove_sqlite_file(partial)
        raise
    finally:
        _remove_sqlite_file(scratch)
    return written


def _write(
    source: Path, scratch: Path, partial: Path, blobs: BlobStore, info: Mapping[str, str]
) -> SnapshotWritten:
    src = connect_read_only(source)
    try:
        copy = sqlite3.connect(create_private_file(scratch))
        try:
            src.backup(copy)  # all pages in one step: one consistent moment of the folder
            page_size = int(src.execute("PRAGMA page_size").fetchone()[0])
        finally:
            copy.close()
    finally:
        src.close()
    conn = sqlite3.connect(scratch, isolation_level=None)
    try:
        # A scratch copy: no journal, no syncing, and no zeroing of freed pages (which
        # Debian's SQLite does by default and which costs a full rewrite of every scan).
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA secure_delete = OFF")
        conn.execute("BEGIN")
        stats = _move_bytes_out(conn, blobs)
        values = {**info, "format": SNAPSHOT_FORMAT, "page_size": str(page_size)}
        conn.execute(f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", sorted(values.items()))
        conn.execute("COMMIT")
        conn.execute(f"PRAGMA page_size = {SNAPSHOT_PAGE_SIZE}")
        conn.execute("VACUUM INTO ?", (str(create_private_file(partial)),))
    except sqlite3.Error as exc:
        raise SnapshotError(f"could not write the snapshot: {exc}") from exc
    finally:
        conn.close()
    out = sqlite3.connect(partial, isolation_level=None)
    try:
        out.execute("PRAGMA journal_mode = DELETE")
        # A fingerprint of every record, so that a backup changed on its disk since (bit rot on
        # a stick) is found out before it is restored, not after.
        out.execute(f"INSERT INTO {INFO_TABLE} VALUES ('content_sha256', ?)",
                    (content_digest(out),))
        out.execute(f"PRAGMA application_id = {SNAPSHOT_APPLICATION_ID}")
    finally:
        out.close()
    fsync_file(partial)
    problems = _integrity_problems(partial)
    if problems:
        raise SnapshotError("the new snapshot failed its check: " + "; ".join(problems[:3]))
    return stats


def _move_bytes_out(conn: sqlite3.Connection, blobs: BlobStore) -> SnapshotWritten:
    documents = new_files = new_bytes = 0
    unreadable: list[str] = []
    for raw_sha, raw_size in conn.execute("SELECT sha256, size FROM blobs").fetchall():
        documents += 1
        sha, size = str(raw_sha), int(raw_size)
        if blobs.has(sha, size):
            continue  # kept already: its bytes are not even read
        (raw_data,) = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
        data = bytes(raw_data or b"")
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            log.warning("document bytes %s are damaged in the folder; not backed up", sha)
            unreadable.append(sha)
            continue
        if blobs.put(sha, data):
            new_files += 1
            new_bytes += size
    conn.execute(
        f"CREATE TABLE {THUMBNAILS_TABLE} "
        "(document_id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL)"
    )
    for document_id, thumbnail in _rows(
        conn, "SELECT id, thumbnail FROM documents WHERE length(thumbnail) > 0"
    ):
        data = bytes(thumbnail)
        sha = hashlib.sha256(data).hexdigest()
        if not blobs.has(sha, len(data)) and blobs.put(sha, data):
            new_files += 1
            new_bytes += len(data)
        conn.execute(f"INSERT INTO {THUMBNAILS_TABLE} VALUES (?, ?, ?)",
                     (document_id, sha, len(data)))
    conn.execute("UPDATE documents SET thumbnail = NULL WHERE thumbnail IS NOT NULL")
    conn.execute("UPDATE blobs SET data = zeroblob(0)")
    return SnapshotWritten(documents, new_files, new_bytes, unreadable)


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    """Rows one at a time (a cursor of its own, so other statements may run meanwhile)."""
    cursor = conn.execute(sql)
    try:
        yield from cursor
    finally:
        cursor.close()


# ---------------------------------------------------------------------- reading
def read_snapshot(path: Path, *, check: bool = True) -> SnapshotContents:
    """What a snapshot holds, read without changing it; SnapshotError if it is unreadable."""
    try:
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error as exc:
        raise SnapshotError(str(exc)) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != SNAPSHOT_APPLICATION_ID:
            raise SnapshotError("not an Infusion Desk snapshot")
        problems = _problems(conn, "PRAGMA quick_check") if check else []
        info = {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {INFO_TABLE}")}
        blob_rows = [(str(s), int(n)) for s, n in conn.execute("SELECT sha256, size FROM blobs")]
        thumbs = [(str(s), int(n)) for s, n in conn.execute(
            f"SELECT sha256, size FROM {THUMBNAILS_TABLE}")]
        return SnapshotContents(info, _counts(conn), blob_rows, thumbs, problems)
    except (sqlite3.Error, UnicodeDecodeError, ValueError) as exc:
        raise SnapshotError(str(exc)) from exc
    finally:
        conn.close()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    trashed = 0
    for kind, cls in RECORD_TYPES.items():
        table = ROW_TYPES[cls].__tablename__
        try:
            live, gone = conn.execute(
                f"SELECT count(*) - count(deleted_at), count(deleted_at) FROM {table}"
            ).fetchone()
        except sqlite3.OperationalError:
            continue  # a table an older revision did not have
        counts[kind.label] = int(live)
        trashed += int(gone)
    counts[TRASH_LABEL] = trashed
    return counts


# ---------------------------------------------------------------------- rebuilding
def rebuild_folder(
    snapshot: Path, partial: Path, blobs: BlobStore, *, allow_missing: bool = False
) -> list[str]:
    """Write a complete folder file to ``partial`` from ``snapshot`` and the blob store.

    Every document's bytes are read back from the store and checked against their fingerprint.
    Raises MissingDocumentsError if any are missing or damaged, unless ``allow_missing`` (then
    those documents keep empty bytes, which ``check`` reports, and their titles are returned).
    The result is flushed to the disk and has passed SQLite's integrity check.
    """
    _remove_sqlite_file(partial)
    try:
        missing = _rebuild(snapshot, partial, blobs, allow_missing=allow_missing)
    except BaseException:
        _remove_sqlite_file(partial)
        raise
    return missing


def _rebuild(snapshot: Path, partial: Path, blobs: BlobStore, *, allow_missing: bool) -> list[str]:
    contents = read_snapshot(snapshot)
    if contents.problems:
        raise SnapshotError("the snapshot failed its check: " + "; ".join(contents.problems[:3]))
    if not contents_match(snapshot, contents.info):
        raise SnapshotError("the snapshot's records changed since it was made")
    page_size = contents.info.get("page_size", "4096")
    if page_size not in {str(2**n) for n in range(9, 17)}:
        page_size = "4096"
    _copy_records(snapshot, partial)
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA page_size = {page_size}")  # the folder's own, for its scans
        conn.execute("VACUUM")  # cheap: no document bytes in it yet
        conn.execute("BEGIN")
        missing = _put_back_documents(conn, contents.blobs, blobs)
        if missing and not allow_missing:
            raise MissingDocumentsError(missing)
        _put_back_thumbnails(conn, blobs)
        conn.execute(f"DROP TABLE {THUMBNAILS_TABLE}")
        conn.execute(f"DROP TABLE {INFO_TABLE}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")  # as every folder file is
    except sqlite3.Error as exc:
        raise SnapshotError(f"could not rebuild the folder: {exc}") from exc
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
    fsync_file(partial)
    _verify_rebuilt(partial, contents.blobs, missing_ok=bool(missing))
    return missing


def _copy_records(snapshot: Path, partial: Path) -> None:
    """Copy the snapshot's records (no document bytes yet) to a new file at ``partial``."""
    src = connect_read_only(snapshot, immutable=True)
    try:
        src.execute("VACUUM INTO ?", (str(create_private_file(partial)),))
    except sqlite3.Error as exc:
        raise SnapshotError(f"could not copy the snapshot: {exc}") from exc
    finally:
        src.close()


def _put_back_documents(
    conn: sqlite3.Connection, expected: list[tuple[str, int]], blobs: BlobStore
) -> list[str]:
    """Fill in every document's bytes from the store; return the titles of those it lacks."""
    missing: list[str] = []
    for sha, size in expected:
        try:
            data = blobs.read(sha, size)
        except (BlobMissingError, BlobDamagedError, ValueError, OSError):
            missing += [str(t) for (t,) in conn.execute(
                "SELECT title FROM documents WHERE sha256 = ?", (sha,))] or [sha]
            continue
        conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (data, sha))
    return missing


def _put_back_thumbnails(conn: sqlite3.Connection, blobs: BlobStore) -> None:
    """Fill in the documents' thumbnails from the store; a missing one is only logged."""
    for document_id, sha, size in conn.execute(
        f"SELECT document_id, sha256, size FROM {THUMBNAILS_TABLE}"
    ).fetchall():
        try:
            thumbnail = blobs.read(str(sha), int(size))
        except (BlobMissingError, BlobDamagedError, ValueError, OSError):
            log.warning("thumbnail of document %s missing from the backup", document_id)
            continue
        conn.execute("UPDATE documents SET thumbnail = ? WHERE id = ?",
                     (thumbnail, document_id))


def _verify_rebuilt(path: Path, expected: list[tuple[str, int]], *, missing_ok: bool) -> None:
    problems = _integrity_problems(path)
    if problems:
        raise SnapshotError("the rebuilt folder failed its check: " + "; ".join(problems[:3]))
    conn = connect_read_only(path, immutable=True)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise SnapshotError("the rebuilt folder is not marked as a folder file")
        found = 0
        for sha, size, data in _rows(conn, "SELECT sha256, size, data FROM blobs"):
            found += 1
            blob = bytes(data or b"")
            good = len(blob) == int(size) and hashlib.sha256(blob).hexdigest() == sha
            if not good and not missing_ok:
                raise SnapshotError(f"document bytes {sha} did not survive the rebuild")
        if found != len(expected):
            raise SnapshotError("the rebuilt folder lost document bytes")
    finally:
        conn.close()


# ---------------------------------------------------------------------- fingerprint of records
def content_digest(conn: sqlite3.Connection) -> str:
    """SHA-256 over every row of every table but the snapshot's own notes, in a fixed order.

    Rows are sorted, not taken in rowid order, because VACUUM may renumber rowids.
    """
    digest = hashlib.sha256()
    tables = [str(name) for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != ? "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name", (INFO_TABLE,))]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        rows = sorted(repr(tuple(row)) for row in conn.execute(f"SELECT * FROM {quoted}"))
        digest.update(f"{table}:{len(rows)}\n".encode())
        for row in rows:
            digest.update(row.encode("utf-8", "surrogatepass"))
            digest.update(b"\n")
    return digest.hexdigest()


def contents_match(path: Path, info: Mapping[str, str]) -> bool:
    """Whether a snapshot's records are still exactly those it was made with."""
    expected = info.get("content_sha256")
    if expected is None:
        return True  # made before fingerprints were kept
    try:
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error:
        return False
    try:
        return content_digest(conn) == expected
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    finally:
        conn.close()


# ---------------------------------------------------------------------- helpers
def _integrity_problems(path: Path) -> list[str]:
    try:
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _problems(conn, "PRAGMA integrity_check") + [
            f"broken link in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")
        ]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def _problems(conn: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(r[0]) for r in conn.execute(pragma) if str(r[0]) != "ok"]


def _remove_sqlite_file(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            extra.unlink()
