"""The "<name> Backups" directory beside a folder file (or on a USB stick): where snapshots and
document bytes live, how a snapshot file is named, and the lock that lets one backup happen at a
time."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from infusion_desk.core.backup_errors import BackupFolderBusyError, BackupNeedsRoomError
from infusion_desk.core.errors import (
    BackupDiskFullError,
    BackupFailedError,
    BackupInProgressError,
    BackupPlaceMissingError,
    BackupPlaceReadOnlyError,
    FolderDamagedError,
    FolderError,
    RestoreDiskFullError,
    RestoreFailedError,
    RestorePlaceReadOnlyError,
)
from infusion_desk.privacy import make_private_dir, open_private
from infusion_desk.storage import schema
from infusion_desk.storage.blob_store import BlobStore
from infusion_desk.storage.lock_file import LockFile, LockHeldError, LockUnavailableError
from infusion_desk.storage.snapshot import (
    NoRoomError,
    PlaceFullError,
    PlaceMissingError,
    PlaceNotWritableError,
    SnapshotError,
    SourceBusyError,
    SourceDamagedError,
)
from infusion_desk.storage.trouble import FULL_ERRNOS, disk_is_full

SUFFIX = ".snapshot"
VERIFIED = "verified.json"  # the snapshots found whole, each with the size and time it had then
_STAMP = "%Y-%m-%d %H-%M-%S-%f"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}-\d{6})(?:-\d+)?(?: (.*))?$")
README = """\
These are automatic backups of the Infusion Desk folder "{name}".

Each file in "snapshots" is one moment of the folder; "blobs" holds the bytes of every document
once. To put one back, open the folder in Infusion Desk and choose a backup, or run:

    infusion-desk restore "{name}" --list

Please do not rename or change the files in here.
"""


class BackupDirectory:
    """Where the backups of one folder file live.

    ``location`` is the place (a directory that must exist, such as a USB stick) that holds the
    "<name> Backups" directory; by default the directory of the folder file.
    """

    def __init__(self, folder_path: Path, location: Path | None = None, *,
                 lock_wait: float = 60.0) -> None:
        self.folder_path = folder_path
        self.location = location if location is not None else folder_path.parent
        self.root = self.location / f"{folder_path.stem} Backups"
        self.snapshots_dir = self.root / "snapshots"
        self.scratch_dir = self.root / "tmp"
        self.blobs = BlobStore(self.root / "blobs", self.scratch_dir)
        self._lock_wait = lock_wait

    def _snapshot_files(self) -> Iterator[tuple[Path, datetime, str]]:
        if not self.snapshots_dir.is_dir():
            return
        for path in sorted(self.snapshots_dir.glob("*" + SUFFIX)):
            taken, reason = parse_name(path)
            yield path, taken, reason

    # A record of what was verified, so that each backup checks only its new snapshot (and any
    # file changed since it was checked), not every snapshot kept. Losing it costs a re-check.
    def verified(self) -> dict[str, str]:
        try:
            found = json.loads((self.root / VERIFIED).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    def note_verified(self, record: dict[str, str]) -> None:
        partial = self.root / f"{VERIFIED}.{os.getpid()}.partial"
        try:
            with open_private(partial) as file:
                file.write(json.dumps(record, sort_keys=True, indent=0).encode("utf-8"))
            os.replace(partial, self.root / VERIFIED)
        except OSError:  # a read-only place: the snapshots are checked again next time
            partial.unlink(missing_ok=True)

    def _new_snapshot_path(self, taken_at: datetime, reason: str) -> Path:
        words = re.sub(r"[^\w -]+", "", reason, flags=re.ASCII).strip()[:40]
        base = taken_at.strftime(_STAMP)
        for n in range(1000):
            stem = base if n == 0 else f"{base}-{n}"
            candidate = self.snapshots_dir / (f"{stem} {words}{SUFFIX}" if words
                                              else f"{stem}{SUFFIX}")
            if not any(self.snapshots_dir.glob(f"{stem} *{SUFFIX}")) and not candidate.exists():
                return candidate
        raise BackupFailedError("too many snapshots with the same time")

    def _prepare(self) -> None:
        if not self.location.is_dir():
            # Never create the location itself: a missing USB stick must not turn into a
            # directory of the same name on the computer's own disk.
            raise FileNotFoundError(f"the backup place {self.location} cannot be reached")
        for directory in (self.root, self.snapshots_dir, self.scratch_dir, self.blobs.root):
            make_private_dir(directory)  # (never the place itself: only what is made in it)
        readme = self.root / "README.txt"
        if not readme.exists():
            with open_private(readme) as file:
                file.write(README.format(name=self.folder_path.name).encode("utf-8"))

    @contextlib.contextmanager
    def _locked(self, wait: float | None = None) -> Iterator[None]:
        """Hold the backup directory's lock (one backup at a time); clear leftovers."""
        try:
            self._prepare()
        except OSError as exc:
            raise self.trouble(exc) from exc
        lock = LockFile(self.root / "backups.lock", foreign_stale_after=timedelta(hours=1),
                        what="backups")
        deadline = time.monotonic() + (self._lock_wait if wait is None else wait)
        while True:
            try:
                lock.acquire()
                break
            except LockHeldError as exc:
                if time.monotonic() >= deadline:
                    if wait == 0.0:
                        raise BackupBusyError from exc
                    raise BackupInProgressError("another backup is being made") from exc
                time.sleep(0.2)
            except LockUnavailableError as exc:
                raise self.trouble(exc) from exc
        try:
            _clear_directory(self.scratch_dir)  # what a crash left half-written
            yield
        finally:
            lock.release()


    def trouble(self, exc: BaseException, source: Path | None = None) -> FolderError:
        """What went wrong while backing up or restoring, by its type: the place for backups
        missing, read-only or full, or the folder file (``source``) itself damaged."""
        detail = str(exc)
        for cause in _causes(exc):
            if isinstance(cause, FolderError):
                return cause
            found = (_snapshot_trouble(cause, source) if isinstance(cause, SnapshotError)
                     else None)
            if found is not None:
                return found
            number = getattr(cause, "errno", None)
            gone = isinstance(cause, FileNotFoundError) or number in _GONE
            if gone and not self.location.is_dir():
                return BackupPlaceMissingError(detail)
            if number in FULL_ERRNOS:
                return BackupDiskFullError(detail)
            if number in _NOT_WRITABLE:
                return BackupPlaceReadOnlyError(detail)
            code = getattr(cause, "sqlite_errorcode", None)
            primary = None if code is None else code & 0xFF
            if primary == _SQLITE_FULL:
                return BackupDiskFullError(detail)
            if primary in _SQLITE_DAMAGED and source is not None:
                return FolderDamagedError(source, detail)
        if not self.location.is_dir():
            return BackupPlaceMissingError(detail)
        if not os.access(self.location, os.W_OK) or (
                self.root.is_dir() and not os.access(self.root, os.W_OK)):
            return BackupPlaceReadOnlyError(detail)
        if disk_is_full(self.root / "x"):
            return BackupDiskFullError(detail)
        return BackupFailedError(detail)


