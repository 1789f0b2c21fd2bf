"""One open folder, used alike by the window and the command line.

Reading is :class:`~infusion_desk.services.reading.FolderReading`. Every change a person makes is
an operation of one of the groups a folder carries — ``records``, ``ledger``, ``call_log``,
``question_list``, ``scans``, ``deadlines`` — each one transaction that returns a ``Done`` (what
it stored, the ``Change``, and its ``Undo``) and, once committed, tells the listeners what
changed so that each view refreshes what it shows. A write to a folder open for reading only is
refused before the file is touched (``ReadOnlyFolderError``). The opening policy is
``storage.opening``.

A folder is a file, or a folder on a PostgreSQL server shared by a care team
(:meth:`Folder.open_shared`, :meth:`Folder.create_shared`; ``storage.shared``): the same
operations, the same reading. ``location`` is the file's path or the server address.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from infusion_desk.core.errors import (
    FolderError,
    FolderExistsError,
    FolderInUseError,
    ReadOnlyFolderError,
)
from infusion_desk.core.records import Profile
from infusion_desk.services.backup_policy import BEFORE_UPGRADE
from infusion_desk.services.blob_text import BlobText
from infusion_desk.services.call_log import CallLog
from infusion_desk.services.changes import Change, Done
from infusion_desk.services.deadlines import Deadlines
from infusion_desk.services.filing import Filing
from infusion_desk.services.hearing import HearingOthers
from infusion_desk.services.ledger import Ledger
from infusion_desk.services.question_list import QuestionList
from infusion_desk.services.reading import FolderReading
from infusion_desk.services.records import Records, SafetyBackups
from infusion_desk.services.resending import SentOnce
from infusion_desk.services.scans import Scans
from infusion_desk.services.upkeep import Upkeep
from infusion_desk.storage import opening
from infusion_desk.storage.address import FolderLocation, ServerAddress
from infusion_desk.storage.lock_file import LockFile, LockHeldError, LockUnavailableError
from infusion_desk.storage.shared import opening as shared_opening
from infusion_desk.storage.shared import setup as shared_setup

log = logging.getLogger(__name__)

Listener = Callable[[Change], None]
T = TypeVar("T")


class Folder(FolderReading):
    """One open folder file.

    Opened for changes, it holds the folder's lock file (one writer per folder) until
    :meth:`close`. ``read_only_reason`` says why a folder opened for reading only when that was
    not asked for; ``damage`` lists what SQLite's quick check found when it was opened.
    """

    def __init__(self, opened: opening.OpenedFile) -> None:
        super().__init__(opened.store)
        self._opened = opened
        self._listeners: list[Listener] = []
        self.records = Records(self._store, self._announce, self._documents)
        self.ledger = Ledger(self._store, self._announce)
        self.call_log = CallLog(self._store, self._announce)
        self.question_list = QuestionList(self._store, self._announce)
        self.filing = Filing(self._store, self._announce)
        self.scans = Scans(self._store, self._announce, self._documents)
        self.upkeep = Upkeep(self._store, self._announce)
        self.upkeep.page_reader = self.blob_text
        self.deadlines = Deadlines(self._store, self._announce)
        self.others = HearingOthers()  # a shared folder hears other people's changes

    # ------------------------------------------------------------------ open / create / close
    @classmethod
    def create(cls, path: Path, profile: Profile | None = None, *,
               backups: SafetyBackups | None = None) -> Folder:
        if path.exists():
            raise FolderExistsError(path)
        opening.create_file(path)
        folder = cls.open(path, backups=backups)
        if profile is not None:
            folder.records.save_profile(profile)
        return folder

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False,
             backups: SafetyBackups | None = None,
             search_index_damage_ok: bool = False, full_check: bool = True) -> Folder:
        """Open a folder file, for changes unless ``read_only`` (see ``storage.opening``).

        ``backups`` (a ``services.backups.BackupStore``) takes a snapshot before an upgrade and
        before the trash is emptied. ``search_index_damage_ok``: open for changes even when the
        quick check finds damage, if all of it is in the search index (to rebuild it with
        ``upkeep.rebuild_search_index()``). Without ``full_check`` only the file's header and
        schema are checked now (a command that only reads; the window, which then calls
        :meth:`confirm_sound` in the background).
        """
        with BlobText() as reader:  # (its PDF worker starts only if an upgrade reads PDFs)
            opened = opening.open_file(path, read_only=read_only,
                                       before_upgrade=_snapshot_before_upgrade(backups, path),
                                       search_index_damage_ok=search_index_damage_ok,
                                       full_check=full_check, page_reader=reader)
        folder = cls(opened)
        folder.records.backups = backups
        return folder

    @classmethod
    def open_shared(cls, address: ServerAddress, password: str | None, *,
                    read_only: bool = False) -> Folder:
        """Open a folder kept on a PostgreSQL server, signing in as ``address.user`` with
        ``password`` (see ``storage.shared.opening`` for what may be refused, and why)."""
        from infusion_desk.storage.shared.engine import engine_pids
        from infusion_desk.storage.shared.listening import connector

        folder = cls(shared_opening.open_shared(address, password, read_only=read_only))
        engine = folder._store.engine
        folder.others.listen_with(connector(address, password), address.folder,
                                  lambda: engine_pids(engine))
        return folder

    @classmethod
    def create_shared(cls, address: ServerAddress, password: str | None,
                      profile: Profile | None = None) -> Folder:
        """Make a new folder on the server (given to the person signing in) and open it."""
        shared_setup.new_folder(address, password)
        folder = cls.open_shared(address, password)
        if profile is not None:
            folder.records.save_profile(profile)
        return folder

    def close(self) -> None:
        self.others.stop()
        self._listeners.clear()
        self.blob_text.close()
        self._opened.close()

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The folder file (for a shared folder: only its name, as a Path, for messages)."""
        return self._store.path

    @property
    def location(self) -> FolderLocation:
        """Where the folder is: its file's path, or its server address."""
        return self._store.location

    @property
    def shared_address(self) -> ServerAddress | None:
        """The server address of a shared folder; None for a folder file."""
        return self._store.address

    @property
    def is_shared(self) -> bool:
        return self._store.address is not None

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def read_only_reason(self) -> str:
        """Why it opened for reading only, in the language in place now (kept in English, so
        that the window made again in another language says it in that one)."""
        return opening.reason_words(self._opened.read_only_reason)

    @property
    def damage(self) -> tuple[str, ...]:
        return self._opened.damage

    @property
    def search_index_damaged(self) -> bool:
        """The quick check at opening found damage, all of it in the search index."""
        return self._opened.search_index_damaged

    @property
    def lock_taken_over(self) -> bool:
        """Opening took over the lock of a program that stopped with the folder open."""
        return self._opened.lock is not None and self._opened.lock.taken_over

    @property
    def checked_in_full(self) -> bool:
        """SQLite's quick check read the whole file when it was opened."""
        return self._opened.checked_in_full

    def confirm_sound(self) -> None:
        """The quick check of the whole file, for a folder opened without it; raises
        FolderFailedCheckError (``search_index_only`` set when only the index is damaged)."""
        if not self.is_shared:  # (a shared folder's server keeps its data sound itself)
            opening.confirm_sound(self.path)

    @property
    def upgraded_backup(self) -> Path | None:
        return self._opened.upgraded_from

    @property
    def backups(self) -> SafetyBackups | None:
        """Where snapshots are taken before an upgrade and before the trash is emptied."""
        return self.records.backups

    @backups.setter
    def backups(self, backups: SafetyBackups | None) -> None:
        self.records.backups = backups

    def sent_once(self, operation: Callable[[], Done[T]]) -> SentOnce[T]:
        """``operation``, safe to try again after the server dropped while storing it: a try
        that may have been stored is looked for first (``services.resending``)."""
        return SentOnce(operation, self._store, self._announce)

    # ------------------------------------------------------------------ change notification
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, change: Change) -> None:
        self._opened.touch_lock()
        for listener in list(self._listeners):
            listener(change)


def _snapshot_before_upgrade(
    backups: SafetyBackups | None, path: Path
) -> Callable[[str], object] | None:
    if backups is None:
        return None

    def snapshot(revision: str) -> None:
        # The copy beside the file is already made; this one is a bonus, so it may fail.
        try:
            backups.snapshot(path, f"{BEFORE_UPGRADE} from {revision}")
        except FolderError:
            log.warning("could not take a backup before upgrading", exc_info=True)

    return snapshot


def remove_folder_file(path: Path) -> None:
    """Delete a folder file (to write a new one in its place), only if it is an Infusion Desk
    folder file, never some other file by mistake, and never one open for changes."""
    opening.inspect_file(path)
    lock = LockFile(opening.lock_path(path))
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise FolderInUseError(path) from exc
    except LockUnavailableError as exc:
        raise ReadOnlyFolderError(opening.reason_words(opening.PLACE_READ_ONLY)) from exc
    try:
        for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            extra.unlink(missing_ok=True)
        path.unlink()
    finally:
        lock.release()
