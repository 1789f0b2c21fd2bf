"""Backups as the window shows them: the day's backup in the background, and choosing one to
put back."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
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
from infusion_desk.services.backups import BackupInfo, BackupStore
from infusion_desk.ui.widgets.forms import plain_label

log = logging.getLogger(__name__)

SUMMARY_KINDS = (("Request", "request", "requests"), ("Call", "call", "calls"),
                 ("Document", "document", "documents"))


def counts_summary(counts: dict[str, int]) -> str:
    """``23 requests, 30 calls, 16 documents``."""
    parts = []
    for label, one, many in SUMMARY_KINDS:
        n = counts.get(label, 0)
        parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def describe_backup(backup: BackupInfo) -> str:
    when = format_when(backup.taken_at)
    if backup.damaged:
        return f"{when} — damaged, cannot be put back. {backup.problem}".strip()
    reason = backup.reason or "backup"
    return f"{when} — {reason} — {counts_summary(backup.counts)}"


def restore_question(backup: BackupInfo) -> str:
    return (f"The folder will be put back to how it was on {format_when(backup.taken_at)}. "
            "A backup of how it is now is made first. No backup is deleted.")


class BackgroundJob(QObject):
    """Runs one function on a plain Python thread; ``finished`` arrives on the GUI thread with
    its result, or with the FolderError it raised."""

    finished = Signal(object)  # the result, or a FolderError

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._thread = threading.Thread(target=self._run, name="infusion-desk-job",
                                        daemon=False)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float | None = None) -> None:
        if self._thread.is_alive() or self._thread.ident is not None:
            self._thread.join(timeout)

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        result: object
        try:
            result = self._work()
        except FolderError as exc:
            log.warning("a background job failed: %s", exc.detail or exc.message)
            result = exc
        except Exception as exc:  # a bug: logged; the window just says nothing
            log.exception("a background job failed unexpectedly")
            result = exc
        self.finished.emit(result)


class RestoreDialog(QDialog):
    """Every backup of the folder, newest first; damaged ones shown but not choosable."""

    restore_chosen = Signal(object)  # BackupInfo

    def __init__(self, store: BackupStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            f"Backups of this folder are kept in {store.root}. Choose the moment to go back to.",
            self))
        self.list = QListWidget(self)
        self.list.setAccessibleName("Backups")
        self.list.setWordWrap(True)
        self.backups = store.list_backups()
        for backup in self.backups:
            item = QListWidgetItem(describe_backup(backup), self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
            if backup.damaged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable
                              & ~Qt.ItemFlag.ItemIsEnabled)
        if not self.backups:
            layout.addWidget(plain_label("There are no backups of this folder yet. One is "
                                         "made each day the folder is opened.", self))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton("Restore this backup", self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        first_good = next((i for i, b in enumerate(self.backups) if not b.damaged), None)
        if first_good is not None:
            self.list.setCurrentRow(first_good)

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

