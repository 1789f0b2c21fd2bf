"""Everything a folder is read by: lists in reading order, one record, search, counts, check.

Reads go through the store's named queries (``storage.queries``); nothing here builds a query.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import (
    RECORD_TYPES,
    Call,
    Contact,
    Deadline,
    Document,
    Plan,
    Profile,
    Question,
    Record,
    Request,
    Step,
)
from infusion_desk.core.scans import PageMarks, PageText
from infusion_desk.core.search import (
    SNIPPET_SCAN_CHARS,
    Query,
    ScanBudget,
    SearchCancelledError,
    SearchHit,
)
from infusion_desk.core.today import TodayItem, today_items
from infusion_desk.services.blob_text import BlobText
from infusion_desk.services.search_hits import (
    PDFS_READ,
    PdfTexts,
    body_hits,
    page_marks,
    ranked_hit,
    with_pdf_snippets,
)
from infusion_desk.storage.audit_log import AuditRow, last_change_of, newest_changes
from infusion_desk.storage.deadline_queries import DeadlineQueries
from infusion_desk.storage.document_storage import DocumentStorage
from infusion_desk.storage.first_look import FirstScreen
from infusion_desk.storage.queries import FolderQueries
from infusion_desk.storage.schema import header_problems
from infusion_desk.storage.searching import searching
from infusion_desk.storage.store import Store
from infusion_desk.storage.upkeep import check_folder_file

R = TypeVar("R", bound=Record)


@dataclass
class CheckReport:
    """What the full check found. Each list is empty when that part is sound.

    ``integrity_problems``: SQLite's own words about the records' part of the file (for the
    details); ``damaged_parts``: the tables of records it found damaged, as (table, index) with
    ``index`` set when only that index of the table is; ``header_problems``: bytes of the file's
    header that are wrong; ``search_index_problems``: the search index does not match the
    records (rebuilding it from them repairs that); ``damaged_documents`` and
    ``missing_documents``: titles of documents whose bytes no longer match their fingerprint, or
    are not in the folder at all.
    """

    integrity_problems: list[str] = field(default_factory=list)
    damaged_documents: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    damaged_parts: list[tuple[str, str]] = field(default_factory=list)
    header_problems: list[str] = field(default_factory=list)
    search_index_problems: list[str] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)

    @property
    def records_ok(self) -> bool:
        """Nothing wrong but (perhaps) the search index."""
        return not (self.integrity_problems or self.damaged_documents or self.header_problems
                    or self.missing_documents)

    @property
    def search_index_only(self) -> bool:
        """The search index is damaged and nothing else: rebuilding it repairs the folder."""
        return self.records_ok and bool(self.search_index_problems)

    @property
    def ok(self) -> bool:
        return self.records_ok and not self.search_index_problems


# The Overview's first screen, read at once (the same as the light first look reads it).
OverviewRead = FirstScreen


class FolderReading:
    """The reading half of an open folder."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._queries = FolderQueries(store)
        self.blob_text = BlobText()  # a PDF's text and thumbnails, made from its bytes (0005)
        self._documents = DocumentStorage(store, self.blob_text)
        self._deadline_queries = DeadlineQueries(store)

    # ------------------------------------------------------------------ one record
    def profile(self) -> Profile:
        return self._store.profile()

    def get(self, cls: type[R], record_id: int) -> R:
        return self._store.get(cls, record_id)

    def get_many(self, cls: type[R], ids: Sequence[int], *, include_trashed: bool = False,
                 leave_out: Collection[str] = ()) -> list[R]:
        """``leave_out``: long text fields not read (they come back empty)."""
        return self._store.get_many(cls, ids, include_trashed=include_trashed,
                                    leave_out=leave_out)

    # ------------------------------------------------------------------ the audit log
    def audit_rows(self, limit: int) -> list[AuditRow]:
        """A shared folder's newest audit rows (the server writes them); a folder file keeps
        no audit log: none."""
        return [] if self._store.address is None else newest_changes(self._store, limit)

    def last_audit_row(self, table: str, record_id: int) -> AuditRow | None:
        """The newest audit row of one record of a shared folder (None on a folder file)."""
        if self._store.address is None:
            return None
        return last_change_of(self._store, table, record_id)

    def is_trashed(self, cls: type[Record], record_id: int) -> bool:
        return self._store.is_trashed(cls, record_id)

    # ------------------------------------------------------------------ lists, in reading order
    def plans(self) -> list[Plan]:
        return self._queries.plans()

    def contacts(self) -> list[Contact]:
        return self._queries.contacts()

    def steps(self) -> list[Step]:
        return self._queries.steps()

    def calls(self, *, limit: int | None = None, offset: int = 0, after: Call | None = None
              ) -> list[Call]:
        """Newest first; ``after``: only those after that call (a next page)."""
        return self._queries.calls(limit=limit, offset=offset, after=after)

    def questions(self) -> list[Question]:
        """Open first, then answered, each oldest first."""
        return self._queries.questions()

    def requests(self) -> list[Request]:
        return self._queries.requests()

    def documents(self) -> list[Document]:
        return self._queries.documents()

    def documents_listed(self) -> list[Document]:
        """Every document, newest received first, without its text (for lists; ``get`` reads
        one whole)."""
        return self._queries.documents_listed()

    def documents_listed_by_id(self, ids: Sequence[int]) -> list[Document]:
        """These documents without their text, in no set order."""
        return self._queries.documents_listed_by_id(ids)

    def trashed(self, cls: type[R]) -> list[R]:
        return self._store.list_records(cls, trashed=True)

    def questions_answered_on(self, call_id: int) -> list[Question]:
        return self._queries.questions_answered_on(call_id)

    def requests_for_document(self, document_id: int) -> list[Request]:
        return self._queries.requests_for_document(document_id)

    def calls_with_follow_up_due(self, today: date) -> list[Call]:
        """Calls whose follow-up date has come and that are not marked done."""
        return self._queries.calls_with_follow_up_due(today)

    def calls_with_follow_up_to_do(self) -> list[Call]:
        """Calls with a follow-up date (past or to come) that are not marked done."""
        return self._queries.calls_with_follow_up_to_do()

    def last_call_with_each_contact(self) -> dict[int, datetime]:
        """When each contact was last talked to: contact id -> the time of the latest call."""
        return self._queries.last_call_with_each_contact()

    def newest_documents(self, limit: int) -> list[Document]:
        """The ``limit`` documents with the latest date on them (or received), without text."""
        return self._queries.newest_documents(limit)

    def calls_with_contact(self, contact_id: int, *, limit: int = 5) -> list[Call]:
        """The latest calls linked to one contact, newest first."""
        return self._queries.latest_calls_with_contact(contact_id, limit=limit)

    def one_read(self) -> AbstractContextManager[None]:
        """Reads made inside share one connection and one snapshot of the folder."""
        return self._store.one_read()

    def open_deadlines(self) -> list[Deadline]:
        """The deadlines not done yet, soonest first (``folder.deadlines`` has the rest)."""
        return self._deadline_queries.deadlines(include_done=False)

    def today(self, today: date) -> list[TodayItem]:
        """The *Today* list, ranked by consequence (``core.today``)."""
        return self.today_with_calls(today)[0]

    def overview(self, today: date) -> OverviewRead:
        """What the Overview shows, in one session (read off the window's thread on opening)."""
        with self.one_read():
            items, calls = self.today_with_calls(today)
            return OverviewRead(today, items, calls, self.steps(), self.profile(), self.plans())

    def today_with_calls(self, today: date) -> tuple[list[TodayItem], dict[int, Call]]:
        """The *Today* list and, by id, the calls whose follow-up it holds: read at once, in
        one session (not one read per line)."""
        with self.one_read():
            calls = self.calls_with_follow_up_due(today)
            items = today_items(requests=self.requests(), calls=calls,
                                questions=self.questions(), steps=self.steps(),
                                plans=self.plans(), contacts=self.contacts(),
                                deadlines=self.open_deadlines(),
                                today=today)
        return items, {call.id: call for call in calls if call.id is not None}

    # ------------------------------------------------------------------ documents
    def find_document_by_hash(self, sha256: str) -> Document | None:
        return self._queries.document_with_hash(sha256)

    def find_documents_by_hashes(self, hashes: Sequence[str]) -> dict[str, Document]:
        """The document holding each of these fingerprints' bytes, for those in the folder."""
        return self._queries.documents_with_hashes(list(hashes))

    def document_bytes(self, document_id: int) -> bytes:
        return self._documents.document_bytes(document_id)

    def thumbnail(self, document_id: int) -> bytes | None:
        """A small picture of the first page, made from the bytes (none is kept from 0005 on;
        an older file opened read-only may still hold its own)."""
        kept = self._documents.thumbnail(document_id)
        if kept is not None:
            return kept
        document = self.get(Document, document_id)
        return self.blob_text.thumbnail(self.document_bytes(document_id), document.original_name)

    def document_text(self, document_id: int) -> str:
        """All of a document's text: its pages' text (or, with no pages, its own: an archive's
        list of files)."""
        return self._documents.document_text(document_id)

    def page_texts(self, document_id: int) -> list[str]:
        return self._documents.page_texts(document_id)

    def scan_pages(self, document_id: int) -> list[PageText]:
        """Each stored page's text and where it came from (the file, the picture, her typing)."""
        return self._documents.pages(document_id)

    def page_marks(self, document_id: int, page: int, text: str) -> PageMarks | None:
        """The words on a page read from its picture that a search for ``text`` matches, with
        the size of that picture; None when the page was not read from a picture."""
        query = Query.of(text)
        found = self._documents.page_words(document_id, page)
        return None if query is None or found is None else page_marks(page, found, query)

    # ------------------------------------------------------------------ counts, search, check
    def count(self, cls: type[Record], *, trashed: bool = False) -> int:
        return self._store.count(cls, trashed=trashed)

    def count_trashed(self) -> int:
        return sum(self.count(cls, trashed=True) for cls in RECORD_TYPES.values())

    def counts(self) -> dict[str, int]:
        # Keyed by the English words (stable in every language): count_label() says them.
        out = {kind.source_label: self.count(cls) for kind, cls in RECORD_TYPES.items()}
        out["In the trash"] = self.count_trashed()
        return out

    def search(self, text: str, *, limit: int = 50, stop: Callable[[], bool] | None = None,
               budget: ScanBudget | None = None, pdfs_read: int = PDFS_READ
               ) -> list[SearchHit]:
        """Ranked hits over every record's text and every document's text, each with a snippet
        around the first match (and, for a document, the first page holding every word); then
        the documents found by their PDF pages' own text (``services.search_hits``).

        Takes bounded time whatever the folder holds: the stored text examined is counted
        against ``budget``, and at most ``pdfs_read`` PDFs are read again for their pages'
        text (0: none, and :meth:`search_snippets` adds those snippets after). ``stop`` is
        asked as it goes (inside SQLite too); once it says True the search ends with
        :class:`SearchCancelledError`.
        """
        query = Query.of(text)
        if query is None:
            return []
        budget = budget if budget is not None else ScanBudget()
        hits: list[SearchHit] = []
        with searching(self._store, stop) as reads:
            pdfs = PdfTexts(reads, self.blob_text, pdfs_read)
            for found in reads.ranked(query.expression, limit, body_chars=SNIPPET_SCAN_CHARS):
                if stop is not None and stop():
                    raise SearchCancelledError
                hits.append(ranked_hit(reads, found, query, budget, pdfs))
            hits += body_hits(reads, query, limit - len(hits), pdfs=pdfs, before=hits, stop=stop)
        return hits

    def search_snippets(self, text: str, hits: Sequence[SearchHit], *,
                        stop: Callable[[], bool] | None = None) -> list[SearchHit]:
        """The hits of ``search(text, pdfs_read=0)``, those whose words are on a PDF's own
        pages given that page and a snippet of it (read from the first PDFs that need it)."""
        query = Query.of(text)
        if query is None:
            return list(hits)
        with searching(self._store, stop) as reads:
            return with_pdf_snippets(reads, hits, query, budget=ScanBudget(),
                                     pdfs=PdfTexts(reads, self.blob_text), stop=stop)

    def check(self) -> CheckReport:
        """SQLite's full integrity check of every table and index (the search index's too),
        the file's header, the search index against the records, and every stored document
        against its fingerprint."""
        found = check_folder_file(self._store)
        report = CheckReport(
            integrity_problems=found.problems,
            damaged_parts=[(part.table, part.index) for part in found.damaged_parts],
            # (a shared folder has no file of its own: the server keeps its pages)
            header_problems=[] if self._store.address is not None
            else header_problems(self._store.path),
            search_index_problems=found.search_index,
        )
        try:
            for sha, size in self._documents.blob_hashes():
                data = self._documents.blob(sha)
                if (data is None or len(data) != size
                        or hashlib.sha256(data).hexdigest() != sha):
                    titles = self._documents.documents_with_hash(sha) or [translate(
                        "FolderReading", "(unnamed document)")]
                    report.damaged_documents.extend(titles)
            report.missing_documents = self._documents.documents_without_bytes()
            report.counts = self.counts()
        except FolderError as exc:  # too damaged to read: said, not raised, when SQLite saw it
            if report.records_ok:
                raise
            report.integrity_problems.append(exc.detail or exc.message)
        return report
