"""Opening a folder kept on a PostgreSQL server into the ``OpenedFile`` the services wrap.

There is no lock file (many people have a shared folder open for changes at once: each record's
version tells a save over someone else's change) and no quick check (the server keeps its own
data sound); the database must be at the app's revision (the server's owner upgrades it with
``infusion-desk server setup``; a newer one is refused), and the folder must have been given to
the person signing in. Each is told as its own FolderError: the server out of reach, a sign-in
refused, a certificate not trusted, a folder not given, a database not ready or too new.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import (
    FolderNotGivenError,
    ServerNotReadyError,
    ServerTooNewError,
)
from infusion_desk.storage import schema
from infusion_desk.storage.address import ServerAddress
from infusion_desk.storage.opening import OpenedFile
from infusion_desk.storage.shared.engine import make_server_engine
from infusion_desk.storage.shared.trouble import server_trouble
from infusion_desk.storage.store import Store

log = logging.getLogger(__name__)


def open_shared(address: ServerAddress, password: str | None, *,
                read_only: bool = False) -> OpenedFile:
    """Open the folder at ``address``, signing in with ``password``, for changes unless
    ``read_only``."""
    engine = make_server_engine(address, password, read_only=read_only)
    try:
        with engine.connect() as conn:
            ready = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL, "
                                      "to_regprocedure('infusion_desk_folder()') IS NOT NULL"
                                      )).one()
            if not all(ready):
                raise ServerNotReadyError(address.database, "not set up")
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision not in schema.REVISIONS:
                raise ServerTooNewError(address.database)
            if revision != schema.HEAD:
                raise ServerNotReadyError(address.database, f"at {revision}")
            if conn.execute(text("SELECT infusion_desk_folder()")).scalar() is None:
                raise FolderNotGivenError(address.folder)
    except DBAPIError as exc:
        engine.dispose()
        raise server_trouble(exc, address, writing=False) from exc
    except BaseException:
        engine.dispose()
        raise
    log.info("a shared folder was opened%s", " for reading" if read_only else "")
    return OpenedFile(store=Store(engine, address, read_only=read_only), lock=None)
