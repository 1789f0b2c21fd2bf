"""Opening a folder: one writer at a time, a quick check, and reading only where writing cannot be.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from infusion_desk.core.errors import (
    FolderDamagedError,
    FolderError,
    FolderFailedCheckError,
    FolderInUseError,
)
from infusion_desk.core.records import Call, Contact
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupStore
from infusion_desk.storage import opening as folder_module
from infusion_desk.storage import schema
from infusion_desk.storage.lock_file import read_holder
from infusion_desk.storage.opening import (
    DAMAGED_READ_ONLY,
    FILE_READ_ONLY,
    PLACE_READ_ONLY,
    lock_path,
)

IN_USE = ("This folder is already open in Infusion Desk on this computer. "
          "Switch to that window.")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(made) as folder:
        store = folder._store
        with store.writing() as session:  # one transaction: quick to make
            for n in range(300):
                store.add(Call(organization="Sunrise", reference_number=f"SR-{n}",
                               summary="Pump delivery " * 5), session)
        folder.records.add(Contact(name="Maria Lopez"))
    return made


def damage_a_page(path: Path) -> None:
    """Scribble over the header of one page of the calls table (as a bad sector would)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'calls'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size + 8)
        handle.write(b"\xff" * 40)


# ---------------------------------------------------------------------- one writer per folder
def test_open_takes_the_lock_and_close_gives_it_back(path: Path) -> None:
    folder = Folder.open(path)
    holder = read_holder(lock_path(path))
    assert holder is not None and holder.pid == os.getpid()
    assert lock_path(path).name == "Walter Brennan.infusiondesk.lock"
    folder.close()
    assert not lock_path(path).exists()


def test_a_second_window_is_told_to_switch_and_may_still_read(path: Path) -> None:
    with Folder.open(path) as first:
        with pytest.raises(FolderInUseError) as caught:
            Folder.open(path)
        assert str(caught.value) == IN_USE
        assert caught.value.this_process and caught.value.this_computer
        with Folder.open(path, read_only=True) as reader:  # reading takes no lock
            assert reader.count(Call) == 300
        first.records.add(Call(reference_number="after the refusal"))
    with Folder.open(path) as again:
        assert again.count(Call) == 301


