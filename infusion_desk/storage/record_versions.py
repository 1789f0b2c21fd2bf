"""Record versions: a save never silently writes over someone else's (issue 17).

Every record row keeps a ``version`` (1 when added). A save writes only while the stored
version is still the one the record was read at (``Record.version``; 0, not read, skips the
check) and counts it up; when another save came first, the caller reads the record as stored
now and raises ``core.errors.EditConflictError`` inside the transaction, so that nothing of
the operation is stored. An undo puts records back with version 0 (undo wins, as it always did).

*Keep my version*: the window runs the same operation again inside :func:`keeping_mine`, which
has a save of that one record checked against the version she has now seen (``theirs``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from infusion_desk.core.errors import EditConflictError, RecordNotFoundError
from infusion_desk.core.records import Profile, Record
from infusion_desk.storage.record_values import KEPT_ON_UPDATE

_Key = tuple[type[Any], int]
_accepted: ContextVar[Mapping[_Key, int]] = ContextVar("accepted_versions")


def _key(record: Record | Profile) -> _Key:
    return type(record), (0 if isinstance(record, Profile) else record.id or 0)


@contextmanager
def keeping_mine(theirs: Record | Profile) -> Iterator[None]:
    """Inside (on this thread), a save of ``theirs``'s record is checked against
    ``theirs.version`` rather than the version the edit started from."""
    token = _accepted.set({**_accepted.get({}), _key(theirs): theirs.version})
    try:
        yield
    finally:
        _accepted.reset(token)


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
