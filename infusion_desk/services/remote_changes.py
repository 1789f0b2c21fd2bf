"""Changes other people make to a shared folder, as the ``Change`` every view refreshes from.

The storage's listener (``storage.shared.listening``) hears which rows of which tables changed;
this turns a batch of those into one :class:`~infusion_desk.services.changes.Change` and hands it
on. A remote change is only announced: it is not an operation of this window, so it has no Undo
and never goes on this window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from infusion_desk.core.records import RecordKind
from infusion_desk.services.changes import Change

if TYPE_CHECKING:  # (psycopg loads only for a shared folder)
    from infusion_desk.storage.shared.listening import RemoteBatch

# Which kind of record each table's rows belong to (tables not listed do not show by themselves:
# a blob's bytes, the search entries).
TABLE_KINDS: dict[str, RecordKind] = {
    "profile": RecordKind.PROFILE,
    "plans": RecordKind.PLAN,
    "contacts": RecordKind.CONTACT,
    "steps": RecordKind.STEP,
    "documents": RecordKind.DOCUMENT,
    "document_pages": RecordKind.DOCUMENT,
    "calls": RecordKind.CALL,
    "requests": RecordKind.REQUEST,
    "questions": RecordKind.QUESTION,
    "deadlines": RecordKind.DEADLINE,
    "folder_settings": RecordKind.DEADLINE,  # the renewal lead time moves deadlines
}
# Tables whose notice id is the record's own id (a page's row is not a document's id).
_IDS_ARE_RECORDS = frozenset(TABLE_KINDS) - {"document_pages", "folder_settings", "profile"}

EVERYTHING = Change.of(*RecordKind, trashed=True)

RemoteListener = Callable[[Change], None]


def change_of(batch: RemoteBatch) -> Change | None:
    """The change a batch of notices stands for (None: nothing any view shows)."""
    if batch.missed:
        return EVERYTHING
    kinds = {TABLE_KINDS[n.table] for n in batch.notices if n.table in TABLE_KINDS}
    if not kinds:
        return None
    ids = [n.record_id for n in batch.notices if n.table in _IDS_ARE_RECORDS]
    # A record moved to the trash is a 'changed' row (deleted_at set); emptying the trash
    # deletes rows: either way the lists and the trash are read again.
    trashed = any(n.action != "added" for n in batch.notices)
    return Change.of(*kinds, ids=ids, trashed=trashed)


def announcing(listener: RemoteListener) -> Callable[[RemoteBatch], None]:
    """A listener's ``on_change`` that hands ``listener`` the change each batch stands for."""

    def on_batch(batch: RemoteBatch) -> None:
        change = change_of(batch)
        if change is not None:
            listener(change)

    return on_batch
