"""The service layer: one open folder, used alike by the window and the command line.

Every public method that changes something is one transaction and, once it has committed, tells
the listeners what changed (``Change``) so that each view refreshes what it shows.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from infusion_desk.core import rules
from infusion_desk.core.errors import (
    FolderError,
    FolderExistsError,
    FolderFailedCheckError,
    FolderInUseError,
    RecordNotFoundError,
)
from infusion_desk.core.records import (
    RECORD_TYPES,
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    Record,
    RecordKind,
    Request,
    SendMethod,
    Step,
    kind_of,
)
from infusion_desk.core.search import SearchHit, first_page_with, match_expression, split_snippet
from infusion_desk.services.backup_policy import BEFORE_EMPTY_TRASH, BEFORE_UPGRADE
from infusion_desk.storage import schema
from infusion_desk.storage.lock_file import (
    LockFile,
    LockHeldError,
    LockUnavailableError,
    read_holder,
)
from infusion_desk.storage.store import Store
from infusion_desk.storage.tables import (
    CallRow,
    ContactRow,
    DocumentRow,
    PlanRow,
    QuestionRow,
    RequestRow,
    StepRow,
)

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)
Listener = Callable[["Change"], None]

# Why a folder opened for reading only, for the banner that says so.
FILE_READ_ONLY = ("This folder file is marked read-only, so changes cannot be saved. "
                  "Copy it to a place you can write to, then open the copy.")
PLACE_READ_ONLY = ("This folder is kept in a place that cannot be written to (a CD, a locked "
                   "USB stick, or a folder you may only read), so changes cannot be saved. "
                   "Copy it to a place you can write to, then open the copy.")
DAMAGED_READ_ONLY = ("This folder looks damaged, so it is open for reading only and nothing in "
                     "it will be changed. Restore the newest good backup to keep working.")


class SafetyBackups(Protocol):
    """Takes a snapshot of a folder file before a risky change (``services.backups``)."""

    def snapshot(self, source: Path, reason: str) -> object: ...


def lock_path(path: Path) -> Path:
    """The lock file beside a folder file that says who has it open for changes."""
    return path.with_name(path.name + ".lock")


@dataclass(frozen=True)
class Change:
    """What one action changed: the kinds of record, and the ids touched (may be empty)."""

    kinds: frozenset[RecordKind]
    ids: frozenset[int] = frozenset()
    trashed: bool = False


@dataclass(frozen=True)
class Answer:
    """A question answered during a call."""

    question_id: int
    answer: str


@dataclass
class CheckReport:
    integrity_problems: list[str] = field(default_factory=list)
    damaged_documents: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and not self.damaged_documents


class Folder:
    """One open folder file.

    Opened for changes, it holds the folder's lock file (one writer per folder) until
    :meth:`close`. ``read_only_reason`` says why a folder opened for reading only when that was
    not asked for; ``damage`` lists what SQLite's quick check found when it was opened.
    """

    def __init__(self, store: Store, *, upgraded_from: Path | None = None) -> None:
        self._store = store
        self._listeners: list[Listener] = []
        self._lock: LockFile | None = None
        self.upgraded_backup = upgraded_from
        self.read_only_reason = ""
        self.damage: tuple[str, ...] = ()
        self.checked_in_full = True
        self.backups: SafetyBackups | None = None

    # ------------------------------------------------------------------ open / create / close
    @classmethod
    def create(
        cls, path: Path, profile: Profile | None = None, *, backups: SafetyBackups | None = None
    ) -> Folder:
        if path.exists():
            raise FolderExistsError(path)
        schema.create_folder_file(path)
        folder = cls.open(path, backups=backups)
        if profile is not None:
            folder.save_profile(profile)
        return folder

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, backups: SafetyBackups | None = None
    ) -> Folder:
        """Open a folder file, for changes unless ``read_only``.

        Raises FolderInUseError if another window or program has it open for changes, and
        FolderFailedCheckError (a FolderDamagedError) if SQLite's quick check finds damage; such a
        file is never changed and can still be opened with ``read_only=True``. A file or place
        that cannot be written to opens for reading only, with ``read_only_reason`` saying why.
        ``backups`` (a ``services.backups.BackupStore``) takes a snapshot before an upgrade and
        before the trash is emptied.
        """
        state = schema.inspect_file(path)
        reason = "" if read_only else _why_not_writable(path)
        lock = None if read_only or reason else _take_lock(path)
        if lock is None and not read_only and not reason:
            reason = PLACE_READ_ONLY
        read_only = read_only or bool(reason)
        try:
            check = schema.quick_check(path)
            if check.problems and not read_only:
                raise FolderFailedCheckError(path, check.problems)
            engine = schema.make_engine(path, read_only=read_only,
                                        immutable=read_only and _nobody_can_write(path))
            if not read_only and not _accepts_writes(engine, path):
                engine.dispose()
                if lock is not None:
                    lock.release()
                    lock = None
                read_only, reason = True, PLACE_READ_ONLY
                engine = schema.make_engine(path, read_only=True,
                                            immutable=_nobody_can_write(path))
            upgraded = None
            if not read_only:
                upgraded = schema.upgrade_if_needed(
                    path, state, before=_snapshot_before_upgrade(backups, path)
                )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        folder = cls(Store(engine, path, read_only=read_only), upgraded_from=upgraded)
        folder._lock = lock
        folder.damage = tuple(check.problems)
        folder.checked_in_full = check.complete
        folder.read_only_reason = DAMAGED_READ_ONLY if check.problems else reason
        folder.backups = backups
        return folder

    def close(self) -> None:
        if not self._store.read_only:
            try:
                with self._store.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:
                log.warning("checkpoint at close failed", exc_info=True)
        self._store.engine.dispose()
        self._listeners.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def refresh_lock(self) -> None:
        """Show that this folder is still open (call now and then while the window is idle)."""
        if self._lock is not None:
            self._lock.refresh(force=True)

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    # ------------------------------------------------------------------ change notification
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, *kinds: RecordKind, ids: Sequence[int] = (), trashed: bool = False) -> None:
        change = Change(frozenset(kinds), frozenset(i for i in ids if i is not None), trashed)
        if self._lock is not None:
            self._lock.refresh()
        for listener in list(self._listeners):
            listener(change)

    # ------------------------------------------------------------------ generic records
    def profile(self) -> Profile:
        return self._store.profile()

    def save_profile(self, profile: Profile) -> Profile:
        saved = self._store.save_profile(profile)
        self._announce(RecordKind.PROFILE)
        return saved

    def add(self, record: R) -> R:
        saved = self._store.add(record)
        assert saved.id is not None
        self._announce(kind_of(saved), ids=[saved.id])
        return saved

    def update(self, record: R) -> R:
        saved = self._store.update(record)
        assert saved.id is not None
        self._announce(kind_of(saved), ids=[saved.id])
        return saved

    def get(self, cls: type[R], record_id: int) -> R:
        return self._store.get(cls, record_id)

    def get_many(self, cls: type[R], ids: Sequence[int]) -> list[R]:
        return self._store.get_many(cls, ids)

    def count(self, cls: type[Record], *, trashed: bool = False) -> int:
        return self._store.count(cls, trashed=trashed)

    def trash(self, cls: type[Record], record_id: int) -> None:
        """Move a record to the trash; :meth:`restore` brings it back."""
        self._store.trash(cls, record_id)
        self._announce(_kind(cls), ids=[record_id], trashed=True)

    def restore(self, cls: type[Record], record_id: int) -> None:
        self._store.restore(cls, record_id)
        self._announce(_kind(cls), ids=[record_id])

    def trashed(self, cls: type[R]) -> list[R]:
        return self._store.list_records(cls, trashed=True)

    def count_trashed(self) -> int:
        return sum(self.count(cls, trashed=True) for cls in RECORD_TYPES.values())

    def empty_trash(self, *, backup_first: bool = True) -> int:
        """Delete trashed records for good; with ``backups`` set, take a snapshot first.

        If that snapshot cannot be made, a BackupError is raised and nothing is deleted; pass
        ``backup_first=False`` once the person has agreed to go ahead without one.
        """
        if backup_first and self.backups is not None and self.count_trashed() > 0:
            self.backups.snapshot(self.path, BEFORE_EMPTY_TRASH)
        removed = self._store.empty_trash()
        self._announce(*RECORD_TYPES)
        return removed

    # ------------------------------------------------------------------ lists, in reading order
    def plans(self) -> list[Plan]:
        return self._store.list_records(Plan, order_by=[PlanRow.rank != "primary", PlanRow.rank])

    def contacts(self) -> list[Contact]:
        return self._store.list_records(
            Contact, order_by=[ContactRow.organization, ContactRow.name]
        )

    def steps(self) -> list[Step]:
        return self._store.list_records(
            Step, order_by=[StepRow.started_on.is_(None), StepRow.started_on]
        )

    def calls(self, *, limit: int | None = None, offset: int = 0) -> list[Call]:
        """Newest first."""
        return self._store.list_records(
            Call, order_by=[CallRow.called_at.desc()], limit=limit, offset=offset
        )

    def questions(self) -> list[Question]:
        """Open first, then answered, each oldest first."""
        return self._store.list_records(Question, order_by=[QuestionRow.status != "open"])

    def requests(self) -> list[Request]:
        return self._store.list_records(
            Request,
            order_by=[RequestRow.requested_on.is_(None), RequestRow.requested_on.desc()],
        )

    def documents(self) -> list[Document]:
        return self._store.list_records(
            Document, order_by=[DocumentRow.received_on.desc(), DocumentRow.id.desc()]
        )

    # ------------------------------------------------------------------ domain actions
    def log_call(
        self, call: Call, answers: Sequence[Answer] = (), *, new_contact: Contact | None = None
    ) -> Call:
        """Store a call, the contact it introduced (if any) and the answers given, in one go."""
        kinds = {RecordKind.CALL}
        with self._store.writing() as s:
            if new_contact is not None:
                contact = self._store.add(new_contact, s)
                call = replace(call, contact_id=contact.id)
                kinds.add(RecordKind.CONTACT)
            saved = self._store.add(call, s)
            for answer in answers:
                question = self._store.get(Question, answer.question_id)
                self._store.update(
                    replace(
                        question,
                        status=QuestionStatus.ANSWERED,
                        answer=answer.answer,
                        answered_on=saved.called_at.date(),
                        answered_call_id=saved.id,
                    ),
                    s,
                )
                kinds.add(RecordKind.QUESTION)
        assert saved.id is not None
        self._announce(*kinds, ids=[saved.id])
        return saved

    def answer_question(
        self, question_id: int, answer: str, *, on: date, call_id: int | None = None
    ) -> Question:
        question = self._store.get(Question, question_id)
        return self.update(
            replace(question, status=QuestionStatus.ANSWERED, answer=answer, answered_on=on,
                    answered_call_id=call_id)
        )

    def questions_answered_on(self, call_id: int) -> list[Question]:
        return [q for q in self.questions() if q.answered_call_id == call_id]

    def add_stuck_questions(
        self, *, ask_whom: str = "", request_id: int | None = None, step_id: int | None = None
    ) -> list[Question]:
        """Add the guide's three "when you feel stuck" questions, tied to a request or a step."""
        added: list[Question] = []
        with self._store.writing() as s:
            for text in rules.STUCK_QUESTIONS:
                added.append(
                    self._store.add(
                        Question(text=text, ask_whom=ask_whom, request_id=request_id,
                                 step_id=step_id),
                        s,
                    )
                )
        self._announce(RecordKind.QUESTION, ids=[q.id for q in added if q.id is not None])
        return added

    def mark_sent(
        self,
        request_id: int,
        *,
        on: date,
        method: SendMethod | None,
        submitted_to: str = "",
        submitted_by: str = "",
        confirmation_number: str = "",
        document_ids: Sequence[int] = (),
    ) -> Request:
        """Fill the right side of a ledger row: what we sent, when, how and to whom."""
        request = self._store.get(Request, request_id)
        return self.update(
            replace(
                request,
                submitted_on=on,
                method=method,
                submitted_to=submitted_to,
                submitted_by=submitted_by,
                confirmation_number=confirmation_number,
                document_ids=tuple(dict.fromkeys((*request.document_ids, *document_ids))),
            )
        )

    def attach_documents(self, request_id: int, document_ids: Sequence[int]) -> None:
        self._store.attach_documents(request_id, document_ids)
        self._announce(RecordKind.REQUEST, RecordKind.DOCUMENT, ids=[request_id])

    def requests_for_document(self, document_id: int) -> list[Request]:
        return self._store.requests_for_document(document_id)

    def calls_with_follow_up_due(self, today: date) -> list[Call]:
        """Calls whose follow-up date has come and that are not marked done (a small list,
        read without loading every call)."""
        return self._store.list_records(
            Call,
            order_by=[CallRow.follow_up_on],
            where=[CallRow.follow_up_on.is_not(None), CallRow.follow_up_on <= today,
                   CallRow.follow_up_done.is_(False)],
        )

    def today(self, today: date) -> list[rules.TodayItem]:
        return rules.today_items(
            requests=self.requests(),
            calls=self.calls_with_follow_up_due(today),
            questions=self.questions(),
            steps=self.steps(),
            today=today,
        )

    # ------------------------------------------------------------------ documents
    def add_document(
        self,
        document: Document,
        data: bytes,
        *,
        pages: Sequence[str] = (),
        thumbnail: bytes | None = None,
    ) -> Document:
        saved = self._store.add_document(document, data, pages, thumbnail)
        assert saved.id is not None
        self._announce(RecordKind.DOCUMENT, ids=[saved.id])
        return saved

    def find_document_by_hash(self, sha256: str) -> Document | None:
        return self._store.find_document_by_hash(sha256)

    def is_trashed(self, cls: type[Record], record_id: int) -> bool:
        return self._store.is_trashed(cls, record_id)

    def document_bytes(self, document_id: int) -> bytes:
        return self._store.document_bytes(document_id)

    def thumbnail(self, document_id: int) -> bytes | None:
        return self._store.thumbnail(document_id)

    def page_texts(self, document_id: int) -> list[str]:
        return self._store.page_texts(document_id)

    # ------------------------------------------------------------------ search and check
    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Ranked hits over every record's text and every document's text."""
        match = match_expression(text)
        if match is None:
            return []
        hits: list[SearchHit] = []
        for kind, record_id, title, raw in self._store.execute_search(match, limit):
            snippet, spans = split_snippet(str(raw or ""))
            record_kind = RecordKind.parse(str(kind))
            page = None
            if record_kind is RecordKind.DOCUMENT:
                page = first_page_with(self._store.page_texts(int(record_id)), text)
            hits.append(
                SearchHit(record_kind, int(record_id), " ".join(str(title).split()), snippet,
                          spans, page)
            )
        return hits

    def counts(self) -> dict[str, int]:
        out = {kind.label: self.count(cls) for kind, cls in RECORD_TYPES.items()}
        out["In the trash"] = self.count_trashed()
        return out

    def check(self) -> CheckReport:
        """SQLite's full integrity check, and every stored document against its hash."""
        import hashlib

        report = CheckReport(integrity_problems=self._store.integrity_problems())
        for sha, size in self._store.blob_hashes():
            data = self._store.blob(sha)
            if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
                titles = self._store.documents_with_hash(sha) or ["(unnamed document)"]
                report.damaged_documents.extend(titles)
        report.counts = self.counts()
        return report

    def quick_problems(self) -> list[str]:
        return self._store.integrity_problems(quick=True)

    # ------------------------------------------------------------------ calls with one contact
    def calls_with_contact(self, contact_id: int, *, limit: int = 5) -> list[Call]:
        """The latest calls linked to one contact, newest first (fast even with many calls)."""
        calls = self._store.list_records(
            Call,
            order_by=[CallRow.contact_id.is_distinct_from(contact_id), CallRow.called_at.desc()],
            limit=limit,
        )
        return [c for c in calls if c.contact_id == contact_id]


