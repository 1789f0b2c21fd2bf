"""Everything a folder is read by: lists in reading order, one record, search, counts, check.

Reads go through the store's named queries (``storage.queries``); nothing here builds a query.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from infusion_desk.core.ocr import TextSource
from infusion_desk.core.records import (
    RECORD_TYPES,
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    Record,
    RecordKind,
    Request,
    Step,
)
from infusion_desk.core.scans import PageMarks, PageText, joined_number_runs, matching_words
from infusion_desk.core.search import (
    SearchHit,
    first_page_with,
    match_expression,
    split_snippet,
    terms,
)
from infusion_desk.core.today import TodayItem, today_items
from infusion_desk.storage.document_storage import DocumentStorage
from infusion_desk.storage.queries import FolderQueries
from infusion_desk.storage.store import Store

R = TypeVar("R", bound=Record)


@dataclass
class CheckReport:
    integrity_problems: list[str] = field(default_factory=list)
    damaged_documents: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and not self.damaged_documents


class FolderReading:
    """The reading half of an open folder."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._queries = FolderQueries(store)
        self._documents = DocumentStorage(store)

    # ------------------------------------------------------------------ one record
    def profile(self) -> Profile:
        return self._store.profile()

    def get(self, cls: type[R], record_id: int) -> R:
        return self._store.get(cls, record_id)

    def get_many(self, cls: type[R], ids: Sequence[int]) -> list[R]:
        return self._store.get_many(cls, ids)

    def is_trashed(self, cls: type[Record], record_id: int) -> bool:
        return self._store.is_trashed(cls, record_id)

    # ------------------------------------------------------------------ lists, in reading order
    def plans(self) -> list[Plan]:
        return self._queries.plans()

    def contacts(self) -> list[Contact]:
        return self._queries.contacts()

    def steps(self) -> list[Step]:
        return self._queries.steps()

    def calls(self, *, limit: int | None = None, offset: int = 0) -> list[Call]:
        """Newest first."""
        return self._queries.calls(limit=limit, offset=offset)

    def questions(self) -> list[Question]:
        """Open first, then answered, each oldest first."""
        return self._queries.questions()

    def requests(self) -> list[Request]:
        return self._queries.requests()

    def documents(self) -> list[Document]:
        return self._queries.documents()

    def trashed(self, cls: type[R]) -> list[R]:
        return self._store.list_records(cls, trashed=True)

    def questions_answered_on(self, call_id: int) -> list[Question]:
        return self._queries.questions_answered_on(call_id)

    def requests_for_document(self, document_id: int) -> list[Request]:
        return self._queries.requests_for_document(document_id)

    def calls_with_follow_up_due(self, today: date) -> list[Call]:
        """Calls whose follow-up date has come and that are not marked done."""
        return self._queries.calls_with_follow_up_due(today)

    def calls_with_contact(self, contact_id: int, *, limit: int = 5) -> list[Call]:
        """The latest calls linked to one contact, newest first."""
        return self._queries.latest_calls_with_contact(contact_id, limit=limit)

    def today(self, today: date) -> list[TodayItem]:
        """The *Today* list, ranked by consequence (``core.today``)."""
        return today_items(
            requests=self.requests(),
            calls=self.calls_with_follow_up_due(today),
            questions=self.questions(),
            steps=self.steps(),
            plans=self.plans(),
            contacts=self.contacts(),
            today=today,
        )

    # ------------------------------------------------------------------ documents
    def find_document_by_hash(self, sha256: str) -> Document | None:
        return self._queries.document_with_hash(sha256)

    def document_bytes(self, document_id: int) -> bytes:
        return self._documents.document_bytes(document_id)

    def thumbnail(self, document_id: int) -> bytes | None:
        return self._documents.thumbnail(document_id)

    def page_texts(self, document_id: int) -> list[str]:
        return self._documents.page_texts(document_id)

    def scan_pages(self, document_id: int) -> list[PageText]:
        """Each stored page's text and where it came from (the file, the picture, her typing)."""
        return self._documents.pages(document_id)

    def page_marks(self, document_id: int, page: int, text: str) -> PageMarks | None:
        """The words on a page read from its picture that a search for ``text`` matches, with
        the size of that picture; None when the page was not read from a picture."""
        found = self._documents.page_words(document_id, page)
        if found is None:
            return None
        words, width, height = found
        boxes = matching_words(words, terms(text))
        return PageMarks(page, width, height, boxes) if boxes else None

    def _hit_page(self, document_id: int, text: str) -> tuple[int | None, PageMarks | None]:
        """The first page a document's hit is on (as read: split numbers joined up), and the
        words to mark on it when it was read from its picture."""
        pages = self._documents.pages(document_id)
        searched = [""] * max((p.page for p in pages), default=0)
        for p in pages:
            extra = " ".join(joined_number_runs(p.text)) if p.source is TextSource.OCR else ""
            searched[p.page - 1] = f"{p.text}\n{extra}" if extra else p.text
        page = first_page_with(searched, text)
        if page is None:
            return None, None
        return page, self.page_marks(document_id, page, text)

    # ------------------------------------------------------------------ counts, search, check
    def count(self, cls: type[Record], *, trashed: bool = False) -> int:
        return self._store.count(cls, trashed=trashed)

    def count_trashed(self) -> int:
        return sum(self.count(cls, trashed=True) for cls in RECORD_TYPES.values())

    def counts(self) -> dict[str, int]:
        out = {kind.label: self.count(cls) for kind, cls in RECORD_TYPES.items()}
        out["In the trash"] = self.count_trashed()
        return out

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Ranked hits over every record's text and every document's text."""
        match = match_expression(text)
        if match is None:
            return []
        hits: list[SearchHit] = []
        for kind, record_id, title, raw in self._store.execute_search(match, limit):
            snippet, spans = split_snippet(str(raw or ""))
            record_kind = RecordKind.parse(str(kind))
            page, marks = None, None
            if record_kind is RecordKind.DOCUMENT:
                page, marks = self._hit_page(int(record_id), text)
            hits.append(
                SearchHit(record_kind, int(record_id), " ".join(str(title).split()), snippet,
                          spans, page, marks)
            )
        return hits

    def check(self) -> CheckReport:
        """SQLite's full integrity check, and every stored document against its hash."""
        report = CheckReport(integrity_problems=self._store.integrity_problems())
        for sha, size in self._documents.blob_hashes():
            data = self._documents.blob(sha)
            if (data is None or len(data) != size
                    or hashlib.sha256(data).hexdigest() != sha):
                titles = self._documents.documents_with_hash(sha) or ["(unnamed document)"]
                report.damaged_documents.extend(titles)
        report.counts = self.counts()
        return report
