"""Whether a store (or a session) is a shared folder's, on a PostgreSQL server, and its errors
as FolderErrors: for the parts of storage that read or write differently there."""

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


def shared_trouble(store: Store, exc: BaseException, *, writing: bool = False) -> BaseException:
    """The FolderError a server's error means (the server out of reach, the folder no longer
    given to her); ``exc`` itself when it is a bug."""
    from infusion_desk.storage.address import ServerAddress
    from infusion_desk.storage.shared.trouble import server_trouble

    location = getattr(store, "location", None)
    if not isinstance(location, ServerAddress):
        return exc
    return server_trouble(exc, location, writing=writing)  # (a bug: raised again as it is)