OPEN_AND_WAIT = """
import sys, time
from pathlib import Path
from infusion_desk.services import Folder
folder = Folder.open(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


def test_another_app_has_it_open_then_crashes(path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", OPEN_AND_WAIT, str(path)],
                             stdout=subprocess.PIPE, text=True)
    assert other.stdout is not None
    try:
        assert other.stdout.readline().strip() == "open"
        before = digest(path)
        with pytest.raises(FolderInUseError) as caught:
            Folder.open(path)
        assert str(caught.value) == IN_USE and not caught.value.this_process
        assert digest(path) == before
    finally:
        other.kill()
        other.wait()
    holder = read_holder(lock_path(path))
    assert holder is not None and holder.pid == other.pid  # left behind by the crash
    with Folder.open(path) as folder:  # taken over
        assert folder.count(Call) == 300
        holder = read_holder(lock_path(path))
        assert holder is not None and holder.pid == os.getpid()


def test_another_computer_is_named_in_the_refusal() -> None:
    error = FolderInUseError(Path("x.infusiondesk"), host="kitchen-pc", this_computer=False)
    assert "another computer (kitchen-pc)" in str(error)
    assert "reading only" in str(error)


def test_a_folder_dropped_without_close_can_be_opened_again(path: Path) -> None:
    Folder.open(path)  # a bug that forgets close(): the lock must not outlive the object
    import gc

    gc.collect()
    with Folder.open(path) as folder:
        assert folder.count(Call) == 300


# ---------------------------------------------------------------------- quick check on open
def test_a_damaged_file_is_refused_for_changes_unchanged(path: Path) -> None:
    damage_a_page(path)
    before = digest(path)
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(FolderFailedCheckError) as caught:
        Folder.open(path)
    assert isinstance(caught.value, FolderDamagedError)
    assert caught.value.problems
    assert path.name in str(caught.value) and "Traceback" not in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours  # no lock, no -wal


def test_a_damaged_file_opens_for_reading_and_a_good_backup_is_offered(path: Path) -> None:
    store = BackupStore(path)
    good = store.snapshot(path, "daily")
    damage_a_page(path)
    before = digest(path)
    with Folder.open(path, read_only=True) as folder:
        assert folder.read_only
        assert folder.damage
        assert folder.read_only_reason == DAMAGED_READ_ONLY
        assert [c.name for c in folder.contacts()] == ["Maria Lopez"]  # what can be read, is
    assert digest(path) == before
    newest = store.newest_good()
    assert newest is not None and newest.path == good.path
    outcome = store.restore_into(newest)
    assert outcome.set_aside is not None and outcome.set_aside.exists()  # never deleted
    assert digest(outcome.set_aside) == before
    with Folder.open(path) as folder:
        assert folder.count(Call) == 300 and not folder.damage


def test_a_sound_file_passes_the_quick_check(path: Path) -> None:
    with Folder.open(path) as folder:
        assert folder.damage == () and folder.checked_in_full
        assert folder.read_only_reason == ""
        assert not folder.read_only


def test_a_quick_check_out_of_time_checks_the_records(path: Path) -> None:
    result = schema.quick_check(path, seconds=0.0)
    assert not result.complete and result.ok
    damage_a_page(path)
    assert not schema.quick_check(path, seconds=0.0).ok


# ---------------------------------------------------------------------- reading only
def deny_writing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    real = os.access

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(target)) == denied:
            return False
        return real(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(folder_module.os, "access", access)


def test_a_read_only_file_opens_for_reading_with_a_reason(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deny_writing(monkeypatch, path)
    before = digest(path)
    with Folder.open(path) as folder:
        assert folder.read_only and folder.read_only_reason == FILE_READ_ONLY
        assert not lock_path(path).exists()
        with pytest.raises(FolderError):
            folder.records.add(Call(reference_number="nope"))
        assert folder.count(Call) == 300
    assert digest(path) == before


def test_a_read_only_place_is_read_without_making_files_there(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deny_writing(monkeypatch, path.parent)
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with Folder.open(path) as folder:
        assert folder.read_only and folder.read_only_reason == PLACE_READ_ONLY
        assert folder.count(Call) == 300
        assert sorted(p.name for p in path.parent.iterdir()) == neighbours  # no -shm, no lock


def test_read_only_media_are_found_by_trying_to_write(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some media say "writable" until SQLite tries: the open falls back to reading only."""
    real = schema.make_engine

    def engine_on_read_only_media(target: Path, *, read_only: bool = False,
                                  immutable: bool = False, fold_in_log: bool = True) -> object:
        del read_only
        return real(target, read_only=True, immutable=immutable, fold_in_log=fold_in_log)

    monkeypatch.setattr(schema, "make_engine", engine_on_read_only_media)
    with Folder.open(path) as folder:
        assert folder.read_only and folder.read_only_reason == PLACE_READ_ONLY
        assert not lock_path(path).exists()
        assert folder.count(Call) == 300


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="permissions do not bind the superuser")
def test_a_file_without_write_permission_opens_for_reading(path: Path) -> None:
    path.chmod(0o444)
    try:
        with Folder.open(path) as folder:
            assert folder.read_only and folder.read_only_reason == FILE_READ_ONLY
    finally:
        path.chmod(0o644)


def test_a_copy_on_a_cd_like_place_still_opens(tmp_path: Path, path: Path) -> None:
    """A file copied while the app had it open (a -wal beside it) is read with its log."""
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    reader = sqlite3.connect(path)  # another connection keeps the log from being folded in
    reader.execute("SELECT count(*) FROM calls").fetchone()
    try:
        with Folder.open(path) as folder:
            folder.records.add(Call(reference_number="in the log"))
            for name in (path.name, path.name + "-wal"):
                shutil.copy(path.parent / name, copy_dir / name)
    finally:
        reader.close()
    with Folder.open(copy_dir / path.name, read_only=True) as copy:
        assert copy.count(Call) == 301
