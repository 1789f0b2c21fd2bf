"""The window's status bar: what was just done (with Undo), the job strip, and the standing note
that changes save themselves. A message too long for the room left beside the job strip ends in
"…" and is shown whole in its tooltip (it was cut off mid-word)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from infusion_desk.ui.job_strip import JobStrip
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

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self._more = ""
        if self.gives_way is not None:
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


def build_status_bar(w: MainWindow) -> None:
    bar = w.statusBar()
    line = StatusLine(w)
    w.status_label = line
    w.undo_button = QPushButton(w.tr("Undo"), w)
    w.undo_button.setFlat(True)
    w.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
    w.undo_button.setToolTip(w.tr("Take back the last change (Ctrl+Z)"))
    w.undo_button.setStyleSheet("QPushButton { text-decoration: underline; }")
    w.undo_button.hide()
    w.undo_button.clicked.connect(w.on_undo_button_clicked)
    w.job_strip = JobStrip(w.jobs, w)
    bar.addWidget(w.status_label, 1)
    bar.addWidget(w.undo_button)
    bar.addWidget(w.job_strip)
    w.job_strip.hide()
    w.saved_note = QLabel(w.tr("Every change is saved as you make it."), w)
    w.saved_note.setTextFormat(Qt.TextFormat.PlainText)
    w.saved_note.setToolTip(w.tr(
        "There is no Save button: everything you type or change is kept in the folder file "
        "at once. Deleted things go to the trash and can be brought back with Undo."))
    bar.addPermanentWidget(w.saved_note)
    line.gives_way = w.saved_note
    w.status_timer = QTimer(w)
    w.status_timer.setSingleShot(True)
    w.status_timer.setInterval(MESSAGE_SECONDS * 1000)
    w.status_timer.timeout.connect(w.clear_status)
