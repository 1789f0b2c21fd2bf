"""The folder's storage: transactions, record reads and writes, trash, links, document bytes.

Returns and takes core records only; no SQLAlchemy object leaves this module.

A folder is a file (SQLite) or a folder on a PostgreSQL server (a shared folder: ``location`` is
then a :class:`~infusion_desk.storage.address.ServerAddress`). The same statements serve both;
what only SQLite has (``raw()``, the checkpoint, the file's identity, ``BEGIN IMMEDIATE``) is
done on a file only, and the server's errors become FolderErrors through
``storage.shared.trouble`` (the server out of reach, a folder no longer given to her).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from infusion_desk.core.errors import RecordNotFoundError
from infusion_desk.core.records import (
    RECORD_TYPES,
    Profile,
    Record,
    RecordKind,
    Request,
    kind_of,
)
from infusion_desk.storage.attempts import note_added
from infusion_desk.storage.mapping import (
    ROW_TYPES,
    columns_of,
    from_values,
    to_update_values,
    to_values,
)
from infusion_desk.storage.record_versions import as_chosen, refuse, write_checked
from infusion_desk.storage.tables import (
    BlobRow,
    DocumentRow,
    ProfileRow,
    request_documents,
)
from infusion_desk.storage.transactions import Transactions

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Store(Transactions):
    """All reads and writes of one open folder. Each public write is one transaction."""

    # ----------------------------------------------------------------- profile
    def profile(self, session: Session | None = None) -> Profile:
        if session is None:
            with self.reading() as s:
                return self.profile(s)
        columns = columns_of(ProfileRow, Profile, versions=self.versions)
        row = session.execute(select(*columns).where(ProfileRow.id == 1))
        return from_values(Profile, row.one()._mapping)

    def save_profile(self, profile: Profile, session: Session | None = None) -> Profile:
        """Save the profile; EditConflictError if someone saved it since it was read."""
        if session is None:
            with self.writing() as s:
                return self.save_profile(profile, s)
        profile = as_chosen(profile)  # (theirs where she chose theirs: record_versions)
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
        added = replace(record, id=new_id, version=1)
        note_added(added)  # (known even if the commit's answer is lost: ``attempts``)
        return added

    def update(self, record: R, session: Session | None = None) -> R:
        """Save an edited record, its version counted up; EditConflictError if someone saved
        it since it was read (``storage.record_versions``)."""
        record = as_chosen(record)  # (theirs where she chose theirs: record_versions)
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
            columns = columns_of(row, cls, versions=self.versions)
            theirs = session.execute(select(*columns).where(*live)).all()
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
        columns = columns_of(row, cls, leave_out, versions=self.versions)
        query = select(*columns).where(row.id.in_(list(ids)))  # type: ignore[attr-defined]
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
        if by_order and self.address is None:
            # SQLite: a unary "+" keeps a term from choosing the index (PostgreSQL has none)
            deleted = UnaryExpression(deleted, operator=custom_op("+"), type_=deleted.type)
        columns = columns_of(row, cls, leave_out, versions=self.versions)
        query = select(*columns).where(
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


def _kind_name(cls: type[Any]) -> str:
    for kind, record_cls in RECORD_TYPES.items():
        if record_cls is cls:
            return kind.label.lower()
    return RecordKind.PROFILE.label.lower()
