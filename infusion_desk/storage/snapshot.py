"""Snapshots of a folder file without its document bytes: what one is, and reading one.

A snapshot is one consistent moment of the folder, taken while the app may be writing to it
(:mod:`snapshot_writing`): a small SQLite file (1 KB pages) whose application id says
"snapshot", so nobody opens one as a folder by mistake, holds the folder's schema and lists what
the snapshot needs from a :class:`BlobStore`: each document's bytes and thumbnail (the ``blobs``
rows keep their fingerprint and size with an empty ``data``), each document's text pack
(:data:`PACKS_TABLE`) and the packs of rows of every other table (:data:`ROWS_TABLE`), each kept
once. A first-format snapshot holds its records, texts and search index itself. Rebuilding a
folder puts every byte back, checking each against its fingerprint (:mod:`snapshot_rebuild`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infusion_desk.core.records import RECORD_TYPES
from infusion_desk.storage.mapping import ROW_TYPES
from infusion_desk.storage.sqlite_files import connect_immutable

SNAPSHOT_APPLICATION_ID = 0x49464442  # "IFDB": an Infusion Desk backup snapshot
# 1: every record whole. 2: the search index left out (made again on restore), each document's
# large text kept once in a pack (snapshot_packs), listed in PACKS_TABLE.
SNAPSHOT_FORMAT = "2"
INFO_TABLE = "infusion_desk_backup"
THUMBNAILS_TABLE = "infusion_desk_backup_thumbnails"
PACKS_TABLE = "infusion_desk_backup_packs"
ROWS_TABLE = "infusion_desk_backup_rows"  # format 2: the records, in packs of rows (snapshot_rows)
COUNTS_KEY = "counts"  # format 2: how many records of each kind, kept in INFO_TABLE
SNAPSHOT_PAGE_SIZE = 1024  # most of a snapshot is near-empty pages: small pages, small files
TRASH_LABEL = "In the trash"

# SQLite's primary result codes, and the errno values of a full or locked place.
_BUSY, _LOCKED, _READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 11, 13, 14, 26
FULL_ERRNOS = frozenset(getattr(errno, n) for n in ("ENOSPC", "EDQUOT", "EFBIG")
                        if hasattr(errno, n))
NOT_WRITABLE_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
CHUNK = 1024 * 1024  # document bytes move a piece of this size at a time, never whole


class SnapshotError(Exception):
    """A snapshot could not be written, read or rebuilt; ``str()`` says why (for the log)."""


class MissingDocumentsError(SnapshotError):
    def __init__(self, titles: list[str]) -> None:
        super().__init__("missing or damaged document bytes: " + ", ".join(titles))
        self.titles = titles


# What went wrong, where (see ``told``): the services choose their words from these.
class SourceBusyError(SnapshotError):
    """The file being read (the folder) stayed busy longer than we waited: another program
    held it."""


class SourceDamagedError(SnapshotError):
    """The file being read (the folder, or a snapshot being restored) is damaged."""


class PlaceFullError(SnapshotError):
    """The place being written to is full."""


class PlaceNotWritableError(SnapshotError):
    """The place being written to cannot be written to (locked, read-only, not allowed)."""


class PlaceMissingError(SnapshotError):
    """The place being written to is gone (a stick pulled out, a folder removed)."""


class NoRoomError(SnapshotError):
    """The backup place has less room than the snapshot needs; nothing was written."""

    def __init__(self, needed: int, free: int) -> None:
        super().__init__(f"needs about {needed} bytes, {free} free")
        self.needed = needed
        self.free = free


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
    packs: list[tuple[str, int]] = field(default_factory=list)  # (fingerprint, size) of texts


# ---------------------------------------------------------------------- reading
def read_snapshot(path: Path, *, check: bool = True) -> SnapshotContents:
    """What a snapshot holds, read without changing it; SnapshotError if it is unreadable."""
    try:
        conn = connect_immutable(path)
    except sqlite3.Error as exc:
        raise SnapshotError(str(exc)) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != SNAPSHOT_APPLICATION_ID:
            raise SnapshotError("not an Infusion Desk snapshot")
        problems = problems_of(conn, "PRAGMA quick_check") if check else []
        info = {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {INFO_TABLE}")}
        blob_rows = [(str(s), int(n)) for s, n in conn.execute("SELECT sha256, size FROM blobs")]
        thumbs = [(str(s), int(n)) for s, n in conn.execute(
            f"SELECT sha256, size FROM {THUMBNAILS_TABLE}")]
        packs = [(str(s), int(n)) for table in (ROWS_TABLE, PACKS_TABLE)
                 if _has_table(conn, table)
                 for s, n in conn.execute(f"SELECT sha256, size FROM {table}")]
        counts = ({str(k): int(v) for k, v in json.loads(info[COUNTS_KEY]).items()}
                  if COUNTS_KEY in info else counts_of(conn))
        return SnapshotContents(info, counts, blob_rows, thumbs, problems, packs)
    except (sqlite3.Error, UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise SnapshotError(str(exc)) from exc
    finally:
        conn.close()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def counts_of(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    """How many records of each kind (and in the trash) the file at ``schema`` holds."""
    counts: dict[str, int] = {}
    trashed = 0
    for kind, cls in RECORD_TYPES.items():
        table = ROW_TYPES[cls].__tablename__
        try:
            live, gone = conn.execute(
                f"SELECT count(*) - count(deleted_at), count(deleted_at) FROM {schema}.{table}"
            ).fetchone()
        except sqlite3.OperationalError:
            continue  # a table an older revision did not have
        counts[kind.source_label] = int(live)  # English keys: core.counts.count_label
        trashed += int(gone)
    counts[TRASH_LABEL] = trashed
    return counts


# ---------------------------------------------------------------------- fingerprint of records
def content_digest(conn: sqlite3.Connection) -> str:
    """SHA-256 over every row of every table but the snapshot's own notes, in a fixed order.

    Rows are sorted, not taken in rowid order, because copying may renumber rowids.
    """
    digest = hashlib.sha256()
    tables = [str(name) for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != ? "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name", (INFO_TABLE,))]
    for table in tables:
        rows = sorted(repr(tuple(row)) for row in conn.execute(f"SELECT * FROM {quoted(table)}"))
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
        conn = connect_immutable(path)
    except sqlite3.Error:
        return False
    try:
        return content_digest(conn) == expected
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    finally:
        conn.close()


# ---------------------------------------------------------------------- helpers
def integrity_problems(path: Path) -> list[str]:
    """SQLite's integrity check and foreign key check of a file only we are using."""
    try:
        conn = connect_immutable(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return problems_of(conn, "PRAGMA integrity_check") + [
            f"broken link in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")
        ]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def problems_of(conn: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(r[0]) for r in conn.execute(pragma) if str(r[0]) != "ok"]


