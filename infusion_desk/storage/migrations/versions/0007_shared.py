"""Shared folders: a version on every record (both engines), and on PostgreSQL many folders in one
database, each seen only by the people it was given to.

Revision ID: 0007_shared
Revises: 0006_deadlines
Create Date: 2026-12-06

Both engines (a folder file and a server):

- ``version INTEGER NOT NULL DEFAULT 1`` on every record table (plans, contacts, steps, documents,
  calls, questions, requests, deadlines, profile): each change of a record adds one, and a save
  made over a version that is no longer the stored one is told, never silently written over.

PostgreSQL only (a database made by ``infusion-desk server setup``, empty before this revision):

- Every folder table gets ``folder text NOT NULL DEFAULT current_setting('infusion_desk.folder')``:
  the app never writes nor filters it; each connection of a shared folder sets
  ``infusion_desk.folder`` and row-level security (enabled and forced) keeps every row of every
  other folder out of sight and out of reach: ``folder = infusion_desk_folder()``, a SECURITY
  DEFINER function that returns the folder set on the connection only if ``session_user`` was
  given it (``folder_members``), else NULL (so nothing at all is seen).
- Ids stay global (unique across folders); the profile and the folder's settings (one row each,
  id 1) are keyed by (folder, id); document bytes once per SHA-256 *per folder* (blobs keyed by
  (folder, sha256), documents referring to that): a blob shared across folders would tell one
  family that another holds the same letter.
- Every link from one record to another (``LINKS``: a call's contact, a document's step, …) is a
  foreign key on (folder, link) to (folder, id) of the table linked to (unique there), with the
  same ON DELETE as before (SET NULL of the link column only, never the folder): a foreign key
  check does not go through row-level security, so a link by id alone could join a record to
  another folder's, and its error would tell whether that id exists in a folder not given.
- ``folders`` and ``folder_members`` (who was given which folder): a person sees her own.
- ``audit_log``: who changed what and when (the names of the columns changed, never values),
  written by the trigger below; members may only read their folders' rows.
- One AFTER row trigger on every record table writes the audit row and sends
  ``pg_notify(<the folder's channel>, {"folder", "table", "id", "action", "pid"})`` (at commit),
  so that the other windows open on the folder show the change. Each folder has a channel of its
  own, ``infusion_desk_`` and 32 hex digits made from the folder's name and a random channel key
  (``folder_channels``, which only the owner's functions read): anyone may LISTEN on any channel,
  so one channel for all would tell every listener the names of every family's folders.
  ``infusion_desk_channel(folder)`` gives a member her folder's channel (NULL to anyone else).
  ``infusion_desk_move_channel(folder)`` (the owner's, when a folder is taken back from someone)
  makes a new key and sends ``{"moved": true}`` on the old channel, so that the members' windows
  ask for the new one: the person taken off knows only the old one and hears nothing more.
- ``infusion_desk_new_folder(name)``: makes a folder, makes the person calling it its member, and
  makes its profile, settings and channel rows.
- The group role ``infusion_desk_team`` (made here if missing): reads and writes the folder
  tables (row-level security decides which rows; the profile and the settings are only read
  and changed), reads the registry and the audit log.
- The search index (``storage.shared.search_sql.SEARCH_DDL``); a table it makes with a ``folder``
  column gets the same row-level security and grants.

This file is frozen once shipped: it must keep making exactly the schema revision 0007 shipped
with (its PostgreSQL search statements come from ``search_sql``, which must stay as shipped too).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_shared"
down_revision = "0006_deadlines"
branch_labels = None
depends_on = None

RECORD_TABLES = ("plans", "contacts", "steps", "documents", "calls", "questions", "requests",
                 "deadlines", "profile")
FOLDER_TABLES = (*RECORD_TABLES, "blobs", "document_pages", "request_documents",
                 "folder_settings")
REGISTRY_TABLES = ("folders", "folder_members", "folder_channels", "audit_log")
TEAM = "infusion_desk_team"
SETTING = "infusion_desk.folder"
CHANNEL = "infusion_desk"
# Every link from one record to another (revisions 0001-0006): table, column, the table it
# points to, what a deletion there does. On a server each becomes (folder, column) -> (folder,
# id): a foreign key check does not go through row-level security, so a link by id alone could
# point into another folder (and its error would tell whether that id exists there).
LINKS = (
    ("steps", "plan_id", "plans", "SET NULL"),
    ("documents", "step_id", "steps", "SET NULL"),
    ("document_pages", "document_id", "documents", "CASCADE"),
    ("calls", "contact_id", "contacts", "SET NULL"),
    ("calls", "step_id", "steps", "SET NULL"),
    ("requests", "step_id", "steps", "SET NULL"),
    ("questions", "answered_call_id", "calls", "SET NULL"),
    ("questions", "request_id", "requests", "SET NULL"),
    ("questions", "step_id", "steps", "SET NULL"),
    ("request_documents", "request_id", "requests", "CASCADE"),
    ("request_documents", "document_id", "documents", "CASCADE"),
    ("deadlines", "call_id", "calls", "SET NULL"),
    ("deadlines", "document_id", "documents", "SET NULL"),
    ("deadlines", "request_id", "requests", "SET NULL"),
    ("deadlines", "step_id", "steps", "SET NULL"),
)
LINKED_TABLES = tuple(sorted({target for _, _, target, _ in LINKS}))


def _folder_columns() -> list[str]:
    """Each folder table's ``folder`` column and its index; the links within a folder."""
    statements = []
    for table in FOLDER_TABLES:
        statements += [
            f"ALTER TABLE {table} ADD COLUMN folder text NOT NULL",  # (empty tables)
            f"ALTER TABLE {table} ALTER COLUMN folder SET DEFAULT current_setting('{SETTING}')",
            # (a table linked to: its unique (folder, id) finds a folder's rows too)
            f"ALTER TABLE {table} ADD CONSTRAINT {table}_folder_id_key UNIQUE (folder, id)"
            if table in LINKED_TABLES else f"CREATE INDEX ix_{table}_folder ON {table} (folder)",
        ]
    for table, column, target, on_delete in LINKS:
        name = f"{table}_{column}_fkey"
        only = f" ({column})" if on_delete == "SET NULL" else ""  # (never the folder)
        statements.append(
            f"ALTER TABLE {table} DROP CONSTRAINT {name}, ADD CONSTRAINT {name} "
            f"FOREIGN KEY (folder, {column}) REFERENCES {target} (folder, id) "
            f"ON DELETE {on_delete}{only}")
    return statements


