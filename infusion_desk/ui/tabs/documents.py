"""The Documents tab: every stored letter, scan, photo and email, with its preview and details."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_day, format_short
from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import Document, RecordKind, Request, Step
from infusion_desk.core.rules import request_state
from infusion_desk.core.text import one_line
from infusion_desk.services import Change
from infusion_desk.services.importing import ImportOutcome, ImportStatus, summary_line
from infusion_desk.services.importing import import_files as import_into_folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.document_dialogs import EOB_TIP, DocumentDialog, kind_tooltip
from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel
from infusion_desk.ui.widgets.forms import heading, plain_label

TITLE, KIND, DATED, RECEIVED, SENDER, PAGES = range(6)
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SUMMARY_LINES = 12
EMPTY_TEXT = ("No documents yet. Drag scanned letters or photos onto this window, or click "
              "Add documents…")
ADD_TIP = ("Add scanned letters, photos, PDFs or emails from this computer. You can also drag "
           "them onto this window.")


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


COLUMNS = [
    Column("Title", lambda d: one_line(d.title, 200),
           tooltip=lambda d: d.title + (f"\nFile: {d.original_name}" if d.original_name else "")),
    Column("Kind", lambda d: d.kind.label, tooltip=lambda d: kind_tooltip(d.kind),
           header_tooltip="What kind of paper it is. " + EOB_TIP),
    Column("Date on letter", lambda d: format_short(d.document_date),
           tooltip=lambda d: format_day(d.document_date),
           sort_key=lambda d: d.document_date.isoformat() if d.document_date else ""),
    Column("Received", lambda d: format_short(d.received_on),
           tooltip=lambda d: format_day(d.received_on),
           sort_key=lambda d: d.received_on.isoformat() if d.received_on else ""),
    Column("From", lambda d: one_line(d.sender, 120)),
    Column("Pages", lambda d: str(d.page_count) if d.page_count else "",
           sort_key=lambda d: d.page_count, align_right=True),
]


class OpenableList(QListWidget):
    """A short list whose entries open with a click or Enter."""

    item_chosen = Signal(object)  # QListWidgetItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemClicked.connect(self.item_chosen.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.item_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        rows = sum(self.sizeHintForRow(r) for r in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)


class DocumentTable(QTableView):
    """The list of documents: the title takes the room the other columns leave, but never so
    little that it cannot be read (then the table scrolls sideways)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_title()

    def fit_title(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE)
        least = self.fontMetrics().averageCharWidth() * 24
        header.resizeSection(TITLE, max(least, self.viewport().width() - others))