def _snapshot_trouble(cause: SnapshotError, source: Path | None) -> FolderError | None:
    """The words for what a snapshot said went wrong, and where (``storage.snapshot.told``)."""
    detail = str(cause)
    if isinstance(cause, NoRoomError):
        return BackupNeedsRoomError(cause.needed, cause.free)
    if isinstance(cause, SourceBusyError):
        return BackupFolderBusyError(detail)
    if isinstance(cause, SourceDamagedError) and source is not None:
        return FolderDamagedError(source, detail)
    if isinstance(cause, PlaceFullError):
        return BackupDiskFullError(detail)
    if isinstance(cause, PlaceNotWritableError):
        return BackupPlaceReadOnlyError(detail)
    if isinstance(cause, PlaceMissingError):
        return BackupPlaceMissingError(detail)
    return None


def restore_trouble(exc: BaseException) -> FolderError:
    """Why a backup could not be put back where the folder file is, by the system's error."""
    for cause in _causes(exc):
        number = getattr(cause, "errno", None)
        if number in FULL_ERRNOS:
            return RestoreDiskFullError(str(exc))
        if number in _NOT_WRITABLE:
            return RestorePlaceReadOnlyError(str(exc))
    return RestoreFailedError(str(exc))


_GONE = frozenset(getattr(errno, n) for n in ("ENOENT", "ENODEV", "ENXIO") if hasattr(errno, n))
_NOT_WRITABLE = frozenset(getattr(errno, n) for n in ("EROFS", "EACCES", "EPERM")
                          if hasattr(errno, n))
_SQLITE_FULL = 13
_SQLITE_DAMAGED = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB: read from the folder file


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it was raised from, outermost first."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


class BackupBusyError(Exception):
    """Another backup is being made right now (and the caller chose not to wait)."""


def is_sound_folder(path: Path) -> bool:
    try:
        schema.inspect_file(path)
    except FolderError:
        return False
    return schema.quick_check(path).ok


def parse_name(path: Path) -> tuple[datetime, str]:
    match = _NAME.match(path.name.removesuffix(SUFFIX))
    if match:
        try:
            return datetime.strptime(match.group(1), _STAMP), match.group(2) or ""
        except ValueError:
            pass
    return datetime.fromtimestamp(_mtime(path)), ""


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def file_stamp(path: Path) -> str:
    """What changes when a file is written to or replaced ("" if it cannot be read)."""
    try:
        found = path.stat()
    except OSError:
        return ""
    return f"{found.st_size}:{found.st_mtime_ns}:{found.st_ino}"


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


def when_taken(taken_at: datetime) -> str:
    return taken_at.strftime("%Y-%m-%d %H:%M")


def aside_name(target: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y-%m-%d %H-%M-%S")
    return target.with_name(f"{target.stem} (damaged, replaced {stamp}){target.suffix}")


def with_sidecars(old: Path, new: Path) -> list[tuple[Path, Path]]:
    return [(old, new)] + [
        (Path(f"{old}{tail}"), Path(f"{new}{tail}")) for tail in ("-wal", "-shm")
    ]


def _clear_directory(directory: Path) -> None:
    for leftover in directory.iterdir():
        with contextlib.suppress(OSError):
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
