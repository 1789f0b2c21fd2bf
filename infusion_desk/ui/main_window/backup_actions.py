"""Backups, the trash and checking, as the window offers them. The slow part of each (copying,
restoring, the snapshot before emptying the trash, the full check) is a job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from infusion_desk.core.backup_errors import BackupFolderBusyError, BackupNeedsRoomError, size_words
from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import (
    BackupDiskFullError,
    BackupError,
    BackupPlaceMissingError,
    BackupPlaceReadOnlyError,
    FolderDamagedError,
    FolderError,
    SearchIndexDamagedError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.ui.jobs import FOLDER, JobHandle, Progress
from infusion_desk.ui.main_window.messages import (
    CLOSE,
    NOT_NOW,
    REBUILD_INDEX,
    index_damaged_words,
    info_box,
)
from infusion_desk.ui.main_window.opening import same_file
from infusion_desk.ui.shared.places import folder_file, no_backups_here_words

if TYPE_CHECKING:  # the services load with the first folder, not with the window
    from infusion_desk.services import CheckReport, Done
    from infusion_desk.services.backups import BackupInfo, BackupStore
    from infusion_desk.ui.backup_dialogs import RestoreDialog
    from infusion_desk.ui.main_window.window import MainWindow

Then = Callable[[bool], None]


def check_words(report: CheckReport, *, shared: bool = False) -> str:
    from infusion_desk.services.trouble_words import check_findings
    from infusion_desk.ui.backup_dialogs import counts_summary

    if report.ok:
        return translate("BackupActions", "Everything is in order. The folder and every "
                         "document in it were checked: {0}.").format(counts_summary(report.counts))
    if report.search_index_only:
        return index_damaged_words()
    lines = [translate("BackupActions", "Some problems were found. Nothing was changed.")]
    lines += [f"- {line}" for line in check_findings(report)[:20]]
    lines.append(translate("SharedFolder", "Tell whoever looks after the server: its backups "
                           "can put the folder back.") if shared else
                 translate("BackupActions", "Restoring the newest good backup (File > Restore "
                           "from backup…) usually helps."))
    return "\n".join(lines)


class BackupActions(QObject):
    """File > Restore from backup… and Backup location…, Edit > Empty the trash…, Help > Check
    this folder, and the day's backup when a folder opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        # The day's backup, while it is made: the stall benchmark (tests/benchmarks/stall.py)
        # waits for it to end.
        self.backup_job: JobHandle[BackupInfo | None] | None = None
        self._index_asked_for: object = None  # the open folder she was asked about its index

    def backups_for(self, path: Path) -> BackupStore:
        """The backups of one folder file, in the place the person chose (or beside it)."""
        from infusion_desk.services.backups import BackupStore

        return BackupStore(path, self._w.settings.backup_location())

    # ------------------------------------------------------------------ the day's backup
    def start_daily_backup(self, path: Path) -> JobHandle[BackupInfo | None]:
        store = self.backups_for(path)
        job = self._w.jobs.start(lambda _p: store.daily_snapshot_if_due(path), lane=FOLDER)
        job.finished.connect(self._on_backup_job_finished)
        job.failed.connect(self._on_backup_job_failed)
        self.backup_job = job
        return job

    def _on_backup_job_finished(self, result: BackupInfo | None) -> None:
        if result is not None and not self._w.status_label.text():
            self._w.say(translate(
                    "BackupActions", "Backed up today's folder."))  # quiet: never hide a message

    def _on_backup_job_failed(self, error: FolderError) -> None:
        if isinstance(error, (BackupError, FolderDamagedError)):
            self._w.say(self.backup_failed_words(error))

    def backup_failed_words(self, error: FolderError) -> str:
        """What the status bar says when the day's backup could not be made, by its type."""
        if isinstance(error, BackupNeedsRoomError):
            return translate(
                "BackupActions", "Today's backup could not be made: it needs about {0}, and the "
                "place for backups has {1} free. Make room there, or choose another place (File "
                "> Backup location…).").format(size_words(error.needed, round_up=True),
                                              size_words(error.free))
        if isinstance(error, BackupFolderBusyError):
            return translate(
                "BackupActions", "Today's backup could not be made because the folder was busy. "
                "It will be made the next time the folder is opened.")
        if isinstance(error, FolderDamagedError):
            return translate(
                "BackupActions", "Today's backup could not be made because the folder looks "
                "damaged. Keep your older backups (Help > Check this folder).")
        if isinstance(error, BackupPlaceMissingError):
            return translate(
                "BackupActions", "Today's backup could not be made: the place for backups cannot "
                "be found. Check that the backup disk or USB stick is plugged in (File > Backup "
                "location…).")
        if isinstance(error, BackupPlaceReadOnlyError):
            return translate(
                "BackupActions", "Today's backup could not be made: the place for backups cannot "
                "be written to. Choose another place (File > Backup location…).")
        if isinstance(error, BackupDiskFullError):
            return translate(
                "BackupActions", "Today's backup could not be made: the backup disk is full. Make "
                "room there, or choose another place (File > Backup location…).")
        return translate(
            "BackupActions", "Today's backup could not be made. {0}").format(error.message)

    # ------------------------------------------------------------------ restore
    def show_restore_dialog(self) -> RestoreDialog | None:
        w = self._w
        path = folder_file(w.ctx.folder) if w.ctx is not None else None
        if w.ctx is not None and path is None:  # shared: its backups are on the server
            info_box(w, translate("BackupActions", "Restore from backup"), no_backups_here_words())
            return None
        if path is None:
            return None
        from infusion_desk.ui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.backups_for(path), w.jobs, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self.restore_backup)
        dialog.open()
        return dialog

    def restore_backup(self, backup: BackupInfo) -> None:
        """Restore a backup of the open folder (File > Restore from backup…)."""
        path = folder_file(self._w.ctx.folder) if self._w.ctx is not None else None
        if path is not None:
            self.restore_then(backup, path, lambda _ok: None)

    def restore_then(self, backup: BackupInfo, path: Path, then: Then) -> None:
        """Ask, close the folder, put the backup back (a job), open it again."""
        from infusion_desk.ui.backup_dialogs import restore_question

        w = self._w
        if not w.ask(restore_question(backup), translate("BackupActions", "&Restore this backup")):
            then(False)
            return
        open_file = folder_file(w.ctx.folder) if w.ctx is not None else None
        was_open = open_file is not None and same_file(open_file, path)
        if was_open:
            w.close_folder()
        store = self.backups_for(path)

        def work(_progress: Progress) -> None:
            store.restore_into(backup, path)

        job = w.jobs.start(work, lane=FOLDER, label=translate(
                "BackupActions", "Putting the backup back…"),
                           can_cancel=False)
        job.finished.connect(lambda _none: self._on_restored(backup, path, then))
        job.failed.connect(lambda error: self._on_restore_failed(error, path, was_open, then))

    def _on_restored(self, backup: BackupInfo, path: Path, then: Then) -> None:
        def reopened(ok: bool) -> None:
            if ok:
                self._w.say(translate("BackupActions", "Restored the backup from {0}.")
                            .format(format_when(backup.taken_at)))
            then(ok)

        self._w.opening.open_then(path, False, reopened)

    def _on_restore_failed(self, error: FolderError, path: Path, was_open: bool,
                           then: Then) -> None:
        self._w.show_error(error)
        if was_open:
            self._w.opening.open_then(path, False, lambda _ok: then(False))
        else:
            then(False)

    # ------------------------------------------------------------------ where backups go
    def choose_backup_location(self) -> None:
        w = self._w
        current = w.settings.backup_location()
        text = (translate("BackupActions", "Backups are kept in {0}.").format(current)
                if current is not None else
                translate("BackupActions", "Backups are kept beside each folder file, in a "
                          "folder named after it (for example “Walter Brennan Backups”)."))
        text = translate("BackupActions", "{where}\n\nOne is made each day a folder is opened, "
                         "and before anything is put back or deleted for good.").format(where=text)
        choose = translate("BackupActions", "&Choose another place…")
        beside = translate("BackupActions", "&Keep them beside the folder")
        choices = [choose, beside, CLOSE] if current is not None else [choose, CLOSE]
        answer = w.choose(text, choices, escape=CLOSE, icon=QMessageBox.Icon.Information)
        if answer == beside:
            self._set_backup_location(None)
        elif answer == choose:
            open_file = folder_file(w.ctx.folder) if w.ctx is not None else None
            start = str(current or (open_file.parent if open_file is not None
                                    else w.paths.documents))
            name = QFileDialog.getExistingDirectory(w, translate(
                    "BackupActions", "Where to keep backups"), start)
            if name:
                self._set_backup_location(Path(name))

    def _set_backup_location(self, location: Path | None) -> None:
        w = self._w
        w.settings.set_backup_location(location)
        open_file = folder_file(w.ctx.folder) if w.ctx is not None else None
        if w.ctx is not None and open_file is not None:
            w.ctx.folder.backups = self.backups_for(open_file)
        w.say(translate("BackupActions", "Backups will be kept in {0}.").format(location)
              if location is not None
              else translate("BackupActions", "Backups will be kept beside the folder."))

    # ------------------------------------------------------------------ the trash
    def empty_trash(self) -> JobHandle[int] | None:
        """Delete what is in the trash for good, after a backup (or after asking)."""
        w = self._w
        if w.ctx is None or w.ctx.folder.read_only:
            return None
        count = w.ctx.folder.count_trashed()
        if count == 0:
            w.say(translate("BackupActions", "The trash is already empty."))
            return None
        shared = folder_file(w.ctx.folder) is None
        question = (translate("BackupActions", "Delete %n things in the trash for good, for "
                              "everyone who shares this folder? This cannot be undone here.",
                              None, count) if shared else
                    translate("BackupActions", "Delete %n things in the trash for good? A "
                              "backup is made first.", None, count))
        if not w.ask(question, translate("BackupActions", "&Delete for good")):
            return None
        return self._empty_trash(count, backup_first=not shared)

    def _empty_trash(self, things: int, *, backup_first: bool) -> JobHandle[int] | None:
        w = self._w
        if w.ctx is None:  # closed while she was being asked
            return None
        folder = w.ctx.folder
        job = w.jobs.start(
            lambda _p: folder.records.empty_trash(backup_first=backup_first).value, lane=FOLDER,
            label=translate("BackupActions", "Emptying the trash…"), can_cancel=False)
        job.finished.connect(self._on_trash_emptied)
        job.failed.connect(lambda error: self._on_empty_trash_failed(error, things,
                                                                     backup_first))
        return job

    def _on_trash_emptied(self, _removed: int) -> None:
        if self._w.ctx is not None:
            self._w.ctx.undo_stack.clear()  # deleted for good cannot come back with Undo
        self._w.say(translate("BackupActions", "Emptied the trash."))

    def _on_empty_trash_failed(self, error: FolderError, things: int, backup_first: bool) -> None:
        w = self._w
        if backup_first and isinstance(error, BackupError):
            if w.ask(translate("BackupActions", "{why}\n\nDelete %n things in the trash for "
                               "good anyway, without a backup?", None, things
                               ).format(why=error.message), translate(
                                       "BackupActions", "&Delete without a backup")):
                self._empty_trash(things, backup_first=False)
            return
        w.show_error(error)

    # ------------------------------------------------------------------ check
    def check_folder(self) -> JobHandle[CheckReport] | None:
        """Help > Check this folder: the full check, in the background."""
        w = self._w
        if w.ctx is None:
            return None
        folder = w.ctx.folder
        job = w.jobs.start(lambda _p: folder.check(), lane=FOLDER,
                           label=translate(
                                   "BackupActions", "Checking the folder…"), can_cancel=False)
        job.finished.connect(self._on_check_finished)
        job.failed.connect(self._on_check_failed)
        return job

    def _on_check_finished(self, report: CheckReport) -> None:
        if report.search_index_only:
            self._w.clear_status()
            self.offer_index_rebuild()
            return
        shared = self._w.ctx is not None and folder_file(self._w.ctx.folder) is None
        self._show_check(check_words(report, shared=shared))

    def _on_check_failed(self, error: FolderError) -> None:
        self._show_check(error.message)

    def _show_check(self, text: str) -> None:
        self._w.clear_status()
        info_box(self._w, translate("BackupActions", "Check this folder"), text)

    # ------------------------------------------------------------------ the search index
    def on_search_failed(self, error: FolderError) -> None:
        """A search failed (its words are shown over the results): a damaged index is offered
        to be rebuilt, once per open folder, not at every key she types."""
        w = self._w
        if not isinstance(error, SearchIndexDamagedError) or w.ctx is None:
            return
        if self._index_asked_for is w.ctx:
            return
        self._index_asked_for = w.ctx
        self.offer_index_rebuild()

    def offer_index_rebuild(self) -> JobHandle[Done[int]] | None:
        """Ask whether to rebuild the damaged search index from the records; do it if so."""
        w = self._w
        if w.ctx is None:
            return None
        if w.ctx.folder.read_only:
            self._show_check(translate("BackupActions",
                "The search index is damaged; your records are fine. This folder is open for "
                "reading only, so the index cannot be rebuilt here: open the folder for "
                "changes to rebuild it."))
            return None
        choice = w.choose(index_damaged_words(), [REBUILD_INDEX, NOT_NOW], escape=NOT_NOW,
                          icon=QMessageBox.Icon.Warning)
        return self.rebuild_search_index() if choice == REBUILD_INDEX else None

    def rebuild_search_index(self) -> JobHandle[Done[int]] | None:
        """Make the search index again from the records, in the background."""
        w = self._w
        if w.ctx is None or w.ctx.folder.read_only:
            return None
        folder = w.ctx.folder
        job = w.jobs.start(lambda p: folder.upkeep.rebuild_search_index(progress=p.report),
                           lane=FOLDER,
                           label=translate("BackupActions", "Rebuilding the search index…"),
                           can_cancel=False)
        job.finished.connect(self._on_index_rebuilt)
        job.failed.connect(w.show_error)
        return job

    def _on_index_rebuilt(self, done: Done[int]) -> None:
        w = self._w
        self._index_asked_for = None
        w.say(translate(
                "BackupActions", "Rebuilt the search index: {0} records and documents can be found "
                      "again.").format(done.value))
        if w.view is not None and w.view.results.isVisible():
            w.view.results.refresh()
