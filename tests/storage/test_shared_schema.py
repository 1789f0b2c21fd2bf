"""The same Alembic revisions make a folder file and a server database: 0007 gives every record a
version on both; on PostgreSQL every folder table has its folder column and row-level security."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from pg_server import PgServer
from shared_fixtures import Person
from sqlalchemy import create_engine, inspect, make_url, text

from infusion_desk.core.errors import ServerNotReadyError, ServerTooNewError
from infusion_desk.services import Folder
from infusion_desk.storage import schema
from infusion_desk.storage.shared.engine import psycopg_url
from infusion_desk.storage.shared.setup import setup_server
from infusion_desk.storage.tables import Base

FIXTURES = Path(__file__).parent.parent / "fixtures"
RECORD_TABLES = ("plans", "contacts", "steps", "documents", "calls", "questions", "requests",
                 "deadlines", "profile")
SQLITE_ONLY = {"page_body_entries"}  # PostgreSQL indexes PDF pages its own way


def _owner(admin_url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(psycopg_url(admin_url))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_an_older_folder_file_gives_every_record_version_1(tmp_path: Path) -> None:
    path = tmp_path / "Old.infusiondesk"
    shutil.copy(FIXTURES / "golden-0006.infusiondesk", path)
    Folder.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        for table in RECORD_TABLES:
            versions = {r[0] for r in conn.execute(f"SELECT version FROM {table}")}
            assert versions <= {1}, table
        assert conn.execute("SELECT count(*) FROM plans").fetchone() == (1,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            schema.HEAD,)
    with closing(sqlite3.connect(FIXTURES / "golden-0007.infusiondesk")) as conn:
        assert conn.execute("SELECT version FROM plans").fetchall() == [(3,)]


def test_a_server_database_is_at_head_and_setting_up_again_changes_nothing(
        server_db: str) -> None:
    assert _owner(server_db, "SELECT version_num FROM alembic_version") == [(schema.HEAD,)]
    assert setup_server(server_db) == schema.HEAD
    assert _owner(server_db, "SELECT version_num FROM alembic_version") == [(schema.HEAD,)]


def test_every_table_has_the_apps_columns_and_its_folder(server_db: str) -> None:
    engine = create_engine(psycopg_url(server_db))
    try:
        found = inspect(engine)
        for table in Base.metadata.sorted_tables:
            if table.name in SQLITE_ONLY:
                continue
            columns = {c["name"] for c in found.get_columns(table.name)}
            assert columns == {c.name for c in table.columns} | {"folder"}, table.name
    finally:
        engine.dispose()


def test_every_folder_table_has_row_level_security_enabled_and_forced(server_db: str) -> None:
    rows = _owner(server_db, (
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class AS c "
        "JOIN information_schema.columns AS k ON k.table_name = c.relname "
        "AND k.column_name = 'folder' AND k.table_schema = current_schema() "
        "WHERE c.relkind = 'r' ORDER BY 1"))
    names = {r[0] for r in rows}
    assert {*RECORD_TABLES, "blobs", "document_pages", "request_documents",
            "folder_settings", "audit_log", "folder_members"} <= names
    for name, enabled, forced in rows:
        assert enabled, name
        if name not in ("audit_log", "folder_members", "folder_channels"):  # (the owner's
            assert forced, name  # functions write them; no member reads the channels at all)


def test_a_database_never_set_up_or_set_up_by_a_newer_app_is_refused(
        pg_server: PgServer, make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    bare = pg_server.new_database(set_up=False)
    elsewhere = maria.address("brennan")
    with pytest.raises(ServerNotReadyError):
        Folder.open_shared(replace(elsewhere, database=make_url(bare).database or ""),
                           maria.password)
    _owner_exec(maria.admin_url, "UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(ServerTooNewError):
        Folder.open_shared(elsewhere, maria.password)
    with pytest.raises(ServerTooNewError):
        setup_server(maria.admin_url)


def _owner_exec(admin_url: str, sql: str) -> None:
    engine = create_engine(psycopg_url(admin_url))
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()
