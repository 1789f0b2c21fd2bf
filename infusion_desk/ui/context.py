"""What every screen of an open folder receives: the folder's services, the clock, change signals,
undoable actions and a place to say things in the status bar.

Widgets never reach into each other: a change is made through :class:`FolderContext`, the service
announces it once, and every view that cares refreshes itself from ``records_changed``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from infusion_desk import APP_NAME
from infusion_desk.core.errors import EditConflictError, FolderError, ServerUnreachableError
from infusion_desk.core.i18n import translate
from infusion_desk.core.ocr import PageReader
from infusion_desk.core.records import Record, kind_of
from infusion_desk.core.text import one_line
from infusion_desk.services import Change, Done, Folder, Undo
from infusion_desk.services.outbox import KeptForLaterError, Sent, saved_words
from infusion_desk.services.reading import OverviewRead
from infusion_desk.services.remote_changes import EVERYTHING
from infusion_desk.ui.conflicts import settle_conflict
from infusion_desk.ui.jobs import JobRunner
from infusion_desk.ui.outbox_keeping import OutboxKeeper
from infusion_desk.ui.remote_updates import RemoteUpdates

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)
T = TypeVar("T")
PageReaderFactory = Callable[[], AbstractContextManager[PageReader]]


def _tesseract() -> AbstractContextManager[PageReader]:
    """The app's own reader of scans; it (and Pillow) loads when a scan is first read."""
    from infusion_desk.documents.reading_pictures import make_page_reader

    return make_page_reader()


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


class _OperationCommand(QUndoCommand):
    """An operation already carried out. Undo and Redo replay the inverse the services handed
    back (``Done.undo``); each replay hands back the next one. The first redo is skipped."""

    def __init__(self, folder: Folder, undo: Undo, on_error: Callable[[FolderError], None]
                 ) -> None:
        super().__init__(undo.label)
        self._folder = folder
        self._next: Undo | None = undo
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        if self._next is None:
            return
        try:
            self._next = self._folder.records.undo(self._next).undo
        except FolderError as exc:
            self._on_error(exc)


