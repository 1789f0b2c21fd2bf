"""Deadlines that cannot be missed: the ``deadlines`` table, and the folder's own settings (the
random key its calendar events are named by, and the lead time to renew an approval).

Revision ID: 0006_deadlines
Revises: 0005_lean_text
Create Date: 2026-12-06

- ``deadlines``: what it is for, its date, where the date came from, title, what to do, whom it
  concerns, the letter, step, request or call it came from (each link set to NULL when that
  record is deleted for good, as every other link between records is), the appeal rule a
  worked-out date came from, done, whether she typed or changed it, and the created, changed
  and trashed times every record has. Not searched (the search indexes are left as 0005 made them).
- ``folder_settings``: one row (like ``profile``). ``folder_key`` is a random UUID made once,
  here, and kept with the folder (a copy or a backup of the folder keeps it), so that exporting
  the deadlines again updates the events in her calendar; ``renewal_lead_days`` 14.

This file is frozen: it must keep making exactly the schema revision 0006 shipped with, so it
depends on nothing in the app that may change later.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006_deadlines"
down_revision = "0005_lean_text"
branch_labels = None
depends_on = None

RENEWAL_LEAD_DAYS = 14


def _text(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _link(name: str, table: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete="SET NULL"))


def upgrade() -> None:
    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        _text("title"),
        _text("to_do"),
        _text("concerns"),
        _link("document_id", "documents"),
        _link("step_id", "steps"),
        _link("request_id", "requests"),
        _link("call_id", "calls"),
        _text("rule_key"),
        sa.Column("done", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("edited", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_deadlines_deleted_at", "deadlines", ["deleted_at"])
    op.create_index("ix_deadlines_due_on", "deadlines", ["due_on"])
    op.create_table(
        "folder_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("folder_key", sa.Text(), nullable=False),
        sa.Column("renewal_lead_days", sa.Integer(), nullable=False,
                  server_default=str(RENEWAL_LEAD_DAYS)),
        sa.CheckConstraint("id = 1", name="ck_folder_settings_single_row"),
    )
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: made with each folder (0007)
        return
    op.get_bind().execute(
        sa.text("INSERT INTO folder_settings (id, folder_key) VALUES (1, :key)"),
        {"key": str(uuid.uuid4())})


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