def rows(conn: sqlite3.Connection, sql: str, *args: object) -> Iterator[tuple[Any, ...]]:
    """Rows one at a time (a cursor of its own, so other statements may run meanwhile)."""
    cursor = conn.execute(sql, args)
    try:
        yield from cursor
    finally:
        cursor.close()


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def blob_sha256(conn: sqlite3.Connection, rowid: int, *, schema: str = "main") -> str:
    """The SHA-256 of one ``blobs.data`` value, read a piece at a time."""
    digest = hashlib.sha256()
    with conn.blobopen("blobs", "data", rowid, readonly=True, name=schema) as blob:
        while chunk := blob.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------- what went wrong, where
def told(exc: BaseException, partial: Path, *, source_opening: bool = False) -> SnapshotError:
    """The SnapshotError that says where ``exc`` happened: the file being read (busy, damaged)
    or the place ``partial`` is being written in (full, read-only, gone)."""
    if isinstance(exc, SnapshotError):
        return exc
    place_gone = not partial.parent.is_dir()
    if isinstance(exc, OSError):
        return _told_os_error(exc, place_gone=place_gone)
    detail = f"{type(exc).__name__}: {exc}"
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else int(code) & 0xFF
    words = str(exc).lower()
    if primary in (_CORRUPT, _NOTADB) or "malformed" in words or "not a database" in words:
        return SourceDamagedError(detail)
    if primary in (_BUSY, _LOCKED) or "locked" in words or "busy" in words:
        return SourceBusyError(detail)
    if primary == _FULL or "disk is full" in words:
        return PlaceFullError(detail)
    if place_gone:
        return PlaceMissingError(detail)
    if source_opening:
        return SnapshotError(f"the file to read could not be opened: {detail}")
    if primary in (_READONLY, _CANTOPEN) or "readonly" in words:
        return PlaceNotWritableError(detail)
    return SnapshotError(detail)


def _told_os_error(exc: OSError, *, place_gone: bool) -> SnapshotError:
    # Its own words name the file, which is not for the log: its number says enough.
    detail = f"{type(exc).__name__} {errno.errorcode.get(exc.errno or 0, '')}: {exc.strerror}"
    if exc.errno in FULL_ERRNOS:
        return PlaceFullError(detail)
    if place_gone:
        return PlaceMissingError(detail)
    if exc.errno in NOT_WRITABLE_ERRNOS:
        return PlaceNotWritableError(detail)
    return SnapshotError(detail)