class DocumentsTab(QWidget):
    """Stored documents on the left, the chosen one's preview and details on the right."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown: Document | None = None
        self.dialog: DocumentDialog | None = None  # the form opened last (kept for tests)
        self.summary_box: QMessageBox | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        self.top_bar = QWidget(self)
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton("Add documents…", self.top_bar)
        self.add_button.setToolTip(ADD_TIP)
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.add_button)
        top.addWidget(plain_label("…or drag files onto this window.", self.top_bar), 1)
        outer.addWidget(self.top_bar)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_table())
        self.splitter.addWidget(self._build_details())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.stack.addWidget(self.splitter)

        ctx.signals.records_changed.connect(self._on_records_changed)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = plain_label(EMPTY_TEXT, page)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.empty_add_button = QPushButton("Add documents…", page)
        self.empty_add_button.setToolTip(ADD_TIP)
        self.empty_add_button.clicked.connect(self.choose_files)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _build_table(self) -> QWidget:
        self.model = RecordTableModel(COLUMNS, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DocumentTable(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Documents")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            max(28, self.fontMetrics().height() + 12))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        bold = header.font()
        bold.setBold(True)
        heads = QFontMetrics(bold)
        pad = metrics.averageCharWidth() * 3
        for column, sample in ((KIND, "Prior-authorization"), (DATED, "Sep 30, 2026"),
                               (RECEIVED, "Sep 30, 2026"), (SENDER, "Silverpine Health"),
                               (PAGES, "999")):
            header_text = str(COLUMNS[column].header)
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             heads.horizontalAdvance(header_text)) + pad)
        header.sectionResized.connect(self._on_header_section_resized)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        return self.table

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != TITLE:
            self.table.fit_title()

    def _build_details(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel = QWidget(scroll)
        scroll.setWidget(panel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(16, 0, 8, 8)
        layout.setSpacing(10)
        self.nothing_chosen = plain_label("Choose a document on the left to see it here.", panel)
        layout.addWidget(self.nothing_chosen)

        self.details = QWidget(panel)
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        self.preview = QLabel(self.details)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setAccessibleName("Preview of the first page")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        inner.addWidget(self.preview)
        self.title_label = heading("", self.details, scale=1.15)
        inner.addWidget(self.title_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("kind", "What it is"), ("dated", "Date on the letter"),
                             ("received", "Received"), ("sender", "From"), ("pages", "Pages"),
                             ("file", "File"), ("step", "Coverage step"), ("notes", "Notes")):
            value = plain_label("", self.details)
            value.setAccessibleName(caption)
            form.addRow(plain_label(caption, self.details), value)
            self.fields[key] = value
        inner.addLayout(form)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton("Edit…", self.details)
        self.edit_button.setAccessibleName("Edit the document's details")
        self.edit_button.clicked.connect(lambda _c=False: self.edit_document())
        self.delete_button = QPushButton("Delete", self.details)
        self.delete_button.setAccessibleName("Delete the document")
        self.delete_button.setToolTip("Move this document to the trash. Undo brings it back.")
        self.delete_button.clicked.connect(lambda _c=False: self.delete_document())
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)

        inner.addWidget(heading("Sent with these requests", self.details, scale=1.0))
        self.requests_list = OpenableList(self.details)
        self.requests_list.setAccessibleName("Requests this document was sent for")
        self.requests_list.item_chosen.connect(self._on_requests_list_item_chosen)
        inner.addWidget(self.requests_list)
        self.no_requests = plain_label(
            "Not sent with any request yet. To note that you sent it, open the request on the "
            "Requests tab.", self.details)
        inner.addWidget(self.no_requests)
        layout.addWidget(self.details)
        layout.addStretch(1)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        return scroll

    # ------------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        chosen = self._shown.id if self._shown is not None else None
        row = self.table.currentIndex().row()
        documents = self._ctx.folder.documents()
        self.model.set_rows(documents)
        self.model.fetch_all()
        self.stack.setCurrentIndex(1 if documents else 0)
        self.top_bar.setVisible(bool(documents))
        if chosen is not None and self._select(chosen):
            return
        if documents:  # the shown one went away (or none was): show its neighbour, or the newest
            self._select_proxy_row(min(max(row, 0), self.proxy.rowCount() - 1))
        else:
            self._show(None)

    def _on_records_changed(self, change: Change) -> None:
        if change.kinds & {RecordKind.DOCUMENT, RecordKind.REQUEST, RecordKind.STEP}:
            self.refresh()

    # ------------------------------------------------------------------ choosing
    def selected_document(self) -> Document | None:
        return self._shown

    def show_record(self, record_id: int) -> None:
        if not self._select(record_id):
            self._ctx.say("That document is no longer in the folder. It may be in the trash.")
            return
        self.table.setFocus()

    def _select(self, document_id: int) -> bool:
        row = self.model.row_of_id(document_id)
        if row is None:
            return False
        return self._select_proxy_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _select_proxy_row(self, row: int) -> bool:
        index = self.proxy.index(row, 0)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show(self.proxy.row_object(row))
        return True

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.proxy.row_object(current.row()) if current.isValid() else None)

    # ------------------------------------------------------------------ details
    def _show(self, document: Document | None) -> None:
        self._shown = document
        self.details.setVisible(document is not None)
        self.nothing_chosen.setVisible(document is None)
        if document is None or document.id is None:
            return
        self._show_preview(document)
        self.title_label.setText(document.title or document.original_name or "Untitled")
        self.title_label.setAccessibleName(self.title_label.text())
        self.fields["kind"].setText(document.kind.label)
        self.fields["kind"].setToolTip(kind_tooltip(document.kind))
        self.fields["dated"].setText(format_day(document.document_date) or "—")
        self.fields["received"].setText(format_day(document.received_on) or "—")
        self.fields["sender"].setText(document.sender or "—")
        self.fields["pages"].setText(str(document.page_count) if document.page_count else "—")
        size = _size_text(document.size) if document.size else ""
        self.fields["file"].setText(", ".join(p for p in (document.original_name, size) if p)
                                    or "—")
        self.fields["step"].setText(self._step_title(document.step_id))
        self.fields["notes"].setText(document.notes or "—")
        writable = not self._ctx.read_only
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        self._show_requests(self._ctx.folder.requests_for_document(document.id))

    def _show_preview(self, document: Document) -> None:
        assert document.id is not None
        data = self._ctx.folder.thumbnail(document.id)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            limit = self.fontMetrics().averageCharWidth() * 40
            if pixmap.width() > limit:
                pixmap = pixmap.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
            self.preview.setFrameShape(QFrame.Shape.Box)
            self.preview.setPixmap(pixmap)
            frame = 2 * self.preview.frameWidth()
            self.preview.setFixedSize(pixmap.width() + frame, pixmap.height() + frame)
            self.preview.setAccessibleDescription("A small picture of the first page.")
            return
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setPixmap(QPixmap())
        self.preview.setMinimumSize(0, 0)
        self.preview.setMaximumSize(16777215, 16777215)
        text = "No preview"
        if not document.preview_ok:
            text += (" — this file could not be previewed. It is saved in the folder, and you "
                     "can still open it with the program you normally use for it.")
        self.preview.setText(text)
        self.preview.setAccessibleDescription(text)

    def _step_title(self, step_id: int | None) -> str:
        if step_id is None:
            return "—"
        try:
            return self._ctx.folder.get(Step, step_id).display_title
        except FolderError:
            return "—"

    def _show_requests(self, requests: list[Request]) -> None:
        self.requests_list.clear()
        today = self._ctx.today()
        for request in requests:
            sent = format_day(request.submitted_on)
            state = request_state(request, today).label
            text = f"{one_line(request.what, 100)} — {state}" + (f", {sent}" if sent else "")
            item = QListWidgetItem(text)
            item.setData(REQUEST_ROLE, request.id)
            item.setToolTip("Click or press Enter to open this request.")
            self.requests_list.addItem(item)
        self.requests_list.setVisible(bool(requests))
        self.requests_list.updateGeometry()
        self.no_requests.setVisible(not requests)

    def _on_requests_list_item_chosen(self, item: QListWidgetItem) -> None:
        try:
            request = self._ctx.folder.get(Request, int(item.data(REQUEST_ROLE)))
        except FolderError as exc:
            self._ctx.say(exc.message)
            return
        self._ctx.open_record(request)

    # ------------------------------------------------------------------ edit and delete
    def make_document_dialog(self, document: Document) -> DocumentDialog:
        return DocumentDialog(self._ctx, document, self)

    def edit_document(self) -> DocumentDialog | None:
        document = self._shown
        if document is None or self._ctx.read_only:
            return None
        dialog = self.make_document_dialog(document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_document(self) -> None:
        document = self._shown
        if document is not None:
            name = one_line(document.title or document.original_name or "the document", 60)
            self._ctx.trash(document, f"“{name}”", self)

    # ------------------------------------------------------------------ adding
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Add documents", "",
            "Letters, scans and photos (*.pdf *.png *.jpg *.jpeg *.heic *.heif *.tif *.tiff "
            "*.gif *.bmp *.webp *.txt *.eml *.msg);;All files (*)")
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: Sequence[Path]) -> list[ImportOutcome]:
        """Add files (and the files in folders) to the folder, then say how it went."""
        if self._ctx.read_only:
            self._ctx.say("This folder is open read-only, so nothing can be added to it.")
            return []
        progress = QProgressDialog("Adding documents…", "Cancel", 0, max(1, len(paths)), self)
        progress.setWindowTitle("Adding documents")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(600)
        progress.setAutoClose(False)

        def report(done: int, total: int, name: str) -> None:
            progress.setMaximum(max(1, total))
            progress.setLabelText(f"Adding {name}…" if name else "Finishing…")
            progress.setValue(done)

        try:
            outcomes = import_into_folder(self._ctx.folder, list(paths), today=self._ctx.today(),
                                          progress=report, cancelled=progress.wasCanceled)
        except FolderError as exc:
            progress.close()
            self._ctx.show_error(exc, self)
            return []
        progress.close()
        progress.deleteLater()
        self._report(outcomes)
        first = next((o.document for o in outcomes if o.document is not None
                      and o.document.id is not None
                      and o.status is not ImportStatus.REFUSED), None)
        if first is not None and first.id is not None:
            self._select(first.id)
        return outcomes

    def _report(self, outcomes: Sequence[ImportOutcome]) -> None:
        if not outcomes:
            self._ctx.say("There was nothing to add.")
            return
        if len(outcomes) == 1:
            self._ctx.say(outcomes[0].message)
            return
        lines = [o.message for o in outcomes]
        text = summary_line(outcomes) + "\n\n" + "\n".join(lines[:MAX_SUMMARY_LINES])
        if len(lines) > MAX_SUMMARY_LINES:
            text += f"\n…and {len(lines) - MAX_SUMMARY_LINES} more (see Show Details)."
        box = QMessageBox(QMessageBox.Icon.Information, "Documents added", text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if len(lines) > MAX_SUMMARY_LINES:
            box.setDetailedText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_box = box
        box.open()
