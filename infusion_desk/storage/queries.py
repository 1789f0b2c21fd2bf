"""Named queries: each returns what its name says, in the order a person reads it.

The services ask for "the calls whose follow-up is due" or "the plans, primary first"; how that is
selected and sorted is storage's business, so no service builds a query or knows a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select

from infusion_desk.core.ocr import ReadState
from infusion_desk.core.records import Call, Contact, Document, Plan, Question, Request, Step
from infusion_desk.storage.mapping import columns_of, from_values
from infusion_desk.storage.store import Store
from infusion_desk.storage.tables import (
    CallRow,
    ContactRow,
    DocumentRow,
    PlanRow,
    QuestionRow,
    RequestRow,
    StepRow,
    request_documents,
)

# What a list of documents leaves out: the extracted text (megabytes in a large folder).
LISTED_WITHOUT = frozenset({"text"})


class FolderQueries:
    """The lists a folder is read by (records in the trash are never in them)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def plans(self) -> list[Plan]:
        """Primary first."""
        return self._store.list_records(Plan, order_by=[PlanRow.rank != "primary", PlanRow.rank])

    def contacts(self) -> list[Contact]:
        """By organization, then name."""
        return self._store.list_records(
            Contact, order_by=[ContactRow.organization, ContactRow.name]
        )

    def steps(self) -> list[Step]:
        """In the order they were started; not started yet last."""
        return self._store.list_records(
            Step, order_by=[StepRow.started_on.is_(None), StepRow.started_on]
        )

    def calls(self, *, limit: int | None = None, offset: int = 0, after: Call | None = None
              ) -> list[Call]:
        """Newest first. ``after``: the calls that come after that one in this order (a page
        that starts where the last one ended, as quick at the 20,000th call as at the first).

        Read through the index on the calls' time, which gives this order without sorting every
        call for each page.
        """
        where = []
        if after is not None and after.id is not None:
            where.append(or_(CallRow.called_at < after.called_at,
                             and_(CallRow.called_at == after.called_at, CallRow.id > after.id)))
        return self._store.list_records(
            Call, order_by=[CallRow.called_at.desc()], limit=limit, offset=offset, where=where,
            by_order=True,
        )

    def questions(self) -> list[Question]:
        """Open first, then the others, each oldest first."""
        return self._store.list_records(Question, order_by=[QuestionRow.status != "open"])

    def requests(self) -> list[Request]:
        """Newest request first; those with no date last."""
        return self._store.list_records(
            Request,
            order_by=[RequestRow.requested_on.is_(None), RequestRow.requested_on.desc()],
        )

    def documents(self) -> list[Document]:
        """Newest received first."""
        return self._store.list_records(
            Document, order_by=[DocumentRow.received_on.desc(), DocumentRow.id.desc()]
        )

    def documents_listed(self) -> list[Document]:
        """Newest received first, without their text (a list never shows it; ``get`` reads
        one document whole)."""
        return self._store.list_records(
            Document, order_by=[DocumentRow.received_on.desc(), DocumentRow.id.desc()],
            leave_out=LISTED_WITHOUT)

    def documents_listed_by_id(self, ids: Sequence[int]) -> list[Document]:
        """These documents (not in the trash), in no set order, without their text."""
        return self._store.get_many(Document, ids, leave_out=LISTED_WITHOUT)

    def newest_documents(self, limit: int) -> list[Document]:
        """The ``limit`` documents with the latest date (the date on them, else the day they
        came; those with neither last), without their text."""
        day = func.coalesce(DocumentRow.document_date, DocumentRow.received_on)
        return self._store.list_records(
            Document, order_by=[day.is_(None), day.desc(), DocumentRow.id.desc()], limit=limit,
            leave_out=LISTED_WITHOUT)

    def documents_to_read(self) -> list[Document]:
        """Documents whose pictures wait to be read, in the order they were added."""
        return self._store.list_records(
            Document, order_by=[DocumentRow.id],
            where=[DocumentRow.read_state == ReadState.WAITING.value])

    def documents_read_without_text(self) -> list[Document]:
        """Documents whose pictures were read and gave no text, or could not be read."""
        return self._store.list_records(
            Document, order_by=[DocumentRow.id],
            where=[DocumentRow.read_state.in_([ReadState.NO_TEXT.value,
                                               ReadState.FAILED.value])])

    def calls_with_follow_up_due(self, today: date) -> list[Call]:
        """Calls whose follow-up date has come and that are not marked done, soonest first."""
        return self._store.list_records(
            Call,
            order_by=[CallRow.follow_up_on],
            where=[CallRow.follow_up_on.is_not(None), CallRow.follow_up_on <= today,
                   CallRow.follow_up_done.is_(False)],
        )

    def calls_with_follow_up_to_do(self) -> list[Call]:
        """Calls with a follow-up date that are not marked done, whenever it falls."""
        return self._store.list_records(
            Call, order_by=[CallRow.follow_up_on],
            where=[CallRow.follow_up_on.is_not(None), CallRow.follow_up_done.is_(False)])

    def last_call_with_each_contact(self) -> dict[int, datetime]:
        """When each contact was last called (or called us): contact id -> the latest call."""
        with self._store.reading() as s:
            return {contact: called for contact, called in s.execute(
                select(CallRow.contact_id, func.max(CallRow.called_at))
                .where(CallRow.deleted_at.is_(None), CallRow.contact_id.is_not(None))
                .group_by(CallRow.contact_id)) if contact is not None and called is not None}

    def latest_calls_with_contact(self, contact_id: int, *, limit: int) -> list[Call]:
        """The latest calls linked to one contact, newest first."""
        return self._store.list_records(
            Call,
            order_by=[CallRow.called_at.desc()],
            where=[CallRow.contact_id == contact_id],
            limit=limit,
        )

    def questions_answered_on(self, call_id: int) -> list[Question]:
        """The questions answered during one call."""
        return self._store.list_records(Question, where=[QuestionRow.answered_call_id == call_id])

    def requests_for_document(self, document_id: int) -> list[Request]:
        """The requests a document was sent for."""
        with self._store.reading() as s:
            ids = list(
                s.execute(
                    select(request_documents.c.request_id).where(
                        request_documents.c.document_id == document_id
                    )
                ).scalars()
            )
        return self._store.get_many(Request, ids)

    def document_with_hash(self, sha256: str) -> Document | None:
        """The document holding these bytes (one not in the trash first), if any."""
        with self._store.reading() as s:
            row = s.execute(
                select(*columns_of(DocumentRow, Document, versions=self._store.versions))
                .where(DocumentRow.sha256 == sha256)
                .order_by(DocumentRow.deleted_at.is_not(None), DocumentRow.id)
            ).first()
            return None if row is None else from_values(Document, row._mapping)

    def documents_with_hashes(self, hashes: list[str]) -> dict[str, Document]:
        """``document_with_hash`` for several fingerprints at once (those held by none left
        out)."""
        found: dict[str, Document] = {}
        with self._store.reading() as s:
            for row in s.execute(
                select(*columns_of(DocumentRow, Document, versions=self._store.versions))
                .where(DocumentRow.sha256.in_(hashes))
                .order_by(DocumentRow.deleted_at.is_not(None), DocumentRow.id)
            ):
                document = from_values(Document, row._mapping)
                found.setdefault(document.sha256, document)
        return found
