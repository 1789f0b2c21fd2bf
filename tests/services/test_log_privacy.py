"""The log never holds typed text, file names or record text, failures included.

Each known failure is brought about with a patient's name, a file name and a search word no log
line could hold by chance; the log is the app's own file, set up as the app sets it up; every
failure is logged the way the window logs it (a job's trouble, and a bug's traceback through the
app's error handler); then the log is searched for those words.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from infusion_desk.app import log_unexpected, setup_logging
from infusion_desk.core.errors import FolderError
from infusion_desk.core.ocr import OcrPage
from infusion_desk.core.records import Document
from infusion_desk.documents import PdfEngine
from infusion_desk.documents.reading import DocumentFile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services import backups as backups_module
from infusion_desk.services.backups import MANUAL, BackupStore
from infusion_desk.services.importing import import_files
from infusion_desk.services.scans import read_waiting_documents
from tests.documents.document_samples import picture

PATIENT = "Zebulon Quattlebaum"
FILE_WORD = "Wurlitzerhof"
SEARCH_WORD = "xylophonist"
NEVER = (PATIENT, "Zebulon", "Quattlebaum", FILE_WORD, SEARCH_WORD)
TODAY = date(2026, 11, 27)

job_log = logging.getLogger("infusion_desk.ui.jobs")  # how the window's job runner logs


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    paths = app_paths()
    handler = setup_logging(paths)  # the app's own log file, as the app sets it up
    try:
        yield paths.log_file
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)


def as_the_window_does(error: BaseException) -> None:
    """A failed job's line, and the traceback of an error that escaped (a bug)."""
    job_log.warning("a folder job failed: %s", type(error).__name__)
    try:
        raise error
    except BaseException as raised:  # noqa: BLE001 - logged, as the error handler does
        job_log.exception("a folder job failed unexpectedly")
        log_unexpected(type(raised), raised, raised.__traceback__)


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / f"{PATIENT}.infusiondesk"
    with Folder.create(path) as folder:
        for number in range(30):
            folder.records.add_document(
                Document(title=f"{FILE_WORD} letter {number} for {PATIENT}",
                         original_name=f"{FILE_WORD} {number}.pdf",
                         text=f"Dear {PATIENT}, the {SEARCH_WORD} wrote. " * 40),
                f"%PDF-1.4 {PATIENT} {number}".encode())
    return path


