"""Write the demo folder: the story's records and documents, stored through the Folder service."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

from infusion_desk.core.errors import FolderError, FolderExistsError, FolderInUseError
from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import Call, Question, Request
from infusion_desk.demo import call_log, cast, ledger, paperwork
from infusion_desk.demo import story as s
from infusion_desk.demo.story import Timeline
from infusion_desk.documents import PdfEngine, PreparedDocument, prepare_bytes
from infusion_desk.services import Answer, Folder
from infusion_desk.storage import schema
from infusion_desk.storage.durable import fsync_file, replace_durably
from infusion_desk.storage.lock_file import LockFile, LockHeldError, LockUnavailableError
from infusion_desk.storage.opening import lock_path

log = logging.getLogger(__name__)

Cancelled = Callable[[], bool]


class DemoCancelledError(Exception):
    """Writing the demo was cancelled; nothing was left at its path."""


def writing_path(path: Path) -> Path:
    """Where the demo is written until it is whole (beside ``path``, so the rename is atomic)."""
    return path.with_name(path.name + ".writing")


def is_unfinished_demo(path: Path) -> bool:
    """Whether ``path`` is a demo folder an older version left half-made: the demo's patient,
    and not one call (the calls were written last). Cheap: one read-only look that changes
    nothing and leaves no file beside it; anything else (someone's own folder) is never one."""
    try:
        schema.inspect_file(path)
        conn = schema.connect_read_only(path)
    except (FolderError, sqlite3.Error, OSError):
        return False
    try:
        patient = conn.execute("SELECT patient_name FROM profile WHERE id = 1").fetchone()
        calls = conn.execute("SELECT count(*) FROM calls").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return patient is not None and patient[0] == s.PATIENT and calls == 0


def demo_needs_writing(path: Path) -> bool:
    """True when there is no demo at ``path`` yet, or only a half-made one to write again."""
    return not path.exists() or is_unfinished_demo(path)


def write_demo_folder(
    path: Path, *, today: date | None = None, cancelled: Cancelled | None = None
) -> Folder:
    """Create a new demo folder file at ``path`` and return it, open.

    Every date in it is counted from ``today`` (default: the real today), so the demo always has
    overdue requests, follow-ups due and an approval about to end. The same ``today`` always gives
    the same records and the same document bytes.

    The folder is written under a temporary name beside ``path`` (see :func:`writing_path`),
    flushed to the disk and renamed into place only when whole, so an interrupted write (the
    window closed, the computer switched off) never leaves a half-made demo at ``path``; what
    it left is cleared away by the next write. ``cancelled`` (for example ``event.is_set``) is
    asked between records; once it says True, writing stops, nothing is left at ``path`` and
    :class:`DemoCancelledError` is raised.

    Raises ``FolderExistsError`` if ``path`` holds anything but a demo an older version left
    half-made (:func:`is_unfinished_demo`), which is written again; ``FolderInUseError`` if that
    one, or another write of the demo, is open.
    """
    if path.exists() and not is_unfinished_demo(path):
        raise FolderExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = writing_path(path)
    with _held(partial):
        _clear(partial)
    timeline = Timeline(today or date.today())

    def step() -> None:
        if cancelled is not None and cancelled():
            raise DemoCancelledError

    try:
        folder = Folder.create(partial, cast.profile(timeline))
        try:
            _fill(folder, timeline, step)
            step()
        finally:
            folder.close()
        _put_in_place(partial, path)
    except BaseException:
        _clear(partial)
        raise
    return Folder.open(path)


@contextlib.contextmanager
def _held(path: Path) -> Iterator[None]:
    """The folder lock of ``path``, held for the block (FolderInUseError if it is taken)."""
    lock = LockFile(lock_path(path))
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise FolderInUseError(path) from exc
    except LockUnavailableError as exc:  # no file can be made there
        raise FolderError(translate("DemoWriter", "The demo folder could not be made in "
                                    "{folder}: {problem}.").format(folder=path.parent, problem=exc),
                          detail=str(exc)) from exc
    try:
        yield
    finally:
        lock.release()


def _companions(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _clear(partial: Path) -> None:
    """Remove what a write under ``partial`` leaves (or an interrupted one left)."""
    creating = partial.with_name(partial.name + ".creating")
    for leftover in (partial, *_companions(partial), creating, *_companions(creating)):
        leftover.unlink(missing_ok=True)


def _put_in_place(partial: Path, path: Path) -> None:
    """Flush the finished demo and rename it over ``path`` in one step."""
    wal, shm = _companions(partial)
    if wal.exists() and wal.stat().st_size > 0:  # its last changes are not in the file itself
        raise FolderError(translate("DemoWriter",
                                    "The demo folder could not be finished. Please try again."),
                          detail=f"{wal} was not written back")
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)
    fsync_file(partial)
    with _held(path):
        for stale in _companions(path):  # an old half-made demo's log must not meet the new file
            stale.unlink(missing_ok=True)
        replace_durably(partial, path)


def _fill(folder: Folder, t: Timeline, step: Callable[[], None]) -> None:
    # The files are made here and read by a worker thread (its PDF engine starts a process,
    # which takes a moment), while this thread stores the records that need no documents.
    with PdfEngine() as engine, ThreadPoolExecutor(1, "demo-documents") as reader:
        pending = [
            (paper, reader.submit(prepare_bytes, paper.make(), paper.file_name,
                                  today=t.day(paper.received), engine=engine))
            for paper in paperwork.papers(t)
        ]
        try:
            plan_ids = {key: _id(folder.records.add(plan).value, step)
                        for key, plan in cast.plans(t).items()}
            contact_ids = {key: _id(folder.records.add(c).value, step)
                           for key, c in cast.contacts().items()}
            step_ids = {key: _id(folder.records.add(one).value, step)
                        for key, one in cast.steps(t, plan_ids).items()}
            document_ids = {
                paper.key: _add_document(folder, t, paper, prepared.result(), step_ids,
                                          step=step)
                for paper, prepared in pending
            }
        except BaseException:
            for _paper, prepared in pending:  # a cancelled write does not wait for them all
                prepared.cancel()
            raise
    # She filed the denial letter: the app proposes its appeal deadline (issue 16).
    folder.deadlines.propose_for_letter(document_ids["denial"],
                                        letter_kind=LetterKind.DENIAL, today=t.today)
    request_ids = _add_requests(folder, t, step_ids, document_ids, step)
    question_ids = {
        ask.key: _id(
            folder.records.add(
                Question(text=ask.text, ask_whom=ask.ask_whom, status=ask.status,
                         step_id=step_ids.get(ask.step or ""))
            ).value,
            step,
        )
        for ask in call_log.questions()
    }
    folder.question_list.add_stuck(
        ask_whom=translate("DemoWriter", "Renee Castillo (Brightwater intake)"),
        request_id=request_ids[ledger.OVERDUE_EXTENSION],
        step_id=step_ids[cast.REAUTH],
    )
    for talk in call_log.calls(t):
        step()
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
    *,
    step: Callable[[], None],
) -> int:
    """Store one prepared file, with what the caregiver would have typed over the guesses."""
    if prepared.note:
        log.warning("a demo document has a note: %s", prepared.note)
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
    return _id(saved, step)


def _add_requests(
    folder: Folder, t: Timeline, step_ids: dict[str, int], document_ids: dict[str, int],
    step: Callable[[], None],
) -> dict[str, int]:
    """Fill the ledger as it happened: the left side first, then what was sent, then receipts."""
    ids: dict[str, int] = {}
    for row in ledger.rows():
        step()
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
        request_id = _id(request, step)
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


def _id(record: object, step: Callable[[], None]) -> int:
    """The stored record's id; then a chance to stop (``step`` raises if cancelled)."""
    record_id = getattr(record, "id", None)
    if not isinstance(record_id, int):
        raise TypeError(f"{type(record).__name__} was not stored")
    step()
    return record_id
