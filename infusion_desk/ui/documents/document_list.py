"""The list of documents: its columns, and a table whose title column takes the room the others
leave (the less needed columns step aside when the list is narrow)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from infusion_desk.core.dates import format_day, format_short
from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import Document, RecordKind, Step
from infusion_desk.core.scans import is_unopened
from infusion_desk.core.text import one_line
from infusion_desk.services import Change, Folder
from infusion_desk.ui.dialogs.document_dialogs import EOB_TIP, kind_tooltip
from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel

TITLE, KIND, DATED, RECEIVED, SENDER, PAGES = range(6)
EMPTY_TEXT = ("No documents yet. Drag scanned letters or photos onto this window, or click "
              "Add documents…")
ADD_TIP = ("Add scanned letters, photos, PDFs or emails from this computer. You can also drag "
           "them onto this window, or paste a copied picture with Ctrl+V.")


MERGE_AT_MOST = 200  # documents changed at once that are put in place; more: the list is read again


def merge_changed(folder: Folder, model: RecordTableModel, change: Change) -> bool:
    """Put the documents a change names in the list in place (added, or changed), without
    reading every document again: an import announces its new rows every 400 ms, and reading
    5,000 rows again each time stopped the window for half a second. False when the change
    needs the whole list read again (something trashed, other kinds of records, many ids)."""
    if (change.kinds != {RecordKind.DOCUMENT} or change.trashed or not change.ids
            or len(change.ids) > MERGE_AT_MOST or not model.sorts_itself()):
        return False
    rows = folder.documents_listed_by_id(sorted(change.ids))
    if len(rows) != len(change.ids):  # one went to the trash or away meanwhile
        return False
    model.merge_rows(sorted(rows, key=lambda d: d.id, reverse=True))  # (as listed: newest first)
    return True


def step_title(folder: Folder, step_id: int | None) -> str:
    """The step a document belongs to, in words ("—" for none, or one gone)."""
    if step_id is None:
        return "—"
    try:
        return folder.get(Step, step_id).display_title
    except FolderError:
        return "—"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


BEING_READ = "Being read…"
BEING_READ_TIP = ("It is still being read: its pages, its words and what kind of paper it is "
                  "come in a moment.")


def being_read(document: Document) -> bool:
    """A PDF just added, not opened yet (its row is there before its pages are)."""
    return is_unopened(document.media_type, document.page_count, document.read_state)


COLUMNS = [
    Column("Title", lambda d: one_line(d.title, 200),
           tooltip=lambda d: d.title + (f"\nFile: {d.original_name}" if d.original_name else "")),
    Column("Kind", lambda d: BEING_READ if being_read(d) else d.kind.label,
           tooltip=lambda d: BEING_READ_TIP if being_read(d) else kind_tooltip(d.kind),
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

    def set_up(self, proxy: RecordFilterProxy, metrics: QFontMetrics) -> None:
        """Show ``proxy``: whole rows, newest first, each column as wide as its words."""
        self.setModel(proxy)
        self.setAccessibleName("Documents")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(max(28, metrics.height() + 12))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bold = header.font()
        bold.setBold(True)
        heads = QFontMetrics(bold)
        pad = metrics.averageCharWidth() * 3
        for column, sample in ((KIND, "Prior-authorization"), (DATED, "Sep 30, 2026"),
                               (RECEIVED, "Sep 30, 2026"), (SENDER, "Silverpine Health"),
                               (PAGES, "999")):
            header_text = str(COLUMNS[column].header)
            self.natural_widths[column] = max(metrics.horizontalAdvance(sample),
                                              heads.horizontalAdvance(header_text)) + pad
            header.resizeSection(column, self.natural_widths[column])
        self.setSortingEnabled(True)
        self.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 5)

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
