"""Backups taken while another process imports and edits, and what a backup needs at its place.

The full version (a 300 MB folder, 50 snapshots) is ``tests/benchmarks/backup_under_writes.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backups import MANUAL, BackupStore
from infusion_desk.storage.blob_store import BlobStore
from tests.services.backup_writer import BusyFolder, check_backup

SNAPSHOTS = 10


@pytest.fixture
def busy_path(tmp_path: Path) -> Path:
    """A folder of about 6 MB: 200 calls and 20 scans."""
    path = tmp_path / "Walter Brennan.infusiondesk"
    rng = random.Random(11)
    with Folder.create(path) as folder:
        store = folder._store
        with store.writing() as session:
            for n in range(200):
                store.add(Call(reference_number=f"C-{n}", summary="called " * 40), session)
        for n in range(20):
            folder.records.add_document(Document(title=f"scan {n}"), rng.randbytes(300_000),
                                        pages=[f"page of scan {n}"])
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="the writer is driven through pipes")
def test_every_snapshot_taken_while_another_process_writes_is_good(
    busy_path: Path, tmp_path: Path
) -> None:
    """Three files at a time go in (so the write-ahead log is folded into the file meanwhile)
    and calls and requests change, in another process, throughout ten snapshots: each one
    passes its check and holds counts the folder really had at some moment; every third is
    restored and the restored folder passes the full check with the same counts."""
    store = BackupStore(busy_path)
    writer = BusyFolder(busy_path, tmp_path / "incoming", seed=5, max_kb=700)
    taken = []
    try:
        for _ in range(SNAPSHOTS):
            with writer.writing():
                taken.append(store.snapshot(busy_path, MANUAL, rotate=False))
    finally:
        writer.stop()
    assert all(writer.changes_made)  # every snapshot was taken while changes were made
    assert len({info.counts["Document"] for info in taken}) > 2
    problems = [
        check_backup(store, info, writer.states,
                     tmp_path / f"restored {n}.infusiondesk" if n % 3 == 0 else None)
        for n, info in enumerate(taken)
    ]
    assert problems == [""] * SNAPSHOTS
    assert sorted(p.name for p in busy_path.parent.iterdir()) == sorted([
        busy_path.name, f"{busy_path.stem} Backups", "incoming"])  # no -wal, -shm or lock left


# ---------------------------------------------------------------------- room at the backup place
def test_a_backup_needs_no_scratch_copy_at_the_backup_place(
    busy_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whenever document bytes are written, the backup place holds no more than the finished
    backup will: no whole copy of the folder is made there first."""
    stick = tmp_path / "stick"
    stick.mkdir()
    store = BackupStore(busy_path, stick)
    seen: list[int] = []
    real = BlobStore.put_chunks

    def watched(self: BlobStore, *args: object, **kwargs: object) -> bool:
        seen.append(store.size_on_disk())
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BlobStore, "put_chunks", watched)
    store.snapshot(busy_path, MANUAL)
    final = store.size_on_disk()
    assert len(seen) == 20
    assert max(seen) <= final
    assert final < 1.1 * busy_path.stat().st_size
