"""What every group of operations shares: the store, and announcing a change once it is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from infusion_desk.services.changes import Change, Done, Undo
from infusion_desk.storage.store import Store

T = TypeVar("T")

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