class FolderContext:
    """One open folder as the screens see it."""

    def __init__(self, folder: Folder, *, clock: Callable[[], date] = date.today,
                 parent: QObject | None = None, jobs: JobRunner | None = None,
                 page_reader_factory: PageReaderFactory | None = None) -> None:
        self.folder = folder
        self.jobs = jobs if jobs is not None else JobRunner(parent)  # the window's, normally
        # What reads the pictures of scans (``documents.reading_pictures.make_page_reader``).
        self.page_reader_factory: PageReaderFactory = page_reader_factory or _tesseract
        self.clock = clock
        self.signals = FolderSignals(parent)
        self.undo_stack = QUndoStack(parent)
        self._worker_changes = _WorkerChanges(self.signals.records_changed.emit, self.signals)
        self._first_read: OverviewRead | None = None
        folder.subscribe(self._on_folder_changed)
        # A shared folder: changes kept while its server is away, and others' changes heard.
        self.outbox = OutboxKeeper(self.jobs, self._on_outbox_saved, self._on_outbox_refused,
                                   self.signals)
        self.outbox.round_done.connect(self._on_outbox_round_done)
        self.remote = RemoteUpdates(folder, self._on_remote_change, self.outbox.server_answers,
                                    self.signals)

    def keep_first_read(self, read: OverviewRead | None) -> None:
        """What opening read for the first screen, off the window's thread (or None)."""
        self._first_read = read

    def take_first_read(self) -> OverviewRead | None:
        """The first screen's read, once: later screens read afresh."""
        read, self._first_read = self._first_read, None
        return read

    def close(self) -> None:
        self.remote.stop()
        if dropped := self.outbox.forget():  # she chose to lose them (``kept_changes``)
            log.warning("the folder closed with %d changes still waiting for the server", dropped)
        self.outbox.stop()
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

    def _on_remote_change(self, change: Change) -> None:
        """Someone else changed the shared folder: every view refreshes as after a change made
        here (an open form keeps what she typed; a save over a newer version is told)."""
        self.signals.records_changed.emit(change)
        if change != EVERYTHING:  # (everything: read again after the server came back)
            self.say(translate("FolderContext", "Updated with a change made by someone else."))

    def flush_background_changes(self) -> None:
        """Announce now what background work changed (e.g. when an import has finished)."""
        self._worker_changes.flush()

    # ------------------------------------------------------------------ messages
    def say(self, text: str, *, undoable: bool = False) -> None:
        self.signals.status_message.emit(text, undoable)

    def show_error(self, error: FolderError, parent: QWidget | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if error.detail:
            box.setDetailedText(error.detail)
        box.exec()

    # ------------------------------------------------------------------ operations
    def perform(self, operation: Callable[[], Done[T]], parent: QWidget | None = None, *,
                label: str = "", say: str | None = None, offer_undo: bool = False,
                in_form: bool = False) -> Done[T] | None:
        """Carry out one service operation; its Undo goes on the undo stack.

        Known trouble is told plainly and gives ``None`` (nothing was stored) — in a message
        box, or, ``in_form``, raised for the form to show beside what she typed. A save that
        someone else's came before shows both versions for her to choose (``ui.conflicts``).
        The status bar says ``say`` or, if not given, what the operation says it stored.
        """
        # Kept if the server is away; made safe to try again (``services.resending``): a try
        # whose connection dropped while the server stored it is not made twice.
        operation = self.folder.sent_once(operation)
        if self.outbox.waiting:  # behind the changes kept for the server, in order
            self._keep(operation, label, say, offer_undo, in_form)
            return None
        try:
            try:
                done = operation()
            except EditConflictError as conflict:  # someone else saved it first: she chooses
                settled = settle_conflict(self, conflict, operation, parent)
                if settled is None:
                    return None
                done = settled
        except ServerUnreachableError:  # nothing stored: kept, saved when the server is back
            self._keep(operation, label, say, offer_undo, in_form)
            return None
        except FolderError as exc:
            if in_form:
                raise
            self.show_error(exc, parent)
            return None
        self._after(done, label, say, offer_undo)
        return done

    def _after(self, done: Done[T], label: str, say: str | None, offer_undo: bool) -> None:
        if done.undo is not None:
            undo = replace(done.undo, label=label) if label else done.undo
            self.undo_stack.push(_OperationCommand(self.folder, undo, self._on_replay_failed))
        message = done.message if say is None else say
        if message:
            self.say(message, undoable=offer_undo and done.undo is not None)

    def _keep(self, operation: Callable[[], Done[T]], label: str, say: str | None,
              offer_undo: bool, in_form: bool) -> None:
        """Keep a change the server could not take (the banner says so); a form closes."""
        self.outbox.keep(label, operation, label_given=label, say=say, offer_undo=offer_undo)
        kept = KeptForLaterError()
        if in_form:
            raise kept
        self.say(kept.message)

    def _on_replay_failed(self, error: FolderError) -> None:
        """Undo or Redo failed. The server's usual sentence promises to keep what she typed,
        which is not so for an Undo: said plainly instead."""
        if isinstance(error, ServerUnreachableError):
            error = FolderError(translate(
                "FolderContext", "The server cannot be reached right now, so this could not be "
                "undone or redone. Nothing was changed. Try again when it is back."), error.detail)
        self.show_error(error)

    def _on_outbox_saved(self, sent: Sent) -> None:
        assert sent.done is not None
        options = sent.waiting.options
        self._after(sent.done, str(options.get("label_given", "")), "", False)

    def _on_outbox_refused(self, sent: Sent) -> None:
        """A kept change the server refused: someone else's save came first (she chooses in
        the conflict view, as for any save), or other known trouble, told."""
        error = sent.error
        assert error is not None
        if not isinstance(error, EditConflictError):
            self.show_error(error)
            return
        try:
            done = settle_conflict(self, error, sent.waiting.operation, None)
        except ServerUnreachableError:  # gone again while she chose: kept once more
            self.outbox.keep(sent.waiting.label, sent.waiting.operation, **sent.waiting.options)
            return
        except FolderError as exc:
            self.show_error(exc)
            return
        if done is not None:
            self._after(done, str(sent.waiting.options.get("label_given", "")), "", False)

    def _on_outbox_round_done(self, saved: int) -> None:
        self.say(saved_words(saved))

    def add(self, record: R, what: str, parent: QWidget | None = None, *,
            in_form: bool = False) -> R | None:
        """Store a new record and return it (with its id); ``None`` after saying why it failed
        (``in_form``: raised for the form, as :meth:`perform` does; kept for the server:
        ``KeptForLaterError``, and the form closes)."""
        done = self.perform(lambda: self.folder.records.add(record), parent,
                            label=translate("FolderContext", "Add {0}").format(what),
                            say=translate("FolderContext", "Saved {0}.").format(what),
                            in_form=in_form)
        return None if done is None else done.value

    def update(self, old: R, new: R, what: str, parent: QWidget | None = None, *,
               in_form: bool = False) -> R | None:
        """Save an edited record; Undo puts the old values back (``in_form``: as for
        :meth:`add`)."""
        if old == new:
            return new
        done = self.perform(lambda: self.folder.records.update(new), parent,
                            label=translate("FolderContext", "Edit {0}").format(what),
                            say=translate("FolderContext", "Saved."), in_form=in_form)
        return None if done is None else done.value

    def trash(self, record: Record, what: str, parent: QWidget | None = None) -> bool:
        """Move a record to the trash with Undo right there."""
        if record.id is None:
            return False
        record_id = record.id
        done = self.perform(lambda: self.folder.records.trash(type(record), record_id), parent,
                            label=translate("FolderContext", "Delete {0}").format(what),
                            say=translate("FolderContext", "Moved {0} to the trash.").format(
                                one_line(what, 60)), offer_undo=True)
        return done is not None

    def open_record(self, record: Record) -> None:
        if record.id is not None:
            self.signals.show_record.emit(kind_of(record), record.id)