def _registry() -> list[str]:
    return [
        "CREATE TABLE folders (name text PRIMARY KEY CHECK (btrim(name) <> ''), "
        "created_at timestamptz NOT NULL DEFAULT now())",
        "CREATE TABLE folder_members (folder text NOT NULL REFERENCES folders (name) "
        "ON DELETE CASCADE, member text NOT NULL, PRIMARY KEY (folder, member))",
        "CREATE INDEX ix_folder_members_member ON folder_members (member)",
        # (the owner's alone: no member reads it, nor changes it)
        "CREATE TABLE folder_channels (folder text PRIMARY KEY REFERENCES folders (name) "
        "ON DELETE CASCADE, channel_key text NOT NULL DEFAULT gen_random_uuid()::text)",
        "CREATE TABLE audit_log (id bigserial PRIMARY KEY, folder text NOT NULL, "
        "at timestamptz NOT NULL DEFAULT now(), who text NOT NULL DEFAULT session_user, "
        "table_name text NOT NULL, record_id bigint, action text NOT NULL "
        "CHECK (action IN ('added', 'changed', 'deleted')), "
        "fields text[] NOT NULL DEFAULT '{}')",
        "CREATE INDEX ix_audit_log_folder_at ON audit_log (folder, at)",
    ]


def _channel_of(row: str) -> str:
    """SQL: the channel of the folder whose ``folder_channels`` row is ``row``."""
    return f"'{CHANNEL}_' || substr(md5({row}.folder || ':' || {row}.channel_key), 1, 32)"


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    return [
        # The folder this connection may see: the one it set, if its person was given it.
        f"CREATE FUNCTION infusion_desk_folder() RETURNS text LANGUAGE sql STABLE "
        f"SECURITY DEFINER {path} AS $$ "
        f"SELECT m.folder FROM folder_members AS m "
        f"WHERE m.folder = current_setting('{SETTING}', true) AND m.member = session_user $$",
        # A new folder: registered, given to whoever makes it, with its one profile and
        # settings row.
        f"CREATE FUNCTION infusion_desk_new_folder(name text) RETURNS void LANGUAGE plpgsql "
        f"SECURITY DEFINER {path} AS $$ BEGIN "
        f"INSERT INTO folders (name) VALUES (name); "
        f"INSERT INTO folder_members (folder, member) VALUES (name, session_user); "
        f"PERFORM set_config('{SETTING}', name, true); "
        f"INSERT INTO folder_settings (folder, id, folder_key) "
        f"VALUES (name, 1, gen_random_uuid()::text); "
        f"INSERT INTO folder_channels (folder) VALUES (name); "
        f"INSERT INTO profile (folder, id) VALUES (name, 1); "
        f"END $$",
        # The channel a folder's changes are told on, for its members only.
        f"CREATE FUNCTION infusion_desk_channel(name text) RETURNS text LANGUAGE sql STABLE "
        f"SECURITY DEFINER {path} AS $$ "
        f"SELECT {_channel_of('c')} FROM folder_channels AS c "
        f"JOIN folder_members AS m ON m.folder = c.folder AND m.member = session_user "
        f"WHERE c.folder = name $$",
        # (the owner's, taking a folder back) A new channel for the folder; its listeners
        # are told on the old one to ask for it again (whoever was taken off gets none).
        f"CREATE FUNCTION infusion_desk_move_channel(name text) RETURNS void "
        f"LANGUAGE plpgsql SECURITY DEFINER {path} AS $$ "
        f"DECLARE old text; "
        f"BEGIN "
        f"  SELECT {_channel_of('c')} INTO old FROM folder_channels AS c WHERE c.folder = name; "
        f"  UPDATE folder_channels SET channel_key = gen_random_uuid()::text "
        f"  WHERE folder = name; "
        f"  IF old IS NOT NULL THEN "
        f"    PERFORM pg_notify(old, json_build_object('moved', true)::text); "
        f"  END IF; "
        f"END $$",
        # Every change of a record: its audit row (names of the columns changed, never
        # values) and a notification to the windows open on the folder.
        f"CREATE FUNCTION infusion_desk_record_changed() RETURNS trigger LANGUAGE plpgsql "
        f"SECURITY DEFINER {path} AS $$ "
        f"DECLARE "
        f"  was jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END; "
        f"  now_is jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END; "
        f"  item jsonb := coalesce(now_is, was); "
        f"  what text; changed text[] := '{{}}'; channel text; "
        f"BEGIN "
        f"  IF TG_OP = 'INSERT' THEN what := 'added'; "
        f"  ELSIF TG_OP = 'DELETE' THEN what := 'deleted'; "
        f"  ELSE "
        f"    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{{}}') INTO changed "
        f"    FROM jsonb_each(now_is) AS n "
        f"    WHERE n.key NOT IN ('updated_at', 'version') AND n.value IS DISTINCT FROM "
        f"    was -> n.key; "
        f"    what := CASE WHEN was ->> 'deleted_at' IS NULL AND now_is ->> 'deleted_at' "
        f"    IS NOT NULL THEN 'deleted' ELSE 'changed' END; "
        f"  END IF; "
        f"  IF TG_OP <> 'UPDATE' OR cardinality(changed) > 0 THEN "
        f"    INSERT INTO audit_log (folder, table_name, record_id, action, fields) "
        f"    VALUES (item ->> 'folder', TG_TABLE_NAME, (item ->> 'id')::bigint, what, "
        f"    changed); "
        f"  END IF; "
        f"  SELECT {_channel_of('c')} INTO channel "
        f"  FROM folder_channels AS c WHERE c.folder = item ->> 'folder'; "
        f"  IF channel IS NOT NULL THEN "
        f"    PERFORM pg_notify(channel, json_build_object('folder', item ->> 'folder', "
        f"    'table', TG_TABLE_NAME, 'id', (item ->> 'id')::bigint, 'action', what, "
        f"    'pid', pg_backend_pid())::text); "
        f"  END IF; "
        f"  RETURN NULL; "
        f"END $$",
    ]


