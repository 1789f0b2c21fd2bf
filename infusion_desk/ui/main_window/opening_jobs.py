"""The opening's jobs, run off the window's thread: open a folder (or find it damaged, with the
newest good backup to offer) and, after a quick opening, check the whole file. Qt-free work;
the services (and SQLAlchemy) load here, on the opening's thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from infusion_desk.core.errors import FolderError, FolderFailedCheckError
from infusion_desk.ui.jobs import JobCancelledError, Progress

if TYPE_CHECKING:
    from infusion_desk.services import Folder
    from infusion_desk.services.backups import BackupInfo, BackupStore
    from infusion_desk.services.reading import OverviewRead

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Damaged:
    """Opening found damage; the newest good backup (if any) was looked up on the way.
    ``search_index_only``: all of it is in the search index (the records are fine)."""

    newest: BackupInfo | None
    search_index_only: bool = False


def damaged(exc: FolderFailedCheckError, backups: BackupStore) -> Damaged:
    """What was found, with the newest good backup to offer."""
    try:
        newest = backups.newest_good()
    except OSError:
        log.warning("the backups of a damaged folder could not be listed", exc_info=True)
        newest = None
    return Damaged(newest, exc.search_index_only)


@dataclass(frozen=True)
class Opened:
    """An open folder and what its first screen shows, read on the opening's thread."""

    folder: Folder
    first_read: OverviewRead | None


def open_or_damaged(path: Path, read_only: bool, place: Path | None, progress: Progress, *,
                     full_check: bool, today: date | None) -> Opened | Damaged:
    """The opening job: open (check, maybe copy and upgrade) and read the Overview (for
    ``today``, if she will see it first); on damage, find the newest good backup to offer.
    Without ``full_check`` only the header and schema are checked here: the window shows the
    folder at once and checks the whole file in the background. ``place``: where its backups
    are kept (None: beside it)."""
    from infusion_desk.services import Folder
    from infusion_desk.services.backups import BackupStore

    backups = BackupStore(path, place)
    try:
        folder = Folder.open(path, read_only=read_only, backups=backups, full_check=full_check)
    except FolderFailedCheckError as exc:
        return damaged(exc, backups)
    read = None
    try:
        read = folder.overview(today) if today is not None else None
    except FolderError:  # read again on the window's thread, which says what went wrong
        log.info("the first screen could not be read while opening")
    if progress.cancelled:  # the window closed meanwhile: let go of the file
        folder.close()
        raise JobCancelledError
    return Opened(folder, read)


def confirm_sound(folder: Folder, backups: BackupStore) -> Damaged | None:
    """The background job after a quick opening: SQLite's quick check of the whole file."""
    try:
        folder.confirm_sound()
    except FolderFailedCheckError as exc:
        return damaged(exc, backups)
    return None


