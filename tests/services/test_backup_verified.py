"""Each backup checks its new snapshot, not every snapshot kept: a record of what was verified,
a full check on demand, and text packs no snapshot needs any more let go."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupInfo, BackupStore
from infusion_desk.storage import snapshot
from infusion_desk.storage.snapshot import read_snapshot


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 9, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=10)
        return self.now


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(made) as folder:
        folder.records.add(Call(reference_number="SR-1"))
        folder.records.add_document(Document(title="Approval letter", text="approved"),
                                    b"%PDF approval", pages=["approved for cefazolin"])
    return made


@pytest.fixture
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which pragmas the snapshot reader ran (quick checks of whole snapshot files)."""
    seen: list[str] = []
    real = snapshot.problems_of

    def counting(conn: object, pragma: str) -> list[str]:
        seen.append(pragma)
        return real(conn, pragma)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshot, "problems_of", counting)
    return seen


def test_a_later_backup_checks_no_snapshot_already_kept(path: Path, quick_checks: list[str]
                                                        ) -> None:
    store = BackupStore(path, clock=Clock())
    for _ in range(3):
        store.snapshot(path)
    quick_checks.clear()
    store.snapshot(path)  # the new one is checked as it is written (integrity check)
    assert "PRAGMA quick_check" not in quick_checks
    assert quick_checks.count("PRAGMA integrity_check") == 1
    listed = store.list_backups()
    assert len(listed) == 4 and not any(b.damaged for b in listed)
    assert "PRAGMA quick_check" not in quick_checks
    store.list_backups(full=True)  # a full check stays available
    assert quick_checks.count("PRAGMA quick_check") == 4


def test_a_snapshot_changed_on_its_disk_is_checked_again(path: Path) -> None:
    store = BackupStore(path, clock=Clock())
    good = store.snapshot(path)
    cut = store.snapshot(path)
    assert set(store.verified()) == {good.path.name, cut.path.name}
    cut.path.write_bytes(cut.path.read_bytes()[:3000])  # half of it lost since it was checked
    newest, oldest = store.list_backups()
    assert newest.damaged and not oldest.damaged
    assert set(store.verified()) == {good.path.name}
    (store.root / "verified.json").write_text("not json", encoding="utf-8")
    assert [b.damaged for b in store.list_backups()] == [True, False]  # a lost record: rechecked


def test_packs_no_snapshot_needs_are_let_go(path: Path) -> None:
    store = BackupStore(path, clock=Clock())
    packs = store.blobs.packs

    def needed(info: BackupInfo) -> set[str]:
        return {sha for sha, _size in read_snapshot(info.path).packs}

    first = store.snapshot(path)
    with Folder.open(path) as folder:
        folder.records.add_document(Document(title="Denial", text="denied"), b"%PDF denial",
                                    pages=["denied: not medically necessary"])
    second = store.snapshot(path)
    denial = needed(second)
    assert set(packs.fingerprints()) == needed(first) | denial
    first.path.unlink()
    store.rotate()
    assert set(packs.fingerprints()) == needed(second)
    with Folder.open(path) as folder:
        folder.records.trash(Document, 2)
        folder.records.empty_trash(backup_first=False)
    newest = store.snapshot(path)
    for old in store.list_backups()[1:]:
        old.path.unlink()  # as the rules let old snapshots go, months later
    store.rotate()
    assert [b.path for b in store.list_backups()] == [newest.path]
    assert set(packs.fingerprints()) == needed(newest)
    assert denial - needed(newest)  # the denial's text and its rows are let go
