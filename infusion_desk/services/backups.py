"""Automatic backups of a folder: snapshots that cost little, and putting one back.

Beside ``Walter Brennan.infusiondesk`` (or in another place the person chose, such as a USB stick)
lives ``Walter Brennan Backups/``::

    snapshots/2026-11-27 10-15-03-000000 daily.snapshot   one small SQLite file per snapshot
    blobs/ab/abcdef…                                       each document's bytes, once
    blobs/packs/ab/abcdef…                                 records and texts in packs, once
    verified.json                                          the snapshots already checked
    backups.lock                                           while a backup is being made
    tmp/                                                   files being written

A snapshot lists what it needs: each document's bytes, its text pack and the packs of rows of
the records, each kept once; so a later snapshot adds only what changed since (a few packs), and
a folder with a gigabyte of scans costs a little over a gigabyte of backups however many
snapshots are kept. Each backup checks its new snapshot as it writes it and notes it in
``verified.json``; the snapshots kept are not checked again unless their file changed (a full
check: ``list_backups(full=True)``, and every restore). Nothing here ever changes the
folder file except :meth:`BackupStore.restore_into`, which first takes a snapshot of what it
replaces (or sets a damaged file aside) and never deletes a backup.
"""


from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from infusion_desk import __version__
from infusion_desk.core.backup_errors import BackupFolderBusyError
from infusion_desk.core.errors import (
    BackupDamagedError,
    FolderBusyReadingError,
    FolderExistsError,
    FolderInUseError,
    FolderMissingError,
    RestoreDiskFullError,
    RestorePlaceReadOnlyError,
)
from infusion_desk.services.backup_directory import (
    BackupBusyError,
    BackupDirectory,
    aside_name,
    file_stamp,
    is_sound_folder,
    restore_trouble,
    same_path,
    when_taken,
    with_sidecars,
)
from infusion_desk.services.backup_info import BackupInfo, RestoreOutcome, describe
from infusion_desk.services.backup_policy import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    snapshots_to_remove,
)
from infusion_desk.services.blob_text import BlobText
from infusion_desk.services.folder import Folder
from infusion_desk.storage import schema
from infusion_desk.storage.durable import fsync_directory, replace_durably
from infusion_desk.storage.lock_file import LockFile, LockHeldError, LockUnavailableError
from infusion_desk.storage.opening import lock_path, restoring_path
from infusion_desk.storage.snapshot import (
    MissingDocumentsError,
    PlaceFullError,
    PlaceMissingError,
    PlaceNotWritableError,
    SnapshotError,
    read_snapshot,
)
from infusion_desk.storage.snapshot_rebuild import rebuild_folder
from infusion_desk.storage.snapshot_writing import write_snapshot

log = logging.getLogger(__name__)

BUSY_PAUSES = (1.0, 3.0)  # seconds between tries of a snapshot of a busy folder

__all__ = ["DAILY", "MANUAL", "BackupInfo", "BackupStore", "RestoreOutcome"]


