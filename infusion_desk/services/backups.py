"""Automatic backups of a folder: snapshots that cost little, and putting one back.

Beside ``Walter Brennan.infusiondesk`` (or in another place the person chose, such as a USB stick)
lives ``Walter Brennan Backups/``::

    snapshots/2026-11-27 10-15-03-000000 daily.snapshot   one small SQLite file per snapshot
    blobs/ab/abcdef…                                       each document's bytes, once
    backups.lock                                           while a backup is being made
    tmp/                                                   files being written

Snapshots hold every record but no document bytes, so a folder with a gigabyte of scans costs a
little over a gigabyte of backups however many snapshots are kept. Nothing here ever changes the
folder file except :meth:`BackupStore.restore_into`, which first takes a snapshot of what it
replaces (or sets a damaged file aside) and never deletes a backup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from infusion_desk import __version__
from infusion_desk.core.errors import (
    BackupDamagedError,
    BackupFailedError,
    FolderError,
    FolderExistsError,
    FolderInUseError,
    FolderMissingError,
)
from infusion_desk.services.backup_policy import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    snapshots_to_remove,
)
from infusion_desk.services.folder import Folder
from infusion_desk.storage import schema
from infusion_desk.storage.blob_store import BlobStore
from infusion_desk.storage.durable import fsync_directory, replace_durably
from infusion_desk.storage.lock_file import LockFile, LockHeldError, LockUnavailableError
from infusion_desk.storage.opening import lock_path
from infusion_desk.storage.snapshot import (
    MissingDocumentsError,
    SnapshotError,
    read_snapshot,
    rebuild_folder,
    write_snapshot,
)

log = logging.getLogger(__name__)

__all__ = ["DAILY", "MANUAL", "BackupInfo", "BackupStore", "RestoreOutcome"]

SUFFIX = ".snapshot"
_STAMP = "%Y-%m-%d %H-%M-%S-%f"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}-\d{6})(?:-\d+)?(?: (.*))?$")
README = """\
These are automatic backups of the Infusion Desk folder "{name}".

Each file in "snapshots" is one moment of the folder; "blobs" holds the bytes of every document
once. To put one back, open the folder in Infusion Desk and choose a backup, or run:

    infusion-desk restore "{name}" --list

