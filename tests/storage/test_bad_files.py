"""Files that are not sound folder files, beyond those in test_migrations.py (a zip, an empty
file, a cut-off header, another app's database, a newer or versionless folder): each is refused
with one plain sentence, or opened for reading only, and is never changed; the backups refuse
them the same way."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infusion_desk.core.errors import (
    BackupDamagedError,
    FolderDamagedError,
    FolderError,
    FolderFailedCheckError,
)
from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupStore

GOLDEN = Path(__file__).parent.parent / "fixtures" / "golden-0001.infusiondesk"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed folder with records and a few scans, to cut and scribble on."""
    path = tmp_path_factory.mktemp("sound") / "Sound.infusiondesk"
    rng = random.Random(3)
    with Folder.create(path) as folder:
        store = folder._store
        with store.writing() as session:
            for n in range(400):
                store.add(Call(reference_number=f"R-{n}", summary="Pump delivery " * 8), session)
        for n in range(4):
            folder.records.add_document(Document(title=f"scan {n}"), rng.randbytes(60_000))
    return path


def copy_of(sound: Path, where: Path, name: str = "Copy.infusiondesk") -> Path:
    target = where / name
    shutil.copy(sound, target)
    return target


def header_only(where: Path, sound: Path) -> Path:
    path = where / "header.infusiondesk"
    path.write_bytes(sound.read_bytes()[:16])
    return path


def first_page_only(where: Path, sound: Path) -> Path:
    path = where / "page.infusiondesk"
    path.write_bytes(sound.read_bytes()[:4096])
    return path


def cut_in_half(where: Path, sound: Path) -> Path:
    path = where / "half.infusiondesk"
    data = sound.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zeros(where: Path, sound: Path) -> Path:
    del sound
    path = where / "zeros.infusiondesk"
    path.write_bytes(bytes(65_536))
    return path


def random_bytes(where: Path, sound: Path) -> Path:
    del sound
    path = where / "noise.infusiondesk"
    path.write_bytes(random.Random(9).randbytes(50_000))
    return path


def scribbled_page(where: Path, sound: Path) -> Path:
    path = copy_of(sound, where, "scribbled.infusiondesk")
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'calls'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(b"\x00\x07" * 60)
    return path


def other_app_live(where: Path, sound: Path) -> Path:
    """Another program's database, in write-ahead mode, with its log beside it."""
    del sound
    path = where / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('beach')")
    conn.commit()
    # Left open on purpose, so the -wal stays. Kept referenced until the test ends: when Python
    # collected it mid-test, closing it folded the log into the file and changed its bytes.
    _LIVE_CONNECTIONS.append(conn)
    return path


_LIVE_CONNECTIONS: list[sqlite3.Connection] = []


@pytest.fixture(autouse=True)
def _close_live_connections() -> Iterator[None]:
    yield
    while _LIVE_CONNECTIONS:
        _LIVE_CONNECTIONS.pop().close()


MAKERS: list[Callable[[Path, Path], Path]] = [
    header_only, first_page_only, cut_in_half, zeros, random_bytes, scribbled_page,
    other_app_live,
]


@pytest.mark.parametrize("make", MAKERS, ids=lambda m: m.__name__)
def test_a_bad_file_is_refused_plainly_and_left_alone(
    make: Callable[[Path, Path], Path], sound: Path, tmp_path: Path
) -> None:
    path = make(tmp_path, sound)
    before = digest(path)
    neighbours = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(FolderError) as caught:
        Folder.open(path)
    message = str(caught.value)
    assert path.name in message and "Traceback" not in message and "\n" not in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours  # no lock, no -wal left


def test_a_damaged_page_still_opens_for_reading(sound: Path, tmp_path: Path) -> None:
    path = scribbled_page(tmp_path, sound)
    before = digest(path)
    with pytest.raises(FolderFailedCheckError):
        Folder.open(path)
    with Folder.open(path, read_only=True) as folder:
        assert folder.damage and folder.read_only
        try:
            folder.documents()  # the documents table was not hit
        except FolderError as exc:
            pytest.fail(f"reading undamaged records failed: {exc}")
        with pytest.raises(FolderError):
            folder.calls()  # the damaged table: a plain refusal, not a crash
    assert digest(path) == before


