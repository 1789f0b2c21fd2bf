"""The audit log of a shared folder (PostgreSQL only): who changed what, and when.

The server writes it (a trigger on every record table, revision ``0007_shared``); a person may
only read it, and row-level security shows her the rows of the folder she has open. Each row
names the columns changed, never their values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from infusion_desk.storage.store import Store

_COLUMNS = "at, who, table_name, record_id, action, fields, id, who = session_user"
# Newest first by the exact time, then by the order the server wrote them (one save writes
# several rows at one time: a transaction's changes share its time).
_NEWEST_FIRST = text(f"SELECT {_COLUMNS} FROM audit_log ORDER BY at DESC, id DESC LIMIT :limit")
_LAST_OF_ONE = text(f"SELECT {_COLUMNS} FROM audit_log WHERE table_name = :table "
                    "AND record_id = :record_id ORDER BY at DESC, id DESC LIMIT 1")


@dataclass(frozen=True)
class AuditRow:
    """One change, as the server wrote it down."""

    at: datetime
    who: str
    table_name: str
    record_id: int | None
    action: str  # 'added' | 'changed' | 'deleted'
    fields: tuple[str, ...]
    id: int = 0  # the order the server wrote it in
    mine: bool = False  # made by the person signed in now


def _row(row: Sequence[Any]) -> AuditRow:
    return AuditRow(at=row[0], who=str(row[1] or ""), table_name=str(row[2] or ""),
                    record_id=None if row[3] is None else int(row[3]),
                    action=str(row[4] or ""), fields=tuple(row[5] or ()), id=int(row[6] or 0),
                    mine=bool(row[7]))


def newest_changes(store: Store, limit: int) -> list[AuditRow]:
    """The folder's last ``limit`` changes, newest first."""
    with store.reading() as session:
        rows = session.execute(_NEWEST_FIRST, {"limit": limit}).all()
    return [_row(row) for row in rows]


def last_change_of(store: Store, table_name: str, record_id: int) -> AuditRow | None:
    """The last change written down for one record (None: none is)."""
    with store.reading() as session:
        row = session.execute(_LAST_OF_ONE, {"table": table_name,
                                             "record_id": record_id}).first()
    return None if row is None else _row(row)
