"""The search indexes of a shared folder on a PostgreSQL server: what revision 0007 makes there.

The same two indexes as a folder file's (revisions 0004 and 0005), made of PostgreSQL's own
full-text search, and finding the same records:

- ``search_entries``: one entry per live record (kind, record id, ``words``: a ``tsvector``
  with the title's words weighing A and the text's D), made from the view ``search_source``
  (every live record's title and text, as SQLite's view of that name gives them; a document's
  text takes in its pages' text). Statement triggers keep it in step with every searchable
  table and with ``document_pages``, set-based (a statement's rows at once): an entry is made
  from the rows a statement wrote (a document's from its row and its pages, with the same
  expressions as the view), and taken out when the record is trashed or deleted (a trashed
  record is found by no search, as in a folder file).
- ``page_words``: the words of each PDF page whose text is kept only inside its PDF
  (``document_pages.text_in_blob``); the app indexes a page's text when it stores the page
  (``storage.page_bodies.index_page``) and a trigger takes the entry out when the page changes
  or goes. A search joins it with the documents not in the trash. Unlike FTS5's contentless
  index, an entry can be taken out, so there are no dead entries; ``stored`` keeps the order
  pages were indexed in ("the page stored last first", as ``page_body_entries.key`` does).

Words are made as FTS5's ``unicode61 remove_diacritics 2`` tokenizer makes them, not as
PostgreSQL's parser does: see ``search_words_sql``.

Tables carry the ``folder`` column and row-level security as every folder table (the revision
enables it on every table with a ``folder`` column: :data:`SEARCH_TABLES`). The app writes no
folder (a page's words take the connection's, as every row the app writes); the triggers write
each entry in its record's folder.

This module is part of revision 0007: like a revision file it is frozen. A later change of the
search on PostgreSQL is a new revision with statements of its own.
"""

from __future__ import annotations

from infusion_desk.storage.shared.search_words_sql import (
    PAGE_VECTOR,
    PLACES_RUN_OUT,
    SEARCH_VECTOR,
    UNACCENT,
    WORDS,
)

SEARCH_TABLES: tuple[str, ...] = ("search_entries", "page_words")
FUNCTIONS: tuple[str, ...] = (  # (every one runs as whoever calls it)
    "infusion_desk_unaccent(text)", "infusion_desk_words(text)",
    "infusion_desk_search_vector(text, text)", "infusion_desk_page_vector(text)",
    "infusion_desk_places_run_out(tsvector)",
    "infusion_desk_search_documents_again(text[], bigint[])",
    "infusion_desk_search_documents()", "infusion_desk_search_gone()",
    "infusion_desk_pages_added()", "infusion_desk_pages_changed()", "infusion_desk_pages_gone()",
    *(f"infusion_desk_search_{t}()" for t in ("plans", "contacts", "steps", "calls",
                                               "questions", "requests", "profile")))
SEQUENCES: tuple[str, ...] = ("page_words_stored_seq",)
VIEWS: tuple[str, ...] = ("search_source",)

PAGES = "<pages>"  # a document's text takes in its pages' text here
# table -> (kind code, kind, title columns, text columns): as revision 0004's ``_SEARCHABLE``.
SEARCHABLE: dict[str, tuple[int, str, tuple[str, ...], tuple[str, ...]]] = {
    "plans": (1, "plan", ("payer", "plan_name"),
              ("member_id", "group_number", "member_phone", "pa_phone", "pa_fax", "policyholder",
               "notes")),
    "contacts": (2, "contact", ("name",),
                 ("role", "organization", "phone", "fax", "email", "hours", "needs_from_us",
                  "notes")),
    "steps": (3, "step", ("title",),
              ("kind", "waiting_on", "reference_number", "approved_quantity", "notes")),
    "documents": (4, "document", ("title",),
                  ("sender", "notes", "original_name", "text", PAGES, "search_words")),
    "calls": (5, "call", ("organization", "person"),
              ("reference_number", "phone", "summary", "outcome")),
    "questions": (6, "question", ("text",), ("ask_whom", "answer")),
    "requests": (7, "request", ("what",),
                 ("requested_by", "submitted_by", "submitted_to", "confirmation_number",
                  "notes")),
    "profile": (8, "profile", ("patient_name",),
                ("therapy", "treats", "allergies", "prescriber", "infusion_provider",
                 "planned_duration", "dosing_schedule", "access_line", "nursing_schedule",
                 "next_appointment_with", "notes")),
}
DOCUMENT_CODE = 4
TEAM = "infusion_desk_team"  # (made by revision 0007 before these statements run)
_FOLDER = "folder text NOT NULL DEFAULT current_setting('infusion_desk.folder')"

