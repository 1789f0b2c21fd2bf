"""A quiet strip inside the window while documents are being added: what, how far, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.text import one_line
from infusion_desk.ui.documents.import_queue import ImportBatch, ImportQueue
from infusion_desk.ui.widgets.progress_strip import ProgressStrip


def progress_words(done: int, total: int, name: str, waiting: int) -> str:
    """``Adding 3 of 20: scan_003.pdf`` (and how many drops wait their turn)."""
    if name:
        text = translate("ImportProgress", "Adding {number} of {total}: {name}").format(
            number=done + 1, total=total, name=one_line(name, 60))
    elif total:
        text = translate("ImportProgress", "Added {done} of {total}.").format(
            done=done, total=total)
    else:
        text = translate("ImportProgress", "Adding…")
    if waiting:
        text = translate("ImportProgress", "{progress} — %n more drops waiting", None,
                         waiting).format(progress=text)
    return text


class ImportProgressStrip(ProgressStrip):
    """Shown while the queue works; the window stays usable all along."""

    def __init__(self, queue: ImportQueue, parent: QWidget | None = None) -> None:
        super().__init__(translate("ImportProgress", "Adding documents"),
                         translate("ImportProgress", "Stop adding documents after the file being "
                                   "added now. The ones already added stay in the folder."),
                         parent)
        self._queue = queue
        self.cancel_clicked.connect(self._on_cancel_clicked)
        queue.batch_started.connect(self._on_queue_batch_started)
        queue.progress_changed.connect(self._on_queue_progress_changed)
        queue.busy_changed.connect(self._on_queue_busy_changed)
        self.setVisible(queue.busy)

    def _on_queue_busy_changed(self, busy: bool) -> None:
        self.setVisible(busy)
        self.cancel_button.setEnabled(True)

    def _on_queue_batch_started(self, _batch: ImportBatch) -> None:
        self.begin(progress_words(0, 0, "", self._queue.waiting))

    def _on_queue_progress_changed(self, done: int, total: int, name: str) -> None:
        self.advance(done, max(1, total), progress_words(done, total, name, self._queue.waiting))

    def _on_cancel_clicked(self) -> None:
        self._queue.cancel()
        self.label.setText(translate("ImportProgress", "Stopping after the file being added now…"))
