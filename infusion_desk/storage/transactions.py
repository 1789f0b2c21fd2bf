"""Transactions on one open folder: reading, one shared read, writing, and trouble told as
FolderErrors; for a folder file (SQLite) and a shared folder (PostgreSQL) alike.

:class:`~infusion_desk.storage.store.Store` builds its reads and writes on these. What only
SQLite has (``raw()``, the checkpoint, the file's identity, ``BEGIN IMMEDIATE``) is done on a
file only; a server's errors become FolderErrors through ``storage.shared.trouble``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from infusion_desk.core.errors import (
    FolderDamagedError,
    FolderVanishedError,
    InvalidValueError,
    ReadOnlyFolderError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.storage.address import FolderLocation, ServerAddress
from infusion_desk.storage.shared.trouble import server_trouble
from infusion_desk.storage.trouble import known_trouble

log = logging.getLogger(__name__)

# What SQLAlchemy's date and time columns say about a stored value that is not a date (bytes
# changed on disk): known trouble, like text that is no longer UTF-8.
_SCRAMBLED_DATE = "Invalid isoformat string"


class Transactions:
    """How one open folder is read and written. Each ``writing()`` is one transaction."""

    def __init__(self, engine: Engine, location: FolderLocation, *,
                 read_only: bool = False, versions: bool = True) -> None:
        self.engine = engine
        # False only for a folder file of a revision before 0007 open for reading only: its
        # tables have no version column (``mapping.columns_of``).
        self.versions = versions
        self.location = location
        # A shared folder's: its address. ``path`` is then only a name for messages (the
        # folder's), never a place on this computer.
        self.address = location if isinstance(location, ServerAddress) else None
        self.path = location if isinstance(location, Path) else Path(location.folder)
        self.read_only = read_only
        self._identity = _file_identity(self.path) if self.address is None else None
        self._shared = threading.local()  # the session of a ``one_read`` under way, per thread

    # ----------------------------------------------------------------- transactions
    @contextmanager
    def reading(self) -> Iterator[Session]:
        shared: Session | None = getattr(self._shared, "session", None)
        if shared is not None:  # inside ``one_read`` on this thread: its session, its snapshot
            with self._known_trouble():
                yield shared
            return
        with self._known_trouble(), Session(self.engine) as session:  # (its close too)
            yield session

    @contextmanager
    def one_read(self) -> Iterator[None]:
        """Every read on this thread inside shares one session: one connection to the file,
        one consistent snapshot (a screen that reads six lists opens the file once, not six
        times)."""
        if getattr(self._shared, "session", None) is not None:
            yield
            return
        with self._known_trouble(), Session(self.engine) as session:  # (its close too)
            self._shared.session = session
            try:
                yield
            finally:
                self._shared.session = None

    @contextmanager
    def _known_trouble(self) -> Iterator[None]:
        """Reading trouble as plain FolderErrors: a failing disk, a damaged file, a bad number."""
        try:
            yield
        except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            # Known trouble (a failing disk, a damaged file, a busy file) as a failed *read*;
            # anything else is a bug and goes on as it is.
            raise self.trouble(exc, writing=False) from exc
        except OverflowError as exc:  # a record number no folder can hold
            raise InvalidValueError(translate(
                "Store", "A number here is too large to be in the folder."), str(exc)) from exc
        except ValueError as exc:
            if not str(exc).startswith(_SCRAMBLED_DATE):
                raise  # a bug
            raise FolderDamagedError(self.path, str(exc)) from exc  # a date scrambled on disk

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        if self.read_only:
            raise ReadOnlyFolderError
        session = Session(self.engine)
        try:
            if self.address is None:  # SQLite: take the write lock now (writers queue)
                session.connection(execution_options={"immediate": True})
            yield session
            self.check_file_is_still_there()
            session.commit()
        except IntegrityError as exc:
            _roll_back(session)
            raise InvalidValueError(
                translate("Store", "This refers to something that is no longer in the folder, "
                                   "so it was not saved."),
                detail=str(exc.orig),
            ) from exc
        except OverflowError as exc:
            session.rollback()
            raise InvalidValueError(translate(
                "Store", "A number here is too large to be stored, so it was not saved."),
                detail=str(exc)) from exc
        except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            _roll_back(session)
            trouble = self.trouble(exc, writing=True)  # a bug goes on as it is
            log.warning("write failed: %s", type(trouble).__name__)
            raise trouble from exc
        except BaseException:
            _roll_back(session)
            raise
        finally:
            session.close()

    def trouble(self, exc: BaseException, *, writing: bool) -> Exception:
        """The FolderError a failure of the database means (``exc`` itself raised again if it
        is a bug): a file's (``storage.trouble``) or a server's (``storage.shared.trouble``)."""
        if self.address is not None:
            return server_trouble(exc, self.address, writing=writing)
        return known_trouble(exc, self.path, writing=writing)

    def check_file_is_still_there(self) -> None:
        """Refuse to commit into a folder file that was deleted or replaced while open.

        On Linux and macOS SQLite would otherwise go on "saving" into a deleted file, and every
        change would be lost when the window closes.
        """
        if self._identity is None:
            return
        if _file_identity(self.path) != self._identity:
            raise FolderVanishedError("the folder file was moved, deleted or replaced while open")

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own in plain SQLite (for the check and the index rebuild; a
        folder file only)."""
        if self.address is not None:
            raise TypeError("raw() is for a folder file; a shared folder has no SQLite file")
        proxy = self.engine.raw_connection()
        try:
            yield cast(sqlite3.Connection, proxy.driver_connection)
        finally:
            proxy.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file (at close), so no -wal file is left behind
        (nothing to do for a shared folder)."""
        if self.address is not None:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # noqa: BLE001 - the data is safe in the log; SQLite folds it in later
            log.warning("checkpoint at close failed", exc_info=True)



def _roll_back(session: Session) -> None:
    """Roll back; a connection that is gone (the server stopped) has nothing to roll back, and
    the error that is on its way says so."""
    try:
        session.rollback()
    except DBAPIError:
        log.info("rollback on a lost connection")


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return None if found.st_ino == 0 else (found.st_dev, found.st_ino)

