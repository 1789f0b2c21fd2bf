"""Write the demo folder: the story's records and documents, stored through the Folder service."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

from infusion_desk.core.records import Call, Question, Request
from infusion_desk.demo import call_log, cast, ledger, paperwork
from infusion_desk.demo.story import Timeline
from infusion_desk.documents import PdfEngine, PreparedDocument, prepare_bytes
from infusion_desk.services import Answer, Folder

log = logging.getLogger(__name__)


def write_demo_folder(path: Path, *, today: date | None = None) -> Folder:
    """Create a new demo folder file at ``path`` and return it, open.

    Every date in it is counted from ``today`` (default: the real today), so the demo always has
    overdue requests, follow-ups due and an approval about to end. The same ``today`` always gives
    the same records and the same document bytes. Raises ``FolderExistsError`` if ``path`` exists;
    if writing fails half-way, the half-written file is removed.
    """
    timeline = Timeline(today or date.today())
    folder = Folder.create(path, cast.profile(timeline))
    try:
        _fill(folder, timeline)
    except BaseException:
        folder.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return folder


def _fill(folder: Folder, t: Timeline) -> None:
    # The files are made here and read by a worker thread (its PDF engine starts a process,
    # which takes a moment), while this thread stores the records that need no documents.
    with PdfEngine() as engine, ThreadPoolExecutor(1, "demo-documents") as reader:
        pending = [
            (paper, reader.submit(prepare_bytes, paper.make(), paper.file_name,
                                  today=t.day(paper.received), engine=engine))
            for paper in paperwork.papers(t)
        ]
        plan_ids = {key: _id(folder.records.add(plan).value) for key, plan in cast.plans(t).items()}
        contact_ids = {key: _id(folder.records.add(c).value) for key, c in cast.contacts().items()}
        step_ids = {key: _id(folder.records.add(step).value)
                    for key, step in cast.steps(t, plan_ids).items()}
        document_ids = {
            paper.key: _add_document(folder, t, paper, prepared.result(), step_ids)
            for paper, prepared in pending
        }
    request_ids = _add_requests(folder, t, step_ids, document_ids)
    question_ids = {
        ask.key: _id(
            folder.records.add(
                Question(text=ask.text, ask_whom=ask.ask_whom, status=ask.status,
                         step_id=step_ids.get(ask.step or ""))
            ).value
        )
        for ask in call_log.QUESTIONS
    }
    folder.question_list.add_stuck(
        ask_whom="Renee Castillo (Brightwater intake)",
        request_id=request_ids[ledger.OVERDUE_EXTENSION],
        step_id=step_ids[cast.REAUTH],
    )
    for talk in call_log.calls(t):
        call = Call(
            called_at=t.at(talk.day, talk.hour, talk.minute),
            direction=talk.direction,
            organization=talk.organization,
            contact_id=contact_ids[talk.contact] if talk.contact else None,
            person=talk.person,
            phone=talk.phone,
            reference_number=talk.reference,
            summary=talk.summary,
            outcome=talk.outcome,
            follow_up_on=None if talk.follow_up is None else t.day(talk.follow_up),
            follow_up_done=talk.follow_up_done,
            step_id=step_ids.get(talk.step or ""),
        )
        answers = [Answer(question_ids[key], text) for key, text in talk.answers]
        folder.call_log.log_call(call, answers, keep_new_person=False)


def _add_document(
    folder: Folder,
    t: Timeline,
    paper: paperwork.Paper,
    prepared: PreparedDocument,
    step_ids: dict[str, int],
) -> int:
    """Store one prepared file, with what the caregiver would have typed over the guesses."""
    if prepared.note:
        log.warning("demo document %s: %s", paper.file_name, prepared.note)
    document = replace(
        prepared.document,
        title=paper.title,
        kind=paper.kind,
        document_date=None if paper.dated is None else t.day(paper.dated),
        received_on=t.day(paper.received),
        sender=paper.sender,
        notes=paper.notes,
        step_id=step_ids.get(paper.step or ""),
        added_at=t.at(paper.received, 20, 0),
    )
    saved = folder.records.add_document(document, prepared.data, pages=prepared.pages,
                                thumbnail=prepared.thumbnail).value
    return _id(saved)


def _add_requests(
    folder: Folder, t: Timeline, step_ids: dict[str, int], document_ids: dict[str, int]
) -> dict[str, int]:
    """Fill the ledger as it happened: the left side first, then what was sent, then receipts."""
    ids: dict[str, int] = {}
    for row in ledger.ROWS:
        request = folder.records.add(
            Request(
                what=row.what,
                requested_on=t.day(row.requested_on),
                requested_by=row.requested_by,
                due_on=None if row.due is None else t.day(row.due),
                step_id=step_ids.get(row.step or ""),
                notes=row.notes,
            )
        ).value
        request_id = _id(request)
        if row.sent is not None:
            request = folder.ledger.mark_sent(
                request_id,
                on=t.day(row.sent),
                method=row.method,
                submitted_to=row.to,
                submitted_by=row.by,
                confirmation_number=row.confirmation,
                papers=[document_ids[key] for key in row.papers],
            ).value
        if row.confirmed is not None:
            folder.ledger.mark_received(request_id, on=t.day(row.confirmed))
        if row.key:
            ids[row.key] = request_id
    return ids


def _id(record: object) -> int:
    record_id = getattr(record, "id", None)
    if not isinstance(record_id, int):
        raise TypeError(f"{type(record).__name__} was not stored")
    return record_id
