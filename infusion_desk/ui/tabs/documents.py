"""The Documents tab: every stored letter, scan, photo and email, with its preview and details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
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
    QPushButton,
    QScrollArea,
    QSizePolicy,
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
from infusion_desk.services.importing import ImportOutcome
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.document_dialogs import EOB_TIP, DocumentDialog, kind_tooltip
from infusion_desk.ui.documents import import_summary
from infusion_desk.ui.documents.file_actions import DocumentFiles
from infusion_desk.ui.documents.import_queue import BatchResult, ImportBatch, import_queue_for
from infusion_desk.ui.documents.page_area import Shape, shape_of
from infusion_desk.ui.documents.page_renderer import PageRenderer
from infusion_desk.ui.documents.paste import NOTHING_TO_PASTE, pasted_batch
from infusion_desk.ui.documents.preview import DocumentPreview
from infusion_desk.ui.documents.progress_strip import ImportProgressStrip
from infusion_desk.ui.editing import editing
from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel
from infusion_desk.ui.widgets.forms import heading, plain_label

TITLE, KIND, DATED, RECEIVED, SENDER, PAGES = range(6)
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_TEXT = ("No documents yet. Drag scanned letters or photos onto this window, or click "
              "Add documents…")
ADD_TIP = ("Add scanned letters, photos, PDFs or emails from this computer. You can also drag "
           "them onto this window, or paste a copied picture with Ctrl+V.")


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
    """The list of documents: the title takes the room the other columns leave. When the list
    is narrow (the page preview needs room too), the less needed columns step aside — pages
    first, then the day it came, who sent it, its kind — so the title stays readable; they come
    back when there is room. Everything hidden here is shown beside the list."""

    DROP_ORDER = (PAGES, RECEIVED, SENDER, KIND)
    TITLE_CHARS = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.natural_widths: dict[int, int] = {}  # column -> the width its words need

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_title()

    def fit_title(self) -> None:
        header = self.horizontalHeader()
        least = self.fontMetrics().averageCharWidth() * self.TITLE_CHARS
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        widths = {c: self.natural_widths.get(c, header.sectionSize(c))
                  for c in range(header.count()) if c != TITLE}
        hidden: set[int] = set()
        for column in self.DROP_ORDER:
            if room - sum(w for c, w in widths.items() if c not in hidden) >= least:
                break
            hidden.add(column)
        for column, width in widths.items():
            self.setColumnHidden(column, column in hidden)
            if column not in hidden and header.sectionSize(column) != width:
                header.resizeSection(column, width)
        others = sum(w for c, w in widths.items() if c not in hidden)
        header.resizeSection(TITLE, max(least, room - others))


class DocumentsTab(QWidget):
    """Stored documents on the left with the chosen one's details under the list; the document
    itself on the right. Files come in by drop, "Add documents…" or Ctrl+V, in the background."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown: Document | None = None
        self._mine: set[ImportBatch] = set()  # batches started from this tab or the window
        self.dialog: DocumentDialog | None = None  # the form opened last (kept for tests)
        self.summary_box: import_summary.ImportSummary | None = None
        self.queue = import_queue_for(ctx, parent or self)
        self.queue.batch_finished.connect(self._on_queue_batch_finished)
        self.queue.busy_changed.connect(self._on_queue_busy_changed)
        self.renderer = PageRenderer(ctx.jobs, self)
        renderer = self.renderer
        self.destroyed.connect(lambda *_a: renderer.close())  # its PDF worker goes with the tab
        self.files = DocumentFiles(ctx, self.renderer, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        outer.addWidget(self._build_top_bar())
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.left = QSplitter(Qt.Orientation.Vertical, self.splitter)
        self.left.setChildrenCollapsible(False)
        self.left.addWidget(self._build_table())
        self.left.addWidget(self._build_details())
        self.left.setStretchFactor(0, 1)
        self.left.setStretchFactor(1, 1)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self._build_preview())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 620])
        self.left.setSizes([400, 400])
        self.stack.addWidget(self.splitter)

        paste = QShortcut(QKeySequence.StandardKey.Paste, self, self.paste,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.setObjectName("paste documents")
        ctx.signals.records_changed.connect(self._on_records_changed)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_top_bar(self) -> QWidget:
        self.top_bar = QWidget(self)
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.add_button = editing(QPushButton("Add documents…", self.top_bar))
        self.add_button.setToolTip(ADD_TIP)
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.add_button)
        self.top_stack = QStackedWidget(self.top_bar)
        self.hint = plain_label("…or drag files onto this window, or paste a picture with "
                                "Ctrl+V.", self.top_stack, wrap=False)
        self.progress_strip = ImportProgressStrip(self.queue, self.top_stack)
        self.top_stack.addWidget(self.hint)
        self.top_stack.addWidget(self.progress_strip)
        self.top_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.top_stack.setFixedHeight(max(self.hint.sizeHint().height(),
                                          self.progress_strip.sizeHint().height()))
        top.addWidget(self.top_stack, 1)
        return self.top_bar

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_label = plain_label(EMPTY_TEXT, page)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.empty_add_button = editing(QPushButton("Add documents…", page))
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
            self.table.natural_widths[column] = max(metrics.horizontalAdvance(sample),
                                                    heads.horizontalAdvance(header_text)) + pad
            header.resizeSection(column, self.table.natural_widths[column])
        header.sectionResized.connect(self._on_header_section_resized)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        return self.table

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if column != TITLE and new > 0 and new != self.table.natural_widths.get(column):
            self.table.natural_widths[column] = new  # she widened or narrowed it herself
            self.table.fit_title()

    def _build_details(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel = QWidget(scroll)
        scroll.setWidget(panel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(10)
        self.nothing_chosen = plain_label("Choose a document in the list to see it here.", panel)
        layout.addWidget(self.nothing_chosen)

        self.details = QWidget(panel)
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        self.title_label = heading("", self.details, scale=1.15)
        inner.addWidget(self.title_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("kind", "What it is"), ("dated", "Date on the letter"),
                             ("received", "Received"), ("sender", "From"), ("file", "File"),
                             ("step", "Coverage step"), ("notes", "Notes")):
            value = plain_label("", self.details)
            value.setAccessibleName(caption)
            form.addRow(plain_label(caption, self.details), value)
            self.fields[key] = value
        inner.addLayout(form)

        buttons = QHBoxLayout()
        self.edit_button = editing(QPushButton("Edit details…", self.details))
        self.edit_button.setAccessibleName("Edit the document's details")
        self.edit_button.setToolTip("Change the title, what it is, its dates, who sent it and "
                                    "your notes. The file itself never changes.")
        self.edit_button.clicked.connect(lambda _c=False: self.edit_document())
        self.delete_button = editing(QPushButton("Delete", self.details))
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
            "Not sent with any request yet. To note that you sent it, drag it onto the request "
            "on the Requests tab, or open the request and use “Mark as sent…”.", self.details)
        inner.addWidget(self.no_requests)
        layout.addWidget(self.details)
        layout.addStretch(1)
        return scroll

    def _build_preview(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        actions = QHBoxLayout()
        self.open_button = QPushButton("Open with…", panel)
        self.open_button.setToolTip("Open a copy with the program this computer uses for this "
                                    "kind of file (to zoom, print or send it from there).")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_button = QPushButton("Save a copy…", panel)
        self.save_button.setToolTip("Save the file exactly as it was added, for example to "
                                    "email it or put it on a USB stick.")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button = QPushButton("Print…", panel)
        self.print_button.setToolTip("Print this document.")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        for button in (self.open_button, self.save_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.preview = DocumentPreview(self.renderer, panel)
        self.preview.setAccessibleName("Preview of the document")
        self.preview.open_requested.connect(self._on_open_button_clicked)
        layout.addWidget(self.preview, 1)
        self.preview_panel = panel
        return panel

    # ------------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        chosen = self._shown.id if self._shown is not None else None
        row = self.table.currentIndex().row()
        documents = self._ctx.folder.documents()
        self.model.set_rows(documents)
        self.model.fetch_all()
        self.stack.setCurrentIndex(1 if documents else 0)
        self._show_top_bar()
        if chosen is not None and self._select(chosen):
            return
        if documents:  # the shown one went away (or none was): show its neighbour, or the newest
            self._select_proxy_row(min(max(row, 0), self.proxy.rowCount() - 1))
        else:
            self._show(None)

    def _show_top_bar(self) -> None:
        busy = self.queue.busy
        self.top_stack.setCurrentWidget(self.progress_strip if busy else self.hint)
        self.top_bar.setVisible(busy or self.model.total_count > 0)

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

    def show_page(self, record_id: int, page: int) -> None:
        """Select the document and turn its preview to ``page`` (1-based), e.g. from a search."""
        if self._shown is None or self._shown.id != record_id:
            self.show_record(record_id)
        if self._shown is not None and self._shown.id == record_id:
            self.preview.show_page(page)

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
        document = self.proxy.row_object(row)
        if self._shown is not document:  # (unless the row change has shown it already)
            self._show(document)
        return True

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.proxy.row_object(current.row()) if current.isValid() else None)

    # ------------------------------------------------------------------ details
    def _show(self, document: Document | None) -> None:
        self._shown = document
        self.details.setVisible(document is not None)
        self.nothing_chosen.setVisible(document is None)
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(document is not None)
        if document is None or document.id is None:
            self.preview.clear()
            return
        self._show_preview(document)
        self.title_label.setText(document.title or document.original_name or "Untitled")
        self.title_label.setAccessibleName(self.title_label.text())
        self.fields["kind"].setText(document.kind.label)
        self.fields["kind"].setToolTip(kind_tooltip(document.kind))
        self.fields["dated"].setText(format_day(document.document_date) or "—")
        self.fields["received"].setText(format_day(document.received_on) or "—")
        self.fields["sender"].setText(document.sender or "—")
        pages = (f"{document.page_count} pages" if document.page_count > 1
                 else "1 page" if document.page_count == 1 else "")
        size = _size_text(document.size) if document.size else ""
        self.fields["file"].setText(", ".join(p for p in (document.original_name, pages, size)
                                              if p) or "—")
        self.fields["step"].setText(self._step_title(document.step_id))
        self.fields["notes"].setText(document.notes or "—")
        writable = not self._ctx.read_only
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        printable = shape_of(document) is not Shape.NONE
        self.print_button.setEnabled(printable)
        self.print_button.setToolTip("Print this document." if printable else
                                     "This file cannot be printed from here. Use “Open with…” "
                                     "and print it from that program.")
        self._show_requests(self._ctx.folder.requests_for_document(document.id))

    def _show_preview(self, document: Document) -> None:
        assert document.id is not None
        shown = self.preview.document
        if shown is not None and (shown.id, shown.sha256, shown.preview_ok) == (
                document.id, document.sha256, document.preview_ok):
            self.preview.document = document  # the same file: keep the page and the zoom
            self.preview.loading = None  # (and not one chosen before it and still being read)
            return
        folder, document_id = self._ctx.folder, document.id
        with_texts = shape_of(document) is Shape.TEXT
        self.preview.load(document, lambda: (folder.document_bytes(document_id),
                                             folder.page_texts(document_id) if with_texts else []),
                          self._ctx.say)

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

    # ------------------------------------------------------------------ the file itself
    def _on_open_button_clicked(self) -> None:
        if self._shown is not None:
            self.files.open_with(self._shown)

    def _on_save_button_clicked(self) -> None:
        if self._shown is not None:
            self.files.save_copy(self._shown)

    def _on_print_button_clicked(self) -> None:
        if self._shown is not None:
            self.files.print_document(self._shown)

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

    def import_files(self, paths: Sequence[Path],
                     refused: Sequence[ImportOutcome] = ()) -> ImportBatch | None:
        """Add files (and the files in folders) in the background; say how it went at the end.

        ``refused``: things already turned away (web addresses dropped on the window), to be
        listed in the same summary. Returns the queued batch, or None if nothing was queued.
        """
        return self._submit(ImportBatch(tuple(paths), refused=tuple(refused)))

    def paste(self) -> ImportBatch | None:
        """Ctrl+V: copied files are added as files, a copied picture as a PNG."""
        when = datetime.combine(self._ctx.today(), datetime.now().time())
        batch = pasted_batch(QGuiApplication.clipboard().mimeData(), when)
        if batch is None:
            self._ctx.say(NOTHING_TO_PASTE)
            return None
        return self._submit(batch)

    def _submit(self, batch: ImportBatch) -> ImportBatch | None:
        if not self.queue.submit(batch):
            return None
        self._mine.add(batch)
        self._show_top_bar()
        return batch

    def _on_queue_busy_changed(self, _busy: bool) -> None:
        self._show_top_bar()

    def _on_queue_batch_finished(self, result: BatchResult) -> None:
        if result.batch not in self._mine:
            return
        self._mine.discard(result.batch)
        first = result.first_document_id
        if first is not None:
            self.refresh()
            self._select(first)
        self.summary_box = import_summary.report(result, self._ctx, self)
