"""The list of documents: its columns and their words (the table is in document_table.py)."""

from __future__ import annotations

from infusion_desk.core.dates import format_day, format_short
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document, DocumentKind, RecordKind, Step
from infusion_desk.core.scans import is_unopened
from infusion_desk.core.text import one_line
from infusion_desk.services import Change, Folder
from infusion_desk.ui.dialogs.document_dialogs import kind_tooltip
from infusion_desk.ui.models.table import Column, RecordTableModel

TITLE, KIND, DATED, RECEIVED, SENDER, PAGES = range(6)


def empty_text() -> str:
    return translate("DocumentList", "No documents yet. Drag scanned letters or photos onto this "
                     "window, or click Add documents…")


def add_tip() -> str:
    return translate("DocumentList", "Add scanned letters, photos, PDFs or emails from this "
                     "computer. You can also drag them onto this window, or paste a copied "
                     "picture with Ctrl+V.")


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
        return translate("DocumentList", "%n bytes", None, size)
    if size < 1024 * 1024:
        return translate("DocumentList", "{size} KB").format(size=f"{size / 1024:.0f}")
    return translate("DocumentList", "{size} MB").format(size=f"{size / (1024 * 1024):.1f}")


def being_read_text() -> str:
    """What the Kind column says of a PDF whose pages are still being read."""
    return translate("DocumentList", "Being read…")


def being_read_tip() -> str:
    return translate("DocumentList", "It is still being read: its pages, its words and what "
                     "kind of paper it is come in a moment.")


def being_read(document: Document) -> bool:
    """A PDF just added, not opened yet (its row is there before its pages are)."""
    return is_unopened(document.media_type, document.page_count, document.read_state)


def _title_tip(document: Document) -> str:
    if not document.original_name:
        return document.title
    return translate("DocumentList", "{title}\nFile: {file}").format(
        title=document.title, file=document.original_name)


def _kind_text(document: Document) -> str:
    return being_read_text() if being_read(document) else document.kind.label


def _kind_tip(document: Document) -> str:
    """The kind in full (the column may be narrow), and what an EOB is."""
    if being_read(document):
        return being_read_tip()
    return kind_tooltip(document.kind) or document.kind.label


def document_columns() -> list[Column]:
    """The list's columns, in the language in place when the list is made."""
    return [
        Column(translate("DocumentList", "Title"), lambda d: one_line(d.title, 200),
               tooltip=_title_tip),
        Column(translate("DocumentList", "Kind"), _kind_text, tooltip=_kind_tip,
               header_tooltip=translate("DocumentList", "What kind of paper it is. {eob}").format(
                   eob=kind_tooltip(DocumentKind.EOB))),
        Column(translate("DocumentList", "Date on letter"),
               lambda d: format_short(d.document_date),
               tooltip=lambda d: format_day(d.document_date),
               sort_key=lambda d: d.document_date.isoformat() if d.document_date else ""),
        Column(translate("DocumentList", "Received"), lambda d: format_short(d.received_on),
               tooltip=lambda d: format_day(d.received_on),
               sort_key=lambda d: d.received_on.isoformat() if d.received_on else ""),
        Column(translate("DocumentList", "From"), lambda d: one_line(d.sender, 120),
               tooltip=lambda d: d.sender),
        Column(translate("DocumentList", "Pages"),
               lambda d: str(d.page_count) if d.page_count else "",
               sort_key=lambda d: d.page_count, align_right=True),
    ]
