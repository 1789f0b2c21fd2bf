"""Files dropped on a request in the ledger: added to the folder (if new) and kept with that
request; if it is not marked as sent yet, she is asked whether to mark it as sent today with
these papers, and only a yes records a sent date. Dropped anywhere else on the ledger, they are
simply added, as on the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QRubberBand, QTableView, QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document, Request
from infusion_desk.core.text import one_line
from infusion_desk.services import Folder
from infusion_desk.services.importing import ImportStatus
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents import import_summary
from infusion_desk.ui.documents.dropped import can_take, split_urls
from infusion_desk.ui.documents.import_queue import (
    FROM_LEDGER,
    BatchResult,
    ImportBatch,
    import_queue_for,
)
from infusion_desk.ui.documents.progress_strip import ImportProgressStrip
from infusion_desk.ui.drop_feedback import (
    dragged_count,
    drop_words,
    hide_drop_area,
    show_drop_area,
)
from infusion_desk.ui.editing import editing

_DRAG_EVENTS = frozenset({QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave,
                          QEvent.Type.Drop})


class LedgerDrop(QObject):
    """Watches the ledger's rows for dropped files. ``request_at_row`` maps a view row to its
    request; ``dropped_on`` is told which request got files (to select it).

    For the window's drop area: :attr:`drag_over_request` says which request files are being
    dragged over (None when they leave its rows), and :meth:`request_under` which request's row
    is under a point of the screen (the rows take the drop while files are over them, so the
    window is not told of those moves itself)."""

    drag_over_request = Signal(object)  # the Request under dragged files, or None

    def __init__(self, ctx: FolderContext, table: QTableView,
                 request_at_row: Callable[[int], Request | None],
                 dropped_on: Callable[[int], None], parent: QWidget, *,
                 sent_another_day: Callable[[int], object] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._table = table
        self._request_at_row = request_at_row
        self._dropped_on = dropped_on
        self._sent_another_day = sent_another_day
        self._parent = parent
        self._mine: dict[ImportBatch, int] = {}  # batches dropped here -> their request
        self.queue = import_queue_for(ctx, parent.parentWidget() or parent)
        self.queue.batch_finished.connect(self._on_queue_batch_finished)
        self.progress_strip = ImportProgressStrip(self.queue, parent)
        self._viewport = table.viewport()
        self._marker = QRubberBand(QRubberBand.Shape.Rectangle, self._viewport)
        self._viewport.setAcceptDrops(True)
        self._viewport.installEventFilter(self)

    def request_at(self, position: QPoint) -> Request | None:
        """The request of the row at ``position`` (in the table's viewport), if any."""
        index = self._table.indexAt(position)
        return self._request_at_row(index.row()) if index.isValid() else None

    def request_under(self, global_position: QPoint) -> Request | None:
        """The request whose row is under ``global_position`` (a point of the screen) and that
        dropped files would be saved with: None off the rows, with the table hidden, or in a
        folder open read-only."""
        if self._ctx.read_only or not self._viewport.isVisible():
            return None
        local = self._viewport.mapFromGlobal(global_position)
        if not self._viewport.rect().contains(local):
            return None
        return self.request_at(local)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in _DRAG_EVENTS or watched is not self._viewport:
            return False  # (also while the table is being taken down)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            return self._on_drag_moved(event)
        if kind == QEvent.Type.DragLeave:
            self._marker.hide()
            hide_drop_area(self._table)
            self.drag_over_request.emit(None)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self._marker.hide()
            hide_drop_area(self._table, dropped=True)
            self.drag_over_request.emit(None)
            return self._on_dropped(event)
        return False

    def _on_drag_moved(self, event: QDragMoveEvent) -> bool:
        position = event.position().toPoint()
        request = self.request_at(position) if can_take(event.mimeData()) else None
        if request is None or self._ctx.read_only:
            self._marker.hide()
            self.drag_over_request.emit(None)
            event.ignore()  # the window takes it: the files are added, to no request
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        row = self._table.rowAt(position.y())
        self._marker.setGeometry(QRect(0, self._table.rowViewportPosition(row),
                                       self._viewport.width(), self._table.rowHeight(row)))
        self._marker.show()
        show_drop_area(self._table, drop_words(dragged_count(event.mimeData()), request.what))
        self.drag_over_request.emit(request)
        return True

    def _on_dropped(self, event: QDropEvent) -> bool:
        request = self.request_at(event.position().toPoint())
        if request is None or request.id is None or not can_take(event.mimeData()):
            event.ignore()
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        paths, refused = split_urls(event.mimeData().urls())
        batch = ImportBatch(tuple(paths), refused=tuple(refused), request_id=request.id,
                            source=FROM_LEDGER)
        if self.queue.submit(batch):
            self._mine[batch] = request.id
        self._dropped_on(request.id)
        return True

    def _on_queue_batch_finished(self, result: BatchResult) -> None:
        request_id = self._mine.pop(result.batch, None)
        if request_id is None:
            return
        try:
            request = self._ctx.folder.get(Request, request_id)
        except FolderError:  # deleted while the files were read: they are in the folder anyway
            import_summary.report(result, self._ctx, self._parent)
            return
        title = one_line(request.what, 80)
        import_summary.report(result, self._ctx, self._parent, title)
        papers = kept_papers(result, self._ctx.folder)
        if papers and request.submitted_on is None and not self._ctx.read_only:
            self._ask_to_mark_sent(request_id, title, papers)

    def _ask_to_mark_sent(self, request_id: int, title: str, papers: list[int]) -> None:
        """Ask, without blocking the window, whether these papers went out, and when."""
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("LedgerDrop", "Did you send it?"),
            translate("LedgerDrop", "Did you send “{request}” today, with what you just added?"
                      ).format(request=title),
            QMessageBox.StandardButton.NoButton, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate(
            "LedgerDrop", "What you added stays with this request whatever you choose."))
        today = editing(box.addButton(translate("LedgerDrop", "&Yes, I sent it today"),
                                      QMessageBox.ButtonRole.YesRole))
        other_day = editing(box.addButton(translate("LedgerDrop", "I sent it &another day…"),
                                          QMessageBox.ButtonRole.ActionRole))
        if self._sent_another_day is None:
            other_day.hide()
        box.addButton(translate("LedgerDrop", "&Not sent yet"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(today)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is today:
                day = self._ctx.today()
                self._ctx.perform(lambda: self._ctx.folder.ledger.note_sent_with_papers(
                    request_id, papers, on=day), self._parent)
            elif clicked is other_day and self._sent_another_day is not None:
                self._sent_another_day(request_id)  # the Mark as sent form, papers ticked
            else:
                self._ctx.say(translate("LedgerDrop", "Saved with “{request}”. It is not marked "
                                        "as sent yet.").format(request=title))

        box.finished.connect(answered)
        box.open()


def kept_papers(result: BatchResult, folder: Folder) -> list[int]:
    """The documents of a finished batch that are now kept with its request."""
    return [o.document.id for o in result.outcomes
            if o.document is not None and o.document.id is not None
            and o.status is not ImportStatus.REFUSED
            and not folder.is_trashed(Document, o.document.id)]
