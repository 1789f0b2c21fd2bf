"""The opening policy of a folder file, in one place: what the file is, who may write it, the quick
check, the lock (one writer per folder), the engine, and the copy taken before an upgrade.

``open_file`` returns an :class:`OpenedFile` that the services wrap; nothing here knows about
records. A file we refuse is left byte-for-byte unchanged (``schema.inspect_file``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import (
    DiskFullError,
    FolderBusyError,
    FolderFailedCheckError,
    FolderInUseError,
    FolderNotWritableError,
)
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from infusion_desk.storage import schema
from infusion_desk.storage.lock_file import (
    LockFile,
    LockHeldError,
    LockUnavailableError,
    read_holder,
)
from infusion_desk.storage.sqlite_files import (
    nobody_can_write,
    remove_with_sidecars,
    unstick_sidecars,
)
from infusion_desk.storage.store import Store
from infusion_desk.storage.trouble import FULL_ERRNOS as _FULL_ERRNOS
from infusion_desk.storage.trouble import disk_is_full, known_trouble

log = logging.getLogger(__name__)

# Why a folder opened for reading only, for the banner that says so (in English here; the folder
# gets them in her language, through reason_words()).
FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "ReadOnly", "This folder file is marked read-only, so changes cannot be saved. Copy it to a "
                "place you can write to, then open the copy.")
PLACE_READ_ONLY = QT_TRANSLATE_NOOP(
    "ReadOnly", "This folder is kept in a place that cannot be written to (a CD, a locked USB "
                "stick, or a folder you may only read), so changes cannot be saved. Copy it to a "
                "place you can write to, then open the copy.")
DAMAGED_READ_ONLY = QT_TRANSLATE_NOOP(
    "ReadOnly", "This folder looks damaged, so it is open for reading only and nothing in it "
                "will be changed. Restore the newest good backup to keep working.")
DISK_FULL_READ_ONLY = QT_TRANSLATE_NOOP(
    "ReadOnly", "The disk this folder is on is full, so it is open for reading only and changes "
                "cannot be saved. Make room on the disk (empty the computer's trash, for "
                "example), then open the folder again.")


def reason_words(reason: str) -> str:
    """One of the reasons above in her language (any other text as it is)."""
    return translate_marked("ReadOnly", reason) if reason else ""

BeforeUpgrade = Callable[[str], object]


def lock_path(path: Path) -> Path:
    """The lock file beside a folder file that says who has it open for changes."""
    return path.with_name(path.name + ".lock")


@dataclass
class OpenedFile:
    """A folder file, open: its store, its lock (when open for changes) and what opening found."""

    store: Store
    lock: LockFile | None
    read_only_reason: str = ""  # why it opened for reading only (English: reason_words() says it)
    damage: tuple[str, ...] = ()  # what SQLite's quick check found
    search_index_damaged: bool = False  # all the damage found is in the search index
    checked_in_full: bool = True
    upgraded_from: Path | None = None  # the copy taken beside the file before an upgrade

    def close(self) -> None:
        if not self.store.read_only:
            self.store.checkpoint()
        self.store.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def touch_lock(self) -> None:
        """Show that the folder is still open (after each change)."""
        if self.lock is not None:
            self.lock.refresh()


def create_file(path: Path) -> None:
    schema.create_folder_file(path)


def inspect_file(path: Path) -> schema.FileState:
    """What ``path`` is, without changing a byte of it, or a plain FolderError."""
    return schema.inspect_file(path)


def open_file(path: Path, *, read_only: bool = False,
              before_upgrade: BeforeUpgrade | None = None,
              search_index_damage_ok: bool = False, full_check: bool = True,
              page_reader: schema.PageReader | None = None) -> OpenedFile:
    """Open a folder file, for changes unless ``read_only``.

    Raises FolderInUseError if another window or program has it open for changes, and
    FolderFailedCheckError (a FolderDamagedError) if SQLite's quick check finds damage; such a
    file is never changed and can still be opened with ``read_only=True``. With
    ``search_index_damage_ok``, damage found only in the search index does not stop it opening
    for changes (to rebuild the index). A file or place that cannot be written to, or a full
    disk, opens for reading only, with ``read_only_reason`` saying why.
    ``before_upgrade(revision)`` runs (after the copy beside the file) before an upgrade;
    ``page_reader`` reads PDFs' text for it (see revision 0005).

    Without ``full_check`` only the header and the schema are checked (milliseconds, where the
    quick check reads the whole file: seconds on a large folder); ``checked_in_full`` is then
    False and the caller runs :func:`confirm_sound` later (the window, in the background once
    it shows the folder; a command that only reads, never). A file due for an upgrade is always
    checked in full first.
    """
    state = schema.inspect_file(path)
    reason = "" if read_only else _why_not_writable(path)
    lock = None
    if not read_only and not reason:
        lock, reason = _take_lock(path)
    read_only = read_only or bool(reason)
    try:
        if lock is not None:
            _tidy_beside(path)
        in_full = full_check or state.revision != schema.HEAD
        check = schema.quick_check(path) if in_full else schema.header_check(path)
        index_only = bool(check.problems) and check.search_index_only
        if check.problems and not read_only and not (index_only and search_index_damage_ok):
            raise FolderFailedCheckError(path, check.problems, search_index_only=index_only)
        engine = schema.make_engine(path, read_only=read_only,
                                    immutable=read_only and nobody_can_write(path),
                                    fold_in_log=not check.problems)
        refused = "" if read_only else _why_writes_are_refused(engine, path)
        if refused:
            engine.dispose()
            if lock is not None:
                lock.release()
                lock = None
            read_only, reason = True, refused
            engine = schema.make_engine(path, read_only=True, immutable=nobody_can_write(path))
        upgraded = None
        if not read_only:
            upgraded = schema.upgrade_if_needed(path, state, before=before_upgrade,
                                                 page_reader=page_reader)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedFile(
        store=Store(engine, path, read_only=read_only,
                    versions=not read_only or schema.has_versions(state.revision)),
        lock=lock,
        read_only_reason=DAMAGED_READ_ONLY if check.problems and read_only else reason,
        damage=tuple(check.problems),
        search_index_damaged=index_only,
        checked_in_full=check.complete and in_full,
        upgraded_from=upgraded,
    )


def confirm_sound(path: Path) -> None:
    """SQLite's quick check of the whole file (after an opening that checked only its header
    and schema); raises FolderFailedCheckError if it finds damage. Reads with its own
    connection, so it may run on any thread while the folder is open."""
    check = schema.quick_check(path)
    if check.problems:
        raise FolderFailedCheckError(path, check.problems,
                                     search_index_only=check.search_index_only)


def _why_not_writable(path: Path) -> str:
    if not os.access(path.parent, os.W_OK):
        return PLACE_READ_ONLY  # SQLite must be able to make its -wal and -shm files beside it
    if not os.access(path, os.W_OK):
        return FILE_READ_ONLY
    return ""


def restoring_path(path: Path) -> Path:
    """Where a restore builds the new folder file, beside the one it replaces."""
    return path.with_name(path.name + ".restoring")


def _tidy_beside(path: Path) -> None:
    """With the folder's lock held: clear what a killed restore left beside the folder (a whole
    folder's worth of bytes), and make a -wal/-shm left read-only by an older version writable
    again (see ``sqlite_files.unstick_sidecars``)."""
    scratch = restoring_path(path)
    if any(Path(f"{scratch}{tail}").exists() for tail in ("", "-wal", "-shm", "-journal")):
        remove_with_sidecars(scratch)
        log.info("removed what an interrupted restore left beside a folder")
    if unstick_sidecars(path):
        log.info("made a folder's read-only -wal/-shm files writable again")


def _take_lock(path: Path) -> tuple[LockFile | None, str]:
    """The folder's lock, taken; or None and why the folder can only be read (no lock file can
    be made there: a read-only place, or a full disk)."""
    lock = LockFile(lock_path(path))
    try:
        lock.acquire()
    except LockHeldError as exc:
        holder = exc.holder
        raise FolderInUseError(
            path,
            host=holder.host if holder else "",
            this_computer=holder.this_computer if holder else True,
            this_process=exc.this_process,
        ) from exc
    except LockUnavailableError as exc:
        log.info("no lock file can be made beside the folder file (errno %s)", exc.errno)
        full = exc.errno in _FULL_ERRNOS or disk_is_full(path)
        return None, DISK_FULL_READ_ONLY if full else PLACE_READ_ONLY
    return lock, ""


def _why_writes_are_refused(engine: Engine, path: Path) -> str:
    """Why SQLite will not start a write transaction ("" if it will): read-only media say no
    only here, a full disk too (no room for the write-ahead log), and a header SQLite cannot
    write (damage) as well."""
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            # BEGIN IMMEDIATE alone succeeds even on a read-only file: write something (its
            # own value back) inside the transaction, then roll it back.
            cursor.execute("BEGIN IMMEDIATE")
            try:
                version = int(cursor.execute("PRAGMA user_version").fetchone()[0])
                cursor.execute(f"PRAGMA user_version = {version}")
            finally:
                cursor.execute("ROLLBACK")
        finally:
            raw.close()
    except (sqlite3.Error, DBAPIError) as exc:
        trouble = known_trouble(exc, path, writing=True)  # a bug goes on as it is
        if isinstance(trouble, FolderNotWritableError):
            return DAMAGED_READ_ONLY if schema.header_problems(path) else PLACE_READ_ONLY
        if isinstance(trouble, DiskFullError):
            return DISK_FULL_READ_ONLY
        if isinstance(trouble, FolderBusyError):
            holder = read_holder(lock_path(path))
            raise FolderInUseError(path, host=holder.host if holder else "",
                                   this_computer=holder.this_computer if holder else True) from exc
        raise trouble from exc
    return ""
