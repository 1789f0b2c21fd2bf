"""Opening, creating and upgrading folder files.

A file is looked at with plain ``sqlite3`` in read-only mode first, so that a file we refuse (not
SQLite, another app's database, a newer Infusion Desk) is left byte-for-byte unchanged. Alembic is
imported only when a file really needs creating or upgrading.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from infusion_desk.core.errors import (
    FolderDamagedError,
    FolderError,
    FolderMissingError,
    FolderTooNewError,
    FolderUnreadableError,
    NotAFolderError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.privacy import create_private_file
from infusion_desk.storage.quick_check import (
    QUICK_CHECK_SECONDS,
    QuickCheck,
    header_check,
    header_problems,
    quick_check,
)
from infusion_desk.storage.sqlite_files import BUSY_TIMEOUT_MS, FILE_APPLICATION_ID, connect_reading
from infusion_desk.storage.trouble import opening_trouble

log = logging.getLogger(__name__)

__all__ = ["QUICK_CHECK_SECONDS", "QuickCheck", "header_check", "header_problems",
           "quick_check"]

APPLICATION_ID = FILE_APPLICATION_ID  # "IFDS", written by revision 0001

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Every revision ever shipped, oldest first. A test checks this against the Alembic scripts.
REVISIONS: tuple[str, ...] = ("0001_initial", "0002_read_pictures", "0003_patient_essentials",
                             "0004_compact_text", "0005_lean_text", "0006_deadlines",
                             "0007_shared")
HEAD = REVISIONS[-1]


def has_versions(revision: str | None) -> bool:
    """Whether a file of this revision keeps a version on each record (0007 on)."""
    return revision is not None and revision in REVISIONS and (
        REVISIONS.index(revision) >= REVISIONS.index("0007_shared"))


@dataclass(frozen=True)
class FileState:
    revision: str | None  # None: an empty, brand-new SQLite file with no tables at all


def inspect_file(path: Path) -> FileState:
    """Say what ``path`` is without changing a byte of it, or raise a plain-language error."""
    conn = _open_to_inspect(path)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if application_id != APPLICATION_ID:
            raise NotAFolderError(path, translate(
                "Schema", "it is a database, but not an Infusion Desk folder file"))
        if "alembic_version" not in tables:
            raise FolderDamagedError(path, translate("Schema", "its version record is missing"))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _trouble_looking(exc, path) from exc
    finally:
        conn.close()
    if row is None:
        raise FolderDamagedError(path, translate("Schema", "its version record is empty"))
    revision = str(row[0])
    if revision not in REVISIONS:
        raise FolderTooNewError(path)
    return FileState(revision)


def _trouble_looking(exc: sqlite3.DatabaseError | UnicodeDecodeError, path: Path) -> FolderError:
    """What failed while a file was looked at: a full disk, a busy file or a file gone are said
    as such; anything else SQLite cannot read in it is damage."""
    try:
        return opening_trouble(exc, path)
    except sqlite3.Error:
        return FolderDamagedError(path, str(exc))


def _header_application_id(path: Path) -> int | None:
    """The application id in the file's header (bytes 68-71), or None if it cannot be read."""
    try:
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return None
    return int.from_bytes(header[68:72], "big") if len(header) == 72 else None


def _open_to_inspect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise FolderMissingError(path)
    if path.is_dir():
        raise NotAFolderError(path, translate("Schema", "it is a directory, not a folder file"))
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise FolderUnreadableError(path, exc) from exc
    if magic != SQLITE_MAGIC:
        raise NotAFolderError(path, translate("Schema", "it is not an Infusion Desk folder file"))
    try:
        # Another app's database is told by its header alone: SQLite never opens it, so it is
        # not changed and nothing is made beside it. A folder file is read under SQLite's locks
        # (someone may be writing it), folding nothing in.
        if _header_application_id(path) != APPLICATION_ID:
            return connect_read_only(path)
        return connect_reading(path, fold_in_log=False)
    except sqlite3.Error as exc:
        raise FolderUnreadableError(path, exc) from exc


def read_only_uri(path: Path, *, immutable: bool | None = None) -> str:
    """A URI that reads ``path`` without changing it or making files beside it, for a file that
    is not a folder file in use: with no write-ahead log beside it (by default) or with
    ``immutable``, SQLite reads it without locks. A folder file someone may be writing is read
    with :func:`connect_reading` instead."""
    if immutable is None:
        immutable = not Path(f"{path}-wal").exists()
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(path: Path, *, immutable: bool | None = None) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)


def make_engine(
    path: Path, *, read_only: bool = False, immutable: bool = False, create: bool = False,
    fold_in_log: bool = True,
) -> Engine:
    """An engine whose every connection enforces foreign keys, uses WAL and syncs fully.

    With ``read_only`` each connection reads under SQLite's locks and cannot write
    (:func:`sqlite_files.connect_reading`): whoever closes last folds the log in and removes the
    -wal/-shm files, so reading leaves nothing beside the folder. ``immutable`` (read-only only)
    is for a file nobody can be writing, such as one on a read-only disk, where SQLite could not
    make its -shm file; ``fold_in_log`` False keeps a log left beside the file out of it (a
    damaged file is not changed by a byte). Only with ``create`` may a connection make the file.

    Transactions begin deferred; a connection run with ``execution_options(immediate=True)`` takes
    the write lock at once (``BEGIN IMMEDIATE``), so two writers queue instead of failing.
    """
    target = path.resolve()

    def connect() -> sqlite3.Connection:
        if read_only and immutable:
            return sqlite3.connect(read_only_uri(target, immutable=True), uri=True,
                                   check_same_thread=False)
        if read_only:
            return connect_reading(target, fold_in_log=fold_in_log, check_same_thread=False)
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
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    return engine


# Given a PDF's bytes, its pages' text as the app takes it in (None: unreadable). Revision 0005
# needs one to move a PDF's pages' text into the PDF only (see its notes); the app hands it in.
PageReader = Callable[[bytes], "Sequence[str] | None"]
VACUUM_FREE_SHARE = 0.2  # of the file's pages free after an upgrade: past it, the file is VACUUMed


def _run_alembic(engine: Engine, page_reader: PageReader | None = None) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        config.attributes["connection"] = connection
        config.attributes["page_reader"] = page_reader
        command.upgrade(config, "head")


def _vacuum_if_much_is_free(path: Path) -> None:
    """An upgrade that emptied much of the file (0005 takes out PDFs' text and thumbnails)
    leaves those pages free inside it: VACUUM writes the file afresh without them (the copy
    made before the upgrade is beside it; the folder's lock is held)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        total = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if total and free / total > VACUUM_FREE_SHARE:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            log.info("the upgraded file was VACUUMed (%d of %d pages were free)", free, total)
    finally:
        conn.close()


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
    path: Path, state: FileState, *, before: Callable[[str], object] | None = None,
    page_reader: PageReader | None = None,
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
        _run_alembic(engine, page_reader)
    finally:
        engine.dispose()
    _vacuum_if_much_is_free(path)
    return copy


