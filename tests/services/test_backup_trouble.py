"""A backup that cannot be made says why, from its type: not enough room, the backup place full,
read-only or gone, the folder busy or damaged. The folder is never changed, nothing half-written
is left at the backup place, and what is not a folder gets no "Backups" directory."""

from __future__ import annotations

import errno
import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from infusion_desk.core.backup_errors import BackupFolderBusyError, BackupNeedsRoomError
from infusion_desk.core.errors import (
    BackupDiskFullError,
    BackupPlaceMissingError,
    BackupPlaceReadOnlyError,
    FolderDamagedError,
    FolderMissingError,
    NotAFolderError,
)
from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder, backups
from infusion_desk.services.backups import MANUAL, BackupStore
from infusion_desk.storage import schema, snapshot_writing, sqlite_files
from infusion_desk.storage.blob_store import BlobStore

MB = 1024 * 1024


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A folder with six scans of 1 MB each and a few hundred calls."""
    made = tmp_path / "home" / "Walter Brennan.infusiondesk"
    made.parent.mkdir()
    rng = random.Random(4)
    with Folder.create(made) as folder:
        store = folder._store
        with store.writing() as session:
            for n in range(300):
                store.add(Call(reference_number=f"R-{n}", summary="Pump delivery " * 8), session)
        for n in range(6):
            folder.records.add_document(Document(title=f"scan {n}"), rng.randbytes(MB))
    return made


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    place = tmp_path / "USB STICK"
    place.mkdir()
    return place


def left_at(stick: Path) -> list[str]:
    """What a failed backup left at the backup place, besides its empty directories and notes."""
    return sorted(str(p.relative_to(stick)) for p in stick.rglob("*")
                  if p.is_file() and p.name != "README.txt")


class Usage(NamedTuple):
    total: int
    used: int
    free: int


def room(free: int) -> Callable[[object], Usage]:
    return lambda _where: Usage(1000 * MB, 1000 * MB - free, free)


# ---------------------------------------------------------------------- room
def test_a_backup_that_does_not_fit_is_refused_first_with_the_sizes(
    path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(path)
    store = BackupStore(path, stick)
    monkeypatch.setattr(snapshot_writing.shutil, "disk_usage", room(3 * MB))
    with pytest.raises(BackupNeedsRoomError) as caught:
        store.snapshot(path, MANUAL)
    needed = caught.value.needed
    assert 6 * MB < needed < 8 * MB and caught.value.free == 3 * MB
    assert caught.value.message.startswith(
        f"The backup needs about {-(-needed // MB)} MB, and the place where the backups are kept "
        "has 3 MB free, so no backup was made.")
    assert left_at(stick) == [] and digest(path) == before
    # Once the documents are kept there, the next backup needs room only for the records.
    monkeypatch.undo()
    store.snapshot(path, MANUAL)
    with Folder.open(path) as folder:
        folder.records.add(Call(reference_number="later"))
    monkeypatch.setattr(snapshot_writing.shutil, "disk_usage", room(3 * MB))
    assert store.snapshot(path, MANUAL).counts["Call"] == 301


# ---------------------------------------------------------------------- the backup place
def failing_blob_writes(monkeypatch: pytest.MonkeyPatch, error: OSError,
                        then: Callable[[], object] = lambda: None) -> None:
    """Document bytes cannot be written at the backup place (after one went in)."""
    real = BlobStore.put_chunks
    written: list[str] = []

    def put_chunks(self: BlobStore, sha256: str, size: int, chunks: object) -> bool:
        if written:
            then()
            raise error
        written.append(sha256)
        return real(self, sha256, size, chunks)  # type: ignore[arg-type]

    monkeypatch.setattr(BlobStore, "put_chunks", put_chunks)


STOPPED_TAKING_BYTES = {
    errno.ENOSPC: (BackupDiskFullError, "The disk where the backups are kept is full."),
    errno.EROFS: (BackupPlaceReadOnlyError, "backups are kept cannot be written to"),
    errno.EACCES: (BackupPlaceReadOnlyError, "backups are kept cannot be written to"),
}


@pytest.mark.parametrize("code", list(STOPPED_TAKING_BYTES), ids=errno.errorcode.get)
def test_a_backup_place_that_stops_taking_bytes_is_named(
    path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    expected, words = STOPPED_TAKING_BYTES[code]
    before = digest(path)
    failing_blob_writes(monkeypatch, OSError(code, "no", str(stick / "blobs")))
    with pytest.raises(expected) as caught:
        BackupStore(path, stick).snapshot(path, MANUAL)
    assert words in caught.value.message
    assert "plugged in" not in caught.value.message
    assert [p for p in left_at(stick) if not p.startswith("Walter Brennan Backups/blobs/")] == []
    assert digest(path) == before


def test_a_snapshot_file_that_fills_the_place_is_named(
    path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own "disk is full" while the snapshot file is written (here: a file limit)."""
    real = snapshot_writing._new_snapshot_file

    def small(partial: Path) -> sqlite3.Connection:
        conn = real(partial)
        conn.execute("PRAGMA main.max_page_count = 40")
        return conn

    monkeypatch.setattr(snapshot_writing, "_new_snapshot_file", small)
    with pytest.raises(BackupDiskFullError):
        BackupStore(path, stick).snapshot(path, MANUAL)
    assert [p for p in left_at(stick) if "blobs" not in p] == []


