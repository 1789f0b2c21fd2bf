"""Operations on any record: add, edit, move to the trash and back, the patient's profile, a new
document's bytes, emptying the trash, and undoing any operation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, TypeVar

from infusion_desk.core.i18n import translate
from infusion_desk.core.ocr import ReadState
from infusion_desk.core.records import (
    RECORD_TYPES,
    Document,
    Profile,
    Record,
    RecordKind,
    kind_of,
    kind_of_type,
)
from infusion_desk.core.scans import PageText, first_read_state
from infusion_desk.core.text import one_line
from infusion_desk.services.backup_policy import BEFORE_EMPTY_TRASH
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.deadline_keeping import (
    ProposalKeeper,
    kept_ids,
    restore_parts,
    undo_parts,
)
from infusion_desk.services.operation_base import Announce, Operations
from infusion_desk.storage.deadline_queries import DeadlineQueries, Kept
from infusion_desk.storage.document_storage import DocumentStorage
from infusion_desk.storage.store import Store

R = TypeVar("R", bound=Record)


class SafetyBackups(Protocol):
    """Takes a snapshot of a folder file before a risky change (``services.backups``)."""

    def snapshot(self, source: Path, reason: str) -> object: ...


class Records(Operations):
    """Operations that work alike on every kind of record."""

    def __init__(self, store: Store, announce: Announce, documents: DocumentStorage) -> None:
        super().__init__(store, announce)
        self._documents = documents
        self._keeper = ProposalKeeper(store)
        self.backups: SafetyBackups | None = None

    def add(self, record: R) -> Done[R]:
        """Store a new record; undo moves it to the trash. An approval with an end date, or a
        call whose words promise a call-back, gets its deadline in the same go."""
        with self._store.writing() as s:
            saved = self._store.add(record, s)
            kept = self._keeper.keep(self._keeper.proposed_for(saved), s)
        assert saved.id is not None
        kind = kind_of(saved)
        _moved, added = undo_parts([kept])
        undo = Undo(translate("RecordChanges", "Add {kind}").format(kind=kind.label.lower()),
                    trash=(RecordRef(type(saved), saved.id), *added))
        return self._done(saved, _with_deadline(Change.of(kind, ids=[saved.id]), kept),
                          "Saved.", undo)

    def update(self, record: R) -> Done[R]:
        """Save an edited record; undo puts the values it had back (and the deadline it
        moved, as for :meth:`add`, or withdrew: an approval that is no longer one)."""
        if record.id is None:
            raise ValueError("cannot update a record that was never stored")
        old = self._store.get(type(record), record.id)
        with self._store.writing() as s:
            saved = self._store.update(record, s)
            kept = self._keeper.keep_for(saved, s)
        moved, added = undo_parts([kept])
        undo = Undo(translate(
            "RecordChanges",
            "Edit {kind}").format(
                kind=kind_of(saved).label.lower()), put_back=(old, *moved), trash=added,
                    restore=restore_parts([kept]))
        return self._done(saved, _with_deadline(Change.of(kind_of(saved), ids=[record.id]),
                                                kept), "Saved.", undo)

    def trash(self, cls: type[Record], record_id: int) -> Done[None]:
        """Move a record to the trash; undo brings it back."""
        self._store.trash(cls, record_id)
        kind = kind_of_type(cls)
        undo = Undo(translate(
            "RecordChanges",
            "Delete {kind}").format(
                kind=kind.label.lower()), restore=(RecordRef(cls, record_id),))
        return self._done(None, Change.of(kind, ids=[record_id], trashed=True),
                          translate("RecordChanges", "Moved to the trash."), undo)

    def restore(self, cls: type[Record], record_id: int) -> Done[None]:
        """Bring a record back from the trash; undo moves it back there."""
        self._store.restore(cls, record_id)
        kind = kind_of_type(cls)
        undo = Undo(translate(
            "RecordChanges",
            "Restore {kind}").format(kind=kind.label.lower()), trash=(RecordRef(cls, record_id),))
        return self._done(None, Change.of(kind, ids=[record_id]), translate(
            "RecordChanges", "Taken out of the trash."), undo)

    def save_profile(self, profile: Profile) -> Done[Profile]:
        """Save the patient and therapy basics; undo puts the earlier ones back."""
        old = self._store.profile()
        saved = self._store.save_profile(profile)
        undo = Undo(translate("RecordChanges", "Edit patient and therapy"), profile=old)
        return self._done(saved, undo.change, "Saved.", undo)

    def add_document(self, document: Document, data: bytes | Iterable[bytes], *,
                     pages: Sequence[str] = (), thumbnail: bytes | None = None) -> Done[Document]:
        """Store a new document with its bytes (kept once per hash); undo moves it to the trash.

        ``data`` may come in chunks (a large file read again from the disk), adding up to the
        document's ``size`` and ``sha256``; if they do not, FileChangedError and nothing is
        stored."""
        saved = self._documents.add_document(_with_read_state(document, pages), data, pages,
                                             thumbnail)
        assert saved.id is not None
        undo = Undo(translate(
            "RecordChanges", "Add document"), trash=(RecordRef(Document, saved.id),))
        return self._done(saved, Change.of(kind_of(saved), ids=[saved.id]),
                          translate(
                              "RecordChanges",
                              "Added “{title}”.").format(title=one_line(saved.title, 60)), undo)

    def add_documents(self, new: Sequence[NewDocument]) -> Done[list[Document]]:
        """Store several new documents in one transaction, all or none (files brought in
        together: one write to the disk for them all); undo moves them to the trash."""
        with self._store.writing() as s:
            saved = [self._documents.add_document(_with_read_state(n.document, n.pages), n.data,
                                                  n.pages, n.thumbnail, session=s)
                     for n in new]
        ids = [d.id for d in saved if d.id is not None]
        undo = Undo(translate(
            "RecordChanges", "Add documents"), trash=tuple(RecordRef(Document, i) for i in ids))
        return self._done(saved, Change.of(RecordKind.DOCUMENT, ids=ids),
                          f"Added {len(ids)} documents.", undo)

    def empty_trash(self, *, backup_first: bool = True) -> Done[int]:
        """Delete trashed records for good; with ``backups`` set, take a snapshot first.

        If that snapshot cannot be made, a BackupError is raised and nothing is deleted; pass
        ``backup_first=False`` once the person has agreed to go ahead without one. This cannot
        be undone from the window (the snapshot is the way back).
        """
        trashed = sum(self._store.count(cls, trashed=True) for cls in RECORD_TYPES.values())
        if backup_first and self.backups is not None and trashed > 0:
            self.backups.snapshot(self._store.path, BEFORE_EMPTY_TRASH)
        removed = self._store.empty_trash()
        return self._done(removed, Change.of(*RECORD_TYPES, trashed=True),
                          translate("RecordChanges", "Deleted %n things from the trash for good.",
                                    None, removed))

    def undo(self, undo: Undo) -> Done[None]:
        """Put the folder back as ``undo`` says, in one transaction; the result's undo redoes."""
        redo_put_back: list[Record] = []
        redo_pages: list[PageText] = []
        lead = DeadlineQueries(self._store)  # the renewal lead time: as it is, for the redo
        redo_lead = lead.renewal_lead_days() if undo.renewal_lead_days is not None else None
        with self._store.writing() as s:
            redo_profile = self._store.profile() if undo.profile is not None else None
            for ref in undo.restore:
                self._store.restore(ref.cls, ref.id, s)
            for record in undo.put_back:  # version 0: undo wins over any save since
                assert record.id is not None
                redo_put_back.append(  # restored just now: read as it was, in the trash
                    self._store.get(type(record), record.id, include_trashed=True))
                self._store.update(replace(record, version=0), s)
            for ref in undo.trash:
                self._store.trash(ref.cls, ref.id, s)
            if undo.profile is not None:
                self._store.save_profile(replace(undo.profile, version=0), s)
            if undo.renewal_lead_days is not None:
                lead.set_renewal_lead_days(undo.renewal_lead_days, s)
            for page in undo.pages:
                now = self._documents.page_in(s, page.document_id, page.page)  # (only it)
                redo_pages += [now] if now is not None else []
                self._documents.write_page(s, page)
                self._documents.refresh_text(s, page.document_id)
        redo = Undo(undo.label, put_back=tuple(redo_put_back), trash=undo.restore,
                    restore=undo.trash, profile=redo_profile, pages=tuple(redo_pages),
                    renewal_lead_days=redo_lead)
        return self._done(None, undo.change, "", redo)


def _with_deadline(change: Change, kept: Kept) -> Change:
    ids = kept_ids([kept])
    return change | Change.of(RecordKind.DEADLINE, ids=ids) if ids else change


@dataclass(frozen=True)
class NewDocument:
    """A document to store with its bytes, the text of its pages and its thumbnail."""

    document: Document
    data: bytes | Iterable[bytes]
    pages: Sequence[str] = ()
    thumbnail: bytes | None = None


def _with_read_state(document: Document, pages: Sequence[str]) -> Document:
    if document.read_state is ReadState.NOT_NEEDED:  # pictures are read in the background
        return replace(document, read_state=first_read_state(
            document.media_type, document.preview_ok, pages))
    return document
