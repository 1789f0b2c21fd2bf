"""Known trouble at the storage seam is told apart from bugs, and a failed read is never called
a failed save."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import (
    DamagedWhileOpenError,
    DiskFullError,
    FolderBusyError,
    FolderBusyReadingError,
    FolderDamagedError,
    FolderError,
    FolderNotWritableError,
    FolderVanishedError,
    FolderVanishedReadingError,
    ReadFailedError,
    ReadOnlyFolderError,
    SaveFailedError,
)
from infusion_desk.core.records import Contact, Document
from infusion_desk.services import Folder
from infusion_desk.storage.trouble import known_trouble

SAVE_WORDS = "could not be saved"
_GONE = (FolderVanishedError, FolderVanishedReadingError)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "Trouble.infusiondesk"
    with Folder.create(made) as folder:
        for number in range(40):
            folder.records.add(Contact(name=f"Contact {number}", notes="notes " * 40))
    return made


def _on_connect(folder: Folder, *pragmas: str) -> None:
    @event.listens_for(folder._store.engine, "connect")
    def _set(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)


def _failing_statements(folder: Folder, error: Exception) -> None:
    @event.listens_for(folder._store.engine, "before_cursor_execute")
    def _fail(*_args: object) -> None:
        raise error


@contextmanager
def held_by_another_program(path: Path, *, exclusive: bool = False) -> Iterator[None]:
    """Another program writing the folder file (``exclusive``: holding it whole, so that even
    reading must wait)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("UPDATE contacts SET notes = notes WHERE id = 1")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _busy_reading(path: Path) -> sqlite3.Error:
    """The error SQLite gives a reader that waited too long for another program."""
    with held_by_another_program(path, exclusive=True):
        reader = sqlite3.connect(path)
        try:
            reader.execute("PRAGMA busy_timeout = 20")
            reader.execute("SELECT count(*) FROM contacts").fetchone()
        except sqlite3.Error as exc:
            return exc
        finally:
            reader.close()
    raise AssertionError("the read did not wait for the other program")


