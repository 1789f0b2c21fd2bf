"""A write that fails (disk full, I/O error, the file gone) raises SaveFailedError, rolls back and
leaves the folder file exactly as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from infusion_desk.core.errors import FolderError, InvalidValueError, SaveFailedError
from infusion_desk.core.records import Call, Contact, Document
from infusion_desk.services import Folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # (not iterdump: the index of PDF pages' text keeps no rows to list; its tables do)
        tables = [str(n) for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'page_bodies' "
            "ORDER BY name")]
        return [f"{t}: {row!r}" for t in tables
                for row in conn.execute(f'SELECT * FROM "{t}"')]
    finally:
        conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "Full disk.infusiondesk"
    with Folder.create(made) as folder:
        folder.records.add(Contact(name="Maria Lopez"))
        folder.records.add_document(Document(title="Card"), b"card bytes")
    return made


def fill_the_disk(folder: Folder, spare_pages: int = 2) -> None:
    """Every new connection may grow the file by only a couple of pages (as on a full disk)."""

    @event.listens_for(folder._store.engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_disk_full_refuses_the_write_and_changes_nothing(path: Path) -> None:
    before_bytes, before_rows = digest(path), dump(path)
    folder = Folder.open(path)
    fill_the_disk(folder)
    with pytest.raises(SaveFailedError) as caught:
        folder.records.add_document(Document(title="Big scan"), os.urandom(2_000_000))
    assert "full" in caught.value.detail
    assert "could not be saved" in str(caught.value)
    with pytest.raises(SaveFailedError):
        folder.call_log.log_call(Call(summary="words " * 200_000, person="Ken"))
    assert folder.count(Document) == 1 and folder.count(Contact) == 1
    assert folder.count(Call) == 0
    assert digest(path) == before_bytes  # not a byte written to the folder file
    folder.close()
    assert dump(path) == before_rows  # and nothing committed to its log either
    with Folder.open(path) as again:
        assert again.check().ok


def test_an_input_output_error_at_commit_changes_nothing(path: Path) -> None:
    before_rows = dump(path)
    folder = Folder.open(path)

    @event.listens_for(folder._store.engine, "commit")
    def _fail(_conn: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(SaveFailedError) as caught:
        folder.records.add(Contact(name="Never stored"))
    assert "disk I/O error" in caught.value.detail
    event.remove(folder._store.engine, "commit", _fail)
    assert [c.name for c in folder.contacts()] == ["Maria Lopez"]
    folder.close()
    assert dump(path) == before_rows


def test_a_folder_file_deleted_while_open_is_not_written_into_the_void(path: Path) -> None:
    folder = Folder.open(path)
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)  # someone deleted it (or the stick was swapped)
    with pytest.raises(SaveFailedError):
        folder.records.add(Contact(name="Would be lost"))
    folder.close()
    assert not path.exists()  # and no empty stand-in was made where it was


def test_a_folder_file_replaced_while_open_is_not_written_over(path: Path, tmp_path: Path) -> None:
    folder = Folder.open(path)
    folder.records.add(Contact(name="Before"))
    other = tmp_path / "other.infusiondesk"
    with Folder.create(other) as replacement:
        replacement.records.add(Contact(name="From the replacement"))
    os.replace(other, path)  # e.g. a restore from another program
    before = digest(path)
    with pytest.raises(SaveFailedError) as caught:
        folder.records.add(Contact(name="Into the wrong file"))
    assert "replaced" in caught.value.detail
    folder.close()
    assert digest(path) == before


def test_a_number_too_large_is_refused_plainly(path: Path) -> None:
    with Folder.open(path) as folder:
        with pytest.raises(InvalidValueError) as caught:
            folder.records.add(Call(contact_id=2**70))
        assert isinstance(caught.value, FolderError)
        assert "too large" in str(caught.value)
        assert folder.count(Call) == 0
