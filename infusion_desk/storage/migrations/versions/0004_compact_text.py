"""Text kept once: a document's text is its pages' text, the search index keeps no copy of what
it indexes (it reads the records through the view ``search_source``), finds two-letter
starts of words from an index of its own, ranks by FTS5's ``rank``, and thumbnails are small.

Revision ID: 0004_compact_text
Revises: 0003_patient_essentials
Create Date: 2026-12-06

- ``documents.text`` now holds only text a document has besides its pages (an archive's list of
  files); a document whose text was its pages' text joined keeps it only in ``document_pages``.
- ``search_index`` is an FTS5 table with external content (``search_source``: every live
  record's kind, id, title and body, a document's body taking in its pages). Triggers tell it of
  every change: what a record was (FTS5's ``delete``, with the values it was indexed with) and
  what it is now. A document's entry is made from its row and its pages, so the triggers on
  ``document_pages`` that must see the pages as they were run BEFORE the change.
- Thumbnails: JPEG at most 160 pixels wide (they were PNGs of 240).

This file is frozen: it must keep making exactly the schema revision 0004 shipped with, so it
depends on nothing in the app that may change later.
"""

from __future__ import annotations

import io
import logging

import sqlalchemy as sa
from alembic import op

revision = "0004_compact_text"
down_revision = "0003_patient_essentials"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# What the search index covers from this revision on: as 0003; a document's body takes in its
# pages' text (``PAGES`` stands for it) after its own text.
PAGES = "<pages>"
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
                  ["sender", "notes", "original_name", "text", PAGES, "search_words"]),
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
# Title weighs 8, body 1 (kind and record id are not searched).
RANK = "bm25(0.0, 0.0, 8.0, 1.0)"
PREFIX = "2"  # one-letter starts are never searched (core.search.MIN_PREFIX_CHARS)
THUMBNAIL_WIDTH = 160
THUMBNAIL_MAX_HEIGHT = 320
THUMBNAIL_QUALITY = 70

_OLD_TRIGGERS = ("ai", "au", "ad")


def _pages(p: str, other_than: str = "") -> str:
    """SQL: the text of the pages of document ``{p}.id``, in page order, one page a line
    (``other_than``: leaving out the page of this number)."""
    leaving_out = f" AND page != {other_than}" if other_than else ""
    return (f"coalesce((SELECT group_concat(t, char(10)) FROM (SELECT text AS t FROM "
            f"document_pages WHERE document_id = {p}.id{leaving_out} ORDER BY page)), '')")


def _joined(p: str, columns: list[str], other_than: str = "") -> str:
    return " || ' ' || ".join(
        _pages(p, other_than) if c == PAGES else f"coalesce({p}.{c}, '')" for c in columns)


def _entry(table: str, p: str, other_than: str = "") -> str:
    """SQL: rowid, kind, record id, title and body of the record ``p`` of ``table``."""
    code, kind, title, body = _SEARCHABLE[table]
    return (f"{code} * {KIND_STRIDE} + {p}.id, '{kind}', {p}.id, {_joined(p, title)}, "
            f"{_joined(p, body, other_than)}")


def _live(table: str, p: str) -> str:
    return "1" if table == "profile" else f"{p}.deleted_at IS NULL"


def _source_view() -> str:
    parts = [f"SELECT {_entry(table, 'r')} FROM {table} AS r WHERE {_live(table, 'r')}"
             for table in _SEARCHABLE]
    return ("CREATE VIEW search_source(rid, kind, record_id, title, body) AS "
            + " UNION ALL ".join(parts))


_ADD = "INSERT INTO search_index(rowid, kind, record_id, title, body) "
_DROP = "INSERT INTO search_index(search_index, rowid, kind, record_id, title, body) "


def _record_triggers(table: str) -> list[str]:
    add = _ADD + f"SELECT {_entry(table, 'new')} WHERE {_live(table, 'new')};"
    drop = _DROP + f"SELECT 'delete', {_entry(table, 'old')} WHERE {_live(table, 'old')};"
    # A document's entry takes in its pages, which a cascade removes before AFTER DELETE runs.
    when_deleted = "BEFORE" if table == "documents" else "AFTER"
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {drop} {add} END",
        f"CREATE TRIGGER {table}_search_ad {when_deleted} DELETE ON {table} BEGIN {drop} END",
    ]