Please do not rename or change the files in here.
"""


@dataclass(frozen=True)
class BackupInfo:
    """One snapshot, as a list of backups shows it."""

    path: Path
    taken_at: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    folder_name: str = ""
    size: int = 0  # bytes of the snapshot file itself (document bytes are shared)
    documents_size: int = 0  # bytes of the documents it refers to
    damaged: bool = False
    problem: str = ""

    @property
    def records(self) -> int:
        return sum(n for label, n in self.counts.items() if label != "In the trash")


@dataclass(frozen=True)
class RestoreOutcome:
    target: Path
    restored_from: BackupInfo
    safety_backup: BackupInfo | None  # the snapshot taken of what was replaced
    set_aside: Path | None  # a damaged file that could not be snapshotted, moved here instead
    missing_documents: list[str] = field(default_factory=list)


class BackupStore:
    """The automatic backups of one folder file.

    ``location`` is the place (a directory that must exist, such as a USB stick) that holds the
    "<name> Backups" directory; by default the directory of the folder file. The UI keeps the
    person's choice in its settings and passes it in.
    """

    def __init__(
        self,
        folder_path: Path,
        location: Path | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        lock_wait: float = 60.0,
    ) -> None:
        self.folder_path = folder_path
        self.location = location if location is not None else folder_path.parent
        self.root = self.location / f"{folder_path.stem} Backups"
        self.snapshots_dir = self.root / "snapshots"
        self.scratch_dir = self.root / "tmp"
        self.blobs = BlobStore(self.root / "blobs", self.scratch_dir)
        self._clock = clock
        self._lock_wait = lock_wait

    # ------------------------------------------------------------------ taking snapshots
    def snapshot(
        self, source: Path | Folder | None = None, reason: str = MANUAL, *, rotate: bool = True
    ) -> BackupInfo:
        """Take a snapshot of ``source`` (the folder file, open or not) now.

        Raises BackupFailedError (the folder untouched, nothing half-written left behind) or a
        FolderError if ``source`` is not a folder file. With ``rotate``, old snapshots the rules
        no longer keep are removed afterwards, then document bytes no snapshot refers to.
        """
        path = self._source_path(source)
        with self._locked():
            info = self._snapshot_locked(path, reason)
            if rotate:
                self._tidy_locked(self._clock())
        return info

    def daily_snapshot_if_due(
        self, source: Path | Folder | None = None, now: datetime | None = None
    ) -> BackupInfo | None:
        """The day's snapshot, unless one was already taken today (call it on open).

        Returns None when nothing was needed, or when another backup is being made right now.
        """
        now = now or self._clock()
        if any(taken.date() == now.date() for _path, taken, _why in self._snapshot_files()):
            return None
        path = self._source_path(source)
        try:
            with self._locked(wait=0.0):
                info = self._snapshot_locked(path, DAILY, taken_at=now)
                self._tidy_locked(now)
        except _BackupBusyError:
            return None
        return info

    def _snapshot_locked(
        self, path: Path, reason: str, *, taken_at: datetime | None = None
    ) -> BackupInfo:
        state = schema.inspect_file(path)  # refuses what is not a folder file, unchanged
        taken_at = taken_at or self._clock()
        final = self._new_snapshot_path(taken_at, reason)
        partial = self.scratch_dir / (final.name + ".partial")
        scratch = self.scratch_dir / (final.name + ".scratch")
        info = {
            "taken_at": taken_at.isoformat(),
            "reason": reason,
            "folder_name": path.name,
            "app_version": __version__,
            "revision": state.revision or "",
        }
        started = time.monotonic()
        try:
            written = write_snapshot(path, scratch=scratch, partial=partial, blobs=self.blobs,
                                     info=info)
            replace_durably(partial, final)
        except (SnapshotError, sqlite3.Error, OSError, ValueError) as exc:
            log.warning("backup of %s failed", path.name, exc_info=True)
            raise BackupFailedError(str(exc)) from exc
        finally:
            partial.unlink(missing_ok=True)
        log.info("snapshot %s: %d documents (%d new, %d bytes) in %.2f s", final.name,
                 written.documents, written.new_files, written.new_bytes,
                 time.monotonic() - started)
        if written.unreadable:
            log.warning("%d document(s) are damaged in %s and were not backed up: %s",
                        len(written.unreadable), path.name, ", ".join(written.unreadable))
        return self._describe(final)

    # ------------------------------------------------------------------ listing
    def list_backups(self) -> list[BackupInfo]:
        """Every snapshot, newest first; damaged ones are listed too, marked ``damaged``."""
        found = [self._describe(path) for path, _taken, _why in self._snapshot_files()]
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def newest_good(self) -> BackupInfo | None:
        return next((b for b in self.list_backups() if not b.damaged), None)

    def size_on_disk(self) -> int:
        """Bytes used by the whole backup directory."""
        if not self.root.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.root.rglob("*") if p.is_file())

    def _describe(self, path: Path) -> BackupInfo:
        taken_from_name, reason_from_name = _parse_name(path)
        try:
            contents = read_snapshot(path)
        except (SnapshotError, OSError) as exc:
            return BackupInfo(path, taken_from_name, reason_from_name, damaged=True,
                              problem=f"The backup file cannot be read ({exc}).")
        info = contents.info
        try:
            taken_at = datetime.fromisoformat(info["taken_at"])
        except (KeyError, ValueError):
            taken_at = taken_from_name
        problem = ""
        if contents.problems:
            problem = "The backup file is damaged."
        else:
            absent = [sha for sha, size in contents.blobs if not self.blobs.has(sha, size)]
            if absent:
                problem = f"{len(absent)} document(s) are missing from the backup."
        return BackupInfo(
            path=path,
            taken_at=taken_at,
            reason=info.get("reason", reason_from_name),
            counts=contents.counts,
            folder_name=info.get("folder_name", ""),
            size=_size(path),
            documents_size=sum(size for _sha, size in contents.blobs),
            damaged=bool(problem),
            problem=problem,
        )

    # ------------------------------------------------------------------ restoring
    def restore_into(
        self, backup: BackupInfo, target: Path | None = None, *, allow_missing: bool = False
    ) -> RestoreOutcome:
        """Rebuild a complete folder file from ``backup`` at ``target`` (default: this folder).

        The folder must be closed first (FolderInUseError otherwise). What is there now is
        snapshotted first ("before restore"); if it is too damaged for that, it is renamed aside
        instead. The new file is written beside the target, every document checked against its
        fingerprint, SQLite's integrity check passed, and then moved into place in one step.
        A backup with missing document bytes is refused (BackupDamagedError) unless
        ``allow_missing``. No backup is ever deleted here.
        """
        target = target if target is not None else self.folder_path
        if target.exists() and not _same_path(target, self.folder_path):
            raise FolderExistsError(target)
        if not target.parent.is_dir():
            raise FolderMissingError(target.parent)
        folder_lock = LockFile(lock_path(target))
        try:
            folder_lock.acquire()
        except LockHeldError as exc:
            raise FolderInUseError(target, host=exc.holder.host if exc.holder else "",
                                   this_computer=exc.holder.this_computer if exc.holder
                                   else True, this_process=exc.this_process) from exc
        except LockUnavailableError as exc:
            raise BackupFailedError(str(exc)) from exc
        try:
            with self._locked():
                return self._restore_locked(backup, target, allow_missing=allow_missing)
        finally:
            folder_lock.release()

    def _restore_locked(
        self, backup: BackupInfo, target: Path, *, allow_missing: bool
    ) -> RestoreOutcome:
        chosen = self._describe(backup.path)
        if not backup.path.exists() or (chosen.damaged and not chosen.counts):
            raise BackupDamagedError(_when(backup.taken_at), chosen.problem or "file missing")
        safety: BackupInfo | None = None
        set_aside: Path | None = None
        if target.exists():
            if _is_sound_folder(target):
                safety = self._snapshot_locked(target, BEFORE_RESTORE)  # or nothing changes
            else:
                log.warning("%s is damaged: setting it aside instead of a snapshot", target)
                set_aside = _aside_name(target, self._clock())
        partial = target.with_name(target.name + ".restoring")
        try:
            missing = rebuild_folder(backup.path, partial, self.blobs,
                                     allow_missing=allow_missing)
        except MissingDocumentsError as exc:
            raise BackupDamagedError(
                _when(backup.taken_at),
                "these documents are missing from the backup: " + ", ".join(exc.titles),
            ) from exc
        except (SnapshotError, sqlite3.Error) as exc:
            raise BackupDamagedError(_when(backup.taken_at), str(exc)) from exc
        except OSError as exc:
            raise BackupFailedError(str(exc)) from exc
        try:
            if set_aside is not None:
                for old, new in _with_sidecars(target, set_aside):
                    if old.exists():
                        os.replace(old, new)
            else:
                # Its write-ahead log (if a crash left one) is inside the safety snapshot.
                for sidecar in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                    sidecar.unlink(missing_ok=True)
            replace_durably(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BackupFailedError(str(exc)) from exc
        log.info("restored %s from %s", target.name, backup.path.name)
        return RestoreOutcome(target, chosen, safety, set_aside, missing)

    # ------------------------------------------------------------------ rotation
    def rotate(self, now: datetime | None = None) -> list[Path]:
        """Remove the snapshots the rules no longer keep, then unreferenced document bytes."""
        with self._locked():
            return self._tidy_locked(now or self._clock())

    def _tidy_locked(self, now: datetime) -> list[Path]:
        removed: list[Path] = []
        try:
            backups = self.list_backups()
            for old in snapshots_to_remove(backups, now):
                old.path.unlink(missing_ok=True)
                removed.append(old.path)
            if removed:
                fsync_directory(self.snapshots_dir)
            self._collect_garbage_locked()
        except OSError:
            log.warning("tidying the backups failed", exc_info=True)
        return removed

    def _collect_garbage_locked(self) -> int:
        """Remove document bytes that no remaining snapshot refers to.

        If any snapshot cannot be read, nothing is removed: it might refer to anything.
        """
        referenced: set[str] = set()
        for path, _taken, _why in self._snapshot_files():
            try:
                contents = read_snapshot(path, check=False)
            except SnapshotError:
                log.warning("not collecting document bytes: %s is unreadable", path.name)
                return 0
            referenced.update(sha for sha, _size in contents.blobs)
            referenced.update(sha for sha, _size in contents.thumbnails)
        removed = 0
        for sha in list(self.blobs.fingerprints()):
            if sha not in referenced:
                self.blobs.remove(sha)
                removed += 1
        return removed

    # ------------------------------------------------------------------ helpers
    def _source_path(self, source: Path | Folder | None) -> Path:
        if source is None:
            return self.folder_path
        return source.path if isinstance(source, Folder) else source

    def _snapshot_files(self) -> Iterator[tuple[Path, datetime, str]]:
        if not self.snapshots_dir.is_dir():
            return
        for path in sorted(self.snapshots_dir.glob("*" + SUFFIX)):
            taken, reason = _parse_name(path)
            yield path, taken, reason

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
            directory.mkdir(exist_ok=True)
        readme = self.root / "README.txt"
        if not readme.exists():
            readme.write_text(README.format(name=self.folder_path.name), encoding="utf-8")

    @contextlib.contextmanager
    def _locked(self, wait: float | None = None) -> Iterator[None]:
        """Hold the backup directory's lock (one backup at a time); clear leftovers."""
        try:
            self._prepare()
        except OSError as exc:
            raise BackupFailedError(str(exc)) from exc
        lock = LockFile(self.root / "backups.lock", foreign_stale_after=timedelta(hours=1))
        deadline = time.monotonic() + (self._lock_wait if wait is None else wait)
        while True:
            try:
                lock.acquire()
                break
            except LockHeldError as exc:
                if time.monotonic() >= deadline:
                    if wait == 0.0:
                        raise _BackupBusyError from exc
                    raise BackupFailedError("another backup is being made") from exc
                time.sleep(0.2)
            except LockUnavailableError as exc:
                raise BackupFailedError(str(exc)) from exc
        try:
            _clear_directory(self.scratch_dir)  # what a crash left half-written
            yield
        finally:
            lock.release()


class _BackupBusyError(Exception):
    pass


def _is_sound_folder(path: Path) -> bool:
    try:
        schema.inspect_file(path)
    except FolderError:
        return False
    return schema.quick_check(path).ok


def _parse_name(path: Path) -> tuple[datetime, str]:
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


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


def _when(taken_at: datetime) -> str:
    return taken_at.strftime("%Y-%m-%d %H:%M")


def _aside_name(target: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y-%m-%d %H-%M-%S")
    return target.with_name(f"{target.stem} (damaged, replaced {stamp}){target.suffix}")


def _with_sidecars(old: Path, new: Path) -> list[tuple[Path, Path]]:
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
