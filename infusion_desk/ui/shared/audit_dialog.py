"""*Folder > Who changed what*: the shared folder's audit log, newest first — when, who, what
(the kind of record, and its title while it is still in the folder), and what happened (added,
which things changed, deleted). Read by ``services.audit`` on the job runner; nothing here
changes the folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.ui.jobs import FOLDER, JobRunner
from infusion_desk.ui.models.table import Column, RecordTableModel
from infusion_desk.ui.widgets.forms import big_target, plain_label, plain_tip

if TYPE_CHECKING:
    from infusion_desk.services import Folder
    from infusion_desk.services.audit import AuditLine

WHEN, WHO, WHAT, HAPPENED = range(4)
MAX_SIZE = QSize(1300, 680)  # within a 1366×768 screen, with the title bar and a task bar


def audit_columns() -> list[Column]:
    return [
        Column(translate("AuditDialog", "When"), lambda a: format_when(a.at),
               sort_key=lambda a: (a.at, a.id)),  # the exact time, then the server's order
        Column(translate("AuditDialog", "Who"), lambda a: a.who_words()),
        Column(translate("AuditDialog", "What"), lambda a: a.what_words(),
               tooltip=lambda a: plain_tip(a.what_words())),
        Column(translate("AuditDialog", "What happened"), lambda a: a.happened_words(),
               tooltip=lambda a: plain_tip(a.happened_words())),
    ]


class AuditDialog(QDialog):
    """The audit log of the open shared folder, read in the background when shown."""

    listed = Signal()  # the list is filled in (or said why not)

    def __init__(self, folder: Folder, jobs: JobRunner, parent: QWidget | None = None, *,
                 changed: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AuditDialog", "Who changed what"))
        self.setObjectName("auditDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate(
            "AuditDialog", "Every change to this shared folder, newest first, with the name of "
                           "the person who made it. The server keeps this list; no one can "
                           "change it."), self))
        self.note = plain_label(translate("AuditDialog", "Reading the list of changes…"), self)
        layout.addWidget(self.note)
        self.model = RecordTableModel(audit_columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("AuditDialog", "Changes, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("AuditDialog", "Columns of the list of changes"))
        # Every column shares the width and wraps its words: nothing is cut, nothing scrolls
        # sideways, at any text size.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in buttons.buttons():
            big_target(button)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.lines: list[AuditLine] = []
        self._folder, self._jobs = folder, jobs
        self.read()
        if changed is not None:  # a change here or by someone else: the list follows
            changed.connect(self._on_folder_changed)

    def read(self) -> None:
        """Read the list (again), in the background."""
        folder = self._folder
        job = self._jobs.start(lambda _p: _read(folder), lane=FOLDER)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)

    def _on_folder_changed(self, _change: object) -> None:
        self.read()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for a change on one line where the screen has it (the words wrap beyond)."""
        metrics = self.fontMetrics()
        return QSize(min(metrics.averageCharWidth() * 120, MAX_SIZE.width()),
                     min(metrics.height() * 30, MAX_SIZE.height()))

    def _on_job_finished(self, lines: list[AuditLine]) -> None:
        self.lines = lines
        self.model.set_rows(lines)
        self.table.resizeRowsToContents()
        if lines:
            self.note.hide()
        else:
            self.note.setText(translate("AuditDialog", "Nothing has been changed in this "
                                                       "folder yet."))
        self.listed.emit()

    def _on_job_failed(self, error: FolderError) -> None:
        self.note.setText(translate("AuditDialog", "The list of changes could not be read. {0}"
                                    ).format(error.message))
        self.listed.emit()


def _read(folder: Folder) -> list[AuditLine]:
    from infusion_desk.services.audit import who_changed_what

    return who_changed_what(folder)
