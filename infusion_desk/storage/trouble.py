"""Known trouble told apart from bugs, where the folder file is read and written.

A failure from SQLite or the disk is *known trouble* when it comes from the world outside the
program: a full disk, another program holding the file, a damaged file, a disk that stopped taking
writes, a stick pulled out. Each becomes the :class:`~infusion_desk.core.errors.FolderError` whose
type says what happened (damaged, disk full, read-only, busy, missing), and a failed read is never
called a failed save. SQLite's result codes decide; its words only when an error carries no code.

Some codes do not say enough alone. An I/O error on a disk with no room left is a full disk (SQLite
could not grow its -shm or -wal file), and one on a file that is no longer there is a file that
went away (a USB stick pulled out, the file moved while open).

An error that reads like our own SQL gone wrong ("no such column") is damage when the file's
definitions are no longer those its revision made (``storage.schema_digest``: a scribbled view).

Anything else (SQL we got wrong, a closed connection used again, a constraint we broke) is a bug:
:func:`known_trouble` raises it again unchanged, so that it is logged with its traceback and
shown as "Something went wrong" instead of as advice that cannot help.
"""

from __future__ import annotations

import errno
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import (
    DamagedWhileOpenError,
    DiskFullError,
    DiskFullReadingError,
    FolderBusyError,
    FolderBusyReadingError,
    FolderDamagedError,
    FolderError,
    FolderNotWritableError,
    FolderVanishedError,
    FolderVanishedReadingError,
    ReadFailedError,
    SaveFailedError,
    SearchIndexDamagedError,
)
from infusion_desk.storage.schema_digest import definitions_damaged

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _PROTOCOL, _SCHEMA, _TOOBIG, _NOLFS, _NOTADB = 13, 14, 15, 17, 18, 22, 26
_READONLY_DBMOVED = _READONLY | (4 << 8)  # the file was moved or deleted while open

_KNOWN_CODES = frozenset({_BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN,
                          _PROTOCOL, _SCHEMA, _TOOBIG, _NOLFS, _NOTADB})

# Words SQLite uses, for an error that carries no result code.
_FULL_WORDS = ("database or disk is full", "no space left")
_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")
_READONLY_WORDS = ("attempt to write a readonly database", "read-only file system")
_DAMAGED_WORDS = ("malformed", "not a database", "file is encrypted")
_FTS5_DAMAGE = re.compile(r"\bfts5\b.*\b(file format|corrupt)|run 'rebuild'", re.IGNORECASE)
# Words of an error in our own SQL or in how we used the driver: bugs, whatever their class.
_BUG_WORDS = ("no such table", "no such column", "syntax error", "no such function",
              "ambiguous column", "has no column named", "wrong number of arguments",
              "incomplete input", "cannot operate on a closed", "unrecognized token")

def _errnos(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, name) for name in names if hasattr(errno, name))


FULL_ERRNOS = _errnos("ENOSPC", "EDQUOT", "EFBIG")  # EDQUOT: over a disk quota
_NOT_WRITABLE_ERRNOS = _errnos("EROFS", "EACCES", "EPERM")
_GONE_ERRNOS = _errnos("ENOENT", "ENODEV", "ENXIO", "ESTALE")  # ESTALE: a network share gone
_ROOM_NEEDED = 1 << 20  # less free space than this on the folder's disk counts as full


def disk_is_full(path: Path) -> bool:
    """Whether the disk that holds ``path`` (or would hold it) has no room left to speak of."""
    for place in (path.parent, *path.parent.parents):
        try:
            return shutil.disk_usage(place).free < _ROOM_NEEDED
        except OSError:
            continue  # not there (any more): ask the directory above
    return False


def _gone(path: Path) -> bool:
    try:
        return not path.exists()
    except OSError:
        return True


