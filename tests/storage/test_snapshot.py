"""Snapshots without document bytes, the blob store beside them, and rebuilding a folder."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import threading
import tracemalloc
from contextlib import closing
from pathlib import Path

import pytest

from infusion_desk.core.errors import NotAFolderError
from infusion_desk.core.records import Call, Document, Request
from infusion_desk.services import Folder
from infusion_desk.storage.blob_store import BlobDamagedError, BlobMissingError, BlobStore
from infusion_desk.storage.schema import APPLICATION_ID
from infusion_desk.storage.snapshot import (
    SNAPSHOT_APPLICATION_ID,
    MissingDocumentsError,
    SnapshotError,
    read_snapshot,
)
from infusion_desk.storage.snapshot_rebuild import rebuild_folder
from infusion_desk.storage.snapshot_writing import write_snapshot

SCAN = bytes(range(256)) * 2000  # 512 KB
PHOTO = b"\x89PNG pretend photo" * 1000
THUMB = b"thumbnail bytes" * 100


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Call(reference_number="SR-1", summary="Pump delivery"))
        scan = folder.records.add_document(Document(title="Approval letter", text="PA-77123"), SCAN,
                                   pages=["page one", "page two"], thumbnail=THUMB).value
        folder.records.add_document(Document(title="Same scan again"), SCAN, thumbnail=THUMB)
        folder.records.add_document(Document(title="Card photo"), PHOTO)
        folder.records.add(Request(what="Signed plan of care", document_ids=(scan.id or 0,)))
        trashed = folder.records.add(Call(reference_number="in the trash")).value
        assert trashed.id is not None
        folder.records.trash(Call, trashed.id)
    # Thumbnails are no longer kept (0005), but a snapshot still carries any a file holds.
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE documents SET thumbnail = ? WHERE id IN (1, 2)", (THUMB,))
    return path


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "backups" / "blobs", tmp_path / "backups" / "tmp")


def take(source: Path, blobs: BlobStore, name: str = "one") -> Path:
    partial = blobs.scratch / f"{name}.partial"
    blobs.scratch.mkdir(parents=True, exist_ok=True)
    write_snapshot(source, partial=partial, blobs=blobs,
                   info={"reason": "test", "taken_at": "2026-11-27T10:00:00"})
    final = partial.with_suffix(".snapshot")
    partial.replace(final)
    return final


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every ordinary table, and the search index's own view of its rows (runs of
    spaces as one)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'search_index%' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'page_bod%'")]
        rows = {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in names}
        # The index is made again from the records on restore: an entry an older trigger wrote
        # with a space more is the same entry (as storage.search_index checks it).
        rows["search"] = sorted(tuple(" ".join(str(v).split()) for v in row) for row in
                                conn.execute("SELECT rowid, * FROM search_index"))
        return rows
    finally:
        conn.close()


def test_a_snapshot_holds_no_document_bytes(source: Path, blobs: BlobStore) -> None:
    snapshot = take(source, blobs)
    assert snapshot.stat().st_size < 100_000 < len(SCAN)
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == SNAPSHOT_APPLICATION_ID
        assert conn.execute("SELECT sum(length(data)), sum(size) FROM blobs").fetchone() == (
            0, len(SCAN) + len(PHOTO))
        assert conn.execute("SELECT count(thumbnail) FROM documents").fetchone()[0] == 0
    finally:
        conn.close()
    # each byte string once, named by its fingerprint, plus the (shared) thumbnail once
    assert sorted(blobs.fingerprints()) == sorted(
        hashlib.sha256(b).hexdigest() for b in (SCAN, PHOTO, THUMB))
    sha = hashlib.sha256(SCAN).hexdigest()
    assert blobs.path_for(sha).relative_to(blobs.root).as_posix() == f"{sha[:2]}/{sha}"


def test_a_snapshot_cannot_be_opened_as_a_folder_by_mistake(source: Path, blobs: BlobStore) -> None:
    snapshot = take(source, blobs)
    before = snapshot.read_bytes()
    with pytest.raises(NotAFolderError):
        Folder.open(snapshot)
    assert snapshot.read_bytes() == before


def test_read_snapshot_counts_and_refers(source: Path, blobs: BlobStore) -> None:
    contents = read_snapshot(take(source, blobs))
    assert contents.problems == []
    assert contents.info["reason"] == "test"
    assert contents.counts["Call"] == 1 and contents.counts["In the trash"] == 1
    assert contents.counts["Document"] == 3 and contents.counts["Request"] == 1
    assert len(contents.blobs) == 2 and len(contents.thumbnails) == 2


def test_rebuilding_gives_back_every_row_and_byte(
    source: Path, blobs: BlobStore, tmp_path: Path
) -> None:
    snapshot = take(source, blobs)
    rebuilt = tmp_path / "rebuilt.infusiondesk"
    assert rebuild_folder(snapshot, rebuilt, blobs) == []
    assert table_rows(rebuilt) == table_rows(source)
    conn = sqlite3.connect(f"file:{rebuilt}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    finally:
        conn.close()
    assert rebuilt.read_bytes()[18:20] == b"\x02\x02"  # marked for write-ahead logging
    with Folder.open(rebuilt) as folder:
        assert folder.check().ok
        assert [h.title for h in folder.search("PA-77123")] == ["Approval letter"]
        assert folder.thumbnail(1) == THUMB


def test_damaged_or_missing_bytes_are_refused_by_name(
    source: Path, blobs: BlobStore, tmp_path: Path
) -> None:
    snapshot = take(source, blobs)
    photo = blobs.path_for(hashlib.sha256(PHOTO).hexdigest())
    photo.write_bytes(b"X" + photo.read_bytes()[1:])  # one byte changed on the backup disk
    rebuilt = tmp_path / "rebuilt.infusiondesk"
    with pytest.raises(MissingDocumentsError) as caught:
        rebuild_folder(snapshot, rebuilt, blobs)
    assert caught.value.titles == ["Card photo"]
    assert not rebuilt.exists()
    assert rebuild_folder(snapshot, rebuilt, blobs, allow_missing=True) == ["Card photo"]
    with Folder.open(rebuilt) as folder:
        assert folder.check().damaged_documents == ["Card photo"]  # said, not hidden


def test_a_snapshot_of_a_folder_being_written_is_one_moment(
    source: Path, blobs: BlobStore
) -> None:
    """A writer adds a call and a request together, over and over, while snapshots are taken:
    no snapshot may hold one without the other."""
    stop = threading.Event()

    def keep_writing() -> None:
        with Folder.open(source) as folder:
            n = 0
            while not stop.is_set():
                n += 1
                with folder._store.writing() as session:
                    folder._store.add(Call(reference_number=f"pair {n}"), session)
                    folder._store.add(Request(what=f"pair {n}"), session)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        snapshots = [take(source, blobs, f"s{n}") for n in range(8)]
    finally:
        stop.set()
        writer.join()
    pairs = set()
    for snapshot in snapshots:
        contents = read_snapshot(snapshot)
        assert contents.problems == []
        # one call and one request came with the fixture; the trashed call does not count
        assert contents.counts["Call"] - 1 == contents.counts["Request"] - 1
        pairs.add(contents.counts["Request"])
    assert len(pairs) > 1  # the writer really was writing meanwhile


def test_an_unreadable_snapshot_says_so(tmp_path: Path) -> None:
    junk = tmp_path / "junk.snapshot"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    with pytest.raises(SnapshotError):
        read_snapshot(junk)
    other = tmp_path / "other.snapshot"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(SnapshotError, match="not an Infusion Desk snapshot"):
        read_snapshot(other)


# ---------------------------------------------------------------------- the blob store
def test_blob_store_keeps_bytes_once_and_checks_them(blobs: BlobStore) -> None:
    sha = hashlib.sha256(SCAN).hexdigest()
    assert blobs.put(sha, SCAN) is True
    assert blobs.put(sha, SCAN) is False  # written once
    assert blobs.read(sha, len(SCAN)) == SCAN
    with pytest.raises(ValueError, match="do not match"):
        blobs.put(hashlib.sha256(b"other").hexdigest(), SCAN)
    with pytest.raises(BlobDamagedError):
        blobs.read(sha, len(SCAN) + 1)
    blobs.path_for(sha).write_bytes(SCAN[:-1] + b"?")
    with pytest.raises(BlobDamagedError):
        blobs.read(sha, len(SCAN))
    assert blobs.put(sha, SCAN) is True  # a damaged copy is replaced by good bytes
    blobs.remove(sha)
    with pytest.raises(BlobMissingError):
        blobs.read(sha, len(SCAN))
    assert list(blobs.fingerprints()) == []
    assert not any(blobs.scratch.iterdir())
    with pytest.raises(ValueError, match="not a SHA-256"):
        blobs.path_for("../../etc/passwd")


def test_taking_a_snapshot_changes_nothing_in_the_folder(source: Path) -> None:
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    neighbours = sorted(p.name for p in source.parent.iterdir())
    blobs = BlobStore(source.parent / "b" / "blobs", source.parent / "b" / "tmp")
    take(source, blobs)
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in source.parent.iterdir()) == [*neighbours, "b"]


def test_a_large_document_is_backed_up_and_restored_a_piece_at_a_time(tmp_path: Path) -> None:
    """Taking and restoring a snapshot of a folder with a 24 MB document never holds the
    document in memory (Python's own allocations stay far below its size)."""
    size = 24 << 20
    data = random.Random(1).randbytes(size)
    source = tmp_path / "Big.infusiondesk"
    with Folder.create(source) as folder:
        folder.records.add_document(Document(title="Statement"), data)
    sha = hashlib.sha256(data).hexdigest()
    del data
    blobs = BlobStore(tmp_path / "b" / "blobs", tmp_path / "b" / "tmp")
    tracemalloc.start()
    try:
        snapshot = take(source, blobs)
        _size, peak_taking = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        rebuilt = tmp_path / "rebuilt.infusiondesk"
        assert rebuild_folder(snapshot, rebuilt, blobs) == []
        _size, peak_restoring = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert blobs.path_for(sha).stat().st_size == size
    assert peak_taking < size // 4, peak_taking
    assert peak_restoring < size // 4, peak_restoring
    with Folder.open(rebuilt, read_only=True) as folder:
        assert folder.check().ok