class BackupStore(BackupDirectory):
    """The automatic backups of one folder file: taking snapshots, listing them, putting one back
    and letting old ones go. Where they live is :class:`BackupDirectory`'s job.

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
        super().__init__(folder_path, location, lock_wait=lock_wait)
        self._clock = clock

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
        _refuse_what_is_not_a_folder(path)
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
        _refuse_what_is_not_a_folder(path)
        try:
            with self._locked(wait=0.0):
                info = self._snapshot_locked(path, DAILY, taken_at=now)
                self._tidy_locked(now)
        except BackupBusyError:
            return None
        return info

    def _snapshot_locked(
        self, path: Path, reason: str, *, taken_at: datetime | None = None
    ) -> BackupInfo:
        """Take the snapshot; a folder another program keeps busy (beyond SQLite's own wait) is
        tried again a few times, each after a longer pause."""
        for pause in BUSY_PAUSES:
            try:
                return self._snapshot_once(path, reason, taken_at)
            except (BackupFolderBusyError, FolderBusyReadingError):
                log.info("the folder was busy; taking the snapshot again in %.0f s", pause)
                time.sleep(pause)
        try:
            return self._snapshot_once(path, reason, taken_at)
        except FolderBusyReadingError as exc:
            raise BackupFolderBusyError(exc.detail) from exc

    def _snapshot_once(self, path: Path, reason: str, taken_at: datetime | None) -> BackupInfo:
        state = schema.inspect_file(path)  # refuses what is not a folder file, unchanged
        taken_at = taken_at or self._clock()
        final = self._new_snapshot_path(taken_at, reason)
        partial = self.scratch_dir / (final.name + ".partial")
        info = {
            "taken_at": taken_at.isoformat(),
            "reason": reason,
            "folder_name": path.name,
            "app_version": __version__,
            "revision": state.revision or "",
        }
        started = time.monotonic()
        try:
            written = write_snapshot(path, partial=partial, blobs=self.blobs, info=info)
            replace_durably(partial, final)
        except (SnapshotError, sqlite3.Error, OSError, ValueError) as exc:
            trouble = self.trouble(exc, source=path)
            log.warning("a backup failed: %s", type(trouble).__name__, exc_info=True)
            raise trouble from exc
        finally:
            partial.unlink(missing_ok=True)
        log.info("snapshot %s: %d documents (%d new, %d bytes) in %.2f s", final.name,
                 written.documents, written.new_files, written.new_bytes,
                 time.monotonic() - started)
        if written.unreadable:
            log.warning("%d document(s) are damaged in the folder and were not backed up: %s",
                        len(written.unreadable), ", ".join(written.unreadable))
        # Checked as it was written (SQLite's integrity check): noted, not checked again.
        self.note_verified({**self.verified(), final.name: file_stamp(final)})
        return self._describe(final, check=False)

    # ------------------------------------------------------------------ listing
    def list_backups(self, *, full: bool = False) -> list[BackupInfo]:
        """Every snapshot, newest first; damaged ones are listed too, marked ``damaged``.

        A snapshot found whole before and unchanged since is not checked again, unless ``full``
        (then every snapshot file is checked, and each document's bytes looked at).
        """
        record = {} if full else self.verified()
        kept: dict[str, str] = {}
        stored = set(self.blobs.fingerprints())
        found = []
        for path, _taken, _why in self._snapshot_files():
            stamp = file_stamp(path)
            trusted = bool(stamp) and record.get(path.name) == stamp
            info = describe(path, self.blobs, check=not trusted,
                            present=None if full else lambda sha, _size: sha in stored)
            found.append(info)
            if stamp and not info.damaged:
                kept[path.name] = stamp
        if kept != record and self.root.is_dir():
            self.note_verified(kept)
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def newest_good(self) -> BackupInfo | None:
        return next((b for b in self.list_backups() if not b.damaged), None)

    def size_on_disk(self) -> int:
        """Bytes used by the whole backup directory."""
        if not self.root.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.root.rglob("*") if p.is_file())

    def _describe(self, path: Path, *, check: bool = True) -> BackupInfo:
        return describe(path, self.blobs, check=check)

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
        if target.exists() and not same_path(target, self.folder_path):
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
            raise restore_trouble(exc) from exc
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
            raise BackupDamagedError(when_taken(backup.taken_at), chosen.problem or "file missing")
        safety: BackupInfo | None = None
        set_aside: Path | None = None
        if target.exists():
            if is_sound_folder(target):
                safety = self._snapshot_locked(target, BEFORE_RESTORE)  # or nothing changes
            else:
                log.warning("the folder to restore over is damaged: setting it aside, no snapshot")
                set_aside = aside_name(target, self._clock())
        partial = restoring_path(target)
        missing = self._rebuild(backup, partial, target, allow_missing=allow_missing)
        _swap_in(partial, target, set_aside)
        log.info("restored a folder from a backup taken %s", backup.taken_at.isoformat())
        return RestoreOutcome(target, chosen, safety, set_aside, missing)

    def _rebuild(self, backup: BackupInfo, partial: Path, target: Path, *,
                 allow_missing: bool) -> list[str]:
        """The folder file as the backup holds it, built at ``partial``; the titles missing."""
        try:
            with BlobText() as reader:  # the index of PDF pages' text is made from the PDFs
                return rebuild_folder(backup.path, partial, self.blobs,
                                      allow_missing=allow_missing, page_reader=reader)
        except MissingDocumentsError as exc:
            raise BackupDamagedError(
                when_taken(backup.taken_at),
                "these documents are missing from the backup: " + ", ".join(exc.titles),
            ) from exc
        except PlaceFullError as exc:  # where the folder is rebuilt
            raise RestoreDiskFullError(str(exc)) from exc
        except PlaceNotWritableError as exc:
            raise RestorePlaceReadOnlyError(str(exc)) from exc
        except PlaceMissingError as exc:
            raise FolderMissingError(target) from exc
        except (SnapshotError, sqlite3.Error) as exc:
            raise BackupDamagedError(when_taken(backup.taken_at), str(exc)) from exc
        except OSError as exc:
            raise restore_trouble(exc) from exc

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
        """Remove document bytes and text packs that no remaining snapshot refers to.

        If any snapshot cannot be read, nothing is removed: it might refer to anything.
        """
        referenced: set[str] = set()
        texts: set[str] = set()
        for path, _taken, _why in self._snapshot_files():
            try:
                contents = read_snapshot(path, check=False)
            except SnapshotError:
                log.warning("not collecting document bytes: a backup is unreadable")
                return 0
            referenced.update(sha for sha, _size in contents.blobs)
            referenced.update(sha for sha, _size in contents.thumbnails)
            texts.update(sha for sha, _size in contents.packs)
        removed = 0
        for sha in list(self.blobs.fingerprints()):
            if sha not in referenced:
                self.blobs.remove(sha)
                removed += 1
        packs = self.blobs.packs
        for sha in list(packs.fingerprints()):
            if sha not in texts:
                packs.remove(sha)
                removed += 1
        return removed

    # ------------------------------------------------------------------ helpers
    def _source_path(self, source: Path | Folder | None) -> Path:
        if source is None:
            return self.folder_path
        return source.path if isinstance(source, Folder) else source


def _refuse_what_is_not_a_folder(path: Path) -> None:
    """Raise the FolderError of what is not a folder file before a "Backups" directory is made
    for it (a folder busy just now is waited for when the snapshot is taken)."""
    with contextlib.suppress(FolderBusyReadingError):
        schema.inspect_file(path)


def _swap_in(partial: Path, target: Path, set_aside: Path | None) -> None:
    """Put the rebuilt file in the folder's place (a damaged one is set aside, not deleted)."""
    try:
        if set_aside is not None:
            for old, new in with_sidecars(target, set_aside):
                if old.exists():
                    os.replace(old, new)
        else:
            # Its write-ahead log (if a crash left one) is inside the safety snapshot.
            for sidecar in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                sidecar.unlink(missing_ok=True)
        replace_durably(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise restore_trouble(exc) from exc