# ---------------------------------------------------------------------- what is searched
def _joined(columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(
        "coalesce((SELECT string_agg(p.text, E'\\n' ORDER BY p.page) FROM document_pages AS p "
        "WHERE p.document_id = r.id), '')" if c == PAGES else f"coalesce(r.{c}, '')"
        for c in columns)


# Only the folder this connection may see, whoever owns the view: a view reads its tables as
# its owner, and row-level security does not hold back an owner who is a superuser. (Its
# column is ``in_folder``: revision 0007 gives row-level security to every table with a
# ``folder`` column, which a view cannot have.)
_SEEN = "r.folder = (SELECT infusion_desk_folder())"


def _source_view() -> str:
    parts = []
    for table, (code, kind, title, body) in SEARCHABLE.items():
        live = "" if table == "profile" else " AND r.deleted_at IS NULL"
        parts.append(f"SELECT r.folder, {code}::smallint, '{kind}'::text, r.id, "
                     f"{_joined(title)}, {_joined(body)} FROM {table} AS r "
                     f"WHERE {_SEEN}{live}")
    return ("CREATE OR REPLACE VIEW search_source "
            "(in_folder, code, kind, record_id, title, body) "
            "AS\n" + "\nUNION ALL\n".join(parts))


_ENTRIES = f"""
CREATE TABLE search_entries (
  {_FOLDER},
  kind smallint NOT NULL,
  record_id bigint NOT NULL,
  words tsvector NOT NULL,
  long_text boolean NOT NULL GENERATED ALWAYS AS (infusion_desk_places_run_out(words)) STORED,
  PRIMARY KEY (folder, kind, record_id)
)
"""

_PAGE_WORDS = f"""
CREATE TABLE page_words (
  {_FOLDER},
  document_id bigint NOT NULL,
  page integer NOT NULL,
  stored bigint NOT NULL DEFAULT nextval('page_words_stored_seq'),
  words tsvector NOT NULL,
  PRIMARY KEY (folder, document_id, page)
)
"""

# ---------------------------------------------------------------------- keeping them in step
# Set-based: one statement's rows at once (a trash emptied of 10,000 records is one statement),
# each entry written in its record's folder (never every folder's record 1, as each profile
# is). ``jit = off``: the planner, seeing a large table, would otherwise compile these small
# statements to machine code at every change (seconds each time).
_SET = "SET search_path FROM CURRENT SET jit = off"


def _live(table: str) -> str:
    return "" if table == "profile" else " AND r.deleted_at IS NULL"


def _not_live(table: str) -> str:
    return "FALSE" if table == "profile" else "r.deleted_at IS NOT NULL"


def _upsert(select: str) -> str:
    return (f"INSERT INTO search_entries AS e (folder, kind, record_id, words) {select} "
            "ON CONFLICT (folder, kind, record_id) DO UPDATE SET words = EXCLUDED.words "
            "WHERE e.words IS DISTINCT FROM EXCLUDED.words;")


def _entries_of_touched(table: str) -> str:
    """The trigger function of a table whose entry is made of its row alone: the rows a
    statement added or changed (``touched``) are indexed, or taken out when in the trash."""
    code, _kind, title, body = SEARCHABLE[table]
    made = (f"SELECT r.folder, {code}::smallint, r.id, infusion_desk_search_vector("
            f"{_joined(title)}, {_joined(body)}) FROM touched AS r WHERE TRUE{_live(table)}")
    return f"""
CREATE OR REPLACE FUNCTION infusion_desk_search_{table}() RETURNS trigger
LANGUAGE plpgsql {_SET}
AS $$
BEGIN
  {_upsert(made)}
  DELETE FROM search_entries AS e USING touched AS r
    WHERE e.folder = r.folder AND e.kind = {code} AND e.record_id = r.id AND {_not_live(table)};
  RETURN NULL;
END
$$
"""


# A document's entry takes in its pages: these documents (each in its folder: ``folders`` and
# ``ids`` side by side) are indexed again from their rows and pages, or taken out when in the
# trash or gone.
def _documents_again() -> str:
    code, _kind, title, body = SEARCHABLE["documents"]
    made = (f"SELECT r.folder, {code}::smallint, r.id, infusion_desk_search_vector("
            f"{_joined(title)}, {_joined(body)}) FROM documents AS r "
            "JOIN unnest(folders, ids) AS t(f, i) ON r.folder = t.f AND r.id = t.i "
            f"WHERE TRUE{_live('documents')}")
    return f"""
CREATE OR REPLACE FUNCTION infusion_desk_search_documents_again(folders text[], ids bigint[])
RETURNS void
LANGUAGE plpgsql {_SET}
AS $$
BEGIN
  -- The documents' rows first, then their entries: the order every change of a document takes
  -- (a page stored, then its document's row changed, against her changing the title meanwhile
  -- would otherwise each wait for the other).
  PERFORM 1 FROM documents AS r JOIN unnest(folders, ids) AS t(f, i)
    ON r.folder = t.f AND r.id = t.i ORDER BY r.id FOR NO KEY UPDATE OF r;
  {_upsert(made)}
  DELETE FROM search_entries AS e USING unnest(folders, ids) AS t(f, i)
    WHERE e.folder = t.f AND e.kind = {code} AND e.record_id = t.i
    AND NOT EXISTS (SELECT 1 FROM documents AS r WHERE r.folder = e.folder
                    AND r.id = e.record_id{_live('documents')});
END
$$
"""


_DOCUMENTS_TOUCHED = """
CREATE OR REPLACE FUNCTION infusion_desk_search_documents() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT SET jit = off
AS $$
BEGIN
  PERFORM infusion_desk_search_documents_again(array_agg(r.folder), array_agg(r.id))
    FROM touched AS r;
  RETURN NULL;
END
$$
"""

# Records a statement deleted (TG_ARGV[0]: their kind's code).
_RECORDS_GONE = """
CREATE OR REPLACE FUNCTION infusion_desk_search_gone() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT SET jit = off
AS $$
BEGIN
  DELETE FROM search_entries AS e
    USING gone AS o
    WHERE e.folder = o.folder AND e.kind = TG_ARGV[0]::smallint AND e.record_id = o.id;
  RETURN NULL;
END
$$
"""

# A page is part of its document's entry: the documents whose pages a statement added, changed
# or removed are made again. A page whose text, source or place changed, or that went, takes
# its PDF text's entry with it (the app indexes the text again after storing the page, when it
# is still kept in the PDF only); a change of the words read on it or of its picture's size
# does not.
_PAGES_ADDED = """
CREATE OR REPLACE FUNCTION infusion_desk_pages_added() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT SET jit = off
AS $$
BEGIN
  PERFORM infusion_desk_search_documents_again(array_agg(d.folder), array_agg(d.document_id))
    FROM (SELECT DISTINCT n.folder, n.document_id FROM touched AS n) AS d;
  RETURN NULL;
END
$$
"""

_SAME_PAGE = " AND ".join(f"n.{c} IS NOT DISTINCT FROM o.{c}" for c in (
    "folder", "document_id", "page", "text", "source", "text_in_blob"))
_PAGES_CHANGED = f"""
CREATE OR REPLACE FUNCTION infusion_desk_pages_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT SET jit = off
AS $$
BEGIN
  DELETE FROM page_words AS w
    USING gone AS o
    WHERE w.folder = o.folder AND w.document_id = o.document_id AND w.page = o.page
    AND NOT EXISTS (SELECT 1 FROM touched AS n WHERE {_SAME_PAGE});
  PERFORM infusion_desk_search_documents_again(array_agg(d.folder), array_agg(d.document_id))
    FROM (SELECT o.folder, o.document_id FROM gone AS o
          WHERE NOT EXISTS (SELECT 1 FROM touched AS n WHERE {_SAME_PAGE})
          UNION
          SELECT n.folder, n.document_id FROM touched AS n
          WHERE NOT EXISTS (SELECT 1 FROM gone AS o WHERE {_SAME_PAGE})) AS d;
  RETURN NULL;
END
$$
"""

_PAGES_GONE = """
CREATE OR REPLACE FUNCTION infusion_desk_pages_gone() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT SET jit = off
AS $$
BEGIN
  DELETE FROM page_words AS w
    USING gone AS o
    WHERE w.folder = o.folder AND w.document_id = o.document_id AND w.page = o.page;
  PERFORM infusion_desk_search_documents_again(array_agg(d.folder), array_agg(d.document_id))
    FROM (SELECT DISTINCT o.folder, o.document_id FROM gone AS o) AS d;
  RETURN NULL;
END
$$
"""


def _record_triggers(table: str, code: int) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} "
        f"REFERENCING NEW TABLE AS touched FOR EACH STATEMENT "
        f"EXECUTE FUNCTION infusion_desk_search_{table}()",
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} "
        f"REFERENCING NEW TABLE AS touched FOR EACH STATEMENT "
        f"EXECUTE FUNCTION infusion_desk_search_{table}()",
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} "
        f"REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
        f"EXECUTE FUNCTION infusion_desk_search_gone('{code}')",
    ]