def _why_not_writable(path: Path) -> str:
    if not os.access(path, os.W_OK):
        return FILE_READ_ONLY
    if not os.access(path.parent, os.W_OK):
        return PLACE_READ_ONLY  # SQLite must be able to make its -wal and -shm files beside it
    return ""


def _nobody_can_write(path: Path) -> bool:
    """A read-only place with no write-ahead log: read the file as immutable (no -shm needed)."""
    return not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists()


def _take_lock(path: Path) -> LockFile | None:
    """The folder's lock, taken; None if no lock file can be made there (a read-only place)."""
    lock = LockFile(lock_path(path))
    try:
        lock.acquire()
    except LockHeldError as exc:
        holder = exc.holder
        raise FolderInUseError(
            path,
            host=holder.host if holder else "",
            this_computer=holder.this_computer if holder else True,
            this_process=exc.this_process,
        ) from exc
    except LockUnavailableError:
        log.info("no lock file can be made beside %s", path, exc_info=True)
        return None
    return lock


def _accepts_writes(engine: Engine, path: Path) -> bool:
    """Whether SQLite can start a write transaction (read-only media say no only here)."""
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            # BEGIN IMMEDIATE alone succeeds even on a read-only file: write something (its
            # own value back) inside the transaction, then roll it back.
            cursor.execute("BEGIN IMMEDIATE")
            try:
                version = int(cursor.execute("PRAGMA user_version").fetchone()[0])
                cursor.execute(f"PRAGMA user_version = {version}")
            finally:
                cursor.execute("ROLLBACK")
        finally:
            raw.close()
    except (sqlite3.OperationalError, DBAPIError) as exc:
        text = str(getattr(exc, "orig", exc)).lower()
        if "readonly" in text or "read-only" in text or "read only" in text:
            return False
        if "locked" in text or "busy" in text:
            holder = read_holder(lock_path(path))
            raise FolderInUseError(path, host=holder.host if holder else "",
                                   this_computer=holder.this_computer if holder else True) from exc
        raise
    return True


def _snapshot_before_upgrade(
    backups: SafetyBackups | None, path: Path
) -> Callable[[str], object] | None:
    if backups is None:
        return None

    def snapshot(revision: str) -> None:
        # The copy beside the file is already made; this one is a bonus, so it may fail.
        try:
            backups.snapshot(path, f"{BEFORE_UPGRADE} from {revision}")
        except FolderError:
            log.warning("could not take a backup before upgrading %s", path, exc_info=True)

    return snapshot


def _kind(cls: type[Record]) -> RecordKind:
    for kind, record_cls in RECORD_TYPES.items():
        if record_cls is cls:
            return kind
    raise RecordNotFoundError(cls.__name__, 0)
