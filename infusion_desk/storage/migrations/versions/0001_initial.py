"""The first folder-file schema: every record, document bytes, links, and the search index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27

This file is frozen: it must keep creating exactly the schema that revision 0001 shipped with, so it
depends on nothing in the app that may change later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x49464453  # "IFDS": marks a SQLite file as an Infusion Desk folder

# Each searchable table: (kind code for the index rowid, kind name, title expression, body columns).
_SEARCHABLE = {
    "plans": (1, "plan", ["payer", "plan_name"],
              ["member_id", "group_number", "member_phone", "pa_phone", "pa_fax", "policyholder",
               "notes"]),
    "contacts": (2, "contact", ["name"],
                 ["role", "organization", "phone", "fax", "email", "hours", "needs_from_us",
                  "notes"]),
    "steps": (3, "step", ["title"],
              ["kind", "waiting_on", "reference_number", "approved_quantity", "notes"]),
    "documents": (4, "document", ["title"],
                  ["sender", "notes", "original_name", "text"]),
    "calls": (5, "call", ["organization", "person"],
              ["reference_number", "phone", "summary", "outcome"]),
    "questions": (6, "question", ["text"], ["ask_whom", "answer"]),
    "requests": (7, "request", ["what"],
                 ["requested_by", "submitted_by", "submitted_to", "confirmation_number",
                  "notes"]),
    "profile": (8, "profile", ["patient_name"],
                ["therapy", "treats", "prescriber", "infusion_provider", "planned_duration",
                 "dosing_schedule", "access_line", "nursing_schedule", "notes"]),
}
KIND_STRIDE = 1_000_000_000_000


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _text(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _search_triggers(table: str) -> list[str]:
    code, kind, title_columns, body_columns = _SEARCHABLE[table]
    title_expr = " || ' ' || ".join(f"coalesce({{p}}.{c}, '')" for c in title_columns)
    body = " || ' ' || ".join(f"coalesce({{p}}.{c}, '')" for c in body_columns)
    rowid = f"{code} * {KIND_STRIDE} + {{p}}.id"
    live = "" if table == "profile" else " WHERE {p}.deleted_at IS NULL"
    insert = (
        f"INSERT INTO search_index(rowid, kind, record_id, title, body) "
        f"SELECT {rowid}, '{kind}', {{p}}.id, {title_expr}, {body}{live};"
    )
    delete = f"DELETE FROM search_index WHERE rowid = {code} * {KIND_STRIDE} + old.id;"
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN "
        + insert.format(p="new") + " END",
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN "
        + delete + " " + insert.format(p="new") + " END",
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN " + delete + " END",
    ]


def upgrade() -> None:
    # On PostgreSQL (a server that holds shared folders) only the tables are made: the search
    # index there is 0007's, and each folder's profile row is made with the folder.
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("patient_name"),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        _text("therapy"),
        _text("treats"),
        _text("prescriber"),
        _text("infusion_provider"),
        sa.Column("start_date", sa.Date(), nullable=True),
        _text("planned_duration"),
        _text("dosing_schedule"),
        _text("access_line"),
        _text("nursing_schedule"),
        _text("notes"),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name="ck_profile_single_row"),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("payer"),
        sa.Column("rank", sa.String(20), nullable=False),
        sa.Column("plan_type", sa.String(40), nullable=False),
        _text("plan_name"),
        _text("member_id"),
        _text("group_number"),
        _text("member_phone"),
        _text("pa_phone"),
        _text("pa_fax"),
        _text("policyholder"),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column("effective_to", sa.Date(), nullable=True),
        _text("notes"),
        *_timestamps(),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("name"),
        _text("role"),
        _text("organization"),
        _text("phone"),
        _text("fax"),
        _text("email"),
        _text("hours"),
        _text("needs_from_us"),
        _text("notes"),
        *_timestamps(),
    )
    op.create_table(
        "steps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        _text("title"),
        sa.Column("status", sa.String(40), nullable=False),
        _text("waiting_on"),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        _text("reference_number"),
        sa.Column("approved_from", sa.Date(), nullable=True),
        sa.Column("approved_to", sa.Date(), nullable=True),
        _text("approved_quantity"),
        sa.Column("plan_id", sa.Integer(), sa.ForeignKey("plans.id", ondelete="SET NULL")),
        _text("notes"),
        *_timestamps(),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("title"),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        _text("sender"),
        _text("notes"),
        _text("original_name"),
        _text("media_type"),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("page_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("preview_ok", sa.Boolean(), nullable=False, server_default="1"),
        _text("text"),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("step_id", sa.Integer(), sa.ForeignKey("steps.id", ondelete="SET NULL")),
        sa.Column("added_at", sa.DateTime(), nullable=True),
        *_timestamps(),
    )
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_table(
        "document_pages",
        sa.Column("document_id", sa.Integer(),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("page", sa.Integer(), primary_key=True),
        _text("text"),
    )
    op.create_table(
        "calls",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("called_at", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        _text("organization"),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contacts.id", ondelete="SET NULL")),
        _text("person"),
        _text("phone"),
        _text("reference_number"),
        _text("summary"),
        _text("outcome"),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("step_id", sa.Integer(), sa.ForeignKey("steps.id", ondelete="SET NULL")),
        *_timestamps(),
    )
    op.create_index("ix_calls_called_at", "calls", ["called_at"])
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("what"),
        sa.Column("requested_on", sa.Date(), nullable=True),
        _text("requested_by"),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        _text("submitted_by"),
        _text("submitted_to"),
        sa.Column("method", sa.String(20), nullable=True),
        _text("confirmation_number"),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("step_id", sa.Integer(), sa.ForeignKey("steps.id", ondelete="SET NULL")),
        _text("notes"),
        *_timestamps(),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("text"),
        _text("ask_whom"),
        sa.Column("status", sa.String(20), nullable=False),
        _text("answer"),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answered_call_id", sa.Integer(),
                  sa.ForeignKey("calls.id", ondelete="SET NULL")),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id", ondelete="SET NULL")),
        sa.Column("step_id", sa.Integer(), sa.ForeignKey("steps.id", ondelete="SET NULL")),
        *_timestamps(),
    )
    op.create_table(
        "request_documents",
        sa.Column("request_id", sa.Integer(),
                  sa.ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("document_id", sa.Integer(),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    )
    for table in ("plans", "contacts", "steps", "documents", "calls", "requests", "questions"):
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])

    if not sqlite:
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table in _SEARCHABLE:
        for statement in _search_triggers(table):
            op.execute(statement)
    op.execute("INSERT INTO profile (id) VALUES (1)")


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
