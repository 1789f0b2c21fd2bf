"""The folder file's storage: transactions, record reads and writes, trash, links, document bytes.

Returns and takes core records only; no SQLAlchemy object leaves this module.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from infusion_desk.core.errors import (
    FolderDamagedError,
    FolderVanishedError,
    InvalidValueError,
    ReadOnlyFolderError,
    RecordNotFoundError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import (
    RECORD_TYPES,
    Profile,
    Record,
    RecordKind,
    Request,
    kind_of,
)
from infusion_desk.storage.mapping import (
    ROW_TYPES,
    columns_of,
    from_values,
    to_update_values,
    to_values,
)
from infusion_desk.storage.record_versions import refuse, write_checked
from infusion_desk.storage.tables import (
    BlobRow,
    DocumentRow,
    ProfileRow,
    request_documents,
)
from infusion_desk.storage.trouble import known_trouble

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)


# What SQLAlchemy's date and time columns say about a stored value that is not a date (bytes
# changed on disk): known trouble, like text that is no longer UTF-8.
_SCRAMBLED_DATE = "Invalid isoformat string"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Store:
    """All reads and writes of one open folder file. Each public write is one transaction."""

    def __init__(self, engine: Engine, path: Path, *, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._identity = _file_identity(path)
        self._shared = threading.local()  # the session of a ``one_read`` under way, per thread

    # ----------------------------------------------------------------- transactions
    @contextmanager
    def reading(self) -> Iterator[Session]:
        shared: Session | None = getattr(self._shared, "session", None)
        if shared is not None:  # inside ``one_read`` on this thread: its session, its snapshot
            with self._known_trouble():
                yield shared
            return
        with Session(self.engine) as session, self._known_trouble():
            yield session

    @contextmanager
    def one_read(self) -> Iterator[None]:
        """Every read on this thread inside shares one session: one connection to the file,
        one consistent snapshot (a screen that reads six lists opens the file once, not six
        times)."""
        if getattr(self._shared, "session", None) is not None:
            yield
            return
        with Session(self.engine) as session, self._known_trouble():
            self._shared.session = session
            try:
                yield
            finally:
                self._shared.session = None

    @contextmanager
    def _known_trouble(self) -> Iterator[None]:
        """Reading trouble as plain FolderErrors: a failing disk, a damaged file, a bad number."""
        try:
            yield
        except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            # Known trouble (a failing disk, a damaged file, a busy file) as a failed *read*;
            # anything else is a bug and goes on as it is.
            raise known_trouble(exc, self.path, writing=False) from exc
        except OverflowError as exc:  # a record number no folder can hold
            raise InvalidValueError(translate(
                "Store", "A number here is too large to be in the folder."), str(exc)) from exc
        except ValueError as exc:
            if not str(exc).startswith(_SCRAMBLED_DATE):
                raise  # a bug
            raise FolderDamagedError(self.path, str(exc)) from exc  # a date scrambled on disk

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        if self.read_only:
            raise ReadOnlyFolderError
        session = Session(self.engine)
        try:
            session.connection(execution_options={"immediate": True})
            yield session
            self.check_file_is_still_there()
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise InvalidValueError(
                translate("Store", "This refers to something that is no longer in the folder, "
                                   "so it was not saved."),
                detail=str(exc.orig),
            ) from exc
        except OverflowError as exc:
            session.rollback()
            raise InvalidValueError(translate(
                "Store", "A number here is too large to be stored, so it was not saved."),
                detail=str(exc)) from exc
        except (DBAPIError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            session.rollback()
            trouble = known_trouble(exc, self.path, writing=True)  # a bug goes on as it is
            log.warning("write failed: %s", type(trouble).__name__)
            raise trouble from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check_file_is_still_there(self) -> None:
        """Refuse to commit into a folder file that was deleted or replaced while open.

        On Linux and macOS SQLite would otherwise go on "saving" into a deleted file, and every
        change would be lost when the window closes.
        """
        if self._identity is None:
            return
        if _file_identity(self.path) != self._identity:
            raise FolderVanishedError("the folder file was moved, deleted or replaced while open")

    # ----------------------------------------------------------------- profile
    def profile(self, session: Session | None = None) -> Profile:
        if session is None:
            with self.reading() as s:
                return self.profile(s)
        row = session.execute(select(*columns_of(ProfileRow, Profile)).where(ProfileRow.id == 1))
        return from_values(Profile, row.one()._mapping)

    def save_profile(self, profile: Profile, session: Session | None = None) -> Profile:
        """Save the profile; EditConflictError if someone saved it since it was read."""
        if session is None:
            with self.writing() as s:
                return self.save_profile(profile, s)
        version = write_checked(session, ProfileRow, [ProfileRow.id == 1], profile,
                                {**to_values(profile), "updated_at": now()})
        if version is None:
            refuse(profile, [self.profile(session)], RecordKind.PROFILE.label.lower())
        return replace(profile, version=version or 0)

    # ----------------------------------------------------------------- records
    def add(self, record: R, session: Session | None = None) -> R:
        if session is None:
            with self.writing() as s:
                return self.add(record, s)
        cls = type(record)
        row = ROW_TYPES[cls]
        stamp = now()
        new_id = session.execute(
            insert(row).values(**to_values(record), created_at=stamp, updated_at=stamp)
            .returning(row.id)  # type: ignore[attr-defined]
        ).scalar_one()
        if isinstance(record, Request) and record.document_ids:
            self._set_request_documents(session, new_id, record.document_ids)
        return replace(record, id=new_id, version=1)

    def update(self, record: R, session: Session | None = None) -> R:
        """Save an edited record, its version counted up; EditConflictError if someone saved
        it since it was read (``storage.record_versions``)."""
        if record.id is None:
            raise ValueError("cannot update a record that was never stored")
        if session is None:
            with self.writing() as s:
                return self.update(record, s)
        cls, row = type(record), ROW_TYPES[type(record)]
        live = [row.id == record.id, row.deleted_at.is_(None)]  # type: ignore[attr-defined]
        version = write_checked(session, row, live, record,
                                {**to_update_values(record), "updated_at": now()})
        if version is None:  # gone, or someone else saved it first (record_versions)
            theirs = session.execute(select(*columns_of(row, cls)).where(*live)).all()
            refuse(record, self._build(session, cls, theirs), kind_of(record).label.lower())
        if isinstance(record, Request):
            self._set_request_documents(session, record.id, record.document_ids)
        return replace(record, version=version or 0)

    def get(self, cls: type[R], record_id: int, *, include_trashed: bool = False) -> R:
        found = self.get_many(cls, [record_id], include_trashed=include_trashed)
        if not found:
            raise RecordNotFoundError(_kind_name(cls), record_id)
        return found[0]

    def get_many(
        self, cls: type[R], ids: Sequence[int], *, include_trashed: bool = False,
        leave_out: Collection[str] = (),
    ) -> list[R]:
        """The records with these ids (in no set order); ``leave_out``: text fields not read
        (they come back empty), for lists that never show them."""
        row = ROW_TYPES[cls]
        query = select(*columns_of(row, cls, leave_out)).where(row.id.in_(list(ids)))  # type: ignore[attr-defined]
        if not include_trashed:
            query = query.where(row.deleted_at.is_(None))  # type: ignore[attr-defined]
        with self.reading() as s:
            return self._build(s, cls, s.execute(query).all())

    def list_records(
        self,
        cls: type[R],
        *,
        order_by: Sequence[Any] = (),
        limit: int | None = None,
        offset: int = 0,
        trashed: bool = False,
        where: Sequence[Any] = (),
        leave_out: Collection[str] = (),
        by_order: bool = False,
    ) -> list[R]:
        """``leave_out``: text fields not read (they come back empty). ``by_order``: read the
        rows through the index of the first ``order_by`` column, not the index of the trash
        mark (which SQLite would otherwise choose, then sort every row for one page)."""
        row = ROW_TYPES[cls]
        deleted = row.deleted_at  # type: ignore[attr-defined]
        if by_order:  # SQLite: a unary "+" keeps a term from choosing the index
            deleted = UnaryExpression(deleted, operator=custom_op("+"), type_=deleted.type)
        query = select(*columns_of(row, cls, leave_out)).where(
            deleted.is_not(None) if trashed else deleted.is_(None), *where
        )
        query = query.order_by(*order_by, row.id)  # type: ignore[attr-defined]
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.reading() as s:
            return self._build(s, cls, s.execute(query).all())

    def count(self, cls: type[Record], *, trashed: bool = False) -> int:
        row = ROW_TYPES[cls]
        deleted = row.deleted_at  # type: ignore[attr-defined]
        with self.reading() as s:
            return int(
                s.execute(
                    select(func.count()).select_from(row).where(
                        deleted.is_not(None) if trashed else deleted.is_(None)
                    )
                ).scalar_one()
            )

    def _build(self, session: Session, cls: type[R], rows: Sequence[Any]) -> list[R]:
        if cls is not Request:
            return [from_values(cls, r._mapping) for r in rows]
        links: dict[int, list[int]] = {}
        ids = [r.id for r in rows]
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for request_id, document_id in session.execute(
                select(request_documents.c.request_id, request_documents.c.document_id)
                .join(DocumentRow, DocumentRow.id == request_documents.c.document_id)
                .where(request_documents.c.request_id.in_(chunk), DocumentRow.deleted_at.is_(None))
                .order_by(request_documents.c.document_id)
            ):
                links.setdefault(request_id, []).append(document_id)
        return [
            from_values(cls, r._mapping, document_ids=tuple(links.get(r.id, ())))
            for r in rows
        ]

    # ----------------------------------------------------------------- trash
    def trash(self, cls: type[Record], record_id: int, session: Session | None = None) -> None:
        if session is None:
            with self.writing() as s:
                self.trash(cls, record_id, s)
                return
        row = ROW_TYPES[cls]
        result = session.execute(
            update(row)
            .where(row.id == record_id, row.deleted_at.is_(None))  # type: ignore[attr-defined]
            .values(deleted_at=now())
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise RecordNotFoundError(_kind_name(cls), record_id)

    def restore(self, cls: type[Record], record_id: int, session: Session | None = None) -> None:
        if session is None:
            with self.writing() as s:
                self.restore(cls, record_id, s)
                return
        row = ROW_TYPES[cls]
        result = session.execute(
            update(row)
            .where(row.id == record_id, row.deleted_at.is_not(None))  # type: ignore[attr-defined]
            .values(deleted_at=None, updated_at=now())
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise RecordNotFoundError(_kind_name(cls), record_id)

    def empty_trash(self) -> int:
        """Delete every trashed record for good, and document bytes nothing refers to any more."""
        removed = 0
        with self.writing() as s:
            for cls in RECORD_TYPES.values():
                row = ROW_TYPES[cls]
                result = s.execute(delete(row).where(row.deleted_at.is_not(None)))  # type: ignore[attr-defined]
                removed += result.rowcount  # type: ignore[attr-defined]
            s.execute(
                delete(BlobRow).where(~BlobRow.sha256.in_(select(DocumentRow.sha256).distinct()))
            )
        return removed

    # ----------------------------------------------------------------- links and documents
    def _set_request_documents(
        self, session: Session, request_id: int, document_ids: Sequence[int]
    ) -> None:
        session.execute(
            delete(request_documents).where(request_documents.c.request_id == request_id)
        )
        if document_ids:
            session.execute(
                insert(request_documents),
                [{"request_id": request_id, "document_id": d} for d in dict.fromkeys(document_ids)],
            )

    def is_trashed(self, cls: type[Record], record_id: int) -> bool:
        row = ROW_TYPES[cls]
        with self.reading() as s:
            value = s.execute(
                select(row.deleted_at).where(row.id == record_id)  # type: ignore[attr-defined]
            ).first()
        return value is not None and value[0] is not None

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own in plain SQLite (for the check and the index rebuild)."""
        proxy = self.engine.raw_connection()
        try:
            yield cast(sqlite3.Connection, proxy.driver_connection)
        finally:
            proxy.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file (at close), so no -wal file is left behind."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # noqa: BLE001 - the data is safe in the log; SQLite folds it in later
            log.warning("checkpoint at close failed", exc_info=True)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return None if found.st_ino == 0 else (found.st_dev, found.st_ino)


def _kind_name(cls: type[Any]) -> str:
    for kind, record_cls in RECORD_TYPES.items():
        if record_cls is cls:
            return kind.label.lower()
    return RecordKind.PROFILE.label.lower()
