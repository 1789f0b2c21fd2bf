"""What every screen of an open folder receives: the folder's services, the clock, change signals,
undoable actions and a place to say things in the status bar.

Widgets never reach into each other: a change is made through :class:`FolderContext`, the service
announces it once, and every view that cares refreshes itself from ``records_changed``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import Record, kind_of
from infusion_desk.core.text import one_line
from infusion_desk.services import Change, Folder
from infusion_desk.ui.jobs import JobRunner

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)


class FolderSignals(QObject):
    """Re-emits the service's change notices as one Qt signal."""

    records_changed = Signal(object)  # services.Change
    status_message = Signal(str, bool)  # text, offer "Undo"
    show_record = Signal(object, int)  # RecordKind, id: ask the window to open a record


class _WorkerChanges(QObject):
    """Changes announced on a background thread (issue 4: documents are imported off the GUI
    thread), handed to the GUI thread and merged: at most one ``records_changed`` every
    ``INTERVAL_MS``, the first at once. Without merging, twenty imported files made every tab
    refresh twenty times and the window stalled for most of a second at a time.

    Thread-safety: ``add`` may be called from any thread; everything else runs on the GUI
    thread, where this object lives (the ``arrived`` signal is queued to it).
    """

    INTERVAL_MS = 400
    arrived = Signal()

    def __init__(self, emit: Callable[[Change], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._emit = emit
        self._lock = threading.Lock()
        self._pending: Change | None = None
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setInterval(self.INTERVAL_MS)
        self._cooldown.timeout.connect(self._on_cooldown_timeout)
        self.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)

    def add(self, change: Change) -> None:
        with self._lock:
            pending = self._pending
            first = pending is None
            self._pending = change if pending is None else Change(
                pending.kinds | change.kinds, pending.ids | change.ids,
                pending.trashed or change.trashed)
        if first:
            self.arrived.emit()

    def _on_arrived(self) -> None:
        if not self._cooldown.isActive():
            self.flush()

    def _on_cooldown_timeout(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Announce what has arrived so far (GUI thread only)."""
        with self._lock:
            change, self._pending = self._pending, None
        if change is not None:
            self._cooldown.start()
            self._emit(change)


class _DoneCommand(QUndoCommand):
    """An action already carried out; ``undo``/``redo`` replay it. The first redo is skipped."""

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None],
                 on_error: Callable[[FolderError], None]) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except FolderError as exc:
            self._on_error(exc)


class FolderContext:
    """One open folder as the screens see it."""

    def __init__(self, folder: Folder, *, clock: Callable[[], date] = date.today,
                 parent: QObject | None = None, jobs: JobRunner | None = None) -> None:
        self.folder = folder
        self.jobs = jobs if jobs is not None else JobRunner(parent)  # the window's, normally
        self.clock = clock
        self.signals = FolderSignals(parent)
        self.undo_stack = QUndoStack(parent)
        self._worker_changes = _WorkerChanges(self.signals.records_changed.emit, self.signals)
        folder.subscribe(self._on_folder_changed)

    def close(self) -> None:
        self.folder.unsubscribe(self._on_folder_changed)
        self.undo_stack.clear()

    def today(self) -> date:
        return self.clock()

    @property
    def read_only(self) -> bool:
        return self.folder.read_only

    def _on_folder_changed(self, change: Change) -> None:
        # Thread-safety fix for background imports (issue 4): a change made on another thread
        # is handed to the GUI thread (merged with those right behind it); one made here is
        # announced at once, as before.
        if QThread.currentThread() is self.signals.thread():
            self.signals.records_changed.emit(change)
        else:
            self._worker_changes.add(change)

    def flush_background_changes(self) -> None:
        """Announce now what background work changed (e.g. when an import has finished)."""
        self._worker_changes.flush()

    # ------------------------------------------------------------------ messages
    def say(self, text: str, *, undoable: bool = False) -> None:
        self.signals.status_message.emit(text, undoable)

    def show_error(self, error: FolderError, parent: QWidget | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Infusion Desk", error.message,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if error.detail:
            box.setDetailedText(error.detail)
        box.exec()

    # ------------------------------------------------------------------ undoable actions
    def add(self, record: R, what: str, parent: QWidget | None = None) -> R | None:
        """Store a new record and return it (with its id); ``None`` after saying why it failed."""
        try:
            saved = self.folder.add(record)
        except FolderError as exc:
            self.show_error(exc, parent)
            return None
        assert saved.id is not None
        cls: type[Any] = type(saved)
        record_id = saved.id
        self._push(f"Add {what}",
                   undo=lambda: self.folder.trash(cls, record_id),
                   redo=lambda: self.folder.restore(cls, record_id))
        self.say(f"Saved {what}.")
        return saved

    def update(self, old: R, new: R, what: str, parent: QWidget | None = None) -> R | None:
        """Save an edited record; Undo puts the old values back."""
        if old == new:
            return new
        try:
            saved = self.folder.update(new)
        except FolderError as exc:
            self.show_error(exc, parent)
            return None
        self._push(f"Edit {what}",
                   undo=lambda: self._update_quietly(old),
                   redo=lambda: self._update_quietly(new))
        self.say("Saved.")
        return saved

    def _update_quietly(self, record: Record) -> None:
        current = self.folder.get(type(record), record.id or 0)
        self.folder.update(replace(record, id=current.id))

    def trash(self, record: Record, what: str, parent: QWidget | None = None) -> bool:
        """Move a record to the trash with Undo right there."""
        cls, record_id = type(record), record.id
        if record_id is None:
            return False
        try:
            self.folder.trash(cls, record_id)
        except FolderError as exc:
            self.show_error(exc, parent)
            return False
        self._push(f"Delete {what}",
                   undo=lambda: self.folder.restore(cls, record_id),
                   redo=lambda: self.folder.trash(cls, record_id))
        self.say(f"Moved {one_line(what, 60)} to the trash.", undoable=True)
        return True

    def run(self, action: Callable[[], object], parent: QWidget | None = None) -> bool:
        """Run a service action that is not undoable; report known trouble plainly."""
        try:
            action()
        except FolderError as exc:
            self.show_error(exc, parent)
            return False
        return True

    def push_done(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        """Record an action that was already carried out, so Ctrl+Z / "Undo" can take it back."""
        self.undo_stack.push(_DoneCommand(text, undo, redo, self.show_error))

    def _push(self, text: str, *, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        self.push_done(text, undo, redo)

    def open_record(self, record: Record) -> None:
        if record.id is not None:
            self.signals.show_record.emit(kind_of(record), record.id)
