"""Setting up a PostgreSQL database for shared folders, and the owner's work on it: adding a
person, giving her a folder; and a person making a new folder.

Who does what:

* The database's owner (whoever runs ``infusion-desk server setup``) owns every table: setup
  makes the ``unaccent`` extension, the group role ``infusion_desk_team`` (NOLOGIN) and the
  schema, through the same Alembic revisions as a folder file (revision 0007 adds the folders,
  row-level security, the audit log and the grants). Running it again brings an older database
  to the app's revision and changes nothing else.
* Each person is a LOGIN role of her own, member of ``infusion_desk_team`` (:func:`add_person`);
  her password is sent to the server only as a SCRAM verifier made on this computer, so it is
  never in the server's log. She sees only the folders she was given (:func:`give_folder`) or
  made herself (:func:`new_folder`).

``admin_url``: ``postgresql://owner@host/database`` (a password in it is accepted here: these are
the server owner's commands and tests, not the app's settings).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.pool import NullPool

from infusion_desk.core.errors import (
    InvalidValueError,
    ServerFolderExistsError,
    ServerTooNewError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.storage import schema
from infusion_desk.storage.address import MAX_NAME, ServerAddress
from infusion_desk.storage.shared.engine import (
    CONNECT_ARGS,
    libpq_url,
    make_server_engine,
    psycopg_url,
)
from infusion_desk.storage.shared.trouble import server_trouble

log = logging.getLogger(__name__)

TEAM = "infusion_desk_team"


def admin_engine(admin_url: str) -> Engine:
    return create_engine(psycopg_url(admin_url), poolclass=NullPool,
                         connect_args=dict(CONNECT_ARGS))


def server_revision(engine: Engine) -> str | None:
    """The revision the database's schema is at; None if it was never set up."""
    with engine.connect() as conn:
        present = conn.execute(text("SELECT to_regclass('alembic_version')")).scalar()
        if present is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def setup_server(admin_url: str) -> str | None:
    """Set up (or bring up to date) the database of ``admin_url`` for shared folders; returns
    the revision it was at before (None: it was new). Refuses a database set up by a newer
    version of the app (ServerTooNewError)."""
    engine = admin_engine(admin_url)
    try:
        before = server_revision(engine)
        if before is not None and before not in schema.REVISIONS:
            raise ServerTooNewError(engine.url.database or "")
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
            # (PostgreSQL 15 and later do this already: no one but the owner makes objects
            # beside the folders' tables, where a function of the owner's could meet them)
            conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
            conn.execute(text(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TEAM}') "
                f"THEN CREATE ROLE {TEAM} NOLOGIN; END IF; END $$"))
        if before != schema.HEAD:
            _run_alembic(engine)
            log.info("server database set up: from %s to %s", before, schema.HEAD)
        return before
    finally:
        engine.dispose()


def _run_alembic(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        config.attributes["page_reader"] = None
        command.upgrade(config, "head")


def _checked_person(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(ord(ch) < 32 for ch in name):
        raise InvalidValueError(translate(
            "ServerSetup", "A person's name on the server must be 1 to 63 characters long."))
    if name.lower().startswith("pg_") or name == TEAM:
        raise InvalidValueError(translate(
            "ServerSetup", "This name is kept for the server itself. Choose another."))
    return name


def add_person(admin_url: str, name: str, password: str) -> None:
    """Make ``name`` a person who may sign in (a LOGIN role in ``infusion_desk_team``)."""
    import psycopg
    from psycopg import sql

    name = _checked_person(name)
    if len(password) < 8:
        raise InvalidValueError(translate(
            "ServerSetup", "Please choose a password of at least 8 characters."))
    with psycopg.connect(libpq_url(admin_url), autocommit=True, **CONNECT_ARGS) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise InvalidValueError(translate(
                "ServerSetup", "There is already someone named {name} on this server.").format(
                    name=name))
        verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(),
                                                b"scram-sha-256")
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(verifier.decode()), sql.Identifier(TEAM)))
    log.info("a person was added to the server")


def give_folder(admin_url: str, folder: str, name: str) -> None:
    """Let the person ``name`` open the folder ``folder`` (she sees it from her next query)."""
    engine = admin_engine(admin_url)
    try:
        with engine.begin() as conn:
            if conn.execute(text("SELECT 1 FROM folders WHERE name = :f"),
                            {"f": folder}).first() is None:
                raise InvalidValueError(translate(
                    "ServerSetup", "There is no folder named {folder} on this server.").format(
                        folder=folder))
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                            {"n": name}).first() is None:
                raise InvalidValueError(translate(
                    "ServerSetup", "There is no one named {name} on this server.").format(
                        name=name))
            conn.execute(text("INSERT INTO folder_members (folder, member) VALUES (:f, :n) "
                              "ON CONFLICT DO NOTHING"), {"f": folder, "n": name})
    finally:
        engine.dispose()


def take_folder_back(admin_url: str, folder: str, name: str) -> None:
    """The person ``name`` may no longer open ``folder``, nor hear of its changes: the folder
    gets a new channel, which its other members' windows ask for (she knew the old one)."""
    engine = admin_engine(admin_url)
    try:
        with engine.begin() as conn:
            taken = conn.execute(text(
                "DELETE FROM folder_members WHERE folder = :f AND member = :n"),
                {"f": folder, "n": name}).rowcount
            if taken:
                conn.execute(text("SELECT infusion_desk_move_channel(:f)"), {"f": folder})
    finally:
        engine.dispose()


def new_folder(address: ServerAddress, password: str | None) -> None:
    """Make the folder ``address.folder`` on the server, given to the person signing in."""
    engine = make_server_engine(address, password, pool_size=1)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT infusion_desk_new_folder(:name)"),
                         {"name": address.folder})
    except IntegrityError as exc:
        raise ServerFolderExistsError(address.folder) from exc
    except DBAPIError as exc:
        raise server_trouble(exc, address, writing=True) from exc
    finally:
        engine.dispose()


def folders_given(address: ServerAddress, password: str | None) -> list[str]:
    """The names of the folders the person signing in may open, in order."""
    engine = make_server_engine(address, password, pool_size=1)
    try:
        with engine.connect() as conn:
            rows: Any = conn.execute(text("SELECT name FROM folders ORDER BY name")).scalars()
            return [str(name) for name in rows]
    except DBAPIError as exc:
        raise server_trouble(exc, address, writing=False) from exc
    finally:
        engine.dispose()
