"""The Documents tab: every stored letter, scan, photo and email, with its preview and details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document, RecordKind, Request
from infusion_desk.core.scans import PageMarks
from infusion_desk.core.text import one_line
from infusion_desk.services import Change
from infusion_desk.services.importing import ImportOutcome
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.document_dialogs import DocumentDialog
from infusion_desk.ui.dialogs.page_text_dialog import PageTextDialog
from infusion_desk.ui.documents import import_summary
from infusion_desk.ui.documents.document_details import REQUEST_ROLE, DocumentDetails
from infusion_desk.ui.documents.document_list import (
    add_tip,
    document_columns,
    empty_text,
    merge_changed,
    step_title,
)
from infusion_desk.ui.documents.document_table import DocumentTable
from infusion_desk.ui.documents.elided_label import ElidedLabel
from infusion_desk.ui.documents.file_actions import DocumentFiles
from infusion_desk.ui.documents.import_queue import BatchResult, ImportBatch, import_queue_for
from infusion_desk.ui.documents.page_area import Shape, shape_of
from infusion_desk.ui.documents.page_renderer import PageRenderer
from infusion_desk.ui.documents.paste import nothing_to_paste, pasted_batch
from infusion_desk.ui.documents.preview_panel import preview_panel
from infusion_desk.ui.documents.progress_strip import ImportProgressStrip
from infusion_desk.ui.documents.targets import big_targets
from infusion_desk.ui.editing import editing
from infusion_desk.ui.filing.dialog import FileLetterDialog, new_letters
from infusion_desk.ui.models.table import RecordFilterProxy, RecordTableModel
from infusion_desk.ui.widgets.empty_state import EmptyState
from infusion_desk.ui.widgets.proxy_selection import open_form
from infusion_desk.ui.widgets.shortcuts import widget_shortcut


class DocumentsTab(QWidget):
    """Stored documents on the left with the chosen one's details under the list; the document
    itself on the right. Files come in by drop, "Add documents…" or Ctrl+V, in the background."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown: Document | None = None  # the chosen document, whole (with its text)
        self._listed: Document | None = None  # its row in the list (without its text)
        self._mine: set[ImportBatch] = set()  # batches started from this tab or the window
        self.file_after_drop = True  # "File this letter" opens for the letters of a drop
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

        paste = widget_shortcut(QKeySequence.StandardKey.Paste, self, self.paste,
                                context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.setObjectName("paste documents")
        ctx.signals.records_changed.connect(self._on_records_changed)
        big_targets(self)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_top_bar(self) -> QWidget:
        self.top_bar = QWidget(self)
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.add_button = editing(QPushButton(translate("DocumentsTab", "&Add documents…"),
                                              self.top_bar))
        self.add_button.setToolTip(add_tip())
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.add_button)
        self.top_stack = QStackedWidget(self.top_bar)
        self.hint = ElidedLabel(translate("DocumentsTab", "…or drag files onto this window, or "
                                          "paste a picture with Ctrl+V."), self.top_stack)
        self.progress_strip = ImportProgressStrip(self.queue, self.top_stack)
        big_targets(self.progress_strip)
        self.top_stack.addWidget(self.hint)
        self.top_stack.addWidget(self.progress_strip)
        self.top_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.top_stack.setFixedHeight(max(self.hint.sizeHint().height(),
                                          self.progress_strip.sizeHint().height()))
        top.addWidget(self.top_stack, 1)
        return self.top_bar

    def _build_empty(self) -> QWidget:
        self.empty = EmptyState("", empty_text(), translate("DocumentsTab", "&Add documents…"),
                                self)
        self.empty_label, self.empty_add_button = self.empty.explain, editing(self.empty.button)
        self.empty_add_button.setToolTip(add_tip())
        self.empty_add_button.clicked.connect(self.choose_files)
        return self.empty

    def _build_table(self) -> QWidget:
        self.model = RecordTableModel(document_columns(), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DocumentTable(self)
        self.table.set_up(self.proxy, self.fontMetrics())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        return self.table

    def _build_details(self) -> QWidget:
        self.details = DocumentDetails(self)
        self.details.edit_button.clicked.connect(lambda _c=False: self.edit_document())
        self.details.file_button.clicked.connect(lambda _c=False: self.file_letters())
        self.details.delete_button.clicked.connect(lambda _c=False: self.delete_document())
        self.details.correct_text_button.clicked.connect(lambda _c=False: self.correct_text())
        self.details.show_text_button.clicked.connect(lambda _c=False: self.correct_text())
        self.details.requests_list.item_chosen.connect(self._on_requests_list_item_chosen)
        # (the names the tests and the read-only walk know them by)
        self.title_label, self.fields = self.details.title_label, self.details.fields
        self.edit_button, self.delete_button = self.details.edit_button, self.details.delete_button
        self.requests_list, self.no_requests = self.details.requests_list, self.details.no_requests
        return self.details

    def _build_preview(self) -> QWidget:
        self.panel = preview_panel(self, self.renderer, self._on_open_button_clicked,
                                   self._on_save_button_clicked, self._on_print_button_clicked,
                                   add_inside=self.add_files_inside)
        self.open_button, self.save_button, self.print_button = self.panel.buttons
        self.inside_button, self.preview = self.panel.inside_button, self.panel.preview
        return self.panel

    # ------------------------------------------------------------------ refreshing
    def refresh(self, change: Change | None = None) -> None:
        """Read the list again; given a change, read and put in place only the rows it names."""
        chosen = self._shown.id if self._shown is not None else None
        row = self.table.currentIndex().row()
        merged = change is not None and merge_changed(self._ctx.folder, self.model, change)
        if not merged:
            self.model.set_rows(self._ctx.folder.documents_listed())  # (no text: read if chosen)
            self.model.fetch_all()
        self.stack.setCurrentIndex(1 if self.model.total_count else 0)
        self._show_top_bar()
        if merged and change is not None and chosen is not None and chosen not in change.ids:
            return  # the one shown is as it was
        if chosen is not None and self._select(chosen):
            return
        if self.model.total_count:  # the shown one went away (or none was): its neighbour
            self._select_proxy_row(min(max(row, 0), self.proxy.rowCount() - 1))
        else:
            self._show(None)

    def _show_top_bar(self) -> None:
        busy = self.queue.busy
        self.top_stack.setCurrentWidget(self.progress_strip if busy else self.hint)
        self.top_bar.setVisible(busy or self.model.total_count > 0)

    def _on_records_changed(self, change: Change) -> None:
        if change.kinds & {RecordKind.DOCUMENT, RecordKind.REQUEST, RecordKind.STEP}:
            self.refresh(change)

    # ------------------------------------------------------------------ choosing
    def selected_document(self) -> Document | None:
        return self._shown

    def show_record(self, record_id: int) -> None:
        if not self._select(record_id):
            self._ctx.say(translate("DocumentsTab", "That document is no longer in the folder. "
                                    "It may be in the trash."))
            return
        self.table.setFocus()

    def show_page(self, record_id: int, page: int, marks: PageMarks | None = None) -> None:
        """Select the document and turn its preview to ``page`` (1-based), e.g. from a search,
        with the words the search found highlighted on a page read from its picture."""
        if self._shown is None or self._shown.id != record_id:
            self.show_record(record_id)
        if self._shown is not None and self._shown.id == record_id:
            self.preview.go_to(record_id, page, marks)

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
        listed = self.proxy.row_object(row)
        if self._listed is not listed:  # (unless the row change has shown it already)
            self._show(listed)
        return True

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.proxy.row_object(current.row()) if current.isValid() else None)

    # ------------------------------------------------------------------ details
    def _show(self, listed: Document | None) -> None:
        self._listed = listed  # the row chosen; it is shown read whole (rows have no text)
        self._shown = document = None if listed is None else self._whole(listed)
        self.panel.show_buttons_for(document)
        if document is None or document.id is None:
            self.details.show_document(None, step_title="", requests=[], today=self._ctx.today(),
                                       writable=False)
            self.preview.clear()
            return
        self._show_preview(document)
        self.details.show_document(
            document, step_title=step_title(self._ctx.folder, document.step_id),
            requests=self._ctx.folder.requests_for_document(document.id),
            today=self._ctx.today(), writable=not self._ctx.read_only)

    def _whole(self, listed: Document) -> Document:
        try:  # (gone meanwhile, from another window: as listed, until the refresh)
            return self._ctx.folder.get(Document, listed.id) if listed.id is not None else listed
        except FolderError:
            return listed

    def _show_preview(self, document: Document) -> None:
        assert document.id is not None
        shown = self.preview.document
        if shown is not None and (shown.id, shown.sha256, shown.preview_ok, shown.page_count) == (
                document.id, document.sha256, document.preview_ok, document.page_count):
            self.preview.document = document  # the same file: keep the page and the zoom
            self.preview.loading = None  # (and not one chosen before it and still being read)
            return
        folder, document_id = self._ctx.folder, document.id
        with_texts = shape_of(document) is Shape.TEXT
        self.preview.load(document, lambda: (folder.document_bytes(document_id),
                                             folder.page_texts(document_id) if with_texts else []),
                          self._ctx.say)

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
        return open_form(self.make_document_dialog(document))

    def correct_text(self) -> PageTextDialog | None:
        """The words of the page shown, read from its picture: to check, and correct."""
        document = self._shown
        if document is None or document.id is None:
            return None
        page = self.preview.page + 1 if self.preview.document is not None \
            and self.preview.document.id == document.id else 1
        return open_form(PageTextDialog(self._ctx, document, page, self))

    def delete_document(self) -> None:
        document = self._shown
        if document is not None:
            name = one_line(document.title or document.original_name
                            or translate("DocumentsTab", "the document"), 60)
            self._ctx.trash(document, translate("DocumentsTab", "“{name}”").format(name=name),
                            self)

    def file_letters(self, document_ids: Sequence[int] = (), *, quietly: bool = False
                     ) -> FileLetterDialog | None:
        """"File this letter": the chosen document (or the letters of a drop) beside the form.
        ``quietly`` (after a drop): it opens without taking the keyboard from what she is doing."""
        ids = list(document_ids) or ([self._shown.id] if self._shown and self._shown.id else [])
        if not ids:
            return None
        dialog = FileLetterDialog(self._ctx, ids, renderer=self.renderer, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, quietly)
        dialog.show()
        if quietly:
            self.window().activateWindow()
        return dialog

    # ------------------------------------------------------------------ adding
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("DocumentsTab", "Add documents"), "",
            translate("DocumentsTab", "Letters, scans and photos ({patterns});;All files (*)"
                      ).format(patterns="*.pdf *.png *.jpg *.jpeg *.heic *.heif *.tif *.tiff "
                               "*.gif *.bmp *.webp *.txt *.eml *.msg"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: Sequence[Path],
                     refused: Sequence[ImportOutcome] = ()) -> ImportBatch | None:
        """Add files (and the files in folders) in the background; say how it went at the end.

        ``refused``: things already turned away (web addresses dropped on the window), to be
        listed in the same summary. Returns the queued batch, or None if nothing was queued.
        """
        return self._submit(ImportBatch(tuple(paths), refused=tuple(refused)))

    def add_files_inside(self) -> ImportBatch | None:
        """Each PDF and picture inside the ZIP archive shown, added as a document of its own."""
        if self._shown is None or self._shown.id is None:
            return None
        return self._submit(ImportBatch(archive_id=self._shown.id))

    def paste(self) -> ImportBatch | None:
        """Ctrl+V: copied files are added as files, a copied picture as a PNG."""
        when = datetime.combine(self._ctx.today(), datetime.now().time())
        batch = pasted_batch(QGuiApplication.clipboard().mimeData(), when)
        if batch is None:
            self._ctx.say(nothing_to_paste())
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
        if first is not None:  # (the rows are in: the queue announced them before it ended)
            self._select(first)
        box = import_summary.report(result, self._ctx, self)
        letters = new_letters(result.outcomes) if self.file_after_drop else []
        if letters and box is not None:  # the summary first; then, when it closes, the letters
            box.finished.connect(lambda _r: self.file_letters(letters, quietly=True))
        elif letters:
            self.file_letters(letters, quietly=True)