def test_a_full_disk_is_named(path: Path) -> None:
    with Folder.open(path) as folder:
        with closing(sqlite3.connect(path)) as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        _on_connect(folder, f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(DiskFullError) as caught:
            folder.records.add_document(Document(title="Big scan"), b"x" * 500_000)
        assert isinstance(caught.value, SaveFailedError)
        assert "disk is full" in str(caught.value)
        assert "full" in caught.value.detail
        assert folder.count(Document) == 0


def test_a_busy_file_is_named_for_a_write(path: Path) -> None:
    with Folder.open(path) as folder:
        _on_connect(folder, "PRAGMA busy_timeout = 20")  # after the folder's own 10 seconds
        with held_by_another_program(path), pytest.raises(FolderBusyError) as caught:
            folder.records.add(Contact(name="Later"))
        assert "busy" in str(caught.value) and "locked" in caught.value.detail
        assert folder.count(Contact) == 40  # and once the other program lets go, all is there
        folder.records.add(Contact(name="Now"))


def test_a_busy_file_is_named_for_a_read_and_not_as_a_save(path: Path) -> None:
    busy = _busy_reading(path)
    assert busy.sqlite_errorcode == 5  # type: ignore[attr-defined]  # SQLITE_BUSY
    with Folder.open(path) as folder:
        _failing_statements(folder, busy)
        with pytest.raises(FolderBusyReadingError) as caught:
            folder.contacts()
    assert isinstance(caught.value, ReadFailedError)
    assert not isinstance(caught.value, SaveFailedError)
    assert SAVE_WORDS not in str(caught.value)
    assert "could not be read" in str(caught.value)


def _flip_page_type(path: Path, table: str) -> None:
    """Spoil the first byte of ``table``'s b-tree page header (its page type)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    offset = (root - 1) * page_size + (100 if root == 1 else 0)
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 0xFF]))


def test_a_damaged_file_is_named_for_a_read_and_for_a_write(path: Path) -> None:
    with Folder.open(path) as folder:
        _flip_page_type(path, "contacts")
        with pytest.raises(FolderDamagedError) as caught_read:
            folder.contacts()
        assert "damaged" in str(caught_read.value)
        assert "malformed" in caught_read.value.detail
        with pytest.raises(FolderDamagedError):
            folder.records.add(Contact(name="Into a damaged file"))


def test_a_read_that_fails_is_not_called_a_failed_save(path: Path) -> None:
    with Folder.open(path) as folder:
        _failing_statements(folder, sqlite3.OperationalError("disk I/O error"))
        with pytest.raises(ReadFailedError) as caught:
            folder.contacts()
        assert not isinstance(caught.value, SaveFailedError)
        assert SAVE_WORDS not in str(caught.value)
        assert "could not be read" in str(caught.value)
        assert caught.value.detail == "disk I/O error"


def test_a_write_that_fails_is_a_failed_save(path: Path) -> None:
    with Folder.open(path) as folder:
        _failing_statements(folder, sqlite3.OperationalError("disk I/O error"))
        with pytest.raises(SaveFailedError) as caught:
            folder.records.add(Contact(name="Never stored"))
        assert type(caught.value) is SaveFailedError
        assert SAVE_WORDS in str(caught.value)


def test_a_read_only_folder_refuses_before_touching_the_file(path: Path) -> None:
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Folder.open(path, read_only=True) as folder:
        with pytest.raises(ReadOnlyFolderError) as caught:
            folder.records.add(Contact(name="Refused"))
        assert "reading only" in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("no such table: contacts"),
    sqlite3.OperationalError('near "SELEC": syntax error'),
    sqlite3.ProgrammingError("Cannot operate on a closed database."),
    sqlite3.InterfaceError("Error binding parameter 1"),
], ids=["no such table", "syntax error", "closed", "binding"])
@pytest.mark.parametrize("writing", [False, True], ids=["read", "write"])
def test_a_bug_goes_on_as_it_is(path: Path, error: sqlite3.Error, writing: bool) -> None:
    with Folder.open(path) as folder:
        _failing_statements(folder, error)
        action = ((lambda: folder.records.add(Contact(name="Never stored")).value) if writing
                  else folder.contacts)
        with pytest.raises(DBAPIError) as caught:
            action()
        assert not isinstance(caught.value, FolderError)
        assert caught.value.orig is error


def _real_error(sql: str) -> sqlite3.Error:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError(f"{sql} did not fail")


def test_each_kind_of_trouble_by_its_code_or_its_words(tmp_path: Path) -> None:
    where = tmp_path / "x.infusiondesk"
    where.write_bytes(b"")  # there: an I/O error is a failing disk, not a file gone away
    bug = _real_error("SELECT * FROM nowhere")
    assert bug.sqlite_errorcode == 1  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.OperationalError):
        known_trouble(bug, where, writing=True)
    cases: list[tuple[BaseException, bool, type[FolderError]]] = [
        (sqlite3.OperationalError("database or disk is full"), True, DiskFullError),
        (OSError(errno.ENOSPC, "No space left on device"), True, DiskFullError),
        (sqlite3.OperationalError("database is locked"), True, FolderBusyError),
        (sqlite3.OperationalError("database is locked"), False, FolderBusyReadingError),
        (sqlite3.OperationalError("attempt to write a readonly database"), True,
         FolderNotWritableError),
        (OSError(errno.EROFS, "Read-only file system"), True, FolderNotWritableError),
        (OSError(errno.EACCES, "Permission denied"), True, FolderNotWritableError),
        (OSError(errno.EIO, "Input/output error"), True, SaveFailedError),
        (OSError(errno.EIO, "Input/output error"), False, ReadFailedError),
        (sqlite3.DatabaseError("database disk image is malformed"), False,
         DamagedWhileOpenError),
        (sqlite3.DatabaseError("file is not a database"), True, DamagedWhileOpenError),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), False,
         DamagedWhileOpenError),
        (sqlite3.OperationalError("disk I/O error"), False, ReadFailedError),
        (sqlite3.OperationalError("disk I/O error"), True, SaveFailedError),
    ]
    gone = tmp_path / "gone.infusiondesk"  # moved away while open, or its stick pulled out
    cases += [
        (sqlite3.OperationalError("disk I/O error"), True, FolderVanishedError),
        (sqlite3.OperationalError("disk I/O error"), False, FolderVanishedReadingError),
        (OSError(errno.ENOENT, "No such file or directory"), True, FolderVanishedError),
    ]
    for error, writing, expected in cases:
        found = known_trouble(error, gone if expected in _GONE else where, writing=writing)
        assert type(found) is expected, (error, writing, found)
        if not writing:
            assert not isinstance(found, SaveFailedError), error


def test_fts5_words_for_a_scrambled_index_are_the_index_damaged(tmp_path: Path) -> None:
    # FTS5 says this with SQLite's plain error code when its tables were scrambled on disk
    # (found by the fuzzing of test_bad_files): the index's damage, repaired by a rebuild.
    from infusion_desk.core.errors import SearchIndexDamagedError
    from infusion_desk.storage.trouble import search_trouble

    error = sqlite3.OperationalError("invalid fts5 file format (found 0, expected 4) - "
                                     "run 'rebuild'")
    with pytest.raises(SearchIndexDamagedError), search_trouble(tmp_path / "f.infusiondesk"):
        raise error
