"""The window's status bar: what was just done (with Undo), the job strip, and the standing note
that changes save themselves. A message too long for the room left beside the job strip ends in
"…" and is shown whole in its tooltip (it was cut off mid-word)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.job_strip import JobStrip
from infusion_desk.ui.shared.places import is_shared
from infusion_desk.ui.widgets.forms import plain_tip

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow

MESSAGE_SECONDS = 15  # a message stays this long, then the bar is quiet again


class StatusLine(QLabel):
    """One line of plain text that fits the room it is given: ``text()`` is the whole message,
    what shows ends in "…" when it does not fit, and the tooltip then holds the whole message.
    ``setToolTip`` adds more to say about this message (a new message drops it).

    ``gives_way``: a standing note that is hidden while a message does not fit beside it (shown
    again with the next message, never back and forth within one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(6, 0, 0, 0)  # off the window's edge
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = ""
        self._more = ""
        self.gives_way: QWidget | None = None
        self.room_for_note: Callable[[], bool] = lambda: True  # (else the note stays away)

    def text(self) -> str:
        return self._whole

    def make_room_again(self) -> None:
        """There may be room for the standing note again: shown unless this message needs it."""
        if self.gives_way is not None:
            self.gives_way.show()
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self._more = ""
        if self.gives_way is not None and self.room_for_note():
            self.gives_way.show()
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def setToolTip(self, more: str) -> None:  # noqa: N802 - Qt's name
        self._more = more
        self._fit()

    def shown_text(self) -> str:
        """What can be read in the bar (``text()`` cut short when it does not fit)."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        if shown != self._whole and self.gives_way is not None and self.gives_way.isVisible():
            self.gives_way.hide()  # more room: the layout gives it, and this is fitted again
        self.setAccessibleName(self._whole)
        whole = self._whole if shown != self._whole else ""
        super().setToolTip(plain_tip("\n\n".join(t for t in (whole, self._more) if t)))


class GivesWayToJobs(QObject):
    """The standing note steps aside while the job strip leaves no room for it (at large text
    sizes: it was cut mid-word), and comes back when there is room again."""

    def __init__(self, w: MainWindow) -> None:
        super().__init__(w.job_strip)
        self._w = w
        w.job_strip.installEventFilter(self)
        w.statusBar().installEventFilter(self)

    def room_for_note(self) -> bool:
        w = self._w
        taken = w.job_strip.sizeHint().width() if w.job_strip.isVisible() else 0
        taken += w.undo_button.sizeHint().width() if w.undo_button.isVisible() else 0
        message = w.saved_note.fontMetrics().averageCharWidth() * 24  # a short message's room
        return taken + w.saved_note.sizeHint().width() + message <= w.statusBar().width()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            if not self.room_for_note():
                self._w.saved_note.hide()
            elif not self._w.saved_note.isVisible():
                line = self._w.status_label
                if isinstance(line, StatusLine):
                    line.make_room_again()
        return False


def build_status_bar(w: MainWindow) -> None:
    bar = w.statusBar()
    line = StatusLine(w)
    w.status_label = line
    w.undo_button = QPushButton(w)
    w.undo_button.setFlat(True)
    w.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
    w.undo_button.setStyleSheet("QPushButton { text-decoration: underline; }")
    w.undo_button.hide()
    w.undo_button.clicked.connect(w.on_undo_button_clicked)
    w.job_strip = JobStrip(w.jobs, w)
    bar.addWidget(w.status_label, 1)
    bar.addWidget(w.undo_button)
    bar.addWidget(w.job_strip)
    w.job_strip.hide()
    w.saved_note = QLabel(w)
    w.saved_note.setTextFormat(Qt.TextFormat.PlainText)
    # At 200 % text the note and a job's words are wider than some windows: they may be
    # narrowed (a long message already makes the note give way), never widen the window.
    w.saved_note.setMinimumWidth(w.saved_note.fontMetrics().averageCharWidth() * 12)
    w.job_strip.label.setMinimumWidth(w.job_strip.fontMetrics().averageCharWidth() * 12)
    bar.addPermanentWidget(w.saved_note)
    line.gives_way = w.saved_note
    line.room_for_note = GivesWayToJobs(w).room_for_note
    w.status_timer = QTimer(w)
    w.status_timer.setSingleShot(True)
    w.status_timer.setInterval(MESSAGE_SECONDS * 1000)
    w.status_timer.timeout.connect(w.clear_status)
    speak_again(w)


def speak_again(w: MainWindow) -> None:
    """The status bar's own words, in the language now in place (a message already shown stays
    as it was said)."""
    w.statusBar().setAccessibleName(translate("StatusBar", "Status line"))
    w.status_label.setAccessibleDescription(translate("StatusBar", "What was just done"))
    w.undo_button.setText(translate("StatusBar", "Undo"))
    w.undo_button.setAccessibleName(translate("StatusBar", "Undo the last change"))
    w.undo_button.setToolTip(translate("StatusBar", "Take back the last change (Ctrl+Z)"))
    say_how_changes_are_kept(w)
    w.job_strip.speak_again()


def say_how_changes_are_kept(w: MainWindow) -> None:
    """The standing note: changes save themselves, or nothing can be changed (read-only)."""
    if w.ctx is not None and w.ctx.folder.read_only:
        w.saved_note.setText(translate("StatusBar", "Open for reading only: nothing can be "
                                       "changed."))
        w.saved_note.setToolTip(translate("StatusBar", "This folder was opened only to look at "
                                          "it. Nothing you do here changes it."))
        return
    if w.ctx is not None and is_shared(w.ctx.folder):
        w.saved_note.setText(translate("StatusBar", "Every change is saved on the server, and "
                                                    "everyone who shares this folder sees it."))
        w.saved_note.setToolTip(translate(
            "StatusBar", "There is no Save button: everything you type or change is kept on "
                         "the server at once, for everyone who shares this folder. Deleted "
                         "things go to the trash and can be brought back with Undo."))
        return
    w.saved_note.setText(translate("StatusBar", "Every change is saved as you make it."))
    w.saved_note.setToolTip(translate(
        "StatusBar", "There is no Save button: everything you type or change is kept in the "
                     "folder file at once. Deleted things go to the trash and can be brought "
                     "back with Undo."))
