"""The window's status bar: what was just done (with Undo), the job strip, and the standing note
that changes save themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from infusion_desk.ui.job_strip import JobStrip

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow

MESSAGE_SECONDS = 15  # a message stays this long, then the bar is quiet again


def build_status_bar(w: MainWindow) -> None:
    bar = w.statusBar()
    w.status_label = QLabel(w)
    w.status_label.setTextFormat(Qt.TextFormat.PlainText)
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
    w.status_timer = QTimer(w)
    w.status_timer.setSingleShot(True)
    w.status_timer.setInterval(MESSAGE_SECONDS * 1000)
    w.status_timer.timeout.connect(w.clear_status)
