"""The SQLAlchemy engine of one shared folder: psycopg 3, a small pool, each connection tied to
its folder.

Every new connection runs ``SELECT set_config('infusion_desk.folder', :folder, false)`` (and
commits it, as settings made in a transaction rolled back are undone): from then on row-level
security shows it that folder's rows only, and every row it adds is that folder's (the
``folder`` columns' default; see revision 0007). It also records its backend's process id in
:func:`engine_pids`, so that a listener tells the folder's own changes from those made elsewhere
(a notification carries the pid of the connection that made the change).

Waiting is bounded: a row another member's save holds is waited for ``lock_timeout`` (10 s, then
``ServerBusyError``: try again), and a transaction left open by a window that hung is ended by the
server after ``idle_in_transaction_session_timeout`` (5 minutes), so that it never holds
everyone else's saves.

Pool: 5 connections kept (5 more when busy), checked before use (``pool_pre_ping``: a server that
restarted is reconnected to, instead of failing the first use), ``connect_timeout`` 5 s, TCP
keepalives (a server gone away is noticed), ``application_name`` ``infusion-desk``.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url

from infusion_desk.core.errors import PlainConnectionRefusedError
from infusion_desk.storage.address import CHECKED_SSL_MODES, ServerAddress

log = logging.getLogger(__name__)

FOLDER_SETTING = "infusion_desk.folder"
APPLICATION_NAME = "infusion-desk"
CONNECT_TIMEOUT = 5  # seconds
POOL_SIZE = 5
POOL_OVERFLOW = 5
LOCK_TIMEOUT = "10s"
IDLE_IN_TRANSACTION_TIMEOUT = "5min"
CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT,
    "application_name": APPLICATION_NAME,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}

_PIDS: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def engine_pids(engine: Engine) -> set[int]:
    """The server process ids of the engine's open connections (the set itself, kept up to
    date as connections open and close; copy it to keep a view of one moment)."""
    return _PIDS.setdefault(engine, set())


def psycopg_url(url: str | URL) -> URL:
    """``url`` with the psycopg 3 driver (``postgresql://`` as a person or a tool writes it)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql+psycopg")


def libpq_url(url: str | URL) -> str:
    """``url`` as libpq (psycopg.connect) reads it, password included."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def make_server_engine(address: ServerAddress, password: str | None, *,
                       pool_size: int = POOL_SIZE, read_only: bool = False) -> Engine:
    """An engine whose every connection sees the folder of ``address`` only (and, with
    ``read_only``, whose every transaction the server refuses to write in).

    The TLS rule of ``storage.address`` is kept here too, for an address made without
    ``parse_server_address``: another host is reached only with its certificate checked
    (PlainConnectionRefusedError before anything is sent)."""
    if not address.is_local and address.sslmode not in CHECKED_SSL_MODES:
        raise PlainConnectionRefusedError(address.host, unchecked=address.sslmode == "require")
    engine = create_engine(
        address.sqlalchemy_url(password), pool_size=pool_size, max_overflow=POOL_OVERFLOW,
        pool_pre_ping=True, pool_timeout=30, connect_args=dict(CONNECT_ARGS))
    tie_to_folder(engine, address.folder, read_only=read_only)
    return engine


def tie_to_folder(engine: Engine, folder: str, *, read_only: bool = False) -> None:
    """Make every connection of ``engine`` set the folder it sees, and record its pid."""
    pids = engine_pids(engine)
    writes = "on" if read_only else "off"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT set_config(%s, %s, false), pg_backend_pid(), "
                           "set_config('default_transaction_read_only', %s, false), "
                           "set_config('lock_timeout', %s, false), "
                           "set_config('idle_in_transaction_session_timeout', %s, false)",
                           (FOLDER_SETTING, folder, writes, LOCK_TIMEOUT,
                            IDLE_IN_TRANSACTION_TIMEOUT))
            row = cursor.fetchone()
        finally:
            cursor.close()
        dbapi_connection.commit()  # a setting made in a transaction rolled back is undone
        pid = int(row[1])
        record.info["backend_pid"] = pid
        pids.add(pid)

    @event.listens_for(engine, "close")
    def _on_close(_dbapi_connection: Any, record: Any) -> None:
        pids.discard(record.info.get("backend_pid", -1))

    @event.listens_for(engine, "invalidate")
    def _on_invalidate(_dbapi_connection: Any, record: Any, _exc: Any) -> None:
        pids.discard(record.info.get("backend_pid", -1))
