"""Known trouble told apart from bugs, where the folder file is read and written.

A failure from SQLite or the disk is *known trouble* when it comes from the world outside the
program: a full disk, another program holding the file, a damaged file, a disk that stopped taking
writes, a stick pulled out. Each becomes the :class:`~infusion_desk.core.errors.FolderError` whose
sentence says what to do, and a failed read is never called a failed save.

Anything else (SQL we got wrong, a closed connection used again, a constraint we broke) is a bug:
:func:`known_trouble` raises it again unchanged, so that it is logged with its traceback and
shown as "Something went wrong" instead of as advice that cannot help.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import (
    DiskFullError,
    FolderBusyError,
    FolderBusyReadingError,
    FolderDamagedError,
    FolderError,
    FolderNotWritableError,
    ReadFailedError,
    SaveFailedError,
)

if TYPE_CHECKING:
    from pathlib import Path

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
# Words of an error in our own SQL or in how we used the driver: bugs, whatever their class.
_BUG_WORDS = ("no such table", "no such column", "syntax error", "no such function",
              "ambiguous column", "has no column named", "wrong number of arguments",
              "incomplete input", "cannot operate on a closed", "unrecognized token")

class SearchIndexDamagedError(FolderDamagedError):
    """The folder's search index (its list of words) could not be read: the records themselves
    may well be whole. Search says so in one line; ``check`` looks at the whole file."""

    def __init__(self, path: Path, detail: str) -> None:
        FolderError.__init__(
            self,
            f"Search could not read the word index of {path.name}; it looks damaged. The "
            "records themselves were not changed. Check the folder to find out more.",
            detail=detail,
        )


def _errnos(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, name) for name in names if hasattr(errno, name))


_FULL_ERRNOS = _errnos("ENOSPC", "EDQUOT", "EFBIG")  # EDQUOT: over a disk quota
_NOT_WRITABLE_ERRNOS = _errnos("EROFS", "EACCES", "EPERM")


def known_trouble(exc: BaseException, path: Path, *, writing: bool) -> FolderError:
    """The FolderError that tells a person what happened to ``path``; raises ``exc`` itself
    again when it is a bug.

    ``writing`` says whether a change was being saved: a read that fails is reported as a read
    (:class:`ReadFailedError`), never as "could not be saved". Pass a SQLAlchemy ``DBAPIError``,
    a ``sqlite3.Error``, an ``OSError`` or a ``UnicodeDecodeError`` (text scrambled on disk).
    """
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    detail = str(cause)
    if isinstance(cause, UnicodeDecodeError):
        return FolderDamagedError(path, detail)
    if isinstance(cause, OSError):
        return _from_os_error(cause, path, detail, writing=writing)
    if isinstance(cause, sqlite3.Error) and not _is_bug(cause):
        return _from_sqlite(cause, path, detail, writing=writing)
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
    if primary in (_CORRUPT, _NOTADB) or any(w in words for w in _DAMAGED_WORDS):
        return FolderDamagedError(path, detail)
    if not writing:
        if primary in (_BUSY, _LOCKED) or any(w in words for w in _BUSY_WORDS):
            return FolderBusyReadingError(detail)
        return ReadFailedError(detail)
    if primary in (_FULL, _NOLFS) or any(w in words for w in _FULL_WORDS):
        return DiskFullError(detail)
    if primary in (_BUSY, _LOCKED) or any(w in words for w in _BUSY_WORDS):
        return FolderBusyError(detail)
    if code == _READONLY_DBMOVED:
        return SaveFailedError(f"{path} was moved or deleted while open: {detail}")
    if primary == _READONLY or any(w in words for w in _READONLY_WORDS):
        return FolderNotWritableError(detail)
    return SaveFailedError(detail)


def _from_os_error(error: OSError, path: Path, detail: str, *, writing: bool) -> FolderError:
    if not writing:
        return ReadFailedError(detail)
    if error.errno in _FULL_ERRNOS:
        return DiskFullError(detail)
    if error.errno in _NOT_WRITABLE_ERRNOS:
        return FolderNotWritableError(detail)
    return SaveFailedError(f"{path}: {detail}")