def _folder_security(table: str) -> list[str]:
    seen = "folder = (SELECT infusion_desk_folder())"  # (SELECT …): worked out once a query
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY folder_only ON {table} USING ({seen}) WITH CHECK ({seen})",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {TEAM}",
    ]


def _registry_security() -> list[str]:
    return [
        "ALTER TABLE folders ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY given_folders ON folders FOR SELECT USING (EXISTS (SELECT 1 FROM "
        "folder_members AS m WHERE m.folder = folders.name AND m.member = session_user))",
        "ALTER TABLE folder_members ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY own_memberships ON folder_members FOR SELECT "
        "USING (member = session_user)",
        "ALTER TABLE folder_channels ENABLE ROW LEVEL SECURITY",  # (and no policy: no rows)
        "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY folder_only ON audit_log FOR SELECT "
        "USING (folder = (SELECT infusion_desk_folder()))",
        f"GRANT SELECT ON folders, folder_members, audit_log, alembic_version TO {TEAM}",
    ]


def _team_role() -> str:
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TEAM}') "
            f"THEN CREATE ROLE {TEAM} NOLOGIN; END IF; END $$")


def _postgresql(conn: sa.Connection) -> None:
    from infusion_desk.storage.shared.search_sql import SEARCH_DDL

    schema = conn.execute(sa.text("SELECT current_schema()")).scalar_one()
    quoted = conn.dialect.identifier_preparer.quote(schema)
    for statement in _folder_columns():
        op.execute(statement)
    # The long lists read a page at a time in date order: one folder's rows in that order
    # (a server with many folders does not walk the others' to find them).
    op.execute("CREATE INDEX ix_calls_folder_called_at ON calls (folder, called_at)")
    op.execute("CREATE INDEX ix_deadlines_folder_due_on ON deadlines (folder, due_on)")
    for table in ("profile", "folder_settings"):
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey, "
                   f"ADD PRIMARY KEY (folder, id)")
    op.execute("ALTER TABLE documents DROP CONSTRAINT documents_sha256_fkey")
    op.execute("ALTER TABLE blobs DROP CONSTRAINT blobs_pkey, ADD PRIMARY KEY (folder, sha256)")
    op.execute("ALTER TABLE documents ADD CONSTRAINT documents_blob_fkey "
               "FOREIGN KEY (folder, sha256) REFERENCES blobs (folder, sha256)")
    for statement in _registry():
        op.execute(statement)
    op.execute(_team_role())
    for statement in _functions(quoted):
        op.execute(statement)
    for table in RECORD_TABLES:
        op.execute(f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION infusion_desk_record_changed()")
    for statement in SEARCH_DDL:
        op.execute(statement)
    with_folder = conn.execute(sa.text(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = :s "
        "AND column_name = 'folder' ORDER BY table_name"), {"s": schema}).scalars().all()
    for table in with_folder:
        if table not in REGISTRY_TABLES:
            for statement in _folder_security(table):
                op.execute(statement)
    # The profile and the settings: one row each, made with the folder; changed, never added
    # nor taken away by a member.
    op.execute(f"REVOKE INSERT, DELETE ON profile, folder_settings FROM {TEAM}")
    for statement in _registry_security():
        op.execute(statement)
    op.execute(f"GRANT USAGE ON SCHEMA {quoted} TO {TEAM}")
    op.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quoted} TO {TEAM}")
    for function in ("infusion_desk_folder()", "infusion_desk_new_folder(text)",
                     "infusion_desk_channel(text)", "infusion_desk_move_channel(text)",
                     "infusion_desk_record_changed()"):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    for function in ("infusion_desk_folder()", "infusion_desk_new_folder(text)",
                     "infusion_desk_channel(text)"):
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {TEAM}")


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _postgresql(conn)


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
