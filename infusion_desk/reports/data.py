"""What a report prints, read from the folder once: plain records, no session, no Qt.

:func:`gather_summary_data`, :func:`gather_packet_data` and :func:`document_contents` are the only
places in ``reports`` that touch a :class:`~infusion_desk.services.folder.Folder` (through the
read-only :class:`FolderReader` part of it). Everything after them works on a
:class:`SummaryData`, so a report can be built on another thread (or in a test) from plain data.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Protocol

from infusion_desk.core.counts import FolderCounts, folder_counts
from infusion_desk.core.errors import FolderError
from infusion_desk.core.meeting import FolderRecords
from infusion_desk.core.records import (
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
from infusion_desk.reports.fitting import ITEM_PRIORITIES
from infusion_desk.reports.ranking import newest_calls_first

log = logging.getLogger(__name__)

class FolderReader(Protocol):
    """The part of :class:`infusion_desk.services.folder.Folder` that reports read."""

    def profile(self) -> Profile: ...
    def plans(self) -> list[Plan]: ...
    def contacts(self) -> list[Contact]: ...
    def steps(self) -> list[Step]: ...
    def requests(self) -> list[Request]: ...
    def questions(self) -> list[Question]: ...
    def documents(self) -> list[Document]: ...
    def calls(self, *, limit: int | None = None, offset: int = 0) -> list[Call]: ...
    def count(self, cls: type[Record], *, trashed: bool = False) -> int: ...
    def document_bytes(self, document_id: int) -> bytes: ...
    def newest_documents(self, limit: int) -> list[Document]: ...
    def calls_with_follow_up_to_do(self) -> list[Call]: ...
    def last_call_with_each_contact(self) -> dict[int, datetime]: ...
    def one_read(self) -> AbstractContextManager[None]: ...
    def open_deadlines(self) -> list[Deadline]: ...


# The summary reads the latest calls, not every call (20,000 calls take longer to read than the
# whole page may take to make): the recent calls with a plan or a doctor are among them. Calls
# with a follow-up still to do are read whatever their age (they are what is owed), and when
# each person was last talked to is counted by the folder.
SUMMARY_CALLS: int | None = 1000


@dataclass(frozen=True)
class RecordTotals:
    """How many of each record the folder holds (a list in :class:`SummaryData` may be shorter)."""

    plans: int = 0
    contacts: int = 0
    steps: int = 0
    requests: int = 0
    calls: int = 0
    questions: int = 0
    documents: int = 0


@dataclass(frozen=True)
class SummaryData:
    """One folder as plain records, for the summary and the packet.

    ``calls`` are newest first, and may be only the latest (``gather_summary_data(calls=N)``,
    with those whose follow-up is still to do): ``totals.calls`` says how many there are in all.
    ``documents`` may be only the newest (the summary lists no more): ``totals.documents`` says
    how many. ``last_talked``, when given, is when each contact was last called (contact id ->
    time), from every call. Every other list is complete. ``today`` decides what is overdue and
    is the date printed on the page.
    """

    today: date
    profile: Profile
    plans: tuple[Plan, ...] = ()
    contacts: tuple[Contact, ...] = ()
    steps: tuple[Step, ...] = ()
    requests: tuple[Request, ...] = ()
    calls: tuple[Call, ...] = ()
    questions: tuple[Question, ...] = ()
    documents: tuple[Document, ...] = ()
    totals: RecordTotals | None = None
    last_talked: Mapping[int, datetime] | None = None
    deadlines: tuple[Deadline, ...] = ()  # not done yet, soonest first

    @property
    def counts(self) -> RecordTotals:
        """``totals`` when given, else the lengths of the lists."""
        if self.totals is not None:
            return self.totals
        return RecordTotals(
            plans=len(self.plans),
            contacts=len(self.contacts),
            steps=len(self.steps),
            requests=len(self.requests),
            calls=len(self.calls),
            questions=len(self.questions),
            documents=len(self.documents),
        )


def gather_summary_data(folder: FolderReader, today: date, *, calls: int | None = SUMMARY_CALLS
                        ) -> SummaryData:
    """Read what the one-page summary needs, and no more: the lists it chooses from (of the
    calls, only the latest ``calls`` when given, and those with a follow-up to do), the newest
    documents it can list (without their text), and counts for the "N more … are on the …
    tab" lines.
    """
    with folder.one_read():  # one connection, one snapshot, for every list and count
        return _gather_summary(folder, today, calls)


def _gather_summary(folder: FolderReader, today: date, calls: int | None) -> SummaryData:
    most = len(ITEM_PRIORITIES["documents"])
    documents = tuple(folder.newest_documents(most))
    document_total = len(documents) if len(documents) < most else folder.count(Document)
    data = _gather(folder, today, calls=calls, documents=documents)
    if calls is not None and data.counts.calls > len(data.calls):
        shown = {c.id for c in data.calls}
        owed = [c for c in folder.calls_with_follow_up_to_do() if c.id not in shown]
        data = replace(data, calls=tuple(newest_calls_first([*data.calls, *owed])))
    return replace(data, totals=replace(data.counts, documents=document_total),
                   last_talked=folder.last_call_with_each_contact(),
                   deadlines=tuple(folder.open_deadlines()))


def gather_packet_data(folder: FolderReader, today: date) -> SummaryData:
    """Read everything the full packet prints: every record, documents with their text."""
    return _gather(folder, today, calls=None, documents=tuple(folder.documents()))


def _gather(folder: FolderReader, today: date, *, calls: int | None, documents: tuple[Document, ...]
            ) -> SummaryData:
    plans = tuple(folder.plans())
    contacts = tuple(folder.contacts())
    steps = tuple(folder.steps())
    requests = tuple(folder.requests())
    questions = tuple(folder.questions())
    latest = tuple(folder.calls(limit=calls))
    call_total = len(latest) if calls is None or len(latest) < calls else folder.count(Call)
    totals = RecordTotals(
        plans=len(plans),
        contacts=len(contacts),
        steps=len(steps),
        requests=len(requests),
        calls=call_total,
        questions=len(questions),
        documents=len(documents),
    )
    return SummaryData(
        today=today,
        profile=folder.profile(),
        plans=plans,
        contacts=contacts,
        steps=steps,
        requests=requests,
        calls=latest,
        questions=questions,
        documents=documents,
        totals=totals,
    )


def folder_records(data: SummaryData) -> FolderRecords:
    """The records a summary's meeting is chosen from (calls newest first)."""
    return FolderRecords(data.profile, data.plans, data.contacts, data.steps, data.requests,
                         data.questions, data.calls)


def summary_counts(data: SummaryData) -> FolderCounts:
    """The counts a printout shows, from the one definition the tabs use (``core.counts``)."""
    totals = data.counts
    return folder_counts(requests=data.requests, questions=data.questions, plans=totals.plans,
                         contacts=totals.contacts, steps=totals.steps, calls=totals.calls,
                         documents=totals.documents, today=data.today)


def document_contents(folder: FolderReader, documents: Iterable[Document]
                      ) -> Iterator[tuple[Document, bytes]]:
    """Each document with its stored bytes, read one at a time (for the packet).

    A document whose bytes cannot be read comes with empty bytes; the packet then prints a page
    saying so instead of failing.
    """
    for document in documents:
        if document.id is None:
            yield document, b""
            continue
        try:
            data = folder.document_bytes(document.id)
        except (FolderError, OSError) as exc:
            log.warning("document %s could not be read for the packet: %s", document.id,
                        type(exc).__name__)
            data = b""
        yield document, data
