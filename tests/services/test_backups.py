"""Automatic backups: cheap snapshots, a list that says which are good, and restoring one."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from infusion_desk.core.errors import (
    BackupDamagedError,
    BackupError,
    BackupFailedError,
    FolderExistsError,
    FolderInUseError,
    NotAFolderError,
)
from infusion_desk.core.records import Call, Contact, Document
from infusion_desk.services import Folder
from infusion_desk.services.backup_policy import (
    BEFORE_EMPTY_TRASH,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DAILY,
)
from infusion_desk.services.backups import BackupInfo, BackupStore
from infusion_desk.storage import schema


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 2, 9, 0))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(made) as folder:
        folder.records.add(Contact(name="Maria Lopez", organization="Sunrise Home Infusion"))
        folder.records.add(Call(reference_number="SR-1"))
        folder.records.add_document(Document(title="Approval letter"), b"%PDF approval")
    return made


@pytest.fixture
def store(path: Path, clock: Clock) -> BackupStore:
    return BackupStore(path, clock=clock)


@pytest.fixture
def folder(path: Path, store: BackupStore) -> Iterator[Folder]:
    with Folder.open(path, backups=store) as opened:
        yield opened


def references(store: BackupStore) -> int:
    return len(list(store.blobs.fingerprints()))


# ---------------------------------------------------------------------- where and how much
def test_backups_live_beside_the_folder_by_default(path: Path, store: BackupStore) -> None:
    info = store.snapshot(path, "made by hand")
    assert store.root == path.parent / "Walter Brennan Backups"
    assert info.path.parent == store.root / "snapshots"
    assert info.path.name == "2026-11-02 09-00-00-000000 made by hand.snapshot"
    assert (store.root / "README.txt").read_text(encoding="utf-8").count("Walter Brennan") >= 1
    assert not (store.root / "backups.lock").exists()
    assert not list(store.scratch_dir.iterdir())


def test_backups_can_live_on_another_disk(path: Path, tmp_path: Path, clock: Clock) -> None:
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    store = BackupStore(path, stick, clock=clock)
    store.snapshot(path, "made by hand")
    assert [b.folder_name for b in store.list_backups()] == [path.name]
    assert (stick / "Walter Brennan Backups" / "snapshots").is_dir()
    assert not (path.parent / "Walter Brennan Backups").exists()


def test_a_missing_stick_is_never_created_on_the_computer(path: Path, tmp_path: Path) -> None:
    gone = tmp_path / "media" / "USB STICK"
    store = BackupStore(path, gone)
    with pytest.raises(BackupFailedError) as caught:
        store.snapshot(path, "made by hand")
    assert "plugged in" in str(caught.value)
    assert not gone.exists() and not gone.parent.exists()
    assert store.list_backups() == []
    assert store.newest_good() is None


def test_ten_snapshots_of_five_megabytes_cost_little_more_than_once(
    path: Path, store: BackupStore, clock: Clock
) -> None:
    rng = random.Random(5)
    with Folder.open(path) as folder:
        for n in range(10):
            folder.records.add_document(Document(title=f"scan {n}"), rng.randbytes(500_000))
    started = time.monotonic()
    for day in range(10):
        clock.advance(days=1)
        with Folder.open(path) as folder:
            folder.records.add(Call(reference_number=f"day {day}", summary="notes " * 50))
            store.snapshot(folder, DAILY, rotate=False)
    elapsed = time.monotonic() - started
    folder_size = path.stat().st_size
    backups = store.size_on_disk()
    assert len(store.list_backups()) == 10
    assert backups < 1.3 * folder_size, (backups, folder_size)
    print(f"\nfolder {folder_size / 1e6:.2f} MB, 10 snapshots {backups / 1e6:.2f} MB "
          f"({backups / folder_size:.2f}x), {elapsed / 10 * 1000:.0f} ms each")


def test_a_snapshot_refuses_what_is_not_a_folder(tmp_path: Path, store: BackupStore) -> None:
    other = tmp_path / "notes.infusiondesk"
    other.write_bytes(b"PK\x03\x04 a zip")
    with pytest.raises(NotAFolderError):
        store.snapshot(other, "made by hand")
    assert other.read_bytes() == b"PK\x03\x04 a zip"
    assert store.list_backups() == []


# ---------------------------------------------------------------------- the list
def test_the_list_is_newest_first_with_reasons_and_counts(
    folder: Folder, store: BackupStore, clock: Clock
) -> None:
    store.snapshot(folder, DAILY)
    clock.advance(hours=2)
    folder.records.add(Call(reference_number="SR-2"))
    store.snapshot(folder, "made by hand")
    newest, oldest = store.list_backups()
    assert (newest.reason, oldest.reason) == ("made by hand", DAILY)
    assert newest.taken_at == datetime(2026, 11, 2, 11, 0)
    assert (newest.counts["Call"], oldest.counts["Call"]) == (2, 1)
    assert newest.counts["Contact"] == 1 and newest.counts["Document"] == 1
    assert newest.records == 4
    assert newest.documents_size == len(b"%PDF approval")
    assert not newest.damaged and newest.size > 0


def test_damaged_snapshots_are_listed_as_damaged_and_skipped(
    folder: Folder, store: BackupStore, clock: Clock
) -> None:
    good = store.snapshot(folder, DAILY)
    clock.advance(hours=1)
    cut = store.snapshot(folder, "made by hand")
    cut.path.write_bytes(cut.path.read_bytes()[:3000])  # half of it lost
    clock.advance(hours=1)
    orphan = store.snapshot(folder, "made by hand")
    clock.advance(hours=1)
    (store.snapshots_dir / "2026-11-02 13-00-00-000000 junk.snapshot").write_bytes(b"junk")
    listed = store.list_backups()
    assert [b.damaged for b in listed] == [True, False, True, False]
    assert listed[0].reason == "junk" and "cannot be read" in listed[0].problem
    assert listed[2].path == cut.path
    for sha in list(store.blobs.fingerprints()):
        store.blobs.remove(sha)  # the backup disk lost the document bytes
    listed = store.list_backups()
    assert all(b.damaged for b in listed)
    assert "missing" in listed[1].problem
    assert store.newest_good() is None
    del good, orphan


def test_newest_good_is_the_newest_sound_one(
    folder: Folder, store: BackupStore, clock: Clock
) -> None:
    first = store.snapshot(folder, DAILY)
    clock.advance(minutes=5)
    second = store.snapshot(folder, "made by hand")
    newest = store.newest_good()
    assert newest is not None and newest.path == second.path
    second.path.write_bytes(b"SQLite format 3\x00" + bytes(100))
    newest = store.newest_good()
    assert newest is not None and newest.path == first.path


# ---------------------------------------------------------------------- restoring
def test_restore_into_the_folder_keeps_what_it_replaces(
    path: Path, store: BackupStore, clock: Clock
) -> None:
    with Folder.open(path) as folder:
        chosen = store.snapshot(folder, DAILY)
        clock.advance(hours=3)
        folder.records.add(Call(reference_number="made after the backup"))
        later = folder.records.add_document(Document(title="Later scan"), b"later bytes").value
        assert later.id is not None
        folder.records.trash(Document, 1)
    outcome = store.restore_into(chosen)
    assert outcome.target == path and outcome.set_aside is None
    assert outcome.safety_backup is not None
    assert outcome.safety_backup.reason == BEFORE_RESTORE
    with Folder.open(path) as folder:
        assert [c.reference_number for c in folder.calls()] == ["SR-1"]
        assert [d.title for d in folder.documents()] == ["Approval letter"]
        assert folder.document_bytes(1) == b"%PDF approval"
        assert folder.check().ok
    assert {b.path for b in store.list_backups()} >= {chosen.path, outcome.safety_backup.path}
    # and the state before the restore can itself be put back
    store.restore_into(outcome.safety_backup)
    with Folder.open(path) as folder:
        refs = sorted(c.reference_number for c in folder.calls())
        assert refs == ["SR-1", "made after the backup"]
        assert folder.document_bytes(later.id) == b"later bytes"
        assert folder.is_trashed(Document, 1)
    assert len(store.list_backups()) == 3  # restoring never deletes a backup


def test_restore_refuses_while_the_folder_is_open(path: Path, store: BackupStore) -> None:
    chosen = store.snapshot(path, DAILY)
    with Folder.open(path) as folder:
        folder.records.add(Call(reference_number="open in a window"))
        before = digest(path)
        with pytest.raises(FolderInUseError):
            store.restore_into(chosen)
        assert digest(path) == before
        assert len(store.list_backups()) == 1


def test_restore_into_a_new_file_or_refuse_another_file(
    path: Path, store: BackupStore, tmp_path: Path
) -> None:
    chosen = store.snapshot(path, DAILY)
    copy = tmp_path / "Copy of Walter.infusiondesk"
    outcome = store.restore_into(chosen, copy)
    assert outcome.safety_backup is None
    with Folder.open(copy) as folder:
        assert folder.check().ok and folder.count(Call) == 1
    someone_else = tmp_path / "Rosa Díaz.infusiondesk"
    Folder.create(someone_else).close()
    before = digest(someone_else)
    with pytest.raises(FolderExistsError):
        store.restore_into(chosen, someone_else)
    assert digest(someone_else) == before


def test_a_backup_with_damaged_document_bytes_is_refused_unchanged(
    path: Path, store: BackupStore
) -> None:
    chosen = store.snapshot(path, DAILY)
    sha = hashlib.sha256(b"%PDF approval").hexdigest()
    store.blobs.path_for(sha).write_bytes(b"%PDF approvaL")
    before = digest(path)
    with pytest.raises(BackupDamagedError) as caught:
        store.restore_into(chosen)
    assert "Approval letter" in caught.value.detail
    assert digest(path) == before
    assert not list(path.parent.glob("*.restoring"))
    outcome = store.restore_into(chosen, allow_missing=True)
    assert outcome.missing_documents == ["Approval letter"]


def test_restoring_an_unreadable_backup_changes_nothing(path: Path, store: BackupStore) -> None:
    chosen = store.snapshot(path, DAILY)
    chosen.path.write_bytes(b"not a snapshot at all")
    before = digest(path)
    with pytest.raises(BackupDamagedError):
        store.restore_into(chosen)
    assert digest(path) == before


def test_a_folder_removed_by_accident_comes_back(path: Path, store: BackupStore) -> None:
    chosen = store.snapshot(path, DAILY)
    path.unlink()
    outcome = store.restore_into(chosen)
    assert outcome.safety_backup is None
    with Folder.open(path) as folder:
        assert folder.check().ok and folder.count(Contact) == 1


# ---------------------------------------------------------------------- when snapshots are taken
def test_one_daily_snapshot_a_day(path: Path, store: BackupStore, clock: Clock) -> None:
    first = store.daily_snapshot_if_due(path)
    assert first is not None and first.reason == DAILY
    clock.advance(hours=10)
    assert store.daily_snapshot_if_due(path) is None
    assert store.daily_snapshot_if_due(path, clock.advance(hours=5)) is not None  # next day
    assert len(store.list_backups()) == 2


def test_emptying_the_trash_takes_a_snapshot_first(folder: Folder, store: BackupStore) -> None:
    assert folder.records.empty_trash().value == 0
    assert store.list_backups() == []  # nothing in the trash: nothing to keep
    folder.records.trash(Contact, 1)
    assert folder.records.empty_trash().value == 1
    (safety,) = store.list_backups()
    assert safety.reason == BEFORE_EMPTY_TRASH
    assert safety.counts["In the trash"] == 1


def test_no_trash_is_emptied_without_its_snapshot(path: Path, tmp_path: Path) -> None:
    unplugged = BackupStore(path, tmp_path / "unplugged stick")
    with Folder.open(path, backups=unplugged) as folder:
        folder.records.trash(Contact, 1)
        with pytest.raises(BackupError):
            folder.records.empty_trash()
        assert folder.count(Contact, trashed=True) == 1
        assert folder.records.empty_trash(backup_first=False).value == 1  # the person said go ahead


def test_an_upgrade_takes_a_snapshot_too(
    path: Path, store: BackupStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = schema.HEAD
    monkeypatch.setattr(schema, "HEAD", "9999_pretend_newer")
    with Folder.open(path, backups=store) as folder:
        assert folder.upgraded_backup is not None and folder.upgraded_backup.exists()
    (snapshot,) = store.list_backups()
    assert snapshot.reason == f"{BEFORE_UPGRADE} from {current}"


# ---------------------------------------------------------------------- rotation
def test_rotation_keeps_days_weeks_and_safety_snapshots(
    path: Path, store: BackupStore, clock: Clock
) -> None:
    rng = random.Random(1)
    with Folder.open(path, backups=store) as folder:
        for day in range(63):
            clock.advance(days=1)
            # a new document every day: its bytes must go once nothing refers to them
            folder.records.add_document(Document(title=f"day {day}"), rng.randbytes(2000))
            store.daily_snapshot_if_due(folder)
            if day % 10 == 0:
                store.snapshot(folder, "before emptying the trash")
    kept = store.list_backups()
    now = clock.now
    days = {b.taken_at.date() for b in kept if b.reason == DAILY}
    assert {(now - timedelta(days=n)).date() for n in range(7)} <= days
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 8
    safety = [b for b in kept if b.reason.startswith("before")]
    assert all(now - b.taken_at <= timedelta(days=30) for b in safety)
    assert len(safety) == 3
    assert len(kept) < 20
    referenced = {sha for b in kept for sha in _blobs_of(b)}
    assert set(store.blobs.fingerprints()) == referenced  # nothing kept that nobody needs
    newest = store.newest_good()
    assert newest is not None
    outcome = store.restore_into(newest, path.with_name("Check.infusiondesk"))
    with Folder.open(outcome.target) as restored:
        assert restored.check().ok and restored.count(Document) == 64


def _blobs_of(backup: BackupInfo) -> set[str]:
    from infusion_desk.storage.snapshot import read_snapshot

    contents = read_snapshot(backup.path)
    return {sha for sha, _size in contents.blobs}


def test_no_bytes_are_collected_while_any_snapshot_is_unreadable(
    path: Path, store: BackupStore, clock: Clock
) -> None:
    first = store.snapshot(path, DAILY)
    with Folder.open(path) as folder:
        folder.records.trash(Document, 1)
        folder.records.empty_trash()
    first.path.unlink()  # as rotation would, one day
    junk = store.snapshots_dir / "2026-11-02 08-00-00-000000 daily.snapshot"
    junk.write_bytes(b"junk")
    clock.advance(days=1)
    store.snapshot(path, DAILY)  # refers to no document bytes at all
    assert references(store) == 1  # the letter's bytes stay: the junk might need them
    junk.unlink()
    store.rotate()
    assert references(store) == 0


def test_leftovers_of_a_crashed_backup_are_cleared(path: Path, store: BackupStore) -> None:
    store.snapshot(path, DAILY)
    (store.scratch_dir / "half.snapshot.partial").write_bytes(b"half")
    (store.scratch_dir / "abc.1.partial").write_bytes(b"half a scan")
    store.snapshot(path, "made by hand")
    assert not list(store.scratch_dir.iterdir())
    assert not [b for b in store.list_backups() if b.damaged]


def test_another_backup_in_progress_makes_the_daily_one_wait_its_turn(
    path: Path, store: BackupStore
) -> None:
    from infusion_desk.storage.lock_file import LockFile

    store.snapshot(path, "made by hand")
    busy = LockFile(store.root / "backups.lock")
    busy.acquire()
    try:
        assert store.daily_snapshot_if_due(path, datetime(2026, 12, 1, 8, 0)) is None
        impatient = BackupStore(path, lock_wait=0.3)
        with pytest.raises(BackupFailedError):
            impatient.snapshot(path, "made by hand")
    finally:
        busy.release()


def test_copying_the_backup_directory_elsewhere_keeps_it_usable(
    path: Path, store: BackupStore, tmp_path: Path
) -> None:
    store.snapshot(path, DAILY)
    elsewhere = tmp_path / "moved"
    elsewhere.mkdir()
    shutil.copytree(store.root, elsewhere / store.root.name)
    moved = BackupStore(path, elsewhere)
    (only,) = moved.list_backups()
    assert not only.damaged
    os.remove(path)
    moved.restore_into(only)
    with Folder.open(path) as folder:
        assert folder.check().ok
