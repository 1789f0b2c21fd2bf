"""Nothing sticky beside a folder file: reading it leaves no -wal/-shm file, a file once marked
read-only opens for changes again once it is writable, and what a killed restore left is cleared
at the next open. A file is read as immutable only when nobody can be writing it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from infusion_desk.core.errors import FolderInUseError
from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backups import MANUAL, BackupStore
from infusion_desk.storage.lock_file import LockFile
from infusion_desk.storage.opening import FILE_READ_ONLY, lock_path, restoring_path
from infusion_desk.storage.sqlite_files import nobody_can_write, reading_uri


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(made) as folder:
        folder.records.add(Call(reference_number="SR-1", summary="pump delivery"))
        folder.records.add_document(Document(title="Approval letter"), b"%PDF approval")
    return made


def beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_reading_a_folder_leaves_nothing_beside_it(path: Path) -> None:
    before = beside(path)
    with Folder.open(path, read_only=True) as folder:
        assert folder.read_only
        assert folder.count(Call) == 1 and folder.search("pump")
        assert folder.check().ok
    assert beside(path) == before


def test_reading_while_the_window_writes_leaves_only_what_the_window_tidies(path: Path) -> None:
    with Folder.open(path) as writer:
        writer.records.add(Call(reference_number="SR-2"))
        with Folder.open(path, read_only=True) as reader:
            assert reader.count(Call) == 2
            writer.records.add(Call(reference_number="SR-3"))
            assert reader.count(Call) == 3  # it reads under the locks: it sees the writer
    assert beside(path) == [path.name]


def test_a_file_is_read_as_immutable_only_when_nobody_can_write_it(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not nobody_can_write(path)
    assert "immutable" not in reading_uri(path)  # even with no -wal beside it now
    assert reading_uri(path).endswith("?mode=rw")  # so the last reader tidies -wal/-shm away
    path.chmod(0o444)
    try:
        assert nobody_can_write(path) and reading_uri(path).endswith("immutable=1")
        Path(f"{path}-wal").write_bytes(b"")  # someone has it open: read it under the locks
        assert not nobody_can_write(path)
    finally:
        Path(f"{path}-wal").unlink(missing_ok=True)
        path.chmod(0o644)
    real = os.access
    monkeypatch.setattr(os, "access", lambda target, mode, *a, **k: (
        False if mode & os.W_OK and Path(str(target)) == path.parent else real(target, mode)))
    assert nobody_can_write(path)  # a read-only place: no writer could make its log there


def test_a_snapshot_of_a_file_nobody_can_write_leaves_nothing_beside_it(
    path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path.chmod(0o444)
    try:
        before = beside(path)
        info = BackupStore(path, stick).snapshot(path, MANUAL)
        assert beside(path) == before
    finally:
        path.chmod(0o644)
    assert info.counts["Call"] == 1 and not info.damaged


# ---------------------------------------------------------------------- marked read-only
SCENARIO = r"""
import json, sqlite3, sys
from pathlib import Path
from infusion_desk.core.records import Call
from infusion_desk.services import Folder

where = Path(sys.argv[1])
said = {}
for case in ("opened read-only", "read by an older version"):
    path = where / f"{case}.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Call(reference_number="SR-1"))
    path.chmod(0o444)
    if case == "opened read-only":
        with Folder.open(path) as folder:
            said[case + ": read only"] = [folder.read_only, folder.read_only_reason]
            said[case + ": calls"] = folder.count(Call)
    else:  # as older versions read it: a read-only connection, which made 0444 files
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM calls").fetchone()
        conn.close()
    said[case + ": beside while 0444"] = sorted(
        p.name.removeprefix(path.name) for p in where.iterdir() if p.name.startswith(path.name))
    path.chmod(0o644)
    with Folder.open(path) as folder:
        said[case + ": writable again"] = not folder.read_only
        folder.records.add(Call(reference_number="SR-2"))
    said[case + ": beside at the end"] = sorted(
        p.name.removeprefix(path.name) for p in where.iterdir() if p.name.startswith(path.name))
print(json.dumps(said))
"""


def without_override() -> list[str]:
    """The superuser ignores file permissions: run the scenario without that power."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as the superuser, and setpriv is not there to drop that power")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_file_marked_read_only_leaves_nothing_sticky(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([*without_override(), sys.executable, "-c", SCENARIO, str(tmp_path)],
                          capture_output=True, text=True, env=env, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said == {
        "opened read-only: read only": [True, FILE_READ_ONLY],
        "opened read-only: calls": 1,
        "opened read-only: beside while 0444": [""],  # no -shm, no -wal, no lock
        "opened read-only: writable again": True,
        "opened read-only: beside at the end": [""],
        # what an older version left (read-only -wal and -shm) no longer keeps it read-only
        "read by an older version: beside while 0444": ["", "-shm", "-wal"],
        "read by an older version: writable again": True,
        "read by an older version: beside at the end": [""],
    }


# ---------------------------------------------------------------------- a killed restore
def leave_a_killed_restore(path: Path) -> list[Path]:
    scratch = restoring_path(path)
    shutil.copy(path, scratch)
    journal = Path(f"{scratch}-journal")
    journal.write_bytes(b"\x00" * 512)
    return [scratch, journal]


def test_what_a_killed_restore_left_is_cleared_at_the_next_open(path: Path) -> None:
    left = leave_a_killed_restore(path)
    with Folder.open(path) as folder:
        assert folder.count(Call) == 1
    assert not any(p.exists() for p in left)
    assert beside(path) == [path.name]


def test_what_a_killed_restore_left_stays_while_someone_holds_the_folder(path: Path) -> None:
    left = leave_a_killed_restore(path)
    holder = LockFile(lock_path(path))
    holder.acquire()
    try:
        with pytest.raises(FolderInUseError):
            Folder.open(path)
        with Folder.open(path, read_only=True) as folder:  # reading takes no lock: it stays
            assert folder.count(Call) == 1
        assert all(p.exists() for p in left)
    finally:
        holder.release()


def test_a_restore_clears_what_a_killed_one_left(path: Path) -> None:
    store = BackupStore(path, clock=lambda: datetime(2026, 11, 27, 10))
    backup = store.snapshot(path, MANUAL)
    left = leave_a_killed_restore(path)
    left[0].write_bytes(b"half a folder")
    store.restore_into(backup)
    assert not any(p.exists() for p in left)
    with Folder.open(path, read_only=True) as folder:
        assert folder.check().ok
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == [path.name]