def _page_triggers() -> list[str]:
    return [
        "CREATE TRIGGER document_pages_search_ai AFTER INSERT ON document_pages "
        "REFERENCING NEW TABLE AS touched FOR EACH STATEMENT "
        "EXECUTE FUNCTION infusion_desk_pages_added()",
        "CREATE TRIGGER document_pages_search_au AFTER UPDATE ON document_pages "
        "REFERENCING OLD TABLE AS gone NEW TABLE AS touched FOR EACH STATEMENT "
        "EXECUTE FUNCTION infusion_desk_pages_changed()",
        "CREATE TRIGGER document_pages_search_ad AFTER DELETE ON document_pages "
        "REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
        "EXECUTE FUNCTION infusion_desk_pages_gone()",
    ]


def _statements() -> list[str]:
    out = [UNACCENT, WORDS, SEARCH_VECTOR, PAGE_VECTOR, PLACES_RUN_OUT, _source_view(),
           _ENTRIES,
           "CREATE INDEX ix_search_entries_words ON search_entries USING gin (words)",
           "CREATE SEQUENCE page_words_stored_seq AS bigint",
           _PAGE_WORDS,
           "CREATE INDEX ix_page_words_words ON page_words USING gin (words)",
           _documents_again(), _DOCUMENTS_TOUCHED, _RECORDS_GONE,
           _PAGES_ADDED, _PAGES_CHANGED, _PAGES_GONE]
    out += [_entries_of_touched(table) for table in SEARCHABLE if table != "documents"]
    for table, (code, _kind, _title, _body) in SEARCHABLE.items():
        out += _record_triggers(table, code)
    out += _page_triggers()
    # The view reads the records as its owner (it reads only the folder the connection may
    # see): the team may read it.
    out.append(f"GRANT SELECT ON search_source TO {TEAM}")
    return [" ".join(s.split()) if "$" not in s else s.strip() for s in out]


# Run in this order by revision 0007, after the folder tables have their ``folder`` column
# (``CREATE EXTENSION unaccent`` is done by the server's setup, before).
SEARCH_DDL: list[str] = _statements()