def test_a_stick_pulled_out_while_backing_up_is_named(
    path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing_blob_writes(monkeypatch, FileNotFoundError(errno.ENOENT, "gone"),
                        then=lambda: shutil.rmtree(stick))
    with pytest.raises(BackupPlaceMissingError) as caught:
        BackupStore(path, stick).snapshot(path, MANUAL)
    assert "plugged in" in caught.value.message
    assert not stick.exists()


def test_a_backup_place_that_cannot_be_written_is_named(
    path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.mkdir

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self.is_relative_to(stick):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(BackupPlaceReadOnlyError):
        BackupStore(path, stick).snapshot(path, MANUAL)


# ---------------------------------------------------------------------- the folder
def test_a_folder_another_program_keeps_busy_is_named_after_trying_again(
    path: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program takes the folder to itself just as the snapshot starts, and keeps it:
    the snapshot waits, tries twice more, then says the folder was busy."""
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(snapshot_writing, "BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(backups, "BUSY_PAUSES", (0.01, 0.02))
    holder = sqlite3.connect(path)
    real_inspect, real_write = schema.inspect_file, snapshot_writing.write_snapshot
    inspected: list[Path] = []
    written: list[Path] = []

    def inspect_then_hold(source: Path) -> schema.FileState:
        inspected.append(source)
        state = real_inspect(source)
        if len(inspected) == 2:  # the snapshot's own look, in the "Backups" directory's lock
            holder.execute("PRAGMA locking_mode = EXCLUSIVE")
            holder.execute("BEGIN EXCLUSIVE")
        return state

    def write(source: Path, **kwargs: object) -> object:
        written.append(source)
        return real_write(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(schema, "inspect_file", inspect_then_hold)
    monkeypatch.setattr(backups, "write_snapshot", write)
    try:
        with pytest.raises(BackupFolderBusyError) as caught:
            BackupStore(path, stick).snapshot(path, MANUAL)
    finally:
        holder.rollback()
        holder.close()
    assert len(written) == 1  # the first try got as far as the snapshot
    assert len(inspected) == 4  # before the "Backups" directory, then three tries
    assert "busy" in caught.value.message and "plugged in" not in caught.value.message
    assert left_at(stick) == []


def test_a_damaged_folder_is_named_and_left_alone(path: Path, stick: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'calls'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(b"\x00\x07" * 60)
    before = digest(path)
    with pytest.raises(FolderDamagedError) as caught:
        BackupStore(path, stick).snapshot(path, MANUAL)
    assert caught.value.message.startswith(f"{path.name} looks damaged")
    assert digest(path) == before
    assert [p for p in left_at(stick) if "blobs" not in p] == []


@pytest.mark.parametrize("what", ["text file", "directory", "missing"])
def test_what_is_not_a_folder_gets_no_backups_directory(tmp_path: Path, what: str) -> None:
    path = tmp_path / "notes.infusiondesk"
    if what == "text file":
        path.write_text("shopping list", encoding="utf-8")
    elif what == "directory":
        path.mkdir()
    store = BackupStore(path)
    with pytest.raises((NotAFolderError, FolderMissingError)):
        store.snapshot(path, MANUAL)
    with pytest.raises((NotAFolderError, FolderMissingError)):
        store.daily_snapshot_if_due(path)
    assert not store.root.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if what == "missing"
                                                          else [path.name])
