"""Patient essentials: allergies, the planned last day of therapy, and the next appointment (with
whom and when) on the profile. The diagnosis stays in ``treats``. Allergies and whom the next
appointment is with are found by search.

Revision ID: 0003_patient_essentials
Revises: 0002_read_pictures
Create Date: 2026-12-14

This file is frozen: it must keep making exactly the schema revision 0003 shipped with, so it
depends on nothing in the app that may change later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_patient_essentials"
down_revision = "0002_read_pictures"
branch_labels = None
depends_on = None

# What the search index covers from this revision on: as 0002, and the profile's allergies and
# whom the next appointment is with.
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
                  ["sender", "notes", "original_name", "text", "search_words"]),
    "calls": (5, "call", ["organization", "person"],
              ["reference_number", "phone", "summary", "outcome"]),
    "questions": (6, "question", ["text"], ["ask_whom", "answer"]),
    "requests": (7, "request", ["what"],
                 ["requested_by", "submitted_by", "submitted_to", "confirmation_number",
                  "notes"]),
    "profile": (8, "profile", ["patient_name"],
                ["therapy", "treats", "allergies", "prescriber", "infusion_provider",
                 "planned_duration", "dosing_schedule", "access_line", "nursing_schedule",
                 "next_appointment_with", "notes"]),
}
KIND_STRIDE = 1_000_000_000_000


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
    # ADD COLUMN never rebuilds a table, so no trigger is lost; those of ``profile`` are made
    # again below to index the new text columns.
    op.add_column("profile", sa.Column("allergies", sa.Text(), nullable=False,
                                       server_default=""))
    op.add_column("profile", sa.Column("planned_end", sa.Date(), nullable=True))
    op.add_column("profile", sa.Column("next_appointment_on", sa.Date(), nullable=True))
    op.add_column("profile", sa.Column("next_appointment_with", sa.Text(), nullable=False,
                                       server_default=""))
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: no FTS5 triggers to make again
        return
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER profile_search_{suffix}")
    for statement in _search_triggers("profile"):
        op.execute(statement)


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
