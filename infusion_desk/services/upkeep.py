"""Looking after a folder: rebuilding its search index from the records."""

from __future__ import annotations

from infusion_desk.services.changes import Change, Done
from infusion_desk.services.operation_base import Operations
from infusion_desk.storage.upkeep import rebuild_search_index


class Upkeep(Operations):
    """Repairs that change no record."""

    def rebuild_search_index(self) -> Done[int]:
        """Make the search index again from the records (one operation; the records are read,
        never written). Nothing to undo: the index only mirrors the records."""
        count = rebuild_search_index(self._store)
        return self._done(count, Change.of(),
                          f"Rebuilt the search index: {count} records and documents can be "
                          "found again.")
