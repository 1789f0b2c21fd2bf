"""Opening folders: new, open, recent, the demo, and what to do with a damaged one.

Opening is a job (the quick check and the copy before an upgrade can take a while on a large
folder): the window stays responsive and its progress strip says "Opening…". Each request to open
ends with the window's ``opening_ended(bool)``, once the whole conversation is over (a damaged
folder's question, a restore and the opening after it included).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from infusion_desk import APP_NAME, FILE_SUFFIX
from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile
from infusion_desk.ui.jobs import FOLDER, READ, JobCancelledError, Progress
from infusion_desk.ui.main_window import kept_changes
from infusion_desk.ui.main_window.messages import (
    CANCEL,
    LOOK,
    REBUILD_INDEX,
    RESTORE_NEWEST,
    damaged_words,
    index_damaged_words,
)
from infusion_desk.ui.main_window.opening_jobs import (
    Damaged,
    Opened,
    confirm_sound,
    open_or_damaged,
)
from infusion_desk.ui.main_window.pdf_ahead import start_pdf_worker_ahead
from infusion_desk.ui.shared.places import folder_file

if TYPE_CHECKING:  # the services (and SQLAlchemy) load on the opening's thread
    from infusion_desk.services import Folder
    from infusion_desk.services.backups import BackupInfo
    from infusion_desk.services.first_look import FirstScreen
    from infusion_desk.services.reading import OverviewRead
    from infusion_desk.ui.main_window.window import MainWindow
    from infusion_desk.ui.overview.first_look import FirstLookPage

log = logging.getLogger(__name__)

FIRST_LOOK_WAIT_S = 2.0  # at most, should the window not get to paint (it is not shown)


def file_filter() -> str:
    return translate("FolderOpening", "Infusion Desk folders (*{0});;All files (*)").format(
        FILE_SUFFIX)

Then = Callable[[bool], None]


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False


def safe_file_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " .,'-_()" else " " for ch in name)
    return " ".join(cleaned.split()).strip(" .") or translate("FolderOpening", "New patient")


class FolderOpening(QObject):
    """The window's File > New / Open / Open recent / demo, and the damaged-folder questions."""

    # The first look's Today, read on the opening's thread: (the page, its FirstScreen or None).
    first_look_read = Signal(object, object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._page: FirstLookPage | None = None  # the first look, while the folder opens
        self.first_look_read.connect(self._fill_first_look)

    def open_folder(self, path: Path, *, read_only: bool = False) -> None:
        """Open a folder file in the background; on trouble, say why and stay where we were."""
        self.open_then(Path(path), read_only, self._w.opening_ended.emit)

    def open_then(self, path: Path, read_only: bool, then: Then, *,
                  full_check: bool = False) -> None:
        w = self._w
        open_file = folder_file(w.ctx.folder) if w.ctx is not None else None
        if open_file is not None and same_file(open_file, path):
            w.raise_()
            w.activateWindow()
            then(True)  # already open here: a second writer would be refused
            return
        if not kept_changes.may_leave(w):  # changes wait for the server: she stays
            then(False)
            return
        place = w.settings.backup_location()
        overview_first = w.settings.tab() == 0  # the Overview is shown first
        day = w.clock()
        if w.ctx is None and not full_check:
            self._show_first_look(path)
        today = day if overview_first and self._page is None else None

        # The window paints the patient's name first; then, on the opening's thread, Today is
        # read for the first look (a plain read, a few tens of milliseconds on a large folder:
        # never on the window's thread) and handed to it, and only then do the services (and
        # SQLAlchemy) load there: loading them beside the first painting slowed it by half.
        ready = threading.Event()
        page = self._page
        if page is None:
            ready.set()
        else:  # (a window not shown by then will not paint)
            page.painted.connect(ready.set)
            page.destroyed.connect(lambda *_: ready.set())
            QTimer.singleShot(0, lambda: None if w.isVisible() else ready.set())

        def work(progress: Progress) -> Opened | Damaged:
            ready.wait(FIRST_LOOK_WAIT_S)
            if page is not None:
                from infusion_desk.services.first_look import first_look

                self.first_look_read.emit(page, first_look(path, day))  # to the window's thread
            return open_or_damaged(path, read_only, place, progress, full_check=full_check,
                                    today=today)

        job = w.jobs.start(work, lane=FOLDER, can_cancel=False, label=translate(
            "FolderOpening", "Opening {0}…").format(path.stem))
        job.finished.connect(lambda result: self._on_opened(
            path, result, then, self._first_screen() if overview_first else None))
        job.failed.connect(lambda error: self._on_open_failed(path, error, then))
        job.stopped.connect(lambda: self._stopped(then))

    def _show_first_look(self, path: Path) -> None:
        """Show the folder's first look (its patient, from a plain read, no SQLAlchemy) while
        it opens; Today follows once it has painted (``_fill_first_look``)."""
        from infusion_desk.ui.overview.first_look import first_look_page

        self.drop_first_look()
        self._page = first_look_page(path, self._w)
        if self._page is None:
            return
        self._w.stack.addWidget(self._page)
        self._w.stack.setCurrentWidget(self._page)
        self._w.setWindowTitle(f"{self._page.folder_title} — {APP_NAME}")

    def _fill_first_look(self, page: FirstLookPage, screen: FirstScreen | None) -> None:
        """Today's lines (read on the opening's thread) into the first look, if still showing."""
        if self._page is page and screen is not None:
            page.fill(screen)

    def _first_screen(self) -> FirstScreen | None:
        """The first look's read, for the Overview (None if it has none)."""
        return self._page.first_screen if self._page is not None else None

    def drop_first_look(self) -> None:
        """The first look is over: the folder shows, or did not open (the welcome page)."""
        page, self._page = self._page, None
        if page is None:
            return
        w = self._w
        w.stack.removeWidget(page)
        page.deleteLater()
        if w.ctx is None:
            w.stack.setCurrentWidget(w.welcome)
            w.setWindowTitle(APP_NAME)

    def _stopped(self, then: Then) -> None:
        self.drop_first_look()
        then(False)

    def _on_opened(self, path: Path, opened: Folder | Opened | Damaged, then: Then,
                   first: OverviewRead | None = None) -> None:
        if isinstance(opened, Damaged):
            self.drop_first_look()
            if opened.search_index_only:
                self._open_with_index_damaged(path, then)
            else:
                self._open_damaged(path, opened.newest, then)
            return
        w = self._w
        result, first_read = ((opened.folder, opened.first_read or first)
                              if isinstance(opened, Opened) else (opened, None))
        try:
            w.show_folder(result, first_read)
        except FolderError as exc:  # opened (to look), but too damaged to show
            w.close_folder()
            self.drop_first_look()
            if not result.checked_in_full:  # the whole file's check says what to do
                self._check_in_background(path, result, then, failed=exc)
                return
            w.show_error(exc)
            then(False)
            return
        if w.view is not None:  # its PDF worker, once the folder is on screen
            start_pdf_worker_ahead(w.view, result, w.jobs)
        if result.upgraded_backup is not None:
            w.say(translate("FolderOpening", "This folder was updated for this version. A copy "
                                             "of the old one is saved as {0}.").format(
                result.upgraded_backup.name))
        if result.checked_in_full:
            w.start_upkeep()
            then(True)
        else:
            self._check_in_background(path, result, then)

    def _check_in_background(self, path: Path, folder: Folder, then: Then, *,
                             failed: FolderError | None = None) -> None:
        """The quick check of the whole file, after the folder is shown (or could not be):
        nothing is said if it is sound; damage closes it and asks what to do, as when opening
        found it. The opening ends (``then``) once this is over. The day's backup and the
        reading of scans wait for it."""
        w = self._w
        backups = w.backups_for(path)
        job = w.jobs.start(lambda _progress: confirm_sound(folder, backups), lane=READ,
                           label=translate("FolderOpening", "Checking {0}…").format(path.stem),
                           can_cancel=False)

        def checked(damaged: Damaged | None) -> None:
            showing = w.ctx is not None and w.ctx.folder is folder  # (else closed already)
            if damaged is not None and (showing or failed is not None):
                log.warning("the check after opening found damage")
                w.close_folder()
                self._on_opened(path, damaged, then)  # asked as when opening finds it
            elif failed is not None:  # sound, yet a part could not be read: said plainly
                w.show_error(failed)
                then(False)
            else:
                if showing:
                    w.start_upkeep()
                then(True)

        def check_failed(error: FolderError) -> None:
            w.show_error(error)
            then(failed is None)

        job.finished.connect(checked)
        job.failed.connect(check_failed)

    def _on_open_failed(self, path: Path, error: FolderError, then: Then) -> None:
        self.drop_first_look()
        self._w.show_error(error)
        if not path.exists():
            self._w.settings.remove_recent_folder(path)
        then(False)

    def ask_about_damage(self, newest: BackupInfo | None) -> str:
        """What to do with a folder that failed its check: LOOK, RESTORE_NEWEST or CANCEL."""
        choices = [LOOK, RESTORE_NEWEST, CANCEL] if newest is not None else [LOOK, CANCEL]
        text = damaged_words()
        if newest is not None:
            text = translate("FolderOpening", "{damaged}\n\nThe newest good backup is from {when}."
                             ).format(damaged=text, when=format_when(newest.taken_at))
        return self._w.choose(text, choices, icon=QMessageBox.Icon.Warning)

    def _open_damaged(self, path: Path, newest: BackupInfo | None, then: Then) -> None:
        choice = self.ask_about_damage(newest)
        if choice == LOOK:
            self.open_then(path, True, then, full_check=True)  # the banner says it is damaged
        elif choice == RESTORE_NEWEST and newest is not None:
            self._w.backup.restore_then(newest, path, then)
        else:
            then(False)

    def _open_with_index_damaged(self, path: Path, then: Then) -> None:
        """Only the search index is damaged: rebuild it from the records (then open), look, or
        leave it."""
        choice = self._w.choose(index_damaged_words(), [REBUILD_INDEX, LOOK, CANCEL],
                                icon=QMessageBox.Icon.Warning)
        if choice == LOOK:
            self.open_then(path, True, then, full_check=True)
        elif choice == REBUILD_INDEX:
            backups = self._w.backups_for(path)

            def work(progress: Progress) -> Folder:
                from infusion_desk.services import Folder

                folder = Folder.open(path, backups=backups, search_index_damage_ok=True)
                try:
                    folder.upkeep.rebuild_search_index(progress=progress.report)
                except BaseException:
                    folder.close()
                    raise
                return folder

            job = self._w.jobs.start(work, lane=FOLDER,
                                     label=translate(
                                             "FolderOpening", "Rebuilding the search index…"),
                                     can_cancel=False)
            job.finished.connect(lambda folder: self._on_opened(path, folder, then))
            job.failed.connect(lambda error: self._on_open_failed(path, error, then))
        else:
            then(False)

    # ------------------------------------------------------------------ new, choose, demo
    def choose_folder(self) -> None:
        w = self._w
        start = str(w.settings.last_folder() or w.paths.documents)
        name, _ = QFileDialog.getOpenFileName(w, translate(
                "FolderOpening", "Open a folder"), start, file_filter())
        if name:
            self.open_folder(Path(name))

    def new_folder(self) -> None:
        w = self._w
        name, ok = QInputDialog.getText(
            w, translate("FolderOpening", "Start a new folder"),
            translate("FolderOpening", "The patient's name (the folder is named after them):"))
        if not ok or not name.strip():
            return
        suggested = w.paths.documents / f"{safe_file_name(name)}{FILE_SUFFIX}"
        target, _ = QFileDialog.getSaveFileName(w, translate(
            "FolderOpening", "Save the new folder as"), str(suggested), file_filter())
        if target:
            self.create_folder(Path(target), name.strip())

    def create_folder(self, path: Path, patient_name: str) -> bool:
        """A new, empty folder file (quick: made on the spot)."""
        from infusion_desk.services import Folder

        w = self._w
        if not kept_changes.may_leave(w):  # changes wait for the server: she stays
            return False
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            folder = Folder.create(path, Profile(patient_name=patient_name),
                                   backups=w.backups_for(path))  # checked in full: it is new
        except FolderError as exc:
            w.show_error(exc)
            return False
        except OSError as exc:
            w.show_error(FolderError(translate(
                "FolderOpening", "The folder could not be made at {path}: {why}. Try another "
                "place.").format(path=path, why=exc.strerror or exc), str(exc)))
            return False
        w.settings.set_tab(0)
        w.show_folder(folder)
        w.start_upkeep()
        w.say(translate("FolderOpening", "Started a new folder for {0}. Add the therapy and "
                                         "insurance plans on the Overview tab.").format(
            patient_name))
        return True

    def open_demo(self, writer: Callable[[Path], Folder] | None) -> None:
        """Write the demo folder (once, as a job, with Cancel) and open it. A demo left half-made
        by an earlier version is written again; a cancelled write leaves nothing behind."""
        w = self._w
        path = w.paths.demo_folder
        from infusion_desk.demo import DemoCancelledError, demo_needs_writing, write_demo_folder

        def work(progress: Progress) -> None:
            if not demo_needs_writing(path):
                return
            try:
                if writer is not None:
                    writer(path).close()
                else:
                    write_demo_folder(path, cancelled=lambda: progress.cancelled).close()
            except DemoCancelledError:
                raise JobCancelledError from None

        job = w.jobs.start(work, lane=FOLDER, label=translate(
                "FolderOpening", "Making the demo folder…"))
        job.finished.connect(lambda _none: self.open_folder(path))
        job.failed.connect(self._on_demo_failed)
        job.stopped.connect(lambda: w.opening_ended.emit(False))

    def _on_demo_failed(self, error: FolderError) -> None:
        self._w.show_error(error)
        self._w.opening_ended.emit(False)


def wait_for_opening(window: MainWindow, start: Callable[[], None],
                     timeout_ms: int = 120_000) -> bool:
    """Start opening (``start``) and wait, with the event loop running, until it has ended. For
    callers that must go on only once the folder is open (the self-test, the screenshots)."""
    outcome: list[bool] = []
    loop = QEventLoop()

    def ended(ok: bool) -> None:
        outcome.append(ok)
        loop.quit()

    window.opening_ended.connect(ended)
    QTimer.singleShot(timeout_ms, loop.quit)
    try:
        start()
        if not outcome:
            loop.exec()
    finally:
        window.opening_ended.disconnect(ended)
    return bool(outcome and outcome[0])
