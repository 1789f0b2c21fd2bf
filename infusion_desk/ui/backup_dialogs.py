"""Backups as the window shows them: choosing one to put back (the list is read as a job)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.services.backup_policy import (
    BEFORE_EMPTY_TRASH,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DAILY,
    MANUAL,
)
from infusion_desk.services.backups import BackupInfo, BackupStore
from infusion_desk.ui.editing import editing
from infusion_desk.ui.jobs import FOLDER, JobRunner
from infusion_desk.ui.widgets.forms import plain_label

log = logging.getLogger(__name__)

def counts_summary(counts: dict[str, int]) -> str:
    """``23 requests, 30 calls, 16 documents``."""
    return translate("RestoreDialog", "{requests}, {calls}, {documents}").format(
        requests=translate("RestoreDialog", "%n requests", None, counts.get("Request", 0)),
        calls=translate("RestoreDialog", "%n calls", None, counts.get("Call", 0)),
        documents=translate("RestoreDialog", "%n documents", None, counts.get("Document", 0)))


def reason_words(reason: str) -> str:
    """Why a backup was made, in her language (a reason this version does not know as stored)."""
    words = {
        DAILY: lambda: translate("RestoreDialog", "daily"),
        MANUAL: lambda: translate("RestoreDialog", "made by hand"),
        BEFORE_RESTORE: lambda: translate("RestoreDialog", "before restore"),
        BEFORE_EMPTY_TRASH: lambda: translate("RestoreDialog", "before emptying the trash"),
        BEFORE_UPGRADE: lambda: translate("RestoreDialog", "before upgrade"),
        "": lambda: translate("RestoreDialog", "backup"),
    }.get(reason)
    if words is None and reason.startswith(BEFORE_UPGRADE + " "):
        return translate("RestoreDialog", "before upgrade from {0}").format(
            reason.removeprefix(BEFORE_UPGRADE + " from "))
    return words() if words is not None else reason


def describe_backup(backup: BackupInfo) -> str:
    when = format_when(backup.taken_at)
    if backup.damaged:
        return translate("RestoreDialog", "{when} — damaged, cannot be put back. {problem}"
                         ).format(when=when, problem=backup.problem).strip()
    return translate("RestoreDialog", "{when} — {reason} — {counts}").format(
        when=when, reason=reason_words(backup.reason), counts=counts_summary(backup.counts))


def restore_question(backup: BackupInfo) -> str:
    return translate("RestoreDialog", "The folder will be put back to how it was on {0}. A backup "
                     "of how it is now is made first. No backup is deleted.").format(
        format_when(backup.taken_at))


class RestoreDialog(QDialog):
    """Every backup of the folder, newest first; damaged ones shown but not choosable."""

    restore_chosen = Signal(object)  # BackupInfo
    backups_listed = Signal()  # the list is filled in

    def __init__(self, store: BackupStore, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            translate("RestoreDialog", "Backups of this folder are kept in {0}. Choose the "
                                       "moment to go back to.")
            .format(store.root), self))
        self.note = plain_label(translate("RestoreDialog", "Looking for backups…"), self)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("RestoreDialog", "Backups"))
        self.list.setWordWrap(True)
        self.backups: list[BackupInfo] = []
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.restore_button = editing(QPushButton(translate(
                "RestoreDialog", "&Restore this backup"), self))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        job = jobs.start(lambda _p: store.list_backups(), lane=FOLDER)  # reads every snapshot
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)

    def _on_job_finished(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        for backup in backups:
            item = QListWidgetItem(describe_backup(backup), self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
            if backup.damaged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable
                              & ~Qt.ItemFlag.ItemIsEnabled)
        if backups:
            self.note.hide()
        else:
            self.note.setText(translate(
                    "RestoreDialog", "There are no backups of this folder yet. One is made "
                                      "each day the folder is opened."))
        first_good = next((i for i, b in enumerate(backups) if not b.damaged), None)
        if first_good is not None:
            self.list.setCurrentRow(first_good)
        self.backups_listed.emit()

    def _on_job_failed(self, error: FolderError) -> None:
        self.note.setText(translate(
                "RestoreDialog", "The backups could not be listed. {0}").format(error.message))
        self.backups_listed.emit()

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        backup = item.data(Qt.ItemDataRole.UserRole)
        return backup if isinstance(backup, BackupInfo) and not backup.damaged else None

    def _on_list_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _on_buttons_accepted(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        self.accept()
        self.restore_chosen.emit(backup)

