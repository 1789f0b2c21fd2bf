"""Private by default (POSIX): every file the app makes is 0600, every directory it makes 0700.

Each test runs under the common umask 022, under which a file made the ordinary way is 0644 and
readable by every user of the computer.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from infusion_desk.app import setup_logging
from infusion_desk.cli import main
from infusion_desk.core.records import Document, Plan
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.backups import MANUAL, BackupStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def ordinary_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Plan(payer="Medicare"))
        folder.records.add_document(Document(title="Approval letter"), b"%PDF-1.4 letter")
    return path


def test_a_new_folder_file_and_its_write_ahead_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "Walter Brennan.infusiondesk"
    with Folder.create(path) as folder:
        reader = sqlite3.connect(path)  # (SQLite removes them when its last connection closes)
        try:
            reader.execute("SELECT count(*) FROM plans").fetchone()
            folder.records.add(Plan(payer="Medicare"))
            sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(p.exists() for p in sidecars)
            assert [mode(p) for p in (path, *sidecars)] == [0o600, 0o600, 0o600]
        finally:
            reader.close()
    assert mode(path) == 0o600


def test_the_copy_taken_before_an_upgrade_is_private(tmp_path: Path) -> None:
    path = tmp_path / "Old.infusiondesk"
    shutil.copy(FIXTURES / "golden-0001.infusiondesk", path)
    with Folder.open(path) as folder:
        copy = folder.upgraded_backup
    assert copy is not None and copy.exists()
    assert mode(copy) == 0o600


def test_backups_are_private_files_in_private_directories(folder_path: Path,
                                                          tmp_path: Path) -> None:
    place = tmp_path / "stick"
    place.mkdir(mode=0o755)
    store = BackupStore(folder_path, place, clock=lambda: datetime(2026, 11, 27, 10, 0))
    info = store.snapshot(folder_path, MANUAL)
    assert mode(place) == 0o755  # the place she chose is left as it was
    directories = [store.root, store.snapshots_dir, store.scratch_dir, store.blobs.root,
                   *[p for p in store.blobs.root.iterdir() if p.is_dir()]]
    assert len(directories) >= 5
    assert {d.name: mode(d) for d in directories} == {d.name: 0o700 for d in directories}
    files = [p for p in store.root.rglob("*") if p.is_file() and p.name != "backups.lock"]
    assert info.path in files and store.root / "README.txt" in files
    assert any(p.parent.parent == store.blobs.root for p in files)  # a document's bytes
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}

    restored = tmp_path / "Restored.infusiondesk"
    store.restore_into(info, restored)
    assert mode(restored) == 0o600


def test_older_backup_directories_are_made_private(folder_path: Path) -> None:
    store = BackupStore(folder_path)
    store.root.mkdir(mode=0o755)
    os.chmod(store.root, 0o755)
    store.snapshot(folder_path, MANUAL)
    assert mode(store.root) == 0o700


def test_the_log_is_private_in_a_private_folder() -> None:
    paths = app_paths()
    handler = setup_logging(paths)
    try:
        logging.getLogger("infusion_desk.test").warning("a line")
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert paths.log_file.read_text(encoding="utf-8").strip().endswith("a line")
    assert mode(paths.log_file) == 0o600
    assert mode(paths.log_file.parent) == 0o700
    assert mode(paths.data) == 0o700


def test_a_log_left_readable_by_an_older_version_is_made_private() -> None:
    paths = app_paths()
    paths.log_file.parent.mkdir(parents=True)
    for path in (paths.log_file, Path(f"{paths.log_file}.1")):
        path.write_text("older\n", encoding="utf-8")
        os.chmod(path, 0o644)
    os.chmod(paths.log_file.parent, 0o755)
    handler = setup_logging(paths)
    logging.getLogger().removeHandler(handler)
    handler.close()
    assert mode(paths.log_file) == mode(Path(f"{paths.log_file}.1")) == 0o600
    assert mode(paths.log_file.parent) == 0o700


def test_exports_from_the_command_line_are_private(folder_path: Path, tmp_path: Path) -> None:
    summary, packet = tmp_path / "summary.pdf", tmp_path / "packet.pdf"
    assert main(["summary", str(folder_path), "-o", str(summary)]) == 0
    assert main(["packet", str(folder_path), "-o", str(packet), "--with-documents"]) == 0
    assert mode(summary) == mode(packet) == 0o600


def test_an_export_written_over_an_older_readable_one_is_private(folder_path: Path,
                                                                 tmp_path: Path) -> None:
    summary = tmp_path / "summary.pdf"
    summary.write_bytes(b"older")
    os.chmod(summary, 0o644)
    assert main(["summary", str(folder_path), "-o", str(summary)]) == 0
    assert mode(summary) == 0o600
    assert summary.read_bytes().startswith(b"%PDF")


def test_the_demo_folder_is_private(tmp_path: Path) -> None:
    from infusion_desk.demo import write_demo_folder

    path = tmp_path / "Demo.infusiondesk"
    write_demo_folder(path, today=date(2026, 11, 27)).close()
    assert mode(path) == 0o600
