"""What a report prints, read from the folder once: plain records, no session, no Qt.

:func:`gather_summary_data`, :func:`gather_packet_data` and :func:`document_contents` are the only
places in ``reports`` that touch a :class:`~infusion_desk.services.folder.Folder` (through the
read-only :class:`FolderReader` part of it). Everything after them works on a
:class:`SummaryData`, so a report can be built on another thread (or in a test) from plain data.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from infusion_desk.core.counts import FolderCounts, folder_counts
from infusion_desk.core.errors import FolderError
from infusion_desk.core.meeting import FolderRecords
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    Record,
    Request,
    Step,
)

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


# The summary reads every call: a page for a call with the plan lists the recent calls with
# that plan and says how many more there are (3,500 calls read in about 0.05 s more than 60).
SUMMARY_CALLS: int | None = None


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

    ``calls`` are newest first, and may be only the latest (``gather_summary_data(calls=N)``):
    ``totals.calls`` says how many there are in all. Every other list is complete. ``today``
    decides what is overdue and is the date printed on the page.
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
    """Read what the one-page summary needs: every list (of the calls, only the latest
    ``calls`` when given), and counts for the "N more … are on the … tab" lines.

    Documents come without their extracted text (the summary prints only the index).
    """
    documents = tuple(replace(d, text="") for d in folder.documents())
    return _gather(folder, today, calls=calls, documents=documents)


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
