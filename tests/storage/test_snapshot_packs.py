"""Later snapshots that copy only what changed: each document's large text kept once as a
compressed pack, the search index left out and made again on restore, older snapshots restored."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.storage.blob_store import BlobStore
from infusion_desk.storage.snapshot import (
    PACKS_TABLE,
    ROWS_TABLE,
    SNAPSHOT_FORMAT,
    MissingDocumentsError,
    SnapshotError,
    read_snapshot,
)
from infusion_desk.storage.snapshot_packs import layout
from infusion_desk.storage.snapshot_rebuild import rebuild_folder
from infusion_desk.storage.snapshot_writing import write_snapshot

FIXTURES = Path(__file__).parent.parent / "fixtures"
LONG_PAGE = "Prior authorization approved for cefazolin, reference PA-{n:05d}. " * 200


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Call(reference_number="SR-1", summary="Pump delivery"))
        for n in range(1, 6):
            pages = [LONG_PAGE.format(n=n * 10 + p) for p in range(3)]
            folder.records.add_document(
                Document(title=f"Letter {n}", text="\n\n".join(pages)),
                f"%PDF letter {n}".encode(), pages=pages, thumbnail=f"picture {n}".encode())
    return path


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "backups" / "blobs", tmp_path / "backups" / "tmp")


def take(source: Path, blobs: BlobStore, name: str) -> Path:
    partial = blobs.scratch / f"{name}.partial"
    blobs.scratch.mkdir(parents=True, exist_ok=True)
    write_snapshot(source, partial=partial, blobs=blobs,
                   info={"reason": "test", "taken_at": "2026-11-27T10:00:00"})
    final = partial.with_suffix(".snapshot")
    partial.replace(final)
    return final


def query(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def text_packs(snapshot: Path) -> list[tuple[str, int]]:
    return [(str(sha), int(size)) for sha, size in query(  # type: ignore[call-overload]
        snapshot, f"SELECT sha256, size FROM {PACKS_TABLE} ORDER BY document_id")]


def pages_of(path: Path) -> list[tuple[object, ...]]:
    return query(path, "SELECT * FROM document_pages ORDER BY document_id, page")


def hits(path: Path, word: str) -> list[tuple[object, ...]]:
    return query(path, "SELECT kind, record_id FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY kind, record_id", word)


def test_a_snapshot_keeps_no_page_text_and_no_search_index(source: Path, blobs: BlobStore
                                                           ) -> None:
    snapshot = take(source, blobs, "one")
    kept = snapshot.read_bytes()
    assert b"cefazolin" not in kept  # not in the records, not in an index
    assert query(snapshot, "SELECT count(*) FROM document_pages") == [(0,)]
    assert query(snapshot, "SELECT count(*) FROM search_index") == [(0,)]
    assert query(snapshot, "SELECT count(*) FROM calls") == [(0,)]  # in row packs
    contents = read_snapshot(snapshot)
    assert contents.info["format"] == SNAPSHOT_FORMAT == "2" and not contents.problems
    assert contents.counts["Call"] == 1 and contents.counts["Document"] == 5
    texts = text_packs(snapshot)
    assert len(texts) == 5 and set(texts) <= set(contents.packs)
    assert all(blobs.packs.has(sha) for sha, _ in contents.packs)
    on_disk = sum(blobs.packs.path_for(sha).stat().st_size for sha, _ in texts)
    assert on_disk < sum(size for _sha, size in texts) / 5  # kept compressed


def test_a_later_snapshot_adds_only_the_text_that_changed(source: Path, blobs: BlobStore
                                                         ) -> None:
    first = read_snapshot(take(source, blobs, "one"))
    assert read_snapshot(take(source, blobs, "two")).packs == first.packs
    kept = len(list(blobs.packs.fingerprints()))
    assert kept == len(first.packs)
    conn = sqlite3.connect(source)
    conn.execute("UPDATE document_pages SET text = text || ' denied' WHERE document_id = 2 "
                 "AND page = 2")
    conn.commit()
    conn.close()
    third = read_snapshot(take(source, blobs, "three"))
    assert len(set(third.packs) - set(first.packs)) == 1  # that document's text pack
    assert len(list(blobs.packs.fingerprints())) == kept + 1
    with Folder.open(source) as folder:
        folder.records.add(Call(reference_number="SR-2"))
    fourth = read_snapshot(take(source, blobs, "four"))
    assert len(set(fourth.packs) - set(third.packs)) == 1  # one row pack of calls


def test_restoring_puts_back_every_page_and_the_search_index(
        source: Path, blobs: BlobStore, tmp_path: Path) -> None:
    snapshot = take(source, blobs, "one")
    rebuilt = tmp_path / "rebuilt.infusiondesk"
    assert rebuild_folder(snapshot, rebuilt, blobs) == []
    assert pages_of(rebuilt) == pages_of(source)
    assert query(rebuilt, "SELECT * FROM documents ORDER BY id") == query(
        source, "SELECT * FROM documents ORDER BY id")
    assert hits(rebuilt, "\"PA-00042\"") == hits(source, "\"PA-00042\"") == [("document", 4)]
    assert hits(rebuilt, "delivery") == [("call", 1)]
    assert query(rebuilt, "SELECT name FROM sqlite_master WHERE name = ?", PACKS_TABLE) == []
    assert query(rebuilt, "PRAGMA integrity_check") == [("ok",)]


def test_missing_records_are_refused(source: Path, blobs: BlobStore, tmp_path: Path) -> None:
    snapshot = take(source, blobs, "one")
    (sha,) = [s for (s,) in query(snapshot, f"SELECT sha256 FROM {ROWS_TABLE} "
                                            "WHERE tbl = 'calls'")]
    blobs.packs.remove(str(sha))
    with pytest.raises(SnapshotError, match="records of the backup are missing"):
        rebuild_folder(snapshot, tmp_path / "no.infusiondesk", blobs, allow_missing=True)
    assert not (tmp_path / "no.infusiondesk").exists()


def test_a_missing_or_damaged_text_pack_is_refused_by_title(
        source: Path, blobs: BlobStore, tmp_path: Path) -> None:
    snapshot = take(source, blobs, "one")
    texts = text_packs(snapshot)
    (sha_lost, _), (sha_damaged, _) = texts[0], texts[2]
    blobs.packs.remove(sha_lost)
    path = blobs.packs.path_for(sha_damaged)
    path.write_bytes(path.read_bytes()[:-8] + b"garbage!")
    with pytest.raises(MissingDocumentsError) as told:
        rebuild_folder(snapshot, tmp_path / "no.infusiondesk", blobs)
    assert told.value.titles == ["Letter 1", "Letter 3"]
    assert not (tmp_path / "no.infusiondesk").exists()
    rebuilt = tmp_path / "partly.infusiondesk"
    assert rebuild_folder(snapshot, rebuilt, blobs, allow_missing=True) == [
        "Letter 1", "Letter 3"]
    assert query(rebuilt, "SELECT DISTINCT document_id FROM document_pages") == [
        (2,), (4,), (5,)]


def test_the_packed_columns_are_read_from_the_file(
        source: Path, blobs: BlobStore, tmp_path: Path) -> None:
    """Another revision may add text columns (or store them as bytes): packed all the same."""
    conn = sqlite3.connect(source)
    conn.execute("ALTER TABLE documents ADD COLUMN ocr_text BLOB")
    conn.execute("ALTER TABLE document_pages ADD COLUMN layout_text TEXT")
    conn.execute("UPDATE documents SET ocr_text = ? WHERE id = 3", (b"\x00\xffraw words",))
    conn.execute("UPDATE document_pages SET layout_text = 'columns' || page")
    conn.execute("ALTER TABLE calls ADD COLUMN recording BLOB")
    conn.execute("ALTER TABLE calls ADD COLUMN minutes REAL")
    conn.execute("UPDATE calls SET recording = ?, minutes = 2.5", (b'\x00{"b64": "x"}\xff',))
    conn.commit()
    assert "ocr_text" in layout(conn).document_columns
    conn.close()
    snapshot = take(source, blobs, "one")
    assert query(snapshot, "SELECT count(*) FROM documents WHERE ocr_text IS NOT NULL") == [(0,)]
    rebuilt = tmp_path / "rebuilt.infusiondesk"
    assert rebuild_folder(snapshot, rebuilt, blobs) == []
    assert pages_of(rebuilt) == pages_of(source)
    assert query(rebuilt, "SELECT id, ocr_text, text FROM documents ORDER BY id") == query(
        source, "SELECT id, ocr_text, text FROM documents ORDER BY id")
    every_call = "SELECT rowid, * FROM calls"
    assert query(rebuilt, every_call) == query(source, every_call)
    assert query(rebuilt, "SELECT recording, minutes FROM calls") == [
        (b'\x00{"b64": "x"}\xff', 2.5)]


def test_a_snapshot_of_the_first_format_still_restores(tmp_path: Path) -> None:
    """tests/fixtures/backup-format-1 was written before packs (make_backup_format1.py)."""
    kept = tmp_path / "Format One Backups"
    shutil.copytree(FIXTURES / "backup-format-1", kept)
    blobs = BlobStore(kept / "blobs", kept / "tmp")
    (snapshot,) = (kept / "snapshots").glob("*.snapshot")
    contents = read_snapshot(snapshot)
    assert contents.info["format"] == "1" and contents.packs == []
    rebuilt = tmp_path / "Format One.infusiondesk"
    assert rebuild_folder(snapshot, rebuilt, blobs) == []
    assert query(rebuilt, "SELECT document_id, page, text FROM document_pages") == [
        (1, 1, "Prior authorization approved for cefazolin 2 g IV daily."),
        (1, 2, "Reference PA-2026-004211. Questions: call 1-800-555-0142."),
        (2, 1, "Member ID 5GD1-EN2-FL34")]
    assert hits(rebuilt, "cefazolin") == [("document", 1)]
    assert hits(rebuilt, "Sunrise") == [("call", 1)]
    data = query(rebuilt, "SELECT d.title, b.sha256, b.data FROM documents d "
                          "JOIN blobs b ON b.sha256 = d.sha256 ORDER BY d.id")
    assert [(t, hashlib.sha256(bytes(d)).hexdigest() == s) for t, s, d in data] == [  # type: ignore[arg-type]
        ("Approval letter", True), ("Card photo", True)]
    assert query(rebuilt, "SELECT thumbnail FROM documents WHERE id = 1") == [
        (b"\x89PNG small picture",)]
    with Folder.open(rebuilt) as folder:
        assert folder.check().ok
