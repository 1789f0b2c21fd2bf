"""Record versions: a save never silently writes over someone else's (issue 17).

Every record row keeps a ``version`` (1 when added). A save writes only while the stored
version is still the one the record was read at (``Record.version``; 0, not read, skips the
check) and counts it up; when another save came first, the caller reads the record as stored
now and raises ``core.errors.EditConflictError`` inside the transaction, so that nothing of
the operation is stored. An undo puts records back with version 0 (undo wins, as it always did).

*Save these*: the window runs the same operation again inside :func:`keeping_mine`, which has a
save of that one record checked against the version she has now seen (``theirs``) and writes
the record as she chose it, field by field (:func:`mixed`: hers, with theirs where she chose
theirs). Only fields an edit writes are mixed (``record_values.written_on_update``): never its
id, its version, nor what an edit leaves as stored.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from infusion_desk.core.errors import EditConflictError, RecordNotFoundError
from infusion_desk.core.records import Profile, Record
from infusion_desk.storage.record_values import KEPT_ON_UPDATE, written_on_update

T = TypeVar("T", bound=Record | Profile)

_Key = tuple[type[Any], int]
_accepted: ContextVar[Mapping[_Key, int]] = ContextVar("accepted_versions")
_taken: ContextVar[Mapping[_Key, Mapping[str, Any]]] = ContextVar("values_she_chose")


def _key(record: Record | Profile) -> _Key:
    return type(record), (0 if isinstance(record, Profile) else record.id or 0)


@contextmanager
def keeping_mine(theirs: Record | Profile,
                 chosen: Record | Profile | None = None) -> Iterator[None]:
    """Inside (on this thread), a save of ``theirs``'s record is checked against
    ``theirs.version`` rather than the version the edit started from; with ``chosen`` (hers
    and theirs mixed: :func:`mixed`), it writes ``chosen``'s values of the fields an edit
    writes instead of the operation's own."""
    key = _key(theirs)
    written = written_on_update(type(theirs))
    values = {} if chosen is None else {name: getattr(chosen, name) for name in written}
    token = _accepted.set({**_accepted.get({}), key: theirs.version})
    taken_token = _taken.set({**_taken.get({}), key: values})
    try:
        yield
    finally:
        _taken.reset(taken_token)
        _accepted.reset(token)


def mixed(mine: T, theirs: T, take_theirs: Collection[str]) -> T:
    """``mine`` with theirs' values of the fields in ``take_theirs`` that an edit writes (never
    its id, version, nor what an edit leaves as stored)."""
    written = written_on_update(type(mine))
    return replace(mine, **{name: getattr(theirs, name) for name in take_theirs
                            if name in written})


def as_chosen(record: T) -> T:
    """``record`` as a save writes it: as she chose it (inside :func:`keeping_mine` with
    ``chosen``), else as it is."""
    taken = _taken.get({}).get(_key(record))
    return replace(record, **taken) if taken else record


def expected_version(record: Record | Profile) -> int:
    """The stored version a save of ``record`` must find (0: any)."""
    return _accepted.get({}).get(_key(record), record.version)


def write_checked(session: Session, row: type[Any], where: Sequence[Any],
                  record: Record | Profile, values: Mapping[str, Any]) -> int | None:
    """Write ``values`` into the row ``where`` picks, counting its version up, only while its
    version is the one ``record`` expects. The new version, or None when no row matched (the
    record is gone, or someone else saved it first: the caller tells which)."""
    expected = expected_version(record)
    checked = [*where, row.version == expected] if expected else list(where)
    return session.execute(
        update(row).where(*checked).values(**values, version=row.version + 1)
        .returning(row.version)
    ).scalar_one_or_none()


def refuse(mine: Record | Profile, theirs: Sequence[Record | Profile], kind: str) -> None:
    """No row matched a save of ``mine``: say why (``theirs``: the record as stored now, live,
    or nothing when it is gone or in the trash)."""
    if not theirs:
        raise RecordNotFoundError(kind, getattr(mine, "id", None) or 0)
    kept = KEPT_ON_UPDATE.get(type(mine), frozenset())  # (a save never writes these)
    raise EditConflictError(replace(mine, **{k: getattr(theirs[0], k) for k in kept}),
                            theirs[0])
