"""STAND-IN for helper pgcore's revision 0007_shared (branch `versions` only): just the
``version`` column every record table gets. When pgcore's 0007 is merged, take theirs.

Revision ID: 0007_shared
Revises: 0006_deadlines
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_shared"
down_revision = "0006_deadlines"
branch_labels = None
depends_on = None

RECORD_TABLES = ("profile", "plans", "contacts", "steps", "documents", "calls", "questions",
                 "requests", "deadlines")


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
