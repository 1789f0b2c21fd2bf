"""File > Export deadlines…: choose where to save an ``.ics`` file, write it as a job (never on
the window's thread), then say plainly what was written — or, when the place cannot be written
(a read-only disk, a folder that went away, a full disk), why, with nothing changed.

The file itself is the services' (``folder.deadlines.export_calendar``, written whole beside
its place and moved over it): one event per deadline with a reminder, and stable event IDs, so
that importing a later export updates the same events in her calendar instead of adding new
ones.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.services import Folder
from infusion_desk.services.deadline_export import Exported
from infusion_desk.ui.jobs import FOLDER, JobHandle, JobRunner, Progress
from infusion_desk.ui.shared.places import folder_name, save_place

SUFFIX = ".ics"


class CalendarWriteError(FolderError):
    """The calendar file could not be written where she chose."""

    def __init__(self, reason: str) -> None:
        super().__init__(translate(
            "CalendarExport", "The calendar file could not be written there ({0}). Nothing in "
            "the folder was changed. Choose another place, such as your Documents folder, and "
            "try again.").format(reason), reason)


def write_calendar(folder: Folder, target: Path, today: date) -> Exported:
    """Write the folder's deadlines to ``target`` (``folder.deadlines.export_calendar``); a
    place that cannot be written becomes a plain :class:`CalendarWriteError`."""
    try:
        return folder.deadlines.export_calendar(target, today=today)
    except OSError as exc:
        raise CalendarWriteError(exc.strerror or type(exc).__name__) from exc


def written_words(exported: Exported) -> str:
    """The line said once the file is written."""
    target, count = exported.path, exported.events
    return translate(
        "CalendarExport", "Wrote %n deadlines to “{0}”. Import it into your calendar; exporting "
        "again later updates the same events instead of adding new ones.", None,
        count).format(target.name)


class CalendarExport(QObject):
    """Asks where, writes the file as a job, and says how it went (``finished(words|None)``)."""

    finished = Signal(object)  # str | None

    def __init__(self, folder: Folder, today: date, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._folder = folder
        self._today = today
        self._jobs = jobs
        self._parent = parent
        self.job: JobHandle[Exported] | None = None
        self.target: Path | None = None

    def ask(self) -> Path | None:
        """Where to save; ``None`` if she cancels."""
        name = translate("CalendarExport", "Deadlines {0}").format(folder_name(self._folder))
        start = save_place(self._folder) / f"{name}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, translate("CalendarExport", "Export deadlines to a calendar file"),
            str(start), translate("CalendarExport", "Calendar files (*.ics)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def start(self, target: Path) -> JobHandle[Exported]:
        folder, today = self._folder, self._today
        self.target = target

        def work(_progress: Progress) -> Exported:
            return write_calendar(folder, target, today)

        self.job = self._jobs.start(work, lane=FOLDER,
                                    label=translate("CalendarExport",
                                                    "Writing the calendar file…"),
                                    can_cancel=False)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.stopped.connect(self._on_job_stopped)
        return self.job

    def _on_job_finished(self, exported: Exported) -> None:
        self.finished.emit(written_words(exported))

    def _on_job_stopped(self) -> None:
        self.finished.emit(None)

    def _on_job_failed(self, error: FolderError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CalendarExport", "Export deadlines"),
                          error.message,
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.finished.emit(None)
