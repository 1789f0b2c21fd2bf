"""Looking after a folder: rebuilding its search indexes from the records and the PDFs."""

from __future__ import annotations

from infusion_desk.core.i18n import translate
from infusion_desk.services.changes import Change, Done
from infusion_desk.services.operation_base import Operations
from infusion_desk.storage.page_bodies import PageReader, Progress
from infusion_desk.storage.upkeep import rebuild_search_index


class Upkeep(Operations):
    """Repairs that change no record."""

    # Reads a PDF's pages' text again, to rebuild the index of it (set by the folder).
    page_reader: PageReader | None = None

    def rebuild_search_index(self, progress: Progress | None = None) -> Done[int]:
        """Make the search index again from the records, and the index of PDF pages' text from
        the PDFs (one operation; the records are read, never written; ``progress(done, of)``
        is told as PDFs are read: about a minute for 5,000). Nothing to undo: the indexes only
        mirror the records."""
        count = rebuild_search_index(self._store, self.page_reader, progress)
        return self._done(count, Change.of(),
                          translate(
                              "Upkeep",
                              "Rebuilt the search index: {count} records and documents can "
                              "be found again.").format(count=count))
