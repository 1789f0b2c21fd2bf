"""A quiet strip inside the window while documents are being added: what, how far, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from infusion_desk.core.text import one_line
from infusion_desk.ui.documents.import_queue import ImportBatch, ImportQueue
from infusion_desk.ui.widgets.forms import plain_label


def progress_words(done: int, total: int, name: str, waiting: int) -> str:
    """``Adding 3 of 20: scan_003.pdf`` (and how many drops wait their turn)."""
    if name:
        text = f"Adding {done + 1} of {total}: {one_line(name, 60)}"
    elif total:
        text = f"Added {done} of {total}."
    else:
        text = "Adding…"
    if waiting == 1:
        text += " — 1 more drop waiting"
    elif waiting:
        text += f" — {waiting} more drops waiting"
    return text


class ImportProgressStrip(QWidget):
    """Shown while the queue works; the window stays usable all along."""

    def __init__(self, queue: ImportQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label("", self, wrap=False)
        self.label.setAccessibleName("Adding documents")
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName("How far adding documents has got")
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Stop adding documents after the file being added now. "
                                      "The ones already added stay in the folder.")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        queue.batch_started.connect(self._on_queue_batch_started)
        queue.progress_changed.connect(self._on_queue_progress_changed)
        queue.busy_changed.connect(self._on_queue_busy_changed)
        self.setVisible(queue.busy)

    def _on_queue_busy_changed(self, busy: bool) -> None:
        self.setVisible(busy)
        self.cancel_button.setEnabled(True)

    def _on_queue_batch_started(self, _batch: ImportBatch) -> None:
        self.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)  # busy until the first file is counted
        self.label.setText(progress_words(0, 0, "", self._queue.waiting))

    def _on_queue_progress_changed(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if self.cancel_button.isEnabled():
            self.label.setText(progress_words(done, total, name, self._queue.waiting))

    def _on_cancel_button_clicked(self) -> None:
        self._queue.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText("Stopping after the file being added now…")