def _document_entries(ids: str, *, delete: bool, other_than: str = "") -> str:
    """SQL: (re)index or unindex the live documents whose ids are ``ids`` (an SQL list);
    unindexed as made without page ``other_than``, when given."""
    if delete:
        return _DROP + f"SELECT 'delete', {_entry('documents', 'd', other_than)} " \
                       f"FROM documents AS d WHERE d.id IN ({ids}) AND d.deleted_at IS NULL;"
    return _ADD + f"SELECT {_entry('documents', 'd')} FROM documents AS d " \
                  f"WHERE d.id IN ({ids}) AND d.deleted_at IS NULL;"


def _page_triggers() -> list[str]:
    """A page's text is part of its document's entry: the entry as it was is taken out before
    the page changes, and made again after. A new page's entry is taken out after it is added,
    as it was made without it: an INSERT that becomes an UPDATE (an "upsert", as storing a
    page read again is) runs the BEFORE INSERT triggers and then those of the UPDATE."""
    new = _document_entries("new.document_id", delete=True, other_than="new.page")
    out = [f"CREATE TRIGGER document_pages_search_ai AFTER INSERT ON document_pages BEGIN "
           f"{new} {_document_entries('new.document_id', delete=False)} END"]
    for event, name, ids in (("UPDATE OF document_id, page, text", "u",
                              "old.document_id, new.document_id"),
                             ("DELETE", "d", "old.document_id")):
        out.append(f"CREATE TRIGGER document_pages_search_b{name} BEFORE {event} ON "
                   f"document_pages BEGIN {_document_entries(ids, delete=True)} END")
        out.append(f"CREATE TRIGGER document_pages_search_a{name} AFTER {event} ON "
                   f"document_pages BEGIN {_document_entries(ids, delete=False)} END")
    return out


def _text_once(conn: sa.Connection) -> None:
    """Empty ``documents.text`` where it is exactly its pages' text as 0001-0003 joined it."""
    rows = conn.execute(sa.text(
        "SELECT id, text FROM documents WHERE text != '' AND EXISTS "
        "(SELECT 1 FROM document_pages p WHERE p.document_id = documents.id)")).all()
    same = []
    for document_id, text in rows:
        pages = conn.execute(sa.text(
            "SELECT text FROM document_pages WHERE document_id = :d ORDER BY page"),
            {"d": document_id}).scalars().all()
        if text == "\n\n".join(p for p in pages if p):
            same.append({"d": document_id})
    if same:
        conn.execute(sa.text("UPDATE documents SET text = '' WHERE id = :d"), same)
    log.info("text kept once for %d of %d documents", len(same), len(rows))


def small_thumbnail(data: bytes) -> bytes | None:
    """The thumbnail as a small JPEG; None if it cannot be read (it was made by the app, so
    that is damage: no thumbnail is better than a broken one)."""
    from PIL import Image  # only when there are thumbnails to make small

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_MAX_HEIGHT))
            flat = image.convert("RGB")
            out = io.BytesIO()
            flat.save(out, format="JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _small_thumbnails(conn: sa.Connection) -> None:
    ids = conn.execute(sa.text(
        "SELECT id FROM documents WHERE thumbnail IS NOT NULL ORDER BY id")).scalars().all()
    for document_id in ids:
        data = conn.execute(sa.text("SELECT thumbnail FROM documents WHERE id = :d"),
                            {"d": document_id}).scalar_one()
        conn.execute(sa.text("UPDATE documents SET thumbnail = :t WHERE id = :d"),
                     {"t": small_thumbnail(bytes(data)), "d": document_id})


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":  # PostgreSQL: its search index is 0007's; nothing to move
        return
    for table in _SEARCHABLE:
        for suffix in _OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
    _text_once(conn)
    _small_thumbnails(conn)

    op.execute(_source_view())
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, title, body, "
        "content = 'search_source', content_rowid = 'rid', "
        f"prefix = '{PREFIX}', tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(f"INSERT INTO search_index(search_index, rank) VALUES ('rank', '{RANK}')")
    op.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")
    for table in _SEARCHABLE:
        for statement in _record_triggers(table):
            op.execute(statement)
    for statement in _page_triggers():
        op.execute(statement)


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
