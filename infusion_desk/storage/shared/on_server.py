"""Whether a store (or a session) is a shared folder's, on a PostgreSQL server: for the parts of
storage that read or write differently there."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from infusion_desk.storage.store import Store

SERVER_DIALECT = "postgresql"


def is_shared(store: Store) -> bool:
    """Whether ``store`` is a shared folder's (PostgreSQL), not a folder file's."""
    return store.engine.dialect.name == SERVER_DIALECT


def session_is_shared(s: Session) -> bool:
    return s.get_bind().dialect.name == SERVER_DIALECT