def damage_the_search_index(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for block_id, length in conn.execute(
                "SELECT id, length(block) FROM search_index_data WHERE id > 10").fetchall():
            conn.execute("UPDATE search_index_data SET block = ? WHERE id = ?",
                         (bytes([0xA5, 0x5A]) * (length // 2 + 1), block_id))
        conn.commit()
    finally:
        conn.close()


def flip_bytes(path: Path, at: int, count: int = 64) -> None:
    with path.open("r+b") as file:
        file.seek(at)
        data = file.read(count)
        file.seek(at)
        file.write(bytes(b ^ 0xFF for b in data))


class BrokenReader:
    def read_page(self, image: bytes) -> OcrPage:
        raise RuntimeError(f"the reader choked on {PATIENT}'s {FILE_WORD} ({len(image)} bytes)")


def a_failed_search(folder_path: Path, tmp_path: Path) -> None:
    """A search in a folder whose search index is damaged."""
    index_damaged = tmp_path / f"{PATIENT} index.infusiondesk"
    shutil.copy(folder_path, index_damaged)
    damage_the_search_index(index_damaged)
    with Folder.open(index_damaged, read_only=True) as folder:
        try:
            folder.search(f"{SEARCH_WORD} {PATIENT}")
        except FolderError as exc:
            as_the_window_does(exc)


def a_damaged_folder(folder_path: Path, tmp_path: Path) -> None:
    """A folder file damaged in its first page, then in its header."""
    damaged = tmp_path / f"{PATIENT} copy.infusiondesk"
    shutil.copy(folder_path, damaged)
    flip_bytes(damaged, 4096 * 2)
    with pytest.raises(FolderError) as opened:
        Folder.open(damaged)
    as_the_window_does(opened.value)
    flip_bytes(damaged, 20, 8)
    with pytest.raises(FolderError) as opened:
        Folder.open(damaged, read_only=True)
    as_the_window_does(opened.value)


def failed_imports(folder: Folder, engine: PdfEngine, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Files gone, damaged, changing while read, and a bug while importing."""
    incoming = tmp_path / f"{PATIENT} scans"
    incoming.mkdir()
    if os.name == "posix":
        (incoming / f"{FILE_WORD} gone.pdf").symlink_to(incoming / f"{FILE_WORD} nowhere.pdf")
    (incoming / f"{FILE_WORD} photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + PATIENT.encode() * 9)
    (incoming / f"{FILE_WORD} statement.pdf").write_bytes(b"%PDF-1.7\n" + PATIENT.encode() * 9)
    (incoming / f"{FILE_WORD}.eml").write_bytes(
        f"From: =?utf-8?q?{PATIENT}?= <{FILE_WORD}@\nSubject: {PATIENT}\n"
        f"Content-Type: multipart/mixed; boundary=\n\n{PATIENT}".encode())
    growing = incoming / f"{FILE_WORD} growing.pdf"
    growing.write_bytes(b"%PDF-1.4\n" + PATIENT.encode())
    original_read = DocumentFile._read

    def read_while_it_grows(self: DocumentFile, count: int) -> bytes:
        chunk = original_read(self, count)
        if self.path == growing:
            with growing.open("ab") as more:
                more.write(PATIENT.encode())
        return chunk

    with monkeypatch.context() as patch:
        patch.setattr(DocumentFile, "_read", read_while_it_grows)
        outcomes = import_files(folder, [incoming], today=TODAY, engine=engine)
    assert sum(not o.ok for o in outcomes) >= 2
    with monkeypatch.context() as bug:
        bug.setattr("infusion_desk.services.importing.prepare_file",
                    lambda path, **_kw: (_ for _ in ()).throw(
                        ValueError(f"a bug while reading {path}")))
        try:
            import_files(folder, [incoming / f"{FILE_WORD} photo.jpg"], today=TODAY,
                         engine=engine)
        except ValueError as exc:
            as_the_window_does(exc)


def a_failed_reading(folder: Folder, engine: PdfEngine, tmp_path: Path) -> None:
    """The page reader breaks on a scan."""
    card = tmp_path / f"{FILE_WORD} insurance card.png"
    card.write_bytes(picture("PNG"))
    import_files(folder, [card], today=TODAY, engine=engine)
    read_waiting_documents(folder, BrokenReader(), pdf=engine)


def a_full_disk(folder: Folder) -> None:
    @event.listens_for(folder._store.engine, "connect")
    def _full(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    with pytest.raises(FolderError) as full:
        folder.records.add_document(
            Document(title=f"{FILE_WORD} for {PATIENT}", text=SEARCH_WORD * 99),
            os.urandom(2_000_000))
    as_the_window_does(full.value)


def failed_backups_and_restore(folder_path: Path, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup disk that fills up, a backup place not there, and a restore from a backup that
    lost document bytes, over a damaged folder."""
    store = BackupStore(folder_path, clock=lambda: datetime(2026, 11, 27, 9, 0))
    good = store.snapshot(folder_path, MANUAL)
    with monkeypatch.context() as disk:
        def no_room(source: Path, **places: Path) -> object:
            raise OSError(28, "No space left on device", f"{places['partial']} ({source})")

        disk.setattr(backups_module, "write_snapshot", no_room)
        with pytest.raises(FolderError) as failed:
            store.snapshot(folder_path, MANUAL)
    as_the_window_does(failed.value)
    with pytest.raises(FolderError) as failed:
        BackupStore(folder_path, tmp_path / f"{PATIENT}'s stick").snapshot(folder_path)
    as_the_window_does(failed.value)
    for sha in list(store.blobs.fingerprints())[:3]:
        store.blobs.remove(sha)
    flip_bytes(folder_path, 4096 * 3)
    with pytest.raises(FolderError) as restoring:
        store.restore_into(good, folder_path)
    as_the_window_does(restoring.value)


def test_no_failure_puts_a_name_a_file_name_or_typed_words_in_the_log(
        log_file: Path, folder_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a_failed_search(folder_path, tmp_path)
    a_damaged_folder(folder_path, tmp_path)
    with Folder.open(folder_path) as folder, PdfEngine() as engine:
        failed_imports(folder, engine, tmp_path, monkeypatch)
        a_failed_reading(folder, engine, tmp_path)
        a_full_disk(folder)
    failed_backups_and_restore(folder_path, tmp_path, monkeypatch)

    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    for expected in ("unexpected error", "Traceback", "a backup failed", "write failed: DiskFull",
                     "the page reader failed on document", "picture could not be previewed",
                     "which was caused by", "errno ENOSPC", "SQLITE_CORRUPT"):
        assert expected in logged  # each failure happened, and was logged
    assert logged.count("unexpected error") >= 8
    lowered = logged.lower()
    found = [word for word in NEVER if word.lower() in lowered]
    assert found == [], f"the log holds {found}:\n{logged}"
