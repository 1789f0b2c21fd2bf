"""What an operation did: the change to announce, and how to take it back.

Every change a person makes to a folder is one operation (``services.records``, ``.ledger``,
``.call_log``, ``.question_list``). Each runs in one transaction and returns a :class:`Done`: the
value it made, the :class:`Change` every view refreshes from, a plain sentence saying exactly what
was stored, and an :class:`Undo` that puts the folder back (in the spirit of Anki's operations that
return their ``OpChanges``). Undoing is itself an operation whose ``Done`` carries the redo, so the
window's Undo and Redo only replay what the services hand them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from infusion_desk.core.records import Profile, Record, RecordKind, kind_of, kind_of_type
from infusion_desk.core.scans import PageText

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What one action changed: the kinds of record, and the ids touched (may be empty)."""

    kinds: frozenset[RecordKind]
    ids: frozenset[int] = frozenset()
    trashed: bool = False

    @classmethod
    def of(cls, *kinds: RecordKind, ids: Iterable[int | None] = (), trashed: bool = False
           ) -> Change:
        return cls(frozenset(kinds), frozenset(i for i in ids if i is not None), trashed)

    def __or__(self, other: Change) -> Change:
        return Change(self.kinds | other.kinds, self.ids | other.ids,
                      self.trashed or other.trashed)


@dataclass(frozen=True)
class RecordRef:
    """One record named by its type and id (a record added or trashed by an operation)."""

    cls: type[Any]  # a record class: Plan, Call, Request…
    id: int


@dataclass(frozen=True)
class Undo:
    """What puts the folder back as it was before an operation.

    Applied in one transaction, in this order: ``restore`` the records the operation trashed,
    write back the records in ``put_back`` as they were, then ``trash`` the records it added;
    ``pages``: page texts of documents to put back as they were (a correction of a scan's text);
    ``renewal_lead_days``: the folder's lead time to renew an approval, to put back as it was.
    """

    label: str  # what the operation was, for "Undo …" ("Mark as sent")
    put_back: tuple[Record, ...] = ()
    trash: tuple[RecordRef, ...] = ()
    restore: tuple[RecordRef, ...] = ()
    profile: Profile | None = None
    pages: tuple[PageText, ...] = ()
    renewal_lead_days: int | None = None

    @property
    def change(self) -> Change:
        kinds = {kind_of(r) for r in self.put_back}
        if self.pages:
            kinds.add(RecordKind.DOCUMENT)
        kinds |= {kind_of_type(ref.cls) for ref in (*self.trash, *self.restore)}
        if self.profile is not None:
            kinds.add(RecordKind.PROFILE)
        if self.renewal_lead_days is not None:
            kinds.add(RecordKind.DEADLINE)
        ids = [r.id for r in self.put_back] + [ref.id for ref in (*self.trash, *self.restore)]
        ids += [p.document_id for p in self.pages]
        return Change.of(*kinds, ids=ids, trashed=bool(self.trash))


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation carried out: its result, what changed, what it stored, how to undo it."""

    value: T
    change: Change
    message: str = ""  # one plain sentence saying exactly what was stored
    undo: Undo | None = None  # None: nothing to take back (or it cannot be taken back)
    extra: dict[str, object] = field(default_factory=dict, compare=False)
