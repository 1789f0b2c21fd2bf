"""Opening, creating and upgrading folder files.

A file is looked at with plain ``sqlite3`` in read-only mode first, so that a file we refuse (not
SQLite, another app's database, a newer Infusion Desk) is left byte-for-byte unchanged. Alembic is
imported only when a file really needs creating or upgrading.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from infusion_desk.core.errors import (
    FolderDamagedError,
    FolderMissingError,
    FolderTooNewError,
    FolderUnreadableError,
    NotAFolderError,
)
from infusion_desk.privacy import create_private_file

log = logging.getLogger(__name__)

APPLICATION_ID = 0x49464453  # "IFDS", written by revision 0001
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Every revision ever shipped, oldest first. A test checks this against the Alembic scripts.
REVISIONS: tuple[str, ...] = ("0001_initial", "0002_read_pictures", "0003_patient_essentials")
HEAD = REVISIONS[-1]


@dataclass(frozen=True)
class FileState:
    revision: str | None  # None: an empty, brand-new SQLite file with no tables at all


def inspect_file(path: Path) -> FileState:
    """Say what ``path`` is without changing a byte of it, or raise a plain-language error."""
    if not path.exists():
        raise FolderMissingError(path)
    if path.is_dir():
        raise NotAFolderError(path, "it is a directory, not a folder file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise FolderUnreadableError(path, exc) from exc
    if magic != SQLITE_MAGIC:
        raise NotAFolderError(path, "it is not an Infusion Desk folder file")
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise FolderUnreadableError(path, exc) from exc
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if application_id != APPLICATION_ID:
            raise NotAFolderError(path, "it is a database, but not an Infusion Desk folder file")
        if "alembic_version" not in tables:
            raise FolderDamagedError(path, "its version record is missing")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise FolderDamagedError(path, str(exc)) from exc
    finally:
        conn.close()
    if row is None:
        raise FolderDamagedError(path, "its version record is empty")
    revision = str(row[0])
    if revision not in REVISIONS:
        raise FolderTooNewError(path)
    return FileState(revision)


def read_only_uri(path: Path, *, immutable: bool | None = None) -> str:
    """A URI that reads ``path`` without changing it.

    With no write-ahead log beside the file nobody is writing it, so by default it is read as
    immutable: SQLite then creates no -wal/-shm files and takes no locks, and a file we refuse (or
    one on a read-only disk) is left exactly as it was.
    """
    if immutable is None:
        immutable = not Path(f"{path}-wal").exists()
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(path: Path, *, immutable: bool | None = None) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)


QUICK_CHECK_SECONDS = 5.0


@dataclass(frozen=True)
class QuickCheck:
    """What ``PRAGMA quick_check`` said. ``complete`` is False when the file was too slow to read
    in full (a very large folder on a slow stick): then every table except the document bytes
    was checked, and those are checked against their fingerprints by the full check."""

    problems: list[str] = field(default_factory=list)
    complete: bool = True

    @property
    def ok(self) -> bool:
        return not self.problems


def quick_check(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> QuickCheck:
    """SQLite's quick check of the whole file, within about ``seconds``; never changes it."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return QuickCheck([str(exc)])
    try:
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
        try:
            return QuickCheck(_problems(conn.execute("PRAGMA quick_check").fetchall()))
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                return QuickCheck([str(exc)])
        conn.set_progress_handler(None, 0)
        log.info("the quick check ran out of time; checking the records only")
        problems: list[str] = []
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'blobs' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
        for (table,) in tables:
            quoted = '"' + str(table).replace('"', '""') + '"'
            problems += _problems(conn.execute(f"PRAGMA quick_check({quoted})").fetchall())
        return QuickCheck(problems, complete=False)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return QuickCheck([str(exc)])
    finally:
        conn.close()


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    return [str(r[0]) for r in rows if str(r[0]) != "ok"]


def make_engine(
    path: Path, *, read_only: bool = False, immutable: bool = False, create: bool = False
) -> Engine:
    """An engine whose every connection enforces foreign keys, uses WAL and syncs fully.

    ``immutable`` (read-only only) is for a file nobody can be writing, such as one on a
    read-only disk, where SQLite could not make its -shm file. Only with ``create`` may a
    connection make the file.

    Transactions begin deferred; a connection run with ``execution_options(immediate=True)`` takes
    the write lock at once (``BEGIN IMMEDIATE``), so two writers queue instead of failing.
    """
    target = path.resolve()

    def connect() -> sqlite3.Connection:
        if read_only:
            return sqlite3.connect(read_only_uri(target, immutable=immutable), uri=True,
                                   check_same_thread=False)
        if create:
            return sqlite3.connect(target, check_same_thread=False)
        # Never make a new, empty file where the folder was (if it was deleted while open).
        return sqlite3.connect(target.as_uri() + "?mode=rw", uri=True, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 10000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    return engine


def _run_alembic(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def create_folder_file(path: Path) -> None:
    """Create a new folder file at ``path`` (which must not exist) through the migrations."""
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".creating")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    create_private_file(partial)  # SQLite keeps its mode, and gives it to the -wal and -shm
    engine = make_engine(partial, create=True)
    try:
        _run_alembic(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    os.replace(partial, path)
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the file beside itself before a migration touches it; return the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem} (before upgrade from {revision}, {stamp}){path.suffix}")
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(create_private_file(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    log.info("copied a folder file beside itself before upgrading it")
    return target


def upgrade_if_needed(
    path: Path, state: FileState, *, before: Callable[[str], object] | None = None
) -> Path | None:
    """Bring an older file to the head revision after copying it; return the copy, if made.

    ``before`` is called with the old revision once the copy is made and before anything
    changes (the folder's automatic backups take a snapshot there too).
    """
    if state.revision == HEAD:
        return None
    copy = backup_before_upgrade(path, state.revision or "empty")
    if before is not None:
        before(state.revision or "empty")
    engine = make_engine(path)
    try:
        _run_alembic(engine)
    finally:
        engine.dispose()
    return copy


