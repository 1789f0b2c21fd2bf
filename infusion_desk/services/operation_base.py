"""What every group of operations shares: the store, and announcing a change once it is stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from infusion_desk.core.records import Record
from infusion_desk.services.changes import Change, Done, Undo
from infusion_desk.storage.store import Store

T = TypeVar("T")
R = TypeVar("R", bound=Record)

Announce = Callable[[Change], None]


class Operations:
    """A group of operations on one open folder. Each public method is one transaction."""

    def __init__(self, store: Store, announce: Announce) -> None:
        self._store = store
        self._announce = announce

    def _done(self, value: T, change: Change, message: str = "", undo: Undo | None = None
              ) -> Done[T]:
        """Announce a stored change and hand back what it did (call only after the commit)."""
        self._announce(change)
        return Done(value, change, message, undo)


def started_from(record: R, version: int) -> R:
    """``record`` (read just now) as of the version her edit started from (the one the form
    showed; 0: as read now), so that saving it is refused if someone else saved it since
    (``storage.record_versions``)."""
    return replace(record, version=version) if version else record
