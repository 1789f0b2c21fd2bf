"""Lean text: a PDF page's own text is kept only in the PDF, found through an index of its own
that keeps no text; thumbnails are no longer kept.

Revision ID: 0005_lean_text
Revises: 0004_compact_text
Create Date: 2026-12-06

- ``document_pages.text_in_blob``: the page's text is its PDF's text layer, read again from the
  PDF's bytes when needed (``text`` is then empty).
- ``page_bodies``: FTS5, contentless (``content=''``), ``detail=none``, ``columnsize=0``,
  two-letter prefixes, the same tokenizer as ``search_index``; its rowids are the keys of
  ``page_body_entries`` (AUTOINCREMENT: never used again), which says whose page each entry is
  and whether it is live. A trigger marks an entry dead when its page changes or goes.
- Moving over: a PDF page whose stored text is exactly what its PDF gives back is indexed in
  ``page_bodies`` and its stored text emptied; any other page keeps its text. That needs PDFium,
  which the app runs in a worker process: the reader is handed in by the app
  (``config.attributes["page_reader"]``: a PDF's bytes -> its pages' text, or None). Without
  one (or for a PDF it cannot read back the same) the text stays where it was: nothing is ever
  emptied that cannot be read again.
- Thumbnails are emptied (none is shown; one is made from the bytes when needed).
- The triggers on ``documents`` and ``document_pages`` are set aside while rows change, and
  ``search_index`` is rebuilt once after (from its view), as the pages' text it read is gone.

The app VACUUMs the file after an upgrade that freed much of it (storage.schema), so that the
file shrinks instead of keeping the room.

This file is frozen: it must keep making exactly the schema revision 0005 shipped with, so it
depends on nothing in the app that may change later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import context, op

revision = "0005_lean_text"
down_revision = "0004_compact_text"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

PageReader = Callable[[bytes], "Sequence[str] | None"]

_BODY_INDEX = (
    "CREATE VIRTUAL TABLE page_bodies USING fts5(body, content = '', detail = none, "
    "columnsize = 0, prefix = '2', tokenize = 'unicode61 remove_diacritics 2')")
_ENTRIES = (
    "CREATE TABLE page_body_entries ("
    "key INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, document_id INTEGER NOT NULL, "
    "page INTEGER NOT NULL, live BOOLEAN NOT NULL)")
_DEAD = ("UPDATE page_body_entries SET live = 0 "
         "WHERE document_id = old.document_id AND page = old.page AND live;")
_TRIGGERS = (
    "CREATE TRIGGER document_pages_body_au AFTER UPDATE OF document_id, page, text, source, "
    f"text_in_blob ON document_pages BEGIN {_DEAD} END",
    f"CREATE TRIGGER document_pages_body_ad AFTER DELETE ON document_pages BEGIN {_DEAD} END",
)


def _reader() -> PageReader | None:
    reader = context.config.attributes.get("page_reader")
    return reader if callable(reader) else None


def _move_over(conn: sa.Connection, read: PageReader) -> tuple[int, int]:
    """Index and empty the pages each PDF gives back exactly; (pages moved, PDFs kept as were)."""
    documents = conn.execute(sa.text(
        "SELECT DISTINCT d.id FROM documents AS d JOIN document_pages AS p "
        "ON p.document_id = d.id WHERE d.media_type = 'application/pdf' AND p.source = 'file' "
        "AND p.text != '' ORDER BY d.id")).scalars().all()
    moved = kept = 0
    for document_id in documents:
        data = conn.execute(sa.text(
            "SELECT b.data FROM blobs AS b JOIN documents AS d ON d.sha256 = b.sha256 "
            "WHERE d.id = :d"), {"d": document_id}).scalar_one_or_none()
        texts = None if data is None else read(bytes(data))
        pages = conn.execute(sa.text(
            "SELECT page, text FROM document_pages WHERE document_id = :d AND source = 'file' "
            "AND text != '' ORDER BY page"), {"d": document_id}).all()
        same = [(int(page), str(text)) for page, text in pages
                if texts is not None and 0 < page <= len(texts) and texts[page - 1] == text]
        if len(same) < len(pages):
            kept += 1
        for page, text in same:
            key = conn.execute(sa.text(
                "INSERT INTO page_body_entries (document_id, page, live) VALUES (:d, :p, 1) "
                "RETURNING key"), {"d": document_id, "p": page}).scalar_one()
            conn.execute(sa.text("INSERT INTO page_bodies (rowid, body) VALUES (:k, :t)"),
                         {"k": key, "t": text})
            conn.execute(sa.text(
                "UPDATE document_pages SET text = '', text_in_blob = 1 "
                "WHERE document_id = :d AND page = :p"), {"d": document_id, "p": page})
            moved += 1
    return moved, kept


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":  # PostgreSQL: the column only (its page index is 0007's)
        op.add_column("document_pages", sa.Column("text_in_blob", sa.Boolean(), nullable=False,
                                                  server_default=sa.false()))
        return
    op.execute("ALTER TABLE document_pages ADD COLUMN text_in_blob BOOLEAN NOT NULL DEFAULT 0")
    op.execute(_ENTRIES)
    op.execute("CREATE INDEX ix_page_body_entries_document_id "
               "ON page_body_entries (document_id)")
    op.execute(_BODY_INDEX)
    set_aside = conn.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name IN ('documents', 'document_pages') ORDER BY name")).all()
    for name, _sql in set_aside:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute("UPDATE documents SET thumbnail = NULL WHERE thumbnail IS NOT NULL")
    read = _reader()
    if read is not None:
        moved, kept = _move_over(conn, read)
        log.info("%d PDF pages kept in their PDF only; %d PDFs keep their text", moved, kept)
        op.execute("INSERT INTO page_bodies(page_bodies) VALUES ('optimize')")
    for _name, statement in set_aside:
        op.execute(str(statement))
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")


def downgrade() -> None:
    raise RuntimeError("Infusion Desk folders are never downgraded; restore a backup instead.")