def known_trouble(exc: BaseException, path: Path, *, writing: bool) -> FolderError:
    """The FolderError that tells a person what happened to ``path``; raises ``exc`` itself
    again when it is a bug.

    ``writing`` says whether a change was being saved: a read that fails is reported as a read
    (:class:`ReadFailedError`), never as "could not be saved". Pass a SQLAlchemy ``DBAPIError``,
    a ``sqlite3.Error``, an ``OSError`` or a ``UnicodeDecodeError`` (text scrambled on disk).
    ``path`` is an open folder's file: damage found while reading it is
    :class:`DamagedWhileOpenError`.
    """
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    detail = str(cause)
    if isinstance(cause, UnicodeDecodeError):
        return DamagedWhileOpenError(path, detail)
    if isinstance(cause, OSError):
        return _from_os_error(cause, path, detail, writing=writing)
    if isinstance(cause, sqlite3.Error) and not _is_bug(cause):
        return _from_sqlite(cause, path, detail, writing=writing)
    if isinstance(cause, sqlite3.OperationalError) and definitions_damaged(path):
        return DamagedWhileOpenError(path, detail)  # our SQL met definitions changed on disk
    raise exc


def _is_bug(error: sqlite3.Error) -> bool:
    if isinstance(error, (sqlite3.ProgrammingError, sqlite3.InterfaceError,
                          sqlite3.NotSupportedError, sqlite3.IntegrityError)):
        return True
    words = str(error).lower()
    if any(bug in words for bug in _BUG_WORDS):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # raised without a code (by a driver layer or a test): judge by its class
        return not isinstance(error, (sqlite3.OperationalError, sqlite3.DatabaseError))
    return code & 0xFF not in _KNOWN_CODES


def _from_sqlite(error: sqlite3.Error, path: Path, detail: str, *, writing: bool) -> FolderError:
    code = getattr(error, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    words = detail.lower()
    if primary in (_CORRUPT, _NOTADB) or (primary is None
                                          and any(w in words for w in _DAMAGED_WORDS)):
        return DamagedWhileOpenError(path, detail)
    busy = primary in (_BUSY, _LOCKED) or (primary is None and any(w in words for w in _BUSY_WORDS))
    full = primary in (_FULL, _NOLFS) or (primary is None and any(w in words for w in _FULL_WORDS))
    failed = primary in (_IOERR, _CANTOPEN) or (primary is None and "i/o error" in words)
    if code == _READONLY_DBMOVED or (failed and _gone(path)):
        return FolderVanishedError(detail) if writing else FolderVanishedReadingError(detail)
    if full or (failed and disk_is_full(path)):
        return DiskFullError(detail) if writing else DiskFullReadingError(detail)
    if busy:
        return FolderBusyError(detail) if writing else FolderBusyReadingError(detail)
    if not writing:
        return ReadFailedError(detail)
    if primary == _READONLY or (primary is None and any(w in words for w in _READONLY_WORDS)):
        return FolderNotWritableError(detail)
    return SaveFailedError(detail)


def _from_os_error(error: OSError, path: Path, detail: str, *, writing: bool) -> FolderError:
    if error.errno in _GONE_ERRNOS and _gone(path):
        return FolderVanishedError(detail) if writing else FolderVanishedReadingError(detail)
    if error.errno in FULL_ERRNOS:
        return DiskFullError(detail) if writing else DiskFullReadingError(detail)
    if not writing:
        return ReadFailedError(detail)
    if error.errno in _NOT_WRITABLE_ERRNOS:
        return FolderNotWritableError(detail)
    return SaveFailedError(detail)


def opening_trouble(exc: BaseException, path: Path) -> FolderError:
    """Known trouble met while a folder file is looked at before it is opened: damage is a
    file that cannot be opened safely (the rest as for a read). Raises ``exc`` again if a bug."""
    found = known_trouble(exc, path, writing=False)
    if isinstance(found, DamagedWhileOpenError):
        return FolderDamagedError(path, found.detail)
    return found


@contextmanager
def search_trouble(path: Path) -> Iterator[None]:
    """Around a search, which reads only the search index: damage SQLite finds there is the
    index's (:class:`SearchIndexDamagedError`, repaired by rebuilding it from the records)."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if isinstance(cause, sqlite3.Error) and _FTS5_DAMAGE.search(str(cause)):
            # FTS5's own words for its tables scrambled on disk ("invalid fts5 file format
            # (found 0, expected 4) - run 'rebuild'"), said with SQLite's plain error code.
            raise SearchIndexDamagedError(str(cause)) from exc
        found = known_trouble(exc, path, writing=False)  # a bug goes on as it is
        code = getattr(cause, "sqlite_errorcode", None)
        if isinstance(found, DamagedWhileOpenError) and (code is None or code & 0xFF == _CORRUPT):
            raise SearchIndexDamagedError(found.detail) from exc
        raise found from exc
