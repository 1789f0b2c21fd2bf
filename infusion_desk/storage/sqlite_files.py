"""Reading a folder file someone may be writing meanwhile, and the files SQLite keeps beside it.

A folder file in use has a write-ahead log (``-wal``) and its index (``-shm``) beside it. How it is
read decides whether a reader sees one consistent moment and whether it leaves those files behind:

- Read as *immutable*, SQLite takes no locks and makes no files, but it also does not see a
  writer: a page folded in from the log while it reads is read half-changed ("database disk
  image is malformed"). So that is only for a file that truly cannot change: no log beside it,
  and either no write permission on the file for anyone or a place SQLite cannot write to (where
  no writer could make its log either).
- Otherwise a reader takes SQLite's locks like any connection. Where the file and its place can be
  written, that is a normal read-write connection kept from writing (``PRAGMA query_only``): the
  last connection to close folds the log in and removes the ``-wal`` and ``-shm`` files, so
  reading leaves nothing beside the folder. A read-only connection (``mode=ro``) could not remove
  them, and would make them with the file's own permissions: a ``-shm`` of a file opened while it
  was marked read-only stayed read-only after the file was made writable again.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000
SIDECARS = ("-wal", "-shm", "-journal")

FILE_APPLICATION_ID = 0x49464453  # "IFDS", written by revision 0001 (``schema`` checks it)


def sidecar(path: Path, tail: str) -> Path:
    return Path(f"{path}{tail}")


def nobody_can_write(path: Path) -> bool:
    """Whether nobody can be changing ``path``: no write-ahead log beside it, and the file has no
    write permission for anyone, or its place cannot be written to (no writer could make its
    log there)."""
    if sidecar(path, "-wal").exists():
        return False
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path.parent, os.W_OK)


def reading_uri(path: Path, *, fold_in_log: bool = True) -> str:
    """The URI to read ``path`` by (see the module's note). With ``fold_in_log`` False a log left
    beside the file is read but never folded into it (the file is not changed by a byte)."""
    target = path.resolve().as_uri()
    if nobody_can_write(path):
        return target + "?mode=ro&immutable=1"
    may_tidy = fold_in_log or not sidecar(path, "-wal").exists()
    if may_tidy and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return target + "?mode=rw"
    return target + "?mode=ro"


def connect_reading(path: Path, *, fold_in_log: bool = True,
                    check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that reads ``path`` under SQLite's locks and cannot write to it."""
    conn = sqlite3.connect(reading_uri(path, fold_in_log=fold_in_log), uri=True,
                           check_same_thread=check_same_thread)
    try:
        prepare_reading(conn)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def prepare_reading(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")


def connect_immutable(path: Path) -> sqlite3.Connection:
    """A connection to a file only we can be using (a snapshot, a file being built under our
    lock): no locks, no files made beside it."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def remove_with_sidecars(path: Path) -> None:
    """Remove a file SQLite wrote and whatever it kept beside it (a half-made file of ours)."""
    for extra in (path, *(sidecar(path, tail) for tail in SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            extra.unlink()


def unstick_sidecars(path: Path) -> list[str]:
    """Give a ``-wal``/``-shm`` beside ``path`` that this process may not write the file's own
    permissions again, and return which tails were changed.

    A read-only connection makes them with the file's permissions, so a file opened while it was
    marked read-only (by an older version) kept a read-only ``-shm`` beside it, and after the
    file was made writable again SQLite still could not write and the folder opened for reading
    only. Changing a file's permissions never disturbs whoever has it open. Only files this
    process owns are changed; call it holding the folder's lock, on a file it may write.
    """
    changed: list[str] = []
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode) & 0o666
    except OSError:
        return changed
    for tail in ("-wal", "-shm"):
        extra = sidecar(path, tail)
        try:
            if extra.exists() and not os.access(extra, os.W_OK):
                os.chmod(extra, mode | stat.S_IWUSR)
                changed.append(tail)
        except OSError:
            continue  # someone else's: it stays as it is
    return changed