@pytest.mark.parametrize("make", MAKERS, ids=lambda m: m.__name__)
def test_backups_refuse_bad_files_too(
    make: Callable[[Path, Path], Path], sound: Path, tmp_path: Path
) -> None:
    path = make(tmp_path, sound)
    before = digest(path)
    store = BackupStore(path, clock=lambda: datetime(2026, 11, 27))
    with pytest.raises(FolderError):
        store.snapshot(path, "made by hand")
    assert digest(path) == before
    assert store.list_backups() == []


def test_restore_from_a_bad_snapshot_changes_nothing(sound: Path, tmp_path: Path) -> None:
    path = copy_of(sound, tmp_path)
    store = BackupStore(path)
    good = store.snapshot(path, "made by hand")
    before = digest(path)
    for bad in (b"", b"SQLite format 3\x00" + bytes(2000), good.path.read_bytes()[:5000],
                GOLDEN.read_bytes()):
        good.path.write_bytes(bad)
        with pytest.raises(BackupDamagedError):
            store.restore_into(good)
        assert digest(path) == before
        assert not list(tmp_path.glob("*.restoring"))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=64)),
                      min_size=1, max_size=4))
def test_scribbles_anywhere_never_crash_the_open(
    flips: list[tuple[int, bytes]], sound: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Bytes changed anywhere in a folder: it opens, or is refused plainly; reading it raises
    only plain FolderErrors; and opening never changes it."""
    where = tmp_path_factory.mktemp("scribble")
    path = copy_of(sound, where)
    data = bytearray(path.read_bytes())
    for offset, junk in flips:
        at = offset % len(data)
        data[at : at + len(junk)] = junk
    path.write_bytes(bytes(data))
    for read_only in (True, False):
        before = digest(path)
        try:
            folder = Folder.open(path, read_only=read_only)
        except FolderError:
            assert digest(path) == before
            continue
        try:
            folder.counts()
            folder.calls(limit=5)
            folder.search("pump")
            folder.check()
        except FolderError:
            pass
        finally:
            folder.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=64)),
                      min_size=1, max_size=4))
def test_scribbled_snapshots_are_listed_as_damaged_or_restore_whole(
    flips: list[tuple[int, bytes]], sound: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    where = tmp_path_factory.mktemp("scribbled-backup")
    path = copy_of(sound, where)
    store = BackupStore(path)
    snapshot = store.snapshot(path, "made by hand").path
    data = bytearray(snapshot.read_bytes())
    for offset, junk in flips:
        at = offset % len(data)
        data[at : at + len(junk)] = junk
    snapshot.write_bytes(bytes(data))
    (listed,) = store.list_backups()
    before = digest(path)
    target = where / "Restored.infusiondesk"
    try:
        store.restore_into(listed, target)
    except FolderError:
        assert digest(path) == before and not target.exists()
        return
    with Folder.open(target, read_only=True) as restored:
        assert restored.check().ok
    assert rows(target) == rows(path)  # what came back is exactly what was backed up


def rows(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' "
            "AND name NOT LIKE 'page_bod%'")]  # (the indexes: made again)
        return {n: sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{n}"')) for n in names}
    finally:
        conn.close()


def test_a_date_scrambled_on_disk_is_told_as_damage(tmp_path: Path) -> None:
    """Found by the scribble test: one byte of a stored date changed reads as a damaged file."""
    path = tmp_path / "scrambled.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Call(called_at=datetime(2026, 12, 5, 23, 26, 46)))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE calls SET called_at = ':026-12-05 23:26:46.000000'")
    conn.commit()
    conn.close()
    with Folder.open(path) as folder, pytest.raises(FolderDamagedError):
        folder.calls(limit=5)
