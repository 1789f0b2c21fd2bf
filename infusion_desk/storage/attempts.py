"""What one try of an operation added, noted as it goes: each record inserted, with the id the
database handed back for it. Noted before the commit, so still known when the answer to the
commit never came back (a shared folder's server dropped just then): the one case where the
app cannot tell whether the change was stored (``services.resending`` looks for these records
before trying again). Per thread (a context variable); nothing is noted outside :func:`noting`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from infusion_desk.core.records import Record

_noted: ContextVar[list[Record] | None] = ContextVar("infusion_desk_added", default=None)


@contextmanager
def noting() -> Iterator[list[Record]]:
    """Note, in the list given, every record added inside (in the order they were added)."""
    added: list[Record] = []
    token = _noted.set(added)
    try:
        yield added
    finally:
        _noted.reset(token)


def note_added(record: Record) -> None:
    """Called by the store for each record it inserts (with its new id)."""
    added = _noted.get()
    if added is not None:
        added.append(record)
