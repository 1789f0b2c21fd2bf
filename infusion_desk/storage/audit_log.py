"""The audit log of a shared folder (PostgreSQL only): who changed what, and when.

The server writes it (a trigger on every record table, revision ``0007_shared``); a person may
only read it, and row-level security shows her the rows of the folder she has open. Each row
names the columns changed, never their values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from infusion_desk.storage.store import Store

_NEWEST_FIRST = text(
    "SELECT at, who, table_name, record_id, action, fields FROM audit_log "
    "ORDER BY at DESC, id DESC LIMIT :limit")


@dataclass(frozen=True)
class AuditRow:
    """One change, as the server wrote it down."""

    at: datetime
    who: str
    table_name: str
    record_id: int | None
    action: str  # 'added' | 'changed' | 'deleted'
    fields: tuple[str, ...]


def newest_changes(store: Store, limit: int) -> list[AuditRow]:
    """The folder's last ``limit`` changes, newest first."""
    with store.reading() as session:
        rows = session.execute(_NEWEST_FIRST, {"limit": limit}).all()
    return [AuditRow(at=row[0], who=str(row[1] or ""), table_name=str(row[2] or ""),
                     record_id=None if row[3] is None else int(row[3]),
                     action=str(row[4] or ""), fields=tuple(row[5] or ()))
            for row in rows]
