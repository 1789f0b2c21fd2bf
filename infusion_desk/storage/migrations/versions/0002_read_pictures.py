"""Pictures are read: where each page's text came from, the words found on a page picture, and
whether a document's pictures have been read. Documents added before are marked to be read once.

Revision ID: 0002_read_pictures
Revises: 0001_initial
Create Date: 2026-12-10

This file is frozen: it must keep making exactly the schema revision 0002 shipped with, so it
depends on nothing in the app that may change later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_read_pictures"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# What the search index covers from this revision on: as 0001, and a document's extra words
# (number runs a picture's reader split, joined up) in ``documents.search_words``.
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
                ["therapy", "treats", "prescriber", "infusion_provider", "planned_duration",
                 "dosing_schedule", "access_line", "nursing_schedule", "notes"]),
}
KIND_STRIDE = 1_000_000_000_000
# A PDF page whose own text has fewer characters than this (spaces left out) is read.
MIN_TEXT_LAYER = 8


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


def _short(column: str) -> str:
    """SQL: the length of ``column`` with spaces, tabs and line breaks left out."""
    squeezed = column
    for ch in ("' '", "char(9)", "char(10)", "char(13)"):
        squeezed = f"replace({squeezed}, {ch}, '')"
    return f"length({squeezed}) < {MIN_TEXT_LAYER}"


def upgrade() -> None:
    # ADD COLUMN never rebuilds a table, so the triggers of 0001 stay; those of ``documents``
    # are made again below to index the new column.
    op.add_column("documents", sa.Column("read_state", sa.String(20), nullable=False,
                                         server_default="not_needed"))
    op.add_column("documents", sa.Column("text_source", sa.String(10), nullable=False,
                                         server_default="none"))
    op.add_column("documents", sa.Column("read_note", sa.Text(), nullable=False,
                                         server_default=""))
    op.add_column("documents", sa.Column("search_words", sa.Text(), nullable=False,
                                         server_default=""))
    op.add_column("document_pages", sa.Column("source", sa.String(10), nullable=False,
                                              server_default="none"))
    op.add_column("document_pages", sa.Column("words", sa.Text(), nullable=True))
    op.add_column("document_pages", sa.Column("image_width", sa.Integer(), nullable=True))
    op.add_column("document_pages", sa.Column("image_height", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: an empty database, no FTS5
        op.create_index("ix_documents_read_state", "documents", ["read_state"])
        return

    op.execute(f"UPDATE document_pages SET source = 'file' WHERE NOT {_short('text')}")
    op.execute("UPDATE documents SET text_source = 'file' WHERE trim(text) != ''")
    # Pictures, and PDFs with a page that has no text of its own, are read once after the
    # upgrade (in the background, when the folder is next open for changes).
    op.execute(
        "UPDATE documents SET read_state = 'waiting' WHERE media_type LIKE 'image/%' "
        "OR (media_type = 'application/pdf' AND preview_ok AND page_count > 0 AND ("
        "  (SELECT count(*) FROM document_pages p WHERE p.document_id = documents.id)"
        "    < page_count"
        f"  OR EXISTS (SELECT 1 FROM document_pages p WHERE p.document_id = documents.id "
        f"AND {_short('p.text')})))"
    )

    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER documents_search_{suffix}")
    for statement in _search_triggers("documents"):
        op.execute(statement)
    op.create_index("ix_documents_read_state", "documents", ["read_state"])


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
